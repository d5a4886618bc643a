/**
 * A bracket after the award that restates how the award is lost (docs/recogniser.md, “How it reads”), and a 每少 whose
 * target is stated elsewhere. Each is rewritten (on normal text) into the wording statements.ts reads, or declined
 * with a reason; anything else is left as it was for the other readers.
 *
 * After “…,得P分” (P the 分值), a bracket closing the clause:
 *
 * - one deduction per item the award lists: “…等组织健全,得9分(有1个组织未健全扣1分)”, “报酬、办公场所落实,得4分(有1项
 *   未落实扣2分)”: a count term floored at 0, the input the items failing. The failing must name the award's words,
 *   and a 、-list in the award must cost exactly P (9 × 1, 2 × 2);
 * - the award's own negation taking everything: “有工作计划或方案,得2分(未制定不得分)” (否则不得分, or 未 and a bare
 *   verb of at most two characters), read as 否则不得分 where the award is one requirement;
 * - once-deductions, one for each requirement of the award: “资料台帐完善,填写规范,得3分(资料不齐全扣2分;填写不规范扣1分)”:
 *   each failing names exactly one requirement, no two failings share a word (they could overlap), and together they
 *   take exactly P;
 * - a count to reach and each one short deducted: “经常研究分析…,得4分(原则上每年不少于4次,每少1次扣1分)”: a `below` term
 *   (the input the count held), the target over the year only, and N × the amount at least P.
 *
 * A 每少 with its target elsewhere:
 *
 * - “每少1次会议扣1分” with the row's context “每年至少召开4次会议…”: the context's one number, a count over the year of
 *   what the clause names;
 * - “有1套桌椅板凳,1部(2分,每少1项扣1分)”: the items listed before the bracket, as many as P ÷ the amount;
 * - “完成…建设任务的得3分,每少完成1个扣1分”: no number to reach anywhere, so the count not completed (as 每缺1个).
 */
import { dec, Decimal } from "../decimal";
import { NUM } from "./statements";

export type AwardBracketRead = { text: string } | { reason: string };

const ORDINAL = /^(?:\(\d{1,2}\)|\d{1,2}[.、)](?!\d)|[一二三四五六七八九十]{1,3}、)/;
/** “…,得P分(…)” closing the clause. */
const AWARD_BRACKET = new RegExp(`^(.+?),?(?:得|计|记|给)(?:基础分|基本分)?(${NUM})分\\(([^()]+)\\)[,;。.]?$`);
const ITEM_UNITS = "个|项|类|种|处|份";
/** “有1个组织未健全扣1分”, “每有1项未落实扣2分”: one item failing and its deduction. */
const PER_ITEM = new RegExp(
  `^(?:每)?有?1(${ITEM_UNITS})([\\u4e00-\\u9fa5]{0,6}?)((?:未|不|没有)[\\u4e00-\\u9fa5]{1,6})(?:的)?,?(?:扣|减)(${NUM})分(?:,?扣完为止)?$`,
);
/** “未制定不得分”, “否则不得分”. */
const NEGATION_ZERO = /^(?:否则|(?:未|没有)([\u4e00-\u9fa5]{1,2})(?:的)?),?(?:不得分|不计分|不记分|得0分)$/;
/** One once-deduction: a failing (未/不/无/没有 …) and its amount. */
const ONCE = new RegExp(`^([^\\d,;每]*?(?:未|不|无|没有)[^\\d,;每]*?)(?:的)?,?(?:扣|减)(${NUM})分$`);
/** “原则上每年不少于4次,每少1次扣1分”. */
const TARGET = new RegExp(
  `^(?:原则上)?(每年|全年|年内|一年)?(?:至少|不少于|不得少于)(\\d+)(次|个|项|篇|期|场),?每?少1(次|个|项|篇|期|场)(?:扣|减)(${NUM})分(?:,?扣完为止)?$`,
);
/** A failing that says only that an item fails: 不合格, 不符合要求, 不达标. */
const GENERIC_FAILING = /^(?:不合格|不符合(?:要求)?|不达标|未达标)$/;
/** Words of manner a count measures (经常研究…, 原则上每年不少于4次): the number says how often. */
const MANNER = /经常|定期|不断|认真/g;
/** Two-character words too common to tie a failing to a requirement. */
const COMMON = /^(?:工作|管理|情况|要求|规定|按时|及时|相关|建立|开展|落实|未按|不按)$/;

