/**
 * Whole-clause readers for rate wordings the statement reader does not take, each a fixed shape of pieces and nothing
 * else (docs/recogniser.md):
 *
 * - a score formula: "得分值=年度建设任务完成率(超过100%以100%计算)×20", "X分值=A/B×50,最高得50分", "…完成率达到100%,得
 *   10分,低于100%,得分=任务完成率×10分" → `rateProportional`, P × the rate ("成活率达95%,得10分,低于95%,得分=成活率×10
 *   分": full points from 95%, its `full`);
 * - the points times the completion rate: "完成年度目标任务的,满分;未完成的,按完成比例得分", or "按完成比例计算得分,满分为
 *   止" where the row's 指标解释 defines the rate (…完成率=…/…) → `rateProportional`;
 * - a slope from a full-score target: "完成100%的得20分,每减少1个百分点扣1分,扣完20分为止", "全面完成…得总分值,少一个百分点
 *   扣1分" → `rateThreshold`;
 * - a slope above a tier below the points: "达到80%得3分,每提高1个百分点加0.2分,最高5分;低于80%不得分" → `rateThreshold`
 *   from where the awards reach the points (90%), 0 below the tier: the same score at every rate;
 * - awards above a limit: "超过100%的部分,每提高1个百分点加0.5分,最高加3分" → an `excess` term that awards.
 *
 * Above 100%: a formula's P × r is capped at P whether or not the text says "超过100%以100%计算", because a leaf never
 * goes above its points (test/fixtures/clauses/README.md) and the capped reading is the only one that keeps it so.
 * A coefficient other than the leaf's points (×10 under 20分) is declined: which of the two the document meant is open.
 *
 * A reader claims a clause only when every piece fits its shape; otherwise the statement reader has it as before. A
 * clause with a score formula (得分=…×…) or "满分为止" that fits no shape is declined here: the statement reader would
 * take "满分为止" for "得满分" and draft all or nothing.
 */
import { Decimal, dec, HUNDRED, ONE } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import { openStep } from "./assembled";
import { NUM } from "./statements";

export type FormulaRead = { ok: true; rule: RuleInput } | { ok: false; reason: string };

const no = (reason: string): FormulaRead => ({ ok: false, reason });
const yes = (rule: RuleInput): FormulaRead => ({ ok: true, rule });

/** "(超过100%以100%计算)": the rate counts at most 100%. */
const CAP_NOTE = /\((?:超过|超出|大于|高于)100%(?:的)?(?:部分)?(?:以|按)100%(?:计算|计)\)/;
const CAP_PIECE = /^(?:超过|超出|大于|高于)100%(?:的)?(?:部分)?(?:以|按)100%(?:计算|计)$/;
/** "得分=…", "X分值=…", "得分值=…": a formula for the score (a rate's definition, "X率=…×100%", is not one). */
const SCORE_FORMULA = /^[^=]{0,40}?(?:得分值|得分|分值)=(.+)$/;
/** The names a formula multiplies: a rate ("任务完成率"), a share, or two quantities divided ("A/B"). */
/** "按完成率×10分计算", "以实际评定的好路率×120" (held-out set 23): the formula said as the way to score. */
const BY_FORMULA =
  /^按(.+[×*].+?)(?:计算得分|计算|计分|得分)$|^以(?:实际)?(?:评定|考核|核定)?的?(.+[×*].+?)(?:计算得分|计算|计分|得分)?$/;
