/**
 * 虹桥 C31–C34 ([004] 指标解释: 完成及时率=按计划完成补助发放月数/12*100%) through a real .xlsx: the clerk types the
 * months, and nothing typed when the rate was the input is read as months. A 100% cell of an old sheet is stored as
 * the number 1 (format 0%): read as 1 month it would score 0 and look computed, so it must not bind to the months.
 */
import ExcelJS from "exceljs";
import { join } from "path";
import hongqiaoJson from "../../src/schemes/hongqiao-2023.json";
import { openXlsxFile } from "../../src/cli/xlsxFile";
import { evaluate, fixed, inputColumns, loadScheme, Scheme, UnitInput } from "../../src/engine";
import { readInputTable } from "../../src/workbook";
import { readSheetTable, sheetNamed } from "../../src/xlsx";
import { readWorkbook, run, tempDir, writeWorkbook } from "./workbooks";

function hongqiao(): Scheme {
  const loaded = loadScheme(hongqiaoJson);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scheme;
}

const scheme = hongqiao();
const LEAVES = ["C31", "C32", "C33", "C34"];

/** Reads a sheet of an .xlsx file as `jixiao score` does (its values with their number formats). */
function readBack(path: string, sheetName: string) {
  const file = openXlsxFile(path);
  const { rows, formats } = readSheetTable(file, sheetNamed(file, sheetName)!);
  return readInputTable(inputColumns(scheme), rows, { formats });
}

function scores(units: UnitInput[]) {
  const e = evaluate(scheme, units);
  return {
    errors: e.errors.map((x) => [x.unit, x.id, x.part, x.problem.zh]),
    scores: e.units.map((u) => LEAVES.map((id) => (u.scores.has(id) ? fixed(u.scores.get(id)!, 2) : null))),
    sentences: e.units.map((u) => u.explanations.get("C31")),
  };
}

/** The 录入表 `jixiao template` writes for hongqiao-2023, with `units` on rows 4 … */
async function template(dir: string, units: string[]): Promise<{ path: string; workbook: ExcelJS.Workbook }> {
  const path = join(dir, "录入.xlsx");
  const made = await run(["template", "--scheme", "hongqiao-2023", "--out", path, "--units", units.join(",")]);
  expect(made.code).toBe(0);
  return { path, workbook: await readWorkbook(path) };
}

function columnOf(sheet: ExcelJS.Worksheet, key: string): number {
  let found = 0;
  sheet.getRow(2).eachCell((cell, col) => {
    if (cell.value === key) found = col;
  });
  if (found === 0) throw new Error(`no column ${key}`);
  return found;
}

describe("虹桥 C31–C34 in the 录入表: the months, typed as a count", () => {
  test("the template asks for 按计划完成补助发放月数 in months, in a plain (not percent) cell", async () => {
    const { workbook } = await template(tempDir(), ["虹桥镇"]);
    const sheet = workbook.getWorksheet("录入表")!;
    for (const id of LEAVES) {
      const col = columnOf(sheet, `${id}/actual`);
      expect(String(sheet.getCell(3, col).value)).toMatch(
        new RegExp(`^${id} .+完成及时率：按计划完成补助发放月数（月）$`),
      );
      expect(String(sheet.getCell(4, col).numFmt ?? "")).not.toContain("%");
    }
  });

  test("12 of 12 months scores each in full (2, 3, 2, 3, as [004] 表3-2 for 完成及时率 100%); 11 months 2 × 11/12", async () => {
    const dir = tempDir();
    const { path, workbook } = await template(dir, ["虹桥镇", "甲镇"]);
    const sheet = workbook.getWorksheet("录入表")!;
    for (const id of LEAVES) sheet.getCell(4, columnOf(sheet, `${id}/actual`)).value = 12;
    // 11 of 12: 91.67% → 2 × 11/12 = 1.833… → 1.83; 8: 66.67% → 3 × 8/12 = 2; 7: 58.33%, below 60% → 0; 0 → 0.
    const other: Record<string, ExcelJS.CellValue> = { C31: 11, C32: 8, C33: 7, C34: "0" };
    for (const id of LEAVES) sheet.getCell(5, columnOf(sheet, `${id}/actual`)).value = other[id]!;
    await writeWorkbook(workbook, path);
    const read = readBack(path, "录入表");
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.table.units[0]!.values["C31"]).toEqual({ actual: 12 });
    const result = scores(read.table.units);
    expect(result.errors).toEqual([]);
    expect(result.scores).toEqual([
      ["2.00", "3.00", "2.00", "3.00"],
      ["1.83", "2.00", "0.00", "0.00"],
    ]);
    expect(result.sentences).toEqual([
      "低保补助完成及时率100%（12/12），得100%权重分，故该项指标得分为2分",
      "低保补助完成及时率91.67%（11/12），得91.67%权重分，故该项指标得分为1.83分",
    ]);
  });

  test("13 months, 0.95 or a 100% cell under the months are errors naming the cell and what to type", async () => {
    const dir = tempDir();
    const { path, workbook } = await template(dir, ["虹桥镇"]);
    const sheet = workbook.getWorksheet("录入表")!;
    for (const id of LEAVES) sheet.getCell(4, columnOf(sheet, `${id}/actual`)).value = 12;
    sheet.getCell(4, columnOf(sheet, "C31/actual")).value = 13;
    sheet.getCell(4, columnOf(sheet, "C32/actual")).value = 0.95;
    const percentCell = sheet.getCell(4, columnOf(sheet, "C33/actual"));
    percentCell.value = 1;
    // A style of its own: exceljs shares one style object between the cells a template formats alike.
    percentCell.style = { numFmt: "0%" };
    await writeWorkbook(workbook, path);
    const col = (id: string) => sheet.getColumn(columnOf(sheet, `${id}/actual`)).letter;

    const r = await run(["score", path, "--scheme", "hongqiao-2023"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `录入表!${col("C33")}4：虹桥镇 · 重残无业补助完成及时率：按计划完成补助发放月数是次数或例数，单元格是百分数 100%`,
    );
    expect(r.stderr).toContain(`录入表!${col("C31")}4：`);
    expect(r.stderr).toContain("13 不是按计划完成补助发放月数：请填写 0 至 12 的整数");
    expect(r.stderr).toContain(`录入表!${col("C32")}4：`);
    expect(r.stderr).toContain("0.95 不是按计划完成补助发放月数：请填写 0 至 12 的整数");
  });
});

