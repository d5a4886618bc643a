/** `jixiao report`: drafts the results paragraph of a 通报 from a 得分表, optionally against an earlier one. */
import type { Command } from "commander";
import { draftReport, Progress } from "../engine";
import type { Output } from "./commands";
import { compareFiles, matchOption } from "./compare";
import { resolveScheme } from "./io";
import { evaluateSource } from "./sources";

export interface ReportOptions {
  scheme: string;
  input: string;
  before?: string;
  /** The earlier table's scheme when it differs from --scheme. */
  beforeScheme?: string;
  match?: string[];
  mapBlock?: string[];
  area?: string;
  choose?: string[];
  progress?: Progress;
}

export async function reportCommand(options: ReportOptions, io: Output): Promise<void> {
  const scheme = resolveScheme(options.scheme);
  const extra = options.area !== undefined ? { area: options.area } : {};
  if (options.before === undefined) {
    const evaluation = await evaluateSource(scheme, options.input, "输入文件", { explain: false }, options.choose);
    io.out(draftReport(evaluation, extra).text);
    return;
  }
  const before =
    options.beforeScheme === undefined || options.beforeScheme === options.scheme
      ? scheme
      : resolveScheme(options.beforeScheme);
  const comparison = await compareFiles({ before, after: scheme }, options.before, options.input, options);
  io.out(draftReport(comparison.after, { ...extra, comparison }).text);
}

export function registerReport(program: Command, io: Output): void {
  const command = program
    .command("report")
    .description("按得分表起草通报中的评价结果段落")
    .requiredOption("--scheme <id|file.json>", "内置方案编号或方案文件")
    .requiredOption("--input <file.json|file.xlsx>", "本次得分表的输入文件或工作簿")
    .option("--before <file.json|file.xlsx>", "对比用的前表（如上一年度），用于“进步较大”")
    .option("--before-scheme <id|file.json>", "前表所用的方案（两年方案不同时），默认同 --scheme")
    .option("--area <text>", "平均分的范围说法，默认“全区”");
  matchOption(command).action((options: ReportOptions) => reportCommand(options, io));
}
