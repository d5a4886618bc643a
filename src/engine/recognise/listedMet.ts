/**
 * Tiers of how many listed conditions are met (issue 11 part 1, round 11): “全部符合以下条件:有专人负责日常事务、有会员
 * 登记资料、建立了党组织,得3分;符合两项条件,得2分;符合一项条件,得1分” → `bands` on the count of conditions met (the
 * input), the most (all of them) giving the 分值.
 *
 * One shape only: the conditions listed after “(全部|均|同时)符合以下/下列/如下(N项)条件:”, parted by 、 and nothing else,
 * all of them worth the 分值; then a tier for every count from one fewer down to 1 (“符合N项(条件),得K分”), each worth
 * less than the one above; optionally a closing tier for none (“均不符合…不得分/得0分”). A count no tier names below the
 * lowest stated tier is 0 only where that tier is 1 (no condition met, nothing earned, as “…的，得2分” gives nothing when
 * its condition fails). The number of conditions listed must be one more than the highest lower tier (and equal the N of
 * “以下N项条件” where stated): a condition holding its own 、 would otherwise be counted twice. Anything else — a gap, a
 * tier worth more than the one above, other scoring words — is left to the other readers (declined there as before).
 */
import { Decimal, dec } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import { NUM } from "./statements";

export type ListedMetRead = { ok: true; rule: RuleInput } | { ok: false; reason: string };

const ALL = new RegExp(
  `^(?:全部|均|同时)(?:符合|满足|达到)(?:以下|下列|如下)(?:(\\d+)项)?(?:条件|要求|标准):(.+?),?(?:的,?)?(?:得|计|为)(${NUM})分$`,
);
const TIER = new RegExp(`^(?:符合|满足|达到)(?:其中)?(\\d+)项(?:条件|要求|标准)?(?:的)?,?(?:得|计|为)(${NUM})分$`);
const NONE =
  /^(?:以上|上述)?(?:条件|要求|标准)?(?:均|都|全部)不(?:符合|满足|达到)(?:的)?,?(?:不得分|得0分|计0分|为0分)$/;
/** Words inside a listed condition that make it something other than one yes/no among the list. */
const OPEN = /等|及其|[;:]|分|扣|每|酌情|视情/;

export function readListedMet(normal: string, P: Decimal, part: SchemePart): ListedMetRead | undefined {
  const pieces = normal
    .replace(/[。;]$/, "")
    .split(/[;。]/)
    .filter((p) => p !== "");
  const head = ALL.exec(pieces[0] ?? "");
  if (!head || pieces.length < 2) return undefined;
  const [, stated, list, top] = head as unknown as [string, string | undefined, string, string];
  const items = list.split("、");
  if (part !== "base") return { ok: false, reason: "加分项或扣分项中按符合项数分档，请人工设定规则" };
  if (items.length < 2 || items.length > 10 || items.some((c) => c.length < 2 || OPEN.test(c)))
    return { ok: false, reason: `“${list}”所列条件的项数不能确定，请人工设定规则` };
  if (stated !== undefined && Number(stated) !== items.length)
    return { ok: false, reason: `“以下${stated}项条件”与所列${items.length}项不一致，请人工设定规则` };
  if (!dec(top).equals(P))
    return { ok: false, reason: `全部符合所得${top}分与本项分值${P.toString()}分不一致，计分方式不明确` };
  const tiers = new Map<number, Decimal>([[items.length, P]]);
  let none = false;
  for (const piece of pieces.slice(1)) {
    const t = TIER.exec(piece);
    if (t) {
      const n = Number(t[1]);
      if (tiers.has(n) || n >= items.length)
        return { ok: false, reason: `“${piece}”与所列条件的项数不相合，请人工设定规则` };
      tiers.set(n, dec(t[2] as string));
    } else if (NONE.test(piece) && !none) none = true;
    else return undefined;
  }
  if (none) {
    if (tiers.has(0)) return { ok: false, reason: "符合0项的分值说了两次，请人工设定规则" };
    tiers.set(0, dec(0));
  }
  for (let n = items.length - 1; n >= 1; n--)
    if (!tiers.has(n)) return { ok: false, reason: `符合${n}项条件时的得分未说明，请人工设定规则` };
  if (!tiers.has(0)) tiers.set(0, dec(0));
  for (let n = 1; n <= items.length; n++)
    if (!(tiers.get(n) as Decimal).greaterThan(tiers.get(n - 1) as Decimal))
      return { ok: false, reason: "符合项数多的一档得分不高于项数少的一档，计分方式不明确" };
  const bands = [...Array(items.length + 1).keys()].map((n) => ({
    min: n,
    ...(n < items.length ? { max: n } : {}),
    points: (tiers.get(n) as Decimal).toNumber(),
  }));
  return {
    ok: true,
    rule: { kind: "bands", input: "count", unit: "项", question: `符合的项数（${items.join("、")}）`, bands },
  };
}
