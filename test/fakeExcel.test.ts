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
