/**
 * Per-point rate steps whose starting point is stated in a way the statement reader does not read (issue 11 part 1,
 * round 13). Three shapes, each read whole and nothing else:
 *
 * - **A start, a step, a floor** (网格税收 打分规则, 计生 评估细则): the rate's full-points start stated with 得满分 / 满分
 *   / 不扣分 (“符合政策生育率95%(含95%)不扣分”, “零申报率低于或等于10%得满分”, “欠税压缩率达5%以上满分”), one step of at
 *   most one percentage point (“每下降1个百分点扣5分”, “每提高1个百分点扣2分”), and at most one 0-point bound on the
 *   side the step runs to (“低于96%为0分”, “15%或以上得零分”). A heading naming what is assessed (“针对…进行考核”,
 *   “满分P分” with P the 分值), words that define the rate (“以…为基底,计算欠税压缩率”) and an aside of what else the
 *   unit may do (“可进入先进单位评选”) are not terms. Down: `rateThreshold` from the start (its floor where the bound
 *   falls before the points run out); up: an `excess` term from the start, the bound no earlier than where the points run
 *   out. A start bounded on the wrong side (“95%以下不扣分，每低1%…”), an exact start other than 100% (down) or 0% (up),
 *   a coarser step, two rates named, a bound on the good side, other scoring: declined or left to the other readers.
 * - **A rate short of nothing stated** (“报表收集率每少一个百分点扣1分”): with no target in the clause or its context and
 *   no word that points to one (目标, 任务, 计划, 上年, 平均 …), every point short is short of 100%: `rateThreshold` from
 *   100%. The development set labels the one such clause so (tjdc-2.1); a clause that names an unstated target
 *   (“未完成年度目标任务的,每差1个百分点…”, h2-huanbao2018-1.1.1.3) stays declined.
 * - **A rise against last year** (“抢劫、抢夺案件总量与本地上年相比,每上升一个百分点扣2分”): the input is the change
 *   against last year in percent (a fall is negative and costs nothing): an `excess` term from 0. A fall deducted
 *   (每下降…扣) leaves the sign of the input open and is left to the other readers, which decline it.
 */
import { dec, Decimal, HUNDRED, ONE, ZERO } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import { openStep } from "./assembled";
import { readContext } from "./contextTargets";
import { normalise } from "./normalise";
import { withoutWordJi } from "./readSlopes";
import { NUM } from "./statementTypes";

export type RateStartRead = { ok: true; rule: RuleInput } | { ok: false; reason: string };

const no = (reason: string): RateStartRead => ({ ok: false, reason });

/** What the step runs towards: down (每下降: lower is worse) or up (每提高: higher is worse). */
type Direction = "down" | "up";

const DOWN_VERBS = /^(?:下降|降低|低|少|减少)$/;
const UP_VERBS = /^(?:提高|增加|上升|超过|高|增长)$/;

/** “申报率100%得满分”, “符合政策生育率95%(含95%)不扣分”, “欠税压缩率达5%以上满分”, “零申报率低于或等于10%得满分”. */
const START = new RegExp(
  `^([^\\d%]*?)(达到|达|不低于|大于或等于|高于或等于|大于等于|≥|不高于|不超过|低于或等于|小于或等于|小于等于|≤|在|为|=)?` +
    `(${NUM})%(\\(含(?:${NUM}%)?\\)|及以上|或以上|以上|及以下|或以下|以下|以内)?(?:的)?,?(得满分|满分|记满分|计满分|不扣分|得(${NUM})分)$`,
);
/** “申报率每下降1%扣5分”, “每增加1%扣2.5分”. */
const STEP = new RegExp(
  `^([^\\d%]*?)每(下降|降低|低|少|减少|提高|增加|上升|超过|高|增长)(${NUM})%,?(?:扣|减)(${NUM})分$`,
);
/** “申报率低于96%为0分”, “登记率95%或以下为0分”, “15%或以上得0分”, “高于80%得0分”. */
const FLOOR = new RegExp(
  `^([^\\d%]*?)(低于|小于|不足|高于|大于|超过|≤|≥|<|>)?(${NUM})%(及以下|或以下|以下|及以上|或以上|以上)?(?:的)?,?(?:为|得|记|计)?(?:0分|不得分|不计分)$`,
);
const DOWN_TO_ZERO = /^(?:扣完为止|扣完即止|直至扣完|扣完本项分值为止|扣分至基本分值扣完为止)$/;
/** “针对网格内纳税人申报情况进行考核”: what is assessed. */
const ASSESSED = /^(?:针对|对)[^\d%]{1,40}进行考核$/;
/** “以市局征管科决定的月份欠税金额为基底”, “计算欠税压缩率”: how the rate is made, no number or scoring word. */
const DEFINES = /^(?:以[^\d%,]{2,30}为(?:基底|基数|分母)|计算[^\d%,]{1,12}率)$/;
/** “可进入先进单位评选”: what else the unit may do; nothing scored. */
const ASIDE = /^可[^\d%扣得分加减每未不无没]{2,15}$/;

