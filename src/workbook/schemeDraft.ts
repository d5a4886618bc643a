/**
 * 起草规则 on the 指标体系 workbook (issue 11): each chosen leaf row's 评分标准 goes to a drafter, and its draft comes
 * back as the cells to write — 规则 and its parameter columns and rows of 档次与要素, laid out as the scheme writer
 * lays them (schemeSheets.ts, `ruleCells`), with 状态 草稿 or 人工, the drafter's note and the boundary examples.
 * Nothing the clerk typed is drafted over unless asked (`redraft`); a confirmed row whose 评分标准, 分值 or 指标解释
 * (its own or its parent's) changed since is marked 草稿 again. A clause is drafted with its row's 指标解释 and its parent row's as context (the 工作要求
 * “全年不少于4次” that “每缺1次扣1分” counts against). Pure: cells in, cell updates out; the pane's shell and `jixiao scheme draft --sheet` write them.
 */
import { familyOf } from "../engine";
import type { RuleInput } from "../engine";
import type { Drafter, RuleDraft } from "./draftTypes";
import { exampleLines, noteOf } from "./draftWords";
import { basisCheck, CHANGED_WORDS, isCriterionOnlyCheck, rowState } from "./draftStatus";
import { outline, OutlineRow } from "./draftOutline";
import { cellAddress, GridCell } from "./grid";
import type { SheetCell } from "./inputTable";
import { isBlankCell, readText } from "./schemeCells";
import { META_KINDS, SCHEME_COLUMNS, SheetColumn } from "./schemeColumns";
import {
  CRITERION_CHECK_COLUMN,
  DRAFT_COLUMNS,
  DRAFT_STATES,
  NODE_COLUMNS,
  ROW_COLUMNS,
  rowKindColumn,
  ruleColumn,
  SCHEME_SHEET_NAMES,
  statusColumn,
} from "./schemeLayout";
import { dataCell, headerCell, RowCells, ruleCells } from "./schemeSheets";
import { SCHEME_SHEET_LIMITS, SchemeSheetCells, SchemeSheetProblem } from "./schemeSheetsRead";

/** One cell to write: 0-based row and column of a sheet. A `null` value empties the cell. */
export interface CellUpdate {
  sheet: string;
  row: number;
  col: number;
  cell: GridCell;
}

/** A row of 指标体系 (0-based) by its 编号 and 名称. */
export interface DraftRowRef {
  row: number;
  id: string;
  name: string;
}

export interface DraftedRow extends DraftRowRef {
  /** 草稿 (a rule to check; a `partial` draft too) or 人工 (the drafter declined: 视情给分). */
  state: "draft" | "manual";
  partial: boolean;
  /** What 起草说明 says. */
  note: string;
}

export interface SchemeDraft {
  /** The cells to write, headers of columns the sheets lacked included; empty when `problems` stand. */
  updates: CellUpdate[];
  drafted: DraftedRow[];
  /** Rows where the clerk typed a rule or a parameter: not drafted; drafted over only with `redraft`, after asking. */
  typed: DraftRowRef[];
  /** Rows with nothing to draft from: no 评分标准, or no 分值. */
  blank: (DraftRowRef & { reason: "criterion" | "points" })[];
  /** Rows confirmed (or drafted) before their 评分标准 changed: marked 草稿 again. */
  reopened: DraftRowRef[];
  /** Why the sheets cannot be drafted at all (a missing sheet or column), at their cells. */
  problems: SchemeSheetProblem[];
}

export interface DraftOptions {
  /** Rows of 指标体系 (0-based) to draft; their leaf rows are drafted. Without it, every leaf row with no 规则. */
  rows?: readonly number[];
  /** Draft over what the clerk typed in the chosen rows (after asking). */
  redraft?: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// A sheet's cells and the columns found or added

class SheetEdit {
  readonly columns = new Map<string, number>();
  private nextCol: number;

  constructor(
    readonly name: string,
    readonly rows: readonly (readonly SheetCell[])[],
    readonly updates: Map<string, CellUpdate>,
  ) {
    (rows[0] ?? []).forEach((cell, col) => {
      const t = readText(cell);
      if (t.ok && t.value !== undefined && !this.columns.has(t.value.trim())) this.columns.set(t.value.trim(), col);
    });
    this.nextCol = Math.max(-1, ...this.columns.values()) + 1;
  }

