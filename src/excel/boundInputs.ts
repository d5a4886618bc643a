/**
 * Reading the bound inputs: every bound range (one workbook name per input column, one for the unit names) is loaded
 * with its number formats in the same sync, with the rows under the bound range down to the sheet's last row holding
 * a value, then turned into the engine's units. Rows are read as the workbook command reads a table (src/workbook
 * tableRows.ts and inputCell.ts): blank rows skipped, 合计 and notes listed as not units, each cell by its number
 * format; a unit under the bound range is a problem until the binding is extended. Every problem — a row of figures
 * without a name, a repeated unit name, ranges of different heights, a percentage under a score, an engine input
 * error — is located at its sheet and cell.
 */
import { assembleValues, InputColumn, inputColumns, InputError, isBlank, Scheme, UnitInput } from "../engine";
import { formatKind, notUnitWording, readInputCell, rowKind, unnamedRowWording } from "../workbook";
import { localAddress, parseAddress, SheetArea, sheetAddress } from "./address";
import { Message, message, rowSpan } from "./messages";
import { Registry, UNITS_KEY } from "./registry";
import { CellRef } from "./region";

export interface CellProblem {
  /** Where: a cell (or the whole range when a binding as such is wrong). */
  at?: CellRef;
  unit?: string;
  key?: string;
  message: Message;
}

export interface BoundRead {
  key: string;
  name: string;
  range: Excel.Range;
  /**
   * For the unit names: the rows from the bound range's last row to the sheet's last row holding a value (or up
   * from it, when the sheet's values end inside the bound range), across the used columns.
   */
  below?: Excel.Range;
}

export function queueBoundReads(context: Excel.RequestContext, registry: Registry): BoundRead[] {
  return Object.entries(registry.bindings).map(([key, name]) => {
    const range = context.workbook.names.getItem(name).getRange().load("address,values,numberFormat");
    if (key !== UNITS_KEY) return { key, name, range };
    const lastUsed = range.worksheet.getUsedRange(true).getLastRow();
    return { key, name, range, below: lastUsed.getBoundingRect(range.getLastRow()).load("address,values") };
  });
}

export interface CollectedUnits {
  units: UnitInput[];
  /** Row of each unit inside the bound ranges (0 = the first bound row). */
  offsets: number[];
  /** Where the unit names are bound. */
  unitsArea?: SheetArea;
  problems: CellProblem[];
  /** Cells read but worth a look (a number stored as text): shown, not blocking. */
  warnings: CellProblem[];
  /** Rows that are not units (合计, 平均分, 注：…), at their name cell: shown, not errors. */
  notUnits: CellProblem[];
  /** The unit names' range extended down to the last unit found under it, when one was ("输入!A2:A11"). */
  extendTo?: string;
  /** The cell an engine error names. */
  locate(error: InputError): CellRef | undefined;
}

export function cellOf(area: SheetArea, offset: number): CellRef {
  return { sheet: area.sheet, address: localAddress({ row: area.row + offset, col: area.col, rows: 1, cols: 1 }) };
}

/** Units under the bound range: each one a problem, and the range that would take them in. */
function rowsBelow(
  unitsRead: BoundRead,
  unitsArea: SheetArea,
  inputs: readonly { area: SheetArea }[],
): Pick<CollectedUnits, "problems" | "notUnits" | "extendTo"> {
  const problems: CellProblem[] = [];
  const notUnits: CellProblem[] = [];
  const rect = unitsRead.below && parseAddress(unitsRead.below.address);
  if (!unitsRead.below || !rect || rect.sheet !== unitsArea.sheet) return { problems, notUnits };
  const values = unitsRead.below.values;
  const at = (row: number, col: number) => values[row - rect.row]?.[col - rect.col];
  const bottom = unitsArea.row + unitsArea.rows - 1;
  let last = bottom;
  for (let row = Math.max(rect.row, bottom + 1); row < rect.row + rect.rows; row++) {
    const raw = at(row, unitsArea.col);
    const name = isBlank(raw) ? "" : String(raw).trim();
    const filled = inputs.some((input) => !isBlank(at(row, input.area.col)));
    const kind = rowKind(name, filled);
    const cell = { sheet: unitsArea.sheet, address: localAddress({ row, col: unitsArea.col, rows: 1, cols: 1 }) };
    if (kind === "blank") continue;
    if (kind === "summary" || kind === "note") notUnits.push({ at: cell, message: notUnitWording(name, kind) });
    else if (kind === "unnamed") problems.push({ at: cell, message: unnamedRowWording(row) });
    else {
      last = row;
      problems.push({
        at: cell,
        unit: name,
        message: message(
          "outside-binding",
          `${name} 在绑定范围之外（单位名称绑定在 ${sheetAddress(unitsArea)}）：请扩展绑定，把它包括进来`,
          `${name} is outside the bound range (the unit names are bound to ${sheetAddress(unitsArea)}): extend the binding to include it`,
        ),
      });
    }
  }
  if (last === bottom) return { problems, notUnits };
  return { problems, notUnits, extendTo: sheetAddress({ ...unitsArea, rows: last - unitsArea.row + 1 }) };
}

