/**
 * How the draft's terms stand together, where the text does not say how they combine: a label twice, events joined,
 * one thing counted twice or under two deductions, a count over two acts, rungs of one answer read as deductions that
 * add up, a change counted with no base, an honour counted at two levels.
 *
 * - 81 (held-out sets 19–21): two terms with the same label (“郊县…已完成的每家计3分,每新增完成1家计5分。镇街…已完成的每家
 *   计5分,每新增完成1家计10分”: two standards by kind of unit, one of which applies) or failings of two administrative
 *   levels (“区县未召开…扣1分;乡镇未召开…扣1分”: the lower level's failing once or per 乡镇) — the text does not say how they
 *   combine;
 * - 84: two events each with its own 的 joined by 和 (“被媒体曝光的和受到…通报批评的扣10分”): both or either, open;
 * - 87 (held-out sets 22–24): a count to reach over two acts (“检查和专项治理不少于4次”: together or each); items judged
 *   不到位 counted 每项.
 * - 89 (held-out sets 28–30): two failings joined by 或, each 各 per unit (“沉降或漏水每座各扣0.5分”: once or twice).
 * - 90–93 (held-out sets 31–42): records lacking beside records incomplete.
 * - 94–96 (held-out sets 43–51): a case counted joined by 或 to the thing's absence; rungs of one answer in a penalty
 *   (“全部符合的不扣分，基本符合扣2分…”).
 * - 97–102 (held-out sets 52–69): a count of a change with no base; one honour counted at two levels.
 */
import { dec, type Decimal } from "../../decimal";
import type { Recognition } from "../index";
import { draftRules, draftTerms, termTexts } from "../ruleLabels";

/** A level of government or of the units under it, opening a failing: “区县未…”, “乡镇未…”. */
const LEVEL = /^(省|市|区县|县区|县|区|乡镇|镇街|街道|镇|乡|村|社区)(?:级)?(?=未|没有|不|无)/;

export function sameLabelTwice(read: Recognition): string | undefined {
  const labels = termTexts(read)
    .filter((t) => t.kind !== "question" && t.kind !== "judged")
    .map((t) => t.text);
  const twice = labels.find((l, i) => labels.indexOf(l) !== i);
  if (twice !== undefined) {
    return `“${twice}”出现两次：分属不同对象或标准，本项适用哪一项、是否合计，条款未说明，请人工设定规则`;
  }
  const levels = new Set(labels.map((l) => LEVEL.exec(l)?.[1]).filter((l) => l !== undefined));
  if (levels.size >= 2) {
    return `条款分别对${[...levels].join("、")}计扣：下一级有多个单位时按一次还是按单位计扣，文件未说明，请人工设定规则`;
  }
  return undefined;
}

/**
 * “…的和…的”, and two failings each with its own negation joined by 及, 和 or 与 (“易燃易爆物品未分类存放及无专人负责”,
 * held-out set 86): both, or either, under one amount — the Conventions join failings into one condition by 或 or 且 only.
 */
export function twoEventsJoined(read: Recognition): string | undefined {
  for (const t of termTexts(read)) {
    const joined =
      t.kind === "judged"
        ? null
        : (/的(和|与)/.exec(t.text) ??
          /(?:未|无|没有|不)[\u4e00-\u9fa5]{1,10}?(及|和|与)(?:未|无|没有|不)/.exec(t.text));
    if (joined)
      return `“${t.text}”用“${joined[1] ?? ""}”连接两种情形：同时具备才扣还是任一情形即扣，条款未说明，请人工设定规则`;
  }
  return undefined;
}

/**
 * “有黄土裸露,绿化覆盖率低于98%,面积超过10平方米的每处扣1分” (held-out set 89): a count whose condition holds a bound on a
 * rate — whether the places count only while the rate is below it, or the rate is a failing of its own, the commas leave
 * open. (Items counted against their bounds, “超限率超过4.5%、卸载率低于82%…的,每项扣5分”, zj-43, are the bounds missed, and
 * occasions on which a rate fell short, “到会率未达到80%的，每次扣0.5分”, cj-zz-7, the occasions: the bound ends their condition.)
 */
