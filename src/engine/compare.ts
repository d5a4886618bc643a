/**
 * Two 得分表 side by side (two years, or two districts under one scheme): per unit the change in every block, in 总分
 * and in rank, the units matched by name (names.ts) with how each match was made, the units found in one sheet only,
 * and the units that improved most ("与上一年度相比进步较大").
 */
import { dec, Decimal } from "./decimal";
import type { Evaluation, UnitResult } from "./evaluate";
import { matchNames, NameAmbiguity, NameMatch, NameMatching, NameOverride, normalizeName } from "./names";
import { topN } from "./ranking";
import { ok, Parsed } from "./result";
import type { SchemeNode } from "./scheme";

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
}

export interface ColumnChange {
  before: Decimal | null;
  after: Decimal | null;
  /** after − before, null when either is unknown. */
  change: Decimal | null;
}

export interface RankChange {
  before: number | null;
  after: number | null;
  /** Places gained: before − after (moving from 5th to 2nd is +3). */
  change: number | null;
}

/** A column of the comparison: a column of the later sheet and its counterpart in the earlier one. */
export interface ComparedColumn {
  id: string;
  name: string;
  /** The earlier sheet's column, or null when it has none. */
  beforeId: string | null;
  node: SchemeNode;
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
}

function change(before: Decimal | null, after: Decimal | null): ColumnChange {
  return { before, after, change: before !== null && after !== null ? after.minus(before) : null };
}

function rankChange(before: number | null, after: number | null): RankChange {
  return { before, after, change: before !== null && after !== null ? before - after : null };
}

/** Columns by id under one scheme; by name (when unique) across two schemes. */
function compareColumns(before: Evaluation, after: Evaluation): ComparedColumn[] {
  const same = before.scheme.id === after.scheme.id;
  return after.scheme.columns.map((c) => {
    let counterpart: SchemeNode | undefined;
    if (same) counterpart = before.scheme.columns.find((b) => b.id === c.id);
    else {
      const named = before.scheme.columns.filter((b) => normalizeName(b.name) === normalizeName(c.name));
      counterpart = named.length === 1 ? named[0] : undefined;
    }
    return { id: c.id, name: c.name, beforeId: counterpart?.id ?? null, node: c };
  });
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
  const columns = compareColumns(before, after);

  const compareUnit = (b: UnitResult | null, a: UnitResult | null, match?: NameMatch): UnitComparison => {
    const result: UnitComparison = {
      name: (a ?? b)?.name ?? "",
      before: b,
      after: a,
      columns: columns.map((c) =>
        change(
          b && c.beforeId !== null ? (b.columns.get(c.beforeId) ?? null) : null,
          a ? (a.columns.get(c.id) ?? null) : null,
        ),
      ),
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
  });
}
