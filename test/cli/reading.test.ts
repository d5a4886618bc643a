/**
 * jixiao score reads a sheet as a clerk reads it (issue 12 §1): a number's cell format counts, and the table runs to
 * its last row. Each bad case exits 1 naming the sheet and cell in Chinese, and writes nothing.
 */
import ExcelJS from "exceljs";
import { readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { SCORE_SHEET_NAME } from "../../src/workbook";
import { HEADER_000, TABLE_000 } from "../fixtures/doc000";
import { addInput000, readWorkbook, run, scheme000File, tempDir, writeWorkbook } from "./workbooks";

async function workbook000(dir: string, edit: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  edit(addInput000(workbook));
  return writeWorkbook(workbook, join(dir, "in.xlsx"));
}

async function score(dir: string, input: string, scheme = scheme000File(dir)) {
  return run(["score", input, "--scheme", scheme, "--out", join(dir, "out.xlsx")]);
}

/** The units of the 得分表 written, in its order. */
async function scoredUnits(dir: string): Promise<string[]> {
  const sheet = (await readWorkbook(join(dir, "out.xlsx"))).getWorksheet(SCORE_SHEET_NAME)!;
  const names: string[] = [];
  for (let r = 3; String(sheet.getCell(r, 1).value ?? "") !== "平均分"; r++)
    names.push(String(sheet.getCell(r, 1).value));
  return names;
}

function nothingWritten(dir: string): void {
  expect(readdirSync(dir).sort()).toEqual(["cn-000.scheme.json", "in.xlsx"]);
}

describe("a number's cell format counts", () => {
  test("[000]: 北新泾's 成效评价 typed as 85% (0.85 with a percent format) is refused naming E6, not 0.85 points", async () => {
    const dir = tempDir();
    const input = await workbook000(dir, (sheet) => {
      sheet.getCell("E6").value = 0.85;
      sheet.getCell("E6").numFmt = "0%";
    });
    const r = await score(dir, input);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("输入!E6：北新泾 · 成效评价是分数，单元格是百分数 85%：请改为常规格式，填写分数");
    nothingWritten(dir);
  });

  test("a date under 年度重点工作任务 and money under 专项评价 are each named; all problems of the run at once", async () => {
    const dir = tempDir();
    const input = await workbook000(dir, (sheet) => {
      sheet.getCell("B3").value = new Date(Date.UTC(2021, 5, 5));
      sheet.getCell("D4").numFmt = '"¥"#,##0.00';
    });
    const r = await score(dir, input);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("输入!B3：江苏 · 年度重点工作任务是分数，单元格是日期格式");
    expect(r.stderr).toContain("输入!D4：华阳 · 专项评价是分数，单元格是货币格式（46.3）");
    nothingWritten(dir);
  });

  test("a number stored as text is read and scored, its cell listed as a reminder", async () => {
    const dir = tempDir();
    const input = await workbook000(dir, (sheet) => {
      sheet.getCell("C2").value = "29.35";
      sheet.getCell("C2").numFmt = "@";
    });
    const r = await score(dir, input);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("输入!C2：新泾 · 基础评价：数字 29.35 以文本形式存储，已按数值读取");
    const sheet = (await readWorkbook(join(dir, "out.xlsx"))).getWorksheet(SCORE_SHEET_NAME)!;
    // [000] 附件1: 新泾 first, 总分 103.05 (6.7 + 29.35 + 47.4 + 14.6 + 5.0).
    expect(sheet.getCell("A3").value).toBe("新泾");
    expect((sheet.getCell("G3").value as { result: number }).result).toBe(103.05);
  });

  test("a rate column: 85% formatted reads as 85%, like “85%” typed as text; 100.5% keeps its sign", async () => {
    const dir = tempDir();
    const scheme = join(dir, "rate.scheme.json");
    writeFileSync(
      scheme,
      JSON.stringify({
        id: "rate",
        title: "比率",
        blocks: [
          {
            name: "产出",
            points: 3,
            children: [{ code: "C31", name: "完成及时率", points: 3, rule: { kind: "rateProportional" } }],
          },
        ],
      }),
    );
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("输入");
    sheet.addRows([
      ["街镇", "C31"],
      ["虹桥", 0.85],
      ["新泾", "85%"],
      ["程桥", 1.005],
    ]);
    sheet.getCell("B2").numFmt = "0%";
    sheet.getCell("B4").numFmt = "0.0%";
    const input = await writeWorkbook(workbook, join(dir, "in.xlsx"));
    const r = await score(dir, input, scheme);
    expect(r.code).toBe(0);
    const table = (await readWorkbook(join(dir, "out.xlsx"))).getWorksheet(SCORE_SHEET_NAME)!;
    const scores = new Map<string, unknown>();
    for (let row = 3; row <= 5; row++) scores.set(String(table.getCell(row, 1).value), table.getCell(row, 2).value);
    // 3 × 85% = 2.55 both ways; 100.5% scores the full 3 (an indicator never scores above its points).
    expect(Object.fromEntries(scores)).toEqual({ 程桥: 3, 虹桥: 2.55, 新泾: 2.55 });
  });
});

describe("the table runs to the last row with any figure", () => {
  test("天山 after an empty row is scored; 合计 and 注： rows are listed as not units", async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("输入");
    sheet.addRows([HEADER_000, ...TABLE_000.slice(0, 3), [], ...TABLE_000.slice(3)]);
    sheet.addRow(["合计", 64.8, 279.85, 459.3, 145.9, 30.5]);
    sheet.addRow(["注：附加评价封顶 5 分"]);
    const input = await writeWorkbook(workbook, join(dir, "in.xlsx"));
    const r = await score(dir, input);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("以下行不是单位，未计算：");
    expect(r.stdout).toContain("输入!A13：“合计”是合计或平均行，不是单位，未计算");
    expect(r.stdout).toContain("输入!A14：“注：附加评价封顶 5 分”是注释，不是单位");
    expect((await scoredUnits(dir)).sort()).toEqual(TABLE_000.map((row) => row[0]).sort());
  });

  test("a row with figures and no unit name is refused naming the row, and nothing is written", async () => {
    const dir = tempDir();
    const input = await workbook000(dir, (sheet) => {
      sheet.getCell("A8").value = null;
    });
    const r = await score(dir, input);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("输入!A8：第 8 行有数据，但没有单位名称");
    nothingWritten(dir);
  });
});

describe("workbooks made from today's template still read", () => {
  test("20 blank formatted rows, two of them filled: two units, the blank rows skipped", async () => {
    const dir = tempDir();
    const scheme = scheme000File(dir);
    const path = join(dir, "in.xlsx");
    expect((await run(["template", "--scheme", scheme, "--out", path])).code).toBe(0);
    const workbook = await readWorkbook(path);
    const sheet = workbook.getWorksheet("录入表")!;
    sheet.getRow(4).values = ["新泾", 6.7, 29.35, 47.4, 14.6, "1、1.2、0.8、2"];
    sheet.getRow(5).values = ["江苏", 6.5, 29.33, 47.7, 14.85, "4.4"];
    await writeWorkbook(workbook, path);
    const r = await score(dir, path);
    expect(r.code).toBe(0);
    expect(await scoredUnits(dir)).toEqual(["新泾", "江苏"]);
  });
});
