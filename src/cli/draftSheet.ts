/**
 * `jixiao scheme draft --sheet <in.xlsx> --out <out.xlsx>`: 起草规则 over a whole 指标体系 workbook (issue 11). Every
 * leaf row whose 规则 is empty is drafted from its 评分标准 by the drafter (the recogniser, passed in), written as
 * 草稿 or 人工 with the drafter's note and boundary examples; the clerk checks each and sets 已确认 before
 * `jixiao scheme import` takes the workbook. Rows the clerk typed a rule or parameter in are listed, never drafted
 * over. The input is not changed; the output is a new file, never one that exists.
 */
import { existsSync } from "fs";
import { extname, resolve } from "path";
import ExcelJS from "exceljs";
import {
  CellUpdate,
  draftReport,
  draftSchemeSheets,
  Drafter,
  problemLine,
  SCHEME_SHEET_LIMITS,
  SCHEME_SHEET_NAMES,
  SchemeSheetCells,
  SheetCell,
} from "../workbook";
import { cellRef, holdsMacros, readSheetCells, sheetNamed } from "../xlsx";
import type { Output } from "./commands";
import { UserError } from "./io";
import { saveAtomically, writeCell } from "./xlsx";
import { openXlsxFile } from "./xlsxFile";

export interface DraftSheetOptions {
  sheet: string;
  out: string;
}

/** The sheets a draft reads, as far as the workbook has them; one row past the limit for the draft to refuse. */
function draftCells(path: string): SchemeSheetCells {
  const file = openXlsxFile(path);
  if (holdsMacros(file)) {
    throw new UserError(`${path} 含有宏：请先另存为不含宏的 .xlsx 工作簿再起草（起草写出的是 .xlsx）`);
  }
  const cells: Record<string, readonly (readonly SheetCell[])[]> = {};
  for (const name of [SCHEME_SHEET_NAMES.nodes, SCHEME_SHEET_NAMES.rows]) {
    const sheet = sheetNamed(file, name);
    if (sheet?.worksheet !== undefined) cells[name] = readSheetCells(file, sheet, SCHEME_SHEET_LIMITS.rows + 1);
  }
  return cells;
}

/** The input workbook with the updates written into it (its other sheets, formats and drop-downs kept). */
async function patched(path: string, updates: readonly CellUpdate[]): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    throw new UserError(`无法读取工作簿 ${path}：${e instanceof Error ? e.message : String(e)}`);
  }
  for (const update of updates) {
    const sheet = workbook.getWorksheet(update.sheet) ?? workbook.addWorksheet(update.sheet);
    const cell = sheet.getCell(update.row + 1, update.col + 1);
    cell.value = null;
    writeCell(cell, update.cell);
  }
  return workbook;
}

export async function draftSheetCommand(options: DraftSheetOptions, io: Output, drafter: Drafter): Promise<void> {
  if (extname(options.out).toLowerCase() !== ".xlsx") throw new UserError(`输出文件 ${options.out} 应以 .xlsx 结尾`);
  if (resolve(options.out) === resolve(options.sheet)) {
    throw new UserError(`输出文件与输入文件相同：${options.out}。请另给一个文件名，输入文件保持不变`);
  }
  if (existsSync(options.out)) throw new UserError(`${options.out} 已存在：为免覆盖，请换一个文件名或先移走它`);
  const result = draftSchemeSheets(draftCells(options.sheet), drafter);
  if (result.problems.length > 0) {
    const lines = result.problems.map((p) => problemLine(cellRef(p.sheet, p.row, p.col), p.message.zh));
    throw new UserError(`${options.sheet} 有 ${lines.length} 处问题，未起草：\n${lines.join("\n")}`);
  }
  const report = draftReport(result).map((l) => l.zh);
  if (result.updates.length === 0) {
    io.out([`${options.sheet} 中没有需要起草的行，未写出文件`, ...report.slice(1)].join("\n"));
    return;
  }
  await saveAtomically(await patched(options.sheet, result.updates), options.out);
  io.out([`已写入 ${options.out}`, ...report].join("\n"));
}
