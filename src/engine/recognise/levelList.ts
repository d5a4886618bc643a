/**
 * A list of administrative levels inside a 分别 condition (round 10): “…被镇、县及县以上督查通报的,每项分别扣2分、4分、
 * 6分” — 镇, 县, 县以上 matched in order with the amounts. The condition's other words (没有及时督促…) hold 、 and 及 of
 * their own, so a split of the whole condition miscounts; where exactly one run of levels (乡镇, 镇, 乡, 县, 区, 市, 省,
 * 国家, 中央; 级, 以上, 及以上 after each) holds as many items as there are amounts, each label is the condition with
 * that run replaced by its item, and only where no other list stands in the condition. Anything else: undefined (the
 * caller's split stands).
 */
const LEVEL = "(?:乡镇|镇|乡|县|区|市|省|国家|中央)级?(?:及以上|以上)?";
const RUN = new RegExp(`${LEVEL}(?:(?:、|及|和|与|或)${LEVEL})+`, "g");

export function levelLabels(cond: string, amounts: number): string[] | undefined {
  const runs = [...cond.matchAll(RUN)];
  if (runs.length !== 1) return undefined;
  const run = runs[0] as RegExpMatchArray;
  const items = (run[0] as string).match(new RegExp(LEVEL, "g")) ?? [];
  if (items.length !== amounts || items.length < 2) return undefined;
  const at = run.index ?? 0;
  // another list in the condition (“中央、省级交办的…去京…、赴沪…的”): which list the amounts follow is open
  const rest = cond.slice(0, at) + cond.slice(at + (run[0] as string).length);
  if (/、|或|和|与|及(?!时)/.test(rest)) return undefined;
  return items.map((item) => cond.slice(0, at) + item + cond.slice(at + (run[0] as string).length));
}