const isFormula = (p: string): boolean => (SCORE_FORMULA.test(p) || BY_FORMULA.test(p)) && /[×*]/.test(p);
const RATE_NAME = /^[^\d%+\-=×*/,]{1,40}(?:率|比例|比重)$/;
const RATIO = /^\(?([^%+\-=×*/,]{1,40})\/([^%+\-=×*/,]{1,40})\)?$/;
/** The coefficient named, not a number: the leaf's 分值 (“×标准分值”, “×该项分值”, “×权重分”, “×满分”). */
const POINTS_WORD = /^(?:本项|该项|此项|该指标|本指标)?(?:分值|权重分值?|标准分值?|满分值?)$/;
const FULL_RESULT = `(?:得|计|给)?(?:(${NUM})分|满分|总分值|全分|标准分|基本分)`;
const TOP_TOTAL = new RegExp(`^(?:得分)?(?:最高|最多)(?:得|为|不超过|可得|至)?(${NUM})分$|^加满(${NUM})分为止$`);
const TOP_ADDED = new RegExp(
  `^(?:最高|最多|累计)(?:可)?加(?:分)?(?:不超过|至)?(${NUM})分$|^加分(?:上限为?|最多|最高)(?:不超过)?(${NUM})分$`,
);
/** "满分为止", "加至满分为止": read by the statement reader as 得满分 (statements.ts RESULT_FULL). */
const FULL_STOP = /^(?:加|得|计)?(?:至|到)?满分为止$/;
/** The score's stated top ("最高得50分", "加满5分为止"). */
function topOf(text: string): Decimal | undefined {
  const m = TOP_TOTAL.exec(text);
  return m ? dec((m[1] ?? m[2]) as string) : undefined;
}
/** "满分为止": the score stops at the leaf's points. Not "得满分". */
const TO_FULL = /^(?:加|得|计)?(?:至|到)?满分为止$|^(?:得分)?最高(?:得|为)?(?:满分|本项分值)$|^加满为止$/;
const FLOOR = new RegExp(
  `^(?:直至|直到)?(?:扣完(?:(${NUM})分|本项分值)?|扣满)(?:为止|即止)$|^(?:得分)?最低(?:为|得|计)?(?:0|零)分$|^不倒扣$`,
);
/** "最多扣5分", "扣分不超过5分", "扣满5分为止", "最低得5分": at most so much is taken. */
const DEDUCT_CAP = new RegExp(
  `^(?:此项|本项|该项|累计)?(?:最多|最高|至多)(?:可)?扣(?:除)?(${NUM})分$|^(?:累计)?扣分(?:最多|最高)?(?:不超过|以)(${NUM})分(?:为限)?$|^(?:累计)?扣满(${NUM})分为止$`,
);
const LEAST = new RegExp(`^(?:得分)?最低(?:得|为)(${NUM})分$`);
/** "完成率低于60%的不得分", "60%以下不得分": the floor of a rate rule (以下 includes the number, 低于 does not). */
function zeroFloor(text: string): { below: Decimal; inclusive: boolean } | undefined {
  const m = ZERO_BELOW.exec(text);
  if (m) return { below: pct(m[1] as string), inclusive: false };
  const n = ZERO_AT_OR_BELOW.exec(text);
  return n ? { below: pct(n[1] as string), inclusive: true } : undefined;
}

function pieces(normal: string): string[] {
  return normal
    .split(/[。;,]/)
    .map((p) => p.replace(/^(?:\(?\d+[)、.]|[一二三四五六七八九十]+、)/, "").replace(/[.。]+$/, ""))
    .filter((p) => p !== "");
}

function pct(n: string): Decimal {
  return dec(n).dividedBy(HUNDRED);
}

/** A decimal that a rule's number holds exactly (0.9, not 0.8333…). */
function exactNumber(d: Decimal): number | undefined {
  const n = d.toNumber();
  return Number.isFinite(n) && dec(n).equals(d) ? n : undefined;
}

/**
 * Reads the clause if it is one of the shapes above: a rule, or why a clause of that shape is declined. Undefined
 * where the clause is none of them (the statement reader has it).
 */
export function readFormula(normal: string, P: Decimal, part: SchemePart, context?: string): FormulaRead | undefined {
  if (part === "penalty") return undefined;
  const all = pieces(normal);
  if (all.length === 0) return undefined;
  const read = scoreFormula(all, P) ?? completionShare(all, P, context) ?? slopes(all, P, part);
  if (read) return read;
  if (all.some(isFormula)) {
    return no("评分公式未能完整读懂（只读“得分=比率×本项分值”及其封顶），请人工设定规则");
  }
  // "满分为止" alone: "加满为止" after a count is read elsewhere as the leaf's cap
  const toFull = all.find((p) => FULL_STOP.test(p));
  if (toFull) return no(`“${toFull}”是得分的上限，其前的计分方式未能读懂，请人工设定规则`);
  return undefined;
}

// --- score formulas ---------------------------------------------------------------------------------------------

/** Whether two rate names are of the same rate: the same last three characters ("工程完成率", "任务完成率"). */
function sameRate(a: string, b: string): boolean {
  const tail = (s: string) => s.replace(/[()]/g, "").slice(-3);
  return /率$/.test(a) && /率$/.test(b) && tail(a) === tail(b);
}

