/**
 * A 每 before the result: “每发现1例扣0.5分” (a count), “每降低1个百分点扣0.2分” (a slope on a rate), “每少1次扣1分” (a
 * shortfall, read against a target where the clause or its context states one, else declined), and the 每 that only
 * states a frequency (每月, 每周: declined). Split from `readStatement` (statements.ts).
 */
import { dec } from "../decimal";
import { COUNT_UNITS, NUM, OPEN_LIST, unread } from "./statementTypes";
import type { ContextTargets, Read, Result } from "./statementTypes";
import { cleanLabel, rateOf } from "./results";
import { namedIn, rateSubjectIn } from "./contextTargets";
import { normalise, THING_WORDS } from "./normalise";

/** Measure words read only after 每少/每缺 (每少一样, 每少一部要求的调度电话): elsewhere 部 and 样 are left as they were. */
const MISSING_ONLY_UNITS = "样|部(?![门分署])";

/** 期 of a delay (逾期, 延期, 到期, 超期) is no unit: “每逾期1天” counts days (round 16; 每学期 is guard 55’s period). */
const UNITS_HERE = COUNT_UNITS.replace("|期|", "|(?<![逾延到过超])期|");
/**
 * Measure words read only right after the number (每缺1页, 每缺1本, 每发现1位员工, 空1栏; held-out sets 38, 40, 43, 55):
 * elsewhere they open other words (单位, 组织, 出台, 页码, 栏目, 张贴, 本项).
 */
const AFTER_NUMBER_UNITS = "(?<=\\d)(?:页|本|栏|位|张|组)";
/** Things counted right after 每 or a number (每床, 每笔, 每支队伍, 每发现1台), not where they close a word (出台, 平台). */
const THING_UNITS = `(?<=每|\\d)(?:${THING_WORDS})`;
const PER_CASE = new RegExp(
  `每([^\\d,;。%]{0,8}?)(${NUM})?(%|人次|户次|${UNITS_HERE}|${MISSING_ONLY_UNITS}|${AFTER_NUMBER_UNITS}|${THING_UNITS})`,
);

/**
 * "每少一项", "每少一样", "每少一部": units of things a unit has or lacks (制度, 登记册, 电话), so without a number to reach
 * the clerk counts those missing, as 每缺1项. 次, 人, 名, 天 are counted against a target, and are not read so; nor is
 * 条, a quota's unit as often (“报告的协管信息线索每少一条扣2分” against “一年不少于6条”, test/workbook/schemeDraft.test.ts)
 * as a thing lacking (“未制定年度计划的,每少1条”, h12-xyhz-4: left declined).
 */
const MISSING_ITEM_UNITS = /^(?:项|样|种|类|部|份|处)$/;

/** “…登记率为100%,” alone before a 每少1人 (the 分值 may be restated after it): the rate's name, the set being all of it. */
const ALL_OF_SET =
  /^([\u4e00-\u9fa5\d]{1,30}?率)(?:为|是|达|达到|要达到|应达到|须达到|必须达到)?100%[,，]?(?:该项分值为[\d.]+分)?$/;

/** 每降低, 每低于, 每低 (“每低1%”: the verb is 低 alone; 低保 and 低收入 are names). */
const DOWN = /降低|下降|减少|低于|^低$|少|缺|下滑/;

/**
 * "未完成的，每差1%扣0.5分": 差 short of the mark, below a rate's target; "每差1次" is short of a number the clause does
 * not state, declined as 每少1次 is.
 */
const SHORT_OF = /^差$/;

const UP = /超过|增加|提高|高于|上升|超出|多|^超$/;

const DELAY = /推迟|延迟|延期|晚|逾期|超期|迟报|滞后|延误/;

const PERIODS = new Set(["季度", "月", "个月", "年", "天", "日", "工作日", "个工作日"]);

/** “小于目标值的，每少1%…”: below the target the context states (its one rate target), whatever the rate is called. */
const BELOW_TARGET = /^(?:小于|低于|未达到|达不到|不足)(?:考核)?目标值?(?:的)?,?$/;
/**
 * “每低1个百分点扣1分,直至本项分值扣完” under “…的比例不低于80%” (held-out set 36): a step with no subject of its own runs
 * on the one rate its row's context states.
 */
