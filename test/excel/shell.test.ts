/**
 * The Office.js shell on the fake Excel host: [000]'s ten rows typed into cells give [000]'s 得分表; bad cells are
 * named and block the write; re-runs update the same region and nothing else; bindings follow inserted rows and
 * columns; a thousand units take two syncs; hand edits are reported before anything is overwritten.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { loadScheme, Scheme } from "../../src/engine";
import { createExcelShell, ExcelShell, RunOutcome, RunResult } from "../../src/excel";
import { put, shown, snapshot } from "../../tools/fake-excel/cells";
import { FakeExcel } from "../../tools/fake-excel";
import { AVERAGES_000, HEADER_000, ORDER_000, scheme000, TABLE_000, units000 } from "../fixtures/doc000";

function written(outcome: RunOutcome): RunResult {
  if (outcome.kind !== "written") throw new Error(`expected a written table, got ${JSON.stringify(outcome)}`);
  return outcome.result;
}

const two = (row: unknown[]) => row.map((v) => (typeof v === "number" ? v.toFixed(2) : v));

/** A sheet "输入" as a clerk keeps it: a header row and [000]'s ten rows, bound by matching its headers. */
async function boundSheet(fake: FakeExcel, shell: ExcelShell, scheme: Scheme, rows = TABLE_000 as unknown[][]) {
  put(fake.book, "输入", "A1", [HEADER_000, ...rows]);
  fake.book.selection = { sheet: "输入", area: { row: 0, col: 0, rows: 1, cols: 6 } };
  const proposal = await shell.proposeBinding(scheme);
  if (!proposal.ok) throw new Error(proposal.message.zh);
  const confirmed = await shell.confirmBinding(scheme, proposal.value);
  if (!confirmed.ok) throw new Error(confirmed.message.zh);
  return proposal.value;
}