/** A formula's right side → the rate it multiplies and its coefficient, or why not. */
function formulaOf(expr: string, P: Decimal): { rate: string } | { reason: string } {
  const body = expr.replace(CAP_NOTE, "").replace(/(\d)分$/, "$1");
  if (/[+-]/.test(body)) return { reason: `公式“${expr}”由几项合成，请人工设定规则` };
  const m = /^(.+?)[×*](.+)$/.exec(body);
  if (!m) return { reason: `未能读懂公式“${expr}”` };
  let [operand, factor] = [m[1] as string, m[2] as string];
  if (/^\d/.test(operand) && !/^\d/.test(factor)) [operand, factor] = [factor, operand];
  const coefficient = POINTS_WORD.test(factor) ? P : new RegExp(`^${NUM}$`).test(factor) ? dec(factor) : undefined;
  if (coefficient === undefined) return { reason: `未能读懂公式“${expr}”中的系数` };
  if (!coefficient.equals(P)) {
    return { reason: `公式的系数${coefficient.toString()}与本项分值${P.toString()}分不一致，计分方式不明确` };
  }
  if (/%/.test(operand)) return { reason: `未能读懂公式“${expr}”` };
  if (!RATE_NAME.test(operand) && !RATIO.test(operand)) return { reason: `未能读懂公式“${expr}”中的比率` };
  return { rate: operand };
}

/**
 * "X分值=A/B×50,最高得50分", "得分值=建设质量合格率×20", "…完成率达到100%,得10分,低于100%,得分=任务完成率×10分":
 * P × the rate, at most P.
 */
function scoreFormula(all: readonly string[], P: Decimal): FormulaRead | undefined {
  const at = all.findIndex(isFormula);
  if (at < 0) return undefined;
  const written = all[at] as string;
  const formula = formulaOf(
    ((m) => m[1] ?? m[2])((SCORE_FORMULA.exec(written) ?? BY_FORMULA.exec(written)) as RegExpExecArray) as string,
    P,
  );
  if ("reason" in formula) return no(formula.reason);
  let floor: { below: Decimal; inclusive: boolean } | undefined;
  for (const p of all.slice(at + 1)) {
    const top = topOf(p);
    if (top && !top.equals(P)) return no(`“${p}”与本项分值${P.toString()}分不一致`);
    const zero = zeroFloor(p);
    if (zero && floor === undefined) floor = zero;
    else if (!top && !TO_FULL.test(p) && !CAP_PIECE.test(p) && !/^(?:得分)?最低(?:为|得)?(?:0|零)分$/.test(p)) {
      return no(`公式之后的“${p}”未能读懂，请人工设定规则`);
    }
  }
  const floored = floor ? { floor: floor.below.toNumber(), floorInclusive: floor.inclusive } : {};
  if (at === 0) return yes({ kind: "rateProportional", ...floored });
  // "重点(精品)工程完成率达到100%,得10分,低于100%,得分=任务完成率×10分": full points from the target, the formula below it.
  const before = all.slice(0, at).join(",");
  const m = new RegExp(
    `^(.*?)(?:达到|达|≥|不低于|为)(${NUM})%(?:及以上|以上)?(?:的)?,?${FULL_RESULT},(?:低于|未达到|不足|<)(${NUM})%(?:的)?$`,
  ).exec(before);
  if (!m) return no(`公式之前的“${before}”未能读懂，请人工设定规则`);
  const [, name, t, p, t2] = m as unknown as [string, string, string, string | undefined, string];
  if (p !== undefined && !dec(p).equals(P)) return no(`“得${p}分”与本项分值${P.toString()}分不一致`);
  if (!dec(t).equals(dec(t2))) return no("满分线与公式适用的界限不一致，计分方式不明确");
  if (!sameRate(name, formula.rate)) return no(`“${name}”与公式中的“${formula.rate}”是否同一比率未能确定`);
  if (dec(t).greaterThan(HUNDRED)) return no(`达到${t}%才得满分，低于${t}%的按比率计分可超过满分，计分方式不明确`);
  // "造林成活率达95%,得10分,低于95%,得分=造林成活率×10分": full points from 95%, 94% scores 9.4.
  if (floor && floor.below.greaterThanOrEqualTo(pct(t))) return no("不得分的界限不低于满分线，计分方式不明确");
  return yes({ kind: "rateProportional", ...(dec(t).equals(HUNDRED) ? {} : { full: pct(t).toNumber() }), ...floored });
}

// --- the points times the completion rate ---------------------------------------------------------------------