/** The rate's name as a piece states it: the comparison words dropped. */
const nameOf = (label: string): string =>
  label
    .replace(/^(?:且|并|其)/, "")
    .replace(/的$/, "")
    .replace(/控制$/, "");

const compatible = (a: string, b: string): boolean => a === "" || b === "" || a.endsWith(b) || b.endsWith(a);

const twoRates = (name: string): boolean => /、|和|及|与/.test(withoutWordJi(name));

/** The shape with a stated start; undefined where the clause is not that shape. */
function readStated(normal: string, P: Decimal, part: SchemePart): RateStartRead | undefined {
  const pieces = normal
    .replace(/[。;]+$/, "")
    .split(/[,;。]/)
    .filter((p) => p !== "");
  let start: RegExpExecArray | undefined;
  let step: RegExpExecArray | undefined;
  let floor: RegExpExecArray | undefined;
  let heading: Decimal | undefined;
  for (const piece of pieces) {
    const s = START.exec(piece);
    const t = STEP.exec(piece);
    const f = FLOOR.exec(piece);
    if (!start && !step && (ASSESSED.test(piece) || DEFINES.test(piece))) continue;
    if (!start && !step && /^满分\d/.test(piece)) {
      const m = new RegExp(`^满分(${NUM})分$`).exec(piece);
      if (!m || heading) return undefined;
      heading = dec(m[1] as string);
      continue;
    }
    if (s && !start && !step) start = s;
    else if (t && start && !step) step = t;
    else if (start && !step && ASIDE.test(piece)) continue;
    else if (f && step && !floor) floor = f;
    else if (step && DOWN_TO_ZERO.test(piece)) continue;
    else return undefined;
  }
  if (!start || !step) return undefined;
  if (heading && !heading.equals(P)) return no(`“满分${heading.toString()}分”与本项分值${P.toString()}分不一致`);
  if (part !== "base") return undefined;
  const [, startLabel = "", op = "", startNumber = "", modifier = "", , awarded] = start;
  const [, stepLabel = "", verb = "", stepSize = "", perStep = ""] = step;
  const name = nameOf(startLabel);
  const RATE_NAME = /(?:率|度|比例|比重)$/;
  if (name !== "" ? !RATE_NAME.test(name) : !RATE_NAME.test(nameOf(stepLabel))) return undefined;
  if (/每|扣|未|没|无|加/.test(name + stepLabel)) return undefined;
  if (awarded !== undefined && !dec(awarded).equals(P)) return undefined;
  if (!compatible(name, nameOf(stepLabel))) return no(`“${startLabel}”与“${stepLabel}”不是同一比率，计分方式不明确`);
  if (twoRates(name || stepLabel)) return no(`“${name || stepLabel}”是两个比率共用一句，各自计扣还是合并计扣未说明`);
  const direction: Direction | undefined = DOWN_VERBS.test(verb) ? "down" : UP_VERBS.test(verb) ? "up" : undefined;
  if (direction === undefined) return undefined;
  const stepRate = dec(stepSize).dividedBy(HUNDRED);
  if (openStep(stepRate)) {
    return no(`“每${verb}${stepSize}%”按整档计分，不足一档是否扣分文件未说明`);
  }
  const at = dec(startNumber).dividedBy(HUNDRED);
  // Which side of the start gets the full points: 以上/达到/(含) for a step down, 以下/不超过 for a step up.
  const upper = /以上|^\(含/.test(modifier) || /达|不低于|大于|高于或等于|≥/.test(op);
  const lower = /以下|以内/.test(modifier) || /不高于|不超过|低于或等于|小于|≤/.test(op);
  if (upper && lower) return no(`“${start[0]}”的界限方向不明确`);
  const side: Direction | undefined = upper ? "down" : lower ? "up" : undefined;
  if (side !== undefined && side !== direction)
    return no(`“${start[0]}”与“${step[0]}”的方向相反，从多少开始扣分不明确`);
  // “违法发生率0%得满分”, “申报率100%得满分”: an exact start is read only at the end of the scale.
  if (side === undefined && !(/^\(含/.test(modifier) || (direction === "down" ? at.equals(ONE) : at.isZero()))) {
    return no(`“${start[0]}”只说明了恰好${startNumber}%时得满分，高于或低于时如何计分未说明`);
  }
  const per = dec(perStep).dividedBy(stepRate.times(HUNDRED));
  // Where the points run out: the start less (or plus) P/per percentage points.
  const runsOut =
    direction === "down" ? at.minus(P.dividedBy(per).dividedBy(HUNDRED)) : at.plus(P.dividedBy(per).dividedBy(HUNDRED));
  let floorAt: { value: Decimal; inclusive: boolean } | undefined;
  if (floor) {
    const [, floorLabel = "", fop = "", fnum = "", fmod = ""] = floor;
    if (!compatible(name || nameOf(stepLabel), nameOf(floorLabel)))
      return no(`“${floor[0]}”说的是另一比率，计分方式不明确`);
    const below = /低于|小于|不足|≤|</.test(fop) || /以下/.test(fmod);
    const above = /高于|大于|超过|≥|>/.test(fop) || /以上/.test(fmod);
    if (below === above || (fop !== "" && fmod !== "")) return no(`“${floor[0]}”的界限方向不明确`);
    if ((direction === "down") !== below) return no(`“${floor[0]}”与扣分方向相反，计分方式不明确`);
    const inclusive = /以下|以上/.test(fmod) || /≤|≥/.test(fop);
    // “压缩率0%及以下为零分”: the rate can fall below 0, which no rate input takes (round 13's first run drafted it, and
    // the probe at -2% was refused).
    if (below && inclusive && dec(fnum).isZero()) {
      return no(`“${floor[0]}”说明比率可为负数，比率输入不能为负，请人工设定规则`);
    }
    floorAt = { value: dec(fnum).dividedBy(HUNDRED), inclusive };
    const beyond = direction === "down" ? floorAt.value.greaterThan(at) : floorAt.value.lessThan(at);
    if (beyond || floorAt.value.equals(at)) return no(`“${floor[0]}”与满分起点“${start[0]}”重叠，计分方式不明确`);
  }
  if (direction === "down") {
    const redundant = floorAt === undefined || floorAt.value.lessThanOrEqualTo(runsOut);
    return {
      ok: true,
      rule: {
        kind: "rateThreshold",
        target: at.toNumber(),
        per: { points: per.toNumber() },
        ...(floorAt && !redundant ? { floor: floorAt.value.toNumber(), floorInclusive: floorAt.inclusive } : {}),
      },
    };
  }
  // up: the excess term has no floor of its own, so the 0-point bound must lie where the points have run out.
  if (floorAt && floorAt.value.lessThan(runsOut)) {
    return no(`“${floor?.[0] ?? ""}”在扣完之前就不得分，按百分点扣分之外另有分档，请人工设定规则`);
  }
  if (at.isNegative()) return undefined;
  return {
    ok: true,
    rule: {
      kind: "perCaseDeduction",
      terms: [{ kind: "excess", label: name || nameOf(stepLabel), limit: at.toNumber(), per: per.toNumber() }],
    },
  };
}

/** “报表收集率每少1%扣1分”: a rate and its step, nothing stated to be short of. */
const BARE = new RegExp(
  `^(?:([^\\d%,;。]{2,40}),)?([^\\d%,;。每]{1,20}率)每(少|低|降低|下降|减少)(${NUM})%,?扣(${NUM})分(?:,(?:扣完为止|扣完即止|直至扣完))?[。;]?$`,
);
/** Words that point to a target the clause does not state (or a condition on the step). */
const TARGET_WORDS =
  /目标|任务|计划|指标|基数|平均|上年|去年|同期|年初|相比|较|比上|标准|规定|合格|达|低于|少于|不足|超过|完成|扣|得|分|加|满|每|否则|若|如|酌|视/;

function readBare(
  normal: string,
  P: Decimal,
  part: SchemePart,
  context: string | undefined,
): RateStartRead | undefined {
  const m = BARE.exec(normal);
  if (!m) return undefined;
  const [, before = "", label = "", verb = "", stepSize = "", perStep = ""] = m;
  if (TARGET_WORDS.test(before) || /的$/.test(before) || TARGET_WORDS.test(label)) return undefined;
  // a rate of change or a share has no 100% to fall short of (增长率, 市场占有率)
  if (/增长|增幅|增速|变化|同比|环比|下降|上升|占有|出生|利润|收益|负债|回报/.test(label)) return undefined;
  // a context may state the target (readContext): left to the readers that take it
  if (context !== undefined && /\d|目标|任务|计划|指标值|不低于|达到/.test(context)) return undefined;
  if (twoRates(label)) return no(`“${label}”是两个比率共用一句，各自计扣还是合并计扣未说明`);
  const stepRate = dec(stepSize).dividedBy(HUNDRED);
  if (openStep(stepRate)) {
    return no(`“每${verb}${stepSize}%”按整档计分，不足一档是否扣分文件未说明`);
  }
  const per = dec(perStep).dividedBy(stepRate.times(HUNDRED));
  if (part === "base") return { ok: true, rule: { kind: "rateThreshold", target: 1, per: { points: per.toNumber() } } };
  if (part === "penalty") {
    return {
      ok: true,
      rule: { kind: "penalty", terms: [{ kind: "shortfall", label, target: 1, per: per.toNumber() }] },
    };
  }
  return undefined;
}

/** “抢劫、抢夺案件总量与本地上年相比,每上升1%扣2分”. */
const AGAINST_LAST_YEAR = new RegExp(
  `^([^\\d%,;。]{2,30}?)(?:与(?:本地区?|本辖区|辖区|本单位|本县|本市|本区)?上一?年度?(?:同期)?相比|比上一?年度?(?:同期)?|较上一?年度?(?:同期)?),?` +
    `每(上升|增加|增长|提高)(${NUM})%,?扣(${NUM})分(?:,(?:扣完为止|扣完即止|直至扣完))?[。;]?$`,
);

function readAgainstLastYear(normal: string, part: SchemePart): RateStartRead | undefined {
  const m = AGAINST_LAST_YEAR.exec(normal);
  if (!m || (part !== "base" && part !== "penalty")) return undefined;
  const [, subject = "", verb = "", stepSize = "", perStep = ""] = m;
  if (/每|扣|得|分|加|未|没|无|目标|平均/.test(subject)) return undefined;
  // “X率、Y率与上年相比”: two measures; a total of listed kinds (抢劫、抢夺案件总量) is one.
  if (/、|和|及/.test(subject) && !/(?:总量|总数|合计)$/.test(subject)) {
    return no(`“${subject}”列出几项共用一个比较，各自计扣还是合并计扣未说明`);
  }
  const stepRate = dec(stepSize).dividedBy(HUNDRED);
  if (openStep(stepRate)) {
    return no(`“每${verb}${stepSize}%”按整档计分，不足一档是否扣分文件未说明`);
  }
  const per = dec(perStep).dividedBy(stepRate.times(HUNDRED));
  const term = {
    kind: "excess" as const,
    label: `${subject}较上年上升幅度`,
    limit: ZERO.toNumber(),
    per: per.toNumber(),
    signed: true,
  };
  return { ok: true, rule: { kind: part === "penalty" ? "penalty" : "perCaseDeduction", terms: [term] } };
}

/** “大于目标值的,每增加1%加1分,最高加2分”, “…,加分至基本分值为止”: an award per point above the row's target. */
const ABOVE_TARGET = new RegExp(
  `^(?:大于|高于|超过)目标值?(?:的)?,?每(?:增加|提高|超过|多)(${NUM})%,?加(${NUM})分,?(?:(?:最高|最多)加(?:至)?(${NUM})分|(加分至基本分值为止))[;。]?$`,
);

/**
 * A bonus part above the target the row's context states (readContext: one rate, said as the target or as the
 * indicator's “…率(N%)”): an `excess` term that awards from it. The cap must be stated and be the 分值 (最高加P分, or
 * 加分至基本分值为止 with the context's 基本分 the 分值); a step above one point, another part, no target: declined or
 * left to the other readers.
 */
function readAboveTarget(normal: string, P: Decimal, part: SchemePart, target: Decimal | undefined, context: string) {
  const m = ABOVE_TARGET.exec(normal);
  if (!m || part !== "bonus") return undefined;
  if (target === undefined) return no("“大于目标值的”未说明目标值，从多少开始加分不明确");
  const [, stepSize = "", perStep = "", top, toBase] = m;
  if (top !== undefined && !dec(top).equals(P))
    return no(`“最高加${top}分”与本项分值${P.toString()}分不一致，请人工设定规则`);
  if (toBase !== undefined) {
    const base = new RegExp(`基本分(?:值)?(?:为)?(${NUM})分`).exec(context);
    if (!base || !dec(base[1] as string).equals(P)) return no("“加分至基本分值为止”的基本分值未说明或与本项分值不一致");
  }
  const stepRate = dec(stepSize).dividedBy(HUNDRED);
  if (openStep(stepRate)) {
    return no(`“每增加${stepSize}%”按整档计分，不足一档是否加分文件未说明`);
  }
  const per = dec(perStep).dividedBy(stepRate.times(HUNDRED));
  const label = /([\u4e00-\u9fa5]{2,20}率)/.exec(context)?.[1] ?? "比率";
  return {
    ok: true as const,
    rule: {
      kind: "perCaseAward" as const,
      terms: [{ kind: "excess" as const, label, limit: target.toNumber(), per: per.toNumber() }],
    },
  };
}

/**
 * A rate scored per point from a start the statement reader does not read (the three shapes above): a rule, why not,
 * or undefined where the clause is none of them.
 */
export function readRateStart(
  normal: string,
  P: Decimal,
  part: SchemePart,
  context?: string,
): RateStartRead | undefined {
  const above =
    context !== undefined && ABOVE_TARGET.test(normal)
      ? readAboveTarget(normal, P, part, readContext(normalise(context)).rate, normalise(context))
      : undefined;
  return (
    above ?? readStated(normal, P, part) ?? readBare(normal, P, part, context) ?? readAgainstLastYear(normal, part)
  );
}

/**
 * “规范开展核对工作,得1分;民政救助类…退回率≤5%,得0.5分,每增加1%,扣0.1分,扣完为止;住房保障类…≤10%,得0.5分,每增加2%,…”
 * (changning 3.6.4): a first sentence of words and the 分值 (“…,得P分”) over two or more sentences that each award a
 * share of it and step it per rate point, the shares making up P, is the heading restating the 分值: dropped, so each
 * rate item is read on its own share (a coarse one left to the evaluator, partial.ts). Anything else is left as it is.
 */
export function rateItemsHeading(normal: string, P: Decimal): string {
  const sentences = normal.split(/(?<=[;。])/).filter((s) => s !== "");
  const head = new RegExp(`^([^\\d%,;。]{2,30}),得(${NUM})分[;。]$`).exec(sentences[0] ?? "");
  if (!head || !dec(head[2] as string).equals(P) || /每|扣|未|不|无|没|否则/.test(head[1] as string)) return normal;
  const items = sentences.slice(1);
  if (items.length < 2) return normal;
  let sum = ZERO;
  for (const item of items) {
    const award = new RegExp(`得(${NUM})分`).exec(item);
    if (!award || !new RegExp(`每(?:增加|提高|上升|超过|下降|降低|减少|低|少)${NUM}%`).test(item)) return normal;
    sum = sum.plus(dec(award[1] as string));
  }
  return sum.equals(P) ? items.join("") : normal;
}
