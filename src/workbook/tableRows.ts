/**
 * What a row under the header is, as a clerk reads the table: a unit, a blank row (skipped), a row of figures without
 * a unit name (an error), a summary row (合计, 平均分 …) or a note (注：…), which are listed as not units. The table
 * runs to the last row with anything in it, so units after a gap are read. Shared by the workbook command and the
 * add-in (which checks the rows under a bound range the same way).
 */
import { normalizeText } from "../engine";
import type { Wording } from "./inputErrors";

export type RowKind = "unit" | "blank" | "unnamed" | "summary" | "note";

const SUMMARY = /(合计|总计|小计|平均分|平均值|平均)$/;
/** A note, or a line signed under the table ("填表人：张三", "制表:"): a unit's name holds no colon. */
const NOTE = /^(注|说明|备注)|[:：]/;

/** The kind of a row from its unit-name cell's text and whether any of its input cells holds something. */
export function rowKind(name: string, filled: boolean): RowKind {
  const text = normalizeText(name);
  if (text === "") return filled ? "unnamed" : "blank";
  if (NOTE.test(text)) return "note";
  if (SUMMARY.test(text)) return "summary";
  return "unit";
}

/** A row that is not a unit, as listed to the user ("“合计”是合计行，不是单位"). */
export interface NotUnitRow {
  row: number;
  name: string;
  kind: "summary" | "note";
}

function shortened(text: string): string {
  const chars = [...text.trim()];
  return chars.length > 20 ? `${chars.slice(0, 20).join("")}…` : chars.join("");
}

export function notUnitWording(name: string, kind: "summary" | "note"): Wording {
  const shown = shortened(name);
  return kind === "summary"
    ? {
        code: "summary-row",
        zh: `“${shown}”是合计或平均行，不是单位，未计算`,
        en: `“${shown}” is a summary row, not a unit; not scored`,
      }
    : { code: "note-row", zh: `“${shown}”是注释，不是单位`, en: `“${shown}” is a note, not a unit` };
}

/** A row of figures without a unit name, 0-based `row`. */
export function unnamedRowWording(row: number): Wording {
  return {
    code: "no-unit-name",
    zh: `第 ${row + 1} 行有数据，但没有单位名称：请填写单位名称，或删去这一行的数据`,
    en: `row ${row + 1} has inputs but no unit name: type the unit's name, or clear the row`,
  };
}
