/**
 * Debian's Chromium, driven by playwright-core: never a downloaded browser. Headless, without the features that
 * reach out on their own (background networking, component updates, sync, QUIC), in a new empty profile. Every
 * request of every page is recorded; one that leaves this machine (or, with `allow`, one it does not allow) is refused
 * and listed in `outside`.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { delimiter, join } from "path";
import { BrowserContext, chromium } from "playwright-core";

/** The names a Chromium-based browser goes by on Linux, macOS (on the PATH) and Windows. */
const BROWSER_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "msedge"];
export const CHROMIUM_INSTALL =
  "Debian/Ubuntu: apt-get update && apt-get install -y chromium; elsewhere: install Chromium, Chrome or Edge and set CHROMIUM to its executable";

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser to drive: `CHROMIUM` when set, else the first Chromium-based browser on the PATH (with Windows'
 * executable extensions). Undefined when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.CHROMIUM;
  if (chosen !== undefined && chosen !== "") return chosen;
  const extensions = process.platform === "win32" ? (env.PATHEXT ?? ".EXE").split(";") : [""];
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    for (const name of BROWSER_NAMES) {
      for (const extension of extensions) {
        const path = join(dir, name + extension.toLowerCase());
        if (isFile(path)) return path;
      }
    }
  }
  return undefined;
}
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Schemes that never reach a network; everything else must go to this machine. */
const LOCAL_SCHEMES = new Set(["data:", "blob:", "about:"]);
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function isLocal(url: string): boolean {
  const u = new URL(url);
  if (LOCAL_SCHEMES.has(u.protocol)) return true;
  return (u.protocol === "http:" || u.protocol === "https:") && LOCAL_HOSTS.has(u.hostname);
}

export interface Chromium {
  context: BrowserContext;
  /** Every URL any page of the context asked for. */
  requests: string[];
  /** Those not on this machine (refused). */
  outside: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** More command-line switches (--host-resolver-rules=…, --ignore-certificate-errors-spki-list=…). */
  args?: readonly string[];
  /** Which requests may go out; the rest are refused and listed in `outside`. Default: this machine only. */
  allow?: (url: string) => boolean;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Chromium> {
  const allow = options.allow ?? isLocal;
  const executable = findChromium();
  if (executable === undefined || !existsSync(executable)) {
    const where = executable === undefined ? "on the PATH (chromium, google-chrome, msedge…)" : `at ${executable}`;
    throw new Error(`No Chromium ${where}: ${CHROMIUM_INSTALL}`);
  }
  const profile = mkdtempSync(join(tmpdir(), "jixiao-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    viewport: { width: 1400, height: 860 },
  });
  const requests: string[] = [];
  const outside: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (allow(url)) await route.continue();
    else {
      outside.push(url);
      await route.abort("blockedbyclient");
    }
  });
  return {
    context,
    requests,
    outside,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
