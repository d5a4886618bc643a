/** Ranks as Excel's RANK.EQ gives them: highest first, equal values share a rank, the next rank is skipped (1, 2, 2, 4). */
import type { Decimal } from "./decimal";

/** Rank of each value (same order as `values`); null values get no rank. */
export function rankEq(values: readonly (Decimal | null)[]): (number | null)[] {
  const order = values
    .map((value, index) => ({ value, index }))
    .filter((e): e is { value: Decimal; index: number } => e.value !== null)
    .sort((a, b) => b.value.comparedTo(a.value));
  const ranks: (number | null)[] = values.map(() => null);
  order.forEach((entry, position) => {
    const previous = order[position - 1];
    ranks[entry.index] =
      previous && previous.value.equals(entry.value) ? (ranks[previous.index] as number) : position + 1;
  });
  return ranks;
}

/**
 * Indexes of the entries ranked n or better, ties included ("排名前三" lists every unit whose rank is ≤ 3), best
 * first, in input order among equals.
 */
export function topN(values: readonly (Decimal | null)[], n: number): number[] {
  const ranks = rankEq(values);
  return ranks
    .map((rank, index) => ({ rank, index }))
    .filter((e): e is { rank: number; index: number } => e.rank !== null && e.rank <= n)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((e) => e.index);
}
