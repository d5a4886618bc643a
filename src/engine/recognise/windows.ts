/**
 * A time limit for an act (“接到任务后5个工作日内上报…，未及时上报的扣2分”, “党委、政府在一个月内未落实…的，扣10分”,
 * “灾情稳定后5日内完成核报，15日内完成评估的，…得1分”): the limit is part of what the act must be, as a date is
 * (7月底前), so a clerk records whether it was done in time (是/否), not a number of days. Read so only where
 *
 * - the limit is a number of a period and 内/以内/之内, followed at once by the act (a verb, 未, not 的 or a stop);
 * - every number of a period in the clause is such a limit (“2小时内…报灾，得0.5分，超过2小时报灾不得分” states the
 *   hours as a bound: the hours are the input there, and the clause is read as bands as before);
 * - all the limits stand in one statement (“3日内未上报的扣1分；5日内未上报的扣2分” are tiers of lateness: replacing
 *   or added is open, so they are left as numbers and declined as before).
 */
import { NUM } from "./statementTypes";

const PERIOD = "小时|个工作日|工作日|日|天|周|个月|月";
/** A limit followed by the act it bounds. */
const LIMIT = new RegExp(`(?:${NUM})(?:${PERIOD})(?:以内|之内|内)(?=[\\u4e00-\\u9fa5])(?!的)`, "g");
/** Any number of a period (a limit, a bound, a delay). */
const ANY_PERIOD = new RegExp(`(?:${NUM})(?:${PERIOD})`, "g");
/** A step per period late: “每延迟1天”, “每推迟1个工作日”. */
const STEP = new RegExp(`每(?:延迟|推迟|迟|逾期|超期|晚)(?:1)(?:${PERIOD})`, "g");
/** Where statements end (readClause splits sentences on these, pieces on the comma). */
const SENTENCE = /[。;:\n]/;

/** Whether the clause's time limits are words of the act (see above): then statements.ts reads them as dates. */
export function limitsAreWords(normal: string): boolean {
  const limits = [...normal.matchAll(LIMIT)];
  if (limits.length === 0) return false;
  // (a step per period of delay, “每延迟1天签订扣1分”, counts the days past the limit: no bound of its own)
  const steps = normal.match(STEP)?.length ?? 0;
  if ((normal.match(ANY_PERIOD)?.length ?? 0) - steps !== limits.length) return false;
  // all in one statement: no sentence end and no result between the first and the last
  const first = limits[0]?.index ?? 0;
  const last = limits[limits.length - 1]?.index ?? 0;
  const between = normal.slice(first, last);
  return !SENTENCE.test(between) && !/(?:扣|得|计|记|加|减)(?:除)?\d|不得分|不计分|满分/.test(between);
}

/** The condition with its time limits taken out, for reading its bounds (its label keeps them). */
export function withoutLimits(cond: string): string {
  return cond.replace(LIMIT, "");
}

/** The pieces of a condition parted by commas, its trailing 的 and comma dropped. */
export function conditionPieces(cond: string): string[] {
  return cond.replace(/[,的]+$/, "").split(",");
}

/**
 * A piece joined to the one before it in words — “未完成…,且未落实…的” (both), “方案已编制,并经…核准” (both), “无明显标识,
 * 或未公示…的” (either): one condition with it, not a condition of its own.
 */
export const JOINED = /^(?:且|并|而且|同时|或)/;

/**
 * “辖区内公益性墓地未有管理制度,未设立安全防范措施,未有明显的防火标志…的,扣2分”: failings listed by commas before one
 * amount, without 各 — any one of them costs it, or each does, the clause does not say (statements.ts declines).
 */