describe("a generated input sheet filled with [000]'s figures produces [000]'s 得分表", () => {
  const fake = new FakeExcel();
  put(fake.book, "说明", "A1", [["本工作簿的其他内容"]]);
  const shell = createExcelShell(fake.host);
  let result: RunResult;
  let inputSheet = "";

  beforeAll(async () => {
    const generated = await shell.generateInputSheet(scheme000(), ORDER_000.slice().reverse());
    if (!generated.ok) throw new Error(generated.message.zh);
    inputSheet = generated.value.sheet;
    // The clerk types the published figures under the key row (1 … 5), one unit per row.
    const byName = new Map(units000().map((u) => [u.name, u.values]));
    const typed = ORDER_000.slice()
      .reverse()
      .map((name) => ["1", "2", "3", "4", "5"].map((k) => byName.get(name)![k]));
    put(fake.book, inputSheet, "B4", typed);
    fake.resetCounts();
    result = written(await shell.run());
  });

  test("the input sheet has the key row and the headers, and every column is bound", () => {
    expect(shown(fake.book, inputSheet, "A2:F3")).toEqual([
      ["编号", "1", "2", "3", "4", "5"],
      ["所属街镇", "1 年度重点工作任务", "2 基础评价", "3 专项评价", "4 成效评价", "5 附加评价"],
    ]);
    expect(fake.book.names.get("jx_units")!.ref).toEqual({
      sheet: inputSheet,
      area: { row: 3, col: 0, rows: 10, cols: 1 },
    });
  });

  test("nothing the clerk typed goes into the document settings: no unit name, no figure (issue 7)", () => {
    const stored = JSON.stringify(fake.book.settings);
    expect(stored).toContain("jx_units"); // the registry of bindings is there, and holds only names and addresses
    for (const name of ORDER_000) expect(stored).not.toContain(name);
    for (const figure of ["29.35", "47.4", "103.05", "97.72", "14.85"]) expect(stored).not.toContain(figure);
  });

  test("units in [000]'s published order, highest 总分 first", () => {
    expect(result.table).toEqual({ sheet: "得分表", address: "A1:I13" });
    expect(shown(fake.book, "得分表", "A3:A12").flat()).toEqual(ORDER_000);
  });

  test("the 平均分 row Excel computes is [000]'s: 6.36 / 27.79 / 45.93 / 14.59 / 3.05 / 97.72", () => {
    const averages = shown(fake.book, "得分表", "A13:G13")[0]!;
    expect(averages[0]).toBe("平均分");
    expect(two(averages.slice(1))).toEqual(AVERAGES_000);
    expect(fake.book.requireSheet("得分表").cell(12, 1)!.format).toBe("0.00");
  });

  test("8 units at ≥ 95 are 优秀 and 2 at ≥ 85 良好, as [000] reports; 新泾 103.05 ranks first", () => {
    const grades = shown(fake.book, "得分表", "I3:I12").flat();
    expect(grades.filter((g) => g === "优秀")).toHaveLength(8);
    expect(grades.filter((g) => g === "良好")).toHaveLength(2);
    expect(two(shown(fake.book, "得分表", "A3:H3")[0]!)).toEqual([
      "新泾",
      "6.70",
      "29.35",
      "47.40",
      "14.60",
      "5.00",
      "103.05",
      "1.00",
    ]);
  });

  test("title merged across the table, bold header, thin borders around every cell of the table", () => {
    const sheet = fake.book.requireSheet("得分表");
    expect(sheet.merges).toContainEqual({ row: 0, col: 0, rows: 1, cols: 9 });
    expect(sheet.cell(1, 3)!.bold).toBe(true);
    expect([...sheet.cell(5, 4)!.borders!].sort()).toEqual(["bottom", "left", "right", "top"]);
    expect(sheet.cell(4, 0)!.align).toBe("Center");
    expect(sheet.cell(4, 2)!.align).toBe("Right");
    expect(sheet.frozenRows).toBe(2);
  });

  test("Excel's computed 总分, 排名, 等第 and 平均分 agree with the engine; two syncs in all", () => {
    expect(result.differences).toEqual([]);
    expect(fake.syncs).toHaveLength(2);
  });

  test("the other sheet is untouched", () => {
    expect(shown(fake.book, "说明", "A1")).toEqual([["本工作簿的其他内容"]]);
  });
});

describe("bad input blocks the write and names the cell", () => {
  test("天山's 基础评价 typed as 29.1.3 is reported at 输入!C5 and nothing is written", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    await boundSheet(fake, shell, scheme000());
    put(fake.book, "输入", "C5", [["29.1.3"]]);
    put(fake.book, "输入", "F8", [["两分"]]);
    const before = fake.book.sheets.map((s) => snapshot(fake.book, s.name));
    fake.resetCounts();
    const outcome = await shell.run();
    if (outcome.kind !== "inputErrors") throw new Error(outcome.kind);
    expect(outcome.problems.map((p) => `${p.at!.sheet}!${p.at!.address}`)).toEqual(["输入!C5", "输入!F8"]);
    expect(outcome.problems[0]!.message.zh).toContain("天山 · 2 基础评价");
    expect(outcome.problems[0]!.message.zh).toContain("29.1.3");
    expect(outcome.problems[0]!.message.en).toContain("天山");
    expect(fake.book.sheet("得分表")).toBeUndefined();
    expect(fake.book.sheets.map((s) => snapshot(fake.book, s.name))).toEqual(before);
    expect(fake.syncs).toHaveLength(1);
  });

  test("a row with figures but no unit name, and a repeated name, are named by cell", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    await boundSheet(fake, shell, scheme000());
    put(fake.book, "输入", "A3", [[""]]);
    put(fake.book, "输入", "A6", [["新泾"]]);
    const outcome = await shell.run();
    if (outcome.kind !== "inputErrors") throw new Error(outcome.kind);
    expect(outcome.problems.map((p) => [p.at!.address, p.message.code])).toEqual([
      ["A3", "no-unit-name"],
      ["A6", "duplicate-unit"],
    ]);
  });
});

