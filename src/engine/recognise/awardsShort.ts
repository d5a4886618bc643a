/**
 * Yes/no awards that add up to less than the item's points (round 16, guard 61 of docs/recogniser.md): “1.加强涉水涉砂
 * 矛盾纠纷排查，建立非法采砂台帐，得1分。2.协助推进废弃采砂船舶的切割淘汰工作，得1分。” under a 分值 of 3. Every award
 * met gives 2 of 3 points: the missing point is a slip of the table, a part left unwritten or the evaluator's — the text
 * does not say, and a unit meeting every award would be scored short. The labels read such a clause manual (round11-rate
 * jghlw2-P1-11, “两项加分合计5分，与本项分值10分不一致”; round11-bracket r11b-jd-1.2), as “得3分” under 2分 is the other way.
 *
 * Only in a base part, and only where awards are all the clause scores: a bonus part's points are its cap, and beside a
 * deduction, a count or a band the awards are not meant to make up the points.
 */
import { Decimal, dec } from "../decimal";
import type { SchemePart } from "../rules";
import type { Statement } from "./statementTypes";

export function awardsShort(statements: readonly Statement[], part: SchemePart, P: Decimal): string | undefined {
  if (part !== "base" || !P.greaterThan(0)) return undefined;
  const scoring = statements.filter((s) => s.kind !== "floor" && s.kind !== "cap" && s.kind !== "otherwiseZero");
  if (scoring.length < 2) return undefined;
  let sum = dec(0);
  for (const s of scoring) {
    if (s.kind !== "plain" || s.result.kind !== "award") return undefined;
    sum = sum.plus(s.result.points);
  }
  return sum.lessThan(P)
    ? `各项得分合计${sum.toString()}分，少于本项分值${P.toString()}分：全部做到也得不到满分，余下的分如何得，文件未说明，请人工设定规则`
    : undefined;
}
