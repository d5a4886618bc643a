/**
 * The 指标体系 sheets on the fake Excel host: written empty or from a scheme, never over a sheet holding anything; a
 * scheme typed into them is read back and stored with the workbook; a broken 分值 is named at its cell and nothing
 * is stored; read again after edits, the changes are listed and the bindings of changed leaves are kept (under the
 * leaf's new 编号) only when the clerk says so.
 */
import { loadScheme, SchemeInput } from "../../src/engine";
import { createExcelShell, ExcelShell, SchemeSheetsOutcome } from "../../src/excel";
import { SETTINGS_KEY } from "../../src/excel/registry";
import { put, shown, snapshot } from "../../tools/fake-excel/cells";
import { FakeExcel } from "../../tools/fake-excel";
import {
  clearRows as clearRowsIn,
  INFO,
  NODES,
  ROWS,
  typeClerkScheme,
  Typed,
  typeRow as typeRowIn,
} from "../fixtures/clerkScheme";

/** The fixture's helpers over this test's fake workbook. */
const typeRow = (fake: FakeExcel, sheet: string, row: number, values: Typed) =>
  typeRowIn(fake.book, sheet, row, values);
const clearRows = (fake: FakeExcel, sheet: string, from: number, to: number) => clearRowsIn(fake.book, sheet, from, to);
const typeScheme = (fake: FakeExcel) => typeClerkScheme(fake.book);

function read(outcome: SchemeSheetsOutcome) {
  if (outcome.kind !== "read") throw new Error(JSON.stringify(outcome.problems.map((p) => p.message.zh)));
  return outcome.read;
}

function problems(outcome: SchemeSheetsOutcome): string[] {
  if (outcome.kind !== "problems") throw new Error("read without problems");
  return outcome.problems.map((p) => `${p.at.sheet}!${p.at.address}：${p.message.zh}`);
}

function registryOf(fake: FakeExcel) {
  return fake.book.settings[SETTINGS_KEY] as {
    scheme?: SchemeInput;
    bindings: Record<string, string>;
    reported: Record<string, string>;
  };
}

async function authored(): Promise<{ fake: FakeExcel; shell: ExcelShell }> {
  const fake = new FakeExcel();
  fake.book.addSheet("Sheet1");
  const shell = createExcelShell(fake.host);
  const written = await shell.writeSchemeSheets();
  if (!written.ok) throw new Error(written.message.zh);
  typeScheme(fake);
  return { fake, shell };
}

describe("writing the 指标体系 sheets", () => {
  test("新建方案 writes the three sheets empty, with their headers and drop-downs, in one sync after the look", async () => {
    const fake = new FakeExcel();
    fake.book.addSheet("Sheet1");
    const shell = createExcelShell(fake.host);
    const written = await shell.writeSchemeSheets();
    expect(written).toEqual({ ok: true, value: { sheets: [NODES, ROWS, INFO] } });
    expect(fake.book.sheets.map((s) => s.name)).toEqual(["Sheet1", NODES, ROWS, INFO]);
    expect(shown(fake.book, NODES, "A1:D1")).toEqual([["编号", "层级", "名称", "分值"]]);
    expect(shown(fake.book, INFO, "A2:A3")).toEqual([["方案编号"], ["名称"]]);
    expect(fake.book.activeSheet).toBe(NODES);
    // One sync for the workbook's sheets, one for the three sheets' contents.
    expect(fake.syncs).toHaveLength(2);
  });

  test("a copy of a scheme reads back as that scheme", async () => {
    const { fake, shell } = await authored();
    const scheme = read(await shell.readSchemeSheets()).scheme;
    const copy = new FakeExcel();
    copy.book.addSheet("Sheet1");
    const other = createExcelShell(copy.host);
    expect((await other.writeSchemeSheets(scheme.input)).ok).toBe(true);
    expect(shown(copy.book, NODES, "C2:C6")).toEqual(shown(fake.book, NODES, "C2:C6"));
    const again = read(await other.readSchemeSheets()).scheme;
    expect(again.input).toEqual(scheme.input);
  });

  test("a sheet of one of the names holding anything is never written over: refused, naming it", async () => {
    const fake = new FakeExcel();
    put(fake.book, ROWS, "B7", [["我的笔记"]]);
    fake.book.addSheet(NODES); // empty: may be used
    const before = snapshot(fake.book, ROWS);
    const shell = createExcelShell(fake.host);
    const written = await shell.writeSchemeSheets();
    if (written.ok) throw new Error("written over a sheet with content");
    expect(written.message.zh).toContain("工作簿中已有工作表“档次与要素”且不是空的");
    expect(written.message.zh).not.toContain(NODES);
    expect(snapshot(fake.book, ROWS)).toBe(before);
    expect(fake.book.sheet(INFO)).toBeUndefined();
    expect(shown(fake.book, NODES, "A1")).toEqual([[""]]);
  });

  test("an empty sheet of the name is used rather than a second one", async () => {
    const fake = new FakeExcel();
    fake.book.addSheet(NODES);
    const shell = createExcelShell(fake.host);
    expect((await shell.writeSchemeSheets()).ok).toBe(true);
    expect(fake.book.sheets.map((s) => s.name)).toEqual([NODES, ROWS, INFO]);
    expect(shown(fake.book, NODES, "A1")).toEqual([["编号"]]);
  });
});

