/**
 * Cell values as they come out of Excel (or a JSON input file), turned into typed inputs. Nothing is guessed: a value
 * that could mean two things is an error that says what was expected.
 */
import { Decimal, dec, fromCellNumber, HUNDRED } from "./decimal";
import { fail, ok, Parsed } from "./result";

/** What Excel hands over for one cell. */
export type CellValue = string | number | boolean | null | undefined;

const EXCEL_ERROR =
  /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/i;

const PRINTABLE_ASCII = /^[\x21-\x7e ]*$/;

/** Full-width digits and signs folded to ASCII, every kind of space removed: "８１．３６ ％" → "81.36%". */
export function normalizeText(text: string): string {
  // Plain ASCII (most cells) is already in normal form: only spaces can need removing.
  if (PRINTABLE_ASCII.test(text)) return text.includes(" ") ? text.replace(/ /g, "") : text;
  let normal = normalized.get(text);
  if (normal === undefined) {
    normal = text
      .normalize("NFKC")
      .replace(/[\u2212\u2012\u2013\uFE63]/g, "-")
      .replace(/[\s\u200B\uFEFF]/g, "");
    // Sheets repeat the same few words (是, 否, 较好 …) thousands of times.
    if (normalized.size > 10_000) normalized.clear();
    normalized.set(text, normal);
  }
  return normal;
}
const normalized = new Map<string, string>();

const BLANK = /^[\s\u200B\uFEFF]*$/;

export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === "string" && BLANK.test(value);
}

function show(value: unknown): string {
  if (typeof value === "string") return `“${value}”`;
  if (typeof value === "object" && value !== null) return Array.isArray(value) ? "一组数值" : "一组分项";
  return String(value);
}

