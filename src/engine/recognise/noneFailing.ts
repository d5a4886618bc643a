/**
 * “各专业基地容量测算符合要求，得1分；1个专业基地不符合要求，得0.5分；2个及以上专业基地不符合要求，不得分”: tiers of how
 * many units fail a requirement, above the award for all of them meeting it. All meeting it is none failing, so it is
 * the tier at 0 of the same count (the input is the number failing). Read only where
 *
 * - the one condition without a number says all of them meet it (各/全部/所有/均 … 符合要求/合格/达标) and gives the points;
 * - every other statement is a tier of that count (1个, 2个及以上 …) of the same requirement failed (不符合要求 …) and of
 *   the same units (a shared word), the lowest from 1;
 * - the tiers run on from 1 without a gap to one with no end (“2个及以上”);
 * - nothing else scores.
 *
 * Otherwise the clause is left as it was (declined there: 分档之外还有不带数值的计分条件).
 */
import { Decimal, ZERO } from "../decimal";
import type { Statement } from "./statements";

type Of<K extends Statement["kind"]> = Extract<Statement, { kind: K }>;

const ALL_MEET = /^(?:各|全部|所有|均)([\u4e00-\u9fa5]{0,16}?)(?:均|都|全部)?(符合要求|合格|达标)$/;

/** Whether a tier counts the units the award names: “1个专业基地不符合要求” beside “各专业基地容量测算符合要求”. */
function sameUnits(units: string, tier: string, word: string): boolean {
  const m = new RegExp(`\\d+[个名家所户]?(?:及以上|或以上|以上)?([\u4e00-\u9fa5]{1,12}?)(?:的)?不${word}`).exec(tier);
  return m !== null && units.includes(m[1] as string);
}

/** The statements with “all meet it” as the tier at 0 failing, or undefined where the clause is not this shape. */
export function noneFailing(statements: readonly Statement[], P: Decimal): Statement[] | undefined {
  const scoring = statements.filter((s) => s.kind !== "floor");
  const plains = scoring.filter((s): s is Of<"plain"> => s.kind === "plain");
  const bands = scoring.filter((s): s is Of<"band"> => s.kind === "band");
  if (plains.length !== 1 || bands.length === 0 || plains.length + bands.length !== scoring.length) return undefined;
  const all = plains[0] as Of<"plain">;
  const full = all.result.kind === "full" || (all.result.kind === "award" && all.result.points.equals(P));
  const m = ALL_MEET.exec(all.cond);
  if (!full || !m) return undefined;
  const [units, word] = [m[1] as string, m[2] as string];
  const unit = bands[0]?.range.unit;
  const lowest = bands.map((b) => b.range.min?.value.toNumber() ?? 0).reduce((a, b) => Math.min(a, b), Infinity);
  if (
    lowest !== 1 ||
    bands.some(
      (b) =>
        b.range.measure !== "count" ||
        b.range.unit !== unit ||
        b.range.min === undefined ||
        !b.range.min.inclusive ||
        !b.cond.includes(`不${word}`) ||
        !sameUnits(units, b.cond, word),
    )
  ) {
    return undefined;
  }
  // the tiers run on from 1 without a gap to one with no end (1个, 2个及以上): every count of failing units has its points
  const sorted = [...bands].sort((a, b) => (a.range.min?.value.toNumber() ?? 0) - (b.range.min?.value.toNumber() ?? 0));
  for (let i = 0; i < sorted.length; i++) {
    const r = (sorted[i] as Of<"band">).range;
    const next = sorted[i + 1]?.range;
    if (next === undefined) {
      if (r.max !== undefined) return undefined;
    } else if (!r.max?.inclusive || !r.max.value.plus(1).equals(next.min?.value ?? ZERO)) return undefined;
  }
  const atZero: Of<"band"> = {
    kind: "band",
    range: {
      measure: "count",
      ...(unit ? { unit } : {}),
      min: { value: ZERO, inclusive: true },
      max: { value: ZERO, inclusive: true },
    },
    result: all.result,
    cond: all.cond,
    exact: true,
  };
  return statements.map((s) => (s === all ? atZero : s));
}
