/**
 * The few worksheet functions the add-in's grids write — SUM, ROUND, AVERAGE, RANK.EQ, MIN, MAX, IF with comparisons
 * and "", + − × ÷ and & — computed as Excel computes them: in binary floats, except that ROUND works on the 15 significant digits Excel
 * shows, so ROUND(2.675,2) is 2.68 as in Excel. Anything else is #NAME?, so a grid using more fails loudly.
 */
import DecimalJs from "decimal.js";
import { columnIndex } from "../../src/excel/address";

export type FormulaError = { error: string };
export type FormulaValue = number | string | boolean | null | FormulaError;
type Value = FormulaValue | FormulaValue[];

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; row: number; col: number }
  | { t: "name"; v: string }
  | { t: "op"; v: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    let m: RegExpExecArray | null;
    if (/^\s/.test(rest)) i++;
    else if ((m = /^"((?:[^"]|"")*)"/.exec(rest))) {
      tokens.push({ t: "str", v: (m[1] ?? "").replace(/""/g, '"') });
      i += m[0].length;
    } else if ((m = /^\$?([A-Z]{1,3})\$?(\d+)(?![\w.(])/.exec(rest))) {
      tokens.push({ t: "ref", row: Number(m[2]) - 1, col: columnIndex(m[1] ?? "A") });
      i += m[0].length;
    } else if ((m = /^\d+(\.\d+)?/.exec(rest))) {
      tokens.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
    } else if ((m = /^[A-Z][A-Z0-9.]*(?=\()/i.exec(rest))) {
      tokens.push({ t: "name", v: m[0].toUpperCase() });
      i += m[0].length;
    } else if ((m = /^(<=|>=|<>|[=<>(),:&+\-*/])/.exec(rest))) {
      tokens.push({ t: "op", v: m[0] });
      i += m[0].length;
    } else throw new Error(`fake Excel cannot read formula at "${rest}"`);
  }
  return tokens;
}

const isError = (v: unknown): v is FormulaError => typeof v === "object" && v !== null && "error" in v;

