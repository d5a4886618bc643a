/**
 * Reading a clerk's input table from the values of a sheet: the header row found among the first rows (a generated
 * 录入表 has a title, a row of keys and a row of names), the unit names down the table's first column, one row per
 * unit down to the last row holding anything: blank rows are skipped, summary rows and notes listed as not units
 * (tableRows.ts), and each input cell read with its number format (inputCell.ts). Host-neutral: the workbook command hands over values read from the file, the
 * add-in those of Range.values; both get the same units and the same cell for every problem.
 */
import { assembleValues, CellValue, InputColumn, InputError, isBlank, normalizeText, UnitInput } from "../engine";
import { HeaderMatching, matchHeaders } from "./headers";
import { readInputCell } from "./inputCell";
import { CellFormats, PLAIN_FORMATS } from "./numberFormat";
import { notUnitWording, rowKind, unnamedRowWording } from "./tableRows";

/** A cell the shell could not turn into what Excel would hand over (a formula without a stored result). */
export interface UnreadableCell {
  unreadable: string;
}

export type SheetCell = CellValue | UnreadableCell;

/** A problem at a 0-based row and column of the sheet. */
export interface CellProblem {
  row: number;
  col: number;
  /** The last row and column of a range the problem covers (a header row), when it is not one cell. */
  toRow?: number;
  toCol?: number;
  message: string;
}

export interface InputTable {
  /** 0-based row of the header row used for binding, and of the first unit. */
  headerRow: number;
  firstUnitRow: number;
  /** 0-based column of the unit names. */
  unitCol: number;
  matching: HeaderMatching;
  units: UnitInput[];
  /** 0-based sheet row of each unit. */
  unitRows: number[];
  /** 0-based sheet column of each bound input key. */
  columnOf: Map<string, number>;
  /** Cells read but worth a look (a number stored as text): shown, not blocking. */
  warnings: CellProblem[];
  /** Rows under the header that are not units (合计, 平均分, 注：…), at their name cell: shown, not errors. */
  notUnits: CellProblem[];
}

/**
 * A failed read keeps the table when its header bound (the problems are in its rows), so a front end can check the
 * units too and report every problem of the run at once.
 */
export type InputTableRead =
  { ok: true; table: InputTable } | { ok: false; problems: CellProblem[]; table?: InputTable };

/** How many rows from the top may hold the header row. */
export const HEADER_SEARCH_ROWS = 10;

export function isUnreadable(cell: SheetCell): cell is UnreadableCell {
  return typeof cell === "object" && cell !== null && "unreadable" in cell;
}

function headerCells(row: readonly SheetCell[] | undefined): unknown[] {
  return (row ?? []).map((cell) => (isUnreadable(cell) ? null : cell));
}

/**
 * Whether a row can be a header row. Ids typed as numbers (1, 2.3) are stored as numbers, so numbers count, but
 * a unit's row of scores can hold the same numbers: a row whose only matches are numbers must name most inputs.
 */
function looksLikeHeader(columns: readonly InputColumn[], row: readonly unknown[], matching: HeaderMatching): boolean {
  const bound = [...matching.matches.map((m) => m.index), ...matching.conflicts.flatMap((c) => c.indexes)];
  if (bound.some((i) => typeof row[i] === "string")) return true;
  return bound.length * 2 > columns.length;
}

/** The row among the first rows that names the most inputs (the first of equals), or undefined when none does. */
export function findHeaderRow(
  columns: readonly InputColumn[],
  rows: readonly (readonly SheetCell[])[],
): { row: number; matching: HeaderMatching } | undefined {
  let best: { row: number; matching: HeaderMatching } | undefined;
  for (let row = 0; row < Math.min(HEADER_SEARCH_ROWS, rows.length); row++) {
    const cells = headerCells(rows[row]);
    const matching = matchHeaders(columns, cells);
    const bound = matching.matches.length + matching.conflicts.length;
    if (bound === 0 || !looksLikeHeader(columns, cells, matching)) continue;
    if (!best || bound > best.matching.matches.length + best.matching.conflicts.length) best = { row, matching };
  }
  return best;
}

/**
 * A row under the header row is a header too (the names under a row of keys) when its text names most of the same
 * inputs in the same columns. Numbers do not count: a unit's 5 under a bonus column keyed "5" is an input.
 */
function repeatsHeader(
  columns: readonly InputColumn[],
  header: HeaderMatching,
  row: readonly SheetCell[] = [],
): boolean {
  const texts = headerCells(row).map((cell) => (typeof cell === "string" ? cell : null));
  const keys = new Map(matchHeaders(columns, texts).matches.map((m) => [m.index, m.column.key]));
  const same = header.matches.filter((m) => keys.get(m.index) === m.column.key).length;
  return same * 2 > header.matches.length;
}

function filled(cell: SheetCell | undefined): boolean {
  return cell !== undefined && !isBlank(cell);
}

function unitName(cell: SheetCell): string {
  if (cell === null || cell === undefined || isUnreadable(cell)) return "";
  return String(cell).trim();
}

/**
 * The units of an input table; `formats` gives the number format of each cell holding a number. `strict` makes an input that no header names a problem (otherwise its leaves are
 * missing and the engine leaves the units incomplete). Two headers naming one input are always a problem: which of
 * the two the clerk meant cannot be told.
 */
