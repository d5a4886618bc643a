/**
 * Two 得分表 side by side (two years, or two districts), under one scheme or two: per unit the change in every block,
 * in 总分 and in rank, the units matched by name (names.ts) with how each match was made, the units found in one sheet
 * only, and the units that improved most ("与上一年度相比进步较大"). Across two schemes the blocks are paired by name
 * or by hand (blockPairing.ts); a pair whose points differ is compared by 得分率, and 总分 of different scales by its
 * value and by rank, the comparison saying so.
 */
import { ComparedColumn, BlockOverride, pairBlocks, scaleOf } from "./blockPairing";
import { dec, Decimal } from "./decimal";
import type { Evaluation, UnitResult } from "./evaluate";
import { matchNames, NameAmbiguity, NameMatch, NameMatching, NameOverride } from "./names";
import { topN } from "./ranking";
import { ok, Parsed } from "./result";

/**
 * What 进步较大 is measured by: the rise of 总分, or the places gained in 排名. [000] does not define it: the evaluator
 * chooses, and the 通报 draft says which was used.
 */
export type Progress = "total" | "rank";

export interface CompareOptions {
  /** Corrections of the automatic name matching. */
  overrides?: readonly NameOverride[];
  /** How many units to mark as improved most (ties included); default 3. */
  improved?: number;
  /** By the rise of 总分 (default) or of 排名. */
  progress?: Progress;
  /** Pairings of blocks by hand, across two schemes (基础评价 = 工作保障与管理). */
  blocks?: readonly BlockOverride[];
}

export interface ColumnChange {
  before: Decimal | null;
  after: Decimal | null;
  /** after − before, null when either is unknown, and for a column compared by 得分率 (see `rate`). */
  change: Decimal | null;
  /** For a column compared by 得分率: each side's score ÷ its points, exact, and the change. */
  rate?: { before: Decimal | null; after: Decimal | null; change: Decimal | null };
}

export interface RankChange {
  before: number | null;
  after: number | null;
  /** Places gained: before − after (moving from 5th to 2nd is +3). */
  change: number | null;
}

export interface UnitComparison {
  /** The name as the later sheet writes it (the earlier sheet's for a unit found there only). */
  name: string;
  before: UnitResult | null;
  after: UnitResult | null;
  /** How the two names were matched; absent for a unit found in one sheet only. */
  match?: NameMatch;
  /** One change per compared column, in `Comparison.columns` order. */
  columns: ColumnChange[];
  total: ColumnChange;
  rank: RankChange;
  improvedMost: boolean;
}

export interface Comparison {
  before: Evaluation;
  after: Evaluation;
  columns: ComparedColumn[];
  /** Matched units, in the later sheet's order by 总分 (best first). */
  units: UnitComparison[];
  onlyBefore: UnitComparison[];
  onlyAfter: UnitComparison[];
  /** Names left unmatched because more than one candidate fits: give an override. */
  ambiguous: NameAmbiguity[];
  matching: NameMatching;
  /** The units marked improved most, largest rise first (of 总分, or of 排名, as `progress` says). */
  improved: UnitComparison[];
  progress: Progress;
  /** The two sheets were scored under different schemes. */
  schemesDiffer: boolean;
  /** Each side's 总分 as it is made ("100+5", "100+5−5"), and whether they differ (then 总分 compare by rank too). */
  scale: { before: string; after: string; differs: boolean };
}

function change(before: Decimal | null, after: Decimal | null): ColumnChange {
  return { before, after, change: before !== null && after !== null ? after.minus(before) : null };
}

function rankChange(before: number | null, after: number | null): RankChange {
  return { before, after, change: before !== null && after !== null ? before - after : null };
}

/** One unit's change in one column; by 得分率 as well when the column's two blocks differ in points. */
function columnChange(column: ComparedColumn, b: UnitResult | null, a: UnitResult | null): ColumnChange {
  const before = b && column.beforeId !== null ? (b.columns.get(column.beforeId) ?? null) : null;
  const after = a && column.id !== null ? (a.columns.get(column.id) ?? null) : null;
  if (!column.byRate || !column.node || !column.beforeNode) return change(before, after);
  const rateBefore = before === null ? null : before.dividedBy(column.beforeNode.points);
  const rateAfter = after === null ? null : after.dividedBy(column.node.points);
  // Across different points the raw difference means little: the change is that of 得分率.
  return { before, after, change: null, rate: change(rateBefore, rateAfter) };
}

/** Units best first; units without a total after the rest, in input order. */
function byTotal(a: UnitResult | null, b: UnitResult | null): number {
  const ta = a?.total ?? null;
  const tb = b?.total ?? null;
  if (ta === null || tb === null) return ta === null ? (tb === null ? (a?.index ?? 0) - (b?.index ?? 0) : 1) : -1;
  return tb.comparedTo(ta) || (a?.index ?? 0) - (b?.index ?? 0);
}

export function compare(before: Evaluation, after: Evaluation, options: CompareOptions = {}): Parsed<Comparison> {
  const matched = matchNames(
    before.units.map((u) => u.name),
    after.units.map((u) => u.name),
    options.overrides,
  );
  if (!matched.ok) return matched;
  const matching = matched.value;
  const paired = pairBlocks(before.scheme, after.scheme, options.blocks);
  if (!paired.ok) return paired;
  const columns = paired.value;

  const compareUnit = (b: UnitResult | null, a: UnitResult | null, match?: NameMatch): UnitComparison => {
    const result: UnitComparison = {
      name: (a ?? b)?.name ?? "",
      before: b,
      after: a,
      columns: columns.map((c) => columnChange(c, b, a)),
      total: change(b?.total ?? null, a?.total ?? null),
      rank: rankChange(b?.rank ?? null, a?.rank ?? null),
      improvedMost: false,
    };
    if (match) result.match = match;
    return result;
  };

  const units = matching.matches
    .map((m) => compareUnit(before.units[m.before] ?? null, after.units[m.after] ?? null, m))
    .sort((x, y) => byTotal(x.after, y.after));
  const progress = options.progress ?? "total";
  const rises = units.map((u) => {
    if (progress === "rank") return u.rank.change !== null && u.rank.change > 0 ? dec(u.rank.change) : null;
    return u.total.change?.greaterThan(0) ? u.total.change : null;
  });
  const improved = topN(rises, options.improved ?? 3).map((i) => units[i] as UnitComparison);
  for (const u of improved) u.improvedMost = true;
  const scale = { before: scaleOf(before.scheme), after: scaleOf(after.scheme) };

  return ok({
    before,
    after,
    columns,
    units,
    onlyBefore: matching.onlyBefore.map((i) => compareUnit(before.units[i] ?? null, null)),
    onlyAfter: matching.onlyAfter
      .map((i) => compareUnit(null, after.units[i] ?? null))
      .sort((x, y) => byTotal(x.after, y.after)),
    ambiguous: matching.ambiguous,
    matching,
    improved,
    progress,
    schemesDiffer: before.scheme.id !== after.scheme.id,
    scale: { ...scale, differs: scale.before !== scale.after },
  });
}
