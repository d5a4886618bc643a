/**
 * Nothing misread in silence, through `jixiao` on workbooks built here: a count column says it wants a count, a count
 * above the items a clause lists is refused by its cell, every problem of a run is reported in that run (grouped by
 * cell), and an answer the document leaves open is the evaluator's to choose. Nothing is written while one stands.
 */
import ExcelJS from "exceljs";
import { readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { inputColumns, loadScheme } from "../../src/engine";
import { builtinScheme } from "../../src/schemes";
import { addInput000, readWorkbook, run, scheme000File, tempDir, writeWorkbook } from "./workbooks";

const fixtures = join(__dirname, "..", "fixtures");

function builtin(id: string) {
  const loaded = loadScheme(builtinScheme(id));
  if (!loaded.ok) throw new Error(id);
  return loaded.scheme;
}

/** The header row (row 3) of a generated 录入表, keyed by the key row (row 2). */
async function templateHeaders(path: string): Promise<Map<string, string>> {
  const sheet = (await readWorkbook(path)).getWorksheet("录入表")!;
  const headers = new Map<string, string>();
  sheet.getRow(2).eachCell((cell, col) => headers.set(String(cell.value), String(sheet.getCell(3, col).value)));
  return headers;
}

describe("a count column says it wants a count, in the 录入表 jixiao template writes", () => {
  test("[001] 2.3.1 (违反流程，例), 2.8.2 (是/否), 3.6.3 超期率 (%)", async () => {
    const path = join(tempDir(), "录入.xlsx");
    expect((await run(["template", "--scheme", "changning-2023", "--out", path])).code).toBe(0);
    const headers = await templateHeaders(path);
    expect(headers.get("2.3.1")).toBe("2.3.1 规范审核确认工作（违反流程，例）");
    expect(headers.get("2.8.2")).toBe("2.8.2 建立健全财务管理制度（是/否）");
    expect(headers.get("3.6.3/1")).toBe("3.6.3 在规定时限内完成核对业务处理：民政救助类业务超期率（%）");
  });
});

/**
 * A 太仓 镇 typed in a 录入表 made before the headers said what to type (no key row, headers without the words),
 * where nothing is found against any 评价标准 except `policies` of the 三项政策 not carried out.
 */
async function taicangOldSheet(dir: string, policies: number): Promise<string> {
  const columns = inputColumns(builtin("taicang-2017"));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("录入");
  sheet.addRow(["镇（区、街道）", ...columns.map((c) => c.plainHeader)]);
  const value = (key: string, kind: string): ExcelJS.CellValue => {
    if (key === "1.3/1") return policies;
    if (key.startsWith("4.")) return null; // 附加: not claimed
    return kind === "yesNo" ? "否" : kind === "rate" ? 1 : 0;
  };
  sheet.addRow(["城厢镇", ...columns.map((c) => value(c.key, c.kind))]);
  return writeWorkbook(workbook, join(dir, "太仓.xlsx"));
}

describe("[003] 1.3 “三项政策，未贯彻落实每项扣1分”: a count above the three is refused, never capped", () => {
  test("3 of 3 not carried out: 5 − 3 = 2, read from headers without the words", async () => {
    const dir = tempDir();
    const input = await taicangOldSheet(dir, 3);
    const r = await run(["score", input, "--scheme", "taicang-2017", "--strict"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // 100 − 3 for the three policies; the 附加 part unclaimed.
    expect(r.stdout).toMatch(/城厢镇\s.*\s97\.00\s+1\s/);
  });

  test("4: exit 1, the cell named in the header's words, nothing written", async () => {
    const dir = tempDir();
    const input = await taicangOldSheet(dir, 4);
    const r = await run(["score", input, "--scheme", "taicang-2017"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      "录入!F2：城厢镇 · 1.3 政策落实：三项政策未贯彻落实（项）：填写了 4 项，但“三项政策未贯彻落实”只列了 3 项",
    );
    expect(readdirSync(dir)).toEqual(["太仓.xlsx"]);
  });
});

describe("[004] A12's checklist lists three items: 4 failed is refused, not floored", () => {
  test("jixiao evaluate names the unit and the indicator; nothing on stdout", async () => {
    const dir = tempDir();
    const path = join(dir, "in.json");
    writeFileSync(path, JSON.stringify({ units: [{ name: "虹桥镇", values: { A12: 4 } }] }));
    const r = await run(["evaluate", "--scheme", "hongqiao-2023", "--input", path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("虹桥镇 · A12 立项程序规范性：不符合项数 4 超过本项条件数 3");
  });
});

async function input000(dir: string, edit: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  edit(addInput000(workbook));
  return writeWorkbook(workbook, join(dir, "in.xlsx"));
}

describe("every problem of a run is reported in that run, grouped by cell", () => {
  test("a repeated unit, a 二十九 and a blank cell in one file: all three, in sheet order", async () => {
    const dir = tempDir();
    const input = await input000(dir, (sheet) => {
      sheet.getCell("C3").value = "二十九";
      sheet.getCell("A5").value = "新泾";
      sheet.getCell("D6").value = null;
    });
    const r = await run(["score", input, "--scheme", scheme000File(dir), "--strict"]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toEqual([
      "jixiao: 工作表“输入”有 3 处问题，未计算，未写入：",
      "输入!C3：江苏 · 2 基础评价：“二十九” 不是分数",
      "输入!A5：单位名称“新泾”与第 2 行重复",
      "输入!D6：北新泾 · 3 专项评价：未填写",
    ]);
    expect(readdirSync(dir).sort()).toEqual(["cn-000.scheme.json", "in.xlsx"]);
  });

  test("60 bad cells: the first 50 in sheet order, then the count of the rest", async () => {
    const dir = tempDir();
    const input = await input000(dir, (sheet) => {
      for (let row = 2; row <= 11; row++) for (let col = 2; col <= 6; col++) sheet.getCell(row, col).value = "x";
      for (let i = 0; i < 10; i++) sheet.addRow([`新单位${i + 1}`, "x", 29, 47, 14, 1]);
    });
    const r = await run(["score", input, "--scheme", scheme000File(dir)]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toBe("jixiao: 工作表“输入”有 60 处问题，未计算，未写入：");
    expect(lines).toHaveLength(52);
    expect(lines[1]).toMatch(/^输入!B2：新泾 · 1 年度重点工作任务：/);
    expect(lines[50]).toMatch(/^输入!F11：仙霞 · 5 附加评价/);
    expect(lines[51]).toBe("……另有 10 处问题未列出，请先改正以上各处后再运行");
  });

  test("jixiao evaluate on an input file: the first 50 errors, then the count of the rest", async () => {
    const dir = tempDir();
    const path = join(dir, "in.json");
    const units = Array.from({ length: 60 }, (_, i) => ({ name: `单位${i + 1}`, values: { "2": "二十九" } }));
    writeFileSync(path, JSON.stringify({ units }));
    const r = await run(["evaluate", "--scheme", scheme000File(dir), "--input", path]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toBe("jixiao: 输入有 60 处错误，未计算：");
    expect(lines[1]).toBe("单位1 · 2 基础评价：“二十九” 不是分数");
    expect(lines).toHaveLength(52);
    expect(lines[51]).toBe("……另有 10 处问题未列出，请先改正以上各处后再运行");
  });

  test("without --strict, an incomplete unit is named by indicator, not by id", async () => {
    const dir = tempDir();
    const input = await input000(dir, (sheet) => {
      sheet.getCell("B4").value = null;
    });
    const r = await run(["score", input, "--scheme", scheme000File(dir)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("  华阳 · 1 年度重点工作任务：未填写");
  });
});

describe("jixiao audit names what is missing by indicator", () => {
  test("华阳 without 年度重点工作任务: its reported 总分 cannot be checked, “未填写 1 年度重点工作任务”", async () => {
    const dir = tempDir();
    const path = join(dir, "in.json");
    const units = [
      { name: "新泾", values: { "1": 6.7, "2": 29.35, "3": 47.4, "4": 14.6, "5": 5 }, reported: { total: 103.05 } },
      { name: "华阳", values: { "2": 29.04, "3": 46.3, "4": 14.7, "5": 5 }, reported: { total: 102.04 } },
    ];
    writeFileSync(path, JSON.stringify({ units }));
    const r = await run(["audit", "--scheme", scheme000File(dir), "--input", path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("  华阳 · total 总分：报送 102.04，未填写 1 年度重点工作任务");
  });
});

describe("[004] D12 “良好” is the evaluator's to place: 较好 or 一般", () => {
  async function hongqiaoSheet(dir: string): Promise<string> {
    const path = join(dir, "录入.xlsx");
    expect((await run(["template", "--scheme", "hongqiao-2023", "--out", path, "--units", "虹桥镇"])).code).toBe(0);
    const workbook = await readWorkbook(path);
    const sheet = workbook.getWorksheet("录入表")!;
    const keys: string[] = [];
    sheet.getRow(2).eachCell((cell) => keys.push(String(cell.value)));
    sheet.getCell(4, keys.indexOf("D12") + 1).value = "良好";
    return writeWorkbook(workbook, path);
  }

  test("jixiao score asks which level it means, naming the cell; nothing is written", async () => {
    const dir = tempDir();
    const input = await hongqiaoSheet(dir);
    const r = await run(["score", input, "--scheme", "hongqiao-2023"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /录入表![A-Z]+4：虹桥镇 · D12 上级考核情况：“良好”：文件未定义此档次，请选择按“较好”或“一般”计分/,
    );
    expect(r.stderr).toContain("--choose D12:<文件中的答案>=<档次>");
    expect(readdirSync(dir)).toEqual(["录入.xlsx"]);
  });

  test("--choose D12:良好=较好 scores it as 较好 (the other indicators left blank stay incomplete)", async () => {
    const dir = tempDir();
    const input = await hongqiaoSheet(dir);
    const r = await run(["score", input, "--scheme", "hongqiao-2023", "--choose", "D12:良好=较好"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const bad = await run(["score", input, "--scheme", "hongqiao-2023", "--choose", "D12:良好=优秀"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("D12：“良好”只能选择按“较好”或“一般”计分，不能按“优秀”");
  });

  test('jixiao evaluate reads the choice kept in the input file ("choices"); a choice the scheme does not offer is refused', async () => {
    const dir = tempDir();
    const file = (choices: unknown) => {
      const path = join(dir, `in-${Math.random()}.json`);
      writeFileSync(path, JSON.stringify({ units: [{ name: "虹桥镇", values: { D12: "良好" } }], choices }));
      return path;
    };
    const asMiddle = await run([
      "evaluate",
      "--scheme",
      "hongqiao-2023",
      "--input",
      file({ D12: { 良好: "一般" } }),
      "--json",
    ]);
    expect(asMiddle.code).toBe(0);
    const unit = JSON.parse(asMiddle.stdout).units[0];
    expect(unit.scores.D12).toBe(2);
    expect(unit.explanations.D12).toContain("填写“良好”，评价人认定按“一般”计");
    const notOpen = await run(["evaluate", "--scheme", "hongqiao-2023", "--input", file({ D12: { 优秀: "较好" } })]);
    expect(notOpen.code).toBe(1);
    expect(notOpen.stderr).toContain("D12：需要评价人选择的只有 “良好”，没有“优秀”");
  });

  test("jixiao audit lists D12 as 待定, apart from the three differences; chosen with --choose, D12 is a difference", async () => {
    const input = join(fixtures, "hongqiao-2023.input.json");
    const r = await run(["audit", "--scheme", "hongqiao-2023", "--input", input]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("核对 28 个报送得分，其中 3 个与规则计算结果不一致");
    expect(r.stdout).toContain("待定（文件未定义的答案，须评价人选择后才能复核，不计为不一致）：");
    expect(r.stdout).toContain(
      "  虹桥镇 · D12 上级考核情况：报送 2；“良好”：文件未定义此档次，请选择按“较好”或“一般”计分",
    );
    const chosen = await run(["audit", "--scheme", "hongqiao-2023", "--input", input, "--choose", "D12:良好=较好"]);
    expect(chosen.stdout).toContain("核对 29 个报送得分，其中 4 个与规则计算结果不一致");
  });
});
