/**
 * A rate or number condition as one term among others (round 11): "未听取…评价不得分；参与者人数不足10%扣3分",
 * "入户率100%计0.5分,按规定时间申报计0.5分,…". A band statement that bounds one rate (or 分 number) on one side,
 * with one amount taken or given, beside other terms of the clause, is a `bound` term: a yes/no on the typed value.
 *
 * Read only in that one shape; declined (left to the band readings, which decline) where:
 * - the band is two-sided, unmarked, a count ("不足3次": the below kind's), or exact other than a rate of 100%
 *   ("入户率100%": at least 100%; a rate does not pass 100%, so this is reaching it);
 * - the direction or the bound's inclusion is not written (no comparator and no 以上/以下);
 * - two such conditions stand in the clause (on the same rate they could overlap; which is which is not read);
 * - its result is not one amount (不得分, 得满分, a share), or the clause says 否则不得分 or states a step beside it;
 * - the subject is not named before the number, or words follow the number (“10%以上的人员未培训” bounds something else).
 */
import type { Decimal } from "../decimal";
import type { SchemePart } from "../rules";
import type { TermParams } from "../rules/terms";
import type { Statement } from "./statements";
import { countAtLeastTerm } from "./tiersBeside";
import { UNITS } from "./numeric";

type Of<K extends Statement["kind"]> = Extract<Statement, { kind: K }>;
type BoundParams = Extract<TermParams, { kind: "bound" }>;

/** The bound term each plain statement stands for, where this reader made it. */
const BOUNDED = new WeakMap<Statement, BoundParams>();

/** The comparator words a subject is written with, stripped to leave what is measured. */
const COMPARATOR_WORDS =
  /(?:未达到|没有达到|达不到|未达|不足|低于|少于|不到|小于|不满|超过|高于|大于|多于|不低于|不少于|不高于|不超过|达到|达|为|在|控制在)$/;

/**
 * What the band bounds: the words before the number, its comparator stripped; undefined where words follow it. A
 * quantity with a unit of measure (`measured`) is bounded in that unit (“人均面积达1.5平方米”); a rate or a score in % or 分.
 */
function subjectOf(cond: string, measured: boolean): string | undefined {
  const unit = measured ? UNITS : "%|分";
  const m = new RegExp(
    `^(.*?)(\\d+(?:\\.\\d+)?)(?:${unit})(?:\\((?:不)?含\\))?(?:及以上|或以上|以上|及以下|或以下|以下|以内)?(?:\\((?:不)?含\\))?的?$`,
  ).exec(cond);
  if (!m) return undefined;
  const before = (m[1] as string).replace(/[,，]$/, "");
  const subject = before.replace(COMPARATOR_WORDS, "").replace(/(?:的|者)$/, "");
  // no comparator, and not "入户率100%" (a quantity is bounded only by a comparator written before it)
  if (subject === before && (measured || !/率$/.test(subject))) return undefined;
  if (!/^[\u4e00-\u9fa5()]{2,24}$/.test(subject)) return undefined;
  return subject;
}

/** The band as a bound term, or undefined where it is not exactly the one shape. */
function termOf(band: Of<"band">, P: Decimal): BoundParams | undefined {
  const { range, result } = band;
  // “研究当地环保工作三次以上(…记1分)”: a count reached, with its award (tiersBeside.ts, round 14).
  if (range.measure === "count") return countAtLeastTerm(band, P);
  if (result.kind !== "deduct" && result.kind !== "award") return undefined;
  if (!result.points.greaterThan(0) || result.points.greaterThanOrEqualTo(P)) return undefined;
  return sideOf(band);
}

/** The one-sided bound a rate, score or quantity band states with its amount, or undefined. */
function sideOf(band: Of<"band">): BoundParams | undefined {
  const { range, result } = band;
  if (range.unmarked || (result.kind !== "deduct" && result.kind !== "award")) return undefined;
  // “人均面积达1.5平方米得0.5分”: an award on a quantity, in its unit (a deduction on one is a yes/no, numeric.ts).
  const measured = band.measured !== undefined;
  if (measured && (result.kind !== "award" || range.measure !== "number" || range.unit === undefined)) return undefined;
  const input = range.measure === "rate" ? "rate" : "number";
  let side: BoundParams["side"];
  let value: Decimal;
  if (band.exact) {
    // "入户率100%": reaching 100% (nothing lies above it); any other exact value is declined.
    if (input !== "rate" || !range.min?.value.equals(1) || !range.max?.value.equals(1)) return undefined;
    side = "atLeast";
    value = range.min.value;
  } else if (range.min && !range.max) {
    if (range.min.loose) return undefined;
    side = range.min.inclusive ? "atLeast" : "above";
    value = range.min.value;
  } else if (range.max && !range.min) {
    if (range.max.loose) return undefined;
    side = range.max.inclusive ? "atMost" : "below";
    value = range.max.value;
  } else return undefined;
  const subject = subjectOf(band.cond, measured);
  if (subject === undefined) return undefined;
  // the quantity's unit in its label, for the clerk types the number in it: “应急避难场所人均面积(平方米)”
  const label = measured ? `${subject}(${range.unit as string})` : subject;
  return { kind: "bound", label, input, bound: value.toNumber(), side, points: result.points.toNumber() };
}