function words(text: string): Set<string> {
  const chars = text.replace(/[^\u4e00-\u9fa5]/g, "");
  const found = new Set<string>();
  for (let i = 0; i + 2 <= chars.length; i += 1) {
    const w = chars.slice(i, i + 2);
    if (/^[不未无没的有得扣分]|[不未无没的]$/.test(w) || COMMON.test(w)) continue;
    found.add(w);
  }
  return found;
}

function shares(a: string, b: string): boolean {
  const theirs = words(b);
  return [...words(a)].some((w) => theirs.has(w));
}

/** The clause rewritten where an award is followed by a bracket restating how it is lost; `reason` to decline. */
export function awardBracket(normal: string, points: Decimal): AwardBracketRead {
  const m = AWARD_BRACKET.exec(normal);
  if (!m) return { text: normal };
  const [rawCond, award, inner] = [m[1], m[2], m[3]] as [string, string, string];
  const cond = rawCond.replace(ORDINAL, "").replace(/[,;]+$/, "");
  if (cond === "" || /[。;:]|\d分|扣|得(?:\d|分|满)|每|否则/.test(cond)) return { text: normal };
  const bracket = inner.replace(/[,;。]+$/, "");
  if (!dec(award).equals(points)) {
    return { reason: `“得${award}分”与本项分值${points.toString()}分不一致，括号中的扣分按什么计算条款未说明` };
  }
  const item = PER_ITEM.exec(bracket);
  if (item) return perItem(cond, item, points);
  const zero = NEGATION_ZERO.exec(bracket);
  if (zero) {
    // “未制定” with no object of its own is the award's negation only where the award is one requirement.
    if (zero[1] !== undefined && /[,、]|和|及|并|且|同时|有.*有/.test(cond)) {
      return { reason: `“${bracket}”未说明所指，奖励“${cond}”含多项要求，只做到部分时如何计分未说明` };
    }
    return { text: `${cond}的,得${award}分,否则不得分` };
  }
  const target = TARGET.exec(bracket);
  if (target) return belowTarget(cond, target, points);
  const short = SHORT_ONLY.exec(bracket);
  if (short) return belowTargetInAward(cond, short, points);
  const pieces = bracket.split(/[;,]/);
  if (pieces.length >= 2 && pieces.every((p) => ONCE.test(p))) return eachRequirement(cond, pieces, points);
  return { text: normal };
}

function perItem(cond: string, item: RegExpExecArray, points: Decimal): AwardBracketRead {
  const [unit, noun, failing, amount] = [item[1], item[2], item[3], item[4]] as [string, string, string, string];
  const per = dec(amount);
  if (per.isZero() || per.greaterThan(points)) {
    return { reason: `括号中的每${unit}扣${amount}分与本项分值${points.toString()}分不相称，计分方式不明确` };
  }
  if (/\d/.test(cond)) return { reason: `“${cond}”含数量要求，括号中的扣分按什么计数条款未说明，请人工设定规则` };
  // The failing must be the award's: “组织未健全” after “…等组织健全”.
  const verb = failing.replace(/^(?:未|不|没有)/, "");
  // “得2分(1项不合格扣0.5分)” (held-out set 20): a failing that names nothing but the failing is the award's items'.
  const generic = noun === "" && GENERIC_FAILING.test(failing);
  if (!generic && !shares(`${noun}${failing}`, cond) && !(verb.length >= 2 && cond.endsWith(verb))) {
    return { reason: `括号中的“${noun}${failing}”与奖励条件“${cond}”说的不是同一件事，计分方式不明确` };
  }
  // A 、-list in the award: each listed item costs its share, together exactly P.
  const list = /[\u4e00-\u9fa5()]+(?:、[\u4e00-\u9fa5()]+)+/.exec(cond);
  if (list) {
    const n = list[0].split("、").length;
    if (!per.times(n).equals(points)) {
      return {
        reason: `“${cond}”列了${n}项，括号中每${unit}扣${amount}分合计与本项分值${points.toString()}分不一致，计分方式不明确`,
      };
    }
  }
  // “报酬、办公场所落实 … 有1项未落实”: what the item is, where the bracket names only the verb.
  const named = noun === "" && cond.endsWith(verb) ? cond.slice(0, cond.length - verb.length) : noun;
  return { text: `${named}每有1${unit}${failing}扣${amount}分,扣完为止` };
}

