/**
 * “每少一种机构或少一项制度的扣0.5分” (held-out set 10, h10-jsj-1.1.1): two things short, each with its own unit and
 * object (1种 of 机构, 1项 of 制度), joined by 或 under one 每. The label keys two counts, in the order stated; the
 * readers drafted one count of “缺项”, adding institutions and rules into one number and keying one input. Reading the
 * two counts apart is a reader of its own; until one reads them, a draft of such a clause is declined.
 */

/** 少/缺/缺少 (a verb may stand between: 少出台, 少研究), a number, its unit. */
const SHORT = "(?:少|缺少?)[\\u4e00-\\u9fa5]{0,3}?\\d+(?:种|项|个|类|名|本|份|件|套|次|人|户|处)";

const TWO_SHORT = new RegExp(`(${SHORT}[^,;。或]*)或(${SHORT}[^,;。]*?)(?:的|,|扣|$)`);

/** The reason to decline a draft whose clause counts two different things short joined by 或, or undefined. */
export function twoShortfalls(normal: string): string | undefined {
  const m = TWO_SHORT.exec(normal);
  if (!m) return undefined;
  return `“${m[1]}”与“${m[2]}”是两种缺少的情形，各有各的计数单位：分开计数还是合为一个数未能读取，请人工设定规则`;
}
