/**
 * bench group "scale": the commands that read many units — `evaluate --json`, `score` on an .xlsx, `report` against
 * an earlier sheet and `compare --json` — on 10,000 and 200,000 units of changning-2023, each in a process of its
 * own with its output written to a file. Per run: wall time, CPU time and the peak resident memory the process
 * itself reports (usage.ts, preloaded); per command, the 200k ÷ 10k ratios (20 is linear). The input files are
 * generated before any timing.
 */
import { spawnSync } from "child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { loadScheme } from "../../src/engine";
import { builtinScheme } from "../../src/schemes";
import { SCHEME } from "./engine";
import { ScaleFiles, writeScaleInputs } from "./scaleInputs";

export const SCALE_SIZES = [10_000, 200_000];

export interface ScaleRun {
  units: number;
  seconds: number;
  cpuSeconds: number;
  maxRssMiB: number;
  outputBytes: number;
}

export interface ScaleRow {
  command: string;
  runs: ScaleRun[];
  /** Largest size ÷ smallest, for wall time, CPU time and peak memory. */
  ratios: { seconds: number; cpuSeconds: number; maxRssMiB: number };
}

/** The commands, as a user types them after `jixiao`, for a size's files and an output path. */
const COMMANDS: { name: string; args: (f: ScaleFiles, out: string) => string[] }[] = [
  { name: "evaluate --json", args: (f) => ["evaluate", "--scheme", SCHEME, "--input", f.json, "--json"] },
  { name: "score (.xlsx)", args: (f, out) => ["score", f.xlsx, "--scheme", SCHEME, "--out", out] },
  { name: "report --before", args: (f) => ["report", "--scheme", SCHEME, "--input", f.json, "--before", f.before] },
  {
    name: "compare --json",
    args: (f) => ["compare", "--scheme", SCHEME, "--before", f.before, "--after", f.json, "--json"],
  },
];

function runOnce(cli: string, usage: string, args: string[], dir: string, units: number): ScaleRun {
  const stdoutPath = join(dir, "stdout");
  const usagePath = join(dir, "usage.json");
  rmSync(usagePath, { force: true });
  const fd = openSync(stdoutPath, "w");
  const started = process.hrtime.bigint();
  let result;
  try {
    result = spawnSync(process.execPath, ["--require", usage, cli, ...args], {
      stdio: ["ignore", fd, "pipe"],
      env: { ...process.env, JIXIAO_BENCH_USAGE: usagePath },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    closeSync(fd);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    throw new Error(
      `scale: jixiao ${args.join(" ")} exited ${result.status ?? result.signal}: ${result.stderr.slice(0, 2000)}`,
    );
  }
  const used = JSON.parse(readFileSync(usagePath, "utf8")) as {
    maxRssKiB: number;
    userMicros: number;
    systemMicros: number;
  };
  const outputBytes = statSync(stdoutPath).size;
  rmSync(stdoutPath, { force: true });
  return {
    units,
    seconds,
    cpuSeconds: (used.userMicros + used.systemMicros) / 1e6,
    maxRssMiB: used.maxRssKiB / 1024,
    outputBytes,
  };
}

const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;

/** Runs every command at every size; `cli` and `usage` are the compiled entry point and usage.js. */
export function scaleGroup(cli: string, usage: string, sizes: readonly number[] = SCALE_SIZES): ScaleRow[] {
  const loaded = loadScheme(builtinScheme(SCHEME));
  if (!loaded.ok) throw new Error(`${SCHEME} does not load`);
  const dir = mkdtempSync(join(tmpdir(), "jixiao-scale-"));
  try {
    const files = sizes.map((units) => writeScaleInputs(dir, loaded.scheme, units));
    return COMMANDS.map(({ name, args }) => {
      const runs = sizes.map((units, i) => {
        const out = join(dir, `scored-${units}.xlsx`);
        const run = runOnce(cli, usage, args(files[i] as ScaleFiles, out), dir, units);
        rmSync(out, { force: true });
        return run;
      });
      const first = runs[0] as ScaleRun;
      const last = runs[runs.length - 1] as ScaleRun;
      return {
        command: name,
        runs,
        ratios: {
          seconds: ratio(last.seconds, first.seconds),
          cpuSeconds: ratio(last.cpuSeconds, first.cpuSeconds),
          maxRssMiB: ratio(last.maxRssMiB, first.maxRssMiB),
        },
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