const NO_SUBJECT = /^,?$/;

/** A piece that states a frequency required (每月按时报送工作情况, 每4个月至少登记1次…): no failing, no result in it. */
const REQUIRED_FREQUENCY =
  /^[^每]{0,12}每(?:\d+个?)?(?:月|季度?|周|半年|年)(?:至少|不少于|不得少于|按时|定期)?[^未不没少缺扣分得每]*$/;

/**
 * The text with each piece before the result's own piece blanked where it only states a frequency required: the 每 in
 * it is the requirement's, not a count. Same length, so positions in `text` still hold.
 */
function withoutRequiredFrequency(text: string, at: number): string {
  const pieces = text.slice(0, at).split(",");
  if (pieces.length < 2) return text;
  let out = "";
  pieces.forEach((piece, i) => {
    const last = i === pieces.length - 1;
    out += (!last && REQUIRED_FREQUENCY.test(piece) ? "　".repeat(piece.length) : piece) + (last ? "" : ",");
  });
  return out + text.slice(at);
}

/** The 每 matched before the result, and what the statement says around it. */
interface PerCase {
  text: string;
  per: RegExpExecArray;
  verb: string;
  step: string;
  unit: string;
  result: Result;
  /** where the result begins in `text` */
  at: number;
  context: ContextTargets | undefined;
}

/** A statement with a 每 before its result, read; undefined where no 每 stands before the result. */
export function readPerCase(
  text: string,
  found: { result: Result; at: number },
  context?: ContextTargets,
): Read | undefined {
  const { result } = found;
  const cond = text.slice(0, found.at);
  // "出租房屋每4个月至少登记1次巡查信息,…每发现1户扣0.3分": a frequency in a piece of its own that only sets the
  // requirement is words, not what is counted, where a per-case 每 follows it (without one, 每月…未开展的扣1分 stays
  // declined: per month or once is open).
  const past = PER_CASE.exec(withoutRequiredFrequency(text, found.at));
  const per = past && past.index < found.at ? past : PER_CASE.exec(text);
  if (!per || per.index >= found.at) return undefined;
  const verb = per[1] as string;
  const step = per[2] ?? "1";
  const unit = per[3] as string;
  if ((unit === "样" || unit === "部") && !/^(?:少|缺少?)$/.test(verb)) return unread(text);
  let direction: "down" | "up" | undefined =
    DOWN.test(verb) && !UP.test(verb) ? "down" : UP.test(verb) && !DOWN.test(verb) ? "up" : undefined;
  if (direction === undefined && unit === "%" && SHORT_OF.test(verb)) direction = "down";
  // "低于100%的，每偏离1%" / a plan-completion rate: nothing lies above 100%, so 偏离 is the shortfall.
  const deviation =
    direction === undefined &&
    verb === "偏离" &&
    (/低于100%的?,?$/.test(text.slice(0, per.index)) || context?.planRate);
  if (deviation) direction = "down";
  const each: PerCase = { text, per, verb, step, unit, result, at: found.at, context };
  if (unit === "%") return rateSlope(each, direction, Boolean(deviation));
  if (DOWN.test(verb) || SHORT_OF.test(verb)) return shortfall(each);
  // "在完成6条的任务后，每多报告一条奖励0.2分": counted above a target, not from zero; so is “重复信访件数每增加1件” (held-out
  // set 122): more than what, the clause does not say.
  // (“每增加一个新客户”, what is added named after the unit, is counted from none, as 每发现 is.)
  const changeOfCount =
    /增加|增长|上升|提高/.test(verb) && /^(?:的)?(?:[,;。]|$)/.test(text.slice(per.index + per[0].length, found.at));
  if ((/多/.test(verb) && !DELAY.test(verb)) || changeOfCount) {
    return { kind: "decline", reason: `“${per[0]}”从多少起算未能确定，请人工设定规则` };
  }
  // "每月未组织安全工作自查不得分": the frequency is the requirement failed; 不得分 cannot be per month, so a yes/no.
  if (
    PERIODS.has(unit) &&
    verb === "" &&
    per[2] === undefined &&
    result.kind === "zero" &&
    /^(?:未|没有|不)/.test(text.slice(per.index + per[0].length))
  ) {
    return { kind: "plain", result, cond: cleanLabel(cond), raw: cond };
  }
  // "每周组织一次排查…扣3分": 每周 (not a counted unit) begins a frequency, as 每月 does; so does 每学期 (read as 学 and
  // the unit 期: “家委会、伙委会每学期一次集中会议,少任一项扣3分”, “每班每学期家访不少于10人次”, round 16).
  if ((PERIODS.has(unit) || /^(?:周|旬|半年)/.test(verb) || (/学$/.test(verb) && unit === "期")) && !DELAY.test(verb)) {
    return { kind: "decline", reason: `“${per[0]}”是频次要求，未说明按什么计分，请人工设定规则` };
  }
  if (!dec(step).equals(1)) {
    return { kind: "decline", reason: `“${per[0]}”按每${step}${unit}计分，不足一档如何处理文件未说明` };
  }
  if (result.kind !== "deduct" && result.kind !== "award") return unread(text);
  // “其它每项不合格的各扣0.5分”: after 每项 the 各 says again that each item costs it
  // (a delay keeps its verb where it stood: “每延迟一天上报扣1分” counts days of 延迟上报, not of 上报)
  const delay = DELAY.test(verb) ? verb : "";
  const label = (
    cleanLabel(text.slice(0, per.index) + delay + text.slice(per.index + per[0].length, found.at)) || cleanLabel(verb)
  ).replace(/的?各$/, "");
  return {
    kind: "count",
    verb: result.kind === "deduct" ? "deduct" : "award",
    per: result.points,
    label,
    unit: unit === "个月" ? "月" : unit === "个工作日" ? "工作日" : unit,
  };
}

