/**
 * bench group "fuzz" (`npm run bench -- --only fuzz [--runs 2000] [--seed 7]`): the fuzz test of damaged zips and
 * XML (test/xlsx/fuzz.test.ts) with many more runs than CI's fixed 150, under a seed of its own (the date's, unless
 * given), so that each bench run explores new cases. Prints the seed, runs, time and jest's verdict; a failure prints
 * the counterexample to reproduce with the same JIXIAO_FUZZ_SEED and JIXIAO_FUZZ_RUNS.
 */
import { spawnSync } from "child_process";
import { join } from "path";

export interface FuzzReport {
  seed: number;
  runs: number;
  seconds: number;
  passed: boolean;
  /** jest's last lines: the summary, or the failing property and its counterexample. */
  output: string;
}

export function fuzzGroup(root: string, runs: number, seed: number): FuzzReport {
  const started = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [join(root, "node_modules", "jest", "bin", "jest.js"), "--selectProjects", "pure", "test/xlsx/fuzz.test.ts"],
    {
      cwd: root,
      env: { ...process.env, JIXIAO_FUZZ_RUNS: String(runs), JIXIAO_FUZZ_SEED: String(seed) },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const output = `${result.stdout}${result.stderr}`.split("\n").slice(-60).join("\n");
  return { seed, runs, seconds, passed: result.status === 0, output };
}
