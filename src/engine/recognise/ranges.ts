/**
 * Ranges of a condition: one- and two-sided bounds on a rate, a number or a count (以上, 以下, （含）, 80%-90% …).
 * Part of the statement reader (statements.ts).
 */
import { dec } from "../decimal";
import { NUM, COUNT_UNITS } from "./statementTypes";
import type { Measure, Bound, Range, Decline } from "./statementTypes";
import { rateOf } from "./results";

const COMPARATORS: ReadonlyArray<[RegExp, "min" | "max", boolean]> = [
  [/(?:≥|不低于|不少于|达到|达|高于或等于|大于或等于|大于等于|不小于)$/, "min", true],
  [/(?:>|大于|高于|超过|多于)$/, "min", false],
  [/(?:≤|不高于|不超过|不大于|不多于|低于或等于|小于或等于|小于等于|控制在)$/, "max", true],
  [/(?:<|低于|小于|不满|不足|少于|不到)$/, "max", false],
];

function measureOf(unit: string | undefined): { measure: Measure; unit?: string } | undefined {
  if (unit === "%") return { measure: "rate" };
  if (unit === "分") return { measure: "number" };
  if (unit !== undefined && unit !== "") return { measure: "count", unit };
  return undefined;
}

/**
 * A rate said as a share of a number named, not written: "≥规定数的90%", "＜规定数60%", "不低于总数的20%". The input is
 * the share itself (what is counted over the number named), so the comparator before the name bounds the rate.
 */
const SHARE_OF = /(?:规定数|要求数|总数|总人数)的?$/;

const UNIT = `(%|分|${COUNT_UNITS})?`;

const MARK = `(\\((?:不)?含(?:${NUM}%?)?\\))?`;

const TWO_SIDED = new RegExp(`(${NUM})${UNIT}${MARK}(?:-|至|到)(${NUM})${UNIT}${MARK}`);

const ONE_SIDED = new RegExp(
  `(${NUM})${UNIT}${MARK}(及以上|或以上|以上|及以下|或以下|以下|以内|之内|内(?![设部容外科涵]))?${MARK}`,
  "g",
);

/** Units of time, after which a bare 内 is 以内 (“前3个月内有更新的”, held-out set 103); after others it is no bound. */
const TIME_UNIT = /^(?:个工作日|工作日|个月|季度|天|日|月)$/;

function markInclusive(mark: string | undefined): boolean | undefined {
  if (mark === undefined) return undefined;
  return !mark.includes("不含");
}

/**
 * The range a condition states, or a decline, or undefined when it states none. Bounds follow the documents'
 * convention: 以上、以下、以内、不低于 include the number; 超过、低于、不满、大于 do not; （含）/（不含） overrides.
 */
export function readRange(cond: string): { range: Range; exact: boolean } | Decline | undefined {
  const two = TWO_SIDED.exec(cond);
  if (two) {
    const unit = measureOf(two[5] ?? two[2]);
    if (!unit) return undefined;
    const lowMark = markInclusive(two[3]);
    const highMark = markInclusive(two[6]);
    const value = (n: string) => (unit.measure === "rate" ? rateOf(n) : dec(n));
    const range: Range = {
      ...unit,
      min: {
        value: value(two[1] as string),
        inclusive: lowMark ?? true,
        ...(lowMark === undefined ? { loose: true } : {}),
      },
      max: {
        value: value(two[4] as string),
        inclusive: highMark ?? true,
        ...(highMark === undefined ? { loose: true } : {}),
      },
    };
    return { range, exact: false };
  }
  const bounds: Array<{ side: "min" | "max"; bound: Bound; unit: { measure: Measure; unit?: string } | undefined }> =
    [];
  let exact = false;
  let unitSeen: { measure: Measure; unit?: string } | undefined;
  for (const m of cond.matchAll(ONE_SIDED)) {
    const unit = measureOf(m[2]);
    if (!unit) continue;
    unitSeen = unit;
    const value = unit.measure === "rate" ? rateOf(m[1] as string) : dec(m[1] as string);
    const written = cond.slice(0, m.index);
    const before = unit.measure === "rate" ? written.replace(SHARE_OF, "") : written;
    const comparator = COMPARATORS.find(([p]) => p.test(before));
    const suffix = m[4] === "内" && !TIME_UNIT.test(m[2] ?? "") ? undefined : m[4];
    const mark = markInclusive(m[5] ?? m[3]);
    let side: "min" | "max" | undefined;
    let inclusive: boolean | undefined;
    // "未达到80%" is "低于80%": reaching includes the number, not reaching leaves it out.
    const negated =
      comparator !== undefined && comparator[1] === "min" && /(?:未|没有|不能|没)(?:达到|达)$/.test(before);
    if (negated) {
      side = "max";
      inclusive = false;
      if (suffix !== undefined) return { kind: "decline", reason: `“${m[0]}”前后的比较方向不明确，无法确定边界` };
    } else if (comparator) {
      side = comparator[1];
      inclusive = comparator[2];
      const suffixSide = suffix === undefined ? undefined : /上/.test(suffix) ? "min" : "max";
      if (suffixSide !== undefined && suffixSide !== side) {
        return { kind: "decline", reason: `“${m[0]}”前后的比较方向相反，无法确定边界` };
      }
    } else if (suffix !== undefined) {
      side = /上/.test(suffix) ? "min" : "max";
      inclusive = true;
    } else {
      // "80分≤评估分值<90分": the number before ≤ or < is the lower bound.
      const after = /^(≤|<)/.exec(cond.slice((m.index ?? 0) + m[0].length));
      if (after) {
        side = "min";
        inclusive = after[1] === "≤";
      }
    }
    if (mark !== undefined) inclusive = mark;
    if (side === undefined) {
      // "=100%", "发放率100%": exactly 100%; "2名": exactly that count.
      if (
        /=$/.test(before) ||
        unit.measure === "count" ||
        (unit.measure === "rate" && value.equals(1) && /率$|^$/.test(before))
      ) {
        exact = true;
        bounds.push({ side: "min", bound: { value, inclusive: true }, unit });
        bounds.push({ side: "max", bound: { value, inclusive: true }, unit });
      }
      continue;
    }
    bounds.push({
      side,
      bound: { value, inclusive: inclusive ?? true, ...(suffix === "内" ? { within: true } : {}) },
      unit,
    });
  }
  if (bounds.length === 0) return undefined;
  const mins = bounds.filter((b) => b.side === "min");
  const maxs = bounds.filter((b) => b.side === "max");
  if (mins.length > 1 || maxs.length > 1) return { kind: "decline", reason: `“${cond}”中的界限不止一处，无法确定区间` };
  const units = new Set(bounds.map((b) => b.unit?.measure));
  if (units.size > 1) return { kind: "decline", reason: `“${cond}”中的数值单位不一致` };
  const range: Range = { ...(unitSeen as { measure: Measure; unit?: string }) };
  if (mins[0]) range.min = mins[0].bound;
  if (maxs[0]) range.max = maxs[0].bound;
  return { range, exact };
}
