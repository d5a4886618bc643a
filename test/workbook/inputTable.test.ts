import { evaluate, inputColumns, loadScheme } from "../../src/engine";
import { CellFormats, errorCell, FormatKind, inputSheetGrid, readInputTable, SheetCell } from "../../src/workbook";
import { HEADER_000, scheme000, TABLE_000 } from "../fixtures/doc000";

function read(rows: SheetCell[][], strict = false) {
  return readInputTable(inputColumns(scheme000()), rows, { strict });
}

function table(rows: SheetCell[][]) {
  const r = read(rows);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.table;
}

describe("reading [000]'s 附件1 as a clerk keeps it: unit names down the first column, blocks by name", () => {
  test("under a title row, the header row is found and every unit row read, numbers as typed", () => {
    const t = table([["2021 年度各街镇社会救助工作绩效评价得分表"], HEADER_000, ...TABLE_000]);
    expect(t.headerRow).toBe(1);
    expect(t.units.map((u) => u.name)).toEqual(TABLE_000.map((r) => r[0]));
    expect(t.units[0]!.values).toEqual({ "1": 6.7, "2": 29.35, "3": 47.4, "4": 14.6, "5": 5 });
    expect(t.unitRows[0]).toBe(2);
  });

  test("新泾's 5.00 under 附加评价 (whose id is 5) is an input, not a second header row", () => {
    const t = table([HEADER_000, ...TABLE_000]);
    expect(t.units[0]!.name).toBe("新泾");
  });

  test("the table runs to its last row: 天山 after an empty row is read, 合计 and the note are listed, not units", () => {
    const t = table([
      [...HEADER_000, "备注"],
      [...TABLE_000[0]!, "试点"],
      [...TABLE_000[1]!],
      [],
      [null, null, null, null, null, null, "空行的备注不是数据"],
      [...TABLE_000[3]!],
      ["合 计", 1, 2, 3, 4, 5],
      ["注：成效评价由区民政局评定"],
      ["填表人：张三"],
    ]);
    expect(t.units.map((u) => u.name)).toEqual(["新泾", "江苏", "天山"]);
    expect(t.unitRows).toEqual([1, 2, 5]);
    expect(t.notUnits).toEqual([
      { row: 6, col: 0, message: "“合 计”是合计或平均行，不是单位，未计算" },
      { row: 7, col: 0, message: "“注：成效评价由区民政局评定”是注释，不是单位" },
      { row: 8, col: 0, message: "“填表人：张三”是注释，不是单位" },
    ]);
    expect(t.matching.unmatched).toEqual([0, 6]);
  });

  test("a row of figures without a unit name is an error naming the row", () => {
    const r = read([HEADER_000, [...TABLE_000[0]!], [], ["", 1, 2, 3, 4, 5], [...TABLE_000[1]!]]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toEqual([
        { row: 3, col: 0, message: "第 4 行有数据，但没有单位名称：请填写单位名称，或删去这一行的数据" },
      ]);
    }
  });

  test("blank input cells are left out, so the engine sees a missing leaf", () => {
    const t = table([HEADER_000, ["新泾", 6.7, null, "", 14.6, 5]]);
    expect(t.units[0]!.values).toEqual({ "1": 6.7, "3": "", "4": 14.6, "5": 5 });
    expect(evaluate(scheme000(), t.units).units[0]!.missing).toEqual(["2", "3"]);
  });
});

describe("a generated 录入表 reads back: title, a row of keys, a row of names, then the units", () => {
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
          { code: "C31", name: "低保补助完成及时率", points: 3, rule: { kind: "rateProportional" } },
        ],
      },
    ],
  });
  if (!loaded.ok) throw new Error("scheme");
  const scheme = loaded.scheme;
  const columns = inputColumns(scheme);
  const generated = inputSheetGrid(scheme, ["虹桥镇", "新泾镇"]).grid.cells.map((row) => row.map((c) => c.value));
  generated[3]!.splice(1, 3, 358, 440, 1);
  generated[4]!.splice(1, 3, 400, 440, 0.95);

  test("the key row binds, the row of names under it is skipped, both units are read", () => {
    const r = readInputTable(columns, generated);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.table.headerRow).toBe(1);
    expect(r.table.firstUnitRow).toBe(3);
    expect(r.table.units).toEqual([
      { name: "虹桥镇", values: { C11: { actual: 358, planned: 440 }, C31: 1 } },
      { name: "新泾镇", values: { C11: { actual: 400, planned: 440 }, C31: 0.95 } },
    ]);
  });

  test("an engine error on one part names that part's cell: 新泾镇's planned count is column C of row 5", () => {
    const rows = generated.map((row) => [...row]);
    rows[4]![2] = "四百四十";
    const r = readInputTable(columns, rows);
    if (!r.ok) throw new Error("read");
    const evaluation = evaluate(scheme, r.table.units);
    expect(evaluation.errors).toHaveLength(1);
    expect(errorCell(r.table, evaluation.errors[0]!)).toEqual({ row: 4, col: 2 });
  });
});

