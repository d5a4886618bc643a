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

test("a rank term (名次条款) beside a yes/no round-trips through 档次与要素", () => {
  const s = {
    id: "rank-test",
    title: "名次测试",
    source: "test",
    unitLabel: "单位",
    precision: 2,
    totalPoints: 15,
    blocks: [
      {
        code: "A",
        name: "信贷",
        points: 15,
        children: [
          {
            code: "A1",
            name: "贷款增速",
            points: 15,
            criterion: "各项贷款同比增速从高到低排名,第一名15分,依次递减0.6分",
            rule: {
              kind: "perCaseDeduction",
              terms: [
                { kind: "rank", label: "贷款增速排名", per: 0.6 },
                { kind: "flag", label: "增速低于GDP增速", points: 15 },
              ],
            },
          },
        ],
      },
    ],
  } as unknown as SchemeInput;
  const read = readSchemeSheets(cellsOf(s));
  if (!read.ok) throw new Error(read.problems.map((p) => p.message.en).join("\n"));
  expect(show(read.scheme)).toBe(show(s));
  expect(show(read.scheme)).toContain("rank");
});
