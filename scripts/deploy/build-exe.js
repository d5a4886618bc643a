#!/usr/bin/env node
/**
 * npm run build:exe: the command line as one file that needs no Node.js installation, through Node's single
 * executable applications (https://nodejs.org/api/single-executable-applications.html):
 *
 *   1. esbuild bundles src/cli/index.ts with every dependency into dist-exe/jixiao.cjs (one CommonJS file; it also
 *      runs anywhere Node.js 20 or later is installed: node jixiao.cjs schemes);
 *   2. `node --experimental-sea-config` turns it into a preparation blob;
 *   3. postject injects the blob into a copy of the node binary running this script: dist-exe/jixiao
 *      (jixiao.exe on Windows).
 *
 * The executable is for the platform and processor of the machine that builds it, and carries that Node.js version
 * (the blob must be made by the same version it is injected into). Step 3 needs the postject package
 * (npm install --save-dev postject); without it the script stops after step 1 with exit code 2.
 *
 *   npm run build:exe
 *   npm run build:exe -- --out <folder>      another folder than dist-exe/
 *   npm run build:exe -- --bundle-only       step 1 only
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const ROOT = path.join(__dirname, "..", "..");
const SENTINEL_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";

function parseArgs(argv) {
  const options = { out: path.join(ROOT, "dist-exe"), bundleOnly: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out" && argv[i + 1] !== undefined) options.out = path.resolve(argv[++i]);
    else if (argv[i] === "--bundle-only") options.bundleOnly = true;
    else throw new Error(`未知的参数 ${argv[i]}（可用：--out <文件夹> --bundle-only）`);
  }
  return options;
}

/** A package of node_modules, or undefined when it is not installed. */
function optional(name) {
  try {
    return require(require.resolve(name, { paths: [ROOT] }));
  } catch {
    return undefined;
  }
}

/** Step 1: the command line and its dependencies in one CommonJS file for Node 20. */
async function bundle(out) {
  const esbuild = optional("esbuild");
  if (!esbuild) throw new Error("找不到 esbuild：npm install --save-dev esbuild");
  const file = path.join(out, "jixiao.cjs");
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, "src", "cli", "index.ts")],
    outfile: file,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    charset: "utf8",
    legalComments: "eof",
    logLevel: "silent",
    banner: { js: "#!/usr/bin/env node" },
    // jixiao --version: the bundle has no package.json beside it (src/cli/index.ts reads JIXIAO_VERSION first).
    define: { JIXIAO_VERSION: JSON.stringify(require(path.join(ROOT, "package.json")).version) },
  });
  for (const warning of result.warnings) console.warn(`esbuild: ${warning.text}`);
  fs.chmodSync(file, 0o755);
  return file;
}

/** Steps 2 and 3: the blob, a copy of this node binary, the blob injected into it. */
async function executable(script, out) {
  const postject = optional("postject");
  if (!postject) return undefined;
  const blob = path.join(out, "sea-prep.blob");
  const config = path.join(out, "sea-config.json");
  fs.writeFileSync(
    config,
    JSON.stringify({ main: script, output: blob, disableExperimentalSEAWarning: true, useCodeCache: false }, null, 2),
  );
  execFileSync(process.execPath, ["--experimental-sea-config", config], { stdio: ["ignore", "ignore", "inherit"] });
  const exe = path.join(out, process.platform === "win32" ? "jixiao.exe" : "jixiao");
  fs.rmSync(exe, { force: true });
  fs.copyFileSync(process.execPath, exe);
  fs.chmodSync(exe, 0o755);
  if (process.platform === "darwin") execFileSync("codesign", ["--remove-signature", exe]);
  await postject.inject(exe, "NODE_SEA_BLOB", fs.readFileSync(blob), {
    sentinelFuse: SENTINEL_FUSE,
    ...(process.platform === "darwin" ? { machoSegmentName: "NODE_SEA" } : {}),
  });
  if (process.platform === "darwin") execFileSync("codesign", ["--sign", "-", exe]);
  fs.rmSync(blob, { force: true });
  fs.rmSync(config, { force: true });
  return exe;
}

async function main(argv) {
  const options = parseArgs(argv);
  fs.mkdirSync(options.out, { recursive: true });
  const script = await bundle(options.out);
  const rel = (p) => path.relative(process.cwd(), p);
  console.log(
    `已写入 ${rel(script)}（单个 JavaScript 文件，装有 Node.js 20 以上即可运行：node ${path.basename(script)} schemes）`,
  );
  if (options.bundleOnly) return 0;
  const exe = await executable(script, options.out);
  if (!exe) {
    console.error(
      "未安装 postject，无法生成可执行文件：npm install --save-dev postject（单个 JavaScript 文件已写好，可直接使用）",
    );
    return 2;
  }
  console.log(
    `已写入 ${rel(exe)}（${process.platform}-${process.arch}，内含 Node.js ${process.version}，无需另装 Node.js：./${path.basename(exe)} schemes）`,
  );
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}

module.exports = { parseArgs };