function belowTarget(cond: string, target: RegExpExecArray, points: Decimal): AwardBracketRead {
  const [, , value, unit, shortUnit, amount] = target as unknown as [string, string, string, string, string, string];
  if (unit !== shortUnit) return { reason: `括号中的要求以“${unit}”计、扣分以“${shortUnit}”计，计分方式不明确` };
  if (/\d|每(?:个)?(?:半年|学期|季|月|周|旬|天|日)/.test(cond)) {
    return { reason: `“${cond}”另有数量或每期的要求，括号中的次数按什么计条款未说明，请人工设定规则` };
  }
  const per = dec(amount);
  if (per.isZero() || dec(value).times(per).lessThan(points)) {
    return {
      reason: `括号中少于${value}${unit}每少1${unit}扣${amount}分，一${unit}未做仍有得分，与本项得${points.toString()}分的表述不一致`,
    };
  }
  const named = cond.replace(MANNER, "").replace(/,/g, "");
  return { text: `${named}少于${value}${unit}的,每少1${unit}扣${amount}分` };
}

/** “(每少1次扣0.2分)” after an award whose condition states the count: “…集中培训不少于3次,得基础分0.5分”. */
const SHORT_ONLY = new RegExp(`^每?少1(次|个|项|篇|期|场)(?:扣|减)(${NUM})分(?:,?扣完为止)?$`);
const TARGET_IN_AWARD = /(?:至少|不少于|不得少于)(\d+)(次|个|项|篇|期|场)|(\d+)(次|个|项|篇|期|场)(?:及|或)?以上/;

function belowTargetInAward(cond: string, short: RegExpExecArray, points: Decimal): AwardBracketRead {
  const [, unit, amount] = short as unknown as [string, string, string];
  const target = TARGET_IN_AWARD.exec(cond);
  const numbers = cond.match(/\d+/g) ?? [];
  if (!target || numbers.length !== 1 || (target[2] ?? target[4]) !== unit) {
    return { reason: `奖励条件“${cond}”未写明一个以“${unit}”计的数量，括号中的“每少1${unit}”从多少算起未能确定` };
  }
  if (/每(?:个)?(?:半年|学期|季|月|周|旬|天|日)/.test(cond)) {
    return { reason: `“${cond}”是每期的频次要求，按哪一期计数未说明，请人工设定规则` };
  }
  const value = (target[1] ?? target[3]) as string;
  return belowTarget(
    `${cond.slice(0, target.index)}${cond.slice(target.index + target[0].length)}`,
    Object.assign(["", "", value, unit, unit, amount], { index: 0, input: "" }) as RegExpExecArray,
    points,
  );
}

/**
 * “无故拖延1天,每次扣2分”: a period of one (1天, 1周, 1个月) before 每次 — whether a delay of three days is one time or
 * three the text does not say. Declined wherever it stands.
 */
export function periodPerOccasion(normal: string): string | undefined {
  const m = /[\u4e00-\u9fa5]{0,6}1(?:个?工作日|天|日|周|个月|小时)(?:的)?,?每次(?:扣|减)/.exec(normal);
  return m ? `“${m[0]}…”：按时长计扣还是按次计扣，文件未说明，请人工设定规则` : undefined;
}

