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
import { actsListed, anyOne, listedFailings, withoutLimits } from "./windows";
import { COUNT_UNITS, NUM, unread } from "./statementTypes";
import type { Result, Read, Of, ContextTargets } from "./statementTypes";
import { findResult, cleanLabel } from "./results";
import { readRange } from "./ranges";
import { shortfallAgainstContext } from "./contextTargets";
import { readClosing } from "./closing";
import { readPerCase } from "./perCase";

export { NUM, COUNT_UNITS } from "./statementTypes";
export type { Bound, ContextTargets, Decline, Measure, Range, Read, Result, Statement } from "./statementTypes";
export { clauseJudgement, contextJudgement, judgement } from "./judgements";
export { cleanLabel } from "./results";
export { readRange } from "./ranges";
export { readContext } from "./contextTargets";

/** Dates and deadlines (7月底前, 每月15日前): they bound nothing a clerk counts. */
export const DATE = /\d+月(?:底|末|初)?(?:\d+日)?(?:前|之前|以前)|(?:每月)?\d+日(?:前|之前|以前)/g;

/** 每 before the unit assessed and what it must have or do (每村有, 每个社区都要): a requirement of each, not a count. */
const EACH_UNIT_ASSESSED =
  /每(?:个|一个)?(?:村|乡|镇|乡镇|街道|社区|居委会|村委会|单位|县|区|市|部门|学校|机构)(?:都|均|要|应|须|必须|至少)*(?:有|建|设|配|开展|落实|制定)/;

/** "每半年对乡镇至少开展1次考评", "每季度不少于2次": a frequency per period below the year. */
const PER_PERIOD_FREQUENCY =
  /每(?:个)?(?:半年|学期|季度?|月|周|旬)[^,;。]{0,12}?(?:至少|不少于|不得少于)(?:开展|召开|组织)?\d+次/;

/**
 * “工作人员、经费、综合协调工作制度一项不达标扣2分”, “…及政府其他要求,1项不符合扣1分”: a checklist's item not met,
 * said with 不 (as “一项未达标”), each one costing the amount (test/fixtures/clauses/README.md: a checklist takes the
 * number of items not met).
 */
const NOT_MET = "不(?:达标|合格|符(?:合(?:要求)?)?|达要求)";

/**
 * "缺少一项扣0.3分", "无记录一次扣0.5分", "一项未使用计算机处理扣0.2分", "井下一处不能正常运行扣0.3分": one occurrence
 * and its deduction, so each occurrence costs it (as "1例扣2分"). The one stands at the end of the condition, or near
 * its start with nothing counted after it; never beside harm (造成1人死亡: a threshold, not a unit of count), never
 * 一次性 (once) or 1个月 (per month or once, the text does not say), never an ordinal or a larger number (第1条, 11项,
 * 2.1项).
 */
const ONE_AT_END = new RegExp(
  `(?<![第在同\\d.])1(?:人次|次|例|起|宗|件|个|户|项|处|种|份|篇|条)(?:未[^\\d,;]{1,4}?|${NOT_MET})?(?:的)?,?$`,
);

const ONE_AT_START =
  /^[\u4e00-\u9fa5]{0,8}?(?<![第在同])有?1(?:人次|次|例|起|宗|件|个|户|项|处|种|份|篇|条)(?!性|月)[^\d]*$/;

/**
 * “抽查账物卡不符,一种物料扣2分”, “未按时立卷归档的,有1卷扣2分”, “…的,发现1个小区扣10分” (held-out sets 113, 38 and
 * round 16): one occurrence after a comma, what is counted named after its measure word — each one costs the amount, as
 * “缺少一项扣0.3分”. Not a time (1个月, 1天) and not 一次性.
 */
const ONE_NAMED_AT_END =
  /,(?:发现|有)?1(?:次|例|起|宗|件|个|户|项|处|种|份|篇|条|卷)(?![月年天日周季性])(?:(?![未不无没或])[\u4e00-\u9fa5]){0,4}(?:的)?,?$/;

