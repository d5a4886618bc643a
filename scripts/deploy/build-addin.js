#!/usr/bin/env node
/**
 * npm run build:addin (and the second half of npm run build): the task pane into dist-addin/ for the address it will
 * be served from.
 *
 *   npm run build                                              for https://localhost:3000/ (npm start)
 *   npm run build -- --base-url https://jx.example.gov.cn/jixiao/   for an office's server
 *   JIXIAO_BASE_URL=https://jx.example.gov.cn/jixiao/ npm run build  the same, from the environment
 *   … --new-id            a new <Id> in the manifest (keep it: every later build of this deployment passes --id)
 *   … --id <GUID>         the <Id> of an earlier build, so that the new version replaces it
 *   … --out <folder>      another output folder than dist-addin/
 *
 * npm appends the words after `--` to the script's command line, so they reach this script (the last command of
 * `npm run build`). It runs webpack with `--env baseUrl=… --env id=…`, which `npx webpack --mode production --env
 * baseUrl=…` does as well.
 */
"use strict";
const path = require("path");
const address = require("./address");

const ROOT = path.join(__dirname, "..", "..");

/** The command line's options; throws a message for the person who typed them. */
function parseArgs(argv, env) {
  // `npm run build --base-url …` (without `--`) gives the flags to npm, which sets npm_config_* and passes the URL on.
  const toNpm = ["base_url", "new_id", "id", "out"].filter((name) => env[`npm_config_${name}`] !== undefined);
  if (toNpm.length > 0) {
    const flags = toNpm.map((name) => `--${name.replace("_", "-")}`).join(" ");
    throw new Error(`npm 把 ${flags} 当成了它自己的选项：请在前面加上 --，例如 npm run build -- --base-url https://…/`);
  }
  const options = { baseUrl: env.JIXIAO_BASE_URL, newId: false, id: undefined, out: undefined };
  const value = (i, flag) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith("--")) throw new Error(`${flag} 后面缺少取值`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const take = () => (inline !== undefined ? inline : value(i++, flag));
    if (flag === "--base-url") options.baseUrl = take();
    else if (flag === "--id") options.id = take();
    else if (flag === "--out") options.out = take();
    else if (flag === "--new-id" && inline === undefined) options.newId = true;
    else throw new Error(`未知的参数 ${arg}（可用：--base-url <网址> --new-id --id <GUID> --out <文件夹>）`);
  }
  return options;
}

/** What the build will do, checked before webpack starts. */
function plan(options) {
  const base = address.parseBaseUrl(options.baseUrl);
  const id = address.chooseId(options);
  return {
    baseUrl: base.href,
    secure: base.secure,
    isDefault: base.isDefault,
    id,
    out: path.resolve(options.out ?? path.join(ROOT, "dist-addin")),
  };
}

function runWebpack(p) {
  const webpack = require("webpack");
  const config = require(path.join(ROOT, "webpack.config.js"))(
    { baseUrl: p.baseUrl, ...(p.id ? { id: p.id } : {}) },
    { mode: "production" },
  );
  config.context = ROOT;
  config.output = { ...config.output, path: p.out };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true, colors: false })));
      resolve(stats);
    });
  });
}

async function main(argv) {
  const p = plan(parseArgs(argv, process.env));
  if (!p.secure) {
    console.warn(`注意：${p.baseUrl} 不是 https。Office 只从 HTTPS 地址加载任务窗格；http 只适合本机测试。`);
  }
  await runWebpack(p);
  const fs = require("fs");
  const manifest = fs.readFileSync(path.join(p.out, "manifest.xml"), "utf8");
  const lines = [
    `任务窗格已构建到 ${path.relative(process.cwd(), p.out) || "."}`,
    `  地址 / address   ${p.baseUrl}`,
    `  <Id>             ${address.manifestId(manifest)}${p.id ? "（本次指定）" : ""}`,
    `  <Version>        ${address.manifestVersionOf(manifest)}`,
  ];
  if (!p.isDefault) {
    lines.push(
      `把文件夹中的全部文件放到 ${p.baseUrl} 下；manifest.xml 放到共享文件夹目录或上传到管理中心（docs/部署.md）。`,
    );
  }
  if (p.id) lines.push("请记下这个 <Id>：以后升级时用 --id 传入同一个值，Excel 才会把新版本当作同一个加载项。");
  console.log(lines.join("\n"));
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

module.exports = { parseArgs, plan };
