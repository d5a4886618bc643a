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

/** An award, then its nil for one failing: “A,B的,得N分;未B的,不得分”. */
const AWARD_THEN_NIL =
  /^(?:[^;。:]*:)?([^;。分]+?)的?,?(?:得|计|记)\d+(?:\.\d+)?分[;。,](?:未|没有|无)([^,;。]+?)的?,?(?:不得分|不计分|得0分|不给分)[。;]?$/;
/** A piece naming how the evaluator checks, not a requirement: “查看会议记录”. */
const CHECKING = /^(?:查看|查阅|检查|核查|现场|抽查|查)/;

/**
 * “区农业农村委召开专题会议研究、推进…工作,出台本区…实施细则的,得10分;未出台实施细则的,不得分” (held-out set 72): the award
 * asks for several things parted by commas, and the nil names the failing of one of them — a unit that issued the 细则
 * without holding the meeting is on neither rung. Declined where a piece of the award shares no two characters with the
 * failing (a piece naming how the evaluator checks aside); “章程经过…民主表决通过,得5分,未通过民主表决不得分” stays read.
 */
export function nilOfOnePiece(normal: string): string | undefined {
  const m = AWARD_THEN_NIL.exec(normal);
  if (!m) return undefined;
  const failed = m[2] as string;
  const pairs = new Set([...failed].slice(1).map((c, i) => (failed[i] as string) + c));
  const pieces = (m[1] as string).split(",").filter((p) => p.length >= 4 && !CHECKING.test(p));
  if (pieces.length < 2) return undefined;
  const other = pieces.find((p) => ![...p].slice(1).some((c, i) => pairs.has((p[i] as string) + c)));
  return other === undefined
    ? undefined
    : `“${other}”是得分条件之一，只写了“未${failed}”不得分，做到其一而缺另一项如何计分，条款未说明，请人工设定规则`;
}
