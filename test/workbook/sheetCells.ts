/** The 指标体系 sheets as a host holds them: written from a scheme, then changed by a drafter's cell updates. */
import type { SchemeInput } from "../../src/engine";
import { schemeSheetGrids } from "../../src/workbook";
import type { CellUpdate, SchemeSheetCells, SheetCell } from "../../src/workbook";

export type Matrix = SheetCell[][];

/** The sheets' cell values as 导出方案到工作表 writes them. */
export function cellsOf(input: SchemeInput): Record<string, Matrix> {
  const out: Record<string, Matrix> = {};
  for (const { sheet, grid } of schemeSheetGrids(input)) out[sheet] = grid.cells.map((r) => r.map((c) => c.value));
  return out;
}

/** The sheets after the updates, as a host would hold them. */
export function apply(cells: SchemeSheetCells, updates: readonly CellUpdate[]): Record<string, Matrix> {
  const out: Record<string, Matrix> = {};
  for (const [name, rows] of Object.entries(cells)) out[name] = rows.map((r) => [...r]);
  for (const u of updates) {
    const rows = (out[u.sheet] ??= []);
    while (rows.length <= u.row) rows.push([]);
    const row = rows[u.row] as SheetCell[];
    while (row.length <= u.col) row.push(null);
    row[u.col] = u.cell.value;
  }
  return out;
}
