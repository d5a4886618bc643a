/** Imported first by the bench: in the float child process, swaps the engine's number type before the engine loads. */
import * as exact from "../../src/engine/exact";
import { FloatNumber } from "./float";

if (process.env.JIXIAO_BENCH_FLOAT === "1") {
  (exact as unknown as { Exact: unknown }).Exact = FloatNumber;
}
