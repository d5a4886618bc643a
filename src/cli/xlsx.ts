/** The exceljs adaptor: grids written as the add-in writes them into new workbooks (`jixiao template`, `jixiao paper`). */
import ExcelJS from "exceljs";
import { Grid, GridCell, listSource } from "../workbook";
import { writeAtomically } from "./io";
import { fileFormula } from "../xlsx";

export { cellRef, fileFormula } from "../xlsx";

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;

export function newWorkbook(): Workbook {
  return new ExcelJS.Workbook();
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A drop-down Excel can hold inline (listSource), as the quoted list a file stores. */
function inlineList(list: readonly string[]): string | undefined {
  const source = listSource(list);
  return source === undefined ? undefined : `"${source}"`;
}

/** Writes one cell of a grid: its value or formula, format, alignment, font, note and drop-down. */
export function writeCell(cell: ExcelJS.Cell, source: GridCell): void {
  if (source.formula !== undefined) {
    const formula: ExcelJS.CellFormulaValue = { formula: fileFormula(source.formula) };
    if (source.value !== null) formula.result = source.value;
    cell.value = formula;
  } else if (source.value !== null && source.value !== "") {
    cell.value = source.value;
  }
  if (source.format !== undefined) cell.numFmt = source.format;
  if (source.align !== undefined || source.wrap) {
    cell.alignment = {
      ...(source.align !== undefined ? { horizontal: source.align } : {}),
      vertical: "middle",
      ...(source.wrap ? { wrapText: true } : {}),
    };
  }
  if (source.bold) cell.font = { bold: true };
  if (source.note !== undefined) cell.note = source.note;
  if (source.list !== undefined) {
    const formula = inlineList(source.list);
    if (formula !== undefined) {
      cell.dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [formula],
        // A warning, not a stop: the engine also reads 有/无, √/× and other spellings of an answer.
        showErrorMessage: true,
        errorStyle: "warning",
        error: `可选：${source.list.join("、")}`,
      };
    }
  }
}

/** Writes a grid from the sheet's top-left corner: values, formulas with their cached results, formats, merges. */
export function writeGrid(sheet: Worksheet, grid: Grid): void {
  grid.cells.forEach((row, r) => row.forEach((source, c) => writeCell(sheet.getCell(r + 1, c + 1), source)));
  for (const area of grid.bordered) {
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.col; c < area.col + area.cols; c++) sheet.getCell(r + 1, c + 1).border = BORDER;
    }
  }
  for (const m of grid.merges) sheet.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  grid.widths.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  if (grid.frozenRows > 0) sheet.views = [{ state: "frozen", ySplit: grid.frozenRows, xSplit: 0 }];
}

/** Writes the workbook to a temporary file beside `path`, renamed over `path` once complete. */
export async function saveAtomically(workbook: Workbook, path: string): Promise<void> {
  // Fast deflate: a tenth of the time of the default level, for files a few percent larger.
  const bytes = await workbook.xlsx.writeBuffer({
    zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
  } as never);
  await writeAtomically(path, bytes as unknown as Uint8Array);
}
