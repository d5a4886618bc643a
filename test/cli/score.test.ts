import ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { fileFormula } from "../../src/cli/xlsx";
import { sheetCell } from "../xlsx/exceljsOracle";
import { evaluate, evaluationToJson, loadScheme } from "../../src/engine";
import { BONUS_SHEET_NAME, BONUS_TABLE_MARKER, SCORE_SHEET_NAME, SCORE_TABLE_MARKER } from "../../src/workbook";
import { AVERAGES_000, ORDER_000 } from "../fixtures/doc000";
import {
  addInput000,
  addUnrelatedSheet,
  readWorkbook,
  run,
  scheme000File,
  sheetSnapshot,
  tempDir,
  writeWorkbook,
} from "./workbooks";

const fixtures = join(__dirname, "..", "fixtures");
const hongqiaoScheme = join(fixtures, "hongqiao-cd.scheme.json");

async function input000(dir: string, name = "in.xlsx", edit?: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addInput000(workbook);
  edit?.(sheet);
  addUnrelatedSheet(workbook);
  return writeWorkbook(workbook, join(dir, name));
}

function columnValues(sheet: ExcelJS.Worksheet, col: number, from: number, to: number): unknown[] {
  const out: unknown[] = [];
  for (let r = from; r <= to; r++) {
    const v = sheet.getCell(r, col).value;
    out.push(typeof v === "object" && v !== null && "result" in v ? v.result : v);
  }
  return out;
}

describe("jixiao score over [000]'s ten rows writes the 得分表 of 附件1 into the workbook", () => {
  let dir: string;
  let input: string;
  let out: string;
  let result: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    dir = tempDir();
    input = await input000(dir);
    out = join(dir, "out.xlsx");
    result = await run(["score", input, "--scheme", scheme000File(dir), "--out", out]);
  });

  test("in [000]'s order, with its 平均分 row, as cached values of the formulas", async () => {
    expect(result.code).toBe(0);
    const sheet = (await readWorkbook(out)).getWorksheet(SCORE_SHEET_NAME)!;
    expect(columnValues(sheet, 1, 3, 12)).toEqual(ORDER_000);
    expect(sheet.getCell("A13").value).toBe("平均分");
    expect(columnValues(sheet, 2, 13, 13).concat(columnValues(sheet, 3, 13, 13))).toEqual([6.36, 27.79]);
    const averages = [2, 3, 4, 5, 6, 7].map((c) => columnValues(sheet, c, 13, 13)[0]);
    expect(averages).toEqual(AVERAGES_000.map(Number));
    // 8 units at ≥ 95 (优秀) and 2 at ≥ 85 (良好)
    expect(columnValues(sheet, 9, 3, 12)).toEqual([...Array(8).fill("优秀"), "良好", "良好"]);
  });

  test("formulas as a file stores them: RANK.EQ with its _xlfn. prefix, the engine's value cached", async () => {
    const sheet = (await readWorkbook(out)).getWorksheet(SCORE_SHEET_NAME)!;
    expect(sheet.getCell("G3").value).toEqual({ formula: "ROUND(SUM(B3:F3),2)", result: 103.05 });
    expect(sheet.getCell("H3").value).toEqual({ formula: "_xlfn.RANK.EQ(G3,$G$3:$G$12)", result: 1 });
    expect(sheet.getCell("G13").value).toEqual({ formula: "ROUND(ROUND(AVERAGE(G3:G12),8),2)", result: 97.72 });
  });

  test("formats, merged title, bold header, borders and widths of the grid", async () => {
    const sheet = (await readWorkbook(out)).getWorksheet(SCORE_SHEET_NAME)!;
    expect(sheet.getCell("B3").numFmt).toBe("0.00");
    expect(sheet.getCell("H3").numFmt).toBe("0");
    expect(sheet.getCell("I1").master.address).toBe("A1");
    expect(sheet.getCell("B2").font?.bold).toBe(true);
    expect(sheet.getCell("I13").border?.bottom?.style).toBe("thin");
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(18);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });

  test("the 得分表 is marked as the tool's by a workbook name over its region", async () => {
    const workbook = await readWorkbook(out);
    expect(workbook.definedNames.model).toContainEqual({ name: SCORE_TABLE_MARKER, ranges: ["'得分表'!$A$1:$I$13"] });
  });

  test("every other sheet is kept cell for cell, and the input file is not touched", async () => {
    const before = await readWorkbook(input);
    const after = await readWorkbook(out);
    // [000]'s 附加评价 is claimed items, typed here as one number each: the 附加得分表 comes too.
    expect(after.worksheets.map((s) => s.name)).toEqual(["输入", "联系人", SCORE_SHEET_NAME, BONUS_SHEET_NAME]);
    for (const name of ["输入", "联系人"]) {
      expect(sheetSnapshot(after.getWorksheet(name)!)).toEqual(sheetSnapshot(before.getWorksheet(name)!));
    }
    expect(before.getWorksheet(SCORE_SHEET_NAME)).toBeUndefined();
  });

  test("stdout shows the table and where it went", () => {
    expect(result.stdout).toMatch(/新泾\s+6\.70\s+29\.35\s+47\.40\s+14\.60\s+5\.00\s+103\.05\s+1\s+优秀/);
    expect(result.stdout).toContain(`得分表写入 ${out}`);
  });
});

