/**
 * npm run build:exe: the command line bundled into one JavaScript file (esbuild), and — when postject is installed —
 * a single executable application of it (Node's SEA), which runs with no Node.js on the PATH. Without postject the
 * script writes the bundle, says what to install, and exits with 2, and the second test checks that instead (postject
 * is not among the project's devDependencies yet; NODE_PATH=<a folder holding postject> makes the script find it).
 */
import { execFile, spawnSync } from "child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "test-output", "deploy-exe");
const FIXTURE = join(ROOT, "test", "fixtures", "changning-2021.input.json");
/** postject as the build script finds it (from the project's node_modules, or NODE_PATH). */
const HAS_POSTJECT =
  spawnSync(process.execPath, ["-e", `require.resolve("postject", { paths: [${JSON.stringify(ROOT)}] })`]).status === 0;

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

/** What both forms must do: list the schemes, score [000], refuse an unknown command, write a workbook. */
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
  expect(unknown.stderr.match(/unknown command 'nonsense'/g)).toHaveLength(1);

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

test(
  HAS_POSTJECT
    ? "a single executable (postject is installed): runs with no Node.js on the PATH, as the command line does"
    : "no single executable without postject: exit code 2, naming the package to install, after writing the bundle",
  () => {
    if (!HAS_POSTJECT) {
      expect(build.code).toBe(2);
      expect(build.stderr).toContain("npm install --save-dev postject");
      return;
    }
    expect(build.code).toBe(0);
    expect(build.stdout).toContain(`内含 Node.js ${process.version}`);
    const exe = outside(process.platform === "win32" ? "jixiao.exe" : "jixiao");
    chmodSync(exe, 0o755);
    behavesAsTheCommandLine(exe, []);
  },
);
