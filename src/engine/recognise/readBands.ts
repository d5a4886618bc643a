/**
 * Bands: tiers on one measured quantity (a rate, a number or a count), and one band read as a deduction.
 * Part of assembly (assemble.ts), which takes the statements of a clause to one rule or a reason.
 */
import { Decimal } from "../decimal";
import type { SchemePart } from "../rules";
import type { Bound, Range } from "./statements";
import { Assembled, no, yes, num, Of, pointsOf, isFull } from "./assembled";
import { boundEnds } from "./numeric";

export function readBands(bands: Of<"band">[], otherwiseZero: boolean, part: SchemePart, P: Decimal): Assembled {
  if (part === "penalty") return no("扣分项中的分档，请人工设定规则");
  const measures = new Set(bands.map((b) => b.range.measure));
  if (measures.size > 1) return no("各档的数值单位不一致（比率、分数、个数混用）");
  if (bands.some((b) => /再|另|额外|追加|累计/.test(b.cond))) return no("各档是累加还是取代未说明");
  const measure = bands[0]?.range.measure as Range["measure"];
  // A bare "1人" is a band only beside bands with bounds ("2名（含）以上…；1名…"); alone it is too often an idiom (一人一账).
  if (bands.every((b) => b.exact)) return no("数量条件未写“以上/以下”，分档方式不明确");
  // “监测时间点前6个月内,通过图表…展现数据的,得1分” (held-out set 103): a window for the act, not a number to type, where no
  // tier of the same time stands beside it (“前3个月内…得2分;前3—6个月内…得1分” is one: the months since it was done).
  if (bands.length === 1 && bands[0]?.range.max?.within === true)
    return no(`“${bands[0].cond}”中的时间范围是做到的期限，不是计分的数量，请人工设定规则`);
  // "破案率达100%的，加15分" in a bonus part: a 加分 is added where its condition holds and nothing otherwise.
  const bonusTier =
    part === "bonus" && bands.length === 1 && (bands[0]?.result.kind === "award" || bands[0]?.result.kind === "full");
  // "能够开展两种以上服务内容的，得30分" (30 = P): a count reaching its threshold gets the points, as "…的，得P分" does.
  const countTier = countThreshold(bands, P);
  const lone = loneDeduction(bands, otherwiseZero, part, P);
  if (lone) return lone;
  // “距离居民区…500米以上,得0.5分” (0.5 = P): a measured quantity reaching its bound gets the points, as a count does.
  const measuredTier =
    bands.length === 1 &&
    measure === "number" &&
    bands[0]?.range.unit !== undefined &&
    isFull(bands[0].result, P) &&
    boundEnds(bands[0].cond);
  if (bands.length === 1 && !otherwiseZero && !bonusTier && !countTier && !measuredTier)
    return no("只给出一档，其余情形如何计分未说明");
  if (bands.every((b) => b.result.kind === "deduct" || b.result.kind === "deductShare")) {
    return no("各档只写扣分：是累加还是取代、未达任何一档是否满分，文件未说明");
  }
  // "5%以内扣1分，5%-10%之间扣3分，10%以上不得分": no tier gives the points, so whether the best case (0%) is docked too
  // the text leaves open.
  if (bands.every((b) => b.result.kind === "deduct" || b.result.kind === "deductShare" || b.result.kind === "zero")) {
    return no("各档只写扣分或不得分，没有一档得满分：最好的情形是否也扣分，文件未说明");
  }
  const only = bands[0] as Of<"band">;
  if (bands.length === 1 && measure === "rate" && isFull(only.result, P) && !(only.range.min && only.range.max)) {
    const bound = (only.range.min ?? only.range.max) as Bound;
    const op = only.range.min ? (bound.inclusive ? ">=" : ">") : bound.inclusive ? "<=" : "<";
    return yes({ kind: "threshold", op, value: num(bound.value) });
  }
  // “不少于4次,得4分;少1人扣1分” (round 15): tiers counting different things (次 and 人) are not one count.
  if (new Set(bands.map((b) => b.range.unit).filter((u) => u !== undefined)).size > 1) {
    return no("各档计数的单位不一致，所计的是否为同一数量，条款未说明");
  }
  const ranges = settleUnmarked(bands.map((b) => b.range));
  const table = [];
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as Of<"band">;
    const r = ranges[i] as Range;
    const points = pointsOf(b.result, P) as Decimal;
    if (points.isNegative() || points.greaterThan(P)) return no(`“${b.cond}”的得分超出本项分值`);
    table.push({
      ...(r.min ? { min: num(r.min.value), inclusive: r.min.inclusive } : {}),
      ...(r.max ? { max: num(r.max.value), maxInclusive: r.max.inclusive } : {}),
      points: num(points),
    });
  }
  // “达到90%以上,得3分;低于90%不得分” (4分, held-out set 122; the row's own column asks 95% for the 4): no tier reaches the
  // points, so what earns the rest is said elsewhere or not at all.
  const best = bands.map((b) => pointsOf(b.result, P) as Decimal).reduce((a, b) => (b.greaterThan(a) ? b : a));
  if (part === "base" && best.lessThan(P))
    return no(`各档最高得${best.toString()}分，低于本项分值${P.toString()}分：得满分的条件未说明，请人工设定规则`);
  const unit = bands.find((b) => b.range.unit)?.range.unit;
  return yes({
    kind: "bands",
    input: measure === "rate" ? "rate" : measure === "number" ? "number" : "count",
    ...(measure !== "rate" && unit ? { unit } : {}),
    bands: table,
  });
}

