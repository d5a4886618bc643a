/**
 * Helpers for the workbook command's suites: run `jixiao` in-process, build and read .xlsx files with exceljs, and
 * look at or edit the parts of an .xlsx directly.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli";
import { nodeCodec } from "../../src/cli/xlsxFile";
import { entryData, readZip, writeZip } from "../../src/xlsx/zip";
import { HEADER_000, scheme000, TABLE_000 } from "../fixtures/doc000";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line as `jixiao` does: stdout only on success, stderr captured. */
export async function run(args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
  try {
    const code = await main(args, { out: (s) => (stdout += `${s}\n`) });
    return { code, stdout: code === 0 ? stdout : "", stderr };
  } finally {
    spy.mockRestore();
  }
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "jixiao-xlsx-"));
}

/** [000]'s scheme as a scheme file, the way a user passes one with --scheme. */
export function scheme000File(dir: string): string {
  const path = join(dir, "cn-000.scheme.json");
  writeFileSync(path, JSON.stringify(scheme000().input));
  return path;
}

export { HEADER_000 };

/** A sheet "输入" holding [000]'s ten rows under 附件1's header. */
export function addInput000(workbook: ExcelJS.Workbook, name = "输入"): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(HEADER_000);
  for (const row of TABLE_000) sheet.addRow(row);
  return sheet;
}

/** A sheet of content unrelated to scoring: text, numbers, a formula, a date, rich text, a merge, a format. */
export function addUnrelatedSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet("联系人");
  sheet.addRow(["街镇", "联系人", "电话", "申报日期", "材料份数"]);
  sheet.addRow(["新泾", "张三", "021-6259 0000", new Date(Date.UTC(2021, 3, 15)), 12]);
  sheet.addRow(["江苏", { richText: [{ text: "李", font: { bold: true } }, { text: "四" }] }, "", null, 7]);
  sheet.getCell("E4").value = { formula: "SUM(E2:E3)", result: 19 };
  sheet.getCell("A6").value = "备注：材料以区民政局收到的为准";
  sheet.mergeCells("A6:E6");
  sheet.getCell("E2").numFmt = "0.0";
  return sheet;
}

export async function writeWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<string> {
  await workbook.xlsx.writeFile(path);
  return path;
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every cell of a sheet as address → value, format and merge master, for comparing a sheet before and after. */
export function sheetSnapshot(sheet: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = { value: cell.value, numFmt: cell.numFmt, master: cell.master.address };
    }),
  );
  return cells;
}

/** Every entry of an .xlsx (a zip): its uncompressed bytes, and its compressed bytes and CRC as stored. */
export function zipParts(path: string): Map<string, { data: Buffer; raw: Buffer; crc: number }> {
  const bytes = readFileSync(path);
  const entries = readZip(bytes);
  if (!entries) throw new Error(`${path} is not a zip`);
  return new Map(
    entries.map((e) => [
      e.name,
      {
        data: Buffer.from(entryData(bytes, e, nodeCodec)),
        raw: bytes.subarray(e.dataStart, e.dataStart + e.compressedSize),
        crc: e.crc,
      },
    ]),
  );
}

/** A zip of the given parts, in order; written as a new .xlsx at `path`. */
export function writeParts(path: string, parts: Map<string, string | Buffer>): string {
  const entries = [...parts].map(([name, data]) => ({
    name,
    data: typeof data === "string" ? Buffer.from(data) : data,
  }));
  writeFileSync(path, writeZip(Buffer.alloc(0), entries, nodeCodec));
  return path;
}

/** Rewrites an .xlsx with some parts changed, added (a string or bytes) or removed (null). */
export function editParts(
  path: string,
  edits: Record<string, string | Buffer | null | ((xml: string) => string)>,
): string {
  const parts = new Map<string, string | Buffer>([...zipParts(path)].map(([name, p]) => [name, p.data]));
  for (const [name, edit] of Object.entries(edits)) {
    if (edit === null) parts.delete(name);
    else if (typeof edit === "function") parts.set(name, edit(String(parts.get(name) ?? "")));
    else parts.set(name, edit);
  }
  return writeParts(path, parts);
}
