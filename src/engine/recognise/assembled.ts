/**
 * The shared vocabulary of assembly: its result, and what a statement's result is worth against the 分值.
 * Part of assembly (assemble.ts), which takes the statements of a clause to one rule or a reason.
 */
import { dec, Decimal, HUNDRED, ONE, ZERO } from "../decimal";
import type { RuleInput } from "../rules";
import type { Result, Statement } from "./statements";

export type Assembled = { ok: true; rule: RuleInput } | { ok: false; reason: string };

export const no = (reason: string): Assembled => ({ ok: false, reason });

export const yes = (rule: RuleInput): Assembled => ({ ok: true, rule });

export const num = (d: Decimal): number => d.toNumber();

export type Of<K extends Statement["kind"]> = Extract<Statement, { kind: K }>;

export function pick<K extends Statement["kind"]>(statements: readonly Statement[], kind: K): Of<K>[] {
  return statements.filter((s): s is Of<K> => s.kind === kind);
}

/** The points a result gives on a leaf of P points, or undefined where it cannot be a band's points. */
export function pointsOf(result: Result, P: Decimal): Decimal | undefined {
  switch (result.kind) {
    case "full":
      return P;
    case "zero":
      return ZERO;
    case "award":
      return result.points;
    case "deduct":
      return P.minus(result.points);
    case "deductShare":
      return P.times(ONE.minus(result.share));
  }
}

/** Full points, said as 满分 or as the leaf's own points. */
export function isFull(result: Result, P: Decimal): boolean {
  return result.kind === "full" || (result.kind === "award" && result.points.equals(P));
}

/** What each percentage point costs, from "每降低0.1个百分点扣0.2分" (2 points per point). */
const ONE_POINT = dec("0.01");

/**
 * A step of a rate (a fraction: 0.005 for “0.5%”) whose remainder the text leaves open: coarser than one percentage point
 * (“每下降2%”), or no tenth or hundredth of one (“每低0.5%扣1分”: is 97.8% no step short, or 0.4 of one?). Steps of 1%,
 * 0.1%, 0.01% are continuous in the shortfall (fixtures README, Steps): a rate typed to their precision leaves no remainder.
 */
export function openStep(step: Decimal): boolean {
  if (!step.greaterThan(0) || step.greaterThan(ONE_POINT)) return true;
  let s = step;
  while (s.lessThan(ONE_POINT)) s = s.times(10);
  return !s.equals(ONE_POINT);
}

export function perPoint(result: Result, step: Decimal): { points: number } | { share: number } | undefined {
  const points = step.times(HUNDRED);
  if (result.kind === "deduct") return { points: num(result.points.dividedBy(points)) };
  if (result.kind === "deductShare") return { share: num(result.share.dividedBy(points)) };
  return undefined;
}
