/**
 * bench group "bundle": what the task pane costs to open. The add-in's own scripts (not office.js) fetched in
 * headless Chromium until the 方案 step is usable, raw and gzipped (scripts/preview/firstScreen.ts, as
 * test/preview/bundle.test.ts measures them against the 200 KiB limit); the chunks left for later, loaded when a step
 * or a scheme is first opened; and the time from navigating to the preview page, served from 127.0.0.1, until 方案
 * is usable.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildPreview } from "../preview/build";
import { launchChromium } from "../preview/chromium";
import { FIRST_SCREEN_LIMIT, firstScreenUsable, onDemandScripts, recordScripts, Script } from "../preview/firstScreen";
import { serveFolders } from "../preview/server";

/** Page loads timed; the median is reported. */
export const LOADS = 7;

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleRow {
  /** The first screen's scripts. */
  files: BundleFile[];
  bytes: number;
  gzipBytes: number;
  limitGzipBytes: number;
  /** The chunks fetched later, when a step or a built-in scheme is first opened. */
  onDemand: BundleFile[];
  firstScreenMs: { median: number; min: number; max: number; loads: number };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const asFile = (s: Script): BundleFile => ({ file: s.path.slice(1), bytes: s.bytes, gzipBytes: s.gzipBytes });

export async function bundleGroup(root: string): Promise<BundleRow> {
  const out = mkdtempSync(join(tmpdir(), "jixiao-bundle-"));
  try {
    const build = await buildPreview(root, out);
    const server = await serveFolders([build.addin, build.preview]);
    const browser = await launchChromium();
    const times: number[] = [];
    let first: Script[] = [];
    try {
      for (let load = 0; load < LOADS; load++) {
        const page = await browser.context.newPage();
        const recording = recordScripts(page, build.addin);
        const started = process.hrtime.bigint();
        await page.goto(`${server.origin}/preview.html`, { waitUntil: "commit" });
        await firstScreenUsable(page.frameLocator("#pane"));
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
        const fetched = [...recording.scripts];
        await recording.settled();
        if (load === 0) first = fetched;
        await page.close();
      }
      if (browser.outside.length > 0) throw new Error(`bundle: the page asked for ${browser.outside.join(", ")}`);
    } finally {
      await browser.close();
      await server.close();
    }
    if (first.length === 0) throw new Error("bundle: the first screen fetched no script of the add-in's");
    return {
      files: first.map(asFile),
      bytes: first.reduce((a, f) => a + f.bytes, 0),
      gzipBytes: first.reduce((a, f) => a + f.gzipBytes, 0),
      limitGzipBytes: FIRST_SCREEN_LIMIT,
      onDemand: onDemandScripts(build.addin, first).map(asFile),
      firstScreenMs: { median: median(times), min: Math.min(...times), max: Math.max(...times), loads: LOADS },
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
