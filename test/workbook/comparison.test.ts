import { compare, evaluate } from "../../src/engine";
import { comparisonGrid, comparisonLabels, titleAbove } from "../../src/workbook";
import { scheme000, units000 } from "../fixtures/doc000";
import { scheme2023, units2023 } from "../fixtures/year2023";
import { earlierYear, laterYear } from "../fixtures/years000";

const scheme = scheme000();
const result = compare(evaluate(scheme, earlierYear()), evaluate(scheme, laterYear()));
if (!result.ok) throw new Error(result.error.zh);
const sheet = comparisonGrid(result.value, { labels: { before: "2020年度", after: "2021年度" } });
const cells = sheet.grid.cells;
const byName = (name: string) => cells.find((r) => r[0]!.value === name)!;

describe("the comparison sheet of two years of [000]'s table", () => {
  test("a title, then per block, 总分 and 排名 the two years and the change under a merged group header", () => {
    expect(cells[0]![0]!.value).toBe("2021 年度各街镇社会救助工作绩效评价对比表");
    expect(cells[1]!.map((c) => c.value).filter((v) => v !== null)).toEqual([
      "所属街镇",
      "2020年度名称",
      "匹配方式",
      "年度重点工作任务",
      "基础评价",
      "专项评价",
      "成效评价",
      "附加评价",
      "总分",
      "排名",
      "备注",
    ]);
    expect(cells[2]!.slice(3, 6).map((c) => c.value)).toEqual(["2020年度", "2021年度", "变化"]);
    expect(sheet.grid.merges).toContainEqual({ row: 1, col: 3, rows: 1, cols: 3 });
  });

  test("江苏路街道: matched to 江苏 with the reason shown, 基础评价 27.33 → 29.33, 总分 +2.00, rank 4 → 2, marked", () => {
    const js = byName("江苏路街道");
    expect([js[1]!.value, js[2]!.value]).toEqual(["江苏", "江苏路街道去掉“路街道”后相同"]);
    expect(js.slice(6, 9).map((c) => c.value)).toEqual([27.33, 29.33, 2]);
    expect(js[8]!.formula).toBe("=ROUND(H5-G5,2)");
    expect(js.slice(18, 21).map((c) => c.value)).toEqual([100.78, 102.78, 2]);
    expect(js.slice(21, 24).map((c) => c.value)).toEqual([4, 2, 2]);
    expect(js[23]!.formula).toBe("=V5-W5");
    expect(js[24]!.value).toBe("进步较大");
  });

  test("units in one sheet only are listed with the side they come from, and no change", () => {
    const cq = byName("程桥");
    expect(cq[24]!.value).toBe("仅在后表");
    expect([cq[18]!.value, cq[19]!.value, cq[20]!.value]).toEqual([null, 96.37, null]);
    expect(byName("仙霞")[24]!.value).toBe("仅在前表");
  });

  test("the chart ranges: unit names and both years' 总分, side by side over the data rows", () => {
    expect(sheet.chart.categories).toEqual({ row: 3, col: 0, rows: 10, cols: 1 });
    expect(sheet.chart.series.map((s) => [s.name, s.area.col])).toEqual([
      ["2020年度总分", 18],
      ["2021年度总分", 19],
    ]);
  });
});

describe("names whose match is unsure are shown, not dropped", () => {
  test("新华 against 新华路街道 and 新华镇", () => {
    const before = evaluate(scheme, [{ name: "新华", values: { 1: 5.8, 2: 24.1, 3: 43.25, 4: 14.85, 5: 1.6 } }]);
    const after = evaluate(scheme, [
      { name: "新华路街道", values: { 1: 5.8, 2: 24.1, 3: 43.25, 4: 14.85, 5: 1.6 } },
      { name: "新华镇", values: { 1: 5, 2: 20, 3: 40, 4: 10, 5: 0 } },
    ]);
    const c = compare(before, after);
    if (!c.ok) throw new Error(c.error.zh);
    const notes = comparisonGrid(c.value)
      .grid.cells.slice(3)
      .map((r) => [r[0]!.value, r[r.length - 1]!.value]);
    expect(notes).toEqual([
      ["新华", "对应不明确（前表，可能是：新华路街道、新华镇）"],
      ["新华路街道", "对应不明确（后表，可能是：新华）"],
      ["新华镇", "对应不明确（后表，可能是：新华）"],
    ]);
  });
});

