import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { run } from "./workbooks";

const fixtures = join(__dirname, "..", "fixtures");
const scheme = join(fixtures, "hongqiao-cd.scheme.json");
const input = join(fixtures, "hongqiao-cd.input.json");

function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-"));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("jixiao evaluate with a scheme file for [004]'s C and D indicators reproduces rules.md §5", () => {
  test("from the raw figures: counts, survey answers and rates", async () => {
    const { code, stdout } = await run(["evaluate", "--scheme", scheme, "--input", input, "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    const scores = result.units[0].scores;
    expect({
      C11: scores.C11,
      C12: scores.C12,
      C13: scores.C13,
      C14: scores.C14,
      D11: scores.D11,
      D13: scores.D13,
      D21: scores.D21,
      D22: scores.D22,
    }).toEqual({ C11: 1.63, C12: 1.84, C13: 2.8, C14: 3, D11: 2.35, D13: 4, D21: 3.68, D22: 3 });
    // 表3-1: 产出 29.27
    expect(result.units[0].blocks.C).toBe(29.27);
    expect(result.units[0].explanations.C11).toBe(
      "低保补助计划发放率81.36%（358/440），得81.36%权重分，故该项指标得分为1.63分",
    );
    expect(result.scheme).toBe("hongqiao-2023-cd");
  });

  test("without --json, a readable 得分表", async () => {
    const { code, stdout } = await run(["evaluate", "--scheme", scheme, "--input", input]);
    expect(code).toBe(0);
    expect(stdout).toContain("得分表");
    expect(stdout).toMatch(/虹桥镇\s+29\.27/);
    expect(stdout).toContain("平均分");
  });
});

describe("bad input exits non-zero, names the unit and the id, and prints nothing on stdout", () => {
  test("a value its rule cannot take", async () => {
    const bad = tempFile(
      "in.json",
      JSON.stringify({ units: [{ name: "虹桥镇", values: { C11: { actual: 358, planned: "四百四十" } } }] }),
    );
    const r = await run(["evaluate", "--scheme", scheme, "--input", bad, "--json"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("虹桥镇 · C11 低保补助计划发放率：计划发放人数：");
  });
  test("an unknown id", async () => {
    const bad = tempFile("in.json", JSON.stringify({ units: [{ name: "虹桥镇", values: { C99: 1 } }] }));
    const r = await run(["evaluate", "--scheme", scheme, "--input", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("虹桥镇 · C99");
  });
  test("malformed JSON names the file", async () => {
    const bad = tempFile("in.json", "{ units: [");
    const r = await run(["evaluate", "--scheme", scheme, "--input", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("不是有效的 JSON");
  });
  test("a misspelt key in the input file names its path", async () => {
    const bad = tempFile("in.json", JSON.stringify({ units: [{ name: "虹桥镇", value: {} }] }));
    const r = await run(["evaluate", "--scheme", scheme, "--input", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("units[0]");
  });
  test("an unknown scheme", async () => {
    const r = await run(["evaluate", "--scheme", "no-such-scheme", "--input", input]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("未知的方案 no-such-scheme");
  });
  test("a malformed scheme file names the path inside it", async () => {
    const bad = tempFile("s.json", JSON.stringify({ id: "x", title: "t", blocks: [{ name: "a", points: "4" }] }));
    const r = await run(["evaluate", "--scheme", bad, "--input", input]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("blocks[0].points");
  });
  test("as a real process: exit code 1 and no stack trace", () => {
    const bad = tempFile("in.json", JSON.stringify({ units: [{ name: "虹桥镇", values: { D12: "良好" } }] }));
    const p = spawnSync(
      process.execPath,
      [
        require.resolve("tsx/cli"),
        join(__dirname, "..", "..", "src", "cli", "index.ts"),
        "evaluate",
        "--scheme",
        scheme,
        "--input",
        bad,
      ],
      { encoding: "utf8" },
    );
    expect(p.status).toBe(1);
    expect(p.stdout).toBe("");
    expect(p.stderr).toContain("虹桥镇 · D12 上级考核情况：“良好” 不是可选等级：较好、一般、较差");
    expect(p.stderr).not.toMatch(/\n\s+at /);
  });
});
