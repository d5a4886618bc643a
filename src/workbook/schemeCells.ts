/**
 * Cells of the 指标体系 workbook as values and back: a number typed as text, 85% or 0.85 in a rate column, 是/否,
 * a list (别名: 甲、乙), a choice by its word; blank is absent. Reading never throws: a cell that cannot be read is a
 * message for its address.
 */
import { dec, HUNDRED, normalizeText, parseYesNo } from "../engine";
import type { GridCell } from "./grid";
import { isUnreadable, SheetCell } from "./inputTable";
import type { SheetColumn } from "./schemeColumns";

/** What is wrong with a cell, in both languages. */
export interface CellMessage {
  zh: string;
  en: string;
}

export type CellRead<T> = { ok: true; value: T | undefined } | { ok: false; message: CellMessage };

/** Longest text a cell may hold (Excel's own limit). */
export const CELL_TEXT_MAX = 32767;

export function isBlankCell(cell: SheetCell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  return typeof cell === "string" && cell.trim() === "";
}

/** A cell as text: a number as written ("2.3"), text as it is. */
export function readText(cell: SheetCell | undefined): CellRead<string> {
  if (isBlankCell(cell)) return { ok: true, value: undefined };
  if (isUnreadable(cell as SheetCell)) {
    const why = (cell as { unreadable: string }).unreadable;
    return { ok: false, message: { zh: `无法读取：${why}`, en: `unreadable: ${why}` } };
  }
  if (typeof cell === "string") {
    if (cell.length > CELL_TEXT_MAX)
      return {
        ok: false,
        message: { zh: `文字过长（超过 ${CELL_TEXT_MAX} 个字符）`, en: `text longer than ${CELL_TEXT_MAX} characters` },
      };
    return { ok: true, value: cell };
  }
  if (typeof cell === "number") return { ok: true, value: String(cell) };
  if (typeof cell === "boolean") return { ok: true, value: cell ? "是" : "否" };
  return { ok: true, value: undefined };
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function notNumber(text: string): CellRead<number> {
  return { ok: false, message: { zh: `“${text}”不是数字`, en: `“${text}” is not a number` } };
}

/** A number: a number cell, a number typed as text, or a percentage ("85%" is 0.85). */
export function readNumber(cell: SheetCell | undefined, integer = false): CellRead<number> {
  const text = readText(cell);
  if (!text.ok || text.value === undefined) return text as CellRead<number>;
  let value: number;
  if (typeof cell === "number") value = cell;
  else {
    const t = normalizeText(text.value).replace(/,/g, "");
    const percent = t.endsWith("%");
    const body = percent ? t.slice(0, -1).trim() : t;
    if (!NUMBER_TEXT.test(body)) return notNumber(text.value);
    value = percent ? Number(dec(body).dividedBy(HUNDRED).toString()) : Number(body);
  }
  if (!Number.isFinite(value)) return notNumber(text.value);
  if (integer && !Number.isInteger(value)) {
    return { ok: false, message: { zh: `“${text.value}”应为整数`, en: `“${text.value}” is not a whole number` } };
  }
  return { ok: true, value };
}

/**
 * A rate: 0.85, or 85% (a percentage cell holds 0.85; text "85%" reads as 0.85). A bare number above 1 may be a
 * percentage written without its sign, so it is refused (the engine reads a typed rate the same way).
 */
export function readRate(cell: SheetCell | undefined): CellRead<number> {
  const read = readNumber(cell);
  if (!read.ok || read.value === undefined || read.value <= 1) return read;
  const bare = typeof cell === "number" || !String(cell).trim().endsWith("%");
  if (!bare) return read;
  const shown = String(cell).trim();
  return {
    ok: false,
    message: {
      zh: `${shown} 大于 1，无法判断是否为百分数：请写作 ${shown}% 或 0.xx（超过 100% 的比率请带 % 填写，如 120%）`,
      en: `${shown} is above 1: write it as ${shown}% or as a fraction (a rate above 100% with its sign, as 120%)`,
    },
  };
}

export function readYesNo(cell: SheetCell | undefined): CellRead<boolean> {
  if (isBlankCell(cell)) return { ok: true, value: undefined };
  if (isUnreadable(cell as SheetCell)) return { ok: false, message: { zh: "无法读取", en: "unreadable" } };
  const parsed = parseYesNo(cell);
  return parsed.ok
    ? { ok: true, value: parsed.value }
    : { ok: false, message: { zh: parsed.error.zh, en: parsed.error.en } };
}

/** A list of text: one entry per line, or separated by 、 when on one line. */
export function readList(cell: SheetCell | undefined): CellRead<string[]> {
  const text = readText(cell);
  if (!text.ok || text.value === undefined) return text as CellRead<string[]>;
  const parts = (text.value.includes("\n") ? text.value.split(/\r?\n/) : text.value.split("、"))
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return { ok: true, value: parts };
}

/** A cell of a column of this type, as the scheme file holds it. */
export function readColumn(cell: SheetCell | undefined, column: SheetColumn): CellRead<unknown> {
  switch (column.type) {
    case "number":
      return readNumber(cell);
    case "rate":
      return readRate(cell);
    case "integer":
      return readNumber(cell, true);
    case "yesNo":
      return readYesNo(cell);
    case "list":
      return readList(cell);
    default:
      return readText(cell);
  }
}

/** A rate's display format with as many decimals as it needs: 0.85 as 85%, 0.855 as 85.5%. */
export function rateFormat(value: number): string {
  const digits = (String(value).split(".")[1] ?? "").length;
  const places = Math.max(0, Math.min(10, digits - 2));
  return places === 0 ? "0%" : `0.${"0".repeat(places)}%`;
}

/** A value of a column as a cell. */
export function columnCell(value: unknown, column: SheetColumn): GridCell {
  if (value === undefined || value === null) return { value: null };
  switch (column.type) {
    case "rate":
      if (typeof value !== "number") return { value: String(value), format: "@" };
      // Above 100% as text with its sign: a bare number above 1 in a rate column reads as ambiguous.
      if (value > 1) return { value: `${dec(value).times(HUNDRED).toString()}%`, format: "@" };
      return { value, format: rateFormat(value) };
    case "number":
    case "integer":
      return { value: typeof value === "number" ? value : String(value) };
    case "yesNo":
      return { value: value === true ? "是" : "否", list: ["是", "否"] };
    case "list": {
      const items = Array.isArray(value) ? value.map(String) : [String(value)];
      return { value: items.join(items.some((i) => i.includes("、")) ? "\n" : "、"), format: "@", wrap: true };
    }
    default:
      return { value: String(value), format: "@" };
  }
}