function rateBoundInCount(read: Recognition): string | undefined {
  const bounded = draftTerms(read).find(
    (t) =>
      t.kind === "count" &&
      t.unit !== "项" &&
      /(?:低于|高于|超过|不足|达不到|未达到|少于|大于|小于)\d+(?:\.\d+)?%[\u4e00-\u9fa5]/.test(t.label ?? ""),
  );
  return bounded
    ? `“${bounded.label ?? ""}”中有比率界限：按处计扣是否以比率越界为前提，条款未说明，请人工设定规则`
    : undefined;
}

/**
 * “没有“月末周五”清扫制度,不能坚持“月末周五”清扫的,每发现一次扣1分” (held-out set 94): two failings parted by a comma
 * before one count — whether the absence counts as cases, and the two apart or together, the words leave open (as
 * failings parted by commas before one amount are, the Conventions' “A deduction without 每”).
 */
export function failingsBeforeCount(read: Recognition, normal: string): string | undefined {
  if (!draftTerms(read).some((t) => t.kind === "count")) return undefined;
  // (not failings listed and counted per item, “无防火制度,无日常检查记录,…每项扣1分”: r9-aqyd-18; nor any of them, “每发现
  // 上述1处情况”)
  const m =
    /(?:^|[,;。])((?:没有|未|无)[^,;。每扣得分]{2,20}),((?:不能|未|没有|无)[^,;。每扣得分]{2,20}?)的?,?每(?!项)(?![^,;。]{0,4}(?:上述|以上|前述))/.exec(
      normal,
    );
  return m
    ? `“${m[1] ?? ""}”与“${m[2] ?? ""}”以逗号并列后按次计扣：两者各计还是合计、缺前者时算几次，条款未说明，请人工设定规则`
    : undefined;
}

export function countedAsOne(read: Recognition): string | undefined {
  const bounded = rateBoundInCount(read);
  if (bounded) return bounded;
  for (const t of termTexts(read)) {
    // “开展消防安全检查和消防安全专项治理不少于4次”: the two together, or each, the text does not say
    if (t.kind === "below" && /和|及|与/.test(t.text)) {
      return `“${t.text}”列出两项共用一个次数要求：合计还是各自达到，条款未说明，请人工设定规则`;
    }
  }
  // “…等工作机制落实不到位的,每项扣0.5分”: whether each item is 到位 is weighed item by item
  const judged = draftTerms(read).find(
    (t) => t.kind === "count" && t.unit === "项" && /不(?:完全|够)?到位/.test(t.label ?? ""),
  );
  if (judged) return `“${judged.label ?? ""}”：各项是否到位需要评价人判断，请人工设定规则`;
  return undefined;
}

/**
 * “沉降或漏水每座各扣0.5分” (held-out set 29): two failings joined by 或, each 各 per unit — one unit with both, counted
 * once or twice, the text does not say.
 */
export function eitherEach(normal: string): string | undefined {
  const m = /([\u4e00-\u9fa5]{1,8}或[\u4e00-\u9fa5]{1,8})每[\u4e00-\u9fa5]{0,2}各(?:扣|减)/.exec(normal);
  return m ? `“${m[1]}”以“或”并列、每个各扣：两种情形都有时计一次还是两次，条款未说明，请人工设定规则` : undefined;
}

/** Records kept, the things an absence and an incompleteness are said of. */
const RECORDS = "(?:记录|纪录|资料|台账|台帐|档案|材料|报表)";
const LACKING = new RegExp(`缺少?${RECORDS}|${RECORDS}缺失`);
const INCOMPLETE = new RegExp(`${RECORDS}(?:不全|不完整|不齐全?)`);

/**
 * “缺少纪录的扣10分,记录不全的扣5分” (held-out set 32): 缺少 may be some records missing — which is records incomplete —
 * or none at all; which deduction a unit with some records missing takes, or both, the words do not settle. (“无记录扣1
 * 分,记录不完整…” says none, and the two add up: the conventions.)
 */
export function lackingOrIncomplete(read: Recognition): string | undefined {
  const labels = draftTerms(read).map((t) => t.label ?? "");
  const lacking = labels.find((l) => LACKING.test(l));
  const incomplete = labels.find((l) => INCOMPLETE.test(l));
  return lacking && incomplete && lacking !== incomplete
    ? `“${lacking}”与“${incomplete}”：缺少部分即是不全，两项择一还是并扣，条款未说明，请人工设定规则`
    : undefined;
}

