/** Which scheme a 得分表 sheet was written under: marker, title, or the blocks its header names. */
import { evaluate, loadScheme, Scheme } from "../../src/engine";
import { recogniseScoreTable, scoreTableGrid, SheetCell } from "../../src/workbook";
import { scheme000, units000 } from "../fixtures/doc000";
import { scheme2023, units2023 } from "../fixtures/year2023";

const rowsOf = (scheme: Scheme, units: Parameters<typeof evaluate>[1]): SheetCell[][] =>
  scoreTableGrid(evaluate(scheme, units)).grid.cells.map((row) => row.map((c) => c.value));

/** [000]'s scheme without its 附加评价: its four blocks are all in a 2021 header, so it reads that sheet too. */
function fourBlocks(): Scheme {
  const input: Record<string, unknown> = { ...(scheme000().input as object), id: "cn-000-four", title: "四个部分" };
  delete input["bonus"];
  const loaded = loadScheme(input);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scheme;
}

describe("recogniseScoreTable", () => {
  const y2021 = rowsOf(scheme000(), units000());
  const y2023 = rowsOf(scheme2023(), units2023());

  test("by the title the tool wrote, whatever the order of the candidates", () => {
    const found = recogniseScoreTable(y2023, [fourBlocks(), scheme000(), scheme2023()]);
    expect([found?.scheme.id, found?.by]).toEqual(["changning-2023", "title"]);
    expect(found?.table.evaluation.units).toHaveLength(10);
  });

  test("by the header when the title is another: the scheme with most blocks among those that read it", () => {
    const retitled = [["2021年度得分"], ...y2021.slice(1)];
    const found = recogniseScoreTable(retitled, [fourBlocks(), scheme2023(), scheme000()]);
    expect([found?.scheme.id, found?.by]).toEqual(["cn-000", "header"]);
  });

  test("the marker's scheme first, when it reads the sheet; none when no candidate does", () => {
    expect(recogniseScoreTable(y2021, [scheme000()], fourBlocks())?.by).toBe("marker");
    expect(recogniseScoreTable(y2023, [scheme000(), fourBlocks()])).toBeUndefined();
  });
});
