/**
 * Cells read through exceljs as Excel would hand them over: the reading `jixiao score` did before it read the zip
 * itself (src/xlsx/read.ts), kept only as the reference that reader is tested against.
 */
import ExcelJS from "exceljs";
import type { SheetCell } from "../../src/workbook";

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
export function sheetCells(sheet: ExcelJS.Worksheet, date1904: boolean, maxRows = Infinity): SheetCell[][] {
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
