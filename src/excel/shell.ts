/**
 * The interface the task pane uses: everything it asks of Excel, in calls that each cost one or two syncs. The pane
 * never sees a Range; it gets plain results, with every message in both languages.
 */
import type { Evaluation, Scheme, SchemeProblem, UnitInput } from "../engine";
import type { MatchedBy } from "../workbook";
import type { CellProblem } from "./boundInputs";
import type { Message } from "./messages";
import type { CellRef } from "./region";

export type { CellProblem, CellRef, Message };

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: Message };

export interface BoundInput {
  /** Input key (C11/actual), or "@units" for the unit names. */
  key: string;
  /** Where the name points now ("输入!C4:C13"), or null when the name is gone or broken. */
  address: string | null;
}

export interface WorkbookState {
  /** The scheme the bindings were made for, when there are bindings. */
  scheme?: Scheme;
  bindings: BoundInput[];
  /** Whether a 得分表 written by the add-in is in the workbook. */
  hasScoreTable: boolean;
}

export interface GeneratedSheet {
  sheet: string;
  address: string;
  /** Inputs bound (not counting the unit names). */
  bound: number;
  /** Whether criteria went in as cell comments (they need ExcelApi 1.10). */
  notes: boolean;
}

export interface ProposedMatch {
  key: string;
  header: string;
  /** The input's own header, as the scheme names it. */
  label: string;
  by: MatchedBy;
  /** The data cells under the header ("数据!C2:C11"). */
  address: string;
}

/** Automatic binding, shown to the user before anything is stored. */
export interface BindingProposal {
  sheet: string;
  /** The unit-name cells (first column of the selection, under the header). */
  units: string;
  matches: ProposedMatch[];
  unmatched: { header: string; address: string }[];
  conflicts: { key: string; headers: string[] }[];
  /** Inputs no header names: { key, header } in the scheme's words. */
  missing: { key: string; header: string }[];
}

export interface ReadBackDifference {
  at: CellRef;
  unit: string;
  column: string;
  expected: string | number | null;
  actual: unknown;
}

export interface RunResult {
  evaluation: Evaluation;
  /** Unit indexes in the 得分表's order (highest 总分 first). */
  order: number[];
  /** The units as read from the bound cells, raw values included (the 指标得分表 shows them as 业绩值). */
  units: UnitInput[];
  table: CellRef;
  differences: ReadBackDifference[];
}

export type RunOutcome =
  | { kind: "notBound"; message: Message }
  | { kind: "schemeProblems"; problems: SchemeProblem[] }
  /** Workbook names the bindings relied on were deleted or broken (their sheet deleted). */
  | { kind: "bindingsLost"; keys: string[]; message: Message }
  | { kind: "inputErrors"; problems: CellProblem[] }
  | { kind: "handEdits"; cells: CellRef[]; resized: boolean }
  | { kind: "blocked"; cells: CellRef[] }
  | { kind: "written"; result: RunResult };

export type WriteOutcome =
  | { kind: "handEdits"; cells: CellRef[]; resized: boolean }
  | { kind: "blocked"; cells: CellRef[] }
  | { kind: "written"; table: CellRef };

export interface RunProgress {
  stage: "read" | "evaluate" | "write" | "done";
  /** 0 … 1 */
  fraction: number;
}

export interface RunOptions {
  /** Overwrite the add-in's region even where it was edited by hand (after the user agreed). */
  overwrite?: boolean;
  onProgress?: (progress: RunProgress) => void;
}

export interface ExcelShell {
  state(): Promise<WorkbookState>;
  /** A new input sheet for `scheme`, its columns bound; `unitNames` fill the first column (blank rows otherwise). */
  generateInputSheet(scheme: Scheme, unitNames: readonly string[]): Promise<Outcome<GeneratedSheet>>;
  /** Binds the selected cells (one column) to `key`; the unit names are the first used column of the same rows. */
  bindSelection(scheme: Scheme, key: string): Promise<Outcome<BoundInput[]>>;
  /** Reads the selected header row and proposes a binding of the columns below it; nothing is stored. */
  proposeBinding(scheme: Scheme): Promise<Outcome<BindingProposal>>;
  confirmBinding(scheme: Scheme, proposal: BindingProposal): Promise<Outcome<BoundInput[]>>;
  run(options?: RunOptions): Promise<RunOutcome>;
  /** The single-unit 指标得分表 of one unit of a run, on its own sheet. */
  writeIndicatorTable(result: RunResult, unitIndex: number, options?: { overwrite?: boolean }): Promise<WriteOutcome>;
  selectCell(at: CellRef): Promise<void>;
}