describe("reading the 指标体系 sheets", () => {
  test("the scheme typed is read and stored with the workbook, as a bound scheme is", async () => {
    const { fake, shell } = await authored();
    fake.resetCounts();
    const outcome = read(await shell.readSchemeSheets());
    expect(outcome.changes).toBeUndefined();
    expect(outcome.affected).toEqual([]);
    expect(outcome.scheme.id).toBe("mini-2024");
    expect(outcome.scheme.leaves.map((l) => `${l.id} ${l.name}`)).toEqual([
      "1.1 工作经费保障",
      "1.2 规范审核确认工作",
      "2.1 档案管理",
    ]);
    // The sheets, their used ranges, their values: three syncs, whatever the number of rows.
    expect(fake.syncs).toHaveLength(3);
    expect(registryOf(fake).scheme?.id).toBe("mini-2024");
    const state = await shell.state();
    expect(state.scheme?.title).toBe("某区 2024 年社会救助工作绩效评价");
    // Saved with the file: the workbook opened again knows its scheme.
    expect((await createExcelShell(fake.reopen().host).state()).scheme?.id).toBe("mini-2024");
  });

  test("a broken 分值 is named at its cell, and nothing is stored", async () => {
    const { fake, shell } = await authored();
    typeRow(fake, NODES, 2, { 分值: 5 });
    const outcome = await shell.readSchemeSheets();
    expect(problems(outcome)).toContain("指标体系!D2：1 工作保障：下级指标分值合计 4，与本级分值 5 不符");
    if (outcome.kind === "problems") {
      await shell.selectCell(outcome.problems[0]!.at);
      expect(fake.book.selection).toEqual({ sheet: NODES, area: { row: 1, col: 3, rows: 1, cols: 1 } });
    }
    expect(fake.book.settings[SETTINGS_KEY]).toBeUndefined();
  });

  test("missing sheets are named, all at once", async () => {
    const fake = new FakeExcel();
    fake.book.addSheet("Sheet1");
    const outcome = await createExcelShell(fake.host).readSchemeSheets();
    expect(problems(outcome)).toEqual(["指标体系!A1：缺少工作表“指标体系”", "方案信息!A1：缺少工作表“方案信息”"]);
  });

  test("a sheet used far beyond what a scheme needs is refused", async () => {
    const { fake, shell } = await authored();
    put(fake.book, ROWS, "C9000", [["x"]]);
    expect(problems(await shell.readSchemeSheets())).toEqual([
      "档次与要素!A1：工作表“档次与要素”过大：最多 5000 行、200 列",
    ]);
  });

  test("a built-in scheme's id on other content is refused at the 方案编号 cell", async () => {
    const { fake, shell } = await authored();
    const builtin: SchemeInput = {
      id: "mini-2024",
      title: "内置",
      blocks: [{ name: "甲", points: 7, rule: { kind: "manual" } }],
    };
    const outcome = await shell.readSchemeSheets(async (id) => (id === builtin.id ? builtin : undefined));
    expect(problems(outcome)).toEqual([
      "方案信息!C2：方案编号 mini-2024 是内置方案的编号，但内容与内置方案不同：请在“方案信息”中改用另一个方案编号",
    ]);
    expect(fake.book.settings[SETTINGS_KEY]).toBeUndefined();
    // The same content under the same id is that scheme.
    const same = read(await shell.readSchemeSheets()).scheme.input;
    expect(read(await shell.readSchemeSheets(async () => same)).scheme.id).toBe("mini-2024");
  });
});

