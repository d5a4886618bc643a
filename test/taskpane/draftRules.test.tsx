/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { evaluate, loadScheme, SchemeInput } from "../../src/engine";
import { createExcelShell } from "../../src/excel";
import "../../src/excel/draftRules";
import { DraftRules } from "../../src/taskpane/components/DraftRules";
import { stringsFor } from "../../src/taskpane/strings";
import { readSchemeSheets, SCHEME_SHEET_NAMES, schemeSheetGrids, SheetCell } from "../../src/workbook";
import { FakeExcel, FakeSheet } from "../../tools/fake-excel";
import { fakeDrafter, JUDGEMENT, PER_CASE, THRESHOLD } from "../fixtures/fakeDrafter";
import "./pane";

const NODES = SCHEME_SHEET_NAMES.nodes;

/** A small scheme as a clerk starts it: names, points and 评分标准, no rules. */
const unruled = {
  id: "draft-pane",
  title: "起草测试",
  totalPoints: 6,
  blocks: [
    {
      name: "工作保障",
      points: 4,
      children: [
        { name: "规范审核确认", points: 2, criterion: `${PER_CASE}。` },
        { name: "继续教育培训", points: 2, criterion: `${THRESHOLD}。` },
      ],
    },
    { name: "工作创新", points: 2, criterion: JUDGEMENT },
  ],
} as unknown as SchemeInput;

/** The three sheets of the scheme in a fake workbook, as `jixiao scheme export` writes them. */
function workbook(): FakeExcel {
  const fake = new FakeExcel();
  for (const { sheet, grid } of schemeSheetGrids(unruled)) {
    const s = fake.book.addSheet(sheet);
    grid.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.value !== null) s.touch(r, c).value = cell.value;
      }),
    );
  }
  fake.book.activeSheet = NODES;
  return fake;
}

function values(sheet: FakeSheet): SheetCell[][] {
  const used = sheet.used(true);
  if (!used) return [];
  return Array.from({ length: used.row + used.rows }, (_, r) =>
    Array.from({ length: used.col + used.cols }, (_, c) => (sheet.cell(r, c)?.value ?? null) as SheetCell),
  );
}

function nodes(fake: FakeExcel): FakeSheet {
  return fake.book.requireSheet(NODES);
}

function at(fake: FakeExcel, id: string, column: string): { row: number; col: number } {
  const rows = values(nodes(fake));
  return { row: rows.findIndex((r) => r[0] === id), col: (rows[0] ?? []).indexOf(column) };
}

function get(fake: FakeExcel, id: string, column: string): unknown {
  const { row, col } = at(fake, id, column);
  return nodes(fake).cell(row, col)?.value ?? null;
}

function type(fake: FakeExcel, id: string, column: string, value: string): void {
  const { row, col } = at(fake, id, column);
  nodes(fake).touch(row, col).value = value;
}

function show(fake: FakeExcel) {
  const strings = stringsFor("zh-CN");
  render(
    <FluentProvider theme={webLightTheme}>
      <DraftRules strings={strings} shell={createExcelShell(fake.host)} drafter={fakeDrafter} />
    </FluentProvider>,
  );
}

describe("起草规则 in the pane, on the fake host", () => {
  test("draft a small scheme's rules, confirm them in the sheet, read the scheme and score two units", async () => {
    const fake = workbook();
    show(fake);
    const syncs = fake.syncs.length;
    fireEvent.click(screen.getByRole("button", { name: "起草所有未填规则的行" }));
    expect(await screen.findByText("起草 3 行：2 条草稿、1 条需人工")).toBeTruthy();
    // One sync reads the sheets, one writes the drafts.
    expect(fake.syncs.length - syncs).toBe(2);
    expect([get(fake, "1.1", "状态"), get(fake, "1.2", "状态"), get(fake, "2", "状态")]).toEqual([
      "草稿",
      "草稿",
      "人工",
    ]);
    expect(get(fake, "1.1", "边界示例")).toBe("0例 → 2分\n3例 → 0.5分\n4例 → 0分");
    expect(screen.getByText(/1\.1 规范审核确认（草稿）每发现1例违反流程扣0\.5分，扣完为止/)).toBeTruthy();

    const cells = () => Object.fromEntries(fake.book.sheets.map((s) => [s.name, values(s)]));
    const refused = readSchemeSheets(cells());
    expect(refused.ok ? [] : refused.problems.map((p) => p.message.zh)).toEqual([
      expect.stringContaining("编号 1.1 的规则仍是草稿"),
      expect.stringContaining("编号 1.2 的规则仍是草稿"),
    ]);
    type(fake, "1.1", "状态", "已确认");
    type(fake, "1.2", "状态", "已确认");
    const read = readSchemeSheets(cells());
    if (!read.ok) throw new Error(read.problems.map((p) => p.message.zh).join("\n"));
    const loaded = loadScheme(read.scheme);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    // 新泾: 3 violations take 1.5 of 2, 85% is above 80%, 1.5 by judgement; 虹桥: 4 take all 2, 80% is not above.
    const evaluation = evaluate(loaded.scheme, [
      { name: "新泾", values: { "1.1": 3, "1.2": "85%", "2": 1.5 } },
      { name: "虹桥", values: { "1.1": 4, "1.2": "80%", "2": 2 } },
    ]);
    expect(evaluation.errors).toEqual([]);
    expect(evaluation.units.map((u) => u.total?.toString())).toEqual(["4", "2"]);
  });

  test("a row the clerk typed in is listed and drafted over only after the confirmation", async () => {
    const fake = workbook();
    type(fake, "1.2", "下限", "60%");
    show(fake);
    fireEvent.click(screen.getByRole("button", { name: "起草所有未填规则的行" }));
    expect(await screen.findByText("起草 2 行：1 条草稿、1 条需人工")).toBeTruthy();
    expect(screen.getByText("1 行已填写规则或参数，未起草")).toBeTruthy();
    expect(get(fake, "1.2", "规则")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "重新起草这 1 行…" }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog.textContent).toContain("将按评分标准重新起草 1.2 继续教育培训");
    // Fluent's dialog hides the page behind it while it opens, as in 计算's ConfirmOverwrite.
    fireEvent.click(await within(dialog).findByRole("button", { name: "取消", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(get(fake, "1.2", "规则")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "重新起草这 1 行…" }));
    const again = await screen.findByRole("dialog");
    fireEvent.click(await within(again).findByRole("button", { name: "重新起草", hidden: true }));
    expect(await screen.findByText("起草 1 行：1 条草稿、0 条需人工")).toBeTruthy();
    expect(get(fake, "1.2", "规则")).toBe("达标得分");
    expect(get(fake, "1.2", "下限") ?? "").toBe("");
  });

  test("the selected rows only; a selection elsewhere is asked to be made on 指标体系", async () => {
    const fake = workbook();
    fake.book.selection = { sheet: "方案信息", area: { row: 1, col: 0, rows: 1, cols: 1 } };
    show(fake);
    fireEvent.click(screen.getByRole("button", { name: "起草选中的行" }));
    expect(await screen.findByText(/请在“指标体系”工作表中选中要起草的行/)).toBeTruthy();
    const { row } = at(fake, "1.2", "编号");
    fake.book.selection = { sheet: NODES, area: { row, col: 0, rows: 1, cols: 3 } };
    fireEvent.click(screen.getByRole("button", { name: "起草选中的行" }));
    expect(await screen.findByText("起草 1 行：1 条草稿、0 条需人工")).toBeTruthy();
    expect([get(fake, "1.1", "规则"), get(fake, "1.2", "规则")]).toEqual([null, "达标得分"]);
  });
});
