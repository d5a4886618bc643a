/**
 * The command line speaks Chinese: help, usage errors (exit 2), file errors (exit 1) and `--version`; English only
 * when asked with `--lang en`, never from the environment.
 */
import { spawnSync } from "child_process";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { buildProgram } from "../../src/cli";
import { readProblem } from "../../src/cli/io";
import { allCommands, useLanguage } from "../../src/cli/messages";
import { run, scheme000File, tempDir } from "./workbooks";

const ROOT = join(__dirname, "..", "..");
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

/** Commander's own English, which must not reach a user who did not ask for it. */
const ENGLISH = /error:|unknown command|unknown option|not specified|Did you mean|Usage:|Options:|Commands:/;

/** `jixiao` as a real process (through tsx, as the other process tests run it), with the given environment. */
function spawn(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [require.resolve("tsx/cli"), join(ROOT, "src", "cli", "index.ts"), ...args], {
    encoding: "utf8",
    env,
  });
}

describe("usage errors are Chinese, with what to do, and exit 2", () => {
  test("jixiao scor: no such command, and the one meant", async () => {
    const r = await run(["scor"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("jixiao: 没有“scor”这个命令\n你要的是不是 score？\n用 jixiao --help 列出全部命令\n");
  });

  test("an unknown option, with the one meant", async () => {
    const r = await run(["schemes", "--jsno"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("没有 --jsno 这个选项\n你要的是不是 --json？");
    expect(r.stderr).not.toMatch(ENGLISH);
  });

  test("score without --scheme: the option named with what it takes", async () => {
    const dir = tempDir();
    const r = await run(["score", join(dir, "in.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("jixiao: 缺少必需的选项 --scheme <id|file.json>（内置方案编号或方案文件）\n");
  });

  test("score without its workbook, an option without its value, too many arguments", async () => {
    const dir = tempDir();
    const missing = await run(["score", "--scheme", scheme000File(dir)]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("缺少参数 <input.xlsx>（工作簿：第一列为单位名称，表头为输入的编号或指标名称）");
    const value = await run(["score", join(dir, "in.xlsx"), "--scheme"]);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain("选项 --scheme <id|file.json> 后面缺少值");
    const excess = await run(["schemes", "extra"]);
    expect(excess.code).toBe(2);
    expect(excess.stderr).toContain("命令 schemes 参数过多：应有 0 个，给了 1 个");
    for (const r of [missing, value, excess]) expect(r.stderr).not.toMatch(ENGLISH);
  });

  test("an unknown language is refused, in Chinese", async () => {
    const r = await run(["--lang", "fr", "schemes"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("选项 --lang <lang> 的值“fr”无效：可选 zh、en");
  });
});

describe("file errors say what is wrong with the file, without system codes, and exit 1", () => {
  test("a workbook that does not exist", async () => {
    const dir = tempDir();
    const path = join(dir, "没有.xlsx");
    const r = await run(["score", path, "--scheme", scheme000File(dir)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`jixiao: 文件不存在：${path}。请检查工作簿的路径和文件名\n`);
  });

  test("a folder given as the workbook, and as the scheme file", async () => {
    const dir = tempDir();
    const folder = join(dir, "录入.xlsx");
    mkdirSync(folder);
    const r = await run(["score", folder, "--scheme", scheme000File(dir)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`jixiao: 是文件夹，不是文件：${folder}。请给出其中的工作簿\n`);
    const scheme = join(dir, "方案.json");
    mkdirSync(scheme);
    const s = await run(["evaluate", "--scheme", scheme, "--input", folder]);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain(`是文件夹，不是文件：${scheme}。请给出其中的方案文件`);
  });

  test("a path through a file, and an input file that does not exist", async () => {
    const dir = tempDir();
    const file = join(dir, "a.json");
    writeFileSync(file, "{}");
    const through = await run(["evaluate", "--scheme", "changning-2021", "--input", join(file, "b.json")]);
    expect(through.code).toBe(1);
    expect(through.stderr).toContain(`文件不存在：${join(file, "b.json")}（路径中有一段不是文件夹）`);
    const none = await run(["evaluate", "--scheme", "changning-2021", "--input", join(dir, "无.json")]);
    expect(none.stderr).toContain(`文件不存在：${join(dir, "无.json")}。请检查输入文件的路径和文件名`);
    for (const r of [through, none]) expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  });

  test("a file without read permission (the code a read gets; root reads any file, so it is given here)", () => {
    useLanguage("zh");
    const denied = Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    expect(readProblem("输入文件", "/x/in.json", denied).message).toBe(
      "无权读取文件：/x/in.json。请让文件的所有者开放读取权限，或复制一份再试",
    );
  });
});

describe("help and version", () => {
  test("--help in Chinese: headings, usage, every command", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^用法： jixiao \[选项\] \[命令\]\n/);
    expect(r.stdout).toContain("\n选项：\n");
    expect(r.stdout).toContain("\n命令：\n");
    expect(r.stdout).toMatch(/-V, --version +显示版本号/);
    for (const command of ["schemes", "evaluate", "score", "template", "audit", "compare", "report", "paper"]) {
      expect(r.stdout).toMatch(new RegExp(`\\n  ${command} `));
    }
    expect(r.stdout).not.toMatch(ENGLISH);
    expect(r.stdout).not.toContain("display help");
  });

  test("a command's help: its arguments and options", async () => {
    const r = await run(["score", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("用法： jixiao score [选项] <input.xlsx>");
    expect(r.stdout).toContain("\n参数：\n  input.xlsx ");
    expect(r.stdout).toMatch(/--scheme <id\|file\.json> +内置方案编号或方案文件/);
  });

  test("descriptions line up on screen, where a Chinese character takes two columns", async () => {
    const r = await run(["--help"]);
    const columns = r.stdout
      .split("\n")
      .map((line) => /^ {2}\S.*?\S {2,}(?=\S)/.exec(line)?.[0])
      .filter((term): term is string => term !== undefined)
      .map((term) => term.length + (term.match(/[\u4e00-\u9fff]/g)?.length ?? 0));
    expect(columns.length).toBeGreaterThan(10);
    expect(new Set(columns).size).toBe(1);
  });

  test("jixiao alone shows the help and exits 2", async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("用法： jixiao [选项] [命令]");
  });

  test("--version and -V print package.json's version", async () => {
    for (const flag of ["--version", "-V"]) {
      const r = await run([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${VERSION}\n`);
    }
  });
});

describe("English only when asked: --lang en", () => {
  test("usage errors, file errors and help in English", async () => {
    const unknown = await run(["--lang", "en", "scor"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("jixiao: unknown command 'scor'\n(Did you mean score?)");
    const dir = tempDir();
    const missing = await run(["score", join(dir, "x.xlsx"), "--scheme", scheme000File(dir), "--lang=en"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`File not found: ${join(dir, "x.xlsx")}. Check the path and name of the workbook`);
    const help = await run(["--lang", "en", "score", "--help"]);
    expect(help.stdout).toContain("Usage: jixiao score [options] <input.xlsx>");
    expect(help.stdout).toContain("a built-in scheme's id or a scheme file");
  });

  test("every command, option and argument has its English", () => {
    const io = { out: () => undefined };
    const zh = buildProgram(io, "zh");
    const en = buildProgram(io, "en");
    const texts = (program: typeof zh) =>
      allCommands(program).flatMap((c) => [
        c.description(),
        ...c.options.map((o) => o.description),
        ...c.registeredArguments.map((a) => a.description),
      ]);
    const english = texts(en);
    texts(zh).forEach((text, i) => expect([text, english[i]]).not.toEqual([text, text]));
  });

  test("not from the environment: a machine set to en_US still gets Chinese", () => {
    const p = spawn(["scor"], { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "en_US.UTF-8", LANGUAGE: "en_US" });
    expect(p.status).toBe(2);
    expect(p.stdout).toBe("");
    expect(p.stderr).toContain("没有“scor”这个命令");
    expect(p.stderr).not.toMatch(ENGLISH);
  });
});
