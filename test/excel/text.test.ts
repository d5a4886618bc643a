/**
 * Text is never a formula (issue 14): on the fake Excel host, which takes entries as Excel does (a string starting
 * with "=" written to a cell becomes a formula unless the cell is formatted as text), a scheme's grade labels, unit
 * label, block and bonus names, the unit names and the 附加评价 text land in the add-in's sheets as the text they are;
 * the only formulas are the ones the grids build, and a grade label inside the 等第 formula is a string literal.
 */
import { loadScheme } from "../../src/engine";
import { createExcelShell, RunOutcome, RunResult } from "../../src/excel";
import { put, shown } from "../../tools/fake-excel/cells";
import { FakeExcel, FakeSheet } from "../../tools/fake-excel";
import { scheme000 } from "../fixtures/doc000";
import {
  HOSTILE_GRADES,
  HOSTILE_HEADER,
  HOSTILE_NAMES as NAMES,
  HOSTILE_UNITS as UNITS,
  hostileScheme,
  PWNED,
} from "../fixtures/hostile";

function written(outcome: RunOutcome): RunResult {
  if (outcome.kind !== "written") throw new Error(`expected a written table, got ${JSON.stringify(outcome)}`);
  return outcome.result;
}

/** Every formula held in a sheet, by "row,col". */
function formulasOf(sheet: FakeSheet): Map<string, string> {
  return new Map([...sheet.cells].flatMap(([k, c]) => (c.formula === undefined ? [] : [[k, c.formula]])));
}

describe("[000]'s scheme with one hostile text at a time", () => {
  async function scored(grades: { label: string; min?: number }[], names: string[]) {
    const loaded = loadScheme({ ...scheme000().input, grades });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    const generated = await shell.generateInputSheet(loaded.scheme, names);
    if (!generated.ok) throw new Error(generated.message.zh);
    put(fake.book, generated.value.sheet, "B4", [
      ["6.70", "29.35", "47.40", "14.60", "5"],
      ["5.20", "24.94", "42.20", "14.60", "1.1"],
    ]);
    return { fake, sheet: generated.value.sheet, result: written(await shell.run()) };
  }

  test(`a grade label ${PWNED} is shown as written: its quotes stay inside the 等第 formula's string`, async () => {
    const { fake, result } = await scored(
      [
        { label: PWNED, min: 95 },
        { label: "良好", min: 85 },
      ],
      ["新泾", "仙霞"],
    );
    expect(shown(fake.book, "得分表", "I3:I4")).toEqual([[PWNED], ["良好"]]);
    expect(result.differences).toEqual([]);
    expect(fake.book.requireSheet("得分表").cell(2, 8)!.formula).toBe(
      '=IF(G3="","",IF(G3>=95,"A""&UPPER(""pwned"")&""",IF(G3>=85,"良好","")))',
    );
  });

  test("unit names =1+1 and -1+2 stay text in the input sheet and in the 得分表", async () => {
    const { fake, sheet, result } = await scored([{ label: "优秀", min: 95 }], ["=1+1", "-1+2"]);
    expect(shown(fake.book, sheet, "A4:A5")).toEqual([["=1+1"], ["-1+2"]]);
    expect(result.units.map((u) => u.name)).toEqual(["=1+1", "-1+2"]);
    expect(shown(fake.book, "得分表", "A3:A4")).toEqual([["=1+1"], ["-1+2"]]);
    expect(fake.book.requireSheet("得分表").cell(2, 0)).toMatchObject({ value: "=1+1", format: "@" });
  });
});

describe("names that look like formulas stay text in every sheet the add-in writes", () => {
  const fake = new FakeExcel();
  const shell = createExcelShell(fake.host);
  const scheme = hostileScheme();
  let inputSheet = "";
  let result: RunResult;

  beforeAll(async () => {
    const generated = await shell.generateInputSheet(scheme, NAMES);
    if (!generated.ok) throw new Error(generated.message.zh);
    inputSheet = generated.value.sheet;
    put(
      fake.book,
      inputSheet,
      "B4",
      UNITS.map((u) => u.slice(1)),
    );
    result = written(await shell.run());
  });

  test("the input sheet: its title, the unit label, the headers and the unit names as written", () => {
    expect(inputSheet).toBe("=1+1录入表");
    expect(shown(fake.book, inputSheet, "A1")).toEqual([["=1+1录入表"]]);
    expect(shown(fake.book, inputSheet, "A3:E3")).toEqual([["=2+2", "1 =3+3", "2 +4+4", "3 -5+5", "4 @SUM(6)"]]);
    expect(shown(fake.book, inputSheet, "A4:A9").flat()).toEqual(NAMES);
    expect(formulasOf(fake.book.requireSheet(inputSheet))).toEqual(new Map());
  });

  test("the 得分表: title, headers, unit names and grade labels as written; Excel's computations agree", () => {
    const sheet = fake.book.requireSheet("得分表");
    expect(shown(fake.book, "得分表", "A1:A2")).toEqual([["=1+1得分表"], ["=2+2"]]);
    expect(shown(fake.book, "得分表", "B2:E2")).toEqual([HOSTILE_HEADER.slice(1)]);
    const rows = shown(fake.book, "得分表", "A3:H8");
    expect(rows.map((r) => r[0]).sort()).toEqual([...NAMES].sort());
    expect(rows.map((r) => [r[0], r[7]])).toEqual(HOSTILE_GRADES);
    expect(result.differences).toEqual([]);
    // The only formulas are the grid's: 总分, 排名, 等第 of each row and the 平均分 row.
    const formulas = [...formulasOf(sheet).values()];
    expect(formulas).toHaveLength(6 * 3 + 5);
    for (const f of formulas) expect(f).toMatch(/^=(ROUND|RANK\.EQ|IF)\(/);
  });

  test("the 附加得分表: the bonus name in its header and in each unit's claimed text", () => {
    expect(result.bonusTable?.sheet).toBe("附加得分表");
    expect(shown(fake.book, "附加得分表", "A2:C2")).toEqual([["=2+2", "分值", "@SUM(6)申报内容"]]);
    const claimed = shown(fake.book, "附加得分表", "A3:C4");
    expect(claimed).toEqual([
      ["@SUM(1)", 2, "@SUM(6)。得2分"],
      ["+1+1", 1, "@SUM(6)。得1分"],
    ]);
    expect(formulasOf(fake.book.requireSheet("附加得分表"))).toEqual(new Map());
  });

  test("the 工作底稿 and the 指标得分表 of a unit named =1+1", async () => {
    const unit = result.evaluation.units.findIndex((u) => u.name === "=1+1");
    const paper = await shell.writeWorkingPaper(result, unit);
    if (paper.kind !== "written") throw new Error(paper.kind);
    const indicator = await shell.writeIndicatorTable(result, unit);
    if (indicator.kind !== "written") throw new Error(indicator.kind);
    for (const { sheet } of [paper.table, indicator.table]) {
      const s = fake.book.requireSheet(sheet);
      const texts = [...s.cells.values()].map((c) => c.value).filter((v) => typeof v === "string");
      expect(texts.some((t) => (t as string).includes("=1+1"))).toBe(true);
      expect(texts.some((t) => (t as string).includes("=3+3"))).toBe(true);
      for (const f of formulasOf(s).values()) expect(f).toMatch(/^=(ROUND|SUM|MIN|MAX)\(/);
    }
  });
});