function excelError(value: unknown): Parsed<never> | undefined {
  if (typeof value === "string" && EXCEL_ERROR.test(normalizeText(value))) {
    const code = normalizeText(value).toUpperCase();
    return fail("excel-error", `单元格是错误值 ${code}，请先修正公式或数据`, `the cell holds the error value ${code}`);
  }
  return undefined;
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** A decimal written as text: "81.36", "5,425", "-2", full-width or spaced. No exponents, no guessing of commas. */
function decimalFromText(text: string): Decimal | undefined {
  if (PLAIN_NUMBER.test(text)) return dec(text);
  if (GROUPED_NUMBER.test(text)) return dec(text.replace(/,/g, ""));
  return undefined;
}

function numberCell(value: number): Parsed<Decimal> {
  if (!Number.isFinite(value))
    return fail("not-finite", `${show(value)} 不是有限数值`, `${value} is not a finite number`);
  return ok(fromCellNumber(value));
}

/** Strips one suffix from `suffixes` ("3例", "2.5分") after normalisation. */
function stripSuffix(text: string, suffixes: readonly string[]): string {
  for (const s of suffixes) if (text.length > s.length && text.endsWith(s)) return text.slice(0, -s.length);
  return text;
}

function notNumber(value: unknown, what: { zh: string; en: string }): Parsed<never> {
  return fail("not-a-number", `${show(value)} 不是${what.zh}`, `${show(value)} is not ${what.en}`);
}

function numeric(value: unknown, suffixes: readonly string[], what: { zh: string; en: string }): Parsed<Decimal> {
  const error = excelError(value);
  if (error) return error;
  if (typeof value === "number") return numberCell(value);
  if (typeof value === "string") {
    const parsed = decimalFromText(stripSuffix(normalizeText(value), suffixes));
    return parsed ? ok(parsed) : notNumber(value, what);
  }
  return notNumber(value, what);
}

/** A score typed by hand ("3.5", "3.5分"). */
export function parseScore(value: unknown): Parsed<Decimal> {
  return numeric(value, ["分"], { zh: "分数", en: "a score" });
}

/** Any decimal number (used for item points, thresholds typed as numbers). */
export function parseNumber(value: unknown): Parsed<Decimal> {
  return numeric(value, [], { zh: "数值", en: "a number" });
}

const COUNT_WORDS = ["例", "个", "次", "项", "人", "户", "名", "件", "处", "月", "天", "日"] as const;

/** A count of cases: a whole number, zero or more ("3", "3例"). */
export function parseCount(value: unknown): Parsed<Decimal> {
  const parsed = numeric(value, COUNT_WORDS, { zh: "次数或例数（非负整数）", en: "a count (a whole number ≥ 0)" });
  if (!parsed.ok) return parsed;
  if (!parsed.value.isInteger() || parsed.value.isNegative()) {
    return fail(
      "not-a-count",
      `${show(value)} 不是非负整数，例数应为 0、1、2…`,
      `${show(value)} is not a count (0, 1, 2, …)`,
    );
  }
  return ok(parsed.value);
}

/**
 * A rate: 0.8136, "81.36%", "８１．３６％". A bare number must lie in [0, 1]: 81.36 typed without a percent sign is
 * ambiguous (81.36% or 8136%?) and is refused rather than guessed. Rates above 100% need the sign ("100.5%").
 */
export function parseRate(value: unknown): Parsed<Decimal> {
  const error = excelError(value);
  if (error) return error;
  const what = { zh: "比率（如 0.8136 或 81.36%）", en: "a rate (0.8136 or 81.36%)" };
  let rate: Decimal;
  let bare: boolean;
  if (typeof value === "number") {
    const parsed = numberCell(value);
    if (!parsed.ok) return parsed;
    rate = parsed.value;
    bare = true;
  } else if (typeof value === "string") {
    const text = normalizeText(value);
    if (text.endsWith("%")) {
      const n = decimalFromText(text.slice(0, -1));
      if (!n) return notNumber(value, what);
      rate = n.dividedBy(HUNDRED);
      bare = false;
    } else {
      const n = decimalFromText(text);
      if (!n) return notNumber(value, what);
      rate = n;
      bare = true;
    }
  } else {
    return notNumber(value, what);
  }
  if (rate.isNegative()) {
    return fail(
      "negative-rate",
      `${show(value)} 是负数，比率不能小于 0`,
      `${show(value)} is negative; a rate cannot be`,
    );
  }
  if (bare && rate.greaterThan(1)) {
    return fail(
      "ambiguous-rate",
      `${show(value)} 大于 1，无法判断是否为百分数：请写作 ${value}% 或 0.xx`,
      `${show(value)} is above 1: write it as ${value}% or as a fraction`,
    );
  }
  return ok(rate);
}

const YES = new Set(["是", "有", "符合", "√", "✓", "✔", "☑", "对", "true", "yes", "y", "1"]);
const NO = new Set(["否", "无", "没有", "不符合", "×", "✗", "✘", "☒", "错", "false", "no", "n", "0"]);

/** A yes/no answer: 是/否, 有/无, 符合/不符合, √/×, TRUE/FALSE, 1/0. Yes answers the clause as it is written. */
export function parseYesNo(value: unknown): Parsed<boolean> {
  const error = excelError(value);
  if (error) return error;
  if (typeof value === "boolean") return ok(value);
  if (typeof value === "number") {
    if (value === 1) return ok(true);
    if (value === 0) return ok(false);
  }
  if (typeof value === "string") {
    const text = normalizeText(value).toLowerCase();
    if (YES.has(text)) return ok(true);
    if (NO.has(text)) return ok(false);
  }
  return fail(
    "not-yes-no",
    `${show(value)} 不是“是/否”：可填 是/否、有/无、符合/不符合、√/×、TRUE/FALSE、1/0`,
    `${show(value)} is not a yes/no answer (是/否, 有/无, 符合/不符合, √/×, TRUE/FALSE, 1/0)`,
  );
}

/** A level label, matched exactly after normalisation against the labels (and their aliases) the rule names. */
export function parseLabel(value: unknown, labels: ReadonlyMap<string, string>): Parsed<string> {
  const error = excelError(value);
  if (error) return error;
  const text = typeof value === "string" || typeof value === "number" ? normalizeText(String(value)) : "";
  const label = labels.get(text);
  if (label !== undefined) return ok(label);
  const names = [...new Set(labels.values())].join("、");
  return fail("unknown-label", `${show(value)} 不是可选等级：${names}`, `${show(value)} is not one of: ${names}`);
}

/** Splits a cell listing several values ("1、1.2、0.8", "省,市;部") on the separators clerks use. */
export function splitList(text: string, separators: RegExp): string[] {
  return text
    .normalize("NFKC")
    .split(separators)
    .map(normalizeText)
    .filter((part) => part !== "");
}