describe("an input sheet made when C31–C34 took the rate does not bind to the months", () => {
  /** What the earlier template wrote: the key row C31 … and the header “C31 低保补助完成及时率（%）”, 100% as 1 in 0%. */
  async function oldSheet(dir: string, header: (id: string, name: string) => string): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("输入");
    const names = LEAVES.map((id) => scheme.nodes.get(id)!.name);
    sheet.addRows([
      ["单位", "C11/actual", "C11/planned", ...LEAVES.map((id, i) => header(id, names[i]!))],
      ["虹桥镇", 358, 440, 1, 1, 1, 1],
    ]);
    for (const c of ["D2", "E2"]) sheet.getCell(c).numFmt = "0%";
    // F2 and G2: 1 in a General cell, as a clerk may have typed 100% as a fraction.
    return writeWorkbook(workbook, join(dir, "old.xlsx"));
  }

  test.each([
    ["the key row", (id: string) => id],
    ["the header with （%）", (id: string, name: string) => `${id} ${name}（%）`],
    ["the header without it", (id: string, name: string) => `${id} ${name}`],
  ])("by %s: the columns are left unbound and C31–C34 unscored, never 1 month", async (_by, header) => {
    const dir = tempDir();
    const read = readBack(await oldSheet(dir, header), "输入");
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    // 0 is the unit names' column.
    expect(read.table.matching.unmatched).toEqual([0, 3, 4, 5, 6]);
    expect(read.table.matching.missing.map((c) => c.key)).toEqual(
      expect.arrayContaining(LEAVES.map((id) => `${id}/actual`)),
    );
    const e = evaluate(scheme, read.table.units);
    expect(e.errors).toEqual([]);
    for (const id of LEAVES) expect(e.units[0]!.scores.has(id)).toBe(false);
    expect(e.units[0]!.missing).toEqual(expect.arrayContaining(LEAVES));
    expect(e.units[0]!.total).toBeNull();
  });

  test("jixiao score says so: the old columns ignored, the months columns missing, C31–C34 未填写", async () => {
    const dir = tempDir();
    const path = await oldSheet(dir, (id) => id);
    const r = await run(["score", path, "--scheme", "hongqiao-2023", "--out", join(dir, "out.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("未对应任何输入、已忽略的列：输入!D1、输入!E1、输入!F1、输入!G1");
    expect(r.stdout).toContain("C31 低保补助完成及时率：按计划完成补助发放月数（月）");
    expect(r.stdout).toContain("虹桥镇 · C31 低保补助完成及时率：未填写");
    const strict = await run(["score", path, "--scheme", "hongqiao-2023", "--strict", "--out", join(dir, "s.xlsx")]);
    expect(strict.code).toBe(1);
  });
});
