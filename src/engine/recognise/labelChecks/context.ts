/**
 * What the row's context says that the clause's draft does not see: an event the context names (deducted per event or
 * once), several numbers required under one 规定数, and an amount, a question, base scores or a shared notice the row
 * leaves open. (A base score in the context other than the draft's start is checked in weighed.ts, `mannerOrBaseCounted`.)
 *
 * - 90–93 (held-out sets 31–42): an event the context names.
 * - 97–102 (held-out sets 52–69): a share of 规定数 under several numbers.
 * - 103 (held-out sets 70–71): the row giving the amount as a range, a question left in a bracket, base scores that differ
 *   by grade, persons counted for a notice they share.
 */
import { dec, Decimal } from "../../decimal";
import type { Recognition } from "../index";
import { draftTerms } from "../ruleLabels";

/** An event in the row's context that the clause's deduction follows (“发生一次死亡在3人以下的交通事故”). */
const CONTEXT_EVENT = /(?:发生|出现)[^,;。]{0,20}(?:事故|案件|事件|火灾|险情)/;

/**
 * “负有同等以上责任扣10分” under “2.发生一次死亡在3人以下(不含三人)的交通事故” (held-out set 33): a deduction without 每
 * for an event the context names — per event or once, as an event without 每 in the clause itself is (the conventions).
 */
export function eventInContext(read: Recognition, normal: string, context: string, P: Decimal): string | undefined {
  const event = CONTEXT_EVENT.exec(context);
  if (!event || /每|一次|1次|一起|1起|一例|1例/.test(normal)) return undefined;
  const flags = draftTerms(read).filter((t) => t.kind === "flag");
  if (flags.length === 0) return undefined;
  // an amount that is all the points scores once and many alike
  const all =
    (read.status === "draft" && read.rule.kind === "allOrNothing") ||
    /不得分|不计分|得0分/.test(normal) ||
    flags.every((t) => t.points !== undefined && dec(t.points).equals(P));
  return all || P.isZero()
    ? undefined
    : `考核内容中的“${event[0]}”是事件：“${flags[0]?.label ?? ""}”按起扣还是只扣一次，条款未说明，请人工设定规则`;
}

/**
 * “门急诊量≥规定数的80%,得2分…” under “门诊：日诊治数≥40人次；急诊：日急诊数≥30人次” (held-out set 58): a share of
 * “规定数” where the row states two or more numbers required — of which, or of their sum, the clause does not say.
 */
export function shareOfSeveralQuotas(read: Recognition, normal: string, context: string): string | undefined {
  if (read.status !== "draft" || !/规定数|要求数|规定的?数量/.test(normal)) return undefined;
  const quotas = context.match(/(?:≥|>=|不少于|不低于|至少|达到)\d+/g) ?? [];
  return quotas.length >= 2
    ? `考核内容列有${quotas.length}个规定数，条款中的“规定数”指哪一个或其合计，未说明，请人工设定规则`
    : undefined;
}

/**
 * Held-out set 71: the row's words give the amount as a range (“每项扣10-50分”) the clause's own figure falls in — the
 * evaluator's to set; a question left in a bracket (“(多少时间算不一致)”); base scores that differ by grade (“大一的基础分为5
 * 分、大二的基础分为7分…”); persons counted for an event they share (“受校、院通报批评者(或集体),每人扣2分”: each time, or once).
 */
export function rowLeavesOpen(read: Recognition, normal: string, context: string): string | undefined {
  if (read.status === "manual") return undefined;
  const range = /(?:扣|减)\d+(?:\.\d+)?(?:-|至|到)\d+(?:\.\d+)?分/.exec(context);
  if (range) return `考核内容写明“${range[0]}”：扣多少由评价人定，请人工设定规则`;
  const question = /\([^()]*(?:多少|什么|如何|怎样|哪些|是否)[^()]*\)/.exec(normal);
  if (question) return `条款中留有疑问“${question[0]}”，请人工设定规则`;
  if ((normal.match(/基础分(?:为)?\d/g)?.length ?? 0) >= 2)
    return "条款给出几个不同的基础分，适用哪一个未能确定，请人工设定规则";
  const shared = draftTerms(read).find(
    (t) => t.kind === "count" && (t.unit === "人" || t.unit === "人次") && /通报|批评|表扬|处分/.test(t.label ?? ""),
  );
  return shared
    ? `“${shared.label ?? ""}”按人计扣：同一人多次受到时按次还是只计一次，条款未说明，请人工设定规则`
    : undefined;
}

/**
 * “每发现一处漂浮物扣1分(扣完为止);发现有人在河里洗衣物…该项不得分” under “水面无漂浮物(5分);不在河里洗衣物(5分)” (held-out
 * set 76): the row parts the item's points among its requirements, so “扣完为止” and “该项不得分” may stop at a part or at
 * the whole — deductions drafted from one pool of the 分值 would read it one way. Read from the row's own text: the
 * normalised context has its bracketed points dropped.
 */
export function pointsSplitInContext(read: Recognition, rawContext: string, P: Decimal): string | undefined {
  if (read.status !== "draft" || read.rule.kind !== "perCaseDeduction" || draftTerms(read).length < 2) return undefined;
  const shares = [...rawContext.normalize("NFKC").matchAll(/\(\s*(\d+(?:\.\d+)?)\s*分\s*\)/g)].map((m) =>
    dec(m[1] as string),
  );
  if (shares.length < 2 || !shares.reduce((a, b) => a.plus(b), dec(0)).equals(P)) return undefined;
  // failings each taking no more than a part (“车门开关失控的扣3分,未设置缓冲装置的扣3分” under 3分 and 3分) stop there
  const most = shares.reduce((a, b) => (a.greaterThan(b) ? a : b));
  const beyond = draftTerms(read).some(
    (t) => t.kind !== "flag" || t.points === undefined || most.lessThan(dec(t.points)),
  );
  if (!beyond) return undefined;
  const parts = shares.map((s) => `${s.toString()}分`).join("、");
  return `考核内容把本项${P.toString()}分分给${shares.length}项要求（${parts}）：扣分以哪一项的分值为限，条款未说明，请人工设定规则`;
}
