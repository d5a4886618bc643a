/**
 * One clause, normalised, read into statements: each piece of text that scores something ("每发现1例…扣0.5分",
 * "达到95%以上,得满分", "低于75%不得分", "否则不得分", "扣完为止") becomes one typed statement. Pieces that only set the
 * scene ("规范开展审核确认工作") are context; a piece that scores in a way no reader knows, or that asks for judgement,
 * is a decline with its reason. Nothing here decides the rule: `assemble.ts` does, from all the statements together.
 */
import { levelLabels } from "./levelList";
import { dec } from "../decimal";
import { sharedFailing, subjectOf } from "./listedEach";
import { numericCondition, ratioRange } from "./numeric";
import { anyOne, listedFailings, withoutLimits } from "./windows";
import { NUM, COUNT_UNITS } from "./statementTypes";
import type { Result, Decline, Read, Of, ContextTargets } from "./statementTypes";
import { judgement } from "./judgements";
import { findResult, rateOf, cleanLabel } from "./results";
import { readRange } from "./ranges";
import { rateSubjectIn, namedIn, shortfallAgainstContext } from "./contextTargets";

export { NUM, COUNT_UNITS } from "./statementTypes";
export type { Bound, ContextTargets, Decline, Measure, Range, Read, Result, Statement } from "./statementTypes";
export { clauseJudgement, judgement } from "./judgements";
export { cleanLabel } from "./results";
export { readRange } from "./ranges";
export { readContext } from "./contextTargets";

/** "未完成的按实际完成率乘以标准分计分": the points times the rate of the task completed. */
const PROPORTIONAL =
  /^(?:(?:未|没有)完成(?:任务|目标值?)?(?:的)?,?)?按(?:(?:实际)?完成率(?:乘以|×|\*)(?:标准分|基本分|本项分值|分值)|实际完成值占目标值的比(?:重|例))(?:计分|计算得分|计算)$/;

/** Dates and deadlines (7月底前, 每月15日前): they bound nothing a clerk counts. */
export const DATE = /\d+月(?:底|末|初)?(?:\d+日)?(?:前|之前|以前)|(?:每月)?\d+日(?:前|之前|以前)/g;

/** Measure words read only after 每少/每缺 (每少一样, 每少一部要求的调度电话): elsewhere 部 and 样 are left as they were. */
const MISSING_ONLY_UNITS = "样|部(?![门分署])";

/** 每 before the unit assessed and what it must have or do (每村有, 每个社区都要): a requirement of each, not a count. */
const EACH_UNIT_ASSESSED =
  /每(?:个|一个)?(?:村|乡|镇|乡镇|街道|社区|居委会|村委会|单位|县|区|市|部门|学校|机构)(?:都|均|要|应|须|必须|至少)*(?:有|建|设|配|开展|落实|制定)/;

const PER_CASE = new RegExp(`每([^\\d,;。%]{0,8}?)(${NUM})?(%|人次|户次|${COUNT_UNITS}|${MISSING_ONLY_UNITS})`);

/**
 * "每少一项", "每少一样", "每少一部": units of things a unit has or lacks (制度, 登记册, 电话), so without a number to reach
 * the clerk counts those missing, as 每缺1项. 次, 人, 名, 天 are counted against a target, and are not read so.
 */
const MISSING_ITEM_UNITS = /^(?:项|样|种|类|部|份|处)$/;

/** "每半年对乡镇至少开展1次考评", "每季度不少于2次": a frequency per period below the year. */
const PER_PERIOD_FREQUENCY = /每(?:半年|季度?|月|周|旬)[^,;。]{0,12}?(?:至少|不少于|不得少于)(?:开展|召开|组织)?\d+次/;

/** 每降低, 每低于, 每低 (“每低1%”: the verb is 低 alone; 低保 and 低收入 are names). */
const DOWN = /降低|下降|减少|低于|^低$|少|缺|下滑/;

/**
 * "未完成的，每差1%扣0.5分": 差 short of the mark, below a rate's target; "每差1次" is short of a number the clause does
 * not state, declined as 每少1次 is.
 */
