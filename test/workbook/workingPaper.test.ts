import { readFileSync } from "fs";
import { join } from "path";
import { evaluate, loadScheme } from "../../src/engine";
import { blockSummaryGrid, GridCell, inputText, workingPaperGrid } from "../../src/workbook";
import { scheme000, units000 } from "../fixtures/doc000";

const fixtures = join(__dirname, "..", "fixtures");
const loaded = loadScheme(JSON.parse(readFileSync(join(fixtures, "hongqiao-cd.scheme.json"), "utf8")));
if (!loaded.ok) throw new Error("scheme");
const scheme = loaded.scheme;
const input = JSON.parse(readFileSync(join(fixtures, "hongqiao-cd.input.json"), "utf8"));
const evaluation = evaluate(scheme, input.units);
const paper = workingPaperGrid(evaluation, 0, input.units[0].values);
const cells = paper.grid.cells;
const at = (id: string) => cells[paper.rows.get(id)!]!;
const values = (row: GridCell[]) => row.map((c) => c.value);

describe("虹桥镇's 工作底稿 ([004] 附件4/附件6) for the C and D blocks", () => {
  test("the header: the levels of the hierarchy, then 分值, 评价标准, 业绩值, the computation and 得分, 得分率", () => {
    expect(cells[0]![0]!.value).toContain("工作底稿");
    expect(cells[1]![0]!.value).toBe("被评价单位：虹桥镇");
    expect(values(cells[2]!)).toEqual([
      "一级指标",
      "二级指标",
      "三级指标",
      "分值",
      "评价标准",
      "业绩值",
      "评分计算过程及依据",
      "得分",
      "得分率",
    ]);
  });

  test("C11: points, criterion, the input as given, the sentence and the score 1.63", () => {
    const c11 = at("C11");
    expect(c11[0]!.value).toBe("C 产出（30分）");
    expect(c11[1]!.value).toBe("C1 产出数量（10分）");
    expect(c11[2]!.value).toBe("C11 低保补助计划发放率");
    expect(c11[3]!.value).toBe(2);
    expect(c11[4]!.value).toContain("每偏离1%，扣权重1%");
    expect(c11[5]!.value).toBe("实际发放人数 358；计划发放人数 440");
    expect(c11[6]!.value).toBe("低保补助计划发放率81.36%（358/440），得81.36%权重分，故该项指标得分为1.63分");
    expect(c11[7]!.value).toBe(1.63);
  });

  test("survey answers and typed rates are shown as the clerk gave them", () => {
    expect(at("D21")[5]!.value).toBe("非常满意 65；比较满意 20；一般 10；较不满意 2；不太满意 3");
    expect(at("D22")[5]!.value).toBe("95%");
  });

  test("block subtotals with their 得分率: 产出 29.27 of 30 is 97.57% ([004] 表3-1)", () => {
    const c = at("C");
    expect(c[0]!.value).toBe("C 产出 小计");
    expect([c[3]!.value, c[7]!.value]).toEqual([30, 29.27]);
    expect(c[8]!.value).toBe(0.9757);
    expect(c[8]!.format).toBe("0.00%");
    expect(at("D2")[7]!.value).toBe(6.68); // 3.68 + 3, [004] 附件6
  });

  test("subtotals and rates are formulas over the sheet's own cells", () => {
    const row = paper.rows.get("C1")!;
    const leaves = ["C11", "C12", "C13", "C14"].map((id) => `H${paper.rows.get(id)! + 1}`);
    expect(at("C1")[7]!.formula).toBe(`=ROUND(SUM(${leaves.join(",")}),2)`);
    expect(at("C1")[8]!.formula).toBe(`=ROUND(H${row + 1}/D${row + 1},4)`);
    const blocks = ["C", "D"].map((id) => `H${paper.rows.get(id)! + 1}`);
    expect(at("total")[7]!.formula).toBe(`=ROUND(SUM(${blocks.join(",")}),2)`);
  });

  test("the hierarchy is merged down the first columns", () => {
    const c11 = paper.rows.get("C11")!;
    const cSubtotal = paper.rows.get("C")!;
    expect(paper.grid.merges).toContainEqual({ row: c11, col: 0, rows: cSubtotal - c11, cols: 1 });
    expect(paper.grid.merges).toContainEqual({ row: c11, col: 1, rows: 4, cols: 1 });
    expect(paper.grid.merges).toContainEqual({ row: cSubtotal, col: 0, rows: 1, cols: 3 });
  });

  test("[004] 表3-1: 权重, 得分 and 得分率 per block", () => {
    const summary = blockSummaryGrid(evaluation, 0).cells;
    expect(values(summary[0]!)).toEqual(["指标", "C 产出", "D 效益", "合计"]);
    expect(summary[1]![1]!.value).toBe(30);
    expect(summary[2]![1]!.value).toBe(29.27);
    expect(summary[3]![1]!.value).toBe(0.9757);
  });
});

describe("a scheme of blocks scored by hand ([000]): one level, a 合计 and the 等第", () => {
  const e = evaluate(scheme000(), units000());
  const p = workingPaperGrid(e, 0, units000()[0]!.values);
  const rows = p.grid.cells;

  test("新泾: five rows, 合计 103.05 (103.05% of the base 100 with the bonus), 等第 优秀", () => {
    expect(rows.slice(3, 8).map((r) => [r[0]!.value, r[1]!.value, r[5]!.value])).toEqual([
      ["1 年度重点工作任务", 7, 6.7],
      ["2 基础评价", 30, 29.35],
      ["3 专项评价", 48, 47.4],
      ["4 成效评价", 15, 14.6],
      ["5 附加评价", 5, 5],
    ]);
    expect(values(rows[8]!).slice(0, 2)).toEqual(["合计", 100]);
    expect(rows[8]![5]!.value).toBe(103.05);
    expect(rows[9]![0]!.value).toBe("等第");
    expect(rows[9]![1]!.value).toBe("优秀");
  });

  test("the input column shows the value as the clerk typed it", () => {
    expect(rows[3]![3]!.value).toBe("6.70");
  });

  test("a bonus item has no 得分率 of its own", () => {
    expect(rows[7]![6]!.value).toBeNull();
  });
});

describe("inputText: the raw input in words", () => {
  test("items claimed, typed as an array or as text; a blank input shows nothing", () => {
    const bonus = scheme000().nodes.get("5")!;
    expect(inputText(bonus, [1, 1.2, 0.8, 2])).toBe("1、1.2、0.8、2");
    expect(inputText(bonus, "1、1.2")).toBe("1、1.2");
    expect(inputText(bonus, null)).toBe("");
  });
});
