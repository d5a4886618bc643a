/** Bad input is data, not an exception: a parse gives either a value or a reason a clerk can act on. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: InputProblem };

/** Why a value cannot be used, in both languages of the task pane. */
export interface InputProblem {
  /** Stable code for programs (tests, the task pane's filters). */
  code: string;
  /** 中文说明, shown to clerks. */
  zh: string;
  /** The same in English. */
  en: string;
  /** Which part of a several-part input was wrong ("actual", "2", …), when it is one. */
  part?: string;
}

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: string, zh: string, en: string, part?: string): Parsed<T> {
  return { ok: false, error: part === undefined ? { code, zh, en } : { code, zh, en, part } };
}

/** The same problem, attributed to one part of a composite input. */
export function inPart<T>(parsed: Parsed<T>, part: string): Parsed<T> {
  if (parsed.ok || parsed.error.part !== undefined) return parsed;
  return { ok: false, error: { ...parsed.error, part } };
}