const SHORT_OF = /^差$/;

const UP = /超过|增加|提高|高于|上升|超出|多/;

/** 没 for 每 (没少一种, 没缺少一种, 没次扣, 没人扣): a homophone typo that leaves the count open. */
const MEI_TYPO = /没(?:(?:少|缺少?)(?:1|一)|(?:次|人|项|种|户|处|份|个|件)(?:扣|减))/;

/**
 * "缺少一项扣0.3分", "无记录一次扣0.5分", "一项未使用计算机处理扣0.2分", "井下一处不能正常运行扣0.3分": one occurrence
 * and its deduction, so each occurrence costs it (as "1例扣2分"). The one stands at the end of the condition, or near
 * its start with nothing counted after it; never beside harm (造成1人死亡: a threshold, not a unit of count), never
 * 一次性 (once) or 1个月 (per month or once, the text does not say).
 */
const ONE_AT_END = /1(?:人次|次|例|起|宗|件|个|户|项|处|种|份|篇)(?:未[^\d,;]{1,4}?)?(?:的)?,?$/;

const ONE_AT_START = /^[\u4e00-\u9fa5]{0,8}?有?1(?:人次|次|例|起|宗|件|个|户|项|处|种|份|篇)(?!性|月)[^\d]*$/;

/**
 * "标识牌、登记本少1种扣1分", "缺1种扣1分": a kind missing, said without 每, is declined as "缺少一类档案" is (per kind or
 * once, the text does not say); "有一种规定的用电设备不能正常工作" is an occurrence and is still read per 种.
 */
const MISSING_KIND = /(?:缺|(?<!至)少|漏)(?:少|失)?1种/;

/** "扣15分/批次": the result written per unit. */
const PER_UNIT = /^(?:扣|减|加|得|计)(?:除)?\d+(?:\.\d+)?分\/(人次|户次|批次|次|起|例|人|户|件|个|项|处|篇|条)$/;

const HARM = /造成|导致|死亡|伤亡|受伤|重伤|事故/;

/**
 * Deductions bounded by the item's own points, said other ways: "扣至本项分值为止", "扣分至基本分值扣完为止", "扣完本项分值
 * 为止", "扣分以扣完本项分值为止" (基本分值 is the item's points, as in “完成得基本分”). "扣至基本分为止" alone is not read:
 * where a document keeps a 基本分 below full points it may be where deductions stop.
 */
const FLOOR =
  /^(?:此项|该项|本项)?(?:扣分|扣)(?:以扣)?(?:至|到|完)(?:(?:本项|该项|此项|本指标|该指标)(?:的)?(?:基本分值|基本分|分值)(?:扣完)?|(?:基本分值|基本分|分值)扣完|(?:本项|该项|此项)?(?:0分|零分))为止$/;

/** "加分至基本分值为止", "加至本项分值为止": awards bounded by the item's own points. */
const AWARD_TO_POINTS =
  /^(?:此项|该项|本项)?(?:加分|加)(?:至|到)(?:本项|该项|此项)?(?:的)?(?:基本分值|基本分|分值|满分)为止$/;

const DELAY = /推迟|延迟|晚|逾期|超期|迟报|滞后|延误/;

const PERIODS = new Set(["季度", "月", "个月", "年", "天", "日", "工作日", "个工作日"]);

/** “小于目标值的，每少1%…”: below the target the context states (its one rate target), whatever the rate is called. */
const BELOW_TARGET = /^(?:小于|低于|未达到|达不到|不足)(?:考核)?目标值?(?:的)?,?$/;

function unread(text: string): Decline {
  return { kind: "decline", reason: `未能读懂“${text}”，请人工设定规则` };
}

