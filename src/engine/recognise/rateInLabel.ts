/**
 * “住院病历甲级率达90%,乙级病历每份扣1分,丙级病历每份扣3分” (round 16, probing 卫生 wordings): drafted as counts of 乙级 and
 * 丙级 records, the first count's label swallowing “住院病历甲级率达90%” — a rate bound no term reads. Whether the records are
 * deducted only while the rate falls short of it, or always, the words leave open; a count term whose label holds a
 * requirement that a rate reach a bound other than 100% (达/达到/≥/不低于 N%; “教师持证上岗率100%,每1人无证扣1分”: every one is
 * required, so each one short is counted) is declined; a bound that is the failing counted (“…低于82%的，每项扣5分”,
 * “到会率未达到80%的，每项每次扣0.5分”: zj-43, cj-zz-7) is the counted case and is read as before. A yes/no term (flag)
 * holding a rate is the condition as worded (the Conventions, mkdd-5.2) and is left alone.
 */
import { dec } from "../decimal";
import type { Recognition } from "./index";
import { ruleLabels } from "./ruleLabels";

/** Why a drafted count swallows a rate bound, or undefined. */
export function rateInCountLabel(read: Recognition): string | undefined {
  const labels = ruleLabels(read, true);
  // A bound stated as the requirement (达90%, 达到, ≥, 不低于), not as the failing each counted case is (低于82%的每项, 未达到
  // 80%的每次: zj-43, cj-zz-7 count those).
  const label = labels.find((l) =>
    [...l.matchAll(/(?<!未|不|没有|没)(?:达到?|≥|不低于)\s*(\d+(?:\.\d+)?)\s*[%％]/g)].some(
      (m) => !dec(m[1] as string).equals(100),
    ),
  );
  return label === undefined
    ? undefined
    : `“${label}”中的比率界限未被读出：按件计的扣分是只在未达到该比率时扣还是一律扣，条款未说明，请人工设定规则`;
}
