/**
 * 起草规则 in the workbook (issue 11): reads the 指标体系 and 档次与要素 sheets and the selection in one sync, drafts
 * the chosen rows (src/workbook/schemeDraft.ts, with the drafter passed in) and writes the cells in one batch. Nothing
 * is written while the sheets cannot be drafted; rows the clerk typed in are drafted over only when asked.
 */
import {
  cellAddress,
  CellUpdate,
  draftReport,
  draftSchemeSheets,
  Drafter,
  DraftedRow,
  DraftRowRef,
  listSource,
  problemLine,
  SCHEME_SHEET_NAMES,
  SchemeSheetCells,
  SheetCell,
} from "../workbook";
import { parseAddress } from "./address";
import { formatOf, valueOf } from "./gridWriter";
import type { ExcelHost } from "./host";
import { Message, message } from "./messages";
import type { CellRef, Outcome } from "./shell";

export interface DraftRulesOptions {
  /** The selected rows of 指标体系 (default), or every leaf row whose 规则 is empty. */
  scope?: "selection" | "all";
  /** Rows of 指标体系 (0-based) to draft instead of the selection: the rows a previous draft listed as typed. */
  rows?: readonly number[];
  /** Draft over what the clerk typed in those rows (after the pane asked). */
  redraft?: boolean;
}

type At<T> = T & { at: CellRef };

export interface DraftRulesResult {
  /** What the draft did, line by line (the same words as `jixiao scheme draft`). */
  report: Message[];
  drafted: At<DraftedRow>[];
  /** Rows with a rule or parameter typed: not drafted; the pane asks before drafting over them. */
  typed: At<DraftRowRef>[];
  blank: At<DraftRowRef & { reason: "criterion" | "points" }>[];
  reopened: At<DraftRowRef>[];
  /** Cells written. */
  written: number;
}

const NODES = SCHEME_SHEET_NAMES.nodes;
const ROWS = SCHEME_SHEET_NAMES.rows;

function isNotFound(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "ItemNotFound";
}

/** A used range's values as rows from A1, as the workbook layer reads sheets. */
function fromA1(range: Excel.Range): SheetCell[][] {
  const area = parseAddress(range.address);
  const values = range.values as SheetCell[][];
  if (!area) return values;
  const pad: SheetCell[] = Array.from({ length: area.col }, () => null);
  return [...Array.from({ length: area.row }, () => []), ...values.map((row) => [...pad, ...row])];
}

interface Read {
  cells: SchemeSheetCells;
  selection?: { sheet: string; row: number; rows: number };
}

/** The two sheets and the selection in one sync; a second only when 档次与要素 is missing. */
async function readSheets(host: ExcelHost): Promise<Read | undefined> {
  const attempt = (withRows: boolean) =>
    host.run(async (context) => {
      const selection = context.workbook.getSelectedRange().load("address");
      const sheets = context.workbook.worksheets;
      const nodes = sheets.getItem(NODES).getUsedRange(true).load("address,values");
      const rows = withRows ? sheets.getItem(ROWS).getUsedRange(true).load("address,values") : undefined;
      await context.sync();
      const area = parseAddress(selection.address);
      const cells: Record<string, SheetCell[][]> = { [NODES]: fromA1(nodes) };
      if (rows) cells[ROWS] = fromA1(rows);
      return { cells, selection: area && { sheet: area.sheet, row: area.row, rows: area.rows } };
    });
  try {
    return await attempt(true);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  try {
    return await attempt(false);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Writes the updates in one batch: the text format before the value, so text stays text; a drop-down per cell. */
async function writeUpdates(host: ExcelHost, updates: readonly CellUpdate[], addRows: boolean): Promise<void> {
  await host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    if (addRows) sheets.add(ROWS);
    for (const update of updates) {
      const range = sheets.getItem(update.sheet).getRange(cellAddress(update.row, update.col));
      range.numberFormat = [[formatOf(update.cell)]];
      range.values = [[valueOf(update.cell)]];
      if (update.cell.wrap) range.format.wrapText = true;
      if (update.cell.bold) range.format.font.bold = true;
      const source = update.cell.list && listSource(update.cell.list);
      if (source !== undefined) {
        range.dataValidation.clear();
        range.dataValidation.rule = { list: { inCellDropDown: true, source } };
      }
    }
    await context.sync();
  });
}

function rowsOf(read: Read, options: DraftRulesOptions): readonly number[] | undefined | Message {
  if (options.rows !== undefined) return options.rows;
  if (options.scope === "all") return undefined;
  const selection = read.selection;
  if (!selection || selection.sheet !== NODES || selection.row + selection.rows <= 1) {
    return message(
      "draft-select",
      `请在“${NODES}”工作表中选中要起草的行（或选择起草全部规则为空的行）`,
      `select the rows to draft on the “${NODES}” sheet (or draft every row whose rule is empty)`,
    );
  }
  // A whole-column selection stops at the sheet's last row.
  const last = Math.min(selection.row + selection.rows, read.cells[NODES]?.length ?? 0);
  return Array.from({ length: Math.max(0, last - selection.row) }, (_, i) => selection.row + i);
}

export async function draftRules(
  host: ExcelHost,
  drafter: Drafter,
  options: DraftRulesOptions = {},
): Promise<Outcome<DraftRulesResult>> {
  const read = await readSheets(host);
  if (!read) {
    return {
      ok: false,
      message: message(
        "draft-no-sheet",
        `工作簿中没有“${NODES}”工作表：请先在“方案”中导出指标体系工作簿，或新建空白的指标体系工作表`,
        `the workbook has no “${NODES}” sheet: write the scheme's 指标体系 sheets first, or a blank one`,
      ),
    };
  }
  const rows = rowsOf(read, options);
  if (rows !== undefined && !Array.isArray(rows)) return { ok: false, message: rows as Message };
  const draft = draftSchemeSheets(read.cells, drafter, {
    ...(rows !== undefined ? { rows: rows as readonly number[] } : {}),
    ...(options.redraft ? { redraft: true } : {}),
  });
  if (draft.problems.length > 0) {
    const zh = draft.problems.map((p) => problemLine(`${p.sheet}!${cellAddress(p.row, p.col)}`, p.message.zh));
    const en = draft.problems.map((p) => p.message.en);
    return { ok: false, message: message("draft-problems", zh.join("\n"), en.join("\n")) };
  }
  if (draft.updates.length > 0) {
    await writeUpdates(
      host,
      draft.updates,
      read.cells[ROWS] === undefined && draft.updates.some((u) => u.sheet === ROWS),
    );
  }
  const at = <T extends DraftRowRef>(ref: T): At<T> => ({
    ...ref,
    at: { sheet: NODES, address: cellAddress(ref.row, 0) },
  });
  return {
    ok: true,
    value: {
      report: draftReport(draft).map((l, i) => message(`draft-report-${i}`, l.zh, l.en)),
      drafted: draft.drafted.map(at),
      typed: draft.typed.map(at),
      blank: draft.blank.map(at),
      reopened: draft.reopened.map(at),
      written: draft.updates.length,
    },
  };
}
