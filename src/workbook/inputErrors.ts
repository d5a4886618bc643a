/**
 * How an input error reads, worded once for both front ends: the engine's sentence about the unit and the input, in
 * both languages, with the cell it is about; as a line, the cell first ("输入!C3：江苏 · 2 基础评价：“二十九” 不是分数").
 * Each front end names a cell its own way: the command line as a sheet reference, the add-in as a range to select.
 */
import { describeInputError, Evaluation, InputError } from "../engine";

/** A message in both languages; the pane picks one, the command line prints the Chinese. */
export interface Wording {
  code: string;
  zh: string;
  en: string;
}

/** An input error and the cell it is about (`At`, as the front end names a cell), when it is known. */
export interface LocatedError<At> {
  at?: At;
  unit: string;
  /** The input's id, and its part after a slash ("2", "C11/planned"). */
  key: string;
  message: Wording;
}

/** The engine's input errors, worded, each at the cell `locate` gives. */
export function locateInputErrors<At>(
  evaluation: Evaluation,
  errors: readonly InputError[],
  locate: (error: InputError) => At | undefined,
): LocatedError<At>[] {
  return errors.map((e) => {
    const at = locate(e);
    const part = e.part !== undefined && e.part !== "" ? `/${e.part}` : "";
    return {
      ...(at !== undefined ? { at } : {}),
      unit: e.unit,
      key: `${e.id}${part}`,
      message: {
        code: e.problem.code,
        zh: describeInputError(evaluation, e),
        en: `${e.unit} · ${e.id}${part}: ${e.problem.en}`,
      },
    };
  });
}

/** "输入!C3：江苏 · 2 基础评价：“二十九” 不是分数"; without a cell, the message alone. */
export function problemLine(at: string | undefined, message: string): string {
  return at ? `${at}：${message}` : message;
}

/** How many cells a list of problems shows before it only counts the rest. */
export const PROBLEMS_SHOWN = 50;

/** A problem of a run at its cell (`At`, as the front end names it), with the cell's place to sort by. */
export interface PlacedProblem<At> {
  at?: At;
  /** 0-based row and column, for sheet order; problems without them come last, in the order given. */
  row?: number;
  col?: number;
  message: string;
}

/** The problems at one cell, in the order found. */
export interface CellProblems<At> {
  at?: At;
  messages: string[];
}

/**
 * Every problem of a run grouped by cell, in sheet order (row by row), so a clerk walks the sheet once: reading
 * problems (a repeated unit, an unreadable cell) and the engine's (“二十九” 不是分数, 未填写) together.
 */
export function groupByCell<At>(problems: readonly PlacedProblem<At>[], keyOf: (at: At) => string): CellProblems<At>[] {
  const placed = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => {
      const ra = a.p.row ?? Infinity;
      const rb = b.p.row ?? Infinity;
      if (ra !== rb) return ra - rb;
      const ca = a.p.col ?? Infinity;
      const cb = b.p.col ?? Infinity;
      return ca !== cb ? ca - cb : a.i - b.i;
    });
  const groups: CellProblems<At>[] = [];
  const byKey = new Map<string, CellProblems<At>>();
  for (const { p } of placed) {
    const key = p.at === undefined ? undefined : keyOf(p.at);
    const known = key === undefined ? undefined : byKey.get(key);
    if (known) {
      if (!known.messages.includes(p.message)) known.messages.push(p.message);
      continue;
    }
    const group: CellProblems<At> =
      p.at === undefined ? { messages: [p.message] } : { at: p.at, messages: [p.message] };
    groups.push(group);
    if (key !== undefined) byKey.set(key, group);
  }
  return groups;
}

/** The lines of a problem list: the first `PROBLEMS_SHOWN` cells, each with its messages, then how many more. */
export function problemListing(groups: readonly CellProblems<string>[], shown = PROBLEMS_SHOWN): string[] {
  const lines = groups.slice(0, shown).map((g) => problemLine(g.at, g.messages.join("；")));
  const rest = groups.length - shown;
  if (rest > 0) lines.push(`……另有 ${rest} 处问题未列出，请先改正以上各处后再运行`);
  return lines;
}

/** The code of the line that counts the problems not listed. */
export const MORE_PROBLEMS = "more-problems";

/** A worded problem at a cell (`At`, as the front end names it), as the add-in lists them. */
export interface WordedProblem<At> {
  at?: At;
  unit?: string;
  key?: string;
  message: Wording;
}

/**
 * The add-in's problem list: every problem of the run grouped by cell (messages at one cell joined, in the order
 * found), the first `PROBLEMS_SHOWN` cells, then one line counting the rest.
 */
export function groupWorded<At>(
  problems: readonly WordedProblem<At>[],
  keyOf: (at: At) => string,
  shown = PROBLEMS_SHOWN,
): WordedProblem<At>[] {
  const groups: WordedProblem<At>[] = [];
  const byKey = new Map<string, WordedProblem<At>>();
  for (const p of problems) {
    const key = p.at === undefined ? undefined : keyOf(p.at);
    const known = key === undefined ? undefined : byKey.get(key);
    if (known) {
      if (!known.message.zh.split("；").includes(p.message.zh)) {
        known.message = {
          code: known.message.code,
          zh: `${known.message.zh}；${p.message.zh}`,
          en: `${known.message.en}; ${p.message.en}`,
        };
      }
      continue;
    }
    const group: WordedProblem<At> = { ...p };
    groups.push(group);
    if (key !== undefined) byKey.set(key, group);
  }
  const rest = groups.length - shown;
  if (rest <= 0) return groups;
  return [
    ...groups.slice(0, shown),
    {
      message: {
        code: MORE_PROBLEMS,
        zh: `……另有 ${rest} 处问题未列出，请先改正以上各处后再运行`,
        en: `… ${rest} more cells with problems are not listed: correct the ones above, then run again`,
      },
    },
  ];
}