/**
 * “发现一处不符或没有反馈记录跟踪的扣0.5分”, “没有建资产辅助账或不完整的,每次扣0.5分” (held-out set 46), “没有建立相关制度或有
 * 制度未落实的,每缺一项扣1.2分” (set 48), “没有巡查记录或记录不全的,每个扣1分” (set 55): a case counted joined by 或 to an absence of the thing itself — what one case is
 * when the thing is missing, and whether the two add up, the words do not say. (Cases joined by 或 to other cases,
 * “未按期整改或整改不符合要求”, are counted as before.)
 */
export function caseOrAbsence(read: Recognition): string | undefined {
  const t = draftTerms(read).find(
    (x) =>
      x.kind === "count" &&
      /或没有|或无(?:留痕|记录|台账|资料)|^(?:没有|无(?!故|正当)|未建立?)[^或]{0,12}或/.test(x.label ?? ""),
  );
  return t
    ? `“${t.label}”以“或”连接可计的情形与整项缺失，按什么计一次、两者是否叠加，条款未说明，请人工设定规则`
    : undefined;
}

/**
 * “全部符合的不扣分，基本符合扣2分，不符合扣3分”, “支持不扣分，无所谓扣2分，不支持扣4分”, “符合的不扣分，不符合扣2分”
 * (held-out set 50): a clause that opens with the state that loses nothing and then lists the states that lose — rungs of
 * one answer, not deductions that add up; and with one rung, labels key 是 to the first state or to the failing. Declined.
 */
export function penaltyLadder(read: Recognition, normal: string): string | undefined {
  const flags = draftTerms(read).filter((t) => t.kind === "flag");
  // rungs of a scale the evaluator places a unit on (“可能引发扣1分，较大可能扣3分”, “基本具备扣1分”)
  const rung =
    flags.length > 1
      ? flags.find((f) => (f.label ?? "").length <= 8 && /^(?:基本|较|可能)|较(?:大|多)|可能性/.test(f.label ?? ""))
      : undefined;
  if (rung) return `“${rung.label}”是分档的一档，落在哪一档需要评价人判断，请人工设定规则`;
  const first = /^(?:\(?\d{1,2}[).、]?)?([^,;。\d]{1,12}?)的?不扣分[,;]/.exec(normal);
  if (!first) return undefined;
  if (flags.length === 0 || draftTerms(read).length !== flags.length) return undefined;
  return flags.length > 1
    ? `“${first[1]}”不扣分，其后“${flags.map((f) => f.label).join("”“")}”是同一问题的各档，不是可累加的扣分项，请人工设定规则`
    : `“${first[1]}”不扣分、“${flags[0]?.label ?? ""}”扣分：“是/否”指哪一档，条款两说，请人工设定规则`;
}

/**
 * “每增加1次加1分,最高加5分” (held-out set 53): a count of the change alone — more than what, the clause does not say (the
 * row's “4次以上” may or may not have scored already), so the count a clerk types is open.
 */
const CHANGE_ONLY = /^(?:增加|增长|提高|超过|超出|多出?|增多|减少|降低)$/;

export function changeWithoutBase(read: Recognition): string | undefined {
  const t = draftTerms(read).find((x) => x.kind === "count" && CHANGE_ONLY.test(x.label ?? ""));
  return t ? `“每${t.label ?? ""}1${t.unit ?? "次"}”未写从多少起算，所计的数量无从确定，请人工设定规则` : undefined;
}

/** A level an honour is given at, opening a term's label: “校级“先进班集体”…”, “省级…”. */
const HONOUR_LEVEL = /^(国家|省部|省|市|县|区|校|院|乡镇|镇|街道)级/;

/**
 * “校级“先进班集体”班级成员每人加4分…;省级“先进班集体”班级成员每人加6分” (held-out set 59): the same kind of honour counted at
 * two or more levels — one who has both, added or the higher, the clause does not say.
 */
export function honourLevelsCounted(read: Recognition): string | undefined {
  if (read.status !== "draft" || (read.rule as { kind: string }).kind !== "perCaseAward") return undefined;
  const levels = new Set(
    draftTerms(read)
      .filter((t) => t.kind === "count")
      .map((t) => HONOUR_LEVEL.exec(t.label ?? "")?.[1])
      .filter((l) => l !== undefined),
  );
  return levels.size >= 2
    ? `${[...levels].join("、")}级分别按人（次）加分：同时获得时累加还是取最高，条款未说明，请人工设定规则`
    : undefined;
}

