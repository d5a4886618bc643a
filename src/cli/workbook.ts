/**
 * `jixiao score` and `jixiao template`: the same engine and the same grids as the add-in, over .xlsx files. A run
 * either writes its whole result or nothing: every problem is reported with its sheet and cell before any file moves.
 */
import { existsSync } from "fs";
import { basename, dirname, extname, join, resolve } from "path";
import { evaluate, Evaluation, inputColumns, InputError, LabelChoices, Scheme } from "../engine";
import {
  BONUS_SHEET_NAME,
  CellProblem,
  errorCell,
  findHeaderRow,
  groupByCell,
  PlacedProblem,
  problemListing,
  HEADER_SEARCH_ROWS,
  INPUT_TITLE_SUFFIX,
  InputTable,
  inputSheetGrid,
  locateInputErrors,
  problemLine,
  readInputTable,
  resultSheets,
  SCORE_SHEET_NAME,
  SCORE_TABLE_MARKER,
} from "../workbook";
import { Output, scoreTableLines } from "./commands";
import { choiceHint, replaceable, resolveScheme, runChoices, UserError } from "./io";
import {
  cellRef,
  hasMarker,
  holdsMacros,
  patchWorkbook,
  PatchReport,
  readSheetCells,
  readSheetTable,
  SheetEntry,
  sheetNamed,
  worksheets,
  XlsxFile,
} from "../xlsx";
import { openXlsxFile, saveWorkbook } from "./xlsxFile";

export interface ScoreOptions {
  scheme: string;
  sheet?: string;
  out?: string;
  strict?: boolean;
  /** The evaluator's choices for answers the scheme leaves open ("D12:良好=较好"). */
  choose?: string[];
}

/**
 * Without --out the result goes beside the input: the files 街镇 send up stay as they were sent. A workbook with
 * macros keeps them, so its result is an .xlsm.
 */
export function defaultOutput(input: string, macros = false): string {
  return join(dirname(input), `${basename(input, extname(input))}-${SCORE_SHEET_NAME}${macros ? ".xlsm" : ".xlsx"}`);
}

/** A result sheet (the 得分表 by default), when the workbook has one; refuses one the tool did not write. */
function ownScoreSheet(
  file: XlsxFile,
  marker = SCORE_TABLE_MARKER,
  sheetName = SCORE_SHEET_NAME,
): SheetEntry | undefined {
  const sheet = sheetNamed(file, sheetName);
  if (sheet && (sheet.worksheet === undefined || !hasMarker(file, marker, sheet.name))) {
    throw new UserError(
      `${file.path} 已有名为“${sheetName}”的工作表，且不是 jixiao 写的：为免覆盖，请将其改名或删除后再试`,
    );
  }
  return sheet;
}

function problemLines(sheet: string, problems: readonly CellProblem[]): string[] {
  return problems.map((p) => problemLine(cellRef(sheet, p.row, p.col, p.toRow, p.toCol), p.message));
}

function chooseSheet(file: XlsxFile, scheme: Scheme, options: ScoreOptions, scoreSheet?: SheetEntry): SheetEntry {
  const columns = inputColumns(scheme);
  const sheets = worksheets(file);
  const names = sheets.map((s) => s.name).join("、");
  if (options.sheet !== undefined) {
    // Excel's sheet names ignore case ("Sheet1" is "sheet1").
    const wanted = options.sheet.toLowerCase();
    const sheet = sheets.find((s) => s.name.toLowerCase() === wanted);
    if (!sheet) throw new UserError(`工作簿中没有名为“${options.sheet}”的工作表（有：${names}）`);
    if (sheet === scoreSheet) throw new UserError(`“${SCORE_SHEET_NAME}”是 jixiao 写的结果，不能作为输入`);
    return sheet;
  }
  // The sheet whose header row names the most inputs; the first of equals (a file of several years: pass --sheet).
  let best: { sheet: SheetEntry; bound: number } | undefined;
  for (const sheet of sheets) {
    if (sheet === scoreSheet || sheet.name === BONUS_SHEET_NAME) continue;
    const found = findHeaderRow(columns, readSheetCells(file, sheet, HEADER_SEARCH_ROWS));
    const bound = found ? found.matching.matches.length : 0;
    if (bound > 0 && (!best || bound > best.bound)) best = { sheet, bound };
  }
  if (!best) {
    throw new UserError(
      `工作簿中没有一张工作表的表头能对应方案 ${scheme.id} 的输入（看过：${names}）：表头应写输入的编号（如 ${columns[0]?.key ?? "C11"}）或指标名称，可用 jixiao template 生成录入表`,
    );
  }
  return best.sheet;
}

