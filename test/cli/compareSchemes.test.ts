/**
 * `jixiao compare` and `jixiao report --before` across two schemes: [000]'s 2021 table under its own scheme file and a
 * 2023 table under the built-in changning-2023 (test/fixtures/year2023.ts works every 2023 figure out by hand).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { scheme000, units000 } from "../fixtures/doc000";
import { units2023 } from "../fixtures/year2023";
import { readWorkbook, run } from "./workbooks";

const dir = mkdtempSync(join(tmpdir(), "jixiao-schemes-"));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}
const scheme2021 = file("cn-000.scheme.json", scheme000().input);
const year2021 = file("2021.json", { units: units000() });
const year2023 = file("2023.json", { units: units2023() });
const sides = ["--before-scheme", scheme2021, "--before", year2021, "--after-scheme", "changning-2023"];
const both = [...sides, "--after", year2023];

describe("jixiao compare --before-scheme … --after-scheme …", () => {
  test("says the schemes differ, how each block is paired, and that 总分 is made differently", async () => {
    const r = await run(["compare", ...both, "--map-block", "基础评价=工作保障与管理"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "两表方案不同：前表 2021 年度各街镇社会救助工作绩效评价（cn-000），后表 2023年长宁区社会救助绩效评价指标和评价标准（changning-2023）",
    );
    expect(r.stdout).toContain("  年度重点工作任务 ← 年度重点工作任务（名称相同；满分7→25分，按得分率对比）");
    expect(r.stdout).toContain("  工作保障与管理 ← 基础评价（指定；满分30→25分，按得分率对比）");
    expect(r.stdout).toContain("  仅在前表（不计变化）：专项评价、附加评价");
    expect(r.stdout).toContain("  仅在后表（不计变化）：困难群众基本生活保障、专项救助、加分项、扣分项");
    expect(r.stdout).toContain("总分构成不同：前表 100+5 分，后表 100+5−5 分；总分按原值对比，请结合排名变化判断。");
    expect(r.stdout).toContain("  新泾镇 ← 新泾（新泾镇去掉“镇”后相同）");
    expect(r.stdout).toContain("  仙霞新村街道 ← 仙霞（仙霞是仙霞新村街道的简称）");
  });

  test("新泾镇's row: 年度重点工作任务 6.70 → 25.00, 95.71% → 100.00%, +4.29; 总分 103.05 → 104.00; rank 1 → 2", async () => {
    const r = await run(["compare", ...both]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/新泾镇\s+新泾\s+6\.70→25\.00\s+95\.71%→100\.00%\s+\+4\.29\s/);
    expect(r.stdout).toMatch(/新泾镇.*\s47\.40\s+5\.00\s+103\.05\s+104\.00\s+\+0\.95\s+1→2\s+-1/);
  });

  test("--json: the schemes, the scales, each column's pairing and points, and 得分率 in percent", async () => {
    const r = await run(["compare", ...both, "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.schemes).toEqual({ before: "cn-000", after: "changning-2023", differ: true });
    expect(out.scale).toEqual({ before: "100+5", after: "100+5−5", differs: true });
    expect(out.columns[0]).toEqual({
      key: "1",
      name: "年度重点工作任务",
      beforeName: "年度重点工作任务",
      pairedBy: "name",
      byRate: true,
      points: { before: 7, after: 25 },
    });
    const xj = out.units.find((u: { name: string }) => u.name === "新泾镇");
    expect(xj.blocks["1"]).toEqual({
      before: 6.7,
      after: 25,
      change: null,
      rate: { before: 95.71, after: 100, change: 4.29 },
    });
    expect(xj.blocks["before:3"]).toEqual({ before: 47.4, after: null, change: null });
    expect(xj.rank).toEqual({ before: 1, after: 2, change: -1 });
  });

  test("a --map-block naming a block the scheme has not is refused, naming the blocks it has", async () => {
    const r = await run(["compare", ...both, "--map-block", "基础工作=工作保障与管理"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("前表方案没有一级指标“基础工作”");
    const bad = await run(["compare", ...both, "--map-block", "基础评价"]);
    expect(bad.stderr).toContain("--map-block 基础评价：应写作 前表一级指标=后表一级指标");
  });

  test("without --scheme, each side needs its own", async () => {
    const r = await run(["compare", "--before", year2021, "--after", year2023, "--after-scheme", "changning-2023"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("请用 --scheme 指定两表共用的方案，或用 --before-scheme 和 --after-scheme 分别指定");
  });
});

describe("jixiao compare --out: the 对比表 as a workbook for the supervisor to print", () => {
  /** Row 2 holds each group's name, row 3 its columns: the cell of a unit's row under group and column. */
  function cellOf(sheet: import("exceljs").Worksheet, unit: string, group: string, column: string): unknown {
    let col = 0;
    sheet.getRow(3).eachCell((cell, c) => {
      if (col === 0 && cell.value === column && String(sheet.getCell(2, c).value).startsWith(group)) col = c;
    });
    let row = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell(1).value === unit) row = n;
    });
    const v = sheet.getCell(row, col).value;
    return typeof v === "object" && v !== null && "formula" in v ? v.result : v;
  }

  test("新泾镇's row as the add-in writes it: 年度重点工作任务 6.7 → 25, 总分 103.05 → 104, rank 1 → 2; the notes under it", async () => {
    const out = join(dir, "对比.xlsx");
    const r = await run(["compare", ...both, "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2021年与2023年的对比表（10 个单位）");
    const sheet = (await readWorkbook(out)).getWorksheet("对比表")!;
    expect(cellOf(sheet, "新泾镇", "年度重点工作任务", "2021年")).toBe(6.7);
    expect(cellOf(sheet, "新泾镇", "年度重点工作任务", "2023年")).toBe(25);
    expect(cellOf(sheet, "新泾镇", "年度重点工作任务", "得分率变化")).toBe(0.0429);
    expect(cellOf(sheet, "新泾镇", "总分", "2021年")).toBe(103.05);
    expect(cellOf(sheet, "新泾镇", "总分", "2023年")).toBe(104);
    expect(cellOf(sheet, "新泾镇", "总分", "变化")).toBe(0.95);
    expect(cellOf(sheet, "新泾镇", "排名", "名次变化")).toBe(-1);
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts).toContain(
      "两表总分构成不同（2021年 100+5 分，2023年 100+5−5 分）：总分按原值对比，请结合排名变化判断。",
    );
  });

  test("an existing file is not overwritten, the name must end .xlsx, and --json goes to the screen instead", async () => {
    const out = join(dir, "已有.xlsx");
    writeFileSync(out, "kept");
    const r = await run(["compare", ...both, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("已存在：为免覆盖，请换一个输出文件名");
    expect(readFileSync(out, "utf8")).toBe("kept");
    const csv = await run(["compare", ...both, "--out", join(dir, "对比.csv")]);
    expect(csv.stderr).toContain("应以 .xlsx 结尾");
    const json = await run(["compare", ...both, "--json", "--out", join(dir, "对比2.xlsx")]);
    expect(json.stderr).toContain("--json 与 --out 只能选一个");
    expect(existsSync(join(dir, "对比.csv")) || existsSync(join(dir, "对比2.xlsx"))).toBe(false);
  });

  test("nothing is written while an input problem stands", async () => {
    const out = join(dir, "有错.xlsx");
    const bad = file("bad-2023.json", { units: [{ name: "新泾镇", values: { "1.1.1": "很多" } }] });
    const r = await run(["compare", ...sides, "--after", bad, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("后表");
    expect(r.stderr).toContain("很多");
    expect(existsSync(out)).toBe(false);
  });
});

/**
 * The evaluator's choices under two schemes: [004]'s 虹桥镇 answered D12 “良好”, which its levels do not define (the
 * evaluator picks 较好, 3 points, or 一般, 2). The later year's scheme is the same document with that leaf renumbered
 * D16 and answered 较好, so a `--choose D12:…` belongs to the earlier side only and must not be refused by the later.
 */
describe("jixiao compare --choose across two schemes", () => {
  const hongqiao = join(__dirname, "..", "..", "src", "schemes", "hongqiao-2023.json");
  const renumbered = JSON.parse(readFileSync(hongqiao, "utf8").replace('"code": "D12"', '"code": "D16"'));
  const later = file("hongqiao-next.scheme.json", {
    ...renumbered,
    id: "hongqiao-next",
    title: "虹桥镇社会救助绩效评价（改版）",
  });
  const earlierInput = join(__dirname, "..", "fixtures", "hongqiao-2023.input.json");
  const earlier = JSON.parse(readFileSync(earlierInput, "utf8"));
  const { D12, ...rest } = earlier.units[0].values;
  const laterInput = file("hongqiao-next.json", { units: [{ name: "虹桥镇", values: { ...rest, D16: "较好" } }] });
  const sides = [
    "--before-scheme",
    "hongqiao-2023",
    "--before",
    earlierInput,
    "--after-scheme",
    later,
    "--after",
    laterInput,
  ];

  test("without a choice the earlier table's D12 is named as the evaluator's, and nothing is compared", async () => {
    expect(D12).toBe("良好");
    const r = await run(["compare", ...sides]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("前表");
    expect(r.stderr).toContain("虹桥镇 · D12 上级考核情况：“良好”：文件未定义此档次，请选择按“较好”或“一般”计分");
  });

  test("D12 chosen as 较好 scores as the later D16 较好 (no change); chosen as 一般 it is one point lower before", async () => {
    const same = await run(["compare", ...sides, "--choose", "D12:良好=较好", "--json"]);
    expect(same.stderr).toBe("");
    expect(same.code).toBe(0);
    const unit = (stdout: string) => JSON.parse(stdout).units.find((u: { name: string }) => u.name === "虹桥镇");
    expect(unit(same.stdout).total.change).toBe(0);
    const lower = await run(["compare", ...sides, "--choose", "D12:良好=一般", "--json"]);
    expect(lower.code).toBe(0);
    expect(unit(lower.stdout).total.change).toBe(1);
  });

  test("a choice naming a leaf neither scheme has is refused", async () => {
    const r = await run(["compare", ...sides, "--choose", "D12:良好=较好", "--choose", "D99:良好=较好"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("D99：方案没有列出需要评价人选择的档次");
  });
});

describe("jixiao report --before … --before-scheme …", () => {
  test("the draft says the schemes differ and speaks of 得分率 for 年度重点工作任务", async () => {
    const r = await run([
      "report",
      ...["--scheme", "changning-2023", "--input", year2023],
      ...["--before", year2021, "--before-scheme", scheme2021],
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("本年度与上一年度采用的评价方案不同");
    expect(r.stdout).toContain("总分构成不同（上一年度100+5分，本年度100+5−5分）");
    expect(r.stdout).toContain(
      "与上一年度（满分7分）相比，全区平均得分率由90.86%提高到96.4%，得分率提高较多的是仙霞新村街道、虹桥街道和周家桥街道",
    );
  });
});
