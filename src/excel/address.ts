/**
 * Sheet-qualified A1 addresses as Excel writes them in `Range.address` ("输入!C4:C13", "'My Sheet'!A1"), read into
 * 0-based rows and columns and written back.
 */
import { cellAddress, GridArea, sheetReference } from "../workbook";

export interface SheetArea extends GridArea {
  sheet: string;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/;

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C5" → { row: 4, col: 2 }; undefined for anything else. */
export function parseCell(text: string): { row: number; col: number } | undefined {
  const m = CELL.exec(text.toUpperCase());
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "输入!C4:C13" or "'a b'!A1" → the area; undefined when it is not a plain cell or rectangle address. */
export function parseAddress(address: string): SheetArea | undefined {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return undefined;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const [from = "", to = from] = address.slice(bang + 1).split(":");
  const a = parseCell(from);
  const b = parseCell(to);
  if (!a || !b) return undefined;
  return {
    sheet,
    row: Math.min(a.row, b.row),
    col: Math.min(a.col, b.col),
    rows: Math.abs(b.row - a.row) + 1,
    cols: Math.abs(b.col - a.col) + 1,
  };
}

/** A sheet name as a formula or address must write it (the workbook layer's sheetReference). */
export function quoteSheet(sheet: string): string {
  return sheetReference(sheet);
}

/** "C4:C13" (or "C4" for one cell), without the sheet. */
export function localAddress(area: GridArea): string {
  const first = cellAddress(area.row, area.col);
  return area.rows === 1 && area.cols === 1
    ? first
    : `${first}:${cellAddress(area.row + area.rows - 1, area.col + area.cols - 1)}`;
}

/** "输入!C4:C13". */
export function sheetAddress(area: SheetArea): string {
  return `${quoteSheet(area.sheet)}!${localAddress(area)}`;
}
