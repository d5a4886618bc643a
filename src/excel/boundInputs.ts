/**
 * Reading the bound inputs: every bound range (one workbook name per input column, one for the unit names) is loaded
 * in the same sync, then turned into the engine's units. Rows with neither a name nor an input are skipped; every
 * problem — a blank or repeated unit name, ranges of different heights, an engine input error — is located at its
 * sheet and cell.
 */
import { assembleValues, InputColumn, inputColumns, InputError, Scheme, UnitInput } from "../engine";
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
}

export function queueBoundReads(context: Excel.RequestContext, registry: Registry): BoundRead[] {
  return Object.entries(registry.bindings).map(([key, name]) => ({
    key,
    name,
    range: context.workbook.names.getItem(name).getRange().load("address,values"),
  }));
}

export interface CollectedUnits {
  units: UnitInput[];
  /** Row of each unit inside the bound ranges (0 = the first bound row). */
  offsets: number[];
  /** Where the unit names are bound. */
  unitsArea?: SheetArea;
  problems: CellProblem[];
  /** The cell an engine error names. */
  locate(error: InputError): CellRef | undefined;
}

export function cellOf(area: SheetArea, offset: number): CellRef {
  return { sheet: area.sheet, address: localAddress({ row: area.row + offset, col: area.col, rows: 1, cols: 1 }) };
}

function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
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
      locate: () => undefined,
    };
  }
  const inputs: { column: InputColumn; area: SheetArea; values: unknown[][] }[] = [];
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
    inputs.push({ column, area, values: read.range.values });
  }

  const units: UnitInput[] = [];
  const rowOf: number[] = [];
  const seen = new Map<string, string>();
  unitsRead.range.values.forEach((line, offset) => {
    const raw = line[0];
    const filled = inputs.filter((input) => !isBlankCell(input.values[offset]?.[0]));
    const at = cellOf(unitsArea, offset);
    if (isBlankCell(raw)) {
      if (filled.length > 0) {
        problems.push({
          at,
          message: message("no-unit-name", "这一行有数据，但没有单位名称", "this row has inputs but no unit name"),
        });
      }
      return;
    }
    const name = String(raw).trim();
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
    const cells = new Map(filled.map((input) => [input.column.key, input.values[offset]?.[0]]));
    units.push({ name, values: assembleValues(columns, cells) });
    rowOf.push(offset);
  });

  return {
    units,
    offsets: rowOf,
    unitsArea,
    problems,
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
