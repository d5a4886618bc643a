/**
 * Statements → one rule. Each reading below takes a fixed shape of statements and nothing else; a clause that fits
 * none, or fits in a way the text leaves open, is declined with its reason. A wrong draft is worse than none.
 */
import { withoutZeroTier } from "./zeroTier";
import { Decimal, ZERO } from "../decimal";
import type { SchemePart } from "../rules";
import { settleNumeric } from "./numeric";
import { noneFailing } from "./noneFailing";
import { countTiers } from "./countTiers";
import { oneEachAward } from "./oneEachAward";
import { boundAsTerm, loneBoundAsTerm } from "./boundTerm";
import type { Statement } from "./statements";
import { Assembled, no, yes, num, Of, pick, isFull } from "./assembled";
import { failingAsOtherwise, restatedPoints, eachAsPlain } from "./prepare";
import { zeroBeside } from "./zeroBeside";
import { withoutTargetBand } from "./targetBand";
import { readBands } from "./readBands";
import { readTerms, readSeparately } from "./readTerms";
import { COMPLETED, completedBand, readSlopes } from "./readSlopes";

export function assemble(read: readonly Statement[], part: SchemePart, P: Decimal): Assembled {
  const named = pick(read, "floor").find((s) => s.points !== undefined && !s.points.equals(P));
  if (named?.points)
    return no(`“${named.points.toString()}分扣完为止”与本项分值${P.toString()}分不一致，计分方式不明确`);
  const each = read.filter((s) => s.kind === "each");
  if (each.some((s) => s.verb === "award") && part !== "bonus") {
    return no("“各加/各得”列出的几种情形各得多少、合计是否为本项分值，文件未说明");
  }
  // "完成得基本分，每超额1%加0.5分，加分至基本分值为止" (base): awards on top of the full points, up to as many again; the
  // leaf holds no more than its points, so only a bonus part, whose points are what the awards reach, is read.
  if (read.some((s) => s.kind === "awardToPoints") && part !== "bonus") {
    return no("“加分至基本分值为止”：加分是否可超出本项满分，文件未说明");
  }
  // A quantity with a unit of measure, a number in an award's heading (numeric.ts).
  // “受到国家表彰的,一次加3分” in a bonus part: each occurrence adds it (oneEachAward.ts).
  const settled = settleNumeric(oneEachAward(read, part), P);
  if (!Array.isArray(settled)) return no(settled.reason);
  const statements = restatedPoints(
    failingAsOtherwise(zeroBeside(eachAsPlain(settled), P, part)).filter((s) => s.kind !== "awardToPoints"),
    P,
  );
  if (statements.some((s) => s.kind === "proportional")) return proportional(statements, part, P);
  const separately = pick(statements, "separately");
  const slopes = pick(statements, "slope");
  const bands = pick(statements, "band");
  const plains = pick(statements, "plain");
  const counts = pick(statements, "count");
  const belows = pick(statements, "below");
  const otherwise = pick(statements, "otherwiseZero");
  if (statements.length === 0) return no("评分标准中没有可计算的计分表述");
  if (separately.length > 0) {
    // “…每次扣0.5分;…被镇、县及县以上督查通报的,每项分别扣2分、4分、6分” (round 10): a 每 list matched one to one
    // beside per-case counts only is a count per item, in the clause's order. Deductions only: awards so listed beside
    // others (zj-65.1, “每次分别加1分、0.5分” under “同一项目按照分值高的加分”) may not add up, and stay declined.
    const list = separately[0] as Of<"separately">;
    const tiered = list.labels.some((l) => /^\d/.test(l));
    if (
      separately.length === 1 &&
      list.each &&
      list.verb === "deduct" &&
      !tiered &&
      list.labels.length === list.amounts.length &&
      counts.length > 0 &&
      slopes.length + bands.length + belows.length + plains.length === 0
    ) {
      const perItem = (l: string, i: number): Statement => {
        return { kind: "count", verb: list.verb, per: list.amounts[i] as Decimal, label: l, unit: "例" };
      };
      return assemble(
        statements.flatMap((s) => (s === list ? list.labels.map(perItem) : [s])),
        part,
        P,
      );
    }
    if (separately.length > 1 || slopes.length + bands.length + counts.length + belows.length + plains.length > 0) {
      return no("“分别扣/加”与其他计分表述并存，各自的对应关系不明确");
    }
    return readSeparately(separately[0] as Of<"separately">, statements, part, P);
  }
  if (slopes.length > 0) return readSlopes(statements, part, P);
  if (bands.length > 0) {
    // An award on a quantity with a unit of measure beside other terms (numeric.ts): a bound term, or its decline.
    const measured = bands.find((b) => b.measured !== undefined);
    if (measured) {
      const bounded = boundAsTerm(statements, P);
      return bounded ? readTerms(bounded, part, P) : no(measured.measured as string);
    }
    const done = completedBand(statements, P);
    if (done) return assemble(done, part, P);
    // “无故缺席一次扣3分,两次扣5分,三次(含)以上不得分”: tiers of one count (countTiers.ts).
    const spelt = part === "base" ? countTiers(statements, P) : undefined;
    if (spelt) return yes(spelt);
    const tiered = countToZero(statements, part, P);
    if (tiered) return tiered;
    // “参与者人数不足10%扣3分” beside other terms: a yes/no on the typed rate (boundTerm.ts).
    const bounded = boundAsTerm(statements, P) ?? loneBoundAsTerm(statements, part, P);
    if (bounded) return readTerms(bounded, part, P);
    // “集中学习培训不少于15天的得10分,少于15天的每少1天扣1分”: the award restates the below's target (targetBand.ts).
    const restated = withoutTargetBand(statements, P);
    if (restated) return assemble(restated, part, P);
    if (counts.length + belows.length > 0) return no("分档与按例计分并存，计分方式不明确");
    // “各…符合要求，得1分；1个…不符合要求，得0.5分；2个及以上…不得分”: all meeting it is none failing (noneFailing.ts).
    const none = noneFailing(statements, P);
    if (none) return readBands(pick(none, "band"), otherwise.length > 0, part, P);
    // “开展3次以上得3分，2次得2分，1次得1分，未开展不得分”: the act not done is the tier at 0 (zeroTier.ts).
    const zero = withoutZeroTier(statements);
    if (zero) return assemble(zero, part, P);
    if (plains.length > 0) return no("分档之外还有不带数值的计分条件，计分方式不明确");
    return readBands(bands, otherwise.length > 0, part, P);
  }
  return readTerms(statements, part, P);
}

