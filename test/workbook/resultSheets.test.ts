/**
 * The sheets a scoring run writes, decided once for `jixiao score` and the add-in: [000]'s 得分表 always, its 附加得分表
 * (附件2) when a 街镇 claimed bonus items, and the 附加得分表 listed for removal when there is nothing to put in it.
 */
import { evaluate, loadScheme, Scheme } from "../../src/engine";
import { builtinScheme } from "../../src/schemes";
import {
  BONUS_SHEET_NAME,
  BONUS_TABLE_MARKER,
  bonusDetailGrid,
  resultSheets,
  SCORE_SHEET_NAME,
  SCORE_TABLE_MARKER,
  scoreTableGrid,
} from "../../src/workbook";
import { scheme000, units000 } from "../fixtures/doc000";

const bonusSheet = { name: BONUS_SHEET_NAME, marker: BONUS_TABLE_MARKER };

describe("which result sheets a run writes", () => {
  test("[000]: ten 街镇 with 附加评价 claimed get the 得分表, then the 附加得分表, and nothing is removed", () => {
    const units = units000();
    const evaluation = evaluate(scheme000(), units);
    const values = units.map((u) => u.values);
    const sheets = resultSheets(evaluation, values);
    expect(sheets.write.map((s) => [s.name, s.marker])).toEqual([
      [SCORE_SHEET_NAME, SCORE_TABLE_MARKER],
      [BONUS_SHEET_NAME, BONUS_TABLE_MARKER],
    ]);
    expect(sheets.write[0]!.grid).toEqual(scoreTableGrid(evaluation).grid);
    expect(sheets.write[1]!.grid).toEqual(bonusDetailGrid(evaluation, values)!.grid);
    expect(sheets.score.rowUnits).toEqual(scoreTableGrid(evaluation).rowUnits);
    expect(sheets.bonus).toBeDefined();
    expect(sheets.remove).toEqual([]);
  });

  test("no 街镇 claimed anything: the 得分表 alone, and an earlier run's 附加得分表 is to be removed", () => {
    const units = units000().map((u) => ({ ...u, values: { ...u.values, "5": "" } }));
    const sheets = resultSheets(
      evaluate(scheme000(), units),
      units.map((u) => u.values),
    );
    expect(sheets.write.map((s) => s.name)).toEqual([SCORE_SHEET_NAME]);
    expect(sheets.bonus).toBeUndefined();
    expect(sheets.remove).toEqual([bonusSheet]);
  });

  test("虹桥 2023, whose scheme has no bonus part: the 得分表 alone, the 附加得分表 to be removed", () => {
    const loaded = loadScheme(builtinScheme("hongqiao-2023"));
    if (!loaded.ok) throw new Error("hongqiao-2023");
    const hongqiao: Scheme = loaded.scheme;
    const sheets = resultSheets(evaluate(hongqiao, [{ name: "虹桥镇", values: {} }]), [{}]);
    expect(sheets.write.map((s) => s.name)).toEqual([SCORE_SHEET_NAME]);
    expect(sheets.remove).toEqual([bonusSheet]);
  });
});