/**
 * "标识牌、登记本少1种扣1分", "缺1种扣1分": a kind missing, said without 每, is declined as "缺少一类档案" is (per kind or
 * once, the text does not say); "有一种规定的用电设备不能正常工作" is an occurrence and is still read per 种.
 */
const MISSING_KIND = /(?:缺|(?<!至)少|漏)(?:少|失)?1种/;

/**
 * “报告线索少1条扣2分”, “未制定“一河一策”的,少1条扣1分”: short by one 条 is short of a number to reach as often as one
 * thing lacking (条 counts a quota: “线索一年不少于6条”), so it is not one occurrence; 缺1条 and 发现1条 are. So is
 * short by one said with its verb (“普法信息少报送一条扣0.25分” beside “不少于4条”, held-out set 34; “少召开1次”).
 */
const SHORT_OF_QUOTA = /(?<![缺至])少(?:1条|[报开召组举填提上交写发印签][\u4e00-\u9fa5]{0,2}1(?:条|次|篇|期))/;

/**
 * “发现1人失控扣0.5分” (held-out set 25): one person found failing, deducted for each one found, as “1例扣2分” — in a
 * deduction only (“多完成1人加1分” in a base part leaves open whether the awards pass the 分值), never short of a quota
 * (“少1人”: a number to reach) and never beside harm (“造成1人死亡”).
 */
const ONE_PERSON = /^[\u4e00-\u9fa5]{0,8}?(?<!第)(?:发现|见|有)1(?:人|名)(?!次|性|月)[^\d]*$/;
/** “其中1名带教医师不符合要求”: one person of those the row names, failing its requirement (不符合, 未, 无, 不…). */
const ONE_PERSON_FAILING =
  /^(?:其中|有)1(?:人|名)[\u4e00-\u9fa5]{1,12}?(?:不符合|不满足|未达到|达不到)[\u4e00-\u9fa5]{0,6}(?:的)?,?$/;

/** "扣15分/批次": the result written per unit. */
const PER_UNIT =
  /^(?:扣|减|加|得|计)(?:除)?\d+(?:\.\d+)?分\/(人次|户次|批次|家次|次|起|例|人|户|件|个|项|处|篇|条|家|所|名|份|场|座|辆)$/;

const HARM = /造成|导致|死亡|伤亡|受伤|重伤|事故/;

/**
 * Reads one statement: the text of the pieces up to and including one result or closing phrase. Each reader below
 * takes one kind of statement and leaves the others (undefined); they are tried in this order.
 */
export function readStatement(text: string, context?: ContextTargets): Read | undefined {
  return (
    readClosing(text) ??
    readSeparately(text) ??
    readBelowStated(text) ??
    // “欠一次扣0.5分”, “通报缺少一次的扣1分”, “每少1次扣0.5分” with “一年不少于4次” the context's one target: the count held.
    shortfallAgainstContext(text, context) ??
    readWithResult(text, context)
  );
}

/** “A、B、C分别扣1分、2分、3分”: amounts matched to the items or tiers listed before them. */
function readSeparately(text: string): Read | undefined {
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
  return undefined;
}

/**
 * “少于4次的，每少1次扣1分”: the count held against the target the statement itself states; “少于4次/年的,少一次扣1分”
 * too (a yearly count, and 少1次 without 每 after it is each one short of the same target).
 */
function readBelowStated(text: string): Read | undefined {
  const below = new RegExp(
    `^(.*?)(?:少于|小于|不足|低于|不满|未达到)(${NUM})(${COUNT_UNITS})(?:/年)?(?:的)?,?` +
      `(?:每(?:少|缺|差|减少)(?:1)?(?:${COUNT_UNITS})?|(?:少|缺|差)1(${COUNT_UNITS}))(?:扣|减)(?:除)?(${NUM})分$`,
  ).exec(text);
  // “少于4次/年的,少1人扣1分”: the one short must be of the target's unit
  if (below?.[4] !== undefined && below[4] !== below[3]) return undefined;
  if (below) {
    // "每月开展不少于2次": a frequency per period, while the clause is scored over the year.
    if (/每(?:个)?(?:月|季度?|周|半年|学期|天|日)/.test(below[1] as string)) {
      return { kind: "decline", reason: `“${text}”是每期的频次要求，按哪一期计数未说明，请人工设定规则` };
    }
    return {
      kind: "below",
      target: dec(below[2] as string),
      per: dec(below[5] as string),
      label: cleanLabel(below[1] as string) || "",
      unit: below[3] as string,
    };
  }
  return undefined;
}

