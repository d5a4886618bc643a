/**
 * Slopes: a rate scored by each point short of (or over) a target, and a 完成 target read as a rate.
 * Part of assembly (assemble.ts), which takes the statements of a clause to one rule or a reason.
 */
import { Decimal, dec, HUNDRED, ONE } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import type { TermParams } from "../rules/terms";
import type { Range, Statement } from "./statements";
import { Assembled, no, yes, num, Of, pick, isFull, perPoint, openStep } from "./assembled";
import { readTerms } from "./readTerms";

/** "完成得基本分", "全部完成任务的，得满分": the task done, that is 100% of it. */
export const COMPLETED = /^(?:全面|全部|足额)?完成(?:[^\d%未不没无,;。]{0,30}?(?:任务|目标|计划))?(?:的)?$/;

/**
 * "完成得基本分，未完成的，每差1%扣0.5分": the full points are for the task completed, so the slope runs from 100% of it; the
 * input is the completion rate. Only where the slope is said of not completing (or of nothing else) and nothing else
 * scores beside them.
 */
function completedTarget(statements: readonly Statement[], P: Decimal): Statement[] | undefined {
  const slopes = pick(statements, "slope");
  const done = pick(statements, "plain").filter((s) => isFull(s.result, P) && COMPLETED.test(s.cond));
  const slope = slopes[0];
  if (slopes.length !== 1 || done.length !== 1 || slope === undefined || slope.direction !== "down") return undefined;
  // “完成得基本分；小于目标值的，每少1%扣1分” with “考核目标90%” in the context: completed is the target reached.
  const target = /目标/.test(slope.cond) ? slope.contextTarget : undefined;
  if (target === undefined && !/^(?:未完成(?:任务|目标任务)?(?:的)?)?,?$/.test(slope.cond)) return undefined;
  if (statements.some((s) => s.kind !== "slope" && s.kind !== "floor" && s !== done[0])) return undefined;
  const at100: Of<"band"> = {
    kind: "band",
    range: { measure: "rate", min: { value: target ?? ONE, inclusive: true } },
    result: { kind: "full" },
    cond: target ? "达到目标值" : "完成率100%",
    exact: false,
  };
  return statements.map((s) => (s === done[0] ? at100 : s));
}

/**
 * "全部完成…任务的，得0.8分，任务完成90%以上、不到100%的，得0.6分，任务完成90%以下的，不得分": beside tiers of the
 * completion rate that stop short of 100%, the task completed is the tier from 100%. Only where no tier reaches 100%
 * and the completed task is the only condition without a number.
 */
export function completedBand(statements: readonly Statement[], P: Decimal): Statement[] | undefined {
  const bands = pick(statements, "band");
  // "符合要求（含协同单位），得满分" above tiers of "≥规定数的90%": every tier a share of the number required, so meeting
  // the requirement is 100% of it.
  // A bare lower tier (“＜60%，或未安排独立操作，不得分”: nothing arranged is none of it) is the same share.
  const bare = (cond: string) =>
    cond
      .replace(/,?或未安排[^,;。]*,?$/, "")
      .replace(/[\d.]+%|\([^)]*\)|以上|以下|不到|不低于|低于|达到|高于|超过|[≥≤><=\-,的]/g, "") === "";
  const share = (cond: string) => /规定数的?[\d.]+%/.test(cond);
  const ofRequired = bands.some((b) => share(b.cond)) && bands.every((b) => share(b.cond) || bare(b.cond));
  const met = (cond: string) =>
    COMPLETED.test(cond) || (ofRequired && /^[^\d%,;。未不没无]{0,16}?(?:符合|达到|达)要求(?:的)?$/.test(cond));
  const done = pick(statements, "plain").filter(
    (s) => met(s.cond.replace(/\([^)]*\)/g, "")) && (isFull(s.result, P) || s.result.kind === "award"),
  );
  const plains = pick(statements, "plain");
  if (done.length !== 1 || plains.length !== 1 || bands.some((b) => b.range.measure !== "rate")) return undefined;
  // the tiers are of the same task: said of completing it (任务完成90%以上, 完成率…), of nothing else (低于60%), or
  // shares of the number required
  const ofTask = (cond: string) =>
    ofRequired ||
    /完成/.test(cond) ||
    cond.replace(/[\d.]+%|\([^)]*\)|以上|以下|不到|不低于|低于|达到|高于|超过|[≥≤><=\-,的]/g, "") === "";
  if (!bands.every((b) => ofTask(b.cond))) return undefined;
  // every tier below 100% of the task: none reaches it or goes past it
  const below100 = bands.every(
    (b) =>
      b.range.max === undefined ||
      b.range.max.value.lessThan(ONE) ||
      (b.range.max.value.equals(ONE) && !b.range.max.inclusive),
  );
  if (!below100 || bands.some((b) => b.range.min?.value.greaterThanOrEqualTo(ONE) === true)) return undefined;
  const plain = done[0] as Of<"plain">;
  const at100: Of<"band"> = {
    kind: "band",
    range: { measure: "rate", min: { value: ONE, inclusive: true } },
    result: plain.result,
    cond: "完成率100%",
    exact: false,
  };
  return statements.map((s) => (s === plain ? at100 : s));
}

