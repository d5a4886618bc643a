/**
 * “发生学生溺水死亡事故的,本项不得分并取消评先资格”, “出现食品安全事故的扣5分，并取消当年评先评优资格”, “发生1起一般火灾扣
 * 1分;重大以上火灾取消评选资格” (round 16, probing 教育/卫生 wordings): a consequence that is not a score — a unit's
 * standing to be rated, honoured or assessed at all taken away — beside the scoring words. A draft keeps the scores and
 * drops it silently, and a clerk trusting the draft loses the disqualification; the labels read it as no part of the
 * item's points (h10-pasq-2 “重大以上火灾或重大责任伤亡事故取消评选资格”: its manual piece; h4-bailian-2 “取消当年的考核
 * 资格”, r11b-jg-4.1 “取消街道年终评优资格”: manual). Declined in every part, a clause that also says 一票否决 included.
 */
const BEYOND = /取消[^,;。，；]{0,12}?(?:资格|称号)|取消[^,;。，；]{0,6}?(?:评先|评优|评选|评比)/;

/** Why the clause is declined for a consequence beyond the score, or undefined. */
export function consequenceBeyondScore(text: string): string | undefined {
  const m = BEYOND.exec(text);
  return m
    ? `“${m[0]}”不是本项得分，而是分数以外的处理（取消资格或称号）：草稿只能计分，会漏掉这一处理，请人工设定规则`
    : undefined;
}