/** A statement with its result found in it (扣N分, 得N分, 不得分 …), read by what stands before the result. */
function readWithResult(text: string, context?: ContextTargets): Read | undefined {
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
  // “加0.2分/家” with a unit not read above (held-out set 16): the amount is per unit, never once — not dropped
  const perOther = /^(?:扣|减|加|得|计)(?:除)?\d+(?:\.\d+)?分\/([\u4e00-\u9fa5]{1,3})/.exec(text.slice(found.at));
  if (perOther && !perUnit)
    return {
      kind: "decline",
      reason: `“${perOther[0]}”按每${perOther[1] as string}计分，未能读出计数，请人工设定规则`,
    };
  // “每村有一个固定宣传栏…的记5分”: 每 over the units assessed (each village must have one), not a count of cases.
  const eachUnit = EACH_UNIT_ASSESSED.exec(text);
  if (eachUnit) {
    return {
      kind: "decline",
      reason: `“${eachUnit[0]}”是对每个考核对象的要求，不是按例计数，按是否做到还是按个数计分未能确定，请人工设定规则`,
    };
  }
  return readPerCase(text, found, context) ?? sampleFailing(text, found) ?? readCondition(text, found, context);
}

/**
 * “随机访谈10户居民,未达标扣1分”, “查阅2所学校有关资料,未达标扣1分”: how many the evaluator samples, in a piece of its own,
 * then a failing of the standard with no number, 的 or 每 — the sample is how it is checked, not a bound, and the failing is
 * a yes/no as worded, deducted once (“不合格的” after a sample could be per case sampled, and is not read here).
 */
const SAMPLE_FAILING = new RegExp(
  `^(?:随机|现场)?(?:访谈|抽查|抽取|查阅|走访|抽访)\\d+(?:${COUNT_UNITS}|所|村)[\\u4e00-\\u9fa5]{0,12},(?:未达标|不达标)$`,
);

function sampleFailing(text: string, found: { result: Result; at: number }): Read | undefined {
  const cond = text.slice(0, found.at);
  if (!SAMPLE_FAILING.test(cond) || (found.result.kind !== "deduct" && found.result.kind !== "zero")) return undefined;
  return { kind: "plain", result: found.result, cond: cleanLabel(cond), raw: cond };
}

/**
 * The condition before the result, with no 每 before it: a range (以上, 以下, two-sided), one occurrence and its
 * deduction (“出现1例扣2分”), a numeric condition; else readPlain.
 */
