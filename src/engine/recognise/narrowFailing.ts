/**
 * “统计人员持有从业资格证书得5分,没有从业资格证书当年又未参加从业资格考试不得分” (held-out set 11, h11-cj-2): the 不得分 is
 * not the award's negation but narrower — the negation (没有证书) AND a further failing (又未参加考试) — so a unit with no
 * certificate that sat the exam is on neither rung; it was drafted as 符合的得5分，否则不得分. Where an award stands beside
 * a nil or a deduction whose condition joins a failing to a second one (又/且/并且/同时/而且/也 + 未/没有/无/不), and no
 * other statement scores the first failing alone, the clause is declined.
 */
import type { Statement } from "./statements";

const JOINED = /^((?:没有|无|未|不)[^,;。]+?)(?:而又|又|并且|且|同时|而且|也)(?:未|没有|无|不)/;

/** The reason to decline a clause whose failing is narrower than its award's negation, or undefined. */
export function narrowFailing(statements: readonly Statement[]): string | undefined {
  const plain = statements.filter((s): s is Extract<Statement, { kind: "plain" }> => s.kind === "plain");
  if (!plain.some((s) => s.result.kind === "award" || s.result.kind === "full")) return undefined;
  for (const s of plain) {
    if (s.result.kind !== "zero" && s.result.kind !== "deduct") continue;
    const cond = s.raw ?? s.cond;
    const m = JOINED.exec(cond);
    if (!m) continue;
    const first = (m[1] as string).replace(/(?:当年|年内|全年|本年度?|同时)$/, "");
    const middle = plain.some((o) => o !== s && (o.raw ?? o.cond).includes(first) && !JOINED.test(o.raw ?? o.cond));
    if (middle) continue;
    return `“${cond}”比得分条件的反面窄：只有“${first}”而不具备其后情形的，得分条文未写，请人工设定规则`;
  }
  return undefined;
}
