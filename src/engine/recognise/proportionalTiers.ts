/**
 * Full points at 100%, the points in proportion between a floor and 100%, none below the floor, all said of one rate:
 * “完成率达到100%的得满分,完成率≥50%的按比例得分,低于50%的不得分” (held-out set 14, four rows of a 市场监管所 scheme).
 * 按比例 here is the rate the clause names itself — the points times 完成率 — so the clause is `rateProportional` with
 * its floor: the floor itself scored (≥N%), below it 0. Read only in that shape: the rate named before 100%, the
 * proportional tier and the zero tier at the same number, nothing else in the clause (按比例 alone, without a rate
 * named and the 100% point, stays declined as judgement).
 */
import { dec, Decimal, HUNDRED } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import { NUM } from "./statements";

export type ProportionalTiersRead = { ok: true; rule: RuleInput } | { ok: false; reason: string };

const FULL_AT_100 = `([\\u4e00-\\u9fa5]{1,10}率)(?:达到|到达|达|为)100%(?:及以上|以上)?的?,?(?:得满分|得(${NUM})分)`;
const PROPORTIONAL = `(?:\\1)?(?:≥|达到|达|不低于)(${NUM})%(?:\\(含\\))?(?:及以上|以上)?的?,?按比例(?:得分|计分|给分)`;
const ZERO_BELOW = `(?:\\1)?(?:低于|<|不足|未达到|达不到)(${NUM})%的?,?(?:不得分|不计分|不给分|得0分|计0分)`;
const SHAPE = new RegExp(`^${FULL_AT_100}[,;]${PROPORTIONAL}[,;]${ZERO_BELOW}[。]?$`);

export function readProportionalTiers(normal: string, P: Decimal, part: SchemePart): ProportionalTiersRead | undefined {
  const m = SHAPE.exec(normal);
  if (!m) return undefined;
  const [, , award, floor, below] = m as unknown as Array<string | undefined>;
  if (part !== "base") return { ok: false, reason: "扣分项或加分项中的比率计分，请人工设定规则" };
  if (award !== undefined && !dec(award).equals(P)) {
    return { ok: false, reason: `100%时得${award}分，与本项分值${P.toString()}分不一致，计分方式不明确` };
  }
  if (!dec(floor as string).equals(dec(below as string)) || !dec(floor as string).lessThan(HUNDRED)) {
    return { ok: false, reason: "按比例得分的下限与不得分的界限不一致，计分方式不明确" };
  }
  return {
    ok: true,
    rule: {
      kind: "rateProportional",
      floor: dec(floor as string)
        .dividedBy(HUNDRED)
        .toNumber(),
    },
  };
}
