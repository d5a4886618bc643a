/**
 * `npm run bench [-- --json]`: measured speed, not timed assertions. Prints a table (or one JSON object) and writes
 * the figures with the machine's description and the date into docs/benchmarks.md. `-- --only scale` runs the group
 * "scale" alone and replaces only its section; `--sizes 1000,5000` runs it at other sizes than 10,000 and 200,000.
 * `-- --only fuzz [--runs N] [--seed N]` runs the fuzz test of damaged workbooks with many runs (fuzz.ts).
 */
import "./swap";
import { readFileSync, writeFileSync } from "fs";
import { cpus, loadavg, totalmem, type } from "os";
import { join } from "path";
import { bundleGroup, BundleRow } from "./bundle";
import { engineGroup, EngineRow, SCHEME, timeEvaluate } from "./engine";
import { hostGroup, HostRow, TARGET_REQUEST_BYTES, TARGET_SYNCS } from "./host";
import { fuzzGroup } from "./fuzz";
import { SCALE_SIZES, scaleGroup, ScaleRow } from "./scale";
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
  scale: ScaleReport;
}

interface ScaleReport {
  date: string;
  machine: string;
  /** The 1-minute load average before and after the group: the machine may be shared. */
  load: [number, number];
  rows: ScaleRow[];
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
    "The production build's scripts headless Chromium fetches until the 方案 step is usable (office.js, Microsoft's,",
    "not counted), gzipped at level 9, against the limit test/preview/bundle.test.ts enforces; the chunks left for",
    "later, fetched when a step or a built-in scheme is first opened; and the time from navigating to the preview page",
    `(served from 127.0.0.1) until 方案 is usable: median of ${report.bundle.firstScreenMs.loads} loads.`,
    "",
    table(
      ["first screen", "bytes", "gzip bytes"],
      [
        ...report.bundle.files.map((f) => [f.file, thousands(f.bytes), thousands(f.gzipBytes)]),
        ["all", thousands(report.bundle.bytes), thousands(report.bundle.gzipBytes)],
        ["limit", "", thousands(report.bundle.limitGzipBytes)],
      ],
    ),
    "",
    table(
      ["on demand", "bytes", "gzip bytes"],
      report.bundle.onDemand.map((f) => [f.file, thousands(f.bytes), thousands(f.gzipBytes)]),
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
    scaleMarkdown(report.scale),
  ].join("\n");
}

const SCALE_HEADING = "## scale:";

function scaleMarkdown(scale: ScaleReport): string {
  const sizes = scale.rows[0]?.runs.map((r) => thousands(r.units)) ?? [];
  const [small, large] = [sizes[0] ?? "", sizes[sizes.length - 1] ?? ""];
  const mib = (n: number) => thousands(Math.round(n));
  const units = scale.rows[0]?.runs.map((r) => r.units) ?? [1];
  const linear = Math.round((units[units.length - 1] as number) / (units[0] as number));
  return [
    `${SCALE_HEADING} every command on ${sizes.join(" and ")} units of ${SCHEME}`,
    "",
    `Measured ${scale.date} on ${scale.machine}, by \`npm run bench -- --only scale\` (one run each; load average`,
    `${scale.load[0].toFixed(1)} before and ${scale.load[1].toFixed(1)} after${scale.load[0] > 2 || scale.load[1] > 2 ? ": the machine was shared, so wall times are long and CPU times are the figures to compare" : ""}).`,
    "Each command runs as a process of its own with its output written to a file; the input files (JSON, and an .xlsx",
    "laid out as `jixiao template` lays it out, every cell bordered) are generated first. CPU is user + system time;",
    `memory is the peak resident size the process reports. The ratios are ${large} ÷ ${small}: linear cost gives ${linear}.`,
    "",
    table(
      ["command", "units", "wall s", "CPU s", "peak MiB", "output bytes"],
      scale.rows.flatMap((row) =>
        row.runs.map((r) => [
          row.command,
          thousands(r.units),
          r.seconds.toFixed(1),
          r.cpuSeconds.toFixed(1),
          mib(r.maxRssMiB),
          thousands(r.outputBytes),
        ]),
      ),
    ),
    "",
    table(
      ["command", "wall ratio", "CPU ratio", "memory ratio"],
      scale.rows.map((row) => [row.command, row.ratios.seconds, row.ratios.cpuSeconds, row.ratios.maxRssMiB]),
    ),
    "",
  ].join("\n");
}

