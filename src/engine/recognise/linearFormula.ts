/**
 * A score formula linear in a rate, with full points at 100%: "得分=70×实际达标率-63" on 7 points (70 − 63 = 7). The
 * score falls by a/100 for each percentage point below 100% and is 0 from b/a down: `rateThreshold` from 100% with
 * that slope (at 90% here 0, as the document's own note says). Read only where a − b is the 分值, so the formula's
 * scale is the leaf's; words after it (“粪大肠菌群不计入考核”, a note in the same cell) may hold no number or scoring
 * word. Anything else is left to formula.ts.
 */
import { dec, Decimal, HUNDRED } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import { NUM } from "./statements";

export type LinearFormulaRead = { ok: true; rule: RuleInput } | { ok: false; reason: string };

const LINEAR = new RegExp(
  `^(?:得分|得分值|分值|指标得分)=(${NUM})[×*]([\\u4e00-\\u9fa5]{0,10}率)-(${NUM})([\\u4e00-\\u9fa5,]*)[。.]?$`,
);
const SCORING_NOTE = /分|扣|得|加|最高|最低|封顶|不超过|以上|以下|低于|高于|超过/;

export function readLinearFormula(normal: string, P: Decimal, part: SchemePart): LinearFormulaRead | undefined {
  const m = LINEAR.exec(normal);
  if (!m || part !== "base") return undefined;
  const [, a, , b, note] = m as unknown as string[];
  if (SCORING_NOTE.test(note as string)) return undefined;
  const slope = dec(a as string);
  const offset = dec(b as string);
  if (!slope.minus(offset).equals(P) || !offset.greaterThan(0)) {
    return { ok: false, reason: `公式“${m[0]}”在100%时的得分与本项分值${P.toString()}分不一致，计分方式不明确` };
  }
  return { ok: true, rule: { kind: "rateThreshold", target: 1, per: { points: slope.dividedBy(HUNDRED).toNumber() } } };
}
