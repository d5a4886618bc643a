/** [000]'s figures on the fake Excel host, as the review suites of the shell and of the pane both need them. */
import { evaluate } from "../../src/engine";
import { scoreTableGrid } from "../../src/workbook";
import { HEADER_000, scheme000, TABLE_000 } from "../fixtures/doc000";
import { earlierYear, laterYear } from "../fixtures/years000";
import { put } from "./cells";
import { FakeExcel } from "./index";

/** A sheet "输入" holding 附件1's header and ten rows, with the header row selected (for binding by header). */
export function input000(fake: FakeExcel): void {
  put(fake.book, "输入", "A1", [HEADER_000, ...TABLE_000]);
  fake.book.selection = { sheet: "输入", area: { row: 0, col: 0, rows: 1, cols: 6 } };
}

/** Both years of test/fixtures/years000.ts as 得分表 sheets of one workbook, laid out as the add-in writes them. */
export function twoYears(): FakeExcel {
  const fake = new FakeExcel();
  for (const [sheet, units] of [
    ["2020得分表", earlierYear()],
    ["2021得分表", laterYear()],
  ] as const) {
    const grid = scoreTableGrid(evaluate(scheme000(), units)).grid;
    put(
      fake.book,
      sheet,
      "A1",
      grid.cells.map((row) => row.map((c) => c.value ?? "")),
    );
  }
  return fake;
}
