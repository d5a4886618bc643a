#!/usr/bin/env node
/**
 * Type-checks each layer of src/ as its own project (only the libraries that layer may use: see
 * docs/architecture.md), then the tests, scripts and tools. `--changed` checks only the layers that changed since the
 * last commit, and those that depend on them (npm run test:fast).
 */
const { execFileSync, spawn } = require("child_process");
const { join } = require("path");

/** Each layer and the layers it imports. */
const LAYERS = {
  engine: [],
  schemes: ["engine"],
  workbook: ["engine"],
  xlsx: ["workbook", "engine"],
  excel: ["workbook", "engine"],
  taskpane: ["excel", "workbook", "engine", "schemes"],
  cli: ["xlsx", "workbook", "schemes", "engine"],
};
const root = join(__dirname, "..");

function changedFiles() {
  try {
    const out = execFileSync("git", ["status", "--porcelain", "--untracked-files=all"], {
      cwd: root,
      encoding: "utf8",
    });
    return out
      .split("\n")
      .filter(Boolean)
      .map((line) => line.slice(3).split(" -> ").pop());
  } catch {
    return undefined;
  }
}

function projects(changedOnly) {
  const all = [...Object.keys(LAYERS).map((l) => `src/${l}`), "."];
  if (!changedOnly) return all;
  const files = changedFiles();
  if (files === undefined) return all;
  const touched = new Set(Object.keys(LAYERS).filter((l) => files.some((f) => f.startsWith(`src/${l}/`))));
  const chosen = Object.keys(LAYERS).filter((l) => touched.has(l) || LAYERS[l].some((d) => touched.has(d)));
  const outside = files.some((f) => !f.startsWith("src/") && /\.(tsx?|json)$/.test(f));
  return [...chosen.map((l) => `src/${l}`), ...(outside || chosen.length > 0 ? ["."] : [])];
}

function check(project) {
  return new Promise((resolve) => {
    const tsc = require.resolve("typescript/bin/tsc");
    const child = spawn(process.execPath, [tsc, "-p", project, "--noEmit", "--pretty"], { cwd: root });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ project, code, output }));
  });
}

async function main() {
  const list = projects(process.argv.includes("--changed"));
  if (list.length === 0) {
    console.log("typecheck: nothing changed");
    return 0;
  }
  // Two at a time: the machines this runs on have two cores.
  const results = [];
  const queue = [...list];
  const worker = async () => {
    while (queue.length > 0) results.push(await check(queue.shift()));
  };
  await Promise.all([worker(), worker()]);
  let failed = 0;
  for (const r of results) {
    const name = r.project === "." ? "tests, scripts, tools" : r.project;
    if (r.code === 0) console.log(`typecheck ${name}: ok`);
    else {
      failed++;
      console.log(`typecheck ${name}: failed\n${r.output}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

main().then((code) => (process.exitCode = code));
