#!/usr/bin/env node
/**
 * npm start: serve the task pane on https://localhost:3000 and sideload manifest.xml the way Microsoft's tooling
 * does — on Windows a registry value under HKCU\Software\Microsoft\Office\16.0\WEF\Developer naming the manifest,
 * on macOS a copy of the manifest in Excel's wef folder; elsewhere (Linux) print how to upload it to Excel on the web.
 *
 *   npm start                    sideload (Windows/macOS) and serve
 *   npm start -- --stop          remove the sideloaded manifest
 *   npm start -- --no-sideload   serve only
 *   npm start -- --dry-run       print what would be done, do nothing
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const URL = "https://localhost:3000/taskpane.html";
const REG_KEY = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";

/** The add-in's id from the manifest: the name of the registry value on Windows. */
function manifestId(xml) {
  const m = /<Id>\s*([0-9a-fA-F-]{36})\s*<\/Id>/.exec(xml);
  if (!m) throw new Error("manifest.xml has no <Id>");
  return m[1];
}

/** What sideloading means on `platform`: the steps as data, so they can be printed, tested and run. */
function sideloadPlan(platform, home, manifest, id) {
  if (platform === "win32") {
    return {
      kind: "registry",
      add: ["reg", ["add", REG_KEY, "/v", id, "/t", "REG_SZ", "/d", manifest, "/f"]],
      remove: ["reg", ["delete", REG_KEY, "/v", id, "/f"]],
      after: [
        "关闭并重新打开 Excel，在“开始”选项卡点击“绩效评分助手”。",
        "Restart Excel and click Scoring Assistant on the Home tab.",
      ],
    };
  }
  if (platform === "darwin") {
    const dir = path.join(home, "Library", "Containers", "com.microsoft.Excel", "Data", "Documents", "wef");
    return {
      kind: "copy",
      dir,
      file: path.join(dir, path.basename(manifest)),
      after: [
        "重新打开 Excel，在“开始”选项卡点击“绩效评分助手”（或“插入 → 我的加载项”）。",
        "Restart Excel and click Scoring Assistant on the Home tab (or Insert → My Add-ins).",
      ],
    };
  }
  return {
    kind: "web",
    after: [
      `在浏览器中打开 ${URL}，接受本机证书。`,
      "在 Excel 网页版中：插入 → 加载项 → 我的加载项 → 上传我的加载项，选择 manifest.xml：",
      `  ${manifest}`,
      `Open ${URL} in the browser once and accept the local certificate.`,
      "In Excel on the web: Insert → Add-ins → My Add-ins → Upload My Add-in, and choose manifest.xml (path above).",
    ],
  };
}

/** Microsoft's office-addin-dev-certs keeps a trusted localhost certificate here; without it a self-signed one. */
function certificate(home) {
  const dir = path.join(home, ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!fs.existsSync(path.join(dir, files.key)) || !fs.existsSync(path.join(dir, files.cert))) return undefined;
  const read = (f) => (fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f)) : undefined);
  return { key: read(files.key), cert: read(files.cert), ca: read(files.ca) };
}

function sideload(plan, stop) {
  if (plan.kind === "registry") {
    const [cmd, args] = stop ? plan.remove : plan.add;
    const p = spawnSync(cmd, args, { stdio: "inherit" });
    if (p.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
  } else if (plan.kind === "copy") {
    if (stop) fs.rmSync(plan.file, { force: true });
    else {
      fs.mkdirSync(plan.dir, { recursive: true });
      fs.copyFileSync(MANIFEST, plan.file);
    }
  }
}

async function serve(home) {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  const cert = certificate(home);
  const server = cert ? { type: "https", options: cert } : "https";
  const dev = new WebpackDevServer({ ...config.devServer, server }, webpack(config));
  await dev.start();
  if (!cert) {
    console.log(
      "未找到 ~/.office-addin-dev-certs 中的证书，使用自签名证书：请在浏览器中打开任务窗格地址并信任它。\n" +
        "No certificate in ~/.office-addin-dev-certs: using a self-signed one; open the task pane URL and trust it.",
    );
  }
  console.log(`任务窗格 / task pane: ${URL}`);
}

async function main(argv) {
  const flag = (f) => argv.includes(f);
  const home = os.homedir();
  const plan = sideloadPlan(process.platform, home, MANIFEST, manifestId(fs.readFileSync(MANIFEST, "utf8")));
  if (flag("--dry-run")) {
    console.log(JSON.stringify(plan, null, 2));
    return;
  }
  if (plan.kind !== "web" && !flag("--no-sideload")) sideload(plan, flag("--stop"));
  if (flag("--stop")) return;
  await serve(home);
  for (const line of plan.after) console.log(line);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

module.exports = { sideloadPlan, manifestId, REG_KEY };
