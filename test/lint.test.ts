import { spawnSync } from "child_process";
import { join } from "path";

const root = join(__dirname, "..");

/** Lints `code` as if it were the file `path` of the project, with the project's own ESLint configuration. */
function lint(path: string, code: string): string {
  const p = spawnSync(
    process.execPath,
    [join(root, "node_modules", "eslint", "bin", "eslint.js"), "--stdin", "--stdin-filename", path],
    {
      cwd: root,
      input: code,
      encoding: "utf8",
    },
  );
  return p.stdout + p.stderr;
}

describe("no scoring path uses float rounding or eval (lint rules)", () => {
  test("Math.round, toFixed and parseFloat are refused in the engine", () => {
    const out = lint(
      "src/engine/example.ts",
      'export const a = Math.round(3.675 * 100) / 100;\nexport const b = (3.675).toFixed(2);\nexport const c = parseFloat("1");\n',
    );
    expect(out).toContain("use the helpers in src/engine/decimal.ts");
    expect(out).toContain("toFixed rounds binary floats");
    expect(out).toContain("Parse cell text with src/engine/cell.ts");
  });
  test("eval and new Function are refused everywhere", () => {
    const out = lint("src/taskpane/example.ts", 'export const f = new Function("return 1");\neval("1");\n');
    expect(out).toMatch(/no-new-func/);
    expect(out).toMatch(/no-eval/);
  });
  test("context.sync() inside a loop is an error in the Excel shell", () => {
    const out = lint(
      "src/excel/example.ts",
      'export async function f(context: Excel.RequestContext, ranges: Excel.Range[]) {\n  for (const r of ranges) {\n    r.load("values");\n    await context.sync();\n  }\n}\n',
    );
    expect(out).toMatch(/no-context-sync-in-loop/);
  });
});
