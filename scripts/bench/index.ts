/**
 * `npm run bench [-- --json]`: measured speed, not timed assertions. Prints a table (or one JSON object) and writes
 * the figures with the machine's description and the date into docs/benchmarks.md.
 */
import "./swap";
import { writeFileSync } from "fs";
import { cpus, totalmem, type } from "os";
import { join } from "path";
import { bundleGroup, BundleRow } from "./bundle";
import { engineGroup, EngineRow, SCHEME, timeEvaluate } from "./engine";
import { hostGroup, HostRow, TARGET_REQUEST_BYTES, TARGET_SYNCS } from "./host";
import { workbookGroup, WorkbookRow } from "./workbook";

/** The repository, from dist-bench/scripts/bench/ where the bench runs compiled. */
const ROOT = join(__dirname, "..", "..", "..");

interface Report {
  date: string;
  machine: string;
  engine: { scheme: string; rows: EngineRow[] };
  workbook: { scheme: string } & WorkbookRow;
  host: { scheme: string; target: { syncs: number; requestBytes: number }; met: boolean; rows: HostRow[] };
  bundle: BundleRow;
}

const thousands = (n: number) => n.toLocaleString("en-US");

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
    `## host: evaluate-and-write on the fake Excel host, ${report.host.scheme}`,
    "",
    "Through the add-in's own shell (`createExcelShell`) on `tools/fake-excel`: a generated, bound input sheet filled",
    "with synthetic units, then one run (read every bound range, score, write the 得分表 and read back what the",
    "formulas compute). The fake host counts `context.sync()` calls and measures each request as the JSON of its",
    `queued operations. Target: at most ${report.host.target.syncs} syncs, every request under ${thousands(report.host.target.requestBytes)} bytes (4 MiB) —`,
    report.host.met ? "met at every size." : "**NOT met** (see the rows marked no).",
    "",
    table(
      ["units", "inputs", "syncs", "largest request bytes", "all requests bytes", "ms on the fake host", "target met"],
      report.host.rows.map((r) => [
        r.units,
        r.inputs,
        r.syncs,
        thousands(r.largestRequestBytes),
        thousands(r.totalRequestBytes),
        r.ms.toFixed(0),
        r.met ? "yes" : "no",
      ]),
    ),
    "",
    "## bundle: what the task pane loads before its first screen",
    "",
    "The production build's scripts that `taskpane.html` loads itself (office.js, Microsoft's, not counted), gzipped",
    "at level 9; and the time from navigating headless Chromium to the preview page (served from 127.0.0.1) until",
    `the pane's first heading, the tab of step 1, is visible: median of ${report.bundle.firstScreenMs.loads} loads.`,
    "",
    table(
      ["file", "bytes", "gzip bytes"],
      [
        ...report.bundle.files.map((f) => [f.file, thousands(f.bytes), thousands(f.gzipBytes)]),
        ["all", thousands(report.bundle.bytes), thousands(report.bundle.gzipBytes)],
      ],
    ),
    "",
    table(
      ["first screen ms (median)", "min", "max"],
      [
        [
          report.bundle.firstScreenMs.median.toFixed(0),
          report.bundle.firstScreenMs.min.toFixed(0),
          report.bundle.firstScreenMs.max.toFixed(0),
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
  const hostRows = await hostGroup();
  const report: Report = {
    date: new Date().toISOString().slice(0, 10),
    machine: machine(),
    engine: { scheme: SCHEME, rows: engineGroup(process.argv[1] as string) },
    workbook: { scheme: SCHEME, ...(await workbookGroup(join(__dirname, "..", "..", "src", "cli", "index.js"))) },
    host: {
      scheme: SCHEME,
      target: { syncs: TARGET_SYNCS, requestBytes: TARGET_REQUEST_BYTES },
      met: hostRows.every((r) => r.met),
      rows: hostRows,
    },
    bundle: await bundleGroup(ROOT),
  };
  const text = markdown(report);
  writeFileSync(join(ROOT, "docs", "benchmarks.md"), text);
  process.stdout.write(args.includes("--json") ? `${JSON.stringify(report, null, 2)}\n` : `${text}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