export function readSlopes(read: readonly Statement[], part: SchemePart, P: Decimal): Assembled {
  const statements = completedTarget(read, P) ?? read;
  const slopes = pick(statements, "slope");
  if (slopes.length > 1) return no("多处按百分点计分，计分方式不明确");
  const slope = slopes[0] as Of<"slope">;
  if (openStep(slope.step)) {
    return no(
      `“每${slope.direction === "down" ? "降低" : "增加"}${slope.step.times(HUNDRED).toString()}%”按整档计分，不足一档是否扣分文件未说明`,
    );
  }
  const per = perPoint(slope.per, slope.step);
  if (per === undefined) return no("按百分点加分的表述，计分方式不明确");
  const bands = pick(statements, "band");
  const others = statements.filter(
    (s) => s.kind === "count" || s.kind === "below" || s.kind === "plain" || s.kind === "separately",
  );
  if (bands.some((b) => b.range.measure !== "rate")) return no("按百分点计分的条款中出现非比率的数值，计分方式不明确");
  const full = bands.filter((b) => isFull(b.result, P));
  const zero = bands.filter((b) => b.result.kind === "zero");
  if (full.length + zero.length !== bands.length || full.length > 1 || zero.length > 1) {
    return no("按百分点扣分之外还有其他分档，计分方式不明确");
  }
  const fromSlope = (() => {
    const m = /(\d+(?:\.\d+)?)%/.exec(slope.cond);
    return m ? dec(m[1] as string).dividedBy(HUNDRED) : undefined;
  })();
  // “合格率低于95%,每多1%扣1分” (held-out set 89): the bound said one way, the step the other — which of them the
  // document meant, the words do not settle (the same for “超过5%,每降低1%…”).
  const boundSide = /(低于|不足|不到|未达到|达不到|少于|小于|不满)[\d.]+%|(超过|高于|大于|多于)[\d.]+%/.exec(
    slope.cond,
  );
  if (boundSide && (slope.direction === "up" ? boundSide[1] : boundSide[2]) !== undefined) {
    return no(`“${boundSide[0]}”与“每${slope.direction === "up" ? "增加" : "降低"}”方向相反，按哪一边计扣未说明`);
  }
  if (slope.direction === "down") {
    const target = full[0]?.range.min?.value ?? fromSlope ?? (full.length === 0 ? slope.contextTarget : undefined);
    // "=100%，得满分": full points exactly at 100%, nothing above it, so the slope starts there.
    const atHundred = (r: Range | undefined) =>
      r?.min?.value.equals(1) === true && r.min.inclusive && r.max?.value.equals(1) === true && r.max.inclusive;
    if (target === undefined || (full[0] && full[0].range.max && !atHundred(full[0].range)))
      return no("“每降低…”未说明从多少开始扣分");
    if (slope.deviation && !target.equals(1)) return no("“每偏离…”未说明高于目标时是否扣分");
    if (fromSlope && !fromSlope.equals(target)) return no("满分线与扣分起点不一致");
    const floor = zero[0]?.range;
    if (floor && (floor.min || !floor.max)) return no("不得分的界限方向不明确");
    if (others.length > 0 || part === "penalty") {
      if (floor) return no("不得分的界限与其他扣分项并存，计分方式不明确");
      if (!("points" in per)) return no("按权重比例扣分与其他扣分项并存，计分方式不明确");
      const label = cleanRateLabel(full[0]?.cond ?? slope.cond);
      if (twoRates(label)) return no(`“${label}”是两个比率共用一句，各自计扣还是合并计扣未说明`);
      return withShortfall(statements, part, P, { kind: "shortfall", label, target: num(target), per: per.points });
    }
    if (part !== "base" && part !== "bonus") return no("扣分项中的比率扣分，请人工设定规则");
    // "每降低1个百分点扣1分，最多扣5分": a cap the rule below would drop (formula.ts reads the plain shapes of it).
    if (pick(statements, "cap").some((c) => c.points.lessThan(P)))
      return no("按百分点扣分另有扣分上限，请人工设定规则");
    return yes({
      kind: "rateThreshold",
      target: num(target),
      per,
      ...(floor?.max ? { floor: num(floor.max.value), floorInclusive: floor.max.inclusive } : {}),
    });
  }
  // up: higher is worse; the limit is where full points end.
  const limit = full[0]?.range.max?.value ?? fromSlope;
  if (limit === undefined || (full[0] && full[0].range.min)) return no("“每超过…”未说明从多少开始扣分");
  if (fromSlope && !fromSlope.equals(limit)) return no("满分线与扣分起点不一致");
  if (zero.length > 0) return no("“每超过…”之外的不得分界限，计分方式不明确");
  if (!("points" in per)) return no("按权重比例逐点扣分（升高时）暂不支持，请人工设定规则");
  const label = cleanRateLabel(full[0]?.cond ?? slope.cond);
  if (twoRates(label)) return no(`“${label}”是两个比率共用一句，各自计扣还是合并计扣未说明`);
  return withShortfall(statements, part, P, { kind: "excess", label, limit: num(limit), per: per.points });
}

