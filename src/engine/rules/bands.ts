/**
 * "2名（含）以上持证在岗核对员，得1分；1名…得0.5分" [001]; "0-10%（含）计2分；10-20%（含）计1分；大于30%不得分" (lower is
 * better): a table from a number to points. Each band is an interval with a lower bound, an upper bound or both, each
 * inclusive (含) or not; a value in no band scores 0. A band without an upper bound reaches up to the next band's lower
 * bound (the staircase "2名以上…1名…"). Bands may not overlap, so the result never depends on their order.
 */
import { z } from "zod";
import { parseCount, parseNumber, parseRate } from "../cell";
import { Decimal, dec, percent, plain, ZERO } from "../decimal";
import type { Parsed } from "../result";
import { defineFamily, RuleProblem } from "./family";
import { QUESTION, ROW_POINTS } from "./columns";
import { joinClauses, points, scoreClause } from "./words";

const band = z.strictObject({
  /** Lower bound; absent: unbounded below. */
  min: z.number().optional(),
  /** True when the lower bound itself belongs to the band (“2名（含）以上”). */
  inclusive: z.boolean().default(true),
  /** Upper bound; absent: unbounded above. */
  max: z.number().optional(),
  /** True when the upper bound itself belongs to the band (“10%（含）”, “以下”). */
  maxInclusive: z.boolean().default(true),
  points: z.number().min(0),
});

const params = z.strictObject({
  kind: z.literal("bands"),
  /** What the clerk enters: a count, a number or a rate. */
  input: z.enum(["count", "number", "rate"]),
  /** Header for the input column. */
  question: z.string().optional(),
  /** What a count counts ("名", default 例) or a number's unit of measure ("平方米"), for the header and the sentence. */
  unit: z.string().min(1).optional(),
  bands: z.array(band).min(1),
});

type BandParams = z.output<typeof band>;

interface Band {
  min: Decimal | undefined;
  inclusive: boolean;
  max: Decimal | undefined;
  maxInclusive: boolean;
  points: Decimal;
}

function compileBand(b: BandParams): Band {
  return {
    min: b.min === undefined ? undefined : dec(b.min),
    inclusive: b.inclusive,
    max: b.max === undefined ? undefined : dec(b.max),
    maxInclusive: b.maxInclusive,
    points: dec(b.points),
  };
}

/** Orders lower bounds: an exclusive bound lies just above an inclusive one at the same number. */
function compareLows(a: Band, b: Band): number {
  if (a.min === undefined || b.min === undefined) return a.min === b.min ? 0 : a.min === undefined ? -1 : 1;
  return a.min.comparedTo(b.min) || Number(!a.inclusive) - Number(!b.inclusive);
}

/** Each band as an interval: one without an upper bound stops where the next lower bound above its own starts. */
function resolve(table: readonly Band[]): Band[] {
  return table.map((b) => {
    if (b.max !== undefined || b.min === undefined) return b;
    const above = table.filter((o) => o.min !== undefined && compareLows(o, b) > 0).sort(compareLows)[0];
    return above === undefined ? b : { ...b, max: above.min, maxInclusive: !above.inclusive };
  });
}

function contains(b: Band, v: Decimal): boolean {
  if (b.min !== undefined && (b.inclusive ? v.lessThan(b.min) : v.lessThanOrEqualTo(b.min))) return false;
  if (b.max !== undefined && (b.maxInclusive ? v.greaterThan(b.max) : v.greaterThanOrEqualTo(b.max))) return false;
  return true;
}

/** True when some value lies in both bands (or in neither band's range, an empty band). */
function overlap(a: Band, b: Band): boolean {
  // The higher of the two lower bounds against the lower of the two upper bounds.
  const lows = [a, b]
    .filter((x) => x.min !== undefined)
    .sort((x, y) => (y.min as Decimal).comparedTo(x.min as Decimal));
  const highs = [a, b]
    .filter((x) => x.max !== undefined)
    .sort((x, y) => (x.max as Decimal).comparedTo(y.max as Decimal));
  const low = lows[0];
  const high = highs[0];
  if (low === undefined || high === undefined) return true;
  const lo = low.min as Decimal;
  const hi = high.max as Decimal;
  // Where both bands share the bound, it excludes the point if either excludes it.
  const loIn = lows.every((x) => !(x.min as Decimal).equals(lo) || x.inclusive);
  const hiIn = highs.every((x) => !(x.max as Decimal).equals(hi) || x.maxInclusive);
  return lo.lessThan(hi) || (lo.equals(hi) && loIn && hiIn);
}

