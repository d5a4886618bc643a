import ExcelJS from "exceljs";
import { join } from "path";
import { openXlsxFile } from "../../src/cli/xlsxFile";
import { readSheetTable, worksheets } from "../../src/xlsx";
import { tempDir, writeWorkbook } from "../cli/workbooks";

describe("readSheetTable gives each number's format kind, from styles.xml", () => {
  test("built-in ids (0%, a date) and custom codes (¥, 0.00, @) as Excel and exceljs store them", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("输入");
    sheet.addRow([0.85, new Date(Date.UTC(2021, 5, 5)), 46.3, 6.7, "7", 8, 0.9]);
    sheet.getCell("A1").numFmt = "0%";
    sheet.getCell("C1").numFmt = '"¥"#,##0.00';
    sheet.getCell("D1").numFmt = "0.00";
    sheet.getCell("E1").numFmt = "@";
    sheet.getCell("G1").numFmt = "[$-804]yyyy年m月d日";
    sheet.getCell("F2").numFmt = "0%"; // formatted, empty
    const file = openXlsxFile(await writeWorkbook(workbook, join(tempDir(), "f.xlsx")));
    const { rows, formats } = readSheetTable(file, worksheets(file)[0]!);
    expect(rows[0]).toEqual([0.85, 44352, 46.3, 6.7, "7", 8, 0.9]);
    expect([0, 1, 2, 3, 4, 5, 6].map((col) => formats(0, col))).toEqual([
      "percent",
      "date",
      "currency",
      "number",
      // Text is not a number: what a cell's text says is the value's business, not the format's.
      "number",
      "number",
      "date",
    ]);
    // Cells without a number, and cells the sheet does not have, are plain.
    expect([formats(1, 5), formats(500, 3)]).toEqual(["number", "number"]);
  });
});