/**
 * The statements with the one band read as a plain term of its amount (its bound term kept for `boundOf`), or
 * undefined where the clause is not that shape: one band, at least one other term (a yes/no or a count), no step,
 * tiers or 否则不得分.
 */
export function boundAsTerm(statements: readonly Statement[], P: Decimal): Statement[] | undefined {
  const bands = statements.filter((s): s is Of<"band"> => s.kind === "band");
  if (bands.length !== 1) return undefined;
  const kinds = new Set(statements.map((s) => s.kind));
  if (kinds.has("slope") || kinds.has("otherwiseZero") || kinds.has("separately") || kinds.has("each"))
    return undefined;
  // Another term beside it: a full-points start ("工作完成得3分") is not one.
  const others = statements.filter(
    (s) => (s.kind === "plain" && s.result.kind !== "full") || s.kind === "count" || s.kind === "below",
  );
  if (
    others.filter((s) => !(s.kind === "plain" && s.result.kind === "award" && s.result.points.equals(P))).length === 0
  )
    return undefined;
  // Another condition on a number (“100%全覆盖”) is left to the readings that settle it.
  if (others.some((s) => s.kind === "plain" && s.numeric !== undefined)) return undefined;
  const band = bands[0] as Of<"band">;
  const term = termOf(band, P);
  if (!term) return undefined;
  const plain: Of<"plain"> = { kind: "plain", result: band.result, cond: term.label };
  BOUNDED.set(plain, term);
  return withoutHeading(
    statements.map((s) => (s === band ? plain : s)),
    P,
  );
}

/**
 * “兵役登记率未达到100%的，扣1分” as a clause of a `penalty` item (its points the most the item's deductions take): one
 * band on a rate or score, bounded on one side, taking one amount and nothing else, is a bound term of its own — the
 * penalty part's yes/no on the typed value (a `base` item reads it as two bands, readBands.ts). The shapes `termOf`
 * declines stay declined; so does a count (“调查人员少于2人的”: the count's own readings).
 */
export function loneBoundAsTerm(
  statements: readonly Statement[],
  part: SchemePart,
  P: Decimal,
): Statement[] | undefined {
  if (part !== "penalty") return undefined;
  const band = statements.find((s): s is Of<"band"> => s.kind === "band");
  if (!band || band.result.kind !== "deduct" || band.range.measure === "count") return undefined;
  if (statements.some((s) => s !== band && s.kind !== "floor" && s.kind !== "cap")) return undefined;
  // “…的,扣1分”: the comma before the amount is no part of the condition.
  const term = termOf({ ...band, cond: band.cond.replace(/[,，]$/, "") }, P);
  // “无职工培训计划或职工年培训率未达到30%”: a failing joined to the bound is one condition the value cannot answer.
  if (!term || /或|和|及|与|、|并|且/.test(term.label)) return undefined;
  const plain: Of<"plain"> = { kind: "plain", result: band.result, cond: term.label };
  BOUNDED.set(plain, term);
  return statements.map((s) => (s === band ? plain : s));
}

/**
 * "低保动态管理计2分。入户率100%计0.5分,按规定时间申报计0.5分,…": a first statement giving all the points, followed
 * only by awards (the bound among them) that make up exactly those points, is the item's heading restating its 分值.
 * Anything else is left as it was (a full-points start beside deductions is read by readTerms as ever).
 */
function withoutHeading(statements: Statement[], P: Decimal): Statement[] {
  const [first, ...rest] = statements;
  if (first?.kind !== "plain" || /^(?:未|不|无|没有)/.test(first.cond)) return statements;
  if (first.result.kind !== "full" && !(first.result.kind === "award" && first.result.points.equals(P)))
    return statements;
  const scoring = rest.filter((s) => s.kind !== "floor");
  if (!scoring.every((s) => s.kind === "plain" && s.result.kind === "award")) return statements;
  const sum = scoring.reduce((a, s) => a.plus((s as { result: { points: Decimal } }).result.points), P.minus(P));
  return sum.equals(P) ? rest : statements;
}

/** The bound term a plain statement stands for (made by `boundAsTerm`), or undefined. */
export function boundOf(s: Statement): BoundParams | undefined {
  return BOUNDED.get(s);
}
