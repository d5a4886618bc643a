import type { SchemeInput } from "../../src/engine";
import { createExcelShell } from "../../src/excel";
import { SCHEME_SHEET_NAMES, schemeSheetGrids } from "../../src/workbook";
import { FakeExcel } from "../../tools/fake-excel";
import { fakeDrafter, PER_CASE } from "../fixtures/fakeDrafter";

const NODES = SCHEME_SHEET_NAMES.nodes;
const ROWS = SCHEME_SHEET_NAMES.rows;

const unruled = {
  id: "draft-shell",
  title: "起草测试",
  totalPoints: 2,
  blocks: [{ name: "规范审核确认", points: 2, criterion: `${PER_CASE}。` }],
} as unknown as SchemeInput;

/** The scheme's sheets in a fake workbook, as values; `only` keeps some of them. */
function workbook(only?: readonly string[]): FakeExcel {
  const fake = new FakeExcel();
  fake.book.addSheet("Sheet1");
  for (const { sheet, grid } of schemeSheetGrids(unruled)) {
    if (only && !only.includes(sheet)) continue;
    const s = fake.book.addSheet(sheet);
    grid.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.value !== null) s.touch(r, c).value = cell.value;
      }),
    );
  }
  return fake;
}

describe("shell.draftRules on the fake host", () => {
  test("a workbook without 指标体系 is told so, and nothing is written", async () => {
    const fake = new FakeExcel();
    fake.book.addSheet("Sheet1");
    const outcome = await createExcelShell(fake.host).draftRules(fakeDrafter, { scope: "all" });
    expect(outcome.ok ? undefined : outcome.message.zh).toBe(
      "工作簿中没有“指标体系”工作表：请先在“方案”中导出指标体系工作簿，或新建空白的指标体系工作表",
    );
    expect(fake.book.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("without 档次与要素 the sheet is added, with its header, for the draft's terms", async () => {
    const fake = workbook([NODES]);
    const outcome = await createExcelShell(fake.host).draftRules(fakeDrafter, { scope: "all" });
    expect(outcome.ok && outcome.value.report[0]?.zh).toBe("起草 1 行：1 条草稿、0 条需人工");
    const rows = fake.book.requireSheet(ROWS);
    expect([0, 1, 2].map((c) => rows.cell(0, c)?.value)).toEqual(["编号", "类型", "名称"]);
    expect([0, 1, 2].map((c) => rows.cell(1, c)?.value)).toEqual(["1", "计数条款", "违反流程"]);
  });

  test("text is written as text: a 起草说明 starting with = stays what it says", async () => {
    const fake = workbook();
    const drafter = () => ({ status: "manual" as const, reason: "=SUM(A1)是公式吗", sentence: "", examples: [] });
    await createExcelShell(fake.host).draftRules(drafter, { scope: "all" });
    const sheet = fake.book.requireSheet(NODES);
    const header = Array.from({ length: 40 }, (_, c) => sheet.cell(0, c)?.value);
    const note = sheet.cell(1, header.indexOf("起草说明"));
    expect([note?.value, note?.formula, note?.format]).toEqual(["=SUM(A1)是公式吗", undefined, "@"]);
  });
});
