/** The Chromium the browser suite drives comes from CHROMIUM or the PATH, so the suite runs on macOS and Windows too. */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { delimiter, join } from "path";
import { findChromium } from "../../scripts/preview/chromium";

function executable(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, "#!/bin/sh\n");
  chmodSync(path, 0o755);
  return path;
}

describe("finding Chromium", () => {
  const root = mkdtempSync(join(tmpdir(), "jixiao-find-chromium-"));

  test("CHROMIUM names the browser, whatever the PATH holds", () => {
    expect(findChromium({ CHROMIUM: "/opt/edge/msedge", PATH: "" })).toBe("/opt/edge/msedge");
  });

  test("otherwise the first Chromium-based browser on the PATH, in PATH order", () => {
    const empty = join(root, "empty");
    mkdirSync(empty);
    const chrome = executable(join(root, "a"), "google-chrome");
    executable(join(root, "b"), "chromium");
    expect(findChromium({ PATH: [empty, join(root, "a"), join(root, "b")].join(delimiter) })).toBe(chrome);
  });

  test("none on the PATH: undefined, so the suite fails with how to install one", () => {
    expect(findChromium({ PATH: join(root, "empty") })).toBeUndefined();
  });
});
