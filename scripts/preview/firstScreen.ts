/**
 * What the task pane's first screen costs, as the bundle test and `npm run bench` measure it: every script of the
 * add-in's build a page fetches (not office.js and what it loads, not the preview's own scripts), gzipped at level 9,
 * until the 方案 step is usable — its tab shown and the built-in scheme picker enabled.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { constants, gzipSync } from "zlib";
import type { FrameLocator, Page } from "playwright-core";

/** Issue 13 §5: the first screen's JavaScript, gzipped, at most 200 KiB. */
export const FIRST_SCREEN_LIMIT = 200 * 1024;

export interface Script {
  /** The URL path ("/taskpane.js"). */
  path: string;
  bytes: number;
  gzipBytes: number;
}

export function gzipped(data: Buffer): number {
  return gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length;
}

export interface Recording {
  /** In order of arrival; a script's sizes are filled in once its body is read (see `settled`). */
  scripts: Script[];
  /** Resolves when the bodies of the scripts received so far have been read and measured. */
  settled(): Promise<void>;
}

/** Records every script of the add-in's build (in `addin`) the page receives, as its response arrives. */
export function recordScripts(page: Page, addin: string): Recording {
  const scripts: Script[] = [];
  const reading: Promise<void>[] = [];
  page.on("response", (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.endsWith(".js") || path.startsWith("/office-js/") || !existsSync(join(addin, path))) return;
    const script = { path, bytes: 0, gzipBytes: 0 };
    scripts.push(script);
    reading.push(
      response.body().then((data) => {
        script.bytes = data.length;
        script.gzipBytes = gzipped(data);
      }),
    );
  });
  return { scripts, settled: () => Promise.all(reading).then(() => undefined) };
}

/** Waits until the 方案 step is usable in the pane (zh-CN). */
export async function firstScreenUsable(pane: FrameLocator): Promise<void> {
  await pane.getByRole("tab", { name: "1 方案" }).waitFor();
  const picker = pane.getByRole("combobox", { name: "内置方案" });
  await picker.waitFor();
  if (!(await picker.isEnabled())) throw new Error("the built-in scheme picker is shown but disabled");
}

/** The build's scripts loaded only on demand: those the first screen did not fetch, office.js's aside. */
export function onDemandScripts(addin: string, first: readonly Script[]): Script[] {
  const fetched = new Set(first.map((s) => s.path));
  return readdirSync(addin)
    .filter((f) => f.endsWith(".js") && !fetched.has(`/${f}`))
    .sort()
    .map((f) => {
      const data = readFileSync(join(addin, f));
      return { path: `/${f}`, bytes: data.length, gzipBytes: gzipped(data) };
    });
}
