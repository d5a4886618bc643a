/**
 * A real spreadsheet recalculates the 得分表 `jixiao score` writes: LibreOffice Calc, headless, with a profile of its
 * own that recalculates every formula on loading instead of keeping the cached results the file carries. One start
 * of LibreOffice converts every workbook of the suite.
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import { basename, join } from "path";
import { recalculate } from "../../scripts/libreoffice";
import { SCORE_SHEET_NAME } from "../../src/workbook";
import { AVERAGES_000, ORDER_000 } from "../fixtures/doc000";
import {
  HOSTILE_GRADES,
  HOSTILE_HEADER,
  HOSTILE_NAMES,
  HOSTILE_SCHEME_INPUT,
  HOSTILE_UNITS,
  PWNED,
} from "../fixtures/hostile";
import {
  HEADER_000,
  addInput000,
  addUnrelatedSheet,
  readWorkbook,
  run,
  scheme000File,
  sheetSnapshot,
  tempDir,
  writeWorkbook,
} from "./workbooks";

jest.setTimeout(180_000);

type Sheet = ExcelJS.Worksheet;

/** A formula's cached result; exceljs reads an empty cached text (<v></v>) as no result at all. */
function resultOf(v: ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue): unknown {
  return v.result ?? "";
}

/** Every formula cell of a sheet: address → its formula and cached result. */
function formulas(sheet: Sheet): Map<string, { formula: string; result: unknown }> {
  const out = new Map<string, { formula: string; result: unknown }>();
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      if (typeof v === "object" && v !== null && "formula" in v) {
        out.set(cell.address, { formula: v.formula ?? "", result: resultOf(v) });
      }
    }),
  );
  return out;
}

/** What the cell shows: a formula's result, or the value typed (rich text as its plain text). */
function shown(sheet: Sheet, address: string): unknown {
  const v = sheet.getCell(address).value;
  if (typeof v === "object" && v !== null && "richText" in v) return v.richText.map((r) => r.text).join("");
  return typeof v === "object" && v !== null && "formula" in v ? resultOf(v) : v;
}

let dir: string;
let input: string;
let scored: string;
let ours: Sheet;
let calc: Sheet;
let calcWrong: Sheet;
let oursTies: Sheet;
let calcTies: Sheet;
/** The hostile scheme's files as written, and as Calc recalculated them. */
let hostile: Record<"scored" | "template" | "paper" | "compared", { ours: ExcelJS.Workbook; calc: ExcelJS.Workbook }>;

/** `jixiao score`, `template`, `paper` and `compare --out` on the hostile scheme and units (test/fixtures/hostile.ts). */
async function writeHostile(dir: string): Promise<Record<"scored" | "template" | "paper" | "compared", string>> {
  const scheme = join(dir, "hostile.scheme.json");
  writeFileSync(scheme, JSON.stringify(HOSTILE_SCHEME_INPUT));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("输入");
  sheet.addRow(HOSTILE_HEADER);
  for (const row of HOSTILE_UNITS) sheet.addRow(row);
  const hostileInput = await writeWorkbook(book, join(dir, "hostile-input.xlsx"));
  const files = {
    scored: join(dir, "hostile-scored.xlsx"),
    template: join(dir, "hostile-template.xlsx"),
    paper: join(dir, "hostile-paper.xlsx"),
    compared: join(dir, "hostile-compared.xlsx"),
  };
  const runs = [
    ["score", hostileInput, "--scheme", scheme, "--out", files.scored],
    ["template", "--scheme", scheme, "--units", HOSTILE_NAMES.join(","), "--out", files.template],
    ["paper", "--scheme", scheme, "--input", hostileInput, "--unit", "=1+1", "--out", files.paper],
    ["compare", "--scheme", scheme, "--before", hostileInput, "--after", hostileInput, "--out", files.compared],
  ];
  for (const args of runs) {
    const r = await run(args);
    if (r.code !== 0) throw new Error(`jixiao ${args[0]} failed: ${r.stderr}`);
  }
  return files;
}

