/**
 * “开展3次以上得3分，2次得2分，1次得1分，未开展不得分”: tiers of a count from 1 up, and the count at 0 said as the act not
 * done (未开展, 没有组织, 未召开) with no points. That is the tier at 0 of the same count, which the tiers' 否则 already
 * scores 0, so the statement is dropped and the tiers read. Only where
 *
 * - it is the one statement without a number, its result 不得分, its condition a negation (未/没有/无/没) of a verb that
 *   every tier's condition starts with or holds (开展, 组织 …), nothing else in it;
 * - every tier counts in 次/场/期/批 from 1 (the lowest tier's minimum is 1, the count's first unit), so 0 is none of them.
 *
 * Otherwise the clause is left as it was (declined there: 分档之外还有不带数值的计分条件). Round 16.
 */
import type { Statement } from "./statements";

type Of<K extends Statement["kind"]> = Extract<Statement, { kind: K }>;

const NOT_DONE = /^(?:未|没有|无|没)([\u4e00-\u9fa5]{2})(?:的)?$/;
const TIMES = /^(?:次|场|期|批)$/;

export function withoutZeroTier(statements: readonly Statement[]): Statement[] | undefined {
  const plains = statements.filter((s): s is Of<"plain"> => s.kind === "plain");
  const bands = statements.filter((s): s is Of<"band"> => s.kind === "band");
  if (plains.length !== 1 || bands.length < 2) return undefined;
  if (statements.some((s) => s.kind !== "plain" && s.kind !== "band" && s.kind !== "otherwiseZero")) return undefined;
  const none = plains[0] as Of<"plain">;
  const m = NOT_DONE.exec(none.cond);
  if (!m || none.result.kind !== "zero") return undefined;
  const verb = m[1] as string;
  for (const b of bands) {
    if (b.range.measure !== "count" || !TIMES.test(b.range.unit ?? "")) return undefined;
  }
  // the tiers without a verb (“2次得2分”) follow one that names it (“开展3次以上”)
  if (!bands.some((b) => b.cond.includes(verb))) return undefined;
  // every tier starts at 1 or above, one of them at 1 itself: 0 is none of them
  if (bands.some((b) => b.range.min === undefined || b.range.min.value.lessThan(1))) return undefined;
  if (!bands.some((b) => b.range.min?.value.equals(1) && b.range.min.inclusive)) return undefined;
  return statements.filter((s) => s !== none);
}
