import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { UnitInput } from "../../src/engine";
import { scheme000, TABLE_000, units000 } from "../fixtures/doc000";
import { earlierYear, laterYear } from "../fixtures/years000";
import { addInput000, run, writeWorkbook } from "./workbooks";

const fixtures = join(__dirname, "..", "fixtures");
const hongqiao = join(fixtures, "hongqiao-cd.scheme.json");
const reported = join(fixtures, "hongqiao-cd.reported.json");

const dir = mkdtempSync(join(tmpdir(), "jixiao-review-"));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}
const units = (list: UnitInput[]) => ({ units: list });

const scheme = file("cn-000.scheme.json", scheme000().input);
const table = file("2021.json", units(units000()));
const before = file("before.json", units(earlierYear()));
const after = file("after.json", units(laterYear()));

describe("jixiao audit", () => {
  test("lists D14 of [004] with the rule's 1.20 against the published 2.1, and exits 0", async () => {
    const r = await run(["audit", "--scheme", hongqiao, "--input", reported]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("核对 22 个报送得分，其中 1 个与规则计算结果不一致");
    expect(r.stdout).toMatch(/虹桥镇\s+D14\s+各类社会救助政策及政策变更知晓率\s+2\.10\s+1\.20\s+\+0\.90/);
    expect(r.stdout).toContain("规则：达到95%得满分，每降低1%扣权重分的5%，75%以下不得分");
    expect(r.stdout).toContain("计算：各类社会救助政策及政策变更知晓率81%，较95%降低14个百分点");
    expect(r.stdout).not.toMatch(/D11|D21/);
  });

  test("--json gives each finding with its numbers, rule and sentence", async () => {
    const r = await run(["audit", "--scheme", hongqiao, "--input", reported, "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.checked).toBe(22);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({ unit: "虹桥镇", id: "D14", reported: 2.1, computed: 1.2, difference: 0.9 });
    expect(out.findings[0].explanation).toContain("故该项指标得分为1.2分");
  });

  test("a sheet whose scores all follow from their rules: exit 0 and says so", async () => {
    const rows = units000().map((u, i) => ({ ...u, reported: { "4": TABLE_000[i]![4] } }));
    const r = await run(["audit", "--scheme", scheme, "--input", file("ok.json", units(rows))]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("核对 10 个报送得分，全部与规则计算结果一致");
  });

  test("an unreadable reported value exits non-zero naming unit and id, with nothing on stdout", async () => {
    const bad = file("bad.json", { units: [{ name: "新泾", values: { "1": 6.7 }, reported: { "1": "六点七" } }] });
    const r = await run(["audit", "--scheme", scheme, "--input", bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("新泾 · 1 年度重点工作任务（报送得分）：报送得分无法读取");
  });

  test("an input without any reported score is refused", async () => {
    const r = await run(["audit", "--scheme", scheme, "--input", table]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("没有报送得分");
  });

  test("a file named .xlsx that is not a workbook is refused with its name, not read as JSON", async () => {
    const r = await run(["audit", "--scheme", scheme, "--input", file("sheet.xlsx", "PK")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("sheet.xlsx");
    expect(r.stderr).not.toContain("JSON");
  });
});

describe("workbooks are read as jixiao score reads them", () => {
  test("report and compare from an .xlsx holding [000]'s ten rows", async () => {
    const workbook = new ExcelJS.Workbook();
    addInput000(workbook);
    const xlsx = await writeWorkbook(workbook, join(dir, "2021.xlsx"));
    const r = await run(["report", "--scheme", scheme, "--input", xlsx]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("97.72");
    const c = await run(["compare", "--scheme", scheme, "--before", table, "--after", xlsx, "--json"]);
    expect(c.code).toBe(0);
    expect(JSON.parse(c.stdout).onlyBefore).toEqual([]);
  });
  test("a bad cell in a workbook is named by its sheet and cell", async () => {
    const workbook = new ExcelJS.Workbook();
    addInput000(workbook).getCell("C3").value = "二十九";
    const xlsx = await writeWorkbook(workbook, join(dir, "bad.xlsx"));
    const r = await run(["report", "--scheme", scheme, "--input", xlsx]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("输入!C3");
  });
});

describe("jixiao compare", () => {
  test("shows every match and how it was made, the units in one sheet only, and who improved most", async () => {
    const r = await run(["compare", "--scheme", scheme, "--before", before, "--after", after]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("江苏路街道 ← 江苏（江苏路街道去掉“路街道”后相同）");
    expect(r.stdout).toContain("周家桥街道 ← 周桥（周桥是周家桥街道的简称）");
    expect(r.stdout).toContain("华\u3000阳 ← 华阳（去掉空格、全角字符转半角后相同）");
    expect(r.stdout).toContain("仅在前表：仙霞");
    expect(r.stdout).toContain("仅在后表：程桥");
    expect(r.stdout).toContain("进步较大（按总分提高幅度）：江苏路街道（+2.00）、天山（+1.50）、周家桥街道（+1.00）");
    expect(r.stdout).toMatch(
      /江苏路街道\s+江苏\s+0\.00\s+\+2\.00\s+0\.00\s+0\.00\s+0\.00\s+100\.78\s+102\.78\s+\+2\.00\s+4→2\s+\+2/,
    );
  });

  test("--json, and --match to correct a match", async () => {
    const r = await run(["compare", "--scheme", scheme, "--before", before, "--after", after, "--json"]);
    const out = JSON.parse(r.stdout);
    expect(out.improved).toEqual(["江苏路街道", "天山", "周家桥街道"]);
    expect(out.units[1]).toMatchObject({
      name: "江苏路街道",
      before: "江苏",
      match: { method: "suffix" },
      total: { before: 100.78, after: 102.78, change: 2 },
      rank: { before: 4, after: 2, change: 2 },
    });
    const fixed = await run([
      "compare",
      ...["--scheme", scheme, "--before", before, "--after", after, "--json"],
      ...["--match", "新华=", "--match", "=新华"],
    ]);
    const corrected = JSON.parse(fixed.stdout);
    expect(corrected.onlyBefore.map((u: { name: string }) => u.name)).toEqual(["新华", "仙霞"]);
  });

  test("a --match naming a unit that is not there exits non-zero", async () => {
    const r = await run(["compare", "--scheme", scheme, "--before", before, "--after", after, "--match", "长宁=新华"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("前表没有单位“长宁”");
  });

  test("a bad input in one file names the file", async () => {
    const bad = file("bad-before.json", { units: [{ name: "新泾", values: { "1": "七分多" } }] });
    const r = await run(["compare", "--scheme", scheme, "--before", bad, "--after", after]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`前表 ${bad} 的输入有 1 处错误`);
  });
});

describe("jixiao report", () => {
  test("prints the [000] paragraph from its table", async () => {
    const r = await run(["report", "--scheme", scheme, "--input", table]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "全区平均得分达到97.72分，有8个街镇总分在95分以上，达到优秀；2个街镇总分在85分以上，达到良好。",
    );
    expect(r.stdout).toContain("其中，总体评价排名前三的是新泾、江苏和华阳。");
  });

  test("with --before, names the units that improved most, by the rise of 总分 unless --progress rank", async () => {
    const r = await run(["report", "--scheme", scheme, "--input", after, "--before", before]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "江苏路街道、天山和周家桥街道与上一年度相比进步较大（按总分提高幅度，分别提高2.00、1.50、1.00分）",
    );
    // By 排名: 江苏 4th → 2nd, 天山 5th → 4th; 周桥's 总分 rose, but 程桥 came in above it (7th → 8th).
    const byRank = await run([
      "report",
      ...["--scheme", scheme, "--input", after, "--before", before],
      "--progress",
      "rank",
    ]);
    expect(byRank.code).toBe(0);
    expect(byRank.stdout).toContain("江苏路街道和天山与上一年度相比进步较大（按排名上升位次，分别上升2、1位）");
  });

  test("--progress takes total or rank only", async () => {
    const r = await run([
      "report",
      ...["--scheme", scheme, "--input", after, "--before", before],
      "--progress",
      "score",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--progress score：应为 total（按总分提高幅度）或 rank（按排名上升位次）");
  });
});