/**
 * "完成年度投资计划任务得标准分,未完成的按实际完成率乘以标准分计分": the points for the task completed, and the points
 * times the completion rate short of it: P × r, r at most 100%. Only these two statements, in this order.
 */
function proportional(statements: readonly Statement[], part: SchemePart, P: Decimal): Assembled {
  const scoring = statements.filter((s) => s.kind !== "floor");
  const [done, rate] = scoring;
  if (
    scoring.length !== 2 ||
    done?.kind !== "plain" ||
    !isFull(done.result, P) ||
    !(COMPLETED.test(done.cond) || /^完成或超额完成(?:目标值|目标任务|任务|目标)(?:的)?$/.test(done.cond)) ||
    rate?.kind !== "proportional"
  ) {
    return no("按完成率乘以分值计分与其他计分表述并存，计分方式不明确");
  }
  if (part === "penalty") return no("扣分项中的比率计分，请人工设定规则");
  return yes({ kind: "rateProportional" });
}

/** The most tiers a count is spelt out into (每迟报一天扣1分；迟报四天及以上不得分: 4 below the zero tier). */
const MAX_TIERS = 20;

/**
 * "每迟报一天扣1分；迟报四天及以上不得分", "发现一次的，扣0.5分；发现有两次及以上的，此项不得分": one count, each occurrence
 * taking its amount, and from N on none of the points. Written out as bands on the count (0 … N−1 by the amount, N and
 * more 0), since the zero tier may come before the amounts reach it.
 */
function countToZero(statements: readonly Statement[], part: SchemePart, P: Decimal): Assembled | undefined {
  const counts = pick(statements, "count");
  const bands = pick(statements, "band");
  // “按时完成得满分,每延期1天扣2分,延期5天以上不得分” (held-out set 72): full points first for being on time, the count
  // of days or times late at 0 said in words — the same bands. Any other requirement there (“资料齐全得满分”) is a
  // condition of its own, which the bands would lose.
  const first = statements[0];
  const late = counts[0] !== undefined && /延期|延误|迟|逾期|超期|超时|拖延/.test(counts[0].label);
  const heading =
    late &&
    first?.kind === "plain" &&
    isFull(first.result, P) &&
    /^(?:按时|按期|如期|及时)[\u4e00-\u9fa5]{0,8}$/.test(first.cond);
  const scoring = statements.filter((s) => s.kind !== "floor" && !(heading && s === first));
  if (part !== "base" || counts.length !== 1 || bands.length !== 1 || scoring.length !== 2) return undefined;
  const count = counts[0] as Of<"count">;
  const band = bands[0] as Of<"band">;
  const from = band.range.min;
  if (
    count.verb !== "deduct" ||
    band.result.kind !== "zero" ||
    band.range.measure !== "count" ||
    band.range.max !== undefined ||
    from === undefined ||
    !from.inclusive ||
    !from.value.isInteger() ||
    from.value.lessThan(1) ||
    from.value.greaterThan(MAX_TIERS) ||
    band.range.unit !== count.unit ||
    statements.indexOf(count) > statements.indexOf(band)
  ) {
    return no("按次计扣与“N次及以上不得分”的对应关系不明确，请人工设定规则");
  }
  const N = from.value.toNumber();
  const tiers = [];
  for (let n = 0; n < N; n++) {
    const left = P.minus(count.per.times(n));
    tiers.push({ min: n, max: n, points: num(left.isNegative() ? ZERO : left) });
  }
  tiers.push({ min: N, points: 0 });
  return yes({ kind: "bands", input: "count", unit: count.unit, bands: tiers });
}