  cell(row: number, name: string): SheetCell | undefined {
    const col = this.columns.get(name);
    return col === undefined ? undefined : this.rows[row]?.[col];
  }

  text(row: number, name: string): string | undefined {
    const t = readText(this.cell(row, name));
    return t.ok ? t.value?.trim() || undefined : undefined;
  }

  /** The column of this header, added after the last one when the sheet lacks it. */
  col(column: SheetColumn): number {
    const known = this.columns.get(column.zh);
    if (known !== undefined) return known;
    const col = this.nextCol++;
    this.columns.set(column.zh, col);
    this.set(0, col, headerCell(column));
    return col;
  }

  set(row: number, col: number, cell: GridCell): void {
    this.updates.set(`${this.name}|${row}|${col}`, { sheet: this.name, row, col, cell });
  }

  /** Writes a data cell of a column (its drop-down and text format as the writer gives them). */
  put(row: number, column: SheetColumn, cell: GridCell): void {
    this.set(row, this.col(column), dataCell(column, { ...cell }));
  }

  /** Empties a cell of a column the sheet has, when it holds anything. */
  clear(row: number, name: string): void {
    const col = this.columns.get(name);
    if (col !== undefined && !isBlankCell(this.rows[row]?.[col])) this.set(row, col, { value: null });
  }

  dataRows(): number[] {
    const out: number[] = [];
    for (let r = 1; r < this.rows.length; r++) if ((this.rows[r] ?? []).some((c) => !isBlankCell(c))) out.push(r);
    return out;
  }
}

const PARAM_COLUMNS = new Map<string, SheetColumn>([
  [NODE_COLUMNS.rule.zh, ruleColumn()],
  ...SCHEME_COLUMNS.params.map((c) => [c.zh, c] as [string, SheetColumn]),
]);
const ROW_SHEET_COLUMNS = [ROW_COLUMNS.owner, rowKindColumn(), ROW_COLUMNS.name, ...SCHEME_COLUMNS.rowColumns];
const ROW_SHEET_BY_NAME = new Map(ROW_SHEET_COLUMNS.map((c) => [c.zh, c]));
const META_WORDS = new Set<string>([META_KINDS.text.zh, META_KINDS.item.zh]);

// ---------------------------------------------------------------------------------------------------------------
// The draft

const MANUAL_TITLE = familyOf("manual")?.title;

/** Whether the clerk typed anything of a rule on this row: 规则, a parameter, rows of 档次与要素. */
function typedRule(nodes: SheetEdit, row: OutlineRow, owned: readonly number[]): boolean {
  const filled = [...PARAM_COLUMNS.keys()].filter((name) => !isBlankCell(nodes.cell(row.row, name)));
  if (filled.length === 0 && owned.length === 0) return false;
  // What 起草规则 itself wrote for a declined clause (人工, 视情给分, nothing else) is not the clerk's.
  const ours =
    nodes.text(row.row, DRAFT_COLUMNS.status.zh) === DRAFT_STATES.manual &&
    owned.length === 0 &&
    filled.length === 1 &&
    nodes.text(row.row, NODE_COLUMNS.rule.zh) === MANUAL_TITLE;
  return !ours;
}

function text(value: string): GridCell {
  return { value, format: "@" };
}

/** The cells of a draft, in place of what the row and its rows of 档次与要素 held. */
function writeDraft(
  draft: RuleDraft,
  row: OutlineRow,
  nodes: SheetEdit,
  lists: ListRows,
  owned: readonly number[],
): DraftedRow {
  const manual = draft.status === "manual" || draft.rule === undefined;
  const rule: RuleInput = (manual ? (draft.rule ?? { kind: "manual" }) : draft.rule) as RuleInput;
  const cells = ruleCells(rule, row.id);
  for (const name of PARAM_COLUMNS.keys()) if (!cells.row.has(name)) nodes.clear(row.row, name);
  for (const [name, cell] of cells.row)
    nodes.put(row.row, PARAM_COLUMNS.get(name) ?? { ...ruleColumn(), zh: name }, cell);
  lists.replace(owned, cells.rows);
  const note = noteOf(draft);
  nodes.put(row.row, statusColumn(), text(manual ? DRAFT_STATES.manual : DRAFT_STATES.draft));
  nodes.put(row.row, DRAFT_COLUMNS.note, { ...text(note), wrap: true });
  const examples = exampleLines(draft.examples, rule);
  if (examples === "") nodes.clear(row.row, DRAFT_COLUMNS.examples.zh);
  else nodes.put(row.row, DRAFT_COLUMNS.examples, { ...text(examples), wrap: true });
  nodes.put(row.row, CRITERION_CHECK_COLUMN, text(basisCheck(row.basis)));
  return {
    row: row.row,
    id: row.id,
    name: row.name,
    state: manual ? "manual" : "draft",
    partial: draft.status === "partial" && !manual,
    note,
  };
}

/** The rows of 档次与要素: whose they are, and new rows written over a node's old ones or after the last. */
class ListRows {
  private readonly owners: Map<number, string | undefined>;
  private readonly kinds: Map<number, string | undefined>;
  private readonly touched = new Set<number>();
  private next: number;