function eachRequirement(cond: string, pieces: string[], points: Decimal): AwardBracketRead {
  const requirements = cond.split(",").filter((r) => r !== "");
  const failings = pieces.map((p) => ONCE.exec(p) as RegExpExecArray);
  const total = failings.reduce((sum, f) => sum.plus(dec(f[2] as string)), dec(0));
  if (!total.equals(points)) {
    return { reason: `括号中各项扣分合计${total.toString()}分，与本项得${points.toString()}分不一致，计分方式不明确` };
  }
  // Each failing names exactly one requirement, and each requirement one failing.
  const matched = failings.map((f) => requirements.filter((r) => shares(f[1] as string, r)));
  const unique = new Set(matched.map((r) => r[0]));
  if (matched.some((r) => r.length !== 1) || unique.size !== requirements.length) {
    return { reason: `括号中的扣分项与奖励条件“${cond}”未能一一对应，只做到部分时如何计分未说明` };
  }
  for (let i = 0; i < failings.length; i += 1)
    for (let j = i + 1; j < failings.length; j += 1)
      if (shares(failings[i]?.[1] as string, failings[j]?.[1] as string)) {
        return { reason: `括号中的“${failings[i]?.[1]}”与“${failings[j]?.[1]}”可能同时发生，是否累加扣分未说明` };
      }
  return { text: pieces.join(";") };
}

/** “每少1次会议扣1分” with the row's context “每年至少召开4次会议…”. */
const SHORT_OF_CONTEXT = new RegExp(
  `^每少1(次|个|项|篇|期|场)([\\u4e00-\\u9fa5]{0,8}?)(?:扣|减)(${NUM})分(?:,?扣完为止)?[。.]?$`,
);

/** The clause rewritten as “X少于N次的,每少1次扣A分” against the context's one target, or as it was. */
export function targetInContext(normal: string, context: string | undefined, points: Decimal): string {
  const m = SHORT_OF_CONTEXT.exec(normal);
  if (!m || context === undefined) return normal;
  const [unit, noun, amount] = [m[1], m[2], m[3]] as [string, string, string];
  if (noun === "") return normal;
  const numbers = [...context.replace(/\d{4}年(?:度)?/g, "").matchAll(/\d+(?:\.\d+)?/g)];
  // “每月至少召开2次会议”: short per month or over the year is open.
  if (numbers.length !== 1 || /每(?:个)?(?:半年|学期|季|月|周|旬|天|日)/.test(context)) return normal;
  const target = new RegExp(
    `^(?:(?:每年|全年|年内|一年)[^,;。\\d]{0,4}?)?(?:至少|不少于|不得少于)([\\u4e00-\\u9fa5]{0,4}?)(\\d+)${unit}([\\u4e00-\\u9fa5]{0,10})`,
  ).exec(context.replace(/^[^,;。\d]*?(?=每年|全年|年内|一年|至少|不少于|不得少于)/, ""));
  if (!target) return normal;
  const [, verb, value, after] = target as unknown as [string, string, string, string];
  if (!after.startsWith(noun)) return normal;
  if (dec(value).times(dec(amount)).lessThan(points)) return normal;
  return `${verb}${noun}少于${value}${unit}的,每少1${unit}扣${amount}分`;
}

/** “有1套桌椅板凳,1部(2分,每少1项扣1分)”: the items before the bracket, each missing deducted. */
const LISTED_SHORT = new RegExp(
  `^(?:有|配备|配齐|配有)(.+?)\\((${NUM})分,每少1(项|样|件)(?:扣|减)(${NUM})分\\)[,;。.]?$`,
);

export function listedShort(normal: string, points: Decimal): AwardBracketRead {
  const m = LISTED_SHORT.exec(normal);
  if (!m) return { text: normal };
  const [list, stated, unit, amount] = [m[1], m[2], m[3], m[4]] as [string, string, string, string];
  // “有桌椅10套、电脑2台(…每少一项…)”: one item short, or one chair? A number in the list leaves it to the others.
  if (!dec(stated).equals(points) || /\d|扣|得|每|未|不|无|[。;:]/.test(list)) return { text: normal };
  const items = list.split(/[、,]|和|及/).filter((i) => i !== "");
  if (items.length < 2 || !dec(amount).times(items.length).equals(points)) {
    return {
      reason: `所列${items.length}项每少1${unit}扣${amount}分，与本项分值${points.toString()}分不一致，计分方式不明确`,
    };
  }
  return { text: `所列各${unit}每缺1${unit}扣${amount}分,扣完为止` };
}