/** docs/benchmarks.md with its scale section replaced (or added at the end), the other groups' figures kept. */
function withScaleSection(doc: string, section: string): string {
  const start = doc.indexOf(SCALE_HEADING);
  if (start < 0) return `${doc.replace(/\n*$/, "\n\n")}${section}`;
  const next = doc.indexOf("\n## ", start + SCALE_HEADING.length);
  return `${doc.slice(0, start)}${section}${next < 0 ? "" : doc.slice(next + 1)}`;
}

function scaleReport(sizes: readonly number[]): ScaleReport {
  const before = loadavg()[0] as number;
  const rows = scaleGroup(CLI, join(__dirname, "usage.js"), sizes);
  return {
    date: new Date().toISOString().slice(0, 10),
    machine: machine(),
    load: [before, loadavg()[0] as number],
    rows,
  };
}

/** The compiled command line, beside the compiled bench. */
const CLI = join(__dirname, "..", "..", "src", "cli", "index.js");

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--float-engine") {
    process.stdout.write(JSON.stringify(timeEvaluate(Number(args[1]))));
    return;
  }
  const sizesAt = args.indexOf("--sizes");
  const sizes = sizesAt >= 0 ? (args[sizesAt + 1] ?? "").split(",").map(Number) : SCALE_SIZES;
  if (args.includes("--only") && args[args.indexOf("--only") + 1] === "fuzz") {
    // Not written to docs/benchmarks.md: a verdict and a seed, not a figure to compare.
    const option = (name: string, fallback: number) =>
      args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
    const today = Number(new Date().toISOString().slice(0, 10).replace(/-/g, ""));
    const fuzz = fuzzGroup(ROOT, option("--runs", 2000), option("--seed", today));
    process.stdout.write(
      args.includes("--json")
        ? `${JSON.stringify(fuzz, null, 2)}\n`
        : `fuzz: seed ${fuzz.seed}, ${fuzz.runs} runs per property, ${fuzz.seconds.toFixed(1)} s: ${fuzz.passed ? "passed" : "FAILED"}\n${fuzz.passed ? "" : fuzz.output}\n`,
    );
    if (!fuzz.passed) process.exitCode = 1;
    return;
  }
  if (args.includes("--only") && args[args.indexOf("--only") + 1] === "scale") {
    // One group: its section of docs/benchmarks.md is replaced, the others' figures stay as measured.
    const scale = scaleReport(sizes);
    const path = join(ROOT, "docs", "benchmarks.md");
    const section = scaleMarkdown(scale);
    writeFileSync(path, withScaleSection(readFileSync(path, "utf8"), section));
    process.stdout.write(args.includes("--json") ? `${JSON.stringify(scale, null, 2)}\n` : `${section}\n`);
    return;
  }
  const hostRows = await hostGroup();
  const report: Report = {
    date: new Date().toISOString().slice(0, 10),
    machine: machine(),
    engine: { scheme: SCHEME, rows: engineGroup(process.argv[1] as string) },
    workbook: { scheme: SCHEME, ...(await workbookGroup(CLI)) },
    host: {
      scheme: SCHEME,
      target: { syncs: TARGET_SYNCS, requestBytes: TARGET_REQUEST_BYTES },
      met: hostRows.every((r) => r.met),
      rows: hostRows,
    },
    bundle: await bundleGroup(ROOT),
    scale: scaleReport(sizes),
  };
  const text = markdown(report);
  writeFileSync(join(ROOT, "docs", "benchmarks.md"), text);
  process.stdout.write(args.includes("--json") ? `${JSON.stringify(report, null, 2)}\n` : `${text}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
