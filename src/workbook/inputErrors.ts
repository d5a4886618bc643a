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
