import { evaluate, inputColumns, loadScheme } from "../../src/engine";
import { inputSheetGrid, matchHeaders, scoreTableGrid } from "../../src/workbook";
import { AVERAGES_000, ORDER_000, scheme000, units000 } from "../fixtures/doc000";

describe("the 得分表 grid of layouts.md A, from [000]'s ten rows", () => {
  const table = scoreTableGrid(evaluate(scheme000(), units000()));
  const cells = table.grid.cells;

  test("title merged across the table, then the header of [000] 附件1 plus 排名 and 等第", () => {
    expect(cells[0]![0]!.value).toBe("2021 年度各街镇社会救助工作绩效评价得分表");
    expect(table.grid.merges).toContainEqual({ row: 0, col: 0, rows: 1, cols: 9 });
    expect(cells[1]!.map((c) => c.value)).toEqual([
      "所属街镇",
      "年度重点工作任务",
      "基础评价",
      "专项评价",
      "成效评价",
      "附加评价",
      "总分",
      "排名",
      "等第",
    ]);
    expect(cells[1]!.every((c) => c.bold)).toBe(true);
  });
  test("one row per unit, highest 总分 first, in [000]'s published order", () => {
    expect(cells.slice(2, 12).map((r) => r[0]!.value)).toEqual(ORDER_000);
  });
  test("the 平均分 row carries the published averages", () => {
    const avg = cells[12]!;
    expect(avg[0]!.value).toBe("平均分");
    expect(avg.slice(1, 7).map((c) => (c.value as number).toFixed(2))).toEqual(AVERAGES_000);
  });
  test("总分, 排名, 等第 and 平均分 are formulas over the sheet's own cells", () => {
    const first = cells[2]!;
    expect(first[6]!.formula).toBe("=ROUND(SUM(B3:F3),2)");
    expect(first[6]!.value).toBe(103.05);
    expect(first[7]!.formula).toBe("=RANK.EQ(G3,$G$3:$G$12)");
    expect(first[8]!.formula).toBe('=IF(G3="","",IF(G3>=95,"优秀",IF(G3>=85,"良好","")))');
    expect(first[8]!.value).toBe("优秀");
    expect(cells[12]![2]!.formula).toBe("=ROUND(ROUND(AVERAGE(C3:C12),8),2)");
  });
  test("numbers show the scheme's precision", () => {
    expect(cells[2]![1]!.format).toBe("0.00");
    expect(cells[2]![1]!.align).toBe("right");
  });
  test("the link from each row back to its input row is kept", () => {
    expect(table.rowUnits.map((i) => units000()[i]!.name)).toEqual(ORDER_000);
  });
});

describe("a generated input sheet and automatic binding by header", () => {
  const loaded = loadScheme({
    id: "s",
    title: "示例",
    blocks: [
      {
        code: "C",
        name: "产出",
        points: 5,
        children: [
          {
            code: "C11",
            name: "低保补助计划发放率",
            points: 2,
            rule: {
              kind: "rateProportional",
              measure: { kind: "ratio", actual: "实际发放人数", planned: "计划发放人数" },
            },
          },
          {
            code: "D12",
            name: "上级考核情况",
            points: 3,
            criterion: "上级考核为较好的，得满分；一般的，得2分；较差的，不得分。",
            rule: {
              kind: "levels",
              levels: [{ label: "较好" }, { label: "一般", points: 2 }, { label: "较差", points: 0 }],
            },
          },
        ],
      },
    ],
    vetoes: [{ text: "发生重大资金问题" }],
  });
  if (!loaded.ok) throw new Error("scheme");
  const scheme = loaded.scheme;

  test("a key row, a header row in the document's words, drop-downs and the criterion as a note", () => {
    const sheet = inputSheetGrid(scheme, ["虹桥镇"]);
    const [, keys, headers, row] = sheet.grid.cells;
    expect(keys!.map((c) => c.value)).toEqual(["编号", "C11/actual", "C11/planned", "D12", "veto.1"]);
    expect(headers![1]!.value).toBe("C11 低保补助计划发放率：实际发放人数");
    expect(headers![3]!.note).toContain("上级考核为较好的");
    expect(row![3]!.list).toEqual(["较好", "一般", "较差"]);
    expect(row![4]!.list).toEqual(["是", "否"]);
  });

  test("headers are matched by key, by generated header, by id prefix or by an unambiguous name", () => {
    const columns = inputColumns(scheme);
    const m = matchHeaders(columns, [
      "所属街镇",
      "C11 低保补助计划发放率：实际发放人数",
      "c11/planned",
      "上级考核情况",
      "备注",
    ]);
    expect(m.matches.map((x) => [x.index, x.column.key, x.by])).toEqual([
      [1, "C11/actual", "header"],
      [2, "C11/planned", "key"],
      [3, "D12", "name"],
    ]);
    expect(m.unmatched).toEqual([0, 4]);
    expect(m.missing.map((c) => c.key)).toEqual(["veto.1"]);
  });

  test("two headers naming the same input are a conflict, and neither is used", () => {
    const m = matchHeaders(inputColumns(scheme), ["D12", "D12 上级考核情况"]);
    expect(m.conflicts).toEqual([{ key: "D12", indexes: [0, 1] }]);
    expect(m.matches).toEqual([]);
  });
});
