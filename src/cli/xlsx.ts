/**
 * The exceljs adaptor: grids written as the add-in writes them into new workbooks (`jixiao template`, `jixiao
 * paper`), and cells read as Excel would hand them over — the reading `jixiao score` did before it read the zip
 * itself (xlsxRead.ts), kept as the reference that reader is tested against.
 */
import ExcelJS from "exceljs";
import { Grid, GridCell, SheetCell } from "../workbook";
import { writeAtomically } from "./io";
import { fileFormula } from "./xlsxText";

export { cellRef, fileFormula } from "./xlsxText";

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;

export function newWorkbook(): Workbook {
  return new ExcelJS.Workbook();
}

const DAY_MS = 86_400_000;

/** The serial number Excel keeps behind a date (the reverse of exceljs's reading). */
function dateSerial(date: Date, date1904: boolean): number {
  return date.getTime() / DAY_MS + 25569 - (date1904 ? 1462 : 0);
}

function richText(value: { richText: { text: string }[] }): string {
  return value.richText.map((run) => run.text).join("");
}

/**
 * One cell as Excel's Range.values would give it: the cached result of a formula, the text of an error ("#N/A") or
 * of rich text, the serial number of a date. A formula with no stored result cannot be known without Excel.
 */
export function sheetCell(value: ExcelJS.CellValue, date1904: boolean): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateSerial(value, date1904);
  if ("error" in value) return value.error;
  if ("richText" in value) return richText(value);
  if ("hyperlink" in value) {
    const text = value.text as unknown;
    return typeof text === "object" && text !== null && "richText" in text
      ? richText(text as { richText: { text: string }[] })
      : String(text ?? "");
  }
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined) {
      return { unreadable: "公式没有保存计算结果：请在 Excel 或 WPS 中打开、计算并保存后再试" };
    }
    return sheetCell(result as ExcelJS.CellValue, date1904);
  }
  return { unreadable: "无法识别的单元格内容" };
}

/** The values of a sheet's first `maxRows` rows (all rows by default), 0-based; merged-over cells are empty. */
export function sheetCells(sheet: Worksheet, date1904: boolean, maxRows = Infinity): SheetCell[][] {
  const rows: SheetCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    if (r > maxRows) return;
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells[c - 1] = cell.type === ExcelJS.ValueType.Merge ? null : sheetCell(cell.value, date1904);
    });
    rows[r - 1] = Array.from(cells, (cell) => cell ?? null);
  });
  return Array.from(rows, (row) => row ?? []);
}

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A drop-down Excel can hold inline: at most 255 characters, no comma or quote inside an answer. */
function inlineList(list: readonly string[]): string | undefined {
  const joined = list.join(",");
  if (joined.length > 255 || list.some((item) => /[,"]/.test(item))) return undefined;
  return `"${joined}"`;
}

function writeCell(cell: ExcelJS.Cell, source: GridCell): void {
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
  await writeAtomically(path, (temporary) =>
    workbook.xlsx.writeFile(temporary, { zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } } as never),
  );
}