const PROPORTION =
  /^(?:(?:未|没有)完成(?:任务|目标任务|目标)?(?:的)?)?按(?:实际)?完成(?:比例|比率|率)(?:计算)?(?:得分|计分)$/;
/** "根据项目实际到位资金占计划的比重计算得分": the share of the plan, the plan its base. */
const SHARE_OF_PLAN =
  /^(?:根据|按)[^,;×*]{0,30}?占(?:计划|目标|任务|目标值|计划数|计划任务|目标任务)(?:数|值|金额)?的比(?:重|例)(?:计算)?(?:得分|计分)$/;
const TASK_DONE = new RegExp(
  `^(?:全面|全部|足额)?完成(?:年度|全年)?(?:目标|计划)?任务(?:的)?,?${FULL_RESULT}$|^完成(?:年度|全年)?(?:目标|计划)(?:的)?,?${FULL_RESULT}$`,
);
/** "一般公共预算支出实际完成率=本年…完成数*100%/…年初预算数": the 指标解释 defines the completion rate. */
const RATE_DEFINED = /[\u4e00-\u9fa5]{1,20}完成率=/;

/** "完成年度目标任务的,满分;未完成的,按完成比例得分"; "按完成比例计算得分,满分为止" with the rate defined beside it. */
function completionShare(all: readonly string[], P: Decimal, context?: string): FormulaRead | undefined {
  const share = all.findIndex((p) => SHARE_OF_PLAN.test(p));
  if (share >= 0) {
    // the only scoring piece; beside "完成…得基本分" the statement reader has it (statements.ts, PROPORTIONAL)
    const others = all.filter((p, i) => i !== share && !TO_FULL.test(p) && !CAP_PIECE.test(p) && !TOP_TOTAL.test(p));
    if (others.length > 0) return undefined;
    const top = all.map(topOf).find((t) => t !== undefined);
    if (top && !top.equals(P)) return no(`“最高${top.toString()}分”与本项分值不一致`);
    return yes({ kind: "rateProportional" });
  }
  const at = all.findIndex((p) => PROPORTION.test(p));
  if (at < 0) return undefined;
  const before = all.slice(0, at).filter((p) => !/^(?:未|没有)完成(?:任务|目标任务|目标)?(?:的)?$/.test(p));
  const after = all.slice(at + 1);
  const done = before.length > 0 ? TASK_DONE.exec(before.join(",")) : null;
  // Beside words no shape here reads, the statement reader would drop the proportion (“…按完成比例得分，完成率低于60%的
  // 不得分” drafted as two bands): declined.
  if (before.length > 0 && !done) return no(`“${before.join(",")}”与按完成比例计分并存，计分方式不明确`);
  const floors = after.map(zeroFloor).filter((f) => f !== undefined);
  const unread = after.find((p) => !TO_FULL.test(p) && !CAP_PIECE.test(p) && !TOP_TOTAL.test(p) && !zeroFloor(p));
  if (unread !== undefined || floors.length > 1) {
    return no(`“${unread ?? after.join(",")}”与按完成比例计分并存，计分方式不明确`);
  }
  const stated = done?.[1] ?? done?.[2];
  if (stated !== undefined && !dec(stated).equals(P)) return no(`“得${stated}分”与本项分值${P.toString()}分不一致`);
  const top = after.map(topOf).find((t) => t !== undefined);
  if (top && !top.equals(P)) return no(`“最高${top.toString()}分”与本项分值不一致`);
  if (!done && !(context !== undefined && RATE_DEFINED.test(context))) {
    return no("“按完成比例得分”未写完成量的目标数，无法计算比例");
  }
  const floor = floors[0];
  return yes({
    kind: "rateProportional",
    ...(floor ? { floor: floor.below.toNumber(), floorInclusive: floor.inclusive } : {}),
  });
}

// --- slopes from a target, above a tier, above a limit -----------------------------------------------------------

type Piece =
  | { kind: "full"; name: string; target: Decimal; points?: Decimal }
  /** `each`: said with 每; "少一个百分点扣1分" without it reads per point only beside "直至扣完为止". */
  | { kind: "down"; name: string; step: Decimal; per: Decimal; each: boolean }
  | { kind: "up"; step: Decimal; per: Decimal }
  /** `done`: said as 超额完成 (above 100% of the task), read in a bonus part only. */
  | { kind: "excess"; name: string; limit: Decimal; step: Decimal; per: Decimal; done?: true }
  | { kind: "floor"; points?: Decimal }
  /** At most `points` taken ("最多扣5分", "最低得5分" on 10). */
  | { kind: "deductCap"; points: Decimal }
  | { kind: "top"; total?: Decimal; added?: Decimal }
  | { kind: "zero"; below: Decimal; inclusive: boolean };