function readCondition(text: string, found: { result: Result; at: number }, context?: ContextTargets): Read {
  const { result } = found;
  const cond = text.slice(0, found.at);
  const dated = anyOne((context?.limitsAreWords ? withoutLimits(cond) : cond).replace(DATE, ""));
  // “无负荷率低于50%的…处理设施的得5分” (held-out set 127): none of the things whose rate is below the bound — no rate to
  // type, and the things are not counted either.
  if (/^(?:\d{1,2}[、.])?(?:无|没有)[^,;。\d]{0,10}率(?:低于|高于|超过|不足|小于|大于|达到|在)?\d/.test(cond)) {
    return { kind: "decline", reason: `“${cond}”说的是没有哪一处的比率越过界限，不是一个比率，请人工设定规则` };
  }
  // “年末净资产是注册资金的2倍以上”: the ratio of the two amounts, a rate (numeric.ts)
  const ratio = ratioRange(dated);
  if (ratio) return { kind: "band", range: ratio, result, cond, exact: false };
  const range = readRange(dated);
  if (range !== undefined && "kind" in range) return range;
  // "全年无1例…临时救助": not one, a yes/no, never a count of one.
  // (a leading ordinal, “1.发生一起土葬事件”, is not the one counted)
  const oneAt = (c: string) =>
    !MISSING_KIND.test(c) &&
    !SHORT_OF_QUOTA.test(c) &&
    (ONE_AT_END.test(c) ||
      ONE_NAMED_AT_END.test(c) ||
      (ONE_AT_START.test(c.replace(/^(?:\(\d{1,2}\)|\d{1,2}[.、])(?![\d.项条款个])/, "")) &&
        !HARM.test(c) &&
        !/(?:无|没有|未|不)1/.test(c)));
  // Exactly one occurrence named, with no 各 spreading the result over a list.
  const one = range !== undefined && range.exact && range.range.min?.value.equals(1) && !/各(?:扣|加|得|计)/.test(text);
  if (one && result.kind === "zero" && /^有1(?:次|例|起|项|处)[^\d]*$/.test(cond)) {
    // "有一次没有报告的本项不得分": once is enough to take all the points, a yes/no of whether it happened at all.
    return { kind: "plain", result, cond: cleanLabel(cond), raw: cond };
  }
  // “涉及地沟油加工…未及时取缔的,发现一件全扣”, “缺一项不得分”: one occurrence takes all the points, counted (readTerms.ts;
  // h5-qysz-1.2 and h12-spaq-2.4 label counts). Not “无1例”: none, a yes/no as above; not “有一次…”: whether it happened.
  // “其中1名带教医师不符合要求,不得分” (the 住院医师 基地 template of held-out sets 17, 55, 58, 61 and 63): one person
  // failing takes all the points, counted per 名 as one case is.
  const onePersonFailing = (c: string) => ONE_PERSON_FAILING.test(c) && !HARM.test(c);
  if (
    one &&
    range !== undefined &&
    result.kind === "zero" &&
    (oneAt(cond) || onePersonFailing(cond)) &&
    !/(?:无|没有|未|不)1/.test(cond)
  ) {
    const label = onePersonFailing(cond)
      ? cleanLabel(cond.replace(/^(?:其中|有)1(?:人|名)/, ""))
      : cleanLabel(cond.replace(/\d+(?:人次|次|例|起|宗|件|个|项|户|处|种|份|篇|条)/, ""));
    return { kind: "plain", result, cond: label, raw: cond, perCase: range.range.unit ?? "例" };
  }
  // "少开展1次考评的扣0.5分" beside "每半年至少开展1次" in the row's context: short per period or over the year is open.
  if (one && /^(?:少|缺)/.test(cond) && context !== undefined && PER_PERIOD_FREQUENCY.test(context.text)) {
    return { kind: "decline", reason: `“${text}”对应每期的频次要求，少的次数按期计还是全年合计未说明，请人工设定规则` };
  }
  // “如不提交或缺1项扣2分” (round 15): the whole not done, or one item of it missing, under one amount: per item missing
  // or once, and what not submitting at all costs, the words leave open.
  if (one && result.kind === "deduct" && /或(?:缺|少|漏)少?1(?:项|个|份|种|处)/.test(cond)) {
    return { kind: "decline", reason: `“${text}”中整体未做与缺1项以“或”并列，按缺项逐项扣还是只扣一次，条款未说明` };
  }
  const onePerson = (c: string) => ONE_PERSON.test(c) && !HARM.test(c) && !/(?:无|没有|未|不)1/.test(c);
  if (one && range !== undefined && result.kind === "deduct" && (oneAt(cond) || onePerson(cond))) {
    // "出现重大责任事故一次扣10分", "发现或点名通报1例扣2分", "出现1例未处理扣2分", "计算错误1户扣0.1分": per occurrence.
    const unit = range.range.unit ?? "例";
    // "…的，有一宗扣3分": the 有 that introduces the one is not part of what is counted
    const label = cleanLabel(
      cond.replace(/\d+(?:\.\d+)?(?:人次|次|例|起|宗|件|个|项|户|处|种|份|篇|条|卷|人|名)/, "").replace(/的?,?有$/, ""),
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
  // A year (2020年末) or a window (近3年) dates the condition; it bounds nothing. An age said roughly (“无30岁左右年轻干部”)
  // names the kind of person, not a bound; a distance around a place where something is found (“校园周边200米范围内存在
  // 食品摊贩的”, held-out set 20) names where to look.
  if (
    /\d/.test(
      dated
        .replace(/^\(?\d+[)、.]/, "")
        .replace(
          /\d{4}年(?:度|末|底|初)?|近\d+年(?:内|来)?|\d+岁左右(?=[\u4e00-\u9fa5]{0,4}(?:干部|党员|人员|人才|成员|委员|职工|青年))|\d+(?:米|公里|千米)(?:范围)?(?:以内|之内|内)(?=存在|有|发现|出现)/g,
          "",
        ),
    )
  ) {
    // a quantity with a unit of measure, or a number in an award's heading: settled or declined by numeric.ts
    return numericCondition(dated, result, `未能读懂“${text}”中的数值条件，请人工设定规则`);
  }
  return readPlain(text, result, cond);
}

/** A condition with no number: a yes/no of it, each of a closed list (各), or declined where the words leave it open. */
function readPlain(text: string, result: Result, cond: string): Read {
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
    (result.kind !== "zero" &&
      ((cond.match(/的,/g)?.length ?? 0) > 1 || listedFailings(cond) || actsListed(cond, result.kind === "deduct")))
  ) {
    return { kind: "decline", reason: `“${text}”列出几种情形共用一个分值，各扣还是合计扣未能确定` };
  }
  // “未做到内业资料及时准确、沟通外业进度、避免干返工活扣10分” on 10 (held-out set 124): one negation over acts parted by 、
  // takes all the points — whether one act missed is enough, or all must be, is open whatever the amount.
  if (result.kind === "zero" && actsListed(cond, false)) {
    return { kind: "decline", reason: `“${text}”一个否定管几项，缺一项即不得分还是几项都缺才不得分，条款未说明` };
  }
  return { kind: "plain", result, cond: cleanLabel(cond), raw: cond };
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
    // (无 takes a noun, so “无计划” is whole: “理论中心组学习无制度、无计划、无记录各扣1分”, held-out set 123)
    if (items.slice(0, -1).some((l) => /^(?:未|没有|不)[\u4e00-\u9fa5]{0,2}$/.test(l))) return undefined;
    if (items.every((l) => NEGATED.test(l))) labels = items;
    // “没有定期召开班子会议和会议记录不完整,各扣2分” (held-out set 123): failings each negated within, after what fails
    else if (
      NEGATED.test(items[0] as string) &&
      items.slice(1).every((l) => l.length >= 4 && /^[^未没无不]{2,}(?:未|没有|无|不)/.test(l))
    )
      labels = items;
    else {
      // "食用农产品未建立X、Y": a subject before the shared negation and verb (listedEach.ts)
      const subject = subjectOf(items[0] as string);
      const verb = SHARED_VERB.exec((items[0] as string).slice(subject.length))?.[0];
      const rest = items.slice(1);
      const shared = verb === undefined ? sharedFailing(items) : undefined;
      if (shared) labels = shared;
      // “理论中心组学习无制度、无计划、无记录”: the subject's own 无 before each noun
      else if (verb !== undefined && NEGATED.test(verb) && verb.length <= 2 && rest.every((l) => NEGATED.test(l)))
        labels = [items[0] as string, ...rest.map((l) => `${subject}${l}`)];
      else if (verb === undefined || rest.some((l) => /未|没有|无|不/.test(l))) return undefined;
      else labels = [items[0] as string, ...rest.map((l) => `${subject}${verb}${l}`)];
    }
  }
  if (labels.length < 2 || labels.some((l) => /、/.test(l))) return undefined;
  return { kind: "each", verb: result.kind === "deduct" ? "deduct" : "award", points: result.points, labels };
}
