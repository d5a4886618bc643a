#!/usr/bin/env node
/**
 * npm start: serve the task pane on https://localhost:3000 and sideload manifest.xml the way Microsoft's tooling
 * does — on Windows a registry value under HKCU\Software\Microsoft\Office\16.0\WEF\Developer naming the manifest,
 * on macOS a copy of the manifest in Excel's wef folder; elsewhere (Linux) print how to upload it to Excel on the web,
 * and serve the preview page (the task pane beside an in-memory workbook) and open it (xdg-open on a desktop,
 * otherwise its URL is printed).
 *
 *   npm start                    sideload (Windows/macOS) and serve; on Linux also the preview
 *   npm start -- --stop          remove the sideloaded manifest
 *   npm start -- --no-sideload   serve only
 *   npm start -- --preview       serve the preview on Windows/macOS too (its URL is printed)
 *   npm start -- --no-preview    on Linux, serve the task pane only
 *   npm start -- --dry-run       print what would be done, do nothing
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn, spawnSync } = require("child_process");

const ROOT = path.join(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const URL = "https://localhost:3000/taskpane.html";
const PREVIEW_URL = "https://localhost:3000/preview.html";
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

/** Whether a command is on the PATH (xdg-open is not on a server without a desktop). */
function onPath(command, env) {
  return (env.PATH || "").split(path.delimiter).some((dir) => dir !== "" && fs.existsSync(path.join(dir, command)));
}

/**
 * The preview page: served on Linux (or with --preview), and opened with xdg-open when there is a desktop to open it
 * on (a display and xdg-open); otherwise its URL is printed.
 */
function previewPlan(platform, env, argv, hasXdgOpen) {
  const elsewhere = platform !== "win32" && platform !== "darwin";
  const wanted = elsewhere ? !argv.includes("--no-preview") : argv.includes("--preview");
  if (!wanted) return { serve: false };
  const desktop = elsewhere && Boolean(env.DISPLAY || env.WAYLAND_DISPLAY) && hasXdgOpen;
  return desktop
    ? { serve: true, url: PREVIEW_URL, open: ["xdg-open", [PREVIEW_URL]] }
    : { serve: true, url: PREVIEW_URL };
}

function openPreview(preview) {
  console.log(`预览页 / preview: ${preview.url}`);
  console.log(
    "预览页在浏览器中运行任务窗格，旁边是内存中的工作簿（不连接 Excel）。\n" +
      "The preview runs the task pane in the browser beside an in-memory workbook (no Excel involved).",
  );
  if (!preview.open) return;
  const [cmd, args] = preview.open;
  const child = spawn(cmd, args, { detached: true, stdio: "ignore" });
  child.on("error", (error) => console.log(`${cmd}: ${error.message}; open ${preview.url} by hand`));
  child.unref();
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

async function serve(home, withPreview) {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  // The preview is a second compiler beside the add-in's: its pages are served next to taskpane.js and office-js/.
  const compiler = withPreview
    ? webpack([config, require(path.join(__dirname, "preview", "webpack.config.js")).previewConfig("development")])
    : webpack(config);
  const cert = certificate(home);
  const server = cert ? { type: "https", options: cert } : "https";
  // Only this machine: the task pane and the preview are for the browser and Excel here, not the network.
  const dev = new WebpackDevServer({ ...config.devServer, host: "localhost", server }, compiler);
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
  const preview = previewPlan(process.platform, process.env, argv, onPath("xdg-open", process.env));
  if (flag("--dry-run")) {
    console.log(JSON.stringify({ ...plan, preview }, null, 2));
    return;
  }
  if (plan.kind !== "web" && !flag("--no-sideload")) sideload(plan, flag("--stop"));
  if (flag("--stop")) return;
  await serve(home, preview.serve);
  for (const line of plan.after) console.log(line);
  if (preview.serve) openPreview(preview);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

module.exports = { sideloadPlan, previewPlan, manifestId, REG_KEY, PREVIEW_URL };