describe("problems name the cell, and nothing is read while one stands", () => {
  test("a sheet without a header row naming any input", () => {
    const r = read([
      ["单位", "得分"],
      ["新泾", 1],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toContain("没有一行表头能对应方案的输入");
  });

  test("two headers naming the same input: both cells, since which one was meant cannot be told", () => {
    const r = read([
      ["所属街镇", "基础评价", "2"],
      ["新泾", 29.35, 29.35],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => [p.row, p.col])).toEqual([
        [0, 1],
        [0, 2],
      ]);
  });

  test("a unit named twice", () => {
    const r = read([HEADER_000, [...TABLE_000[0]!], [...TABLE_000[0]!]]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ row: 2, col: 0, message: "单位名称“新泾”与第 2 行重复" }]);
  });

  test("--strict: an input without a column is a problem over the header row", () => {
    const r = read([HEADER_000.slice(0, 5), ["新泾", 6.7, 29.35, 47.4, 14.6]], true);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]).toMatchObject({ row: 0, col: 0, toRow: 0, toCol: 4 });
      expect(r.problems[0]!.message).toContain("5 附加评价");
    }
  });

  test("an unreadable cell counts only where an input is read from it", () => {
    const unreadable = { unreadable: "公式没有保存计算结果" };
    const ok = read([
      [...HEADER_000, "备注"],
      [...TABLE_000[0]!, unreadable],
    ]);
    expect(ok.ok).toBe(true);
    const bad = read([HEADER_000, ["新泾", 6.7, unreadable, 47.4, 14.6, 5]]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems).toEqual([{ row: 1, col: 2, message: "公式没有保存计算结果" }]);
  });
});

describe("ids typed as numbers", () => {
  test("a header row of the ids 1 … 5, which Excel stores as numbers, binds", () => {
    const t = table([["所属街镇", 1, 2, 3, 4, 5], [...TABLE_000[0]!]]);
    expect(t.units[0]!.values).toEqual({ "1": 6.7, "2": 29.35, "3": 47.4, "4": 14.6, "5": 5 });
  });
});

describe("a number's cell format counts ([000]: 成效评价 is points, C31 a rate)", () => {
  /** Formats by "row,col". */
  const formatted =
    (cells: Record<string, FormatKind>): CellFormats =>
    (row, col) =>
      cells[`${row},${col}`] ?? "number";

  test("85% typed under 成效评价 (stored 0.85 with a percent format) is an error naming the cell, not 0.85 points", () => {
    const rows = [HEADER_000, ...TABLE_000.map((r) => [...r] as SheetCell[])];
    rows[5]![4] = 0.85;
    const r = readInputTable(inputColumns(scheme000()), rows, { formats: formatted({ "5,4": "percent" }) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toEqual([
        {
          row: 5,
          col: 4,
          message: "北新泾 · 成效评价是分数，单元格是百分数 85%：请改为常规格式，填写分数",
        },
      ]);
    }
  });

  test("the same 0.85 without a percent format is read as typed (0.85 points, the clerk's own number)", () => {
    const rows = [HEADER_000, ["北新泾", 7, 29.15, 47.35, 0.85, 3.4]];
    expect(table(rows).units[0]!.values["4"]).toBe(0.85);
  });

  test("a date or an amount of money under a points column is an error naming the cell", () => {
    const rows: SheetCell[][] = [
      HEADER_000,
      ["新泾", 44352, 29.35, 47.4, 14.6, 5],
      ["江苏", 6.5, 29.33, 47.7, 14.85, 4.4],
    ];
    const r = readInputTable(inputColumns(scheme000()), rows, {
      formats: formatted({ "1,1": "date", "2,3": "currency" }),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toEqual([
        { row: 1, col: 1, message: "新泾 · 年度重点工作任务是分数，单元格是日期格式：请改为常规格式，填写分数" },
        { row: 2, col: 3, message: "江苏 · 专项评价是分数，单元格是货币格式（47.7）：请改为常规格式，填写分数" },
      ]);
    }
  });

  test("a number stored as text is read, its cell listed as a warning", () => {
    const t = table([HEADER_000, ["新泾", "6.7", 29.35, 47.4, 14.6, 5]]);
    expect(t.units[0]!.values["1"]).toBe("6.7");
    expect(t.warnings).toEqual([
      { row: 1, col: 1, message: "新泾 · 年度重点工作任务：数字 6.7 以文本形式存储，已按数值读取" },
    ]);
    expect(evaluate(scheme000(), t.units).units[0]!.scores.get("1")?.toString()).toBe("6.7");
  });
});