/** Reads one statement: the text of the pieces up to and including one result or closing phrase. */
export function readStatement(text: string, context?: ContextTargets): Read | undefined {
  const judged = judgement(text);
  if (judged !== undefined) return { kind: "decline", reason: judged };
  if (/一票否决/.test(text)) return { kind: "veto", cond: text };
  // "未完成的按实际完成率乘以标准分计分": the points times the completion rate (assemble.ts reads it beside 完成得标准分).
  if (PROPORTIONAL.test(text)) return { kind: "proportional" };
  // "没少一种管理制度扣0.5分", "没人扣0.5分": 没 written for its homophone 每; per what, or once, is then unknown.
  const typo = MEI_TYPO.exec(text);
  if (typo) {
    return {
      kind: "decline",
      reason: `“${typo[0]}”中的“没”疑为“每”的笔误：按每项计扣还是只扣一次无从确定，请人工设定规则`,
    };
  }
  // "不得分，并追加扣除20分", "倒扣": points taken beyond the leaf's own; where they count the document does not say.
  // "扣完为止，不倒扣": no points below 0, the floor.
  if (/^(?:扣完为止)?不(?:得|再|予)?倒扣(?:分)?$/.test(text)) return { kind: "floor" };
  if (/追加|另扣|加扣/.test(text) || (/倒扣/.test(text) && !/不(?:得|再|予)?倒扣/.test(text))) {
    return { kind: "decline", reason: `“${text}”扣分超出本项，计入何处文件未说明，请人工设定规则` };
  }
  if (/^(?:否则|未达到的|达不到的|未达到|达不到)(?:不得分|不计分|得0分|计0分)$/.test(text))
    return { kind: "otherwiseZero" };
  if (
    /^(?:此项|该项|本项)?(?:分值|分数|分)?扣完(?:为止|即止)$|^扣至0分为止$|^(?:得分)?最低(?:为|得|计)?0分$|^(?:此项|该项|本项)?扣满为止$|^直(?:至|到)扣完(?:为止)?$/.test(
      text,
    ) ||
    FLOOR.test(text)
  )
    return { kind: "floor" };
  // "本项3分扣完为止", "总分4分,扣完为止": the floor, where 3 is the item's points (assemble.ts checks).
  const numbered = new RegExp(`^(?:此项|该项|本项)?(?:总分)?(${NUM})分,?(?:扣完为止|扣完即止)$`).exec(text);
  if (numbered) return { kind: "floor", points: dec(numbered[1] as string) };
  // "扣满4分为止": at most 4 taken (the leaf's own points bind first where 4 is all of them).
  const fullUp = new RegExp(`^(?:累计|本项|该项|此项)?扣满(${NUM})分为止$`).exec(text);
  if (fullUp) return { kind: "cap", verb: "deduct", points: dec(fullUp[1] as string) };
  // "加分至基本分值为止": awards up to the item's points (assemble.ts: only a bonus part's own points bind them).
  if (AWARD_TO_POINTS.test(text)) return { kind: "awardToPoints" };
  const capDeduct = new RegExp(
    `^(?:累计|本项|该项|此项)?(?:最多|最高|至多)(?:可以|只能|可|只|能)?扣(?:除)?(?:至)?(${NUM})分$|^(?:累计)?扣分(?:最多|最高)?(?:不超过|以|上限为?)(${NUM})分(?:为限)?$`,
  ).exec(text);
  if (capDeduct) return { kind: "cap", verb: "deduct", points: dec((capDeduct[1] ?? capDeduct[2]) as string) };
  const capAward = new RegExp(
    `^(?:累计|本项|该项|此项|总分|加分)?(?:最高|最多|上限为?|封顶|不超过|最高不超过|累计不超过|最多不超过|不得超过|累计最高不超过|以)(?:可以|只能|可|只|能)?(?:加|得|奖励?)?(?:至|到)?(${NUM})分(?:封顶|为限|为止)?$|^(?:加分)?上限为?(${NUM})分$|^(?:累计)?(?:加分)?(?:最高|最多)?(?:不超过|封顶)(${NUM})分$|^累计(?:得分|加分)(?:最高|最多)?(?:不超过|不得超过)(${NUM})分$`,
  ).exec(text);
  if (capAward)
    return {
      kind: "cap",
      verb: "award",
      points: dec((capAward[1] ?? capAward[2] ?? capAward[3] ?? capAward[4]) as string),
    };

  const separately = new RegExp(`^(.*?)分别(扣|减|加|得|计)(?:除)?((?:${NUM}分?[、,和及与])*${NUM}分?)$`).exec(text);
  if (separately) {
    const amounts = [...(separately[3] as string).matchAll(new RegExp(NUM, "g"))].map((m) => dec(m[0]));
    const cond = (separately[1] as string).replace(/[,的]+$/, "");
    const each = /每/.test(cond);
    const split = cond
      .replace(/每/, "")
      .split(/、|或|和|及(?!以上|以下)/)
      .map(cleanLabel)
      .filter((l) => l !== "");
    // "被镇、县及县以上督查通报的,每项分别扣2分、4分、6分": a run of levels matched with the amounts (levelList.ts)
    const levels = split.length !== amounts.length ? levelLabels(cond.replace(/每/, ""), amounts.length) : undefined;
    const labels = levels ? levels.map(cleanLabel) : split;
    // "超期1次、2次、3次及以上": count tiers, the first carrying the words before its number.
    const tier = /^\d+(?:次|例|个|项|件|起|天|日|月|名|人)?(?:及以上|以上)?$/;
    if (labels.length > 1 && labels.slice(1).every((l) => tier.test(l))) {
      labels[0] = (labels[0] as string).replace(/^\D+(?=\d)/, "");
    }
    if (labels.some((l) => /\d/.test(l) && !tier.test(l))) {
      return { kind: "decline", reason: `“${cond}”按界限分档扣分，各档是累加还是取代、扣分项能否分档，请人工设定规则` };
    }
    return {
      kind: "separately",
      verb: /扣|减/.test(separately[2] as string) ? "deduct" : "award",
      amounts,
      labels,
      each,
    };
  }

  const below = new RegExp(
    `^(.*?)(?:少于|不足|低于|不满|未达到)(${NUM})(${COUNT_UNITS})(?:的)?,?每(?:少|缺|差|减少)(?:1)?(?:${COUNT_UNITS})?(?:扣|减)(?:除)?(${NUM})分$`,
  ).exec(text);
  if (below) {
    // "每月开展不少于2次": a frequency per period, while the clause is scored over the year.
    if (/每(?:月|季度?|周|半年|天|日)/.test(below[1] as string)) {
      return { kind: "decline", reason: `“${text}”是每期的频次要求，按哪一期计数未说明，请人工设定规则` };
    }
    return {
      kind: "below",
      target: dec(below[2] as string),
      per: dec(below[4] as string),
      label: cleanLabel(below[1] as string) || "",
      unit: below[3] as string,
    };
  }

  // “欠一次扣0.5分”, “通报缺少一次的扣1分”, “每少1次扣0.5分” with “一年不少于4次” the context's one target: the count held.
  const short = shortfallAgainstContext(text, context);
  if (short) return short;

  const found = findResult(text);
  if (found === undefined) return undefined;
  if (new RegExp(`(?:最高|最多|封顶|上限|不超过|不得超过)为?(?:加|得|扣)?${NUM}分`).test(text)) return unread(text);
  if (found.at < 0) return { kind: "decline", reason: `“${text}”中有不止一个计分结果，无法确定如何计分` };
  const { result } = found;
  const cond = text.slice(0, found.at);

  // "进京非访扣15分/批次", "按受灾户数扣10分/户": the amount per unit, a count term like 每批次扣15分.
  const perUnit = PER_UNIT.exec(text.slice(found.at));
  if (perUnit && (result.kind === "deduct" || result.kind === "award") && !/\d|每/.test(cleanLabel(cond))) {
    const unit = perUnit[1] as string;
    return {
      kind: "count",
      verb: result.kind === "deduct" ? "deduct" : "award",
      per: result.points,
      label: cleanLabel(cond),
      unit: unit === "个" ? "例" : unit,
    };
  }
  // “每村有一个固定宣传栏…的记5分”: 每 over the units assessed (each village must have one), not a count of cases.
  const eachUnit = EACH_UNIT_ASSESSED.exec(text);
  if (eachUnit) {
    return {
      kind: "decline",
      reason: `“${eachUnit[0]}”是对每个考核对象的要求，不是按例计数，按是否做到还是按个数计分未能确定，请人工设定规则`,
    };
  }
  // "出租房屋每4个月至少登记1次巡查信息,…每发现1户扣0.3分": a frequency in a piece of its own that only sets the
  // requirement is words, not what is counted, where a per-case 每 follows it (without one, 每月…未开展的扣1分 stays
  // declined: per month or once is open).
  const past = PER_CASE.exec(withoutRequiredFrequency(text, found.at));
  const per = past && past.index < found.at ? past : PER_CASE.exec(text);
  if (per && per.index < found.at) {
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
    if (unit === "%") {
      if (direction === undefined) return { kind: "decline", reason: `“${per[0]}”未说明比率是升高还是降低` };
      if (result.kind === "full" || result.kind === "zero") return unread(text);
      const cond = text.slice(0, per.index);
      const contextTarget =
        direction === "down" &&
        context?.rate !== undefined &&
        ((/率/.test(cond) && rateSubjectIn(cond, context.text)) || BELOW_TARGET.test(cond))
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
    if (DOWN.test(verb) || SHORT_OF.test(verb)) {
      // "每少1次扣0.5分" with "一年不少于8次" in the row's 工作要求: the count held against that target.
      const target = context?.count;
      // a leading ordinal ("1、按照队伍组成…") is not a number the clause counts
      const subject = text.slice(0, per.index).replace(/^\(?\d+[)、.]/, "");
      if (
        target !== undefined &&
        /^(?:少|缺)$/.test(verb) &&
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
      // "未开展…工作的，每缺1项扣3分" with no number to reach anywhere: what the clerk counts is what is missing.
      const sameUnitTarget = target !== undefined && (target.unit === unit || target.unit === `${unit}次`);
      if (
        (/^缺少?$/.test(verb) ||
          (verb === "少" &&
            MISSING_ITEM_UNITS.test(unit) &&
            // the items named before 每 or after the unit: a bare “每少1项扣1分” names nothing to count
            (cleanLabel(subject) !== "" || cleanLabel(text.slice(per.index + per[0].length, found.at)) !== ""))) &&
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
    // "在完成6条的任务后，每多报告一条奖励0.2分": counted above a target, not from zero.
    if (/多/.test(verb) && !DELAY.test(verb)) {
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
    // "每周组织一次排查…扣3分": 每周 (not a counted unit) begins a frequency, as 每月 does.
    if ((PERIODS.has(unit) || /^(?:周|旬|半年)/.test(verb)) && !DELAY.test(verb)) {
      return { kind: "decline", reason: `“${per[0]}”是频次要求，未说明按什么计分，请人工设定规则` };
    }
    if (!dec(step).equals(1)) {
      return { kind: "decline", reason: `“${per[0]}”按每${step}${unit}计分，不足一档如何处理文件未说明` };
    }
    if (result.kind !== "deduct" && result.kind !== "award") return unread(text);
    // “其它每项不合格的各扣0.5分”: after 每项 the 各 says again that each item costs it
    const label = (
      cleanLabel(text.slice(0, per.index) + text.slice(per.index + per[0].length, found.at)) || cleanLabel(verb)
    ).replace(/的?各$/, "");
    return {
      kind: "count",
      verb: result.kind === "deduct" ? "deduct" : "award",
      per: result.points,
      label,
      unit: unit === "个月" ? "月" : unit === "个工作日" ? "工作日" : unit,
    };
  }

  const dated = anyOne((context?.limitsAreWords ? withoutLimits(cond) : cond).replace(DATE, ""));
  // “年末净资产是注册资金的2倍以上”: the ratio of the two amounts, a rate (numeric.ts)
  const ratio = ratioRange(dated);
  if (ratio) return { kind: "band", range: ratio, result, cond, exact: false };
  const range = readRange(dated);
  if (range !== undefined && "kind" in range) return range;
  // "全年无1例…临时救助": not one, a yes/no, never a count of one.
  // (a leading ordinal, “1.发生一起土葬事件”, is not the one counted)
  const oneAt = (c: string) =>
    !MISSING_KIND.test(c) &&
    (ONE_AT_END.test(c) ||
      (ONE_AT_START.test(c.replace(/^(?:\(\d{1,2}\)|\d{1,2}[.、])(?![\d.项条款个])/, "")) &&
        !HARM.test(c) &&
        !/(?:无|没有|未|不)1/.test(c)));
  // Exactly one occurrence named, with no 各 spreading the result over a list.
  const one = range !== undefined && range.exact && range.range.min?.value.equals(1) && !/各(?:扣|加|得|计)/.test(text);
  if (one && result.kind === "zero" && /^有1(?:次|例|起|项|处)[^\d]*$/.test(cond)) {
    // "有一次没有报告的本项不得分": once is enough to take all the points, a yes/no of whether it happened at all.
    return { kind: "plain", result, cond: cleanLabel(cond), raw: cond };
  }
  // "少开展1次考评的扣0.5分" beside "每半年至少开展1次" in the row's context: short per period or over the year is open.
  if (one && /^(?:少|缺)/.test(cond) && context !== undefined && PER_PERIOD_FREQUENCY.test(context.text)) {
    return { kind: "decline", reason: `“${text}”对应每期的频次要求，少的次数按期计还是全年合计未说明，请人工设定规则` };
  }
  if (one && range !== undefined && result.kind === "deduct" && oneAt(cond)) {
    // "出现重大责任事故一次扣10分", "发现或点名通报1例扣2分", "出现1例未处理扣2分", "计算错误1户扣0.1分": per occurrence.
    const unit = range.range.unit ?? "例";
    // "…的，有一宗扣3分": the 有 that introduces the one is not part of what is counted
    const label = cleanLabel(
      cond.replace(/\d+(?:\.\d+)?(?:人次|次|例|起|宗|件|个|项|户|处|种|份)/, "").replace(/的?,?有$/, ""),
    );
    return { kind: "count", verb: "deduct", per: result.points, label, unit: unit === "个" ? "例" : unit };
  }
  // “有一篇加1分”, “受到国家表彰的,一次加3分”: each occurrence adds, as “一次扣1分” takes away for each; said with 加 or 奖励
  // (“有1项得1分” may be a threshold met).
  if (
    one &&
    range !== undefined &&
    result.kind === "award" &&
    /^(?:加|奖励?)/.test(text.slice(found.at)) &&
    oneAt(cond)
  ) {
    const unit = range.range.unit ?? "次";
    const label = cleanLabel(cond.replace(/的?,?有?1(?:人次|次|例|起|宗|件|个|项|户|处|种|份|篇)(?:\(次\))?/, ""));
    return { kind: "count", verb: "award", per: result.points, label, unit: unit === "个" ? "项" : unit };
  }
  if (range !== undefined) return { kind: "band", range: range.range, result, cond, exact: range.exact };
  // A year (2020年末) or a window (近3年) dates the condition; it bounds nothing.
  if (/\d/.test(dated.replace(/^\(?\d+[)、.]/, "").replace(/\d{4}年(?:度|末|底|初)?|近\d+年(?:内|来)?/g, ""))) {
    // a quantity with a unit of measure, or a number in an award's heading: settled or declined by numeric.ts
    return numericCondition(dated, result, `未能读懂“${text}”中的数值条件，请人工设定规则`);
  }
  // A 每 no reader understood: per what is not known, and a yes/no would be a guess.
  if (/每/.test(cond)) return unread(text);
  // "最多可扣2分" in a wording no cap above reads: a bound, never a condition of its own; nor a verb alone ("扣至…").
  if (/(?:最多|最高|至多|上限|封顶|不超过|累计)(?:可|能|只|为|以)*$/.test(cond)) return unread(text);
  if (/^(?:扣分?|扣至|扣到|扣完|直至|直到|加分?|加至|加到)$/.test(cleanLabel(cond))) return unread(text);
  // "未建立值班制度、报告制度的各扣1分", "未协助…的，未组织…的，相关台帐资料未登记的，各扣1分": each listed item its own
  // yes/no term of the amount.
  const listed = eachListed(text, result);
  if (listed) return listed;
  // "未协助…的，未组织…的，相关台帐资料未登记的，扣1分": several conditions, one amount each or for all?
  // (Where the result is 不得分, each condition takes all the points, so 各 or 合计 cannot differ.)
  if (
    /各(?:扣|加|得|计)/.test(text) ||
    (result.kind !== "zero" && ((cond.match(/的,/g)?.length ?? 0) > 1 || listedFailings(cond)))
  ) {
    return { kind: "decline", reason: `“${text}”列出几种情形共用一个分值，各扣还是合计扣未能确定` };
  }
  return { kind: "plain", result, cond: cleanLabel(cond), raw: cond };
}

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

/** A condition's own negation at its start: 未建立, 没有, 无, 不按时. */
const NEGATED = /^(?:未|没有|无|不)/;

/** The negation and the verb a list shares (“未建立” of “未建立值班制度、报告制度”). */
const SHARED_VERB =
  /^(?:未|没有|无)(?:按要求|按规定|按时|及时)?(?:建立|制定|开展|落实|配备|签订|设立|设置|召开|组织|上报|报送|编制|完成|公示|公开|悬挂|张贴|发放|归档|登记|提交|建|制|配|设|报)?/;

/** Words that make a listed condition an event (counted per case or once?) or leave the list open. */
const NOT_CLOSED = /等|每|或|其他|其它|以上|以下|有1|\d/;

/**
 * "X、Y的各扣1分": 各 makes each listed condition deduct the amount on its own. Read only where the list is closed and its
 * items separable: conditions ending in 的 one after another ("未协助…的，未组织…的，…未登记的，各扣1分"), each item
 * negated at its start ("未制定方案和未开展演练的"), or the first item's negation and verb shared by bare objects after it
 * ("未建立值班制度、报告制度的"). Anything else (等, a count, an item that negates in its middle) stays declined.
 */
function eachListed(text: string, result: Result): Of<"each"> | undefined {
  const m = new RegExp(`^(.*?)各(扣|减|加|奖励?)(?:除)?(${NUM})分$`).exec(text);
  if (!m || (result.kind !== "deduct" && result.kind !== "award")) return undefined;
  const list = (m[1] as string).replace(/[,的]+$/, "").replace(/^\(?\d+[)、.]/, "");
  if (NOT_CLOSED.test(list)) return undefined;
  let labels: string[];
  if (/的,/.test(list)) {
    labels = list.split(/的,/).map(cleanLabel);
    // each a failing of its own (未协助…, …未登记, 登记不全): a heading or a condition met (按要求开展的) is not one
    if (labels.some((l) => l.length < 2 || !/未|没有|无|不|缺|漏|迟|错|违|超/.test(l))) return undefined;
  } else {
    const parts = list.split("、");
    const last = parts.pop() as string;
    // the last item may be joined by 和/及/与 (not 及时, 以及 stays a join)
    parts.push(...last.split(/和|及(?!时)|与/));
    const items = parts.map(cleanLabel);
    if (items.length < 2 || items.some((l) => l === "")) return undefined;
    // "未建立、未执行值班制度的": the object shared by bare verbs, and not executing what was never set up is open
    if (items.slice(0, -1).some((l) => /^(?:未|没有|无|不)[\u4e00-\u9fa5]{0,2}$/.test(l))) return undefined;
    if (items.every((l) => NEGATED.test(l))) labels = items;
    else {
      // "食用农产品未建立X、Y": a subject before the shared negation and verb (listedEach.ts)
      const subject = subjectOf(items[0] as string);
      const verb = SHARED_VERB.exec((items[0] as string).slice(subject.length))?.[0];
      const rest = items.slice(1);
      const shared = verb === undefined ? sharedFailing(items) : undefined;
      if (shared) labels = shared;
      else if (verb === undefined || rest.some((l) => /未|没有|无|不/.test(l))) return undefined;
      else labels = [items[0] as string, ...rest.map((l) => `${subject}${verb}${l}`)];
    }
  }
  if (labels.length < 2 || labels.some((l) => /、/.test(l))) return undefined;
  return { kind: "each", verb: result.kind === "deduct" ? "deduct" : "award", points: result.points, labels };
}