describe("the labels of the two sides: the year in a sheet's title or name, else its name", () => {
  test("the year in each title: “2021年长宁区社会救助工作绩效评价得分表” → 2021年", () => {
    expect(
      comparisonLabels(
        { sheet: "Sheet1", title: "2020年长宁区社会救助工作绩效评价得分表" },
        { sheet: "得分表", title: "2021年长宁区社会救助工作绩效评价得分表" },
      ),
    ).toEqual({ before: "2020年", after: "2021年" });
  });

  test("no year in a title: the year in the sheet's name (“2020得分表” → 2020年)", () => {
    expect(comparisonLabels({ sheet: "2020得分表", title: "得分表" }, { sheet: "2021得分表" })).toEqual({
      before: "2020年",
      after: "2021年",
    });
  });

  test("both titles carry the scheme's year: the sheets' names tell the sides apart", () => {
    const title = "2021 年度各街镇社会救助工作绩效评价得分表";
    expect(comparisonLabels({ sheet: "2020得分表", title }, { sheet: "2021得分表", title })).toEqual({
      before: "2020年",
      after: "2021年",
    });
    expect(comparisonLabels({ sheet: "上年", title }, { sheet: "本年", title })).toEqual({
      before: "上年",
      after: "本年",
    });
  });

  test("no year anywhere: the sheets' names; a number that is not a year (12020) is none", () => {
    expect(comparisonLabels({ sheet: "Sheet1" }, { sheet: "得分表", title: "编号12020" })).toEqual({
      before: "Sheet1",
      after: "得分表",
    });
  });

  test("the title is the first text above the header row", () => {
    const rows = [[null, "2021年长宁区社会救助工作绩效评价得分表"], [], ["所属街镇", "总分"], ["2019年补录", 90]];
    expect(titleAbove(rows, 2)).toBe("2021年长宁区社会救助工作绩效评价得分表");
    expect(titleAbove(rows, 0)).toBeUndefined();
  });
});

describe("the comparison sheet of [000]'s 2021 table against a 2023 table under changning-2023", () => {
  const c = compare(evaluate(scheme000(), units000()), evaluate(scheme2023(), units2023()), {
    blocks: [{ before: "基础评价", after: "工作保障与管理" }],
  });
  if (!c.ok) throw new Error(c.error.zh);
  const two = comparisonGrid(c.value, { labels: { before: "2021年", after: "2023年" } });
  const rows = two.grid.cells;
  const heads = rows[1]!.map((x) => x.value);
  const at = (name: string) => heads.indexOf(name);
  const xj = rows.find((r) => r[0]!.value === "新泾镇")!;

  test("a block whose points changed says so in its header and takes five columns: scores, then 得分率", () => {
    const col = at("年度重点工作任务（满分7→25分）");
    expect(col).toBe(3);
    expect(two.grid.merges).toContainEqual({ row: 1, col, rows: 1, cols: 5 });
    expect(rows[2]!.slice(col, col + 5).map((x) => x.value)).toEqual([
      "2021年",
      "2023年",
      "2021年得分率",
      "2023年得分率",
      "得分率变化",
    ]);
    expect(heads).toContain("工作保障与管理（2021年：基础评价，满分30→25分）");
    expect(heads).toContain("专项评价（仅2021年）");
    expect(heads).toContain("困难群众基本生活保障（仅2023年）");
  });

  test("新泾镇 (second by 2023 总分, row 5): 6.70 of 7 is 95.71% (a formula over the score), 25 of 25 100%, +4.29%; no raw change", () => {
    const col = at("年度重点工作任务（满分7→25分）");
    expect(xj.slice(col, col + 5).map((x) => x.value)).toEqual([6.7, 25, 0.9571, 1, 0.0429]);
    expect(xj[col + 2]!.formula).toBe("=ROUND(D5/7,4)");
    expect(xj[col + 2]!.format).toBe("0.00%");
    expect(xj[col + 4]!.formula).toBe("=ROUND(G5-F5,4)");
  });

  test("a block of one side: its score on that side, no change", () => {
    const col = at("专项评价（仅2021年）");
    expect(xj.slice(col, col + 3).map((x) => x.value)).toEqual([47.4, null, null]);
  });

  test("总分 compared as it is, and notes under the table say the schemes and the scales differ", () => {
    const total = at("总分");
    expect(xj.slice(total, total + 3).map((x) => x.value)).toEqual([103.05, 104, 0.95]);
    const notes = rows.slice(3 + 10).map((r) => r[0]!.value);
    expect(notes[0]).toBeNull();
    expect(notes[1]).toContain("两表评分方案不同（2021年：2021 年度各街镇社会救助工作绩效评价；2023年：2023年长宁区");
    expect(notes[2]).toBe(
      "两表总分构成不同（2021年 100+5 分，2023年 100+5−5 分）：总分按原值对比，请结合排名变化判断。",
    );
    expect(two.grid.bordered).toEqual([{ row: 1, col: 0, rows: 12, cols: heads.length }]);
    expect(two.chart.title).toBe("2021年 / 2023年 总分（总分构成不同，请结合排名看）");
    expect(two.chart.series[0]!.area.col).toBe(total);
  });

  test("one scheme on both sides: no notes, the chart titled as before", () => {
    expect(sheet.chart.title).toBe("2020年度 / 2021年度 总分");
    expect(cells).toHaveLength(13);
  });
});