/** “每降低1个百分点扣0.2分”: a slope on a rate, its direction read from the verb. */
function rateSlope(each: PerCase, direction: "down" | "up" | undefined, deviation: boolean): Read {
  const { text, per, step, result, context } = each;
  if (direction === undefined) return { kind: "decline", reason: `“${per[0]}”未说明比率是升高还是降低` };
  if (result.kind === "full" || result.kind === "zero") return unread(text);
  const cond = text.slice(0, per.index);
  const contextTarget =
    direction === "down" &&
    context?.rate !== undefined &&
    ((/率/.test(cond) && rateSubjectIn(cond, context.text)) || BELOW_TARGET.test(cond) || NO_SUBJECT.test(cond))
      ? context.rate
      : undefined;
  return {
    kind: "slope",
    direction,
    step: rateOf(step),
    per: result,
    cond,
    ...(contextTarget ? { contextTarget } : {}),
    ...(deviation ? { deviation: true as const } : {}),
  };
}

/**
 * Whether the row's context names the items a bare “每少1项” counts: a closed list, enumerated ((1)…(2)…) or written
 * out in one bracket (“(首问首接责任制、一次性告知制、限时办结制)”); contextItems.ts then counts them where it can.
 */
function itemsListed(context: string): boolean {
  if (context === "" || OPEN_LIST.test(context)) return false;
  const normal = normalise(context);
  if (/\(1\)[^]*\(2\)/.test(normal)) return true;
  const brackets = [...normal.matchAll(/\(([^()]*)\)/g)].filter((m) => /、/.test(m[1] as string));
  return brackets.length === 1;
}

