/**
 * Each layer of src/ is its own TypeScript project with only the libraries it may use, so a forbidden import fails
 * the type check rather than waiting for a review: the engine cannot read a file, touch the page, draw with React or
 * call Office.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

const root = resolve(__dirname, "..");
const tsc = require.resolve("typescript/bin/tsc");

/** Type-checks one probe file with a layer's compiler options; returns the errors ("" when it compiles). */
function check(layer: string, probe: string): string {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-layer-"));
  const config = join(dir, "tsconfig.json");
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(root, "src", layer, "tsconfig.json"),
      // Type libraries are looked up from the config's folder: point at the project's own.
      compilerOptions: { typeRoots: [join(root, "node_modules/@types")] },
      include: [],
      files: [join(root, "test/fixtures/layers", probe)],
    }),
  );
  try {
    execFileSync(process.execPath, [tsc, "-p", config, "--noEmit"], { encoding: "utf8", stdio: "pipe" });
    return "";
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  }
}

describe("the compiler keeps each layer to what it may use", () => {
  test.each(["engine", "workbook", "xlsx"])("%s: plain TypeScript over the engine compiles", (layer) => {
    expect(check(layer, "pure.ts")).toBe("");
  });

  test.each([
    ["engine", "usesFs.ts", "Cannot find module 'fs'"],
    ["engine", "usesDom.ts", "Cannot find name 'document'"],
    ["engine", "usesReact.ts", "forbidden"],
    ["engine", "usesOffice.ts", "Cannot find name 'Office'"],
    ["workbook", "usesFs.ts", "Cannot find module 'fs'"],
    ["workbook", "usesOffice.ts", "Cannot find name 'Office'"],
    ["xlsx", "usesFs.ts", "Cannot find module 'fs'"],
    ["xlsx", "usesDom.ts", "Cannot find name 'document'"],
    ["excel", "usesReact.ts", "forbidden"],
    ["excel", "usesFs.ts", "Cannot find module 'fs'"],
    ["cli", "usesOffice.ts", "Cannot find name 'Office'"],
    ["cli", "usesDom.ts", "Cannot find name 'document'"],
  ])("%s refuses %s", (layer, probe, error) => {
    expect(check(layer, probe)).toContain(error);
  });

  test("the CLI may read files and the pane may draw with React", () => {
    expect(check("cli", "usesFs.ts")).toBe("");
    expect(check("taskpane", "usesReact.ts")).toBe("");
  });
});