describe("re-running after a correction updates the same 得分表 and nothing else", () => {
  test("same sheet, same region; other sheets and other cells unchanged; a shorter table leaves no rows behind", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    put(fake.book, "说明", "A1", [["其他工作表"]]);
    await boundSheet(fake, shell, scheme000());
    put(fake.book, "输入", "C5", [["29.1.3"]]);
    expect((await shell.run()).kind).toBe("inputErrors");

    put(fake.book, "输入", "C5", [[29.13]]);
    const first = written(await shell.run());
    expect(first.table).toEqual({ sheet: "得分表", address: "A1:I13" });
    put(fake.book, "得分表", "K2", [["备注：已核对"]]);
    const others = ["说明", "输入"].map((s) => snapshot(fake.book, s));
    const sheetCount = fake.book.sheets.length;

    // The correction: 新泾's 附加评价 was 4, not 5.
    put(fake.book, "输入", "F2", [[4]]);
    const others2 = ["说明", "输入"].map((s) => snapshot(fake.book, s));
    const second = written(await shell.run());
    expect(second.table).toEqual(first.table);
    expect(fake.book.sheets).toHaveLength(sheetCount);
    expect(["说明", "输入"].map((s) => snapshot(fake.book, s))).toEqual(others2);
    expect(others2[0]).toBe(others[0]);
    expect(shown(fake.book, "得分表", "K2")).toEqual([["备注：已核对"]]);
    // 6.70 + 29.35 + 47.40 + 14.60 + 4.00 = 102.05: 江苏 (102.78) moves up to first, 新泾 second.
    expect(shown(fake.book, "得分表", "A3:A4").flat()).toEqual(["江苏", "新泾"]);
    expect(two(shown(fake.book, "得分表", "A4:H4")[0]!)).toEqual([
      "新泾",
      "6.70",
      "29.35",
      "47.40",
      "14.60",
      "4.00",
      "102.05",
      "2.00",
    ]);

    // 仙霞 is taken out: nine rows, the old 平均分 row is cleared, formats and all.
    put(fake.book, "输入", "A11:F11", [["", "", "", "", "", ""]]);
    const third = written(await shell.run());
    expect(third.table).toEqual({ sheet: "得分表", address: "A1:I12" });
    expect(shown(fake.book, "得分表", "A12")).toEqual([["平均分"]]);
    expect(shown(fake.book, "得分表", "A13:I13")).toEqual([["", "", "", "", "", "", "", "", ""]]);
    expect(fake.book.requireSheet("得分表").cell(12, 3)?.borders ?? new Set()).toEqual(new Set());
    expect(shown(fake.book, "得分表", "K2")).toEqual([["备注：已核对"]]);
  });
});

