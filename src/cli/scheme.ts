/**
 * `jixiao scheme`: a scheme as the 指标体系 workbook and back (docs/scheme-format.md). `export` writes the three
 * sheets, `import` reads them into a scheme file, `show` prints a scheme in canonical JSON, `check` validates a
 * workbook or a scheme file. Every problem names its sheet and cell, all at once, and nothing is written while any
 * stands. `registerScheme` returns the `scheme` command so that further subcommands (draft) can be added to it.
 */
import { existsSync } from "fs";
import { extname } from "path";
import type { Command } from "commander";
import { describeProblems, loadScheme, Scheme, SchemeInput, SchemeNode, showScheme } from "../engine";
import { builtinScheme } from "../schemes";
import {
  problemLine,
  readSchemeSheets,
  SCHEME_SHEET_LIMITS,
  SCHEME_SHEET_NAMES,
  SchemeSheetCells,
  schemeSheetGrids,
  SheetCell,
} from "../workbook";
import { cellRef, readSheetCells, sheetNamed } from "../xlsx";
import type { Output } from "./commands";
import { readJson, resolveScheme, shownProblems, UserError, writeAtomically } from "./io";
import { openXlsxFile } from "./xlsxFile";

/** Refuses an output that exists: a scheme file or workbook is never written over. */
function freshOutput(path: string): void {
  if (existsSync(path)) throw new UserError(`${path} 已存在：为免覆盖，请换一个文件名或先移走它`);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a workbook

/** The three sheets of a workbook, as far as it has them (a missing one is reported by the read). */
function sheetCells(path: string): SchemeSheetCells {
  const file = openXlsxFile(path);
  const cells: Record<string, readonly (readonly SheetCell[])[]> = {};
  for (const name of Object.values(SCHEME_SHEET_NAMES)) {
    const sheet = sheetNamed(file, name);
    // One row past the limit is enough for the read to refuse a sheet as too large.
    if (sheet?.worksheet !== undefined) cells[name] = readSheetCells(file, sheet, SCHEME_SHEET_LIMITS.rows + 1);
  }
  return cells;
}

/** An imported scheme may not take a built-in scheme's id unless it is that scheme. */
function builtinConflict(scheme: Scheme): string | undefined {
  const builtin = builtinScheme(scheme.id);
  if (!builtin) return undefined;
  const loaded = loadScheme(builtin);
  if (loaded.ok && showScheme(loaded.scheme) === showScheme(scheme)) return undefined;
  return `方案编号 ${scheme.id} 是内置方案的编号，但内容与内置方案不同：请在“${SCHEME_SHEET_NAMES.info}”中改用另一个方案编号`;
}

/** The scheme a workbook holds; every problem at its cell in one UserError, `what` saying what was not done. */
export function readSchemeWorkbook(path: string, what: string): Scheme {
  const read = readSchemeSheets(sheetCells(path));
  if (!read.ok) {
    const lines = read.problems.map((p) => problemLine(cellRef(p.sheet, p.row, p.col), p.message.zh));
    throw new UserError(`${path} 有 ${lines.length} 处问题，${what}：\n${shownProblems(lines).join("\n")}`);
  }
  const loaded = loadScheme(read.scheme);
  if (!loaded.ok) throw new UserError(`${path} 有误：\n${describeProblems(loaded.problems)}`);
  const conflict = builtinConflict(loaded.scheme);
  if (conflict) {
    const info = `${cellRef(SCHEME_SHEET_NAMES.info, 0, 0)}`;
    throw new UserError(`${path} 有 1 处问题，${what}：\n${problemLine(info, conflict)}`);
  }
  return loaded.scheme;
}

function isWorkbook(path: string): boolean {
  return [".xlsx", ".xlsm"].includes(extname(path).toLowerCase());
}

function summary(scheme: Scheme): string {
  return `${scheme.id}（${scheme.title}）：${scheme.blocks.length} 个一级指标，${scheme.leaves.length} 个末级指标`;
}

// ---------------------------------------------------------------------------------------------------------------
// The commands

export interface SchemeExportOptions {
  scheme: string;
  out: string;
}

export async function schemeExportCommand(options: SchemeExportOptions, io: Output): Promise<void> {
  const scheme = resolveScheme(options.scheme);
  if (!isWorkbook(options.out) || extname(options.out).toLowerCase() !== ".xlsx") {
    throw new UserError(`输出文件 ${options.out} 应以 .xlsx 结尾`);
  }
  freshOutput(options.out);
  const grids = schemeSheetGrids(scheme.input as SchemeInput);
  // exceljs is loaded only here, as for `jixiao template`.
  const { newWorkbook, saveAtomically, writeGrid } = await import("./xlsx");
  const workbook = newWorkbook();
  for (const { sheet, grid } of grids) {
    const worksheet = workbook.addWorksheet(sheet);
    writeGrid(worksheet, grid);
    // Printed on landscape pages as wide as the table, the header repeated on each.
    worksheet.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    worksheet.pageSetup.printTitlesRow = "1:1";
  }
  await saveAtomically(workbook, options.out);
  io.out(`已写入 ${options.out}：${summary(scheme)}，工作表 ${grids.map((g) => `“${g.sheet}”`).join("、")}`);
}

export interface SchemeImportOptions {
  out?: string;
}

export async function schemeImportCommand(path: string, options: SchemeImportOptions, io: Output): Promise<void> {
  if (options.out !== undefined) freshOutput(options.out);
  const scheme = readSchemeWorkbook(path, "未写入");
  const text = showScheme(scheme);
  if (options.out === undefined) {
    io.out(text.replace(/\n$/, ""));
    return;
  }
  await writeAtomically(options.out, new TextEncoder().encode(text));
  io.out(`已写入 ${options.out}：${summary(scheme)}`);
}

export interface SchemeShowOptions {
  scheme: string;
  json?: boolean;
}

function outline(node: SchemeNode): string[] {
  const points = node.ownPoints ? `（${node.points.toString()}分）` : "";
  const rule = node.rule ? ` · ${node.rule.compiled.describe()}` : "";
  return [`${"  ".repeat(node.depth - 1)}${node.id} ${node.name}${points}${rule}`, ...node.children.flatMap(outline)];
}

export function schemeShowCommand(options: SchemeShowOptions, io: Output): void {
  const scheme = resolveScheme(options.scheme);
  if (options.json) {
    io.out(showScheme(scheme).replace(/\n$/, ""));
    return;
  }
  io.out([summary(scheme), ...scheme.columns.flatMap(outline)].join("\n"));
}

export function schemeCheckCommand(path: string, io: Output): void {
  let scheme: Scheme;
  if (isWorkbook(path)) scheme = readSchemeWorkbook(path, "请改正后再导入");
  else {
    const loaded = loadScheme(readJson(path, "方案文件"));
    if (!loaded.ok) {
      throw new UserError(
        `方案文件 ${path} 有 ${loaded.problems.length} 处问题：\n${describeProblems(loaded.problems)}`,
      );
    }
    scheme = loaded.scheme;
  }
  io.out(`${path} 无误：${summary(scheme)}`);
}

/** `jixiao scheme …`; returns the `scheme` command for further subcommands. */
export function registerScheme(program: Command, io: Output): Command {
  const scheme = program.command("scheme").description("指标体系工作簿：导出、导入、查看和检查方案");
  scheme
    .command("export")
    .description("把方案写成指标体系工作簿（.xlsx），供编辑")
    .requiredOption("--scheme <id|file.json>", "内置方案编号或方案文件")
    .requiredOption("--out <file.xlsx>", "输出文件（不覆盖已有文件）")
    .action((options: SchemeExportOptions) => schemeExportCommand(options, io));
  scheme
    .command("import")
    .description("从指标体系工作簿读取方案，输出方案文件（JSON）")
    .argument("<file.xlsx>", "指标体系工作簿（指标体系、档次与要素、方案信息三张工作表）")
    .option("--out <scheme.json>", "写出的方案文件（不覆盖已有文件；不给则输出到屏幕）")
    .action((path: string, options: SchemeImportOptions) => schemeImportCommand(path, options, io));
  scheme
    .command("show")
    .description("显示方案；--json 输出规范 JSON（补齐默认值、键序固定，便于比较两个方案）")
    .requiredOption("--scheme <id|file.json>", "内置方案编号或方案文件")
    .option("--json", "以 JSON 输出")
    .action((options: SchemeShowOptions) => schemeShowCommand(options, io));
  scheme
    .command("check")
    .description("检查指标体系工作簿或方案文件，不写出任何文件")
    .argument("<file.xlsx|file.json>", "指标体系工作簿或方案文件")
    .action((path: string) => schemeCheckCommand(path, io));
  return scheme;
}