/**
 * Checks where the result may go before any work: never over a file the tool did not write, a read-only file (the
 * input updated in place included) or a symbolic link.
 */
function checkOutput(input: string, out: string): void {
  replaceable(out);
  if (resolve(out) === resolve(input) || !existsSync(out)) return;
  let existing: XlsxFile | undefined;
  try {
    existing = openXlsxFile(out);
  } catch {
    existing = undefined;
  }
  if (!existing || !hasMarker(existing, SCORE_TABLE_MARKER, SCORE_SHEET_NAME)) {
    throw new UserError(`${out} 已存在且不是 jixiao score 写的结果：为免覆盖，请换一个输出文件名或先移走它`);
  }
}

/** The extension the output must have: a workbook with macros stays an .xlsm, or Excel would not open it. */
function checkExtension(input: string, out: string, macros: boolean): void {
  const extension = extname(out).toLowerCase();
  if (macros && extension !== ".xlsm") {
    throw new UserError(`输出文件 ${out} 应以 .xlsm 结尾：${input} 含有宏，写出的工作簿原样保留宏`);
  }
  if (!macros && extension !== ".xlsx") {
    throw new UserError(`输出文件 ${out} 应以 .xlsx 结尾：写出的是不含宏的 .xlsx 工作簿`);
  }
}

/** An input table read from a workbook, with what a writer needs to put the 得分表 back into it. */
export interface WorkbookInput {
  file: XlsxFile;
  scoreSheet: SheetEntry | undefined;
  sheet: SheetEntry;
  table: InputTable;
  /** Problems found reading the table's rows (a repeated unit, an unreadable cell): reported with the engine's. */
  problems: CellProblem[];
}

/**
 * Reads the input table of a workbook for a scheme. A sheet whose header cannot be read is a UserError naming the
 * cells; problems in the rows are kept in `problems`, to be reported with the engine's (`refuseProblems`).
 */
export async function readWorkbookInput(input: string, scheme: Scheme, options: ScoreOptions): Promise<WorkbookInput> {
  const file = openXlsxFile(input);
  const scoreSheet = ownScoreSheet(file);
  const sheet = chooseSheet(file, scheme, options, scoreSheet);
  const { rows, formats } = readSheetTable(file, sheet);
  const read = readInputTable(inputColumns(scheme), rows, { strict: options.strict === true, formats });
  if (!read.table) {
    const lines = problemLines(sheet.name, read.ok ? [] : read.problems);
    throw new UserError(`工作表“${sheet.name}”有 ${lines.length} 处问题，未计算，未写入：\n${lines.join("\n")}`);
  }
  return { file, scoreSheet, sheet, table: read.table, problems: read.ok ? [] : read.problems };
}

/**
 * Every problem of a run at once, grouped by cell in sheet order (the first 50, then how many more): the reading's
 * and the engine's. Throws a UserError when there is any; `what` says what was not done ("未计算，未写入").
 */
export function refuseProblems(read: WorkbookInput, evaluation: Evaluation, what: string): void {
  const { sheet } = read;
  const placed: PlacedProblem<string>[] = read.problems.map((p) => ({
    at: cellRef(sheet.name, p.row, p.col, p.toRow, p.toCol),
    row: p.row,
    col: p.col,
    message: p.message,
  }));
  for (const e of locateInputErrors(evaluation, evaluation.errors, (x) => errorCell(read.table, x))) {
    const at = e.at;
    if (at === undefined) continue;
    placed.push({ at: cellRef(sheet.name, at.row, at.col), row: at.row, col: at.col, message: e.message.zh });
  }
  if (placed.length === 0) return;
  const groups = groupByCell(placed, (at) => at);
  const lines = [
    `工作表“${sheet.name}”有 ${groups.length} 处问题，${what}：`,
    ...problemListing(groups),
    ...choiceHint(evaluation.errors, false),
  ];
  throw new UserError(lines.join("\n"));
}

/** "输入!C3" for an engine error about a unit read from `input`. */
export function errorAddress(input: WorkbookInput, error: InputError): string {
  const at = errorCell(input.table, error);
  return cellRef(input.sheet.name, at.row, at.col);
}

/** Warnings shown with a result, not blocking it. */
const SHOWN_WARNINGS = 50;

/** Rows that are not units (合计, 注：…) and cells read with a warning (a number stored as text), for stdout. */
export function readingNotes(sheet: string, table: InputTable): string[] {
  const lines: string[] = [];
  if (table.notUnits.length > 0) {
    lines.push(`以下行不是单位，未计算：`, ...problemLines(sheet, table.notUnits));
  }
  if (table.warnings.length > 0) {
    lines.push(`提醒（已计算，建议核对）：`, ...problemLines(sheet, table.warnings.slice(0, SHOWN_WARNINGS)));
    const rest = table.warnings.length - SHOWN_WARNINGS;
    if (rest > 0) lines.push(`另有 ${rest} 处同类提醒未列出`);
  }
  return lines;
}