describe("bindings follow the data", () => {
  test("rows inserted above and inside the data, and a column inserted before it, still bind the right cells", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    await boundSheet(fake, shell, scheme000());
    fake.book.insertRows("输入", 0, 2);
    fake.book.insertRows("输入", 6, 1);
    fake.book.insertColumns("输入", 0, 1);
    // A unit added in the inserted row, in the shifted columns B…G.
    put(fake.book, "输入", "B7", [["测试街", 1, 2, 3, 4, 0]]);
    const result = written(await shell.run());
    const names = shown(fake.book, "得分表", "A3:A13").flat();
    expect(names.slice(0, 10)).toEqual(ORDER_000);
    expect(names[10]).toBe("测试街");
    const tianshan = shown(fake.book, "得分表", "A6:G6")[0]!;
    expect(two(tianshan)).toEqual(["天山", "6.80", "29.13", "47.25", "14.60", "3.80", "101.58"]);
    expect(result.units).toHaveLength(11);
  });

  test("bindings survive closing and reopening the workbook, and so does the marker of the 得分表", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    await boundSheet(fake, shell, scheme000());
    written(await shell.run());
    const reopened = fake.reopen();
    const again = createExcelShell(reopened.host);
    const state = await again.state();
    expect(state.scheme?.id).toBe("cn-000");
    expect(state.bindings.find((b) => b.key === "2")?.address).toBe("输入!C2:C11");
    put(reopened.book, "得分表", "C4", [[1]]);
    const outcome = await again.run();
    expect(outcome).toEqual({ kind: "handEdits", cells: [{ sheet: "得分表", address: "C4" }], resized: false });
  });

  test("a deleted binding name is reported by input key", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    await boundSheet(fake, shell, scheme000());
    fake.book.names.delete("jx_3");
    const outcome = await shell.run();
    expect(outcome.kind).toBe("bindingsLost");
    if (outcome.kind === "bindingsLost") expect(outcome.keys).toEqual(["3"]);
  });

  test("a deleted 得分表 sheet is written afresh", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    await boundSheet(fake, shell, scheme000());
    written(await shell.run());
    fake.book.deleteSheet("得分表");
    const result = written(await shell.run());
    expect(result.table).toEqual({ sheet: "得分表", address: "A1:I13" });
  });

  test("binding the selection: unit names come from the first column of the same rows", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    const scheme = scheme000();
    put(fake.book, "数据", "A1", [HEADER_000, ...TABLE_000]);
    for (const [key, col] of [
      ["1", 1],
      ["2", 2],
      ["3", 3],
      ["4", 4],
      ["5", 5],
    ] as const) {
      fake.book.selection = { sheet: "数据", area: { row: 1, col, rows: 10, cols: 1 } };
      const bound = await shell.bindSelection(scheme, key);
      if (!bound.ok) throw new Error(bound.message.zh);
    }
    expect(fake.book.names.get("jx_units")!.ref!.area).toEqual({ row: 1, col: 0, rows: 10, cols: 1 });
    fake.book.selection = { sheet: "数据", area: { row: 2, col: 3, rows: 10, cols: 1 } };
    const wrong = await shell.bindSelection(scheme, "3");
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.message.zh).toContain("第2–11行");
    const result = written(await shell.run());
    expect(shown(fake.book, "得分表", "A3:A12").flat()).toEqual(ORDER_000);
    expect(result.differences).toEqual([]);
  });

  test("automatic binding proposes what each header names, and leaves the rest for the user", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    put(fake.book, "数据", "A1", [
      ["所属街镇", "1", "基础评价", "3 专项评价（48分）", "备注", "附加评价"],
      ["新泾", 6.7, 29.35, 47.4, "", 5],
    ]);
    fake.book.selection = { sheet: "数据", area: { row: 0, col: 0, rows: 1, cols: 6 } };
    const proposal = await shell.proposeBinding(scheme000());
    if (!proposal.ok) throw new Error(proposal.message.zh);
    expect(proposal.value.matches.map((m) => [m.key, m.by, m.address])).toEqual([
      ["1", "key", "数据!B2"],
      ["2", "name", "数据!C2"],
      ["3", "id-prefix", "数据!D2"],
      ["5", "name", "数据!F2"],
    ]);
    expect(proposal.value.unmatched).toEqual([{ header: "备注", address: "数据!E2" }]);
    expect(proposal.value.missing.map((m) => m.key)).toEqual(["4"]);
    // Nothing is bound until the user confirms.
    expect(fake.book.names.size).toBe(0);
  });

  test("a whole header row selected reads the headers up to the last used column", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    put(fake.book, "数据", "A1", [HEADER_000, ...TABLE_000]);
    fake.book.selection = { sheet: "数据", area: { row: 0, col: 0, rows: 1, cols: 16384 } };
    const proposal = await shell.proposeBinding(scheme000());
    if (!proposal.ok) throw new Error(proposal.message.zh);
    expect(proposal.value.matches).toHaveLength(5);
    expect(proposal.value.unmatched).toEqual([]);
    expect(proposal.value.units).toBe("数据!A2:A11");
  });
});

