/** Test helpers over the fake workbook: type cells as a clerk would, read what the sheet shows, snapshot sheets. */
import { parseAddress } from "../../src/excel/address";
import { FakeWorkbook } from "./model";

function areaOf(sheet: string, address: string) {
  const area = parseAddress(`x!${address}`);
  if (!area) throw new Error(`bad address ${address}`);
  return { ...area, sheet };
}

/**
 * Types `rows` into the sheet from `address` on, by Excel's typing rules: "6.70" becomes 6.7, "=A1" a formula,
 * "'=A1" the text "=A1"; null empties the cell.
 */
export function put(book: FakeWorkbook, sheet: string, address: string, rows: unknown[][]): void {
  const s = book.sheet(sheet) ?? book.addSheet(sheet);
  const at = areaOf(sheet, address);
  rows.forEach((line, i) => line.forEach((v, j) => book.type(s.touch(at.row + i, at.col + j), v)));
}

/** What the cells show (formulas computed; "" for empty), row by row. */
export function shown(book: FakeWorkbook, sheet: string, address: string): unknown[][] {
  const s = book.requireSheet(sheet);
  const a = areaOf(sheet, address);
  return Array.from({ length: a.rows }, (_, i) =>
    Array.from({ length: a.cols }, (_, j) => {
      const v = book.valueAt(s, a.row + i, a.col + j);
      return v === null ? "" : typeof v === "object" ? v.error : v;
    }),
  );
}

/** A sheet's whole content as JSON, to compare before and after. */
export function snapshot(book: FakeWorkbook, sheet: string): string {
  const s = book.requireSheet(sheet);
  const cells = [...s.cells.entries()]
    .filter(([, c]) => Object.keys(c).length > 0)
    .map(([k, c]) => [k, { ...c, borders: c.borders ? [...c.borders].sort() : undefined }])
    .sort(([a], [b]) => String(a).localeCompare(String(b)));
  return JSON.stringify({ cells, merges: s.merges, frozen: s.frozenRows, widths: [...s.columnWidths] });
}
