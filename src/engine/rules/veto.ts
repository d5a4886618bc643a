/**
 * 一票否决: "实行'一票否决'，当年社会救助绩效评价等第评定为不合格" [001, 003]. Each condition is a yes/no; any yes
 * gives the unit the scheme's failing grade whatever its score, and the score is still shown. Conditions are not
 * leaves: they add no points, and one left blank counts as not having happened.
 */
import { parseYesNo } from "../cell";
import type { Parsed } from "../result";

export const veto = {
  kind: "veto",
  title: "一票否决",
  parse(raw: unknown): Parsed<boolean> {
    return parseYesNo(raw);
  },
  explain(text: string, happened: boolean, grade: string): string {
    return happened ? `出现一票否决情形：${text}，等第评定为${grade}` : `未出现一票否决情形：${text}`;
  },
};