function isEmpty(b: Band): boolean {
  if (b.min === undefined || b.max === undefined) return false;
  return b.min.greaterThan(b.max) || (b.min.equals(b.max) && !(b.inclusive && b.maxInclusive));
}

export const bands = defineFamily<z.output<typeof params>, Decimal, z.input<typeof params>>({
  kind: "bands",
  title: "数值分档",
  sheet: {
    input: { zh: "录入类型", en: "input", type: "choice", choices: { count: "计数", number: "数值", rate: "比率" } },
    question: QUESTION,
    unit: { zh: "计数单位", en: "unit counted", type: "text" },
    bands: {
      type: "rows",
      kind: {
        zh: "数值档",
        en: "band",
        fields: {
          min: { zh: "下限值", en: "lower bound", type: "number" },
          inclusive: { zh: "档含下限值", en: "lower bound inclusive", type: "yesNo" },
          max: { zh: "上限值", en: "upper bound", type: "number" },
          maxInclusive: { zh: "档含上限值", en: "upper bound inclusive", type: "yesNo" },
          points: ROW_POINTS,
        },
      },
    },
  },
  usableIn: ["base", "bonus"],
  params,
  check(rule, leaf) {
    const problems: RuleProblem[] = [];
    const table = resolve(rule.bands.map(compileBand));
    table.forEach((b, i) => {
      if (isEmpty(b)) problems.push({ path: `bands[${i}]`, message: "下限高于上限，此档不含任何数值" });
      if (b.points.greaterThan(leaf.points)) {
        problems.push({
          path: `bands[${i}].points`,
          message: `此档得分 ${b.points.toString()} 高于本项分值 ${leaf.points.toString()}`,
        });
      }
      for (let j = 0; j < i; j++) {
        const other = table[j] as Band;
        if (!isEmpty(b) && !isEmpty(other) && overlap(other, b)) {
          problems.push({
            path: `bands[${i}]`,
            message: `与第 ${j + 1} 档重叠：同一数值落在两档，得分将取决于排列顺序`,
          });
        }
      }
    });
    return problems;
  },
  compile(rule, leaf) {
    const table = resolve(rule.bands.map(compileBand));
    // “2小时（含）以下”, “3名（含）以上”: a number or count is shown in the unit the clause measures it in.
    const show = (v: Decimal) => (rule.input === "rate" ? percent(v) : `${plain(v)}${rule.unit ?? ""}`);
    const range = (b: Band): string => {
      const lo = b.min === undefined ? "" : `${show(b.min)}${b.inclusive ? "（含）" : "（不含）"}`;
      const hi = b.max === undefined ? "" : `${show(b.max)}${b.maxInclusive ? "（含）" : "（不含）"}`;
      if (lo !== "" && hi !== "") return b.min?.equals(b.max as Decimal) ? show(b.min) : `${lo}至${hi}`;
      return lo !== "" ? `${lo}以上` : hi !== "" ? `${hi}以下` : "任何数值";
    };
    const bandOf = (v: Decimal) => table.find((b) => contains(b, v));
    const parse = (raw: unknown): Parsed<Decimal> =>
      rule.input === "count" ? parseCount(raw) : rule.input === "rate" ? parseRate(raw) : parseNumber(raw);
    return {
      slots: [
        {
          key: "",
          label: rule.question ?? leaf.name,
          kind: rule.input === "count" ? "count" : rule.input,
          ...(rule.input !== "rate" && rule.unit !== undefined ? { measure: rule.unit } : {}),
        },
      ],
      parse,
      evaluate: (v) => bandOf(v)?.points ?? ZERO,
      explain: (v, score) => {
        const band = bandOf(v);
        const reached = band ? `属“${range(band)}”档` : "未落入任何得分档";
        return joinClauses([`${rule.question ?? leaf.name}${show(v)}`, reached, scoreClause(score)]);
      },
      describe: () => table.map((b) => `${range(b)}得${points(b.points)}`).join("；") + "；否则不得分",
    };
  },
});
