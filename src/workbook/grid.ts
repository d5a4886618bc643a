/**
 * A host-neutral picture of cells to write: values, formulas, formats, merges and borders. The Excel shell turns it
 * into a few large Office.js requests; the workbook command writes it into the file's XML. Both write the same grid.
 */

export type GridValue = string | number | null;

export interface GridCell {
  /** What the cell shows: for a formula, the value the engine expects it to compute. */
  value: GridValue;
  /** An Excel formula as typed in en-US Excel ("=ROUND(SUM(B3:F3),2)"); file writers add _xlfn. prefixes. */
  formula?: string;
  /** Excel number format ("0.00", "0.00%", "@"). */
  format?: string;
  bold?: boolean;
  align?: "left" | "center" | "right";
  /** A note (comment) for the cell: the criterion text of an input column. */
  note?: string;
  /** A drop-down of allowed answers. */
  list?: string[];
  /** Wrap the text inside the cell (the lines of a 附加评价申报内容). */
  wrap?: boolean;
}

export interface GridArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface Grid {
  /** Rows of cells, from the region's top-left corner; every row has the same length. */
  cells: GridCell[][];
  merges: GridArea[];
  /** The area drawn with thin borders. */
  bordered: GridArea[];
  /** Width of each column, in characters. */
  widths: number[];
  /** Rows to keep visible when scrolling (the header). */
  frozenRows: number;
}

/** "A", "B", … "Z", "AA" … for a 0-based column index. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = (n - rem - 1) / 26;
  }
  return out;
}

/** "B3" for 0-based row 2, column 1. */
export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

export function areaAddress(area: GridArea): string {
  return `${cellAddress(area.row, area.col)}:${cellAddress(area.row + area.rows - 1, area.col + area.cols - 1)}`;
}

/** The Excel number format for a score at `precision` decimals ("0.00"). */
export function scoreFormat(precision: number): string {
  return precision === 0 ? "0" : `0.${"0".repeat(precision)}`;
}

/** Display width of text in a column, counting a CJK character as two. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1;
  return width;
}

/**
 * The widest text in column `col` of `rows` (0 for none), in one loop: a spread of every row into Math.max
 * overflows the stack past about 120,000 rows.
 */
export function widestText(rows: readonly (readonly GridCell[])[], col: number): number {
  let widest = 0;
  for (const row of rows) widest = Math.max(widest, textWidth(String(row[col]?.value ?? "")));
  return widest;
}
