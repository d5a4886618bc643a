/**
 * An evaluation as plain JSON, the shape `jixiao evaluate --json` prints: numbers as JSON numbers at the scheme's
 * precision — the one place scores become JavaScript numbers.
 */
import { Decimal, toNumber } from "./decimal";
import type { Evaluation, InputError, UnitResult } from "./evaluate";
import { inputColumns, PART_SEPARATOR } from "./inputs";
import type { Scheme } from "./scheme";
import { summarize, TOTAL } from "./summary";

export interface UnitJson {
  name: string;
  scores: Record<string, number>;
  blocks: Record<string, number | null>;
  bonus: number | null;
  penalty: number | null;
  total: number | null;
  rank: number | null;
  grade: string | null;
  vetoed: boolean;
  missing: string[];
  explanations: Record<string, string>;
}

export interface EvaluationJson {
  scheme: string;
  units: UnitJson[];
  averages: Record<string, number | null>;
  grades: Record<string, number>;
}

/** One unit as JSON; `explanations` are the unit's own unless given (written on demand for a large evaluation). */
export function unitToJson(
  evaluation: Evaluation,
  unit: UnitResult,
  explanations: ReadonlyMap<string, string> = unit.explanations,
): UnitJson {
  const p = evaluation.scheme.precision;
  const num = (d: Decimal | null) => (d === null ? null : toNumber(d, p));
  return {
    name: unit.name,
    scores: Object.fromEntries(Array.from(unit.scores, ([id, s]) => [id, toNumber(s, p)])),
    blocks: Object.fromEntries(Array.from(unit.columns, ([id, s]) => [id, num(s)])),
    bonus: num(unit.bonus),
    penalty: num(unit.penalty),
    total: num(unit.total),
    rank: unit.rank,
    grade: unit.grade,
    vetoed: unit.vetoed,
    missing: unit.missing,
    explanations: Object.fromEntries(explanations),
  };
}

/** What the JSON says about all units together: the averages of each column and the units per grade. */
export function evaluationTotalsJson(evaluation: Evaluation): Pick<EvaluationJson, "averages" | "grades"> {
  const p = evaluation.scheme.precision;
  const num = (d: Decimal | null) => (d === null ? null : toNumber(d, p));
  const summary = summarize(evaluation);
  const averages: Record<string, number | null> = {};
  for (const column of summary.columns) averages[column.id] = num(column.average);
  averages[TOTAL] = num(summary.total.average);
  return { averages, grades: Object.fromEntries(summary.grades.map((g) => [g.label, g.count])) };
}

export function evaluationToJson(evaluation: Evaluation): EvaluationJson {
  return {
    scheme: evaluation.scheme.id,
    units: evaluation.units.map((u) => unitToJson(evaluation, u)),
    ...evaluationTotalsJson(evaluation),
  };
}

/** Each scheme's input columns by key, worked out once: an error names its input as the column's header does. */
const headersOf = new WeakMap<Scheme, Map<string, string>>();

/** The header of a leaf's input column ("1.3 政策落实：三项政策未贯彻落实（项）"), or undefined for a veto or an item. */
export function inputHeader(scheme: Scheme, id: string, part?: string): string | undefined {
  if (!scheme.nodes.has(id)) return undefined;
  return headerOf(scheme, part !== undefined && part !== "" ? `${id}${PART_SEPARATOR}${part}` : id);
}

function headerOf(scheme: Scheme, key: string): string | undefined {
  let headers = headersOf.get(scheme);
  if (!headers) {
    headers = new Map(inputColumns(scheme).map((c) => [c.key, c.header]));
    headersOf.set(scheme, headers);
  }
  return headers.get(key);
}

/**
 * "新泾 · 2.3.1 规范审核确认工作（违反流程，例）：“abc” 不是非负整数…": the input named in the words of its header
 * ("1.3 政策落实：三项政策未贯彻落实（项）"); a part that is no column of its own (an item of a list) in brackets.
 */
export function describeInputError(evaluation: Evaluation, error: InputError): string {
  const hasPart = error.part !== undefined && error.part !== "";
  // A veto's header repeats its whole condition: its message keeps the short "veto.1 一票否决".
  const header = inputHeader(evaluation.scheme, error.id, error.part);
  if (header !== undefined) return `${error.unit} · ${header}：${error.problem.zh}`;
  const node = evaluation.scheme.nodes.get(error.id);
  const veto = evaluation.scheme.vetoes.find((v) => v.id === error.id);
  const name = node ? ` ${node.name}` : veto ? " 一票否决" : "";
  const part = hasPart ? `（${error.part}）` : "";
  return `${error.unit} · ${error.id}${name}${part}：${error.problem.zh}`;
}