/**
 * "市政供水、供热和燃气老旧管网改造率≤80%的，扣1分" (1分), "会议全年少于2次的，扣3分": a single band on a rate, a score
 * or a count below a number to reach, bounded on one side, that only takes points away (扣N分, 不得分): outside it nothing
 * is taken. Not a count above a number (超过3次的: per case or once?), not two rates sharing the bound (建制率、达标率).
 */
function loneDeduction(
  bands: readonly Of<"band">[],
  otherwiseZero: boolean,
  part: SchemePart,
  P: Decimal,
): Assembled | undefined {
  const only = bands[0];
  if (bands.length !== 1 || only === undefined || otherwiseZero || part !== "base" || only.exact) return undefined;
  const { range, result } = only;
  if ((range.min === undefined) === (range.max === undefined)) return undefined;
  // a count only below a number to reach ("全年少于2次的，扣3分": once); above one (超过3次的) per case or once is open
  if (range.measure === "count" && range.min !== undefined) return undefined;
  if (result.kind !== "deduct" && result.kind !== "zero") return undefined;
  // "每月报送率低于90%的，扣0.5分", "有一次…低于…": per period or per case, or once?
  // (a rate or score condition naming a number of times, "连续2次低于80%", is per case too; a count's own bound is not)
  if (/每|任一|任何|一次|有1/.test(only.cond) || (range.measure !== "count" && /\d+次/.test(only.cond)))
    return undefined;
  // the bound ends the condition ("≤80%的"): nothing after it (…以上，…处置，否则不得分) qualifies or reverses it
  if (
    !/\d(?:%|分|个工作日|工作日|个月|季度|[例次个项户人名件起宗天日月家篇条份批期处场种类])?(?:\((?:不)?含[^)]*\))?(?:及以上|或以上|以上|及以下|或以下|以下|以内|之内)?(?:\((?:不)?含[^)]*\))?的?,?$/.test(
      only.cond,
    )
  )
    return undefined;
  if (/率[^率]*(?:、|和|及|与)[^率]*率/.test(only.cond))
    return no(`“${only.cond}”是两个比率共用一个界限，各自计扣还是合并计扣未说明`);
  const points = pointsOf(result, P) as Decimal;
  if (points.isNegative()) return no(`“${only.cond}”扣分超过本项分值`);
  const input = range.measure === "rate" ? "rate" : range.measure === "count" ? "count" : "number";
  const unit = range.measure === "count" && range.unit ? { unit: range.unit } : {};
  if (range.max) {
    const b = range.max;
    return yes({
      kind: "bands",
      input,
      ...unit,
      bands: [
        { max: num(b.value), maxInclusive: b.inclusive, points: num(points) },
        { min: num(b.value), inclusive: !b.inclusive, points: num(P) },
      ],
    });
  }
  const b = range.min as Bound;
  return yes({
    kind: "bands",
    input,
    ...unit,
    bands: [
      { max: num(b.value), maxInclusive: !b.inclusive, points: num(P) },
      { min: num(b.value), inclusive: b.inclusive, points: num(points) },
    ],
  });
}

/** A single band on a count bounded only below (两种以上, 3个及以上) that gives the leaf's full points. */
function countThreshold(bands: readonly Of<"band">[], P: Decimal): boolean {
  const only = bands[0];
  return (
    bands.length === 1 &&
    only !== undefined &&
    only.range.measure === "count" &&
    !only.exact &&
    only.range.min !== undefined &&
    only.range.max === undefined &&
    isFull(only.result, P)
  );
}

/**
 * "80-90%得2分；90%以上得3分": an end of a range with no （含） gives the number to the neighbour that holds it; where two
 * loose ends meet the upper band takes it; an end no neighbour holds is kept (no gap is ever intended).
 */
function settleUnmarked(ranges: readonly Range[]): Range[] {
  const settle = (i: number, side: "min" | "max"): Bound | undefined => {
    const own = ranges[i]?.[side];
    if (own === undefined || !own.loose) return own;
    const opposite = side === "min" ? "max" : "min";
    const held = ranges.some((o, j) => {
      const b = o[opposite];
      if (j === i || b === undefined || !b.value.equals(own.value)) return false;
      return b.loose ? side === "max" : b.inclusive;
    });
    return { value: own.value, inclusive: !held };
  };
  return ranges.map((r, i) => {
    const min = settle(i, "min");
    const max = settle(i, "max");
    return { ...r, ...(min ? { min } : {}), ...(max ? { max } : {}) };
  });
}