const FULL_AT = new RegExp(
  `^([^\\d%]*?)(?:完成|达到|达|在|为|=|≥|不低于)?(${NUM})%(?:\\(含\\))?(?:及以上|以上)?(?:的)?,?(?:得|计)(?:(${NUM})分|满分|总分值|全分|标准分|基本分)$`,
);
const BOUND_OTHERWISE = /(?:低于|小于|不足|少于|不到|未达到|不超过|不高于|超过|高于|大于|多于|控制在|以内|[<>≤])$/;
const DONE_ALL = /^(?:全面|全部)完成[^\d%,]{0,20}?(?:的)?,?(?:得|计)(?:满分|总分值|全分)$/;
const DOWN = new RegExp(
  `^([^\\d%]*?)(?:(每)(?:减少|降低|下降|少|低于|低|减|差|降)|(?:减少|降低|下降|少))(${NUM})%,?(?:扣|减)(?:除)?(${NUM})分$`,
);
const UP = new RegExp(`^每(?:提高|增加|上升|超过|高于|高|多|超)(${NUM})%,?(?:加|得|增加|奖励?)(${NUM})分$`);
const EXCESS = new RegExp(
  `^([^\\d%]*?)(?:超过|高于|超出|超额)(${NUM})%(?:的部分)?(?:的)?,?每(?:超过|提高|增加|高|超)(${NUM})%,?加(${NUM})分$`,
);
/** "超额完成的,每超过1个百分点加0.5分": above 100% of the task (a bonus part's). */
const EXCESS_DONE = new RegExp(
  `^超额完成(?:年度|全年)?(?:目标|计划)?(?:任务)?(?:的)?,?每(?:超过|超|提高|增加|多)(${NUM})%,?加(${NUM})分$`,
);
const ZERO_BELOW = new RegExp(`^[^\\d%]*?(?:低于|不足|未达到|<)(${NUM})%(?:的)?,?(?:不得分|得0分|不计分)$`);
const ZERO_AT_OR_BELOW = new RegExp(`^[^\\d%]*?(${NUM})%(?:及)?以下(?:的)?,?(?:不得分|得0分|不计分)$`);

function piece(text: string, P: Decimal): Piece | undefined {
  let m = DONE_ALL.exec(text);
  if (m) return { kind: "full", name: "", target: ONE };
  m = FULL_AT.exec(text);
  // "差错率不超过2%得满分", "超过80%得3分": a bound the other way, or one that leaves the number itself open.
  if (m && !BOUND_OTHERWISE.test(m[1] as string)) {
    const name = (m[1] as string).replace(/(?:完成|达到|达|在)$/, "");
    return { kind: "full", name, target: pct(m[2] as string), ...(m[3] ? { points: dec(m[3]) } : {}) };
  }
  m = DOWN.exec(text);
  if (m) {
    const [name, each, step, per] = [m[1] as string, m[2] !== undefined, m[3] as string, m[4] as string];
    return { kind: "down", name, step: pct(step), per: dec(per), each };
  }
  m = UP.exec(text);
  if (m) return { kind: "up", step: pct(m[1] as string), per: dec(m[2] as string) };
  m = EXCESS.exec(text);
  if (m) {
    return {
      kind: "excess",
      name: m[1] as string,
      limit: pct(m[2] as string),
      step: pct(m[3] as string),
      per: dec(m[4] as string),
    };
  }
  m = EXCESS_DONE.exec(text);
  if (m) {
    return {
      kind: "excess",
      name: "完成率",
      limit: ONE,
      step: pct(m[1] as string),
      per: dec(m[2] as string),
      done: true,
    };
  }
  m = FLOOR.exec(text);
  if (m) return { kind: "floor", ...(m[1] ? { points: dec(m[1]) } : {}) };
  m = DEDUCT_CAP.exec(text);
  if (m) return { kind: "deductCap", points: dec((m[1] ?? m[2] ?? m[3]) as string) };
  m = LEAST.exec(text);
  if (m && dec(m[1] as string).lessThan(P)) return { kind: "deductCap", points: P.minus(dec(m[1] as string)) };
  const total = topOf(text);
  if (total) return { kind: "top", total };
  m = TOP_ADDED.exec(text);
  if (m) return { kind: "top", added: dec((m[1] ?? m[2]) as string) };
  if (TO_FULL.test(text)) return { kind: "top", total: P };
  m = ZERO_BELOW.exec(text);
  if (m) return { kind: "zero", below: pct(m[1] as string), inclusive: false };
  m = ZERO_AT_OR_BELOW.exec(text);
  if (m) return { kind: "zero", below: pct(m[1] as string), inclusive: true };
  return undefined;
}

