import { readFileSync } from "fs";
import { join } from "path";
import { evaluate, loadScheme } from "../../src/engine";
import { indicatorTableGrid } from "../../src/workbook";
import { scheme000, units000 } from "../fixtures/doc000";

/** The JSON blocks of docs/scheme-format.md: its example scheme and its input. */
function docsExample() {
  const text = readFileSync(join(__dirname, "..", "..", "docs", "scheme-format.md"), "utf8");
  const [schemeJson, inputJson] = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] as string));
  const loaded = loadScheme(schemeJson);
  if (!loaded.ok) throw new Error("example scheme");
  return {
    scheme: loaded.scheme,
    units: (inputJson as { units: { name: string; values: Record<string, unknown> }[] }).units,
  };
}

describe("the single-unit 指标得分表 (layouts.md B)", () => {
  test("[000]'s blocks: one level, 权重 from the points (7 of 100 is 7%), 合计 and 等第", () => {
    const evaluation = evaluate(scheme000(), units000());
    const table = indicatorTableGrid(evaluation, 0, units000()[0]!.values);
    const cells = table.grid.cells;
    expect(cells[0]![0]!.value).toBe("2021 年度各街镇社会救助工作绩效评价指标得分表（新泾）");
    expect(cells[1]!.map((c) => c.value)).toEqual(["一级指标", "权重", "分值", "业绩值", "得分", "评分依据"]);
    expect(cells.slice(2, 7).map((r) => [r[0]!.value, r[1]!.value, r[2]!.value, r[3]!.value, r[4]!.value])).toEqual([
      ["1 年度重点工作任务", "7%", 7, "6.70", 6.7],
      ["2 基础评价", "30%", 30, "29.35", 29.35],
      ["3 专项评价", "48%", 48, "47.40", 47.4],
      ["4 成效评价", "15%", 15, "14.60", 14.6],
      ["5 附加评价", "", 5, "5", 5],
    ]);
    const total = cells[table.totalRow]!;
    expect([total[0]!.value, total[2]!.value, total[4]!.value]).toEqual(["合计", 100, 103.05]);
    expect(cells[table.totalRow + 1]![4]!.value).toBe("优秀");
  });

  test("a leaf shallower than the rest spans the deeper level columns; ancestors are merged down their rows", () => {
    const { scheme, units } = docsExample();
    const evaluation = evaluate(scheme, units);
    const table = indicatorTableGrid(evaluation, 0, units[0]!.values);
    const cells = table.grid.cells;
    expect(cells[1]!.slice(0, 5).map((c) => c.value)).toEqual(["一级指标", "权重", "二级指标", "三级指标", "分值"]);
    expect(table.rowLeaves).toEqual(["1.1.1", "1.1.2", "1.2", "2", "3.1", "4.1"]);
    const merges = table.grid.merges;
    // 1 工作保障 and its 权重 over its three leaves, 1.1 over its two clauses.
    expect(merges).toContainEqual({ row: 2, col: 0, rows: 3, cols: 1 });
    expect(merges).toContainEqual({ row: 2, col: 1, rows: 3, cols: 1 });
    expect(merges).toContainEqual({ row: 2, col: 2, rows: 2, cols: 1 });
    // 1.2 is an indicator without clauses: it takes 二级 and 三级; block 2 is itself a leaf.
    expect(cells[4]![2]!.value).toBe("1.2 继续教育培训");
    expect(merges).toContainEqual({ row: 4, col: 2, rows: 1, cols: 2 });
    expect(cells[5]![0]!.value).toBe("2 成效评价");
    expect(merges).toContainEqual({ row: 5, col: 2, rows: 1, cols: 2 });
    expect(cells[2]![0]!.value).toBe("1 工作保障（6分）");
    expect(cells[2]![1]!.value).toBe("60%");
    // 业绩值 as the clerk typed it; the survey's answer counts joined.
    expect(cells[4]![5]!.value).toBe("85%");
    expect(cells[5]![5]!.value).toBe("非常满意 60；比较满意 25；一般 10；较不满意 5；不太满意 0");
    // docs/scheme-format.md: the example input scores 9.00 in all.
    expect(cells[table.totalRow]![6]!.value).toBe(9);
  });
});
