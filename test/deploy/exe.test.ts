/**
 * npm run build:exe: the command line bundled into one JavaScript file (esbuild), and a single executable application
 * of it (Node's SEA, injected with postject), which runs with no Node.js on the PATH.
 */
import { execFile, spawnSync } from "child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "test-output", "deploy-exe");
const FIXTURE = join(ROOT, "test", "fixtures", "changning-2021.input.json");

/** Where the built files run: a folder outside the project, so that no node_modules is found above them. */
const RUN = mkdtempSync(join(tmpdir(), "jixiao-exe-"));
let build: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  build = await new Promise((resolve) => {
    execFile(
      process.execPath,
      ["scripts/deploy/build-exe.js", "--out", OUT],
      { cwd: ROOT, timeout: 600_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}, 600_000);

afterAll(() => rmSync(RUN, { recursive: true, force: true }));

/** Runs `command` with no environment at all (no PATH: no node to fall back on) in a folder outside the project. */
function run(command: string, args: string[]) {
  return spawnSync(command, args, { cwd: RUN, env: {}, encoding: "utf8", timeout: 120_000 });
}

/** A built file copied out of the project. */
function outside(name: string): string {
  copyFileSync(join(OUT, name), join(RUN, name));
  return join(RUN, name);
}

/** What both forms must do: list the schemes, score [000], refuse an unknown command, say their version, write a workbook. */
function behavesAsTheCommandLine(command: string, prefix: string[]) {
  const schemes = run(command, [...prefix, "schemes", "--json"]);
  expect(schemes.status).toBe(0);
  expect((JSON.parse(schemes.stdout) as { id: string }[]).map((s) => s.id)).toContain("changning-2021");

  const scored = run(command, [...prefix, "evaluate", "--scheme", "changning-2021", "--input", FIXTURE, "--json"]);
  expect(scored.status).toBe(0);
  const units = (JSON.parse(scored.stdout) as { units: { name: string; total: number; rank: number }[] }).units;
  expect(units.find((u) => u.name === "新泾")).toMatchObject({ total: 103.05, rank: 1 });

  const unknown = run(command, [...prefix, "nonsense"]);
  expect(unknown.status).toBe(2);
  expect(unknown.stderr.match(/没有“nonsense”这个命令/g)).toHaveLength(1);

  const version = run(command, [...prefix, "--version"]);
  expect(version.status).toBe(0);
  expect(version.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version}\n`);

  const book = `${prefix.length > 0 ? "bundle" : "exe"}-录入.xlsx`;
  rmSync(join(RUN, book), { force: true });
  const template = run(command, [
    ...prefix,
    "template",
    "--scheme",
    "changning-2021",
    "--out",
    book,
    "--units",
    "新泾",
  ]);
  expect(template.stderr).toBe("");
  expect(template.status).toBe(0);
  expect(readFileSync(join(RUN, book)).subarray(0, 2).toString()).toBe("PK");
}

test("the command line in one JavaScript file: dist-exe/jixiao.cjs runs with node alone, no node_modules", () => {
  expect(build.stdout).toContain("jixiao.cjs");
  behavesAsTheCommandLine(process.execPath, [outside("jixiao.cjs")]);
});

test("a single executable: runs with no Node.js on the PATH, as the command line does", () => {
  expect(build.code).toBe(0);
  expect(build.stdout).toContain(`内含 Node.js ${process.version}`);
  const exe = outside(process.platform === "win32" ? "jixiao.exe" : "jixiao");
  chmodSync(exe, 0o755);
  behavesAsTheCommandLine(exe, []);
});