/** Every piece read, a piece that reads nothing joined to the next ("超过100%的" + "每提高1%加0.5分"). */
function readPieces(all: readonly string[], P: Decimal): Piece[] | undefined {
  const out: Piece[] = [];
  let pending = "";
  /** "重点新建和完善本村河道、路道和农田林网绿化,全面完成…": a heading before anything scores sets the scene. */
  let scene = "";
  for (const p of all) {
    const text = pending === "" ? p : `${pending},${p}`;
    let read = piece(text, P);
    if (!read && scene !== "" && pending === scene) {
      // the heading read nothing with the piece after it: the piece alone
      read = piece(p, P);
      if (read) scene = "";
    }
    if (read) {
      out.push(read);
      pending = "";
    } else {
      pending = text;
      if (out.length === 0 && pending === p && !/\d|%|分|扣|加|得|率|不|未|没/.test(p)) scene = p;
    }
  }
  return pending === "" ? out : undefined;
}

/** Points per percentage point from "每降低0.5%扣0.5分": 1; a step above one point is declined (a started step?). */
function perPoint(step: Decimal, per: Decimal): Decimal | string {
  if (openStep(step)) {
    return `“每${step.times(HUNDRED).toString()}个百分点”按整档计分，不足一档如何处理文件未说明`;
  }
  return per.dividedBy(step.times(HUNDRED));
}

function slopes(all: readonly string[], P: Decimal, part: SchemePart): FormulaRead | undefined {
  const read = readPieces(all, P);
  if (!read || read.length < 2) return undefined;
  const of = <K extends Piece["kind"]>(k: K) => read.filter((p): p is Extract<Piece, { kind: K }> => p.kind === k);
  if ((["full", "down", "up", "excess", "floor", "top", "zero", "deductCap"] as const).some((k) => of(k).length > 1)) {
    return undefined;
  }
  const [full, down, up, excess, floor, top, zero] = [
    of("full")[0],
    of("down")[0],
    of("up")[0],
    of("excess")[0],
    of("floor")[0],
    of("top")[0],
    of("zero")[0],
  ];
  const cap = of("deductCap")[0];
  if (cap && (excess || up)) return no("加分与扣分上限并存，计分方式不明确");
  if (floor?.points && !floor.points.equals(P)) {
    return no(`“扣完${floor.points.toString()}分为止”与本项分值${P.toString()}分不一致`);
  }
  if (excess) return excessAward(excess, { full, down, up, floor, top, zero }, P, part);
  if (!full) return undefined;
  const tier = full.points !== undefined && full.points.lessThan(P);
  if (full.points?.greaterThan(P)) return no(`“得${full.points.toString()}分”超过本项分值`);
  if (up) {
    if (!tier) return no("达到目标得满分之后的加分超出本项分值，计在何处文件未说明");
    return risingTier(full, up, { down, top, zero, floor }, P);
  }
  if (!down || tier || top) return undefined;
  // "完成100%的得20分,每减少1个百分点扣1分,扣完20分为止": full points from the target, a slope down from it.
  if (down.name !== "" && full.name !== "" && !sameRate(down.name, full.name) && !full.name.includes(down.name)) {
    return no(`“${down.name}”与“${full.name}”是否同一比率未能确定`);
  }
  if (!down.each && (!floor || !down.step.equals(dec("0.01")))) return undefined;
  const per = perPoint(down.step, down.per);
  if (typeof per === "string") return no(per);
  if (zero && zero.below.greaterThanOrEqualTo(full.target)) return no("不得分的界限不低于满分线，计分方式不明确");
  const perN = exactNumber(per);
  if (perN === undefined) return no("每个百分点的扣分不是有限小数，请人工设定规则");
  if (cap && cap.points.lessThan(P)) {
    // "完成率达到100%得10分，每降低1个百分点扣1分，最多扣5分": a shortfall term, capped; the leaf keeps the rest.
    if (zero) return no("扣分上限与不得分的界限并存，计分方式不明确");
    const label = (full.name || down.name).replace(/[,的在为]+$/, "") || "比率";
    return yes({
      kind: "perCaseDeduction",
      terms: [{ kind: "shortfall", label, target: full.target.toNumber(), per: perN, cap: cap.points.toNumber() }],
    });
  }
  return yes({
    kind: "rateThreshold",
    target: full.target.toNumber(),
    per: { points: perN },
    ...(zero ? { floor: zero.below.toNumber(), floorInclusive: zero.inclusive } : {}),
  });
}

