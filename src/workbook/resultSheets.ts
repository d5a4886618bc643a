/**
 * Which sheets a scoring run writes, decided once for the command line and the add-in: the 得分表 always, and the
 * 附加得分表 of [000] 附件2 when the bonus part is scored from claimed items and some unit claimed one. A result sheet
 * this run has nothing for is listed for removal, so rewriting a workbook leaves no table from an earlier run.
 */
import type { Evaluation } from "../engine";
import { BONUS_SHEET_NAME, BONUS_TABLE_MARKER, BonusDetail, bonusDetailGrid } from "./bonusDetail";
import type { Grid } from "./grid";
import { SCORE_SHEET_NAME, SCORE_TABLE_MARKER, ScoreTable, scoreTableGrid } from "./scoreTable";

/** One of the tool's sheets: its tab, and the workbook name marking the region the tool wrote there. */
export interface ToolSheet {
  name: string;
  marker: string;
}

export interface ResultSheet extends ToolSheet {
  grid: Grid;
}

export interface ResultSheets {
  score: ScoreTable;
  bonus?: BonusDetail;
  /** What to write, the 得分表 first. */
  write: ResultSheet[];
  /** The tool's result sheets this run has nothing for (a 附加得分表 when no unit claimed bonus items). */
  remove: ToolSheet[];
}

const SCORE: ToolSheet = { name: SCORE_SHEET_NAME, marker: SCORE_TABLE_MARKER };
const BONUS: ToolSheet = { name: BONUS_SHEET_NAME, marker: BONUS_TABLE_MARKER };

/** The result sheets of an evaluation, `values[i]` being unit i's raw input (the 附加得分表 lists what it claimed). */
export function resultSheets(
  evaluation: Evaluation,
  values: readonly Readonly<Record<string, unknown>>[],
): ResultSheets {
  const score = scoreTableGrid(evaluation);
  const bonus = bonusDetailGrid(evaluation, values);
  if (!bonus) return { score, write: [{ ...SCORE, grid: score.grid }], remove: [BONUS] };
  return {
    score,
    bonus,
    write: [
      { ...SCORE, grid: score.grid },
      { ...BONUS, grid: bonus.grid },
    ],
    remove: [],
  };
}