describe("reading again after edits", () => {
  /** The authored scheme read, an input sheet generated for it (every input bound), for units 甲 and 乙. */
  async function bound() {
    const { fake, shell } = await authored();
    const scheme = read(await shell.readSchemeSheets()).scheme;
    const generated = await shell.generateInputSheet(scheme, ["甲", "乙"]);
    if (!generated.ok) throw new Error(generated.message.zh);
    return { fake, shell, scheme, sheet: generated.value.sheet };
  }

  test("changes are listed; the binding of a leaf scored by another rule is asked about, and removed when not kept", async () => {
    const { fake, shell } = await bound();
    expect(Object.keys(registryOf(fake).bindings).sort()).toEqual(["1.1", "1.2", "2.1", "@units"]);
    typeRow(fake, ROWS, 2, { 每例分值: 1 });
    typeRow(fake, NODES, 6, { 名称: "档案管理规范" });
    const again = read(await shell.readSchemeSheets());
    expect(again.changes?.map((c) => c.zh)).toEqual([
      "1.2 规范审核确认工作：评分规则已修改",
      "2.1 档案管理：名称“档案管理”→“档案管理规范”",
    ]);
    expect(again.affected).toEqual([
      {
        key: "1.2",
        reported: false,
        label: "1.2 规范审核确认工作（违反流程，例）",
        address: expect.stringMatching(/!C4:C5$/),
        keepable: true,
      },
    ]);
    // Not stored until the clerk answers.
    expect(registryOf(fake).scheme?.blocks[0]?.children?.[1]?.rule).toMatchObject({ terms: [{ per: 0.5 }] });
    const nameOf12 = registryOf(fake).bindings["1.2"]!;
    const stored = await shell.storeScheme(again.scheme, false);
    expect(stored.removed.map((b) => b.key)).toEqual(["1.2"]);
    expect(Object.keys(registryOf(fake).bindings).sort()).toEqual(["1.1", "2.1", "@units"]);
    expect(fake.book.names.has(nameOf12.toLowerCase())).toBe(false);
    expect(registryOf(fake).scheme?.blocks[1]?.children?.[0]?.name).toBe("档案管理规范");
  });

  test("a binding kept follows its leaf to its new 编号", async () => {
    const { fake, shell } = await bound();
    const name = registryOf(fake).bindings["1.2"]!;
    // A row inserted above 1.2, which takes the 编号 1.2: the old 1.2 is now 1.3.
    clearRows(fake, NODES, 4, 7);
    typeRow(fake, NODES, 4, {
      编号: "1.2",
      层级: 2,
      名称: "档案移交",
      分值: 1,
      规则: "全有或全无",
      计分方向: "符合得分",
    });
    typeRow(fake, NODES, 5, { 编号: "1.3", 层级: 2, 名称: "规范审核确认工作", 分值: 2, 规则: "按例扣分" });
    typeRow(fake, NODES, 6, { 编号: "2", 层级: 1, 名称: "成效评价", 分值: 3 });
    typeRow(fake, NODES, 7, { 编号: "2.1", 层级: 2, 名称: "档案管理", 分值: 3, 规则: "按例扣分" });
    typeRow(fake, NODES, 2, { 分值: 5 });
    typeRow(fake, ROWS, 2, { 编号: "1.3" });
    typeRow(fake, INFO, 8, { 内容: 8 });
    const again = read(await shell.readSchemeSheets());
    expect(again.changes?.map((c) => c.zh)).toEqual([
      "1 工作保障：分值 4 → 5",
      "1.2 规范审核确认工作：编号 1.2 → 1.3",
      "新增 1.2 档案移交",
      "方案信息：满分已修改",
    ]);
    expect(again.affected.map((a) => [a.key, a.keepable])).toEqual([["1.2", true]]);
    const stored = await shell.storeScheme(again.scheme, true);
    expect(stored.kept.map((b) => b.key)).toEqual(["1.2"]);
    expect(registryOf(fake).bindings["1.3"]).toBe(name);
    expect(registryOf(fake).bindings["1.2"]).toBeUndefined();
    expect(fake.book.names.has(name.toLowerCase())).toBe(true);
  });

  test("a binding whose leaf is gone cannot be kept", async () => {
    const { fake, shell } = await bound();
    const name = registryOf(fake).bindings["2.1"]!;
    // 2.1 deleted: 成效评价 is scored as a whole, 视情给分.
    clearRows(fake, NODES, 5, 6);
    clearRows(fake, ROWS, 3, 3);
    typeRow(fake, NODES, 5, { 编号: "2", 层级: 1, 名称: "成效评价", 分值: 3, 规则: "视情给分" });
    const again = read(await shell.readSchemeSheets());
    expect(again.changes?.map((c) => c.zh)).toEqual(["2 成效评价：评分规则已修改", "删除 2.1 档案管理"]);
    expect(again.affected.map((a) => [a.key, a.keepable])).toEqual([["2.1", false]]);
    const stored = await shell.storeScheme(again.scheme, true);
    expect(stored.removed.map((b) => b.key)).toEqual(["2.1"]);
    expect(registryOf(fake).bindings["2.1"]).toBeUndefined();
    expect(fake.book.names.has(name.toLowerCase())).toBe(false);
  });
});

test("the stored scheme is a scheme file", async () => {
  const { fake, shell } = await authored();
  read(await shell.readSchemeSheets());
  const loaded = loadScheme(registryOf(fake).scheme);
  expect(loaded.ok && loaded.scheme.input.totalPoints).toBe(7);
});