  constructor(readonly sheet: SheetEdit) {
    const rows = sheet.dataRows();
    this.owners = carried(sheet, rows, ROW_COLUMNS.owner.zh);
    this.kinds = carried(sheet, rows, ROW_COLUMNS.kind.zh);
    this.next = Math.max(0, ...rows) + 1;
  }

  /** A node's rows of its rule's lists (its 信息 rows stay its own). */
  owned(id: string): number[] {
    return [...this.owners].filter(([r, o]) => o === id && !META_WORDS.has(this.kinds.get(r) ?? "")).map(([r]) => r);
  }

  replace(old: readonly number[], rows: readonly RowCells[]): void {
    if (rows.length > 0 && this.sheet.columns.size === 0) {
      // A workbook without 档次与要素 (or with it empty) gets the sheet's whole header.
      for (const column of ROW_SHEET_COLUMNS) this.sheet.col(column);
    }
    const slots = [...old];
    for (const cells of rows) {
      const at = slots.shift() ?? this.next++;
      this.touched.add(at);
      for (const name of this.sheet.columns.keys()) if (!cells.has(name)) this.sheet.clear(at, name);
      for (const [name, cell] of cells) {
        this.sheet.put(at, ROW_SHEET_BY_NAME.get(name) ?? { zh: name, en: name, type: "text" }, cell);
      }
    }
    for (const at of slots) {
      this.touched.add(at);
      for (const name of this.sheet.columns.keys()) this.sheet.clear(at, name);
    }
  }

