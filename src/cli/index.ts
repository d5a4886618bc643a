/**
 * `jixiao`: the command line over the shared engine. Bad input of any kind exits non-zero with a message naming the
 * unit, the id or the path, and prints nothing on stdout.
 */
import { Command, CommanderError } from "commander";
import { registerAudit } from "./audit";
import { evaluateCommand, Output, schemesCommand } from "./commands";
import { registerCompare } from "./compare";
import { UserError } from "./io";
import { registerReport } from "./report";

export function buildProgram(io: Output): Command {
  const program = new Command("jixiao")
    .description("绩效评分助手：按指标体系为社会救助绩效评价计分")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, "")), writeErr: (s) => process.stderr.write(s) });

  program
    .command("schemes")
    .description("列出内置的指标体系")
    .option("--json", "以 JSON 输出")
    .action((options: { json?: boolean }) => schemesCommand(options, io));

  program
    .command("evaluate")
    .description("按方案为输入文件中的各单位计分")
    .requiredOption("--scheme <id|file.json>", "内置方案编号或方案文件")
    .requiredOption("--input <file.json>", '输入文件：{"units": [{"name": …, "values": {…}}]}')
    .option("--json", "以 JSON 输出")
    .option("--strict", "未填写的指标视为错误")
    .action((options: { scheme: string; input: string; json?: boolean; strict?: boolean }) =>
      evaluateCommand(options, io),
    );

  registerAudit(program, io);
  registerCompare(program, io);
  registerReport(program, io);
  return program;
}

/** Runs the command line; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: readonly string[], io: Output): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv as string[], { from: "user" });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UserError) {
      process.stderr.write(`jixiao: ${e.message}\n`);
      return 1;
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`jixiao: 内部错误（请报告）：${message}\n`);
    if (process.env.JIXIAO_DEBUG) process.stderr.write(`${(e as Error).stack ?? ""}\n`);
    return 3;
  }
}

if (require.main === module) {
  let text = "";
  const io: Output = { out: (s) => (text += `${s}\n`) };
  main(process.argv.slice(2), io).then((code) => {
    if (code === 0) process.stdout.write(text);
    process.exitCode = code;
  });
}