describe("size: two syncs for a thousand units, and split writes only above the request budget", () => {
  const rows = Array.from({ length: 1000 }, (_, i) => {
    const [, ...scores] = TABLE_000[i % 10]!;
    return [`单位${String(i + 1).padStart(4, "0")}`, ...scores];
  });

  test("1,000 units: one sync to read, one to write and read back, each request under 4 MB", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    await boundSheet(fake, shell, scheme000(), rows);
    fake.resetCounts();
    const result = written(await shell.run());
    expect(fake.syncs).toHaveLength(2);
    expect(fake.syncs.every((s) => s.bytes < 4 * 1024 * 1024)).toBe(true);
    expect(result.differences).toEqual([]);
    // A hundred copies of [000]'s rows have [000]'s averages.
    expect(two(shown(fake.book, "得分表", "B1003:G1003")[0]!)).toEqual(AVERAGES_000);
  });

  test("with a lower budget the rows go in several requests, each within it, and the table is the same", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host, { maxRequestBytes: 150_000 });
    await boundSheet(fake, shell, scheme000(), rows);
    fake.resetCounts();
    written(await shell.run());
    expect(fake.syncs.length).toBeGreaterThan(2);
    expect(fake.syncs.every((s) => s.bytes <= 150_000)).toBe(true);
    expect(two(shown(fake.book, "得分表", "B1003:G1003")[0]!)).toEqual(AVERAGES_000);
  });

  test("5,000 units still take two syncs", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    const many = Array.from({ length: 5 }, (_, k) => rows.map(([name, ...s]) => [`${String(name)}-${k}`, ...s])).flat();
    await boundSheet(fake, shell, scheme000(), many);
    fake.resetCounts();
    written(await shell.run());
    expect(fake.syncs).toHaveLength(2);
    expect(fake.syncs.every((s) => s.bytes < 4 * 1024 * 1024)).toBe(true);
  }, 30_000);
});

describe("hand edits in the 得分表 are reported before anything is overwritten", () => {
  test("an edited block score is named; nothing is written until the user agrees", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    await boundSheet(fake, shell, scheme000());
    written(await shell.run());
    put(fake.book, "得分表", "B3", [[7]]);
    const before = snapshot(fake.book, "得分表");
    const outcome = await shell.run();
    expect(outcome).toEqual({ kind: "handEdits", cells: [{ sheet: "得分表", address: "B3" }], resized: false });
    expect(snapshot(fake.book, "得分表")).toBe(before);
    written(await shell.run({ overwrite: true }));
    expect(shown(fake.book, "得分表", "B3")).toEqual([[6.7]]);
  });

  test("rows inserted into the table by hand are reported as a resized table", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    await boundSheet(fake, shell, scheme000());
    written(await shell.run());
    fake.book.insertRows("得分表", 4, 1);
    expect(await shell.run()).toEqual({ kind: "handEdits", cells: [], resized: true });
    written(await shell.run({ overwrite: true }));
    expect(shown(fake.book, "得分表", "A13")).toEqual([["平均分"]]);
    expect(shown(fake.book, "得分表", "A14")).toEqual([[""]]);
  });

  test("content below the table blocks a longer table rather than being overwritten", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    await boundSheet(fake, shell, scheme000(), TABLE_000.slice(0, 9));
    written(await shell.run());
    // Right under the nine-unit table, where the tenth unit's row would push the 平均分 row.
    put(fake.book, "得分表", "B13", [["制表人：张三"]]);
    put(fake.book, "输入", "A11", [TABLE_000[9]!]);
    // The binding covered nine rows; the tenth unit is bound by binding the columns again.
    fake.book.selection = { sheet: "输入", area: { row: 0, col: 0, rows: 1, cols: 6 } };
    const proposal = await shell.proposeBinding(scheme000());
    if (!proposal.ok) throw new Error("proposal");
    await shell.confirmBinding(scheme000(), proposal.value);
    const outcome = await shell.run();
    expect(outcome).toEqual({ kind: "blocked", cells: [{ sheet: "得分表", address: "B13" }] });
    expect(shown(fake.book, "得分表", "B13")).toEqual([["制表人：张三"]]);
  });
});

