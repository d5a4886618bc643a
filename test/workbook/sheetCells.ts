/** The 指标体系 sheets as a host holds them: written from a scheme, then changed by a drafter's cell updates. */
import type { SchemeInput } from "../../src/engine";
import { cellAddress, readSchemeSheets, SCHEME_SHEET_NAMES, schemeSheetGrids } from "../../src/workbook";
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

const NODES = SCHEME_SHEET_NAMES.nodes;

/** The column headed `name` on `sheet`. */
export function col(cells: SchemeSheetCells, sheet: string, name: string): number {
  const c = (cells[sheet]?.[0] ?? []).indexOf(name);
  if (c < 0) throw new Error(`no column ${name}`);
  return c;
}

/** The 指标体系 row of the indicator `id`. */
export function rowOf(cells: SchemeSheetCells, id: string): number {
  const r = (cells[NODES] ?? []).findIndex((row) => row[0] === id);
  if (r < 0) throw new Error(`no row ${id}`);
  return r;
}

/** The 指标体系 cell of indicator `id` under column `name`. */
export function get(cells: SchemeSheetCells, id: string, name: string): SheetCell {
  return cells[NODES]?.[rowOf(cells, id)]?.[col(cells, NODES, name)] ?? null;
}

/** Types `value` into the 指标体系 cell of indicator `id` under column `name`, as a clerk would. */
export function set(cells: Record<string, Matrix>, id: string, name: string, value: SheetCell): void {
  (cells[NODES]?.[rowOf(cells, id)] as SheetCell[])[col(cells, NODES, name)] = value;
}

/** What 从工作表读取方案 refuses, as “sheet!cell：message”. */
export function problems(cells: SchemeSheetCells): string[] {
  const read = readSchemeSheets(cells);
  return read.ok ? [] : read.problems.map((p) => `${p.sheet}!${cellAddress(p.row, p.col)}：${p.message.zh}`);
}