/** Excel's comparison: numbers < text < logicals; text compares case-insensitively; a blank is 0, "" or FALSE. */
function compare(a: FormulaValue, b: FormulaValue): number {
  const rank = (v: FormulaValue) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

function numbersIn(values: Value[]): number[] | FormulaError {
  const out: number[] = [];
  for (const v of values.flat()) {
    if (isError(v)) return v;
    if (typeof v === "number") out.push(v);
  }
  return out;
}

function scalar(v: Value): FormulaValue {
  return Array.isArray(v) ? { error: "#VALUE!" } : v;
}

function toNumber(v: FormulaValue): number | FormulaError {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : { error: "#VALUE!" };
}

/** ROUND as Excel does it: half away from zero on the value's 15-significant-digit decimal form. */
function round(x: number, digits: number): number {
  const d = new DecimalJs(x.toPrecision(15));
  return d.toDecimalPlaces(digits, DecimalJs.ROUND_HALF_UP).toNumber();
}

const FUNCTIONS: Record<string, (args: Value[]) => FormulaValue> = {
  SUM(args) {
    const n = numbersIn(args);
    return isError(n) ? n : n.reduce((a, b) => a + b, 0);
  },
  AVERAGE(args) {
    const n = numbersIn(args);
    if (isError(n)) return n;
    return n.length === 0 ? { error: "#DIV/0!" } : n.reduce((a, b) => a + b, 0) / n.length;
  },
  ROUND([x, d]) {
    const a = toNumber(scalar(x ?? null));
    const b = toNumber(scalar(d ?? null));
    if (isError(a)) return a;
    if (isError(b)) return b;
    return round(a, Math.trunc(b));
  },
  "RANK.EQ"([x, range]) {
    const v = toNumber(scalar(x ?? null));
    if (isError(v)) return v;
    const n = numbersIn([range ?? []]);
    if (isError(n)) return n;
    if (!n.includes(v)) return { error: "#N/A" };
    return 1 + n.filter((y) => y > v).length;
  },
  MIN(args) {
    const n = numbersIn(args);
    return isError(n) ? n : n.length === 0 ? 0 : Math.min(...n);
  },
  MAX(args) {
    const n = numbersIn(args);
    return isError(n) ? n : n.length === 0 ? 0 : Math.max(...n);
  },
  IF([cond, yes, no]) {
    const c = scalar(cond ?? null);
    if (isError(c)) return c;
    const truth = typeof c === "boolean" ? c : typeof c === "number" ? c !== 0 : c === null ? false : undefined;
    if (truth === undefined) return { error: "#VALUE!" };
    return scalar(truth ? (yes ?? true) : (no ?? false));
  },
};

/** Computes `formula` ("=ROUND(SUM(B3:F3),2)"), reading cells and ranges of the same sheet through the callbacks. */
export function evaluateFormula(
  formula: string,
  cell: (row: number, col: number) => FormulaValue,
  range: (top: number, left: number, bottom: number, right: number) => FormulaValue[],
): FormulaValue {
  const tokens = tokenize(formula.replace(/^=/, ""));
  let pos = 0;
  const peek = () => tokens[pos];
  const expectOp = (v: string) => {
    const t = tokens[pos++];
    if (!t || t.t !== "op" || t.v !== v) throw new Error(`fake Excel: expected ${v} in ${formula}`);
  };

  /** Left-associative binary operators of one precedence level, over numbers (#DIV/0! for a zero divisor). */
  function binary(ops: string[], next: () => Value): () => Value {
    return () => {
      let left = next();
      for (let t = peek(); t?.t === "op" && ops.includes(t.v); t = peek()) {
        pos++;
        const a = toNumber(scalar(left));
        const b = toNumber(scalar(next()));
        if (isError(a)) left = a;
        else if (isError(b)) left = b;
        else if (t.v === "/" && b === 0) left = { error: "#DIV/0!" };
        else left = t.v === "+" ? a + b : t.v === "-" ? a - b : t.v === "*" ? a * b : a / b;
      }
      return left;
    };
  }
  const term = binary(["*", "/"], () => primary());
  const sum = binary(["+", "-"], term);

  /** Text joined with &, which Excel ranks below + and − and above the comparisons; a number joins as its text. */
  function concat(): Value {
    let left = sum();
    for (let t = peek(); t?.t === "op" && t.v === "&"; t = peek()) {
      pos++;
      const a = scalar(left);
      const b = scalar(sum());
      if (isError(a)) left = a;
      else if (isError(b)) left = b;
      else {
        const text = (v: FormulaValue) =>
          v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
        left = text(a) + text(b);
      }
    }
    return left;
  }

  function comparison(): Value {
    const left = concat();
    const t = peek();
    if (t?.t === "op" && ["=", "<>", "<", ">", "<=", ">="].includes(t.v)) {
      pos++;
      const a = scalar(left);
      const b = scalar(concat());
      if (isError(a)) return a;
      if (isError(b)) return b;
      const c = compare(a, b);
      return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[t.v] ?? false;
    }
    return left;
  }

  function primary(): Value {
    const t = tokens[pos++];
    if (!t) throw new Error(`fake Excel: formula ends early: ${formula}`);
    if (t.t === "num") return t.v;
    if (t.t === "str") return t.v;
    // Excel's unary plus changes nothing (=+"a" is "a"); unary minus negates a number.
    if (t.t === "op" && t.v === "+") return primary();
    if (t.t === "op" && t.v === "-") {
      const v = toNumber(scalar(primary()));
      return isError(v) ? v : -v;
    }
    if (t.t === "op" && t.v === "(") {
      const v = comparison();
      expectOp(")");
      return v;
    }
    if (t.t === "ref") {
      const next = peek();
      if (next?.t === "op" && next.v === ":") {
        pos++;
        const end = tokens[pos++];
        if (!end || end.t !== "ref") throw new Error(`fake Excel: bad range in ${formula}`);
        return range(
          Math.min(t.row, end.row),
          Math.min(t.col, end.col),
          Math.max(t.row, end.row),
          Math.max(t.col, end.col),
        );
      }
      return cell(t.row, t.col);
    }
    if (t.t === "name") {
      expectOp("(");
      const args: Value[] = [];
      if (!(peek()?.t === "op" && (peek() as { v: string }).v === ")")) {
        for (;;) {
          args.push(comparison());
          const sep = tokens[pos++];
          if (sep?.t === "op" && sep.v === ")") break;
          if (!(sep?.t === "op" && sep.v === ",")) throw new Error(`fake Excel: bad arguments in ${formula}`);
        }
      } else pos++;
      const fn = FUNCTIONS[t.v];
      return fn ? fn(args) : { error: "#NAME?" };
    }
    throw new Error(`fake Excel: unexpected ${JSON.stringify(t)} in ${formula}`);
  }

  const result = scalar(comparison());
  if (pos !== tokens.length) throw new Error(`fake Excel: trailing input in ${formula}`);
  // A formula that lands on an empty cell shows 0, as in Excel.
  return result === null ? 0 : result;
}

/**
 * Whether `formula` is one this fake can read: the check Excel makes before it takes a formula (it refuses one it
 * cannot parse), limited to the grammar above, so "=1+" and "=2*3得分表" are refused. Functions it does not know
 * still parse (they compute to #NAME?).
 */
export function formulaParses(formula: string): boolean {
  try {
    evaluateFormula(
      formula,
      () => null,
      () => [],
    );
    return true;
  } catch {
    return false;
  }
}