/** “完成…任务的得3分,每少完成1个扣1分”: no number to reach anywhere, so the count not completed. */
const TASK_SHORT = new RegExp(
  `^(.*?完成[^\\d,;。]*?任务)(?:的)?,?(?:得|计)(${NUM})分,每少完成1(个|项|处)(?:扣|减)(${NUM})分(,?扣完为止)?[。.]?$`,
);

export function taskShort(normal: string, points: Decimal, context?: string): string {
  const sentences = normal.split("。").filter((s) => s !== "");
  const last = sentences[sentences.length - 1] ?? "";
  const m = TASK_SHORT.exec(last);
  const before = sentences.slice(0, -1).join("");
  if (!m || /\d|分|扣|得|每|否则/.test(before) || /\d/.test(m[1] as string)) return normal;
  const [task, award, unit, amount] = [m[1], m[2], m[3], m[4]] as [string, string, string, string];
  if (!dec(award).equals(points)) return normal;
  // The row's context stating the task's number (“完成5个示范村建设”): short of it, or the count held? Left as it was.
  if (context !== undefined && new RegExp(`\\d+${unit}`).test(context)) return normal;
  const named = task.replace(ORDINAL, "").replace(/^完成/, "");
  return `未完成的${named}每缺1${unit}扣${amount}分,扣完为止`;
}

/** “档案不全每差1例”: what an incomplete set is short of is the records missing, counted as 每缺1例. */
const SHORT_OF_SET = /(不全|不齐全?|不完整)(,?)每差1(例|份|卷|件|项)/;

/**
 * “无事故档案扣2分,档案不全每差1例扣0.2分” (2 points): each record missing counted, as 每缺; and the absence of the whole
 * set, where it takes all the points, is its 不得分 — whether it adds to the records missing does not matter, the floor
 * holds 0 either way (an absence of less than all the points is left as it was and declined beside the shortfall).
 */
export function incompleteSet(normal: string, points: Decimal): string {
  const m = SHORT_OF_SET.exec(normal);
  if (!m) return normal;
  const counted = normal.replace(SHORT_OF_SET, "$1$2每缺1$3");
  return counted
    .split(/(?<=[,;。])/)
    .map((piece) => {
      const absent = new RegExp(`^((?:无|没有)[^\\d,;。]{1,12}?)(?:的)?,?(?:扣|减)(${NUM})分([,;。]?)$`).exec(piece);
      return absent && dec(absent[2] as string).equals(points) ? `${absent[1]}不得分${absent[3]}` : piece;
    })
    .join("");
}

/** “4项内容全公开得3分,每缺1项扣1分”: N items all met for the points, each missing deducted. */
const ALL_ITEMS = new RegExp(
  `^(\\d+)(项|本|个|类|份)([^\\d,;。]{0,12}?)全([^\\d,;。]{0,8}?)(?:的)?,?(?:得|计|记)(${NUM})分,每缺(?:少)?1\\2(?:扣|减)(${NUM})分(,?扣完为止)?[。.;]?$`,
);

/**
 * “4项内容全公开得3分，每缺1项扣1分”, “4本预算全公开得5分，每缺1本扣1.25分” (held-out set 40): the award restates the 分值
 * for none missing, so the rule is the items missing, each deducted, floored at 0 — where the award is the 分值 and the
 * items at their amount take it all (4 × 1 ≥ 3); otherwise left as it was.
 */
export function allItemsEachMissing(normal: string, points: Decimal): string {
  const m = ALL_ITEMS.exec(normal);
  if (!m) return normal;
  const [count, unit, what, verb, award, amount] = [m[1], m[2], m[3], m[4], m[5], m[6]] as string[];
  if (
    !dec(award as string).equals(points) ||
    dec(count as string)
      .times(dec(amount as string))
      .lessThan(points)
  )
    return normal;
  return `${what}${verb}每缺1${unit}扣${amount}分,扣完为止`;
}
