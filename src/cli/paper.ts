/**
 * `jixiao paper`: the 工作底稿 of each unit (or one) as a workbook of its own — per indicator its points, the
 * criterion, the input as given, the computation sentence and the score, then [004] 表3-1's block summary — for the
 * evaluator who must defend every score.
 */
import type { Command } from "commander";
import { existsSync } from "fs";
import { extname } from "path";
import { evaluate } from "../engine";
import { blockSummaryGrid, locateInputErrors, problemLine, workingPaperGrid, WORKING_PAPER_SUFFIX } from "../workbook";
import type { Output } from "./commands";
import {
  CHOOSE_FLAGS,
  CHOOSE_HELP,
  collectChoice,
  choiceHint,
  resolveScheme,
  runChoices,
  shownProblems,
  toUnitInputs,
  UserError,
} from "./io";
import { readSource } from "./sources";

export interface PaperOptions {
  scheme: string;
  input: string;
  out: string;
  unit?: string;
  choose?: string[];
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, "").slice(0, 31) || "工作表";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}-${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function paperCommand(options: PaperOptions, io: Output): Promise<void> {
  if (extname(options.out).toLowerCase() !== ".xlsx") throw new UserError(`输出文件 ${options.out} 应以 .xlsx 结尾`);
  if (existsSync(options.out)) throw new UserError(`${options.out} 已存在：为免覆盖，请换一个输出文件名`);
  const scheme = resolveScheme(options.scheme);
  const source = await readSource(options.input, scheme, runChoices(scheme, options.choose));
  const choices = runChoices(scheme, options.choose, source.choices);
  const evaluation = evaluate(scheme, toUnitInputs(source.units), { choices });
  const indexes = evaluation.units
    .filter((u) => options.unit === undefined || u.name === options.unit)
    .map((u) => u.index);
  if (indexes.length === 0) {
    throw new UserError(
      `输入中没有名为“${options.unit ?? ""}”的单位（有：${evaluation.units.map((u) => u.name).join("、")}）`,
    );
  }
  const wanted = new Set(indexes);
  const problems = evaluation.errors.filter((e) => wanted.has(e.unitIndex));
  if (problems.length > 0) {
    const lines = locateInputErrors(evaluation, problems, (e) => source.locate?.(e)).map((e) =>
      problemLine(e.at, e.message.zh),
    );
    throw new UserError(
      [`输入有 ${lines.length} 处错误，未写工作底稿：`, ...shownProblems(lines), ...choiceHint(problems)].join("\n"),
    );
  }
  // exceljs is loaded only for the commands that write a new workbook with it.
  const { newWorkbook, saveAtomically, writeGrid } = await import("./xlsx");
  const workbook = newWorkbook();
  const taken = new Set<string>();
  for (const i of indexes) {
    const unit = evaluation.units[i];
    const values = source.units[i]?.values ?? {};
    if (!unit) continue;
    const paper = workingPaperGrid(evaluation, i, values);
    writeGrid(workbook.addWorksheet(sheetName(`${unit.name}${WORKING_PAPER_SUFFIX}`, taken)), paper.grid);
    writeGrid(workbook.addWorksheet(sheetName(`${unit.name}得分情况`, taken)), blockSummaryGrid(evaluation, i));
  }
  await saveAtomically(workbook, options.out);
  const names = indexes.map((i) => evaluation.units[i]?.name).join("、");
  io.out(`已写入 ${options.out}：${names} 的工作底稿（${indexes.length} 个单位）`);
}

export function registerPaper(program: Command, io: Output): void {
  program
    .command("paper")
    .description("写出各单位的工作底稿（每项指标的分值、评分标准、输入、计算过程和得分）")
    .requiredOption("--scheme <id|file.json>", "内置方案编号或方案文件")
    .requiredOption("--input <file.json|file.xlsx>", "输入文件或工作簿")
    .requiredOption("--out <file.xlsx>", "输出工作簿（不覆盖已有文件）")
    .option("--unit <name>", "只写这一个单位")
    .option(CHOOSE_FLAGS, CHOOSE_HELP, collectChoice)
    .action((options: PaperOptions) => paperCommand(options, io));
}