export function collectUnits(scheme: Scheme, reads: readonly BoundRead[]): CollectedUnits {
  const columns = inputColumns(scheme);
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const problems: CellProblem[] = [];
  const unitsRead = reads.find((r) => r.key === UNITS_KEY);
  const unitsArea = unitsRead && parseAddress(unitsRead.range.address);
  if (!unitsRead || !unitsArea) {
    return {
      units: [],
      offsets: [],
      problems: [{ message: message("no-units", "尚未绑定单位名称列", "the column of unit names is not bound") }],
      warnings: [],
      notUnits: [],
      locate: () => undefined,
    };
  }
  const inputs: { column: InputColumn; area: SheetArea; values: unknown[][]; formats: unknown[][] }[] = [];
  for (const read of reads) {
    if (read.key === UNITS_KEY) continue;
    const area = parseAddress(read.range.address);
    const column = byKey.get(read.key);
    const at = area && { sheet: area.sheet, address: localAddress(area) };
    if (!area || !column) {
      problems.push({
        ...(at ? { at } : {}),
        key: read.key,
        message: message("unknown-key", `方案中没有输入 ${read.key}`, `the scheme has no input ${read.key}`),
      });
      continue;
    }
    if (area.cols !== 1 || area.rows !== unitsArea.rows) {
      const want = rowSpan(unitsArea.row, unitsArea.rows);
      problems.push({
        at: at as CellRef,
        key: read.key,
        message: message(
          "binding-shape",
          `${read.key} 的绑定区域 ${sheetAddress(area)} 应为一列、与单位名称同在${want.zh}`,
          `the range bound to ${read.key} (${sheetAddress(area)}) must be one column on ${want.en}, like the unit names`,
        ),
      });
      continue;
    }
    inputs.push({ column, area, values: read.range.values, formats: read.range.numberFormat });
  }

  const units: UnitInput[] = [];
  const rowOf: number[] = [];
  const warnings: CellProblem[] = [];
  const notUnits: CellProblem[] = [];
  const seen = new Map<string, string>();
  unitsRead.range.values.forEach((line, offset) => {
    const raw = line[0];
    const filled = inputs.filter((input) => !isBlank(input.values[offset]?.[0]));
    const at = cellOf(unitsArea, offset);
    const name = isBlank(raw) ? "" : String(raw).trim();
    const kind = rowKind(name, filled.length > 0);
    if (kind === "blank") return;
    if (kind === "unnamed") {
      problems.push({ at, message: unnamedRowWording(unitsArea.row + offset) });
      return;
    }
    if (kind !== "unit") {
      notUnits.push({ at, message: notUnitWording(name, kind) });
      return;
    }
    const first = seen.get(name);
    if (first !== undefined) {
      problems.push({
        at,
        unit: name,
        message: message(
          "duplicate-unit",
          `单位名称“${name}”重复（已在 ${first}）`,
          `unit “${name}” appears twice (also ${first})`,
        ),
      });
      return;
    }
    seen.set(name, at.address);
    const cells = new Map<string, unknown>();
    for (const input of filled) {
      const value = input.values[offset]?.[0];
      const format = typeof value === "number" ? formatKind(String(input.formats[offset]?.[0] ?? "")) : "number";
      const read = readInputCell(input.column, value, format, name);
      const cell = cellOf(input.area, offset);
      if (!read.ok) problems.push({ at: cell, unit: name, key: input.column.key, message: read.problem });
      else {
        if (read.warning) warnings.push({ at: cell, unit: name, key: input.column.key, message: read.warning });
        cells.set(input.column.key, read.value);
      }
    }
    units.push({ name, values: assembleValues(columns, cells) });
    rowOf.push(offset);
  });
  const below = rowsBelow(unitsRead, unitsArea, inputs);
  problems.push(...below.problems);
  notUnits.push(...below.notUnits);

  return {
    units,
    offsets: rowOf,
    unitsArea,
    problems,
    warnings,
    notUnits,
    ...(below.extendTo !== undefined ? { extendTo: below.extendTo } : {}),
    locate(error) {
      const offset = rowOf[error.unitIndex];
      if (offset === undefined) return undefined;
      const input =
        inputs.find((i) => error.part !== undefined && i.column.key === `${error.id}/${error.part}`) ??
        inputs.find((i) => i.column.id === error.id);
      return input ? cellOf(input.area, offset) : cellOf(unitsArea, offset);
    },
  };
}