describe("running again replaces the tool's own 得分表 and nothing else", () => {
  test("one 得分表, in its place among the tabs, with the corrected score", async () => {
    const dir = tempDir();
    const scheme = scheme000File(dir);
    const first = join(dir, "first.xlsx");
    expect((await run(["score", await input000(dir), "--scheme", scheme, "--out", first])).code).toBe(0);
    // The clerk moves the 得分表 to the front and corrects 仙霞's 附加评价 in place.
    const workbook = await readWorkbook(first);
    (workbook.getWorksheet(SCORE_SHEET_NAME) as unknown as { orderNo: number }).orderNo = -1;
    workbook.getWorksheet("输入")!.getCell("F11").value = 5;
    await writeWorkbook(workbook, first);

    const r = await run(["score", first, "--scheme", scheme, "--out", first]);
    expect(r.code).toBe(0);
    const after = await readWorkbook(first);
    expect(after.worksheets.map((s) => s.name)).toEqual([SCORE_SHEET_NAME, "输入", "联系人", BONUS_SHEET_NAME]);
    const sheet = after.getWorksheet(SCORE_SHEET_NAME)!;
    // 仙霞: 5.20 + 24.94 + 42.20 + 14.60 + 5.00 = 91.94, now ahead of 新华's 89.60.
    expect(columnValues(sheet, 1, 11, 12)).toEqual(["仙霞", "新华"]);
    expect(columnValues(sheet, 7, 11, 11)).toEqual([91.94]);
    expect(after.definedNames.model.filter((n) => n.name === SCORE_TABLE_MARKER)).toHaveLength(1);
  });

  test("a 得分表 sheet the tool did not write is refused, and nothing is written", async () => {
    const dir = tempDir();
    const input = await input000(dir);
    const workbook = await readWorkbook(input);
    workbook.addWorksheet(SCORE_SHEET_NAME).getCell("A1").value = "手工汇总";
    await writeWorkbook(workbook, input);
    const r = await run(["score", input, "--scheme", scheme000File(dir)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("已有名为“得分表”的工作表，且不是 jixiao 写的");
    expect(readdirSync(dir).sort()).toEqual(["cn-000.scheme.json", "in.xlsx"]);
  });

  test("the mark must lie on the 得分表 itself: a renamed old one does not let a hand-made 得分表 be replaced", async () => {
    const dir = tempDir();
    const scheme = scheme000File(dir);
    const path = join(dir, "book.xlsx");
    expect((await run(["score", await input000(dir), "--scheme", scheme, "--out", path])).code).toBe(0);
    const workbook = await readWorkbook(path);
    workbook.getWorksheet(SCORE_SHEET_NAME)!.name = "2020得分表";
    workbook.definedNames.model = [{ name: SCORE_TABLE_MARKER, ranges: ["'2020得分表'!$A$1:$I$13"] }];
    workbook.addWorksheet(SCORE_SHEET_NAME).getCell("A1").value = "手工汇总";
    await writeWorkbook(workbook, path);
    const r = await run(["score", path, "--scheme", scheme, "--out", path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("不是 jixiao 写的");
    expect((await readWorkbook(path)).getWorksheet(SCORE_SHEET_NAME)!.getCell("A1").value).toBe("手工汇总");
  });
});

describe("the 附加得分表 ([000] 附件2) beside the 得分表", () => {
  type Claimed = { item: string; points: number }[];
  /** The items as bare points, one cell per 街镇: "1、1.2、0.8、2". */
  const asPoints = (items: Claimed) => items.map((i) => i.points).join("、");

  /** changning-2021's inputs with the items each 街镇 claimed typed in one cell per 街镇 (as their points by default). */
  async function changning(
    dir: string,
    name = "cn.xlsx",
    cell: (items: Claimed, unit: string) => string = asPoints,
  ): Promise<string> {
    const units = JSON.parse(readFileSync(join(fixtures, "changning-2021.input.json"), "utf8")).units as {
      name: string;
      values: Record<string, unknown>;
    }[];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("输入");
    sheet.addRow(["所属街镇", "1", "2", "3", "4", "5"]);
    for (const u of units) {
      sheet.addRow([u.name, ...["1", "2", "3", "4"].map((k) => u.values[k]), cell(u.values["5"] as Claimed, u.name)]);
    }
    return writeWorkbook(workbook, join(dir, name));
  }

  /** Each data row of the 附加得分表 as [所属街镇, 分值, lines of 申报内容]. */
  function bonusRows(sheet: ExcelJS.Worksheet): [unknown, unknown, string[]][] {
    return Array.from({ length: sheet.rowCount - 2 }, (_, i) => [
      sheet.getCell(3 + i, 1).value,
      sheet.getCell(3 + i, 2).value,
      String(sheet.getCell(3 + i, 3).value).split("\n"),
    ]);
  }

  /** 华阳's items as 附件2 prints them, typed into its cell. */
  const HUAYANG_000 = [
    "1、承接“社区云+精准帮扶”区级试点工作，成效显著。得 1 分",
    "2、承接民政部领导、市级调研任务。得 1.2 分",
    "3、荣获首届长宁区“十佳”社区救助顾问优秀案例 2 个、“十佳”顾问明星 2 名，共 4 项。得 0.8 分",
    "4、各大媒体刊登报道社会救助工作经验做法：中国社会报、学习强国、新闻综合、上海民政、民生一网通节目、上海长宁。得 2 分",
  ].join("\n");

  test("items typed with their descriptions are listed as 附件2 lists them, with 附件2's 分值 and 附件1's totals", async () => {
    const dir = tempDir();
    const out = join(dir, "out.xlsx");
    // 华阳 as the document prints it; the others as a clerk types: "承接市级调研任务0.5分；区级表彰1分".
    const described = (items: Claimed, unit: string) =>
      unit === "华阳" ? HUAYANG_000 : items.map((i) => `${i.item}${i.points}分`).join("；");
    const r = await run([
      "score",
      await changning(dir, "cn.xlsx", described),
      "--scheme",
      "changning-2021",
      "--out",
      out,
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const workbook = await readWorkbook(out);
    const rows = bonusRows(workbook.getWorksheet(BONUS_SHEET_NAME)!);
    const byUnit = new Map(rows.map(([unit, value, lines]) => [unit, { value, lines }]));
    // 附件2's 分值 column
    expect(Object.fromEntries(rows.map(([unit, value]) => [unit, value]))).toEqual({
      华阳: 5,
      新泾: 5,
      江苏: 4.4,
      天山: 3.8,
      北新泾: 3.4,
      程桥: 2.2,
      周桥: 2,
      虹桥: 2,
      新华: 1.6,
      仙霞: 1.1,
    });
    expect(byUnit.get("华阳")!.lines).toEqual([
      "1、承接“社区云+精准帮扶”区级试点工作，成效显著。得1分",
      "2、承接民政部领导、市级调研任务。得1.2分",
      "3、荣获首届长宁区“十佳”社区救助顾问优秀案例 2 个、“十佳”顾问明星 2 名，共 4 项。得0.8分",
      "4、各大媒体刊登报道社会救助工作经验做法：中国社会报、学习强国、新闻综合、上海民政、民生一网通节目、上海长宁。得2分",
    ]);
    expect(byUnit.get("仙霞")!.lines).toEqual([
      "1、承接市政府“为民办实事”项目。得0.5分",
      "2、学习强国、新华社、上海民政报道社会救助工作经验做法，部分篇幅。得0.6分",
    ]);
    // 附件1: the 附加评价 column and the 平均分 row (3.05, 97.72)
    const scores = workbook.getWorksheet(SCORE_SHEET_NAME)!;
    expect(columnValues(scores, 1, 3, 12)).toEqual(ORDER_000);
    expect(columnValues(scores, 6, 3, 12)).toEqual([5, 4.4, 5, 3.8, 3.4, 2, 2.2, 2, 1.6, 1.1]);
    expect(columnValues(scores, 6, 13, 13).concat(columnValues(scores, 7, 13, 13))).toEqual([3.05, 97.72]);
  });

  test("the 附加得分表's own text typed back into the cells gives the same sheet", async () => {
    const dir = tempDir();
    const first = join(dir, "first.xlsx");
    const described = (items: Claimed) => items.map((i) => `${i.item}${i.points}分`).join("\n");
    expect(
      (await run(["score", await changning(dir, "a.xlsx", described), "--scheme", "changning-2021", "--out", first]))
        .code,
    ).toBe(0);
    const sheet = (await readWorkbook(first)).getWorksheet(BONUS_SHEET_NAME)!;
    const written = new Map(bonusRows(sheet).map(([unit, , lines]) => [unit, lines.join("\n")]));
    const second = join(dir, "second.xlsx");
    const again = (_: Claimed, unit: string) => written.get(unit)!;
    expect(
      (await run(["score", await changning(dir, "b.xlsx", again), "--scheme", "changning-2021", "--out", second])).code,
    ).toBe(0);
    expect(bonusRows((await readWorkbook(second)).getWorksheet(BONUS_SHEET_NAME)!)).toEqual(bonusRows(sheet));
  });

  test("a description is written as text, never a formula: one starting with = stays as typed", async () => {
    const dir = tempDir();
    const out = join(dir, "out.xlsx");
    const hostile = (items: Claimed, unit: string) =>
      unit === "仙霞" ? '=HYPERLINK("http://x")0.5分' : asPoints(items);
    expect(
      (await run(["score", await changning(dir, "cn.xlsx", hostile), "--scheme", "changning-2021", "--out", out])).code,
    ).toBe(0);
    const sheet = (await readWorkbook(out)).getWorksheet(BONUS_SHEET_NAME)!;
    const row = bonusRows(sheet).findIndex(([unit]) => unit === "仙霞");
    expect(sheet.getCell(3 + row, 3).value).toBe('=HYPERLINK("http://x")。得0.5分');
    expect(sheet.getCell(3 + row, 3).formula).toBeUndefined();
  });

  test("a cell mixing bare points and described items is refused naming the cell; nothing is written", async () => {
    const dir = tempDir();
    const mixed = (items: Claimed, unit: string) => (unit === "江苏" ? "区级表彰1分；0.5" : asPoints(items));
    const input = await changning(dir, "cn.xlsx", mixed);
    const r = await run(["score", input, "--scheme", "changning-2021"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/输入!F\d+：江苏 · 5 附加评价（2）：第2项“0\.5”只有分值、没有内容/);
    expect(readdirSync(dir)).toEqual(["cn.xlsx"]);
  });

  test("华阳 5 with its four items' points, 仙霞 1.1 with two; marked as the tool's, and stdout names both sheets", async () => {
    const dir = tempDir();
    const out = join(dir, "out.xlsx");
    const r = await run(["score", await changning(dir), "--scheme", "changning-2021", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`的“${SCORE_SHEET_NAME}”和“${BONUS_SHEET_NAME}”工作表`);
    const workbook = await readWorkbook(out);
    const sheet = workbook.getWorksheet(BONUS_SHEET_NAME)!;
    expect(sheet.getCell("A1").value).toBe("2021 年度各街镇社会救助工作绩效评价附加得分表");
    expect([1, 2, 3].map((c) => sheet.getCell(2, c).value)).toEqual(["所属街镇", "分值", "附加评价申报内容"]);
    const rows = Array.from({ length: 10 }, (_, i) =>
      [3 + i, 1, 2, 3].map((c, j) => (j === 0 ? c : sheet.getCell(3 + i, c).value)),
    );
    const huayang = rows.find((row) => row[1] === "华阳")!;
    expect(huayang[2]).toBe(5);
    expect(String(huayang[3]).split("\n")).toEqual([
      "1、附加评价。得1分",
      "2、附加评价。得1.2分",
      "3、附加评价。得0.8分",
      "4、附加评价。得2分",
    ]);
    const xianxia = rows.find((row) => row[1] === "仙霞")!;
    expect(xianxia[2]).toBe(1.1);
    expect(String(xianxia[3]).split("\n")).toHaveLength(2);
    expect(sheet.getCell(3, 3).alignment?.wrapText).toBe(true);
    expect(workbook.definedNames.model).toContainEqual({
      name: BONUS_TABLE_MARKER,
      ranges: ["'附加得分表'!$A$1:$C$12"],
    });
  });

  test("running again replaces it in place; a hand-made 附加得分表 is refused and nothing is written", async () => {
    const dir = tempDir();
    const path = join(dir, "book.xlsx");
    expect((await run(["score", await changning(dir), "--scheme", "changning-2021", "--out", path])).code).toBe(0);
    expect((await run(["score", path, "--scheme", "changning-2021", "--out", path])).code).toBe(0);
    const again = await readWorkbook(path);
    expect(again.worksheets.map((s) => s.name)).toEqual(["输入", SCORE_SHEET_NAME, BONUS_SHEET_NAME]);
    expect(again.definedNames.model.filter((n) => n.name === BONUS_TABLE_MARKER)).toHaveLength(1);

    const other = tempDir();
    const input = await changning(other, "in.xlsx");
    const workbook = await readWorkbook(input);
    workbook.addWorksheet(BONUS_SHEET_NAME).getCell("A1").value = "手工填写的附加分";
    await writeWorkbook(workbook, input);
    const r = await run(["score", input, "--scheme", "changning-2021"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("已有名为“附加得分表”的工作表，且不是 jixiao 写的");
    expect(readdirSync(other)).toEqual(["in.xlsx"]);
  });

  test("no 附加得分表 when the scheme's bonus is not claimed items", async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("输入").addRows([
      ["单位", "C31", "C32"],
      ["虹桥镇", "100%", "100%"],
    ]);
    const input = await writeWorkbook(workbook, join(dir, "hq.xlsx"));
    const out = join(dir, "out.xlsx");
    expect((await run(["score", input, "--scheme", hongqiaoScheme, "--out", out])).code).toBe(0);
    expect((await readWorkbook(out)).getWorksheet(BONUS_SHEET_NAME)).toBeUndefined();
  });
});

describe("where the result goes: a user never loses a file", () => {
  test("without --out, beside the input as <name>-得分表.xlsx; the input stays byte for byte", async () => {
    const dir = tempDir();
    const input = await input000(dir, "长宁2021.xlsx");
    const bytes = readFileSync(input);
    const r = await run(["score", input, "--scheme", scheme000File(dir)]);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, "长宁2021-得分表.xlsx"))).toBe(true);
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });

  test("an existing file the tool did not write is not overwritten", async () => {
    const dir = tempDir();
    const other = join(dir, "other.xlsx");
    writeFileSync(other, "someone's work");
    const r = await run(["score", await input000(dir), "--scheme", scheme000File(dir), "--out", other]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("已存在且不是 jixiao score 写的结果");
    expect(readFileSync(other, "utf8")).toBe("someone's work");
  });

  test("the output must be an .xlsx", async () => {
    const dir = tempDir();
    const r = await run(["score", await input000(dir), "--scheme", scheme000File(dir), "--out", join(dir, "o.xlsm")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(".xlsx");
  });
});

describe("cells are read as Excel hands them over", () => {
  test("a formula gives its cached result, rich text its text, an error cell its error text, a date its serial", () => {
    expect(sheetCell({ formula: "A1*2", result: 6.7 }, false)).toBe(6.7);
    expect(sheetCell({ sharedFormula: "B2", result: "是" }, false)).toBe("是");
    expect(sheetCell({ formula: "VLOOKUP(A1,B:C,2,0)", result: { error: "#N/A" } }, false)).toBe("#N/A");
    expect(sheetCell({ richText: [{ text: "29." }, { text: "35" }] }, false)).toBe("29.35");
    expect(sheetCell({ error: "#DIV/0!" }, false)).toBe("#DIV/0!");
    // 2021-06-21 is serial 44368 in Excel's 1900 date system and 42906 in the 1904 one.
    expect(sheetCell(new Date(Date.UTC(2021, 5, 21)), false)).toBe(44368);
    expect(sheetCell(new Date(Date.UTC(2021, 5, 21)), true)).toBe(42906);
    expect(sheetCell({ formula: "1+2" }, false)).toEqual({
      unreadable: "公式没有保存计算结果：请在 Excel 或 WPS 中打开、计算并保存后再试",
    });
  });

  test("formulas in workbook cells score like typed values", async () => {
    const dir = tempDir();
    const input = await input000(dir, "in.xlsx", (sheet) => {
      sheet.getCell("C2").value = { formula: "29+0.35", result: 29.35 };
      sheet.getCell("D2").value = { richText: [{ text: "47.4", font: { bold: true } }, { text: "0" }] };
    });
    const out = join(dir, "out.xlsx");
    expect((await run(["score", input, "--scheme", scheme000File(dir), "--out", out])).code).toBe(0);
    const sheet = (await readWorkbook(out)).getWorksheet(SCORE_SHEET_NAME)!;
    expect(columnValues(sheet, 7, 3, 3)).toEqual([103.05]);
  });

  test("bad cells are each named by sheet and cell, and nothing is written", async () => {
    const dir = tempDir();
    const input = await input000(dir, "in.xlsx", (sheet) => {
      sheet.getCell("C3").value = "二十九";
      sheet.getCell("E5").value = { formula: "VLOOKUP(A5,X:Y,2,0)", result: { error: "#N/A" } };
    });
    const r = await run(["score", input, "--scheme", scheme000File(dir)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("输入!C3：江苏 · 2 基础评价：“二十九” 不是分数");
    expect(r.stderr).toContain("输入!E5：天山 · 4 成效评价：单元格是错误值 #N/A");
    expect(readdirSync(dir).sort()).toEqual(["cn-000.scheme.json", "in.xlsx"]);
  });

  test("a formula without a stored result is named, not guessed", async () => {
    const dir = tempDir();
    const input = await input000(dir, "in.xlsx", (sheet) => {
      sheet.getCell("B4").value = { formula: "6+1" };
    });
    const r = await run(["score", input, "--scheme", scheme000File(dir)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("输入!B4：公式没有保存计算结果");
  });
});

describe("which sheet is read", () => {
  test("without --sheet, the sheet whose header names the inputs, wherever it is", async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    addUnrelatedSheet(workbook);
    addInput000(workbook, "2021");
    const input = await writeWorkbook(workbook, join(dir, "in.xlsx"));
    const r = await run(["score", input, "--scheme", scheme000File(dir)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("已从工作表“2021”读取 10 个单位");
  });

  test("--sheet picks one year of several; an unknown name lists the sheets there are", async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    addInput000(workbook, "2020").getCell("A2").value = "新泾镇";
    addInput000(workbook, "2021");
    const input = await writeWorkbook(workbook, join(dir, "in.xlsx"));
    const scheme = scheme000File(dir);
    expect((await run(["score", input, "--scheme", scheme])).stdout).toContain("已从工作表“2020”读取");
    const r = await run(["score", input, "--scheme", scheme, "--sheet", "2021", "--out", join(dir, "o.xlsx")]);
    expect(r.stdout).toContain("已从工作表“2021”读取");
    const missing = await run(["score", input, "--scheme", scheme, "--sheet", "2022"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("没有名为“2022”的工作表（有：2020、2021）");
  });

  test("no sheet with a header naming any input", async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    addUnrelatedSheet(workbook);
    const input = await writeWorkbook(workbook, join(dir, "in.xlsx"));
    const r = await run(["score", input, "--scheme", scheme000File(dir)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("没有一张工作表的表头能对应方案 cn-000 的输入（看过：联系人）");
  });

  test("--strict: an input without a column names the header row; without it the units stay incomplete", async () => {
    const dir = tempDir();
    const input = await input000(dir, "in.xlsx", (sheet) => sheet.spliceColumns(6, 1));
    const scheme = scheme000File(dir);
    const strict = await run(["score", input, "--scheme", scheme, "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("输入!A1:E1：没有以下输入的列");
    expect(strict.stderr).toContain("5 附加评价");
    // The bonus part counts 0 when not claimed, so without --strict the units are complete at 附加评价 0.
    const lenient = await run(["score", input, "--scheme", scheme]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain("没有列的输入：5 附加评价");
  });

  test("not an .xlsx at all", async () => {
    const dir = tempDir();
    const path = join(dir, "old.xls");
    writeFileSync(path, "\xd0\xcf\x11\xe0 not a zip");
    const r = await run(["score", path, "--scheme", scheme000File(dir)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("不是 .xlsx 文件");
  });
});

describe("jixiao template writes the 录入表 clerks start from, and score reads it back", () => {
  test("keys, names, drop-downs, notes and rate formats; filled in, it scores [004]'s 产出 29.27", async () => {
    const dir = tempDir();
    const path = join(dir, "录入.xlsx");
    const made = await run(["template", "--scheme", hongqiaoScheme, "--out", path, "--units", "虹桥镇"]);
    expect(made.code).toBe(0);
    const workbook = await readWorkbook(path);
    const sheet = workbook.getWorksheet("录入表")!;
    const keys: string[] = [];
    sheet.getRow(2).eachCell((cell) => keys.push(String(cell.value)));
    expect(keys.slice(0, 4)).toEqual(["编号", "C11/actual", "C11/planned", "C12/actual"]);
    const col = (key: string) => keys.indexOf(key) + 1;
    expect(sheet.getCell(3, col("C11/actual")).value).toBe("C11 低保补助计划发放率：实际发放人数");
    expect(JSON.stringify(sheet.getCell(3, col("D12")).note)).toContain("上级考核为较好的");
    expect(sheet.getCell(4, col("D12")).dataValidation).toMatchObject({ type: "list", formulae: ['"较好,一般,较差"'] });
    expect(sheet.getCell(4, col("C31")).numFmt).toBe("0.00%");
    expect(sheet.getCell("A4").value).toBe("虹桥镇");

    // The clerk types [004]'s figures as Excel stores them: counts as numbers, 100% as 1 in a percent cell, and
    // the checklists C21–C24 item by item (是 = 符合) where the JSON file gives the number of failed items (0).
    const typed: Record<string, ExcelJS.CellValue> = {
      "C11/actual": 358,
      "C11/planned": 440,
      "C12/actual": 5425,
      "C12/planned": 5900,
      "C13/actual": 140,
      "C13/planned": 150,
      "C14/actual": 3618,
      "C14/planned": 3600,
      C31: 1,
      C32: 1,
      C33: 1,
      C34: 1,
      D12: "较好",
      "D13/actual": 7,
      "D13/planned": 7,
      D14: 0.81,
      "D15/1": 1,
      "D15/2": "否",
      D22: 0.95,
    };
    for (const id of ["C21", "C22", "C23", "C24"]) typed[`${id}/1`] = typed[`${id}/2`] = "是";
    [70, 15, 10, 2, 3].forEach((n, i) => (typed[`D11/${i + 1}`] = n));
    [65, 20, 10, 2, 3].forEach((n, i) => (typed[`D21/${i + 1}`] = n));
    for (const [key, value] of Object.entries(typed)) sheet.getCell(4, col(key)).value = value;
    await writeWorkbook(workbook, path);
    const r = await run(["score", path, "--scheme", hongqiaoScheme, "--strict"]);
    expect(r.code).toBe(0);
    const table = (await readWorkbook(join(dir, "录入-得分表.xlsx"))).getWorksheet(SCORE_SHEET_NAME)!;
    // [004] 表3-1: 产出 29.27
    expect(table.getCell("B3").value).toBe(29.27);
    // The same scores as `jixiao evaluate` gives for the JSON input file.
    const loaded = loadScheme(JSON.parse(readFileSync(hongqiaoScheme, "utf8")));
    if (!loaded.ok) throw new Error("scheme");
    const input = JSON.parse(readFileSync(join(fixtures, "hongqiao-cd.input.json"), "utf8"));
    const json = evaluationToJson(evaluate(loaded.scheme, input.units));
    expect(table.getCell("C3").value).toBe(json.units[0]!.blocks.D);
  });

  test("never over an existing file", async () => {
    const dir = tempDir();
    const path = join(dir, "t.xlsx");
    writeFileSync(path, "keep");
    const r = await run(["template", "--scheme", hongqiaoScheme, "--out", path]);
    expect(r.code).toBe(1);
    expect(readFileSync(path, "utf8")).toBe("keep");
  });
});

describe("file formulas", () => {
  test("functions newer than Excel 2007 get _xlfn., text inside quotes does not, nothing twice", () => {
    expect(fileFormula("=RANK.EQ(G3,$G$3:$G$12)")).toBe("_xlfn.RANK.EQ(G3,$G$3:$G$12)");
    expect(fileFormula('=IF(G3>=95,"rank.eq(",IFS(G3>1,1))')).toBe('IF(G3>=95,"rank.eq(",_xlfn.IFS(G3>1,1))');
    expect(fileFormula("=_xlfn.RANK.EQ(G3,G3:G4)")).toBe("_xlfn.RANK.EQ(G3,G3:G4)");
    expect(fileFormula("=ROUND(SUM(B3:F3),2)")).toBe("ROUND(SUM(B3:F3),2)");
  });
});

describe("as a real process", () => {
  test("a bad cell: exit code 1, the cell named, nothing on stdout, no stack trace, no file", async () => {
    const dir = tempDir();
    const input = await input000(dir, "in.xlsx", (sheet) => {
      sheet.getCell("F7").value = "3.4分多";
    });
    const p = spawnSync(
      process.execPath,
      [
        require.resolve("tsx/cli"),
        join(__dirname, "..", "..", "src", "cli", "index.ts"),
        "score",
        input,
        "--scheme",
        scheme000File(dir),
      ],
      { encoding: "utf8" },
    );
    expect(p.status).toBe(1);
    expect(p.stdout).toBe("");
    expect(p.stderr).toContain("输入!F7：虹桥 · 5 附加评价（1）：“3.4分多” 不是数值");
    expect(p.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir).sort()).toEqual(["cn-000.scheme.json", "in.xlsx"]);
  });
});
