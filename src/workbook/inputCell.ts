/**
 * One input cell read as a clerk reads it: the number format counts. A percentage in a column of scores or counts
 * (85% typed for 85 points, stored as 0.85) is an error, not 0.85 points; a percentage in a rate column is that rate;
 * a date or an amount of money is never an input. A number stored as text is read, with a warning. Shared by the
 * workbook command and the add-in, so that a cell reads the same in both.
 */
import { fromCellNumber, InputColumn, normalizeText, percent, SlotKind } from "../engine";
import type { Wording } from "./inputErrors";
import type { FormatKind } from "./numberFormat";

/** What a column of each kind takes, in a clerk's words ("成效评价是分数"). */
const TAKES: Record<SlotKind, { zh: string; en: string }> = {
  score: { zh: "分数", en: "a score" },
  count: { zh: "次数或例数", en: "a count" },
  number: { zh: "数值", en: "a number" },
  rate: { zh: "比率", en: "a rate" },
  yesNo: { zh: "是/否", en: "a yes/no answer" },
  label: { zh: "等级", en: "a level" },
  list: { zh: "各项分值", en: "item points" },
  projects: { zh: "表彰级别", en: "award levels" },
};

/** Columns whose numbers Excel flags when they are stored as text. */
const NUMERIC = new Set<SlotKind>(["score", "count", "number", "rate"]);
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+|\d{1,3}(,\d{3})+(\.\d+)?)$/;

export type InputCellRead = { ok: true; value: unknown; warning?: Wording } | { ok: false; problem: Wording };

/** "成效评价", or "C11 低保补助计划发放率" 's part as "低保补助计划发放率：实际发放人数". */
function columnName(column: InputColumn): string {
  return column.slot === "" ? column.label : `${column.leaf?.name ?? column.id}：${column.label}`;
}

/**
 * The value an input cell hands to the engine, given the kind of its number format; `unit` names the row's unit in
 * messages ("北新泾 · 成效评价是分数，单元格是百分数 85%").
 */
export function readInputCell(column: InputColumn, value: unknown, format: FormatKind, unit: string): InputCellRead {
  const name = `${unit} · ${columnName(column)}`;
  const takes = TAKES[column.kind];
  if (typeof value === "number" && format !== "number" && format !== "text") {
    if (format === "percent" && column.kind === "rate") {
      // 0.85 is 85% already; above 100% the sign is kept, as a rate typed 100.5% is read.
      return { ok: true, value: value > 1 ? percent(fromCellNumber(value), 10) : value };
    }
    const [zh, en] =
      format === "percent"
        ? [`百分数 ${percent(fromCellNumber(value), 10)}`, `a percentage (${percent(fromCellNumber(value), 10)})`]
        : format === "date"
          ? ["日期格式", "formatted as a date"]
          : [`货币格式（${value}）`, `formatted as currency (${value})`];
    return {
      ok: false,
      problem: {
        code: `${format}-format`,
        zh: `${name}是${takes.zh}，单元格是${zh}：请改为常规格式，填写${takes.zh}`,
        en: `${name} takes ${takes.en}, but the cell is ${en}: use the General format and type ${takes.en}`,
      },
    };
  }
  if (typeof value === "string" && NUMERIC.has(column.kind) && NUMBER_TEXT.test(normalizeText(value))) {
    return {
      ok: true,
      value,
      warning: {
        code: "number-as-text",
        zh: `${name}：数字 ${value.trim()} 以文本形式存储，已按数值读取`,
        en: `${name}: the number ${value.trim()} is stored as text; read as a number`,
      },
    };
  }
  return { ok: true, value };
}