export function readInputTable(
  columns: readonly InputColumn[],
  rows: readonly (readonly SheetCell[])[],
  options: { strict?: boolean; formats?: CellFormats } = {},
): InputTableRead {
  const formats = options.formats ?? PLAIN_FORMATS;
  const found = findHeaderRow(columns, rows);
  if (!found) {
    return {
      ok: false,
      problems: [
        {
          row: 0,
          col: 0,
          toRow: Math.min(HEADER_SEARCH_ROWS, Math.max(rows.length, 1)) - 1,
          toCol: Math.max(0, ...rows.slice(0, HEADER_SEARCH_ROWS).map((r) => r.length - 1)),
          message: `前 ${HEADER_SEARCH_ROWS} 行中没有一行表头能对应方案的输入（编号如 C11、2.3.1，或指标名称）`,
        },
      ],
    };
  }
  const { row: headerRow, matching } = found;
  const header = rows[headerRow] ?? [];
  const problems: CellProblem[] = [];

  const unitCol = header.findIndex((cell) => !isUnreadable(cell) && !isBlank(cell));
  const firstInput = Math.min(...matching.matches.map((m) => m.index), ...matching.conflicts.flatMap((c) => c.indexes));
  if (unitCol < 0 || unitCol >= firstInput) {
    problems.push({
      row: headerRow,
      col: Math.max(firstInput, 0),
      message: "表头的第一列应为单位名称（如“所属街镇”），其右各列为输入",
    });
  }
  for (const conflict of matching.conflicts) {
    const column = columns.find((c) => c.key === conflict.key);
    for (const index of conflict.indexes) {
      problems.push({
        row: headerRow,
        col: index,
        message: `有 ${conflict.indexes.length} 列都对应输入 ${column?.header ?? conflict.key}，无法确定用哪一列`,
      });
    }
  }
  if (options.strict && matching.missing.length > 0) {
    problems.push({
      row: headerRow,
      col: 0,
      toRow: headerRow,
      toCol: Math.max(0, header.length - 1),
      message: `没有以下输入的列（--strict 要求每项输入都有列）：${matching.missing.map((c) => c.header).join("、")}`,
    });
  }
  for (let col = 0; col < header.length; col++) {
    const cell = header[col];
    if (cell !== undefined && isUnreadable(cell)) problems.push({ row: headerRow, col, message: cell.unreadable });
  }
  if (problems.length > 0) return { ok: false, problems };

  let firstUnitRow = headerRow + 1;
  while (firstUnitRow < rows.length && repeatsHeader(columns, matching, rows[firstUnitRow])) firstUnitRow++;

  const columnOf = new Map(matching.matches.map((m) => [m.column.key, m.index]));
  const units: UnitInput[] = [];
  const unitRows: number[] = [];
  const warnings: CellProblem[] = [];
  const notUnits: CellProblem[] = [];
  const seen = new Map<string, number>();
  for (let r = firstUnitRow; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const nameCell = row[unitCol];
    if (nameCell !== undefined && isUnreadable(nameCell)) {
      problems.push({ row: r, col: unitCol, message: nameCell.unreadable });
      continue;
    }
    const name = unitName(nameCell);
    const kind = rowKind(
      name,
      matching.matches.some((m) => filled(row[m.index])),
    );
    if (kind === "blank") continue;
    if (kind === "unnamed") {
      problems.push({ row: r, col: unitCol, message: unnamedRowWording(r).zh });
      continue;
    }
    if (kind !== "unit") {
      notUnits.push({ row: r, col: unitCol, message: notUnitWording(name, kind).zh });
      continue;
    }
    const earlier = seen.get(normalizeText(name));
    if (earlier !== undefined) {
      problems.push({ row: r, col: unitCol, message: `单位名称“${name}”与第 ${earlier + 1} 行重复` });
    }
    seen.set(normalizeText(name), r);
    const cells = new Map<string, unknown>();
    for (const m of matching.matches) {
      const cell = row[m.index];
      if (cell === undefined || cell === null) continue;
      if (isUnreadable(cell)) {
        problems.push({ row: r, col: m.index, message: cell.unreadable });
        continue;
      }
      const read = readInputCell(m.column, cell, typeof cell === "number" ? formats(r, m.index) : "number", name);
      if (!read.ok) {
        problems.push({ row: r, col: m.index, message: read.problem.zh });
        continue;
      }
      if (read.warning) warnings.push({ row: r, col: m.index, message: read.warning.zh });
      cells.set(m.column.key, read.value);
    }
    units.push({ name, values: assembleValues(columns, cells) });
    unitRows.push(r);
  }
  if (units.length === 0 && problems.length === 0) {
    problems.push({ row: firstUnitRow, col: unitCol, message: "表头下没有单位：单位名称应从这一格起向下填写" });
  }
  const table = { headerRow, firstUnitRow, unitCol, matching, units, unitRows, columnOf, warnings, notUnits };
  if (problems.length > 0) return { ok: false, problems, table };
  return { ok: true, table };
}

/** The cell an engine error is about: the unit's row, and the column of the input (or of its first bound part). */
export function errorCell(table: InputTable, error: InputError): { row: number; col: number } {
  const row = table.unitRows[error.unitIndex] ?? table.firstUnitRow;
  const key = error.part !== undefined && error.part !== "" ? `${error.id}/${error.part}` : error.id;
  let col = table.columnOf.get(key);
  if (col === undefined) {
    for (const m of table.matching.matches) if (m.column.id === error.id) col = Math.min(col ?? m.index, m.index);
  }
  return { row, col: col ?? table.unitCol };
}