describe("the single-unit 指标得分表 of [004] (表3-2), on its own sheet", () => {
  const fixtures = join(__dirname, "..", "fixtures");
  const loaded = loadScheme(JSON.parse(readFileSync(join(fixtures, "hongqiao-cd.scheme.json"), "utf8")));
  if (!loaded.ok) throw new Error("fixture");
  const scheme = loaded.scheme;
  const input = JSON.parse(readFileSync(join(fixtures, "hongqiao-cd.input.json"), "utf8")) as {
    units: { name: string; values: Record<string, unknown> }[];
  };

  test("虹桥镇's inputs typed into a generated sheet give 表3-2's scores, and the table is written in two syncs", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    const generated = await shell.generateInputSheet(scheme, ["虹桥镇"]);
    if (!generated.ok) throw new Error("generate");
    const sheet = generated.value.sheet;
    const keys = shown(fake.book, sheet, "B2:AZ2")[0]!.filter((k) => k !== "") as string[];
    const values = input.units[0]!.values;
    const typed = keys.map((key) => {
      const [id, slot] = key.split("/") as [string, string | undefined];
      const raw = values[id];
      if (slot === undefined) return raw;
      if (Array.isArray(raw)) return raw[Number(slot) - 1];
      return (raw as Record<string, unknown>)[slot];
    });
    put(fake.book, sheet, "B4", [typed]);
    const result = written(await shell.run());
    fake.resetCounts();
    const outcome = await shell.writeIndicatorTable(result, 0);
    expect(outcome).toEqual({
      kind: "written",
      table: { sheet: "虹桥镇指标得分表", address: expect.stringMatching(/^A1:H\d+$/) },
    });
    expect(fake.syncs).toHaveLength(2);

    const table = shown(fake.book, "虹桥镇指标得分表", "A1:H30");
    expect(table[1]).toEqual(["一级指标", "权重", "二级指标", "三级指标", "分值", "业绩值", "得分", "评分依据"]);
    const row = (code: string) => table.find((r) => String(r[3]).startsWith(`${code} `))!;
    expect(row("C11").slice(3, 7)).toEqual(["C11 低保补助计划发放率", 2, "实际发放人数 358；计划发放人数 440", 1.63]);
    expect(row("C11")[7]).toBe("低保补助计划发放率81.36%（358/440），得81.36%权重分，故该项指标得分为1.63分");
    expect(row("C12")[6]).toBe(1.84);
    expect(row("C13")[6]).toBe(2.8);
    expect(row("D11")[6]).toBe(2.35);
    expect(row("D21")[6]).toBe(3.68);
    expect(table[2]!.slice(0, 3)).toEqual(["C 产出（30分）", "50%", "C1 产出数量（10分）"]);
    // 一级指标 C spans its twelve rows, C1 its four.
    const merges = fake.book.requireSheet("虹桥镇指标得分表").merges;
    expect(merges).toContainEqual({ row: 2, col: 0, rows: 12, cols: 1 });
    expect(merges).toContainEqual({ row: 2, col: 2, rows: 4, cols: 1 });
    const total = table.find((r) => r[0] === "合计")!;
    expect(total[4]).toBe(60);

    // Asked again, the same sheet is rewritten in place.
    const again = await shell.writeIndicatorTable(result, 0);
    expect(again.kind).toBe("written");
    expect(fake.book.sheets.filter((s) => s.name.includes("指标得分表"))).toHaveLength(1);

    // Its sheet deleted by the user, the table is written afresh.
    fake.book.deleteSheet("虹桥镇指标得分表");
    expect((await shell.writeIndicatorTable(result, 0)).kind).toBe("written");
    expect(shown(fake.book, "虹桥镇指标得分表", "A2")).toEqual([["一级指标"]]);
  });
});
