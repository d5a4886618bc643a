import { loadScheme, showScheme, SchemeInput } from "../../src/engine";
import { builtinSchemes } from "../../src/schemes";
import { readSchemeSheets, schemeSheetGrids, SchemeSheetCells } from "../../src/workbook/schemeSheets";

function cellsOf(input: SchemeInput): SchemeSheetCells {
  const out: SchemeSheetCells = {};
  for (const { sheet, grid } of schemeSheetGrids(input)) out[sheet] = grid.cells.map((r) => r.map((c) => c.value));
  return out;
}
function show(input: unknown): string {
  const l = loadScheme(input);
  if (!l.ok) throw new Error(JSON.stringify(l.problems));
  return showScheme(l.scheme);
}
test.each(builtinSchemes.map((s) => [s.id, s] as const))("round trip %s", (_id, s) => {
  const read = readSchemeSheets(cellsOf(s));
  if (!read.ok)
    throw new Error(
      read.problems
        .slice(0, 10)
        .map((p) => p.message.en)
        .join("\n"),
    );
  expect(show(read.scheme)).toBe(show(s));
});