/**
 * "达到80%得3分,每提高1个百分点加0.2分,最高5分;低于80%不得分": from the tier up to the points, 0 below it. The same
 * scores as `rateThreshold` from where the awards reach the points (80% + 2 ÷ 0.2 points = 90%), floored at 80%.
 */
function risingTier(
  tier: Extract<Piece, { kind: "full" }>,
  up: Extract<Piece, { kind: "up" }>,
  rest: { down?: Extract<Piece, { kind: "down" }>; top?: Extract<Piece, { kind: "top" }>; zero?: Piece; floor?: Piece },
  P: Decimal,
): FormulaRead {
  const at = tier.points as Decimal;
  const per = perPoint(up.step, up.per);
  if (typeof per === "string") return no(per);
  const { top, down, zero } = rest;
  if (top?.total && !top.total.equals(P)) return no(`“最高${top.total.toString()}分”与本项分值${P.toString()}分不一致`);
  if (top?.added && !at.plus(top.added).equals(P)) return no("起点分与最高加分之和不等于本项分值，计分方式不明确");
  const target = tier.target.plus(P.minus(at).dividedBy(per).dividedBy(HUNDRED));
  const targetN = exactNumber(target);
  const perN = exactNumber(per);
  if (targetN === undefined || perN === undefined) return no("加满本项分值的比率不是有限小数，请人工设定规则");
  if (zero?.kind === "zero") {
    if (!zero.below.equals(tier.target) || zero.inclusive) return no("不得分的界限与起点不一致，计分方式不明确");
    return yes({ kind: "rateThreshold", target: targetN, per: { points: perN }, floor: tier.target.toNumber() });
  }
  if (down) {
    const below = perPoint(down.step, down.per);
    if (typeof below === "string") return no(below);
    if (!below.equals(per)) return no("升降每个百分点的分值不同，现有规则不能表示，请人工设定");
    return yes({ kind: "rateThreshold", target: targetN, per: { points: perN } });
  }
  return no(`低于${tier.target.times(HUNDRED).toString()}%如何计分未说明`);
}

/** "超过100%的部分,每提高1个百分点加0.5分,最高加3分": an award per point above the limit, nothing at or below it. */
function excessAward(
  excess: Extract<Piece, { kind: "excess" }>,
  rest: { full?: Piece; down?: Piece; up?: Piece; floor?: Piece; top?: Extract<Piece, { kind: "top" }>; zero?: Piece },
  P: Decimal,
  part: SchemePart,
): FormulaRead {
  if (rest.full) return no("达到目标得分之后另有加分，加分是否超出本项分值文件未说明");
  if (rest.down || rest.up || rest.floor || rest.zero) return no("超额加分与其他计分表述并存，计分方式不明确");
  if (part !== "base" && part !== "bonus") return no("扣分项中出现加分表述");
  if (excess.done && part !== "bonus") return no("超额完成的加分超出完成任务所得，是否超出本项分值文件未说明");
  const per = perPoint(excess.step, excess.per);
  if (typeof per === "string") return no(per);
  const perN = exactNumber(per);
  if (perN === undefined) return no("每个百分点的加分不是有限小数，请人工设定规则");
  const cap = rest.top?.added ?? rest.top?.total;
  if (cap?.greaterThan(P)) return no(`最高加${cap.toString()}分超过本项分值${P.toString()}分`);
  const label = excess.name.replace(/[,的]+$/, "") || "比率";
  return yes({
    kind: "perCaseAward",
    terms: [
      {
        kind: "excess",
        label,
        limit: excess.limit.toNumber(),
        per: perN,
        ...(cap && cap.lessThan(P) ? { cap: cap.toNumber() } : {}),
      },
    ],
  });
}
