/**
 * The interface the task pane uses: everything it asks of Excel, in calls that each cost one or two syncs. The pane
 * never sees a Range; it gets plain results, with every message in both languages.
 */
import type {
  BlockOverride,
  Progress,
  AuditFinding,
  AuditPending,
  AuditUnchecked,
  Comparison,
  Evaluation,
  NameOverride,
  Scheme,
  SchemeInput,
  SchemeProblem,
  UnitInput,
} from "../engine";
import type { Drafter, MatchedBy, SchemeFoundBy } from "../workbook";
import type { CellProblem } from "./boundInputs";
import type { DraftRulesOptions, DraftRulesResult } from "./draftRules";
import type { Message } from "./messages";
import type { CellRef } from "./region";

export type { CellProblem, CellRef, DraftRulesOptions, DraftRulesResult, Message };

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: Message };

export interface BoundInput {
  /** Input key (C11/actual), or "@units" for the unit names. */
  key: string;
  /** Where the name points now ("输入!C4:C13"), or null when the name is gone or broken. */
  address: string | null;
}

/** A column of scores a sheet reports, bound for the audit. */
export interface BoundReported {
  /** Node id (leaf, indicator, block or part), or "total". */
  id: string;
  /** "D12 上级考核情况", or 总分. */
  label: string;
  address: string | null;
}

