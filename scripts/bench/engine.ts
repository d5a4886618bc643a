/**
 * bench group "engine": units per second evaluating changning-2023 for synthetic units with varied inputs, with the
 * engine's exact numbers and, in a child process, with plain floats as a lower bound. The child is started with
 * JIXIAO_BENCH_FLOAT=1 and swaps the number type before the engine loads.
 */
import { execFileSync } from "child_process";
import { evaluate, loadScheme, Scheme } from "../../src/engine";
import { builtinScheme } from "../../src/schemes";
import { syntheticUnits } from "./synthetic";

export const SCHEME = "changning-2023";
const SIZES = [1000, 10000];
const RUNS = 3;

export interface EngineRow {
  units: number;
  leaves: number;
  exactMs: number;
  exactUnitsPerSecond: number;
  floatMs: number;
  floatUnitsPerSecond: number;
  ratio: number;
}

function scheme(): Scheme {
  const loaded = loadScheme(builtinScheme(SCHEME));
  if (!loaded.ok) throw new Error(`${SCHEME} does not load`);
  return loaded.scheme;
}

/** Best of RUNS, in milliseconds, evaluating without the per-leaf sentences (written on demand in the pane). */
export function timeEvaluate(units: number): { ms: number; leaves: number } {
  const s = scheme();
  const inputs = syntheticUnits(s, units);
  const result = evaluate(s, inputs, { explain: false });
  if (result.errors.length > 0) throw new Error(`synthetic inputs rejected: ${JSON.stringify(result.errors[0])}`);
  let best = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    evaluate(s, inputs, { explain: false });
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: best, leaves: s.leaves.length };
}

export function engineGroup(entry: string): EngineRow[] {
  return SIZES.map((units) => {
    const exact = timeEvaluate(units);
    const float = JSON.parse(
      execFileSync(process.execPath, [entry, "--float-engine", String(units)], {
        env: { ...process.env, JIXIAO_BENCH_FLOAT: "1" },
        encoding: "utf8",
      }),
    ) as { ms: number };
    return {
      units,
      leaves: exact.leaves,
      exactMs: exact.ms,
      exactUnitsPerSecond: Math.round((units / exact.ms) * 1000),
      floatMs: float.ms,
      floatUnitsPerSecond: Math.round((units / float.ms) * 1000),
      ratio: Math.round((exact.ms / float.ms) * 10) / 10,
    };
  });
}