/**
 * Whether a rate's name joins two rates (建制率、达标率). A list closed by 等 names who acts (聘请律师、基层法律服务工作者等
 * 担任…的覆盖面), not two rates, unless a rate stands inside it.
 */
/** 及 inside a word (及时率, 及格率, 普及率, 涉及) joins nothing (round 16: “及时率达到100%…” was declined as two rates). */
export function withoutWordJi(text: string): string {
  return text.replace(/及(?=时|格)|(?<=[普涉波危])及/g, "");
}

function twoRates(text: string): boolean {
  const label = withoutWordJi(text);
  const examples = /[^、,]*(?:、[^、,]*)+等/.exec(label);
  if (examples && !/率|覆盖面/.test(examples[0])) return /、|和|及/.test(label.replace(examples[0], ""));
  return /、|和|及/.test(label);
}

function cleanRateLabel(cond: string): string {
  return (
    cond
      .replace(/\(?(?:不)?含[\d.]*%?\)?/g, "")
      .replace(
        /(?:≥|≤|>|<|=|不低于|不高于|不超过|控制在|达到|超过|低于|高于)?[\d.]+%(?:及以上|以上|及以下|以下|以内|之内)?/g,
        "",
      )
      .replace(/[,的在为:]+$/g, "")
      .replace(/^[,]+/, "") || "比率"
  );
}

/** A rate term (below a target, above a limit) beside whatever counted terms the clause also states. */
function withShortfall(statements: readonly Statement[], part: SchemePart, P: Decimal, term: TermParams): Assembled {
  const rest = readTerms(
    statements.filter((s) => s.kind !== "slope" && s.kind !== "band"),
    part,
    P,
  );
  if (!rest.ok && rest.reason !== "评分标准中没有可计算的计分表述") return rest;
  const restTerms = rest.ok && "terms" in rest.rule ? (rest.rule.terms as TermParams[]) : [];
  if (rest.ok && !("terms" in rest.rule)) return no("比率扣分与其他计分方式并存，计分方式不明确");
  const kind = part === "penalty" ? "penalty" : "perCaseDeduction";
  if (rest.ok && rest.rule.kind !== kind) return no("比率扣分与加分表述并存，计分方向不明确");
  if (part === "bonus") return no("加分项中的比率扣分，计分方向不明确");
  // Terms are keyed in the order the clause states them: the rate term goes after those stated before it.
  const at = statements.findIndex((s) => s.kind === "slope");
  const before = statements.slice(0, at).filter((s) => s.kind === "count" || s.kind === "below" || s.kind === "plain");
  let index = 0;
  if (before.length > 0) {
    const head = readTerms(before, part, P);
    if (!head.ok || !("terms" in head.rule)) return no("比率扣分前的计分表述未能单独读懂，各项的次序不明确");
    index = (head.rule.terms as TermParams[]).length;
  }
  const terms = [...restTerms];
  terms.splice(index, 0, term);
  return yes({ kind, terms } as RuleInput);
}

// --- bands -----------------------------------------------------------------------------------------------------------
