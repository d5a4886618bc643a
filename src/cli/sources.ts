/**
 * Where the units of `audit`, `compare` and `report` come from: one reader per kind of file, chosen by extension.
 * JSON input files are read now; the workbook reader registers ".xlsx" when it lands, and may give the cell of each
 * reported score so findings can name it.
 */
import { extname } from "path";
import { describeInputError, evaluate, Evaluation, Scheme } from "../engine";
import { InputUnit, readUnits, toUnitInputs, UserError } from "./io";

/** A unit as a reader gives it: the input file's unit, plus the cells of its reported scores when it knows them. */
export interface SourceUnit extends InputUnit {
  cells?: Record<string, string>;
}

export type UnitReader = (path: string) => SourceUnit[];

const readers = new Map<string, UnitReader>([[".json", readUnits]]);

/** Adds (or replaces) the reader of one kind of file, keyed by its extension (".xlsx"). */
export function registerReader(extension: string, reader: UnitReader): void {
  readers.set(extension.toLowerCase(), reader);
}

/** The units of a file; a file of another extension than the registered ones is read as JSON. */
export function readSource(path: string): SourceUnit[] {
  const extension = extname(path).toLowerCase();
  const reader = readers.get(extension);
  if (reader) return reader(path);
  if (extension === ".xlsx" || extension === ".xls") {
    throw new UserError(`暂不能直接读取 ${extension} 文件 ${path}：请先导出为 JSON 输入文件`);
  }
  return readUnits(path);
}

/** Scores the units of a file; any bad input is a UserError naming the file, the unit and the id. */
export function evaluateSource(scheme: Scheme, path: string, what: string): Evaluation {
  const evaluation = evaluate(scheme, toUnitInputs(readSource(path)));
  if (evaluation.errors.length > 0) {
    const lines = evaluation.errors.map((e) => describeInputError(evaluation, e));
    throw new UserError(`${what} ${path} 的输入有 ${lines.length} 处错误：\n${lines.join("\n")}`);
  }
  return evaluation;
}
