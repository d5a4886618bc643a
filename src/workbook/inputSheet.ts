/**
 * A generated input sheet (录入表): a title, a row of input keys (C11, C11/actual, veto.1 …) that binds each column
 * to its input, a row of headers in the document's words, then one row per unit. Yes/no and level columns get a
 * drop-down, rate columns a percent format, and every input header carries its criterion as a note.
 */
import { InputColumn, inputColumns, Scheme } from "../engine";
import { Grid, GridCell, textWidth } from "./grid";

export const YES_NO = ["是", "否"];
export const INPUT_TITLE_SUFFIX = "录入表";
/** Header of the key row's first cell: how a reader recognises the row of input keys. */
export const KEY_ROW_LABEL = "编号";

export interface InputSheet {
  grid: Grid;
  columns: InputColumn[];
  /** 0-based rows of the keys and of the headers; units start on the row after the headers. */
  keyRow: number;
  headerRow: number;
  firstUnitRow: number;
}

function formatFor(column: InputColumn): string | undefined {
  if (column.kind === "rate") return "0.00%";
  if (column.kind === "label" || column.kind === "yesNo" || column.kind === "list" || column.kind === "projects") {
    return "@";
  }
  return undefined;
}

function listFor(column: InputColumn): string[] | undefined {
  if (column.kind === "yesNo") return YES_NO;
  if (column.kind === "label") return column.options;
  return undefined;
}

export function inputSheetGrid(scheme: Scheme, unitNames: readonly string[] = []): InputSheet {
  const columns = inputColumns(scheme);
  const width = columns.length + 1;
  const title: GridCell[] = [{ value: `${scheme.title}${INPUT_TITLE_SUFFIX}`, bold: true, align: "center" }];
  while (title.length < width) title.push({ value: null });
  const keys: GridCell[] = [
    { value: KEY_ROW_LABEL, bold: true, align: "center" },
    ...columns.map((c) => ({ value: c.key, align: "center" as const, format: "@" })),
  ];
  const headers: GridCell[] = [
    { value: scheme.unitLabel, bold: true, align: "center" },
    ...columns.map((c) => {
      const cell: GridCell = { value: c.header, bold: true, align: "center" };
      if (c.criterion) cell.note = c.criterion;
      return cell;
    }),
  ];
  const rows: GridCell[][] = unitNames.map((name) => [
    { value: name, align: "center" },
    ...columns.map((c) => {
      const cell: GridCell = { value: null };
      const format = formatFor(c);
      const list = listFor(c);
      if (format) cell.format = format;
      if (list) cell.list = list;
      return cell;
    }),
  ]);
  const cells = [title, keys, headers, ...rows];
  return {
    grid: {
      cells,
      merges: [{ row: 0, col: 0, rows: 1, cols: width }],
      bordered: [{ row: 1, col: 0, rows: cells.length - 1, cols: width }],
      widths: [
        unitNames.reduce((widest, n) => Math.max(widest, textWidth(n) + 2), 10),
        ...columns.map((c) => Math.min(24, Math.max(10, textWidth(c.key) + 2))),
      ],
      frozenRows: 3,
    },
    columns,
    keyRow: 1,
    headerRow: 2,
    firstUnitRow: 3,
  };
}
