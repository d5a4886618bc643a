/**
 * Tiers of how far a value lies above a reference, beside the level that costs nothing (issue 11 part 1, round 14):
 * “持平不扣分,超过平均值5个点以内扣1分,5个点以外扣2分” → `bands` on the points above the reference (the input; 持平 = 0):
 * at or below it the 分值, above it up to N (以内 takes N in) the 分值 less the first amount, beyond N (以外 leaves N
 * out) the 分值 less the second. Declined there as “分档之外还有不带数值的计分条件” before: 持平 is a condition without a
 * number, and the statements read “5个点以内” as exactly 5.
 *
 * One shape only: 持平 (or 持平或低于) costing nothing first; then “超过/高于 <reference> N 个点/个百分点 以内 扣a分”, the
 * reference naming 平均 (what 持平 is level with); then “(超过/高于) N … 以外 扣b分” on the same N and unit, a < b ≤ 分值,
 * in a `base` item. Any other bound word after N (以上 takes N in, overlapping 以内), two different numbers, a third tier
 * or other scoring words leave the clause to the other readers (declined there as before).
 */
import { Decimal, dec, HUNDRED } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import type { TermParams } from "../rules/terms";
import type { Statement } from "./statements";
import { NUM } from "./statementTypes";

export type TiersBesideRead = { ok: true; rule: RuleInput } | { ok: false; reason: string };

const LEVEL = "(?:与[\\u4e00-\\u9fa5]{1,12})?持平(?:或低于(?:[\\u4e00-\\u9fa5]{1,12})?)?(?:的)?,?不扣分";
const ABOVE = "(?:超过|高于)";
const UNIT = "(个点|个百分点|%)";
const SHAPE = new RegExp(
  `^${LEVEL}[,;]${ABOVE}([\\u4e00-\\u9fa5]{0,12}?平均[\\u4e00-\\u9fa5]{0,6}?)(${NUM})${UNIT}以内(?:的)?,?扣(${NUM})分` +
    `[,;](?:${ABOVE}(?:[\\u4e00-\\u9fa5]{0,12}?平均[\\u4e00-\\u9fa5]{0,6}?)?)?(${NUM})${UNIT}以外(?:的)?,?扣(${NUM})分[。;]?$`,
);

export function readTiersBeside(normal: string, P: Decimal, part: SchemePart): TiersBesideRead | undefined {
  if (!/持平/.test(normal)) return undefined;
  const m = SHAPE.exec(normal);
  if (!m) return undefined;
  const [, , n1, u1, a1, n2, u2, a2] = m as unknown as [string, string, string, string, string, string, string, string];
  if (part !== "base") return { ok: false, reason: "加分项或扣分项中按超出平均值的幅度分档，请人工设定规则" };
  const N = dec(n1);
  const first = dec(a1);
  const second = dec(a2);
  if (!N.equals(dec(n2)) || u1 !== u2 || !N.greaterThan(0))
    return { ok: false, reason: "“以内”与“以外”两档的界限不同，中间的幅度如何计分不明确" };
  if (!first.greaterThan(0) || !second.greaterThan(first) || second.greaterThan(P))
    return { ok: false, reason: "超出幅度各档的扣分与分值不相称，请人工设定规则" };
  const rate = u1 === "%";
  const bound = (rate ? N.dividedBy(HUNDRED) : N).toNumber();
  return {
    ok: true,
    rule: {
      kind: "bands",
      input: rate ? "rate" : "number",
      question: "超过平均值的幅度",
      ...(rate ? {} : { unit: u1 }),
      bands: [
        { max: 0, maxInclusive: true, points: P.toNumber() },
        { min: 0, inclusive: false, max: bound, maxInclusive: true, points: P.minus(first).toNumber() },
        { min: bound, inclusive: false, points: P.minus(second).toNumber() },
      ],
    } as RuleInput,
  };
}

type BoundParams = Extract<TermParams, { kind: "bound" }>;

/** “研究当地环保工作3次以上(以记录为准” → subject and number; the evidence note in a bracket is not the subject. */
const COUNT_AT_LEAST =
  /^([\u4e00-\u9fa5]{2,24}?)(\d+)(次|个|名|人|项|篇|期|场|份)(?:及以上|或以上|以上)(?:\(以[\u4e00-\u9fa5]{1,8}为准)?,?$/;

/** What the count of each unit is called. */
export const COUNTED: Record<string, string> = {
  次: "次数",
  个: "个数",
  名: "人数",
  人: "人数",
  项: "项数",
  篇: "篇数",
  期: "期数",
  场: "场数",
  份: "份数",
};

/**
 * A count reached, with its award, as one term beside others (round 14): “有分管领导和具体工作人员(…记2分);研究当地环保
 * 工作三次以上(以记录为准记1分);有工作计划、总结并上报记2分” → a `bound` term on the count (at least N gives the
 * award, fewer nothing), called by boundTerm.ts for a count band. Only an award (a deduction for a count is the below
 * kind's, “不足3次”), only “N(次…)以上” (N taken in) with the subject before the number and nothing after it but an
 * evidence note; the amount above 0 and below the 分值.
 */
export function countAtLeastTerm(band: Extract<Statement, { kind: "band" }>, P: Decimal): BoundParams | undefined {
  const { range, result } = band;
  if (range.measure !== "count" || range.unmarked || band.exact || range.max !== undefined) return undefined;
  if (!range.min || !range.min.inclusive || range.min.loose) return undefined;
  if (result.kind !== "award" || !result.points.greaterThan(0) || result.points.greaterThanOrEqualTo(P))
    return undefined;
  const m = COUNT_AT_LEAST.exec(band.cond);
  if (!m || !dec(m[2] as string).equals(range.min.value)) return undefined;
  const subject = (m[1] as string).replace(/(?:达到|达|不少于|在)$/, "");
  if (subject.length < 2) return undefined;
  // “研究当地环保工作次数不低于3”: the count named by its unit, so the sentence says what the number is.
  const label = `${subject}${COUNTED[m[3] as string] ?? "数"}`;
  return {
    kind: "bound",
    label,
    input: "number",
    bound: range.min.value.toNumber(),
    side: "atLeast",
    points: result.points.toNumber(),
  };
}
