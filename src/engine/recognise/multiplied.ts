/**
 * “仅有市、区两级政府列督事项的部门和单位,考核扣分分值加倍”: a note, in the clause or in the words of its row, that
 * multiplies the points for some units or cases (加倍, 翻倍, 双倍, 减半). Which units it names, and whether this one is
 * among them, is not in the clause: the amount to draft is open, so the clause is declined (round 11, r11p-dcgz-9,
 * drafted at the single amount on its first run).
 */
const MULTIPLIED =
  /(?:扣分|加分|得分|分值|计分)[^,;。,；]{0,6}(?:加倍|翻倍|双倍|减半)|(?:加倍|翻倍|双倍|减半)(?:扣|加|计|得)/;

/** Why the clause's amounts are open because a note multiplies them, or undefined. */
export function multipliedAmount(text: string, context?: string): string | undefined {
  for (const words of [text, context ?? ""]) {
    const m = MULTIPLIED.exec(words);
    if (m) return `“${m[0]}”：分值对部分单位或情形加倍或减半，本项适用哪一种条文未说明，请人工设定规则`;
  }
  return undefined;
}
