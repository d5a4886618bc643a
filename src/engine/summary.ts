/**
 * What a 得分表's bottom rows and a 通报 draw from the scores: the mean of each column rounded half-up (27.785 →
 * 27.79), 得分率 against full points, the units with full marks, the top N with ties, and counts per grade.
 */
import { Decimal, roundHalfUp, sum } from "./decimal";
import type { Evaluation, UnitResult } from "./evaluate";
import { rankEq, topN } from "./ranking";

/** The id of the 总分 column in summaries. */
export const TOTAL = "total";

export interface ColumnSummary {
  /** Block or part id, or "total". */
  id: string;
  name: string;
  /** Full points (a block's points, the bonus cap, the base points for the total); null for the penalty part. */
  points: Decimal | null;
  /** Units with a value in this column. */
  count: number;
  /** Mean of the column, rounded half-up to the scheme's precision; null when no unit has a value. */
  average: Decimal | null;
  /** 得分率 of the average: average ÷ points. */
  rate: Decimal | null;
  /** Rank of each unit in this column (same order as the evaluation's units). */
  ranks: (number | null)[];
  /** Names of the units scoring the column's full points. */
  fullMarks: string[];
}

export interface Summary {
  columns: ColumnSummary[];
  total: ColumnSummary;
  /** Units per grade, in the scheme's band order (veto grade last when it occurs). */
  grades: { label: string; count: number }[];
  /** Units whose total is known. */
  complete: number;
}

export function columnValues(evaluation: Evaluation, id: string): (Decimal | null)[] {
  return evaluation.units.map((u) => (id === TOTAL ? u.total : (u.columns.get(id) ?? null)));
}

/** Mean of the values present, rounded half-up; null when none is. */
export function average(values: readonly (Decimal | null)[], precision: number): Decimal | null {
  const present = values.filter((v): v is Decimal => v !== null);
  if (present.length === 0) return null;
  return roundHalfUp(sum(present).dividedBy(present.length), precision);
}

function summarise(evaluation: Evaluation, id: string, name: string, points: Decimal | null): ColumnSummary {
  const values = columnValues(evaluation, id);
  const precision = evaluation.scheme.precision;
  const avg = average(values, precision);
  return {
    id,
    name,
    points,
    count: values.filter((v) => v !== null).length,
    average: avg,
    rate: avg !== null && points !== null && !points.isZero() ? avg.dividedBy(points) : null,
    ranks: rankEq(values),
    fullMarks:
      points === null || points.isZero()
        ? []
        : evaluation.units.filter((_, i) => values[i]?.equals(points) === true).map((u) => u.name),
  };
}

export function summarize(evaluation: Evaluation): Summary {
  const scheme = evaluation.scheme;
  const columns = scheme.columns.map((c) =>
    summarise(evaluation, c.id, c.name, c.part === "penalty" ? null : c.points),
  );
  const total = summarise(evaluation, TOTAL, "总分", scheme.basePoints);
  const labels = [...scheme.grades.map((g) => g.label)];
  const counts = new Map<string, number>(labels.map((l) => [l, 0]));
  for (const unit of evaluation.units) {
    if (unit.grade === null) continue;
    counts.set(unit.grade, (counts.get(unit.grade) ?? 0) + 1);
  }
  return {
    columns,
    total,
    grades: [...counts.entries()].map(([label, count]) => ({ label, count })),
    complete: evaluation.units.filter((u) => u.total !== null).length,
  };
}

/** The units ranked n or better in a column (ties included), best first. */
export function topUnits(evaluation: Evaluation, id: string, n: number): UnitResult[] {
  const values = columnValues(evaluation, id);
  return topN(values, n).map((i) => evaluation.units[i] as UnitResult);
}
