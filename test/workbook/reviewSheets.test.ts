/**
 * What the add-in reads for the evaluator's and supervisor's tools: which headers name reported scores (复核), and a
 * 得分表 read back by its layout (对比).
 */
import { evaluate, loadScheme, Scheme } from "../../src/engine";
import { builtinScheme } from "../../src/schemes";
import { readScoreTable, scoreTableGrid, splitReportedHeaders } from "../../src/workbook";
import { AVERAGES_000, ORDER_000, scheme000, units000 } from "../fixtures/doc000";

function builtin(id: string): Scheme {
  const loaded = loadScheme(builtinScheme(id));
  if (!loaded.ok) throw new Error(id);
  return loaded.scheme;
}

describe("headers naming reported scores", () => {
  const hongqiao = builtin("hongqiao-2023");

  test("a leaf needs a word after its id or name; an indicator, block or 总分 does not", () => {
    const headers = [
      "单位",
      "D12",
      "D12得分",
      "D14 各类社会救助政策及政策变更知晓率 得分",
      "上级考核情况（报送）",
      "D1",
      "A 决策",
      "总分",
      "备注",
    ];
    const split = splitReportedHeaders(hongqiao, headers);
    expect(split.reported.map((m) => [m.header, m.id])).toEqual([
      ["D14 各类社会救助政策及政策变更知晓率 得分", "D14"],
      ["D1", "D1"],
      ["A 决策", "A"],
      ["总分", "total"],
    ]);
    // "D12得分" and "上级考核情况（报送）" both name D12's reported score: neither is used.
    expect(split.conflicts).toEqual([{ id: "D12", indexes: [2, 4] }]);
    expect(split.inputHeaders).toEqual(["单位", "D12", null, null, null, null, null, null, "备注"]);
  });

  test("[000]'s block names are its inputs (each block is scored as one), and 总分 is reported", () => {
    const split = splitReportedHeaders(scheme000(), ["所属街镇", "基础评价", "附加评价", "总分"]);
    expect(split.reported.map((m) => m.id)).toEqual(["total"]);
  });
});

describe("a 得分表 read back by its layout", () => {
  const scheme = scheme000();
  const grid = scoreTableGrid(evaluate(scheme, units000())).grid;
  const values = grid.cells.map((row) => row.map((c) => c.value));

  test("[000]'s ten rows: names, block scores, 总分, 排名 and 等第 as the sheet shows them", () => {
    const read = readScoreTable(scheme, values);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const { units } = read.table.evaluation;
    expect(units.map((u) => u.name)).toEqual(ORDER_000);
    expect(units[0]!.total!.toFixed(2)).toBe("103.05");
    expect(units[0]!.columns.get("2")!.toFixed(2)).toBe("29.35");
    expect(units.map((u) => u.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(units.filter((u) => u.grade === "优秀")).toHaveLength(8);
    expect(read.table.headerRow).toBe(1);
    // The 平均分 row ends the table: it is not a unit.
    expect(values[12]![0]).toBe("平均分");
    expect(values[12]![6]).toBe(Number(AVERAGES_000[5]));
  });

  test("a sheet that is not this scheme's 得分表 is refused, naming what is missing", () => {
    const other = values.map((row) => row.map((v) => (v === "专项评价" ? "专项工作" : v)));
    const read = readScoreTable(scheme, other);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.message).toContain("专项评价");
    const none = readScoreTable(scheme, [["联系人", "电话"]]);
    expect(none.ok).toBe(false);
  });

  test("a value that is not a score is named by its cell", () => {
    const bad = values.map((row) => [...row]);
    bad[4]![3] = "四十六";
    const read = readScoreTable(scheme, bad);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatchObject({ row: 4, col: 3 });
  });
});