export interface WorkbookState {
  /** The scheme the bindings were made for, when there are bindings. */
  scheme?: Scheme;
  bindings: BoundInput[];
  reported: BoundReported[];
  /** Whether a 得分表 written by the add-in is in the workbook. */
  hasScoreTable: boolean;
  /** Cells the last audit highlighted (and not yet cleared). */
  highlights: number;
  /** The workbook's sheets, in tab order. */
  sheets: string[];
  /** Why the stored binding record could not be read, when it could not. */
  registryProblem?: Message;
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

/** A header naming a reported score ("D12得分", "总分"), proposed for the audit. */
export interface ProposedReported {
  id: string;
  header: string;
  label: string;
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
  /** Reported scores the headers name (bound with the inputs). */
  reported: ProposedReported[];
  reportedConflicts: { id: string; headers: string[] }[];
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
  /** The 附加得分表 ([000] 附件2), written beside the 得分表 when the bonus is claimed items and any unit claimed. */
  bonusTable?: CellRef;
  differences: ReadBackDifference[];
  /** Cells read but worth a look (a number stored as text). */
  warnings: CellProblem[];
  /** Rows among the bound ones that are not units (合计, 注：…). */
  notUnits: CellProblem[];
}

export type RunOutcome =
  | { kind: "notBound"; message: Message }
  | { kind: "schemeProblems"; problems: SchemeProblem[] }
  /** Workbook names the bindings relied on were deleted or broken (their sheet deleted). */
  | { kind: "bindingsLost"; keys: string[]; message: Message }
  /** `extendTo`: units were found under the bound range; binding the unit names to this range takes them in. */
  | { kind: "inputErrors"; problems: CellProblem[]; extendTo?: string }
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

/** A reported score the rule does not give, with the cell that holds it. */
export interface AuditItem extends AuditFinding {
  at?: CellRef;
}

export interface AuditResult {
  findings: AuditItem[];
  unchecked: (AuditUnchecked & { at?: CellRef })[];
  /** 待定: inputs the document leaves to the evaluator (虹桥 D12 “良好”), at the reported score's cell; not marked. */
  pending: (AuditPending & { at?: CellRef })[];
  /** Reported values compared with the rule's result. */
  checked: number;
  units: number;
  /** The cells filled to mark the findings. */
  highlighted: CellRef[];
  evaluation: Evaluation;
}

export type AuditOutcome =
  | { kind: "notBound"; message: Message }
  | { kind: "schemeProblems"; problems: SchemeProblem[] }
  | { kind: "bindingsLost"; keys: string[]; message: Message }
  /** `extendTo` as a run's: units under the bound range, which binding the unit names to this range takes in. */
  | { kind: "inputErrors"; problems: CellProblem[]; extendTo?: string }
  | { kind: "audited"; result: AuditResult };

/** Two 得分表 sheets of the workbook, compared. */
export interface SheetComparison {
  comparison: Comparison;
  /** The two sheets. */
  before: string;
  after: string;
  /** What the 对比表, its chart and the 通报 call the two sides ("2020年", "2021年"): detected, then the evaluator's. */
  labels: { before: string; after: string };
  /** Each sheet's scheme and how it was found (chosen, the add-in's marker, the sheet's title or its header). */
  schemes: { before: { scheme: Scheme; by: SchemeFoundBy }; after: { scheme: Scheme; by: SchemeFoundBy } };
}

/** Schemes per sheet for a comparison: a side chosen by the user, or recognised among the candidates. */
export interface CompareSchemes {
  before?: Scheme;
  after?: Scheme;
  /** Recognise each side not chosen among these (the current scheme first, then the built-in ones). */
  candidates?: readonly Scheme[];
  /** Pairings of blocks by hand, across two schemes. */
  blocks?: readonly BlockOverride[];
}

/** A problem of the 指标体系 sheets, at its cell (a click in the pane selects it). */
export interface SchemeSheetIssue {
  at: CellRef;
  message: Message;
}

/** A binding made for the stored scheme that the scheme read may give another meaning. */
export interface AffectedBinding {
  /** Input key ("2.3.1", "2.3.1/actual", "veto.1"), or the node id of a reported score. */
  key: string;
  reported: boolean;
  /** The input's header, or the node ("2.3 规范工作流程"), in the stored scheme's words. */
  label: string;
  /** Where it points now ("输入!C4:C13"), or null when the name is gone. */
  address: string | null;
  /** Whether it can be kept: false when its leaf is gone or the new rule does not take this input. */
  keepable: boolean;
}

/** The scheme the three sheets hold, not yet stored when bindings are affected. */
export interface SchemeSheetsRead {
  scheme: Scheme;
  /** What changed since the scheme the workbook holds, one line each; absent when it held none. */
  changes?: Message[];
  /** Bindings to confirm before the scheme is stored; empty: it is stored already. */
  affected: AffectedBinding[];
}

export type SchemeSheetsOutcome =
  /** Every problem of the sheets, at its cell; nothing was stored. */
  { kind: "problems"; problems: SchemeSheetIssue[] } | { kind: "read"; read: SchemeSheetsRead };

export interface SchemeStored {
  scheme: Scheme;
  /** The affected bindings kept (under their leaf's new 编号) and removed. */
  kept: AffectedBinding[];
  removed: AffectedBinding[];
}

export interface SchemeSheetsWritten {
  /** The three sheets, in order. */
  sheets: string[];
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
  /**
   * Extends the bindings down to the rows of `units` (a run's `extendTo`): the unit names and every input and reported
   * score bound on the same rows.
   */
  extendBinding(units: string): Promise<Outcome<BoundInput[]>>;
  /** The single-unit 指标得分表 of one unit of a run, on its own sheet. */
  writeIndicatorTable(result: RunResult, unitIndex: number, options?: { overwrite?: boolean }): Promise<WriteOutcome>;
  /** The 工作底稿 of one unit of a run ([004] 附件4/附件6, then 表3-1), on its own sheet, rewritten in place. */
  writeWorkingPaper(result: RunResult, unitIndex: number, options?: { overwrite?: boolean }): Promise<WriteOutcome>;
  /** Binds the selected cells (one column, on the unit names' rows) as the reported scores of node `id`. */
  bindReported(scheme: Scheme, id: string): Promise<Outcome<BoundReported[]>>;
  /**
   * Recomputes every reported score and fills each differing cell (the previous audit's fills are removed first);
   * no value or formula changes. Nothing is filled while an input or a reported value cannot be read.
   */
  audit(): Promise<AuditOutcome>;
  /** Removes the audit's fills, restoring each cell's own fill; a cell whose fill was changed since stays. */
  clearHighlights(): Promise<number>;
  /** Writes the 复核表 of an audit (every finding with its rule, computation and cell) on its own sheet. */
  writeAuditTable(result: AuditResult, options?: { overwrite?: boolean }): Promise<WriteOutcome>;
  /**
   * Reads two sheets holding a 得分表 and compares them; nothing is written. Each sheet is read under `scheme`, unless
   * `schemes` chooses its scheme or gives candidates to recognise it among.
   */
  compareSheets(
    scheme: Scheme,
    before: string,
    after: string,
    overrides?: readonly NameOverride[],
    /** What 进步较大 is measured by: the rise of 总分 (default) or of 排名. */
    progress?: Progress,
    schemes?: CompareSchemes,
  ): Promise<Outcome<SheetComparison>>;
  /** Writes the 对比表 of a comparison, with a clustered column chart of both sheets' 总分, rewritten in place. */
  writeComparison(compared: SheetComparison, options?: { overwrite?: boolean }): Promise<WriteOutcome>;
  /**
   * 起草规则: drafts the selected rows of the 指标体系 sheet (or every leaf row whose rule is empty) from their 评分标准
   * with `drafter`, writing 规则, its parameters, 状态 草稿/人工, the note and the boundary examples in one batch.
   */
  draftRules(drafter: Drafter, options?: DraftRulesOptions): Promise<Outcome<DraftRulesResult>>;
  /**
   * Writes the 指标体系 sheets (指标体系, 档次与要素, 方案信息) into the workbook: `input`'s content, or empty with their
   * headers and drop-downs. A sheet of one of these names that holds anything is never written over: refused, naming it.
   */
  writeSchemeSheets(input?: SchemeInput): Promise<Outcome<SchemeSheetsWritten>>;
  /**
   * Reads the three sheets. A scheme with problems is refused with every problem at its cell; one whose 方案编号 is a
   * built-in scheme's (`builtin` gives that scheme's file) must be that scheme. Without bindings it affects, the scheme
   * is stored with the workbook at once; otherwise `storeScheme` stores it once the clerk has answered.
   */
  readSchemeSheets(builtin?: (id: string) => Promise<SchemeInput | undefined>): Promise<SchemeSheetsOutcome>;
  /** Stores `scheme` with the workbook; the bindings it affects are kept (re-keyed) when `keepAffected`, else removed. */
  storeScheme(scheme: Scheme, keepAffected: boolean): Promise<SchemeStored>;
  selectCell(at: CellRef): Promise<void>;
}