export async function scoreCommand(input: string, options: ScoreOptions, io: Output): Promise<void> {
  const scheme = resolveScheme(options.scheme);
  const choices: LabelChoices = runChoices(scheme, options.choose);
  const read = await readWorkbookInput(input, scheme, options);
  const { file, sheet, table } = read;
  const macros = holdsMacros(file);
  const out = options.out ?? defaultOutput(input, macros);
  checkExtension(input, out, macros);
  checkOutput(input, out);
  // The 得分表 shows scores, not the per-leaf sentences: those are written on demand (工作底稿).
  const evaluation = evaluate(scheme, table.units, { strict: options.strict === true, explain: false, choices });
  refuseProblems(read, evaluation, "未计算，未写入");

  const results = resultSheets(
    evaluation,
    table.units.map((u) => u.values),
  );
  // A result sheet of the same name that the tool did not write stays.
  for (const result of results.write) ownScoreSheet(file, result.marker, result.name);
  // Without claims, the tool's 附加得分表 of an earlier run would list claims the 得分表 no longer has: it goes.
  const report: PatchReport = { removedSheets: [], droppedNames: [], repointedNames: [] };
  const patched = patchWorkbook(file, results.write, { remove: results.remove, report });

  const notes: string[] = [...readingNotes(sheet.name, table)];
  const ignored = table.matching.unmatched.filter((i) => i !== table.unitCol);
  if (ignored.length > 0) {
    notes.push(`未对应任何输入、已忽略的列：${ignored.map((i) => cellRef(sheet.name, table.headerRow, i)).join("、")}`);
  }
  if (table.matching.missing.length > 0) {
    notes.push(`没有列的输入：${table.matching.missing.map((c) => c.header).join("、")}`);
  }
  for (const name of report.removedSheets) notes.push(`已删除上次写的“${name}”：这次没有单位申报附加评价`);
  if (report.droppedNames.length > 0) {
    notes.push(`已删除指向旧结果表的名称：${report.droppedNames.join("、")}`);
  }
  if (report.repointedNames.length > 0) notes.push(`${report.repointedNames.join("、")}已改为新表的区域`);
  const sheets = results.write.map((r) => `“${r.name}”`).join("和");
  // What is printed is made before the file is written: nothing is left to fail after it but printing itself.
  const printed = [
    ...scoreTableLines(evaluation),
    "",
    ...notes,
    `已从工作表“${sheet.name}”读取 ${table.units.length} 个单位，得分表写入 ${out} 的${sheets}工作表`,
  ];
  await saveWorkbook(patched, out);
  try {
    for (const line of printed) io.out(line);
  } catch (e) {
    throw new UserError(
      `得分表已完整写入 ${out}，但无法输出结果：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}

export interface TemplateOptions {
  scheme: string;
  out: string;
  units?: string;
}

/** Rows prepared with formats and drop-downs when no units are named. */
export const BLANK_TEMPLATE_ROWS = 20;

export async function templateCommand(options: TemplateOptions, io: Output): Promise<void> {
  const scheme = resolveScheme(options.scheme);
  if (existsSync(options.out)) {
    throw new UserError(`${options.out} 已存在：为免覆盖，请换一个文件名或先移走它`);
  }
  const named = (options.units ?? "")
    .split(/[,，、;；]/)
    .map((u) => u.trim())
    .filter((u) => u !== "");
  const duplicate = named.find((u, i) => named.indexOf(u) !== i);
  if (duplicate !== undefined) throw new UserError(`--units 中单位“${duplicate}”重复`);
  const names = named.length > 0 ? named : Array<string>(BLANK_TEMPLATE_ROWS).fill("");
  const sheet = inputSheetGrid(scheme, names);
  // exceljs is loaded only here: it writes the drop-downs and notes of a new file, and takes a fifth of a second to load.
  const { newWorkbook, saveAtomically, writeGrid } = await import("./xlsx");
  const workbook = newWorkbook();
  writeGrid(workbook.addWorksheet(INPUT_TITLE_SUFFIX), sheet.grid);
  await saveAtomically(workbook, options.out);
  io.out(
    `已写入 ${options.out}：工作表“${INPUT_TITLE_SUFFIX}”，${sheet.columns.length} 列输入，${named.length > 0 ? `${named.length} 个单位` : `${BLANK_TEMPLATE_ROWS} 行空行`}`,
  );
}
