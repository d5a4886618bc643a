/**
 * A worksheet too large for one JavaScript string is read in pieces cut after a row's end tag: the cells are the
 * same as read whole, whatever the size of the pieces, with prefixes, rows without numbers and merges after the rows.
 */
import { copyFileSync } from "fs";
import { join } from "path";
import { openXlsxFile } from "../../src/cli/xlsxFile";
import { loadScheme } from "../../src/engine";
import { builtinScheme } from "../../src/schemes";
import { readSheetCells, worksheets } from "../../src/xlsx";
import { writeUnitsXlsx } from "../../scripts/bench/scaleInputs";
import { syntheticUnits } from "../../scripts/bench/synthetic";
import { editParts, tempDir } from "../cli/workbooks";

const SHEET = "xl/worksheets/sheet1.xml";

function sheetOf(path: string) {
  const file = openXlsxFile(path);
  const sheet = worksheets(file)[0];
  if (!sheet) throw new Error("no sheet");
  return { file, sheet };
}

/** The cells of the file's first sheet, read whole and read in pieces of `pieceBytes`, each from a fresh opening. */
function bothWays(path: string, pieceBytes: number, maxRows = Infinity) {
  const whole = sheetOf(path);
  const pieces = sheetOf(path);
  return {
    whole: readSheetCells(whole.file, whole.sheet, maxRows),
    pieces: readSheetCells(pieces.file, pieces.sheet, maxRows, pieceBytes),
  };
}

describe("a worksheet read in pieces", () => {
  const loaded = loadScheme(builtinScheme("changning-2023"));
  if (!loaded.ok) throw new Error("changning-2023 does not load");
  const scheme = loaded.scheme;
  const dir = tempDir();
  const path = join(dir, "units.xlsx");
  writeUnitsXlsx(path, scheme, syntheticUnits(scheme, 300));

  test.each([512, 4096, 100_000])("in pieces of %i bytes, every cell as read whole", (size) => {
    const { whole, pieces } = bothWays(path, size);
    expect(whole).toHaveLength(303);
    expect(whole[3]?.[0]).toBe("单位1");
    expect(pieces).toEqual(whole);
  });

  test("the first rows only (the header search), and the merge after the rows still applied", () => {
    const { whole, pieces } = bothWays(path, 4096, 10);
    expect(whole).toHaveLength(10);
    expect(pieces).toEqual(whole);
    expect(whole[0]?.slice(0, 2)).toEqual([expect.stringContaining("录入表"), null]);
  });

  test("prefixed elements (x:row) and rows without numbers", () => {
    const edited = (name: string, edit: (xml: string) => string) => {
      const copy = join(dir, name);
      copyFileSync(path, copy);
      return editParts(copy, { [SHEET]: edit });
    };
    const prefixed = edited("prefixed.xlsx", (xml) =>
      xml
        .replace(/<(\/?)(worksheet|sheetData|row|c|v|mergeCells|mergeCell)\b/g, "<$1x:$2")
        .replace("<x:worksheet xmlns=", "<x:worksheet xmlns:x="),
    );
    const expected = bothWays(path, 1000).whole;
    expect(bothWays(prefixed, 1000).pieces).toEqual(expected);
    const unnumbered = edited("unnumbered.xlsx", (xml) => xml.replace(/<row r="\d+">/g, "<row>"));
    expect(bothWays(unnumbered, 1000).pieces).toEqual(expected);
  });
});
