/**
 * Preloaded (`node --require`) into a command the bench group "scale" runs: when the process exits, writes its peak
 * resident memory and CPU time, as the process itself counts them, to the file named by JIXIAO_BENCH_USAGE.
 *
 * The peak is VmHWM of /proc/self/status where there is one (Linux): getrusage's maxRSS of a spawned process also
 * counts the pages of the parent it was forked from before it started node, which here is the bench itself, holding
 * the generated inputs.
 */
import { readFileSync, writeFileSync } from "fs";

/** The peak resident size in KiB: VmHWM, else getrusage's maxRSS. */
function peakKiB(): number {
  try {
    const m = /^VmHWM:\s*(\d+)\s*kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]);
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS;
}

const path = process.env.JIXIAO_BENCH_USAGE;
if (path) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(
      path,
      JSON.stringify({ maxRssKiB: peakKiB(), userMicros: usage.userCPUTime, systemMicros: usage.systemCPUTime }),
    );
  });
}
