/**
 * The summary 得分表 (layouts.md A, [000] 附件1): a title merged across the table, a bold header, one row per unit
 * (highest 总分 first) with a column per block, 总分, 排名 and 等第, then the 平均分 row. 总分, 排名, 等第 and 平均分 are
 * Excel formulas, so the sheet stays consistent when someone edits a block score by hand; each carries the value
 * the engine computed, which a shell compares with what the spreadsheet computes.
 */
import { Decimal, Evaluation, summarize, toNumber } from "../engine";
import { formulaText } from "./formulaText";
import { cellAddress, Grid, GridCell, GridValue, scoreFormat, widestText } from "./grid";

export interface ScoreTable {
  grid: Grid;
  /** Input position of the unit on each data row (row i of the data is unit rowUnits[i]). */
  rowUnits: number[];
  /** 0-based row of the first unit, and of the 平均分 row, inside the grid. */
  firstDataRow: number;
  averageRow: number;
  /** 0-based columns of 总分, 排名 and 等第. */
  totalCol: number;
  rankCol: number;
  gradeCol: number;
}

export const TITLE_SUFFIX = "得分表";
/** The sheet the 得分表 is written to. */
export const SCORE_SHEET_NAME = "得分表";
/** A workbook name over the region written, which marks a 得分表 sheet as the tool's own: only that one is replaced. */
export const SCORE_TABLE_MARKER = "jixiao_score_table";

/** Units best first; units without a total keep their input order after the rest. */
function order(evaluation: Evaluation): number[] {
  return evaluation.units
    .map((u) => u)
    .sort((a, b) => {
      if (a.total === null || b.total === null)
        return a.total === null ? (b.total === null ? a.index - b.index : 1) : -1;
      return b.total.comparedTo(a.total) || a.index - b.index;
    })
    .map((u) => u.index);
}

function gradeFormula(evaluation: Evaluation, totalCell: string): string | undefined {
  const bands = evaluation.scheme.grades;
  if (bands.length === 0) return undefined;
  let expression = '""';
  for (let i = bands.length - 1; i >= 0; i--) {
    const band = bands[i];
    if (!band) continue;
    // The label is the scheme's text: a literal, quotes doubled, so it can never end the string and go on as formula.
    const label = formulaText(band.label);
    expression = band.min === undefined ? label : `IF(${totalCell}>=${band.min.toString()},${label},${expression})`;
  }
  return `=IF(${totalCell}="","",${expression})`;
}

export function scoreTableGrid(evaluation: Evaluation, title?: string): ScoreTable {
  const { scheme } = evaluation;
  const p = scheme.precision;
  const num = (d: Decimal | null | undefined): GridValue => (d === null || d === undefined ? null : toNumber(d, p));
  const format = scoreFormat(p);
  const columns = scheme.columns;
  const nCols = columns.length + 4;
  const totalCol = columns.length + 1;
  const rankCol = totalCol + 1;
  const gradeCol = totalCol + 2;
  const firstDataRow = 2;
  const rowUnits = order(evaluation);
  const lastDataRow = firstDataRow + rowUnits.length - 1;
  const averageRow = lastDataRow + 1;
  const weighted = scheme.aggregation.kind === "weightedMean";

  const text = (value: string, extra: Partial<GridCell> = {}): GridCell => ({ value, align: "center", ...extra });
  const number = (value: GridValue, extra: Partial<GridCell> = {}): GridCell => ({
    value,
    format,
    align: "right",
    ...extra,
  });

  const titleRow: GridCell[] = [text(title ?? `${scheme.title}${TITLE_SUFFIX}`, { bold: true })];
  while (titleRow.length < nCols) titleRow.push({ value: null });
  const header = [scheme.unitLabel, ...columns.map((c) => c.name), "总分", "排名", "等第"].map((h) =>
    text(h, { bold: true }),
  );

  const rows: GridCell[][] = rowUnits.map((unitIndex, i) => {
    const unit = evaluation.units[unitIndex];
    if (!unit) throw new Error("bug: row without unit");
    const r = firstDataRow + i;
    const first = cellAddress(r, 1);
    const last = cellAddress(r, columns.length);
    const totalCell = cellAddress(r, totalCol);
    const complete = unit.total !== null;
    const total: GridCell =
      complete && !weighted
        ? number(num(unit.total), { formula: `=ROUND(SUM(${first}:${last}),${p})` })
        : number(num(unit.total));
    const rank: GridCell = complete
      ? {
          value: unit.rank,
          formula: `=RANK.EQ(${totalCell},${cellAddress(firstDataRow, totalCol, true)}:${cellAddress(lastDataRow, totalCol, true)})`,
          format: "0",
          align: "center",
        }
      : text("");
    const formula = gradeFormula(evaluation, totalCell);
    const grade: GridCell =
      complete && !unit.vetoed && formula !== undefined ? text(unit.grade ?? "", { formula }) : text(unit.grade ?? "");
    return [text(unit.name), ...columns.map((c) => number(num(unit.columns.get(c.id)))), total, rank, grade];
  });

  const summary = summarize(evaluation);
  const averages = [...summary.columns, summary.total].map((c, i) => {
    const col = i + 1;
    if (c.average === null) return number(null);
    // Rounded to p+6 places first: a float AVERAGE over many rows can land a hair below the half (27.7849999…97
    // where the exact mean is 27.785), and the first rounding restores the exact mean before the half-up one.
    const range = `${cellAddress(firstDataRow, col)}:${cellAddress(lastDataRow, col)}`;
    return number(num(c.average), { formula: `=ROUND(ROUND(AVERAGE(${range}),${p + 6}),${p})` });
  });
  const averageCells = [text("平均分", { bold: true }), ...averages, text(""), text("")];

  const cells = [titleRow, header, ...rows, averageCells];
  const body = cells.slice(1);
  const widths = Array.from({ length: nCols }, (_, col) => Math.min(30, Math.max(8, widestText(body, col) + 2)));
  return {
    grid: {
      cells,
      merges: [{ row: 0, col: 0, rows: 1, cols: nCols }],
      bordered: [{ row: 1, col: 0, rows: cells.length - 1, cols: nCols }],
      widths,
      frozenRows: 2,
    },
    rowUnits,
    firstDataRow,
    averageRow,
    totalCol,
    rankCol,
    gradeCol,
  };
}
