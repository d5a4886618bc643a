/**
 * Where the units of `audit`, `compare` and `report` come from: one reader per kind of file, chosen by extension.
 * JSON input files, and .xlsx workbooks read as `jixiao score` reads them (an input sheet, or a result jixiao wrote,
 * whose input sheet is read); a reader may give the cell of each input so errors can name it.
 */
import { extname } from "path";
import { evaluate, Evaluation, EvaluateOptions, InputError, Scheme } from "../engine";
import { locateInputErrors, problemLine } from "../workbook";
import { errorAddress, readWorkbookInput, refuseProblems } from "./workbook";
import { choiceHint, InputUnit, readInputFile, runChoices, shownProblems, toUnitInputs, UserError } from "./io";
import type { LabelChoices } from "../engine";

/** A unit as a reader gives it: the input file's unit, plus the cells of its reported scores when it knows them. */
export interface SourceUnit extends InputUnit {
  cells?: Record<string, string>;
}

/** The units of a file, and where each input came from when the file is a sheet. */
export interface Source {
  units: SourceUnit[];
  /** The cell an input error points at ("输入!C3"), when the reader knows it. */
  locate?: (error: InputError) => string;
  /** The evaluator's choices the file keeps (an input file's "choices"). */
  choices?: LabelChoices;
}

/** Reads a file's units; `choices` (checked) are the evaluator's from the command line, for the problems it reports. */
export type UnitReader = (path: string, scheme: Scheme, choices?: LabelChoices) => Promise<Source>;

const readJson: UnitReader = async (path) => readInputFile(path);

/** Workbooks are read as `jixiao score` reads them: the sheet whose headers name the most inputs. */
const readXlsx: UnitReader = async (path, scheme, choices) => {
  const input = await readWorkbookInput(path, scheme, { scheme: scheme.id });
  // A problem in the rows is reported with every input error of the same file, grouped by cell.
  if (input.problems.length > 0) {
    const options = choices ? { explain: false, choices } : { explain: false };
    refuseProblems(input, evaluate(scheme, input.table.units, options), "未计算");
  }
  return {
    units: input.table.units.map((u) => ({ name: u.name, values: u.values })),
    locate: (error) => errorAddress(input, error),
  };
};

const readers = new Map<string, UnitReader>([
  [".json", readJson],
  [".xlsx", readXlsx],
]);

/** Adds (or replaces) the reader of one kind of file, keyed by its extension. */
export function registerReader(extension: string, reader: UnitReader): void {
  readers.set(extension.toLowerCase(), reader);
}

/** The units of a file; a file of another extension than the registered ones is read as JSON. */
export async function readSource(path: string, scheme: Scheme, choices?: LabelChoices): Promise<Source> {
  const reader = readers.get(extname(path).toLowerCase()) ?? readJson;
  return reader(path, scheme, choices);
}

/** Scores the units of a file; any bad input is a UserError naming the file, the unit, the id and the cell. */
export async function evaluateSource(
  scheme: Scheme,
  path: string,
  what: string,
  options: EvaluateOptions = {},
  choose: readonly string[] = [],
): Promise<Evaluation> {
  const source = await readSource(path, scheme, runChoices(scheme, choose));
  const choices = runChoices(scheme, choose, source.choices);
  const evaluation = evaluate(scheme, toUnitInputs(source.units), { ...options, choices });
  if (evaluation.errors.length > 0) {
    const located = locateInputErrors(evaluation, evaluation.errors, (e) => source.locate?.(e));
    const lines = located.map((e) => problemLine(e.at, e.message.zh));
    throw new UserError(
      [
        `${what} ${path} 的输入有 ${lines.length} 处错误：`,
        ...shownProblems(lines),
        ...choiceHint(evaluation.errors),
      ].join("\n"),
    );
  }
  return evaluation;
}
