/**
 * bench group "bundle": what the task pane costs to open. The JavaScript taskpane.html loads before its first screen
 * (the production build's own scripts, not office.js), raw and gzipped; and the time from navigating to the preview
 * page in headless Chromium until the pane's first heading (the tab of step 1) is visible, served from 127.0.0.1.
 */
import { readFileSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { constants, gzipSync } from "zlib";
import { buildPreview } from "../preview/build";
import { launchChromium } from "../preview/chromium";
import { serveFolders } from "../preview/server";

/** Page loads timed; the median is reported. */
export const LOADS = 7;
/** The pane's first heading in zh-CN (strings.steps.scheme). */
const FIRST_HEADING = "1 方案";

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleRow {
  files: BundleFile[];
  bytes: number;
  gzipBytes: number;
  firstScreenMs: { median: number; min: number; max: number; loads: number };
}

/** The scripts taskpane.html loads itself, in order, without office.js and what office.js loads. */
export function paneScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)]
    .map((m) => m[1] as string)
    .filter((src) => !/(^|\/)office-js\//.test(src));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export async function bundleGroup(root: string): Promise<BundleRow> {
  const out = mkdtempSync(join(tmpdir(), "jixiao-bundle-"));
  try {
    const build = await buildPreview(root, out);
    const html = readFileSync(join(build.addin, "taskpane.html"), "utf8");
    const files = paneScripts(html).map((file) => {
      const data = readFileSync(join(build.addin, file));
      return { file, bytes: data.length, gzipBytes: gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length };
    });
    if (files.length === 0) throw new Error("bundle: taskpane.html loads no script of its own");

    const server = await serveFolders([build.addin, build.preview]);
    const browser = await launchChromium();
    const times: number[] = [];
    try {
      for (let load = 0; load < LOADS; load++) {
        const page = await browser.context.newPage();
        const started = process.hrtime.bigint();
        await page.goto(`${server.origin}/preview.html`, { waitUntil: "commit" });
        await page.frameLocator("#pane").getByRole("tab", { name: FIRST_HEADING }).waitFor({ state: "visible" });
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
        await page.close();
      }
      if (browser.outside.length > 0) throw new Error(`bundle: the page asked for ${browser.outside.join(", ")}`);
    } finally {
      await browser.close();
      await server.close();
    }
    return {
      files,
      bytes: files.reduce((a, f) => a + f.bytes, 0),
      gzipBytes: files.reduce((a, f) => a + f.gzipBytes, 0),
      firstScreenMs: { median: median(times), min: Math.min(...times), max: Math.max(...times), loads: LOADS },
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
