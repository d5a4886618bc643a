/**
 * `jixiao`: the command line over the shared engine. Bad input of any kind exits non-zero with a message naming the
 * unit, the id or the path, and prints nothing on stdout: every command reads, checks and scores before it prints.
 * Exit codes: 0 done, 1 bad input (a file, a scheme, a cell), 2 a usage error (an unknown command or option, a missing
 * one), 3 an internal error. Help and messages are Chinese; `--lang en` asks for English (messages.ts).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { Command, CommanderError } from "commander";
import { registerAudit } from "./audit";
import { evaluateCommand, Output, schemesCommand } from "./commands";
import { registerCompare } from "./compare";
import { registerDraft } from "./draft";
import { XlsxError } from "../xlsx";
import { CHOOSE_FLAGS, CHOOSE_HELP, collectChoice, UserError } from "./io";
import { scoreCommand, ScoreOptions, templateCommand, TemplateOptions } from "./workbook";
import { registerPaper } from "./paper";
import { registerReport } from "./report";
import { registerScheme } from "./scheme";
import { recogniserDrafter } from "../workbook";
import { StdoutOutput } from "./stdout";
import {
  configureHelp,
  describeInEnglish,
  HELP_COMMAND_TEXT,
  HELP_TEXT,
  INTERNAL_ERROR,
  Lang,
  langOption,
  languageOf,
  say,
  usageError,
  useLanguage,
  VERSION_FLAGS,
  VERSION_TEXT,
} from "./messages";

/** Set by the single-executable build (scripts/deploy/build-exe.js), which has no package.json beside it. */
declare const JIXIAO_VERSION: string | undefined;

/** package.json's version: from the build when bundled, otherwise read beside src/ or dist/. */
export function version(): string {
  if (typeof JIXIAO_VERSION === "string") return JIXIAO_VERSION;
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

export function buildProgram(io: Output, lang: Lang = "zh"): Command {
  const program = new Command("jixiao")
    .description("绩效评分助手：按指标体系为社会救助绩效评价计分")
    .exitOverride()
    // Usage errors are worded by main (messages.ts usageError), in the language of the run, not by commander.
    .configureOutput({
      writeOut: (s) => io.out(s.replace(/\n$/, "")),
      writeErr: (s) => process.stderr.write(s),
      outputError: () => undefined,
    })
    .showSuggestionAfterError()
    .helpOption("-h, --help", HELP_TEXT[lang])
    .helpCommand("help [command]", HELP_COMMAND_TEXT[lang])
    .version(version(), VERSION_FLAGS, VERSION_TEXT[lang])
    .addOption(langOption());
  configureHelp(program, lang);

  program
    .command("schemes")
    .description("列出内置的指标体系")
    .option("--json", "以 JSON 输出")
    .action((options: { json?: boolean }) => schemesCommand(options, io));

  registerDraft(registerScheme(program, io), io, recogniserDrafter);

  program
    .command("evaluate")
    .description("按方案为输入文件中的各单位计分")
    .requiredOption("--scheme <id|file.json>", "内置方案编号或方案文件")
    .requiredOption("--input <file.json>", '输入文件：{"units": [{"name": …, "values": {…}}]}')
    .option("--json", "以 JSON 输出")
    .option("--strict", "未填写的指标视为错误")
    .option(CHOOSE_FLAGS, CHOOSE_HELP, collectChoice)
    .action((options: { scheme: string; input: string; json?: boolean; strict?: boolean; choose?: string[] }) =>
      evaluateCommand(options, io),
    );

  program
    .command("score")
    .description("读取 .xlsx 工作簿中的录入表，计分，写入“得分表”工作表")
    .argument("<input.xlsx>", "工作簿：第一列为单位名称，表头为输入的编号或指标名称")
    .requiredOption("--scheme <id|file.json>", "内置方案编号或方案文件")
    .option("--sheet <name>", "读取的工作表（默认：表头对应输入最多的一张）")
    .option("--out <output.xlsx>", "输出文件（默认：输入文件名加“-得分表”，输入文件不变）")
    .option("--strict", "每项输入都须有列、每格都须填写")
    .option(CHOOSE_FLAGS, CHOOSE_HELP, collectChoice)
    .action((input: string, options: ScoreOptions) => scoreCommand(input, options, io));

  program
    .command("template")
    .description("按方案生成空白录入表（.xlsx）")
    .requiredOption("--scheme <id|file.json>", "内置方案编号或方案文件")
    .requiredOption("--out <file.xlsx>", "输出文件（不覆盖已有文件）")
    .option("--units <names>", "单位名称，以逗号或顿号分隔：新泾,江苏,…")
    .action((options: TemplateOptions) => templateCommand(options, io));

  registerAudit(program, io);
  registerCompare(program, io);
  registerReport(program, io);
  registerPaper(program, io);
  if (lang === "en") describeInEnglish(program);
  return program;
}

/** Runs the command line; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: readonly string[], io: Output): Promise<number> {
  const lang = languageOf(argv);
  useLanguage(lang);
  const program = buildProgram(io, lang);
  try {
    await program.parseAsync(argv as string[], { from: "user" });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0;
      // Help shown for a command given without its subcommand is already on stderr.
      if (e.code !== "commander.help") process.stderr.write(`jixiao: ${usageError(program, e)}\n`);
      return 2;
    }
    if (e instanceof UserError || e instanceof XlsxError) {
      process.stderr.write(`jixiao: ${e.message}\n`);
      return 1;
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`jixiao: ${say(INTERNAL_ERROR)}${message}\n`);
    if (process.env.JIXIAO_DEBUG) process.stderr.write(`${(e as Error).stack ?? ""}\n`);
    return 3;
  }
}

/**
 * Runs `jixiao` as a process does: stdout written as it goes (stdout.ts) and only on success, as far as a failure can
 * be known before printing starts; a failure after that says the output is incomplete.
 */
export async function run(argv: readonly string[], output = new StdoutOutput()): Promise<number> {
  const code = await main(argv, output);
  if (code !== 0) {
    output.discard();
    if (output.started) process.stderr.write("jixiao: 出错前已写出部分结果，结果不完整\n");
    return code;
  }
  try {
    output.flush();
    return 0;
  } catch (e) {
    process.stderr.write(`jixiao: 无法写出结果：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 1;
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