/** “每少1次扣0.5分”: short of a number — read against a target the clause or its context states, else declined. */
function shortfall(each: PerCase): Read {
  const { text, per, verb, step, unit, result, at, context } = each;
  // "每少1次扣0.5分" with "一年不少于8次" in the row's 工作要求: the count held against that target.
  const target = context?.count;
  // a leading ordinal ("1、按照队伍组成…") is not a number the clause counts
  const subject = text.slice(0, per.index).replace(/^\(?\d+[)、.]/, "");
  if (
    target !== undefined &&
    // “调度会每少召开一次扣0.1分” (held-out set 18): the act named after 少, as the context's target names it
    /^(?:少|缺)(?:召开|开展|组织|举办|进行|报送|上报)?$/.test(verb) &&
    step === "1" &&
    result.kind === "deduct" &&
    (target.unit === unit || target.unit === `${unit}次`) &&
    !/\d/.test(subject) &&
    namedIn(subject, context?.text ?? "")
  ) {
    return { kind: "below", target: target.value, per: result.points, label: cleanLabel(subject), unit };
  }
  // "每低于目标值1天,扣0.2分" with "考核目标：340天" in the row's context: the clause names the target, the context
  // states it once, in the same unit.
  const named = /^(?:低于|少于)目标值?$/.test(verb) && step === "1" && result.kind === "deduct" && context;
  if (named) {
    const stated = [...context.text.matchAll(new RegExp(`目标值?[:：为是](${NUM})(${COUNT_UNITS})`, "g"))];
    if (stated.length === 1 && stated[0]?.[2] === unit) {
      const label =
        cleanLabel(text.slice(0, per.index)) ||
        cleanLabel((context.text.split(/[;；]/)[0] ?? "").split(/[:：]/).pop() ?? "") ||
        "完成数";
      return { kind: "below", target: dec(stated[0][1] as string), per: result.points, label, unit };
    }
  }
  // "无故不参加统一组织的…活动每少1人/次扣1分": those who did not attend, counted per person-time (the failing is named,
  // so what is short is the absences, not a number to reach).
  if (
    verb === "少" &&
    step === "1" &&
    (unit === "人次" || (unit === "人" && /^\/次/.test(text.slice(per.index + per[0].length)))) &&
    /(?:不|未|没有)(?:参加|参与|出席|到会|到场)|缺席/.test(subject) &&
    result.kind === "deduct" &&
    !/\d/.test(subject)
  ) {
    return {
      kind: "count",
      verb: "deduct",
      per: result.points,
      label: `${cleanLabel(subject)}（人次）`,
      unit: "人次",
    };
  }
  // "适龄男性公民登记率为100%,每少一人扣0.1分", "应保尽保率达到100%,每少保障1户扣0.5分": the target is every person or
  // household of the set, so what is short is the number left out — counted, with no total to know (held-out set 13
  // labels h13-zbkh-2.2.2 so). Only a rate of 100% alone before the step (and the 分值 restated), in persons or households.
  const whole = ALL_OF_SET.exec(subject);
  if (
    whole &&
    /^少[\u4e00-\u9fa5]{0,2}$/.test(verb) &&
    step === "1" &&
    /^(?:人|户|名)$/.test(unit) &&
    result.kind === "deduct"
  ) {
    return {
      kind: "count",
      verb: "deduct",
      per: result.points,
      label: `${whole[1] as string}未达100%（缺少的${unit}数）`,
      unit,
    };
  }
  // "未开展…工作的，每缺1项扣3分" with no number to reach anywhere: what the clerk counts is what is missing.
  const sameUnitTarget = target !== undefined && (target.unit === unit || target.unit === `${unit}次`);
  if (
    (/^缺少?$/.test(verb) ||
      (verb === "少" &&
        MISSING_ITEM_UNITS.test(unit) &&
        // the items named before 每 or after the unit: a bare “每少1项扣1分” names nothing to count, unless the row's
        // context lists them (“建立…制度(首问首接责任制、一次性告知制、…)”, held-out set 21)
        (cleanLabel(subject) !== "" ||
          cleanLabel(text.slice(per.index + per[0].length, at)) !== "" ||
          itemsListed(context?.text ?? "")))) &&
    step === "1" &&
    !PERIODS.has(unit) &&
    unit !== "次" &&
    result.kind === "deduct" &&
    !/\d/.test(subject) &&
    !sameUnitTarget
  ) {
    const label = cleanLabel(subject) || "缺项";
    return { kind: "count", verb: "deduct", per: result.points, label: `${label}（缺少的${unit}数）`, unit };
  }
  return { kind: "decline", reason: `“${per[0]}”未说明应达到的数量，少多少无从计算` };
}