export function listedFailings(cond: string): boolean {
  const pieces = conditionPieces(cond);
  if (pieces.some((p) => JOINED.test(p)) || bothSaid(pieces)) return false;
  return (
    // a failing: negated (未, 没有, 无), misconduct (故意, 擅自, 私自), or the one who does it (…者) (held-out set 59)
    // (an event done by one, “造成安全事故者”, is read as the event it is)
    pieces.filter((p) =>
      /^[\u4e00-\u9fa5]{0,10}?(?:未|没有|无)|^(?:故意|擅自|私自)|^(?!.*(?:造成|导致|发生|引起)).*者$/.test(
        p.replace(/^(?:\(?\d+[)、.]+)/, ""),
      ),
    ).length > 1 ||
    // “绿地内有杂草,杂藤攀绕树木扣1分” (held-out set 28, read since 株 is counted): a thing found (有杂草) and another
    // failing after a comma, one amount for both
    (pieces.length === 2 &&
      /^(?![若如凡])[\u4e00-\u9fa5]{0,6}?有(?!必须|需要|要求)[\u4e00-\u9fa5]{1,4}$/.test(pieces[0] ?? "") &&
      (pieces[1] ?? "").length >= 2)
  );
}

/** Verbs that open an act of their own and seldom a noun (研究, 部署, 召开 …; not 培训, 检查, 登记: 培训记录 is a thing). */
const OWN_ACT =
  "(?:研究|解决|部署|召开|制定|开展|听取|督促|指导|配合|参加|签订|上报|报送|张贴|公布|分析|总结|沟通|避免|协调|评定|汇总)";

/**
 * “班子未专题听取普法情况汇报、研究解决实际问题的扣1分” (held-out set 54): one negation over two acts, each with its verb,
 * parted by 、 before one amount — both missed, or either, the clause does not say (statements.ts declines, as it does
 * failings parted by commas). A list of things after one verb (“未建立值班制度、报告制度”) is one failing, as before.
 */
export function actsListed(cond: string, deducted: boolean): boolean {
  return (
    // (bare verbs ending the condition too: “未按照…办法归档、评定、汇总”, held-out set 124)
    new RegExp(`(?:未|没有|不)[^,;。、]{2,}、${OWN_ACT}(?:[\u4e00-\u9fa5]{2,}|(?:、[\u4e00-\u9fa5]{2,4})*的?$)`).test(
      cond,
    ) ||
    // “未检查车辆、无验车单扣0.5分” (held-out set 42): failings each negated on its own, parted by 、 (in an award, “无上访、无
    // 刑事案件…得2分” is the conditions met, all of them)
    (deducted && /(?:未|没有|无)[\u4e00-\u9fa5]{2,}、(?:未|没有|无)[\u4e00-\u9fa5]{2,}/.test(cond))
  );
}

/** “既不防疫,也不填表”: 既 opening the first failing and 也/又/亦 each after it join them in words, as 且 does (both). */
export function bothSaid(pieces: readonly string[]): boolean {
  return pieces.length > 1 && /^既/.test(pieces[0] ?? "") && pieces.slice(1).every((p) => /^(?:也|又|亦)/.test(p));
}

/**
 * Numbers in a condition that count nothing, taken out for reading its bounds (its label keeps them): “(2)项不符合要求”
 * refers to item (2) of the requirement (a count would be 2项 without the bracket), and “不符合任意一项要求” is any one of
 * them — whether any failed, a yes/no, not one occurrence of a count (“缺少一项扣0.3分” stays per occurrence); “未明确
 * 一名…” is none named, a yes/no (the label keeps the number).
 */
export function anyOne(cond: string): string {
  return (
    cond
      .replace(/^\(\d{1,2}\)(?=项)/, "")
      .replace(/(?:任意|任何|任)1(项|个|条|种)/g, "任一$1")
      // “未明确一名村干部为专管员”, “未确定1至2名专兼职消防管理人”: not even one named, so none — a yes/no
      .replace(
        /((?:未|没有)(?:明确|确定|指定|配备|落实|安排|选配|聘请|聘用|设立|设置))1(?:(?:至|到|-)\d{1,2})?(?=名|人|个)/g,
        "$1",
      )
  );
}