  /** A row that took its 编号 or 类型 from a row now rewritten gets it written out. */
  keepCarried(): void {
    for (const name of [ROW_COLUMNS.owner.zh, ROW_COLUMNS.kind.zh]) {
      const values = name === ROW_COLUMNS.owner.zh ? this.owners : this.kinds;
      let source: number | undefined;
      for (const [row, value] of values) {
        if (!isBlankCell(this.sheet.cell(row, name))) source = row;
        else if (value !== undefined && source !== undefined && this.touched.has(source) && !this.touched.has(row)) {
          this.sheet.put(row, ROW_SHEET_BY_NAME.get(name) as SheetColumn, text(value));
        }
      }
    }
  }
}

function carried(sheet: SheetEdit, rows: readonly number[], name: string): Map<number, string | undefined> {
  const out = new Map<number, string | undefined>();
  let last: string | undefined;
  for (const r of rows) {
    last = sheet.text(r, name) ?? last;
    out.set(r, last);
  }
  return out;
}

function problem(sheet: string, row: number, col: number, zh: string): SchemeSheetProblem {
  return { sheet, row, col, message: { code: "scheme-draft", zh, en: `${sheet}!${cellAddress(row, col)}: ${zh}` } };
}

function tooLarge(rows: readonly (readonly SheetCell[])[]): boolean {
  return rows.length > SCHEME_SHEET_LIMITS.rows || rows.some((r) => r.length > SCHEME_SHEET_LIMITS.cols);
}

/**
 * Confirmed or drafted rows whose drafting basis (评分标准, 分值, 指标解释 and the parent's) changed since: 草稿 again,
 * against the basis they now hold. A first-version code (of the 评分标准 alone) that still holds is rewritten as the
 * basis's code, so that later changes of 分值 or 指标解释 are found too.
 */
function reopen(nodes: SheetEdit, rows: readonly OutlineRow[], drafted: ReadonlySet<number>): DraftRowRef[] {
  const out: DraftRowRef[] = [];
  for (const row of rows) {
    if (drafted.has(row.row)) continue;
    const check = nodes.text(row.row, CRITERION_CHECK_COLUMN.zh);
    const state = rowState(nodes.text(row.row, DRAFT_COLUMNS.status.zh), check, row.basis);
    if (state.kind !== "confirmed" && state.kind !== "draft") continue;
    if (!state.changed) {
      if (isCriterionOnlyCheck(check)) nodes.put(row.row, CRITERION_CHECK_COLUMN, text(basisCheck(row.basis)));
      continue;
    }
    nodes.put(row.row, statusColumn(), text(DRAFT_STATES.draft));
    nodes.put(row.row, DRAFT_COLUMNS.note, {
      ...text(`${CHANGED_WORDS.zh}在起草或确认后改过：请核对规则是否仍与之一致，或重新起草本行`),
      wrap: true,
    });
    nodes.put(row.row, CRITERION_CHECK_COLUMN, text(basisCheck(row.basis)));
    out.push({ row: row.row, id: row.id, name: row.name });
  }
  return out;
}

/**
 * The cells 起草规则 writes into the 指标体系 workbook: the chosen leaf rows (or every leaf row with no 规则)
 * drafted from their 评分标准 by `drafter`; rows the clerk typed in listed, not drafted, unless `redraft`.
 */
export function draftSchemeSheets(cells: SchemeSheetCells, drafter: Drafter, options: DraftOptions = {}): SchemeDraft {
  const names = SCHEME_SHEET_NAMES;
  const result: SchemeDraft = { updates: [], drafted: [], typed: [], blank: [], reopened: [], problems: [] };
  const nodeCells = cells[names.nodes];
  const listCells = cells[names.rows] ?? [];
  if (nodeCells === undefined) {
    result.problems.push(problem(names.nodes, 0, 0, `缺少工作表“${names.nodes}”`));
    return result;
  }
  for (const [name, rows] of [
    [names.nodes, nodeCells],
    [names.rows, listCells],
  ] as const) {
    if (tooLarge(rows)) {
      const zh = `工作表“${name}”过大：最多 ${SCHEME_SHEET_LIMITS.rows} 行、${SCHEME_SHEET_LIMITS.cols} 列`;
      result.problems.push(problem(name, 0, 0, zh));
    }
  }
  const updates = new Map<string, CellUpdate>();
  const nodes = new SheetEdit(names.nodes, nodeCells, updates);
  for (const column of [NODE_COLUMNS.id, NODE_COLUMNS.level, NODE_COLUMNS.criterion]) {
    if (!nodes.columns.has(column.zh)) {
      result.problems.push(problem(names.nodes, 0, 0, `工作表“${names.nodes}”缺少“${column.zh}”列`));
    }
  }
  if (result.problems.length > 0) return result;

  const lists = new ListRows(new SheetEdit(names.rows, listCells, updates));
  const rows = outline(nodes);
  const chosen = options.rows === undefined ? undefined : new Set(options.rows);
  const drafted = new Set<number>();
  for (const row of rows) {
    // A row without 编号 is named by the read; its rows of 档次与要素 could not be told apart.
    if (!row.leaf || row.id === "") continue;
    if (chosen ? !chosen.has(row.row) : !isBlankCell(nodes.cell(row.row, NODE_COLUMNS.rule.zh))) continue;
    const ref = { row: row.row, id: row.id, name: row.name };
    const owned = lists.owned(row.id);
    if (row.criterion === undefined) result.blank.push({ ...ref, reason: "criterion" });
    else if (row.points === undefined) result.blank.push({ ...ref, reason: "points" });
    else if (typedRule(nodes, row, owned) && !options.redraft) result.typed.push(ref);
    else {
      const clause = {
        text: row.criterion,
        points: row.points,
        part: row.part,
        ...(row.pointsFromPart === true ? { pointsFromPart: true } : {}),
      };
      const draft = drafter(row.context === undefined ? clause : { ...clause, context: row.context });
      result.drafted.push(writeDraft(draft, row, nodes, lists, owned));
      drafted.add(row.row);
    }
  }
  result.reopened = reopen(nodes, rows, drafted);
  lists.keepCarried();
  result.updates = [...updates.values()];
  return result;
}