/**
 * “未掌握工程进度,认清构造物结构形式扣5分”, “未细化各部位工程量,做好施工前准备工作扣10分” (held-out set 124): one negation
 * over two acts parted by a comma before one amount — both failing, or either, the words do not say (as for acts parted
 * by 、, the Conventions' reading of held-out sets 52–54). The second act opens with its verb (or 以及); a noun after the comma
 * continues the first act's object (“未确定防火负责人,防火安全员和防火领导小组的不得分”).
 */
const SECOND_ACT =
  /(?:^|[;。,])(?:\(?\d{1,2}[、.)])?[^,;。扣\d]*?(?:未|没有)[^,;。扣]{2,24},((?:做好|搞好|做到|认清|符合|配备|研究|指导|明确|落实|建立|制定|开展|组织|与|协调|督促|确保|保证|以及|参与|参加|及时解决|解决|负责)[^,;。\d]{1,24}?)(?:,[^,;。\d扣]{2,40}?)*(?:的)?,?(?:扣\d|不得分|本项不得分)/;

export function negationOverTwoActs(read: Recognition, normal: string): string | undefined {
  if (read.status !== "draft" && read.status !== "partial") return undefined;
  const m = SECOND_ACT.exec(normal);
  return m
    ? `“${m[0].replace(/^[;。]/, "").replace(/,?(?:扣\d|不得分|本项不得分)$/, "")}”：一个否定管逗号前后两项，缺一项即扣还是两项都缺才扣，条款未说明，请人工设定规则`
    : undefined;
}

/**
 * “纳税人发生税务登记证件转借、涂改、损毁、买卖或者伪造行为之一的,每项扣4分” (held-out set 129): any one of several acts,
 * then 每项 — each kind of act, or each time one happens, the words do not say.
 */
export function oneOfThenEach(normal: string): string | undefined {
  const m = /([^,;。]{2,40}之一)(?:的|者)?,?每项/.exec(normal);
  return m ? `“${m[1] ?? ""}”之后按项计扣：按行为种类计还是按每次发生计，条款未说明，请人工设定规则` : undefined;
}

/**
 * “鞋子超过四双 每双扣4分” (held-out set 121): a count past a bound — each one past it, or every one once it is passed,
 * the words do not say.
 */
export function countPastBound(read: Recognition): string | undefined {
  // (the bound in the unit counted: a bound on something else names the case, “单条记录超过500万元每条记录扣3分”)
  const t = draftTerms(read).find(
    (x) =>
      x.kind === "count" &&
      x.unit !== undefined &&
      new RegExp(`(?:超过|多于|超出)[\\d一二两三四五六七八九十]+${x.unit}`).test(x.label ?? ""),
  );
  return t ? `“${t.label ?? ""}”按单位计扣：超出部分每单位计，还是超过后全部计，条款未说明，请人工设定规则` : undefined;
}

interface DraftBand {
  min?: number;
  inclusive?: boolean;
  max?: number;
  maxInclusive?: boolean;
  points?: number;
}

/**
 * “比例≤20%得3分,比例≥40%得0分” (held-out set 136, its formula for the values between cut off on the page): two tiers of a
 * rate or a number, the full points at one end and none at the other, with values left between them — the ends of a
 * scale, which documents fill by a formula (插值) as often as not. The bands family would give the values between
 * nothing; the clause has not said so. (Tiers stepping down before a zero tier, “0-10%（含）计2分；10-20%（含）计1分；
 * 大于30%不得分”, the issue's own example, stay read.)
 */
export function gapBetweenTiers(read: Recognition, P: Decimal): string | undefined {
  for (const rule of draftRules(read)) {
    const r = rule as { kind?: string; input?: string; bands?: readonly DraftBand[] } | undefined;
    if (r?.kind !== "bands" || r.input === "count" || r.bands?.length !== 2) continue;
    const [low, high] = [...r.bands].sort((a, b) => (a.min ?? -Infinity) - (b.min ?? -Infinity)) as [
      DraftBand,
      DraftBand,
    ];
    if (low.max === undefined || high.min === undefined) continue;
    const ends = [low.points, high.points].map((p) => dec(p ?? 0));
    if (!ends.some((p) => p.equals(P)) || !ends.some((p) => p.isZero())) continue;
    const open = high.min > low.max || (high.min === low.max && low.maxInclusive === false && high.inclusive === false);
    if (open) {
      return `条款只写了两端的得分，${low.max}与${high.min}之间如何计分未写（常按插值计算），请人工设定规则`;
    }
  }
  return undefined;
}
