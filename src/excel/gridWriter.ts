/**
 * Turns a host-neutral grid into a few large Office.js requests: the number formats, the values and the formulas of
 * the whole region as 2-D arrays, then alignment, bold, merges, borders, widths, frozen rows, drop-downs and notes as
 * one operation per run of equal cells. When the arrays would make a request above the byte budget (Excel on the web
 * refuses requests above 5 MB), the rows are split into parts, each to be sent in its own sync.
 *
 * Text is never a formula. Excel takes a string written to a cell as typed: one starting with "=" (or "+" or "-"
 * before a formula) becomes a formula, through Range.values as through Range.formulas (Office.js reference,
 * Range.values). So only the formulas the grid builds go through Range.formulas; every other cell goes through
 * Range.values, and a cell of text is formatted as text ("@") first, in which Excel keeps whatever is written as the
 * text it is ("=1+1", "007", "-5%"; Microsoft Support, "Available number formats in Excel"). A text starting with
 * an apostrophe gets a second one, since Excel takes a leading apostrophe as the mark of text and drops it (that it
 * does so in a text-formatted cell too is how tools/fake-excel models it, not checked in Excel). null in the arrays
 * leaves a cell as it is ("Blank and null values in Excel add-ins"), so the two writes do not undo each other.
 */
import { Grid, GridArea, GridCell, listSource } from "../workbook";
import { localAddress, quoteSheet } from "./address";

/** Below Excel's 5 MB request limit, with room for the formatting operations of the first part. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;

export interface GridWriteOptions {
  /** Write notes as cell comments (ExcelApi 1.10); without them the criterion stays in the task pane only. */
  comments: boolean;
  maxRequestBytes?: number;
}

/** UTF-8 size of a string, as it travels in a request. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** A cell of text the grid holds as a constant (not a formula it built). */
function isText(cell: GridCell): boolean {
  return cell.formula === undefined && typeof cell.value === "string" && cell.value !== "";
}

/** The number format written: the grid's, and text ("@") for a cell of text, so Excel cannot read it as anything else. */
export function formatOf(cell: GridCell): string {
  return isText(cell) ? "@" : (cell.format ?? "General");
}

/** What Range.values writes: the constant ("" empties the cell), or null, leaving a formula cell to Range.formulas. */
export function valueOf(cell: GridCell): string | number | null {
  if (cell.formula !== undefined) return null;
  const value = cell.value ?? "";
  return typeof value === "string" && value.startsWith("'") ? `'${value}` : value;
}

/** What Range.formulas writes: the grid's own formula, or null for a cell Range.values wrote. */
function formulaOf(cell: GridCell): string | null {
  return cell.formula ?? null;
}

/** Runs of consecutive indexes with the same key (undefined keys are skipped): [start, length, key]. */
function runs<K>(length: number, key: (i: number) => K | undefined): [number, number, K][] {
  const out: [number, number, K][] = [];
  let start = 0;
  for (let i = 1; i <= length; i++) {
    if (i < length && key(i) === key(start)) continue;
    const k = key(start);
    if (k !== undefined) out.push([start, i - start, k]);
    start = i;
  }
  return out;
}

/** Rows [start, end) of each part, so that no part's arrays exceed the budget. */
function splitRows(grid: Grid, budget: number): [number, number][] {
  const parts: [number, number][] = [];
  let start = 0;
  let size = 0;
  grid.cells.forEach((row, r) => {
    const bytes =
      utf8Length(JSON.stringify(row.map(valueOf))) +
      utf8Length(JSON.stringify(row.map(formulaOf))) +
      utf8Length(JSON.stringify(row.map(formatOf)));
    if (r > start && size + bytes > budget) {
      parts.push([start, r]);
      start = r;
      size = 0;
    }
    size += bytes;
  });
  parts.push([start, grid.cells.length]);
  return parts;
}

/**
 * The queued writes of `grid` with its top-left cell at `origin` on `sheet`, as parts: the caller queues part 0,
 * syncs, queues part 1, syncs… Part 0 carries every formatting operation.
 */
