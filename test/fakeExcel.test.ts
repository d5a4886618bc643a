import { put, shown } from "../tools/fake-excel/cells";
import { FakeExcel } from "../tools/fake-excel";

describe("the fake Excel host keeps Office.js's proxy protocol", () => {
  test("a property read before load and sync throws PropertyNotLoaded, as in Excel", async () => {
    const fake = new FakeExcel();
    put(fake.book, "数据", "A1", [[1, 2]]);
    // The reads below break the protocol on purpose; the Office add-in lint rules rightly flag them.
    /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1:B1");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([[1, 2]]);
      expect(() => range.address).toThrow(/PropertyNotLoaded/);
    });
    /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
  });

  test("writes wait in the queue until sync; each sync is counted with its request size", async () => {
    const fake = new FakeExcel();
    put(fake.book, "数据", "A1", [[""]]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("数据").getRange("A1").values = [["新泾"]];
      expect(shown(fake.book, "数据", "A1")).toEqual([[""]]);
      await context.sync();
      expect(shown(fake.book, "数据", "A1")).toEqual([["新泾"]]);
    });
    expect(fake.syncs).toHaveLength(1);
    expect(fake.syncs[0]!.bytes).toBeGreaterThan("新泾".length);
  });

  test("a 2-D array of the wrong size is refused, as Excel refuses it", async () => {
    const fake = new FakeExcel();
    put(fake.book, "数据", "A1", [[""]]);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("数据").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toThrow(/InvalidArgument/);
  });

  test("a name moves down with rows inserted above it and grows with rows inserted inside it", () => {
    const fake = new FakeExcel();
    put(fake.book, "数据", "A1", [["x"]]);
    fake.book.addName("jx_a", { sheet: "数据", area: { row: 3, col: 2, rows: 10, cols: 1 } });
    fake.book.insertRows("数据", 0, 2);
    expect(fake.book.names.get("jx_a")!.ref!.area).toEqual({ row: 5, col: 2, rows: 10, cols: 1 });
    fake.book.insertRows("数据", 7, 1);
    expect(fake.book.names.get("jx_a")!.ref!.area).toEqual({ row: 5, col: 2, rows: 11, cols: 1 });
    fake.book.insertRows("数据", 16, 1);
    expect(fake.book.names.get("jx_a")!.ref!.area).toEqual({ row: 5, col: 2, rows: 11, cols: 1 });
    fake.book.insertColumns("数据", 0, 1);
    expect(fake.book.names.get("jx_a")!.ref!.area).toEqual({ row: 5, col: 3, rows: 11, cols: 1 });
  });

  test("the formulas the grids write compute as in Excel", () => {
    const fake = new FakeExcel();
    put(fake.book, "s", "A1", [
      [2.675, "=ROUND(A1,2)", "=RANK.EQ(A3,$A$1:$A$4)", '=IF(E1="","空",IF(A1>=2,"高","低"))'],
      [1, "=SUM(A1:A4)", "=AVERAGE(A1:A4)", ""],
      [2, "=ROUND(AVERAGE(A2:A3),0)", "=RANK.EQ(A4,$A$1:$A$4)", '=IF(A2>=2,"高","低")'],
      [2, "=BOGUS(A1)", "", ""],
    ]);
    expect(shown(fake.book, "s", "B1:D3")).toEqual([
      [2.68, 2, "空"],
      [7.675, 7.675 / 4, ""],
      [2, 2, "低"],
    ]);
    expect(shown(fake.book, "s", "B4")).toEqual([["#NAME?"]]);
  });
});

describe("the fake Excel host takes entries as Excel does (Range.values / Range.formulas)", () => {
  /** Writes one row through `prop` into 数据!A1 onwards (after `formats`, when given) and reads it back. */
  async function written(prop: "values" | "formulas", row: unknown[], formats?: string[]) {
    const fake = new FakeExcel();
    put(fake.book, "数据", "Z1", [[""]]);
    const address = `A1:${String.fromCharCode(64 + row.length)}1`;
    let read: { values: unknown[]; formulas: unknown[] } = { values: [], formulas: [] };
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange(address);
      if (formats) range.numberFormat = [formats];
      range[prop] = [row];
      const back = context.workbook.worksheets.getItem("数据").getRange(address).load("values,formulas");
      await context.sync();
      read = { values: back.values[0]!, formulas: back.formulas[0]! };
    });
    return { fake, ...read };
  }

  test.each(["values", "formulas"] as const)(
    'a string starting with "=" written to %s is a formula; "+" or "-" before a formula too',
    async (prop) => {
      const { values, formulas } = await written(prop, ["=1+1", "+1+1", "-2+1", "+5", "-abc", "新泾"]);
      expect(values).toEqual([2, 2, -1, 5, "-abc", "新泾"]);
      expect(formulas).toEqual(["=1+1", "=+1+1", "=-2+1", 5, "-abc", "新泾"]);
    },
  );

  test.each(["values", "formulas"] as const)(
    'in a cell formatted as text ("@") a string written to %s stays text, formula-like or numeric',
    async (prop) => {
      const row = ["=1+1", "+1+1", "-2+1", "007", '="A"&UPPER("x")'];
      const { values, formulas, fake } = await written(
        prop,
        row,
        row.map(() => "@"),
      );
      expect(values).toEqual(row);
      expect(formulas).toEqual(row);
      expect(fake.book.requireSheet("数据").cell(0, 0)).toEqual({ value: "=1+1", format: "@" });
    },
  );

  test("a leading apostrophe marks text and is not part of the value", async () => {
    const { values, formulas, fake } = await written("values", ["'=1+1", "'007", "''quoted"]);
    expect(values).toEqual(["=1+1", "007", "'quoted"]);
    expect(formulas).toEqual(["=1+1", "007", "'quoted"]);
    expect(fake.book.requireSheet("数据").cell(0, 0)).toEqual({ value: "=1+1", quotePrefix: true });
  });

  test("null in the array leaves the cell (and its number format) as it is; an empty string clears it", async () => {
    const fake = new FakeExcel();
    put(fake.book, "数据", "A1", [["甲", "乙", "=1+1"]]);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("数据").getRange("A1:C1");
      range.numberFormat = [["0.00", null as unknown as string, null as unknown as string]];
      range.values = [[null, "", null]];
      await context.sync();
    });
    const sheet = fake.book.requireSheet("数据");
    expect(sheet.cell(0, 0)).toEqual({ value: "甲", format: "0.00" });
    expect(sheet.cell(0, 1)).toEqual({});
    expect(sheet.cell(0, 2)).toEqual({ formula: "=1+1" });
  });

  test("a formula Excel cannot read is refused and the cell keeps what it had", async () => {
    const fake = new FakeExcel();
    put(fake.book, "数据", "A1", [["甲"]]);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("数据").getRange("A1").formulas = [["=2*3得分表"]];
        await context.sync();
      }),
    ).rejects.toThrow(/InvalidArgument/);
    expect(shown(fake.book, "数据", "A1")).toEqual([["甲"]]);
  });

  test("& joins text; an unknown function is #NAME?, and so is text joined to it", () => {
    const fake = new FakeExcel();
    put(fake.book, "s", "A1", [['="A"&"B"&1', '="A"&UPPER("pwned")&""', '=IF(1>=1,"x""y","")']]);
    expect(shown(fake.book, "s", "A1:C1")).toEqual([["AB1", "#NAME?", 'x"y']]);
  });
});
