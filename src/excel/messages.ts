/** What the shell tells the user, in both languages of the task pane (the pane picks one). */
import type { InputProblem } from "../engine";

export type Message = Pick<InputProblem, "code" | "zh" | "en">;

export function message(code: string, zh: string, en: string): Message {
  return { code, zh, en };
}

/** 第3–12行 / rows 3–12, for 0-based `row` and `rows` rows. */
export function rowSpan(row: number, rows: number): { zh: string; en: string } {
  const a = row + 1;
  const b = row + rows;
  return a === b ? { zh: `第${a}行`, en: `row ${a}` } : { zh: `第${a}–${b}行`, en: `rows ${a}–${b}` };
}
