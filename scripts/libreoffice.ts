/**
 * LibreOffice Calc, headless, as a real spreadsheet that recalculates what we write: used by the recalculation test
 * suite and by the benchmark. Its profile makes Calc recalculate every formula of an .xlsx on loading
 * (OOXMLRecalcMode 0) instead of keeping the cached results the file carries.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdirSync, writeFileSync } from "fs";
import { basename, delimiter, join } from "path";

export const INSTALL_LIBREOFFICE = "apt-get update && apt-get install -y libreoffice-calc";

export function findSoffice(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of ["soffice", "libreoffice"]) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

/** A LibreOffice profile whose Calc always recalculates .xlsx files on loading; returns its URL. */
export function recalculatingProfile(dir: string): string {
  const user = join(dir, "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${dir}`;
}

/**
 * Opens each file in Calc with a recalculating profile (in `workDir`) and saves it as .xlsx into `outdir`, in one
 * start of LibreOffice. Returns the seconds it took; throws, naming the file, when one was not converted.
 */
export function recalculate(files: readonly string[], outdir: string, workDir: string): number {
  const soffice = findSoffice();
  if (!soffice) {
    throw new Error(
      `LibreOffice Calc (soffice) is not on PATH: it recalculates the 得分表 in a real spreadsheet. Install it with \`${INSTALL_LIBREOFFICE}\` (.ci/run does).`,
    );
  }
  const started = process.hrtime.bigint();
  const p = spawnSync(
    soffice,
    [
      `-env:UserInstallation=${recalculatingProfile(join(workDir, "profile"))}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "xlsx",
      "--outdir",
      outdir,
      ...files,
    ],
    { encoding: "utf8", timeout: 150_000 },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  for (const file of files) {
    if (!existsSync(join(outdir, basename(file)))) {
      throw new Error(
        `LibreOffice did not convert ${basename(file)} (exit ${p.status}, ${seconds.toFixed(1)}s): ${p.stderr || p.error?.message}`,
      );
    }
  }
  return seconds;
}