// One start of LibreOffice recalculates every workbook of the suite.
beforeAll(async () => {
  dir = tempDir();
  const workbook = new ExcelJS.Workbook();
  addInput000(workbook);
  addUnrelatedSheet(workbook);
  input = await writeWorkbook(workbook, join(dir, "input.xlsx"));
  scored = join(dir, "scored.xlsx");
  const r = await run(["score", input, "--scheme", scheme000File(dir), "--out", scored]);
  if (r.code !== 0) throw new Error(`jixiao score failed: ${r.stderr}`);

  // The same file with wrong cached results: only a recalculation can bring back the right ones.
  const wrong = await readWorkbook(scored);
  const sheet = wrong.getWorksheet(SCORE_SHEET_NAME)!;
  sheet.getCell("G3").value = { formula: "ROUND(SUM(B3:F3),2)", result: 0 };
  sheet.getCell("H3").value = { formula: "_xlfn.RANK.EQ(G3,$G$3:$G$12)", result: 99 };
  sheet.getCell("I3").value = { formula: 'IF(G3="","",IF(G3>=95,"优秀",IF(G3>=85,"良好","")))', result: "错" };
  sheet.getCell("G13").value = { formula: "ROUND(ROUND(AVERAGE(G3:G12),8),2)", result: 0 };
  await writeWorkbook(wrong, join(dir, "wrong.xlsx"));

  // Ties, a unit below every band, and a unit without 基础评价 (no total, so no rank and no grade).
  const tiesBook = new ExcelJS.Workbook();
  const ties = tiesBook.addWorksheet("输入");
  ties.addRow(HEADER_000);
  ties.addRow(["甲", 7, 30, 48, 15, 0]);
  ties.addRow(["乙", 6.5, 29.5, 48, 15, 1]);
  ties.addRow(["丙", 5, 25, 40, 10, 2]);
  ties.addRow(["丁", 6, null, 45, 14, 1.5]);
  const tiesInput = await writeWorkbook(tiesBook, join(dir, "ties-input.xlsx"));
  const t = await run(["score", tiesInput, "--scheme", scheme000File(dir), "--out", join(dir, "ties.xlsx")]);
  if (t.code !== 0) throw new Error(`jixiao score failed: ${t.stderr}`);

  const hostileFiles = await writeHostile(dir);

  const outdir = join(dir, "calc");
  recalculate([scored, join(dir, "wrong.xlsx"), join(dir, "ties.xlsx"), ...Object.values(hostileFiles)], outdir, dir);
  ours = (await readWorkbook(scored)).getWorksheet(SCORE_SHEET_NAME)!;
  calc = (await readWorkbook(join(outdir, "scored.xlsx"))).getWorksheet(SCORE_SHEET_NAME)!;
  calcWrong = (await readWorkbook(join(outdir, "wrong.xlsx"))).getWorksheet(SCORE_SHEET_NAME)!;
  oursTies = (await readWorkbook(join(dir, "ties.xlsx"))).getWorksheet(SCORE_SHEET_NAME)!;
  calcTies = (await readWorkbook(join(outdir, "ties.xlsx"))).getWorksheet(SCORE_SHEET_NAME)!;
  const both = async (file: string) => ({
    ours: await readWorkbook(file),
    calc: await readWorkbook(join(outdir, basename(file))),
  });
  hostile = {
    scored: await both(hostileFiles.scored),
    template: await both(hostileFiles.template),
    paper: await both(hostileFiles.paper),
    compared: await both(hostileFiles.compared),
  };
});