export function planGridWrite(
  sheet: Excel.Worksheet,
  sheetName: string,
  origin: { row: number; col: number },
  grid: Grid,
  options: GridWriteOptions,
): (() => void)[] {
  const cols = grid.cells[0]?.length ?? 0;
  const at = (area: GridArea) =>
    sheet.getRange(localAddress({ ...area, row: area.row + origin.row, col: area.col + origin.col }));
  const notes = grid.cells.flatMap((row) => row.map((c) => c.note ?? "")).join("");
  const reserve = 64 * 1024 + utf8Length(notes);
  const budget = Math.max(1024, (options.maxRequestBytes ?? REQUEST_BUDGET) - reserve);

  const writeRows = ([start, end]: [number, number]) => {
    if (end <= start || cols === 0) return;
    const rows = grid.cells.slice(start, end);
    const range = at({ row: start, col: 0, rows: end - start, cols });
    // Formats first, so the text format ("@") applies to what is written next.
    range.numberFormat = rows.map((row) => row.map(formatOf));
    range.values = rows.map((row) => row.map(valueOf));
    if (rows.some((row) => row.some((c) => c.formula !== undefined))) {
      range.formulas = rows.map((row) => row.map(formulaOf));
    }
  };

  const formatting = () => {
    const height = grid.cells.length;
    for (let c = 0; c < cols; c++) {
      for (const [row, rows, align] of runs(height, (r) => grid.cells[r]?.[c]?.align)) {
        at({ row, col: c, rows, cols: 1 }).format.horizontalAlignment = ALIGN[align];
      }
      for (const [row, rows] of runs(height, (r) => (grid.cells[r]?.[c]?.wrap ? true : undefined))) {
        at({ row, col: c, rows, cols: 1 }).format.wrapText = true;
      }
      // A list Excel cannot hold inline, or would read as a formula, gets no drop-down (the note still says it).
      const source = (r: number) => {
        const list = grid.cells[r]?.[c]?.list;
        return list && listSource(list);
      };
      for (const [row, rows, list] of runs(height, source)) {
        const range = at({ row, col: c, rows, cols: 1 });
        range.dataValidation.clear();
        range.dataValidation.rule = { list: { inCellDropDown: true, source: list } };
      }
    }
    grid.cells.forEach((row, r) => {
      for (const [col, n] of runs(row.length, (c) => (row[c]?.bold ? true : undefined))) {
        at({ row: r, col, rows: 1, cols: n }).format.font.bold = true;
      }
    });
    for (const m of grid.merges) at(m).merge(false);
    for (const area of grid.bordered) {
      const borders = at(area).format.borders;
      const indexes = [
        ...EDGES,
        ...(area.rows > 1 ? ["InsideHorizontal" as const] : []),
        ...(area.cols > 1 ? ["InsideVertical" as const] : []),
      ];
      for (const index of indexes) {
        const border = borders.getItem(index);
        border.style = "Continuous";
        border.weight = "Thin";
      }
    }
    // Grid widths are in characters (a CJK character counts two); Excel wants points.
    grid.widths.forEach((w, c) => {
      at({ row: 0, col: c, rows: 1, cols: 1 }).format.columnWidth = w * 6 + 4;
    });
    if (grid.frozenRows > 0) sheet.freezePanes.freezeRows(origin.row + grid.frozenRows);
    if (options.comments) {
      grid.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell.note) return;
          const address = localAddress({ row: origin.row + r, col: origin.col + c, rows: 1, cols: 1 });
          sheet.context.workbook.comments.add(`${quoteSheet(sheetName)}!${address}`, cell.note);
        }),
      );
    }
  };

  return splitRows(grid, budget).map((rows, i) => () => {
    writeRows(rows);
    if (i === 0) formatting();
  });
}

/** Queues each part and syncs after it, one part after the other; `last` is queued with the final part. */
export async function syncParts(
  context: Excel.RequestContext,
  parts: readonly (() => void)[],
  last: () => void,
  onPart?: (done: number, total: number) => void,
): Promise<void> {
  const step = async (i: number): Promise<void> => {
    parts[i]?.();
    if (i >= parts.length - 1) last();
    await context.sync();
    onPart?.(i + 1, parts.length);
    if (i + 1 < parts.length) await step(i + 1);
  };
  await step(0);
}
