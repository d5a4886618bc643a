/**
 * “无故缺席一次扣3分,两次扣5分,三次(含)以上不得分”: tiers of one count, each replacing the last — one occurrence, then
 * each further number its own deduction, and from N on none of the points. Written out as bands on the count (0 the
 * points, 1 less the first amount, 2 … N−1 less their own, N and more 0), as “每迟报一天扣1分；迟报四天及以上不得分” is
 * (assemble.ts countToZero). Read only where
 *
 * - a base part holds one count term (the tier at 1) and tiers of the same count and unit after it, each a bare number
 *   of it (2次, 缺席2次的), every number from 2 to N−1 once, then one open tier from N that scores 0;
 * - the deductions grow with the count and stay within the points;
 * - nothing else scores.
 *
 * Anything else is left to the readers after it (and declined there as before).
 */
import type { Decimal } from "../decimal";
import type { RuleInput } from "../rules";
import type { Statement } from "./statements";

type Of<K extends Statement["kind"]> = Extract<Statement, { kind: K }>;

/** The most tiers spelt out (as assemble.ts' MAX_TIERS). */
const MAX_TIERS = 20;

export function countTiers(statements: readonly Statement[], P: Decimal): RuleInput | undefined {
  const scoring = statements.filter((s) => s.kind !== "floor");
  const [first, ...rest] = scoring;
  if (first?.kind !== "count" || first.verb !== "deduct" || rest.length < 2) return undefined;
  if (!rest.every((s): s is Of<"band"> => s.kind === "band")) return undefined;
  const bands = rest as Of<"band">[];
  const open = bands[bands.length - 1] as Of<"band">;
  const exact = bands.slice(0, -1);
  const bare = (b: Of<"band">) => {
    const words = b.cond.replace(/\d+|\(含\)|及以上|以上|的|,/g, "").replace(first.unit, "");
    return words === "" || first.label.includes(words);
  };
  if (
    open.result.kind !== "zero" ||
    open.range.measure !== "count" ||
    open.range.unit !== first.unit ||
    open.range.max !== undefined ||
    !open.range.min?.inclusive ||
    !bare(open)
  ) {
    return undefined;
  }
  const N = open.range.min.value.toNumber();
  if (!Number.isInteger(N) || N !== exact.length + 2 || N > MAX_TIERS) return undefined;
  const tiers: Array<{ min: number; max?: number; points: number }> = [{ min: 0, max: 0, points: P.toNumber() }];
  let taken = first.per;
  if (taken.greaterThan(P)) return undefined;
  tiers.push({ min: 1, max: 1, points: P.minus(taken).toNumber() });
  for (let i = 0; i < exact.length; i++) {
    const b = exact[i] as Of<"band">;
    const n = i + 2;
    if (
      b.range.measure !== "count" ||
      b.range.unit !== first.unit ||
      !b.range.min?.value.equals(n) ||
      !b.range.max?.value.equals(n) ||
      b.result.kind !== "deduct" ||
      !bare(b)
    ) {
      return undefined;
    }
    if (b.result.points.lessThan(taken) || b.result.points.greaterThan(P)) return undefined;
    taken = b.result.points;
    tiers.push({ min: n, max: n, points: P.minus(taken).toNumber() });
  }
  tiers.push({ min: N, points: 0 });
  return { kind: "bands", input: "count", unit: first.unit, bands: tiers } as RuleInput;
}