describe("LibreOffice Calc recalculates the 得分表 of [000]'s ten rows to the engine's values", () => {
  test("every 总分, 排名, 等第 and 平均分 formula computes the value the engine cached", () => {
    const written = formulas(ours);
    // 10 totals, 10 ranks, 10 grades and 6 averages.
    expect(written.size).toBe(36);
    const recalculated = formulas(calc);
    for (const [address, { result }] of written) {
      expect([address, recalculated.get(address)?.result]).toEqual([address, result]);
    }
  });

  test("[000]'s published 平均分 row and order", () => {
    expect(["B", "C", "D", "E", "F", "G"].map((c) => shown(calc, `${c}13`))).toEqual(AVERAGES_000.map(Number));
    const rows = ORDER_000.map((_, i) => i + 3);
    expect(rows.map((r) => shown(calc, `A${r}`))).toEqual(ORDER_000);
    expect(rows.map((r) => shown(calc, `H${r}`))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // 8 units at ≥ 95 (优秀) and 2 at ≥ 85 (良好)
    expect(rows.map((r) => shown(calc, `I${r}`))).toEqual([...Array(8).fill("优秀"), "良好", "良好"]);
  });

  test("the recalculation is real: deliberately wrong cached results are replaced", () => {
    expect(shown(calcWrong, "G3")).toBe(103.05);
    expect(shown(calcWrong, "H3")).toBe(1);
    expect(shown(calcWrong, "I3")).toBe("优秀");
    expect(shown(calcWrong, "G13")).toBe(97.72);
  });

  test("no function is unknown to the spreadsheet: no #NAME?, no Err:508, no error at all", () => {
    const problems: string[] = [];
    calc.eachRow((row) =>
      row.eachCell((cell) => {
        const v = shown(calc, cell.address);
        if (typeof v === "object" && v !== null && "error" in v) problems.push(`${cell.address} ${v.error}`);
        if (typeof v === "string" && /^(#|Err:)/.test(v)) problems.push(`${cell.address} ${v}`);
      }),
    );
    expect(problems).toEqual([]);
    expect(formulas(calc).get("H3")?.formula).toBe("_xlfn.RANK.EQ(G3,$G$3:$G$12)");
  });

  test("ties rank as RANK.EQ does (1, 1, 3), and an incomplete unit is left out of ranks and averages", () => {
    const written = formulas(oursTies);
    const recalculated = formulas(calcTies);
    for (const [address, { result }] of written) {
      expect([address, recalculated.get(address)?.result]).toEqual([address, result]);
    }
    expect(
      [3, 4, 5, 6].map((r) => [shown(calcTies, `A${r}`), shown(calcTies, `H${r}`), shown(calcTies, `I${r}`)]),
    ).toEqual([
      ["甲", 1, "优秀"],
      ["乙", 1, "优秀"],
      ["丙", 3, ""],
      ["丁", null, null],
    ]);
    // 基础评价 over the three units that have it: (30 + 29.5 + 25) / 3 = 28.1666… → 28.17; 总分 (100 + 100 + 82) / 3 = 94.
    expect(shown(calcTies, "C7")).toBe(28.17);
    expect(shown(calcTies, "G7")).toBe(94);
  });

  test("the input sheet and the unrelated sheet keep every cell as it was", async () => {
    const before = await readWorkbook(input);
    const after = await readWorkbook(scored);
    for (const name of ["输入", "联系人"]) {
      expect(sheetSnapshot(after.getWorksheet(name)!)).toEqual(sheetSnapshot(before.getWorksheet(name)!));
    }
  });
});

/** Every cell of a workbook holding a formula, as "sheet!A1". */
function formulaCells(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.flatMap((sheet) => [...formulas(sheet).keys()].map((a) => `${sheet.name}!${a}`));
}

/** Every text a workbook shows (a formula's result included), sheet by sheet. */
function texts(workbook: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = shown(sheet, cell.address);
        if (typeof v === "string") out.push(v);
      }),
    );
  }
  return out;
}

