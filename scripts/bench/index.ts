/**
 * `npm run bench [-- --json]`: measured speed, not timed assertions. Prints a table (or one JSON object) and writes
 * the figures with the machine's description and the date into docs/benchmarks.md.
 */
import "./swap";
import { writeFileSync } from "fs";
import { cpus, totalmem, type } from "os";
import { join } from "path";
import { engineGroup, EngineRow, SCHEME, timeEvaluate } from "./engine";
import { workbookGroup, WorkbookRow } from "./workbook";

interface Report {
  date: string;
  machine: string;
  engine: { scheme: string; rows: EngineRow[] };
  workbook: { scheme: string } & WorkbookRow;
}

function machine(): string {
  const cpu = cpus();
  return `${type()} ${process.arch}, ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.version}`;
}

function table(header: string[], rows: (string | number)[][]): string {
  const lines = [header, header.map(() => "---"), ...rows.map((r) => r.map(String))];
  return lines.map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

function markdown(report: Report): string {
  return [
    "# Benchmarks",
    "",
    `Measured ${report.date} on ${report.machine}, by \`npm run bench\` (best of 3 runs; the float row is the same`,
    "engine with its number type swapped for binary floats in a child process, a lower bound that is wrong by design).",
    "",
    `## engine: evaluating ${report.engine.scheme}`,
    "",
    table(
      ["units", "leaves", "exact ms", "exact units/s", "float ms", "float units/s", "exact ÷ float"],
      report.engine.rows.map((r) => [
        r.units,
        r.leaves,
        r.exactMs.toFixed(0),
        r.exactUnitsPerSecond,
        r.floatMs.toFixed(0),
        r.floatUnitsPerSecond,
        r.ratio,
      ]),
    ),
    "",
    `## workbook: \`jixiao score\` on ${report.workbook.units} units of ${report.workbook.scheme} against LibreOffice`,
    "",
    "`jixiao score` runs as a process of its own (start-up, reading, scoring, writing); LibreOffice headless opens the",
    "sheet it wrote with a profile that recalculates every formula on loading, and saves it again.",
    "",
    table(
      ["units", "jixiao score s", "LibreOffice recalculation s", "score ÷ LibreOffice"],
      [
        [
          report.workbook.units,
          report.workbook.scoreSeconds.toFixed(2),
          report.workbook.libreOfficeSeconds.toFixed(2),
          report.workbook.ratio,
        ],
      ],
    ),
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--float-engine") {
    process.stdout.write(JSON.stringify(timeEvaluate(Number(args[1]))));
    return;
  }
  const report: Report = {
    date: new Date().toISOString().slice(0, 10),
    machine: machine(),
    engine: { scheme: SCHEME, rows: engineGroup(process.argv[1] as string) },
    workbook: { scheme: SCHEME, ...(await workbookGroup(join(__dirname, "..", "..", "src", "cli", "index.js"))) },
  };
  const text = markdown(report);
  writeFileSync(join(__dirname, "..", "..", "..", "docs", "benchmarks.md"), text);
  process.stdout.write(args.includes("--json") ? `${JSON.stringify(report, null, 2)}\n` : `${text}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