describe("text stays text: a hostile scheme's labels and names, recalculated by LibreOffice Calc (issue 14)", () => {
  test(`the 等第 formula holds the grade label ${PWNED} as a string, and Calc shows it as written`, () => {
    const ours = hostile.scored.ours.getWorksheet(SCORE_SHEET_NAME)!;
    const calc = hostile.scored.calc.getWorksheet(SCORE_SHEET_NAME)!;
    const rows = HOSTILE_GRADES.map((_, i) => i + 3);
    expect(rows.map((r) => [shown(calc, `A${r}`), shown(calc, `H${r}`)])).toEqual(HOSTILE_GRADES);
    expect(formulas(ours).get("H3")?.formula).toBe(
      'IF(F3="","",IF(F3>=95,"A""&UPPER(""pwned"")&""",IF(F3>=85,"""良""好","=1-1")))',
    );
    expect(texts(hostile.scored.calc).filter((t) => /pwned/i.test(t) && t !== PWNED)).toEqual([]);
  });

  test("the 得分表 and 附加得分表: title, unit label, block and bonus names and unit names stay text", () => {
    const calc = hostile.scored.calc.getWorksheet(SCORE_SHEET_NAME)!;
    expect(shown(calc, "A1")).toBe("=1+1得分表");
    expect(["A2", "B2", "C2", "D2", "E2"].map((a) => shown(calc, a))).toEqual(HOSTILE_HEADER);
    const bonus = hostile.scored.calc.getWorksheet("附加得分表")!;
    expect(["A2", "C2", "A3", "C3"].map((a) => shown(bonus, a))).toEqual([
      "=2+2",
      "@SUM(6)申报内容",
      "@SUM(1)",
      "@SUM(6)。得2分",
    ]);
    // The formulas Calc holds are the ones jixiao wrote: 总分, 排名, 等第 per unit and the 平均分 row.
    expect(formulaCells(hostile.scored.calc).sort()).toEqual(formulaCells(hostile.scored.ours).sort());
    expect(formulaCells(hostile.scored.ours).filter((c) => !c.startsWith(`${SCORE_SHEET_NAME}!`))).toEqual([]);
  });

  test("jixiao template: the unit label, the headers and every unit name stay text, and no cell is a formula", () => {
    const sheet = hostile.template.calc.worksheets[0]!;
    const names = HOSTILE_NAMES.map((_, i) => shown(sheet, `A${i + 4}`));
    expect(names).toEqual(HOSTILE_NAMES);
    expect(shown(sheet, "A3")).toBe("=2+2");
    expect(texts(hostile.template.calc)).toEqual(expect.arrayContaining(["1 =3+3", "2 +4+4", "3 -5+5", "4 @SUM(6)"]));
    expect(formulaCells(hostile.template.calc)).toEqual([]);
  });

  test("jixiao paper: the 工作底稿 of the unit =1+1 shows its name, the block names and its grade as text", () => {
    const calc = hostile.paper.calc;
    expect(calc.worksheets.map((s) => s.name)).toEqual(["=1+1工作底稿", "=1+1得分情况"]);
    expect(texts(calc)).toEqual(
      expect.arrayContaining(["=1+1工作底稿", "=2+2：=1+1", "1 =3+3", "2 +4+4", "3 -5+5", "4 @SUM(6)", PWNED]),
    );
    expect(formulaCells(calc).sort()).toEqual(formulaCells(hostile.paper.ours).sort());
  });

  test("jixiao compare --out: the 对比表 keeps every unit name and block name as text; its changes recalculate as cached", () => {
    const calc = hostile.compared.calc.getWorksheet("对比表")!;
    const ours = hostile.compared.ours.getWorksheet("对比表")!;
    const names: unknown[] = [];
    calc.eachRow((row, r) => {
      if (r > 3 && HOSTILE_NAMES.includes(String(shown(calc, `A${r}`)))) names.push(shown(calc, `A${r}`));
    });
    expect([...names].sort()).toEqual([...HOSTILE_NAMES].sort());
    // The blocks' names head their column groups as written.
    expect(texts(hostile.compared.calc)).toEqual(expect.arrayContaining(["=3+3", "+4+4", "-5+5"]));
    // The only formulas are the changes jixiao wrote, and Calc computes each to the value jixiao cached.
    expect(formulaCells(hostile.compared.calc).sort()).toEqual(formulaCells(hostile.compared.ours).sort());
    const written = formulas(ours);
    expect(written.size).toBeGreaterThan(0);
    const recalculated = formulas(calc);
    for (const [address, { result }] of written) {
      expect([address, recalculated.get(address)?.result]).toEqual([address, result]);
    }
  });
});
