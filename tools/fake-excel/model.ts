/**
 * The in-memory workbook behind the fake Excel host: sheets of cells (value or formula, number format, alignment,
 * bold, borders, validation list, comment), merges, workbook names that move with the data when rows or columns are
 * inserted, and the document settings Office keeps with the file.
 */
import { columnIndex } from "../../src/excel/address";
import { columnLetter, GridArea } from "../../src/workbook";
import { evaluateFormula, formulaParses, FormulaValue } from "./formula";

export type Scalar = string | number | boolean;
export type Side = "top" | "bottom" | "left" | "right";

export interface CellData {
  value?: Scalar;
  formula?: string;
  format?: string;
  bold?: boolean;
  align?: string;
  borders?: Set<Side>;
  /** The comma-separated source of an in-cell drop-down. */
  list?: string;
  comment?: string;
  /** Text entered with a leading apostrophe: the apostrophe is not part of the value (see writeEntry). */
  quotePrefix?: boolean;
  /** The fill colour ("#FFC7CE"); absent for no fill, which Office reports as "#FFFFFF". */
  fill?: string;
  /** The font colour ("#9C0006"); absent for Excel's automatic (black). */
  fontColor?: string;
  wrap?: boolean;
}

/** A chart as the add-in made it: its type, the ranges it was given, and each series with its ranges. */
export interface FakeChart {
  name: string;
  type: string;
  /** The range handed to charts.add, and how it was split into series. */
  source: GridArea;
  seriesBy: string;
  series: { name: string; values: GridArea; xAxis?: GridArea }[];
  title?: string;
  /** The cells it covers, when positioned ("A20:L40"). */
  position?: string;
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

export class FakeSheet {
  cells = new Map<string, CellData>();
  merges: GridArea[] = [];
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  charts: FakeChart[] = [];
  constructor(public name: string) {}

  cell(row: number, col: number): CellData | undefined {
    return this.cells.get(`${row},${col}`);
  }
  touch(row: number, col: number): CellData {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = {}));
    return cell;
  }
  /** Every cell of an area, created on demand. */
  *area(area: GridArea): Generator<[CellData, number, number]> {
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.col; c < area.col + area.cols; c++) yield [this.touch(r, c), r, c];
    }
  }
  /** Bounding box of the cells holding something (a value or formula; with `valuesOnly` false, a format too). */
  used(valuesOnly: boolean): GridArea | undefined {
    let box: { r1: number; c1: number; r2: number; c2: number } | undefined;
    for (const [key, cell] of this.cells) {
      const filled = cell.formula !== undefined || (cell.value !== undefined && cell.value !== "");
      const formatted = cell.format !== undefined || cell.bold || cell.align !== undefined || cell.borders?.size;
      if (!filled && (valuesOnly || !formatted)) continue;
      const [r, c] = key.split(",").map(Number) as [number, number];
      box = box
        ? { r1: Math.min(box.r1, r), c1: Math.min(box.c1, c), r2: Math.max(box.r2, r), c2: Math.max(box.c2, c) }
        : { r1: r, c1: c, r2: r, c2: c };
    }
    return box && { row: box.r1, col: box.c1, rows: box.r2 - box.r1 + 1, cols: box.c2 - box.c1 + 1 };
  }
}

export interface NameData {
  name: string;
  comment: string;
  /** Where the name points; null once its sheet is deleted (Excel shows #REF!). */
  ref: { sheet: string; area: GridArea } | null;
}

const CELL_REF = /(\$?)([A-Z]{1,3})(\$?)(\d+)/g;

/** Moves a 1-D span [start, start+size) for `count` lines inserted before `at`, as Excel moves ranges. */
function shiftSpan(start: number, size: number, at: number, count: number): [number, number] {
  if (start >= at) return [start + count, size];
  if (start + size - 1 >= at) return [start, size + count];
  return [start, size];
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names = new Map<string, NameData>();
  /** Document settings as last saved with the file. */
  settings: Record<string, unknown> = {};
  activeSheet = "";
  selection: { sheet: string; area: GridArea } | undefined;
  /** Computed formula values, dropped on every write (a read-back of 5,000 RANK.EQ cells stays fast). */
  private computed = new Map<string, FormulaValue>();
  private ranges = new Map<string, FormulaValue[]>();

  private changed(): void {
    if (this.computed.size > 0) this.computed = new Map();
    if (this.ranges.size > 0) this.ranges = new Map();
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  requireSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new FakeExcelError("ItemNotFound", `no worksheet ${name}`);
    return sheet;
  }
  addSheet(name: string): FakeSheet {
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
      throw new FakeExcelError("InvalidArgument", `invalid sheet name ${name}`);
    }
    if (this.sheet(name)) throw new FakeExcelError("ItemAlreadyExists", `sheet ${name} exists`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    if (this.activeSheet === "") this.activeSheet = name;
    return sheet;
  }
  deleteSheet(name: string): void {
    const sheet = this.requireSheet(name);
    this.changed();
    this.sheets = this.sheets.filter((s) => s !== sheet);
    for (const n of this.names.values()) if (n.ref?.sheet === sheet.name) n.ref = null;
  }

  /** What a cell shows: its constant, or its formula computed now. */
  valueAt(sheet: FakeSheet, row: number, col: number, depth = 0): FormulaValue {
    const cell = sheet.cell(row, col);
    if (!cell) return null;
    if (cell.formula === undefined) return cell.value ?? null;
    if (depth > 100) return { error: "#REF!" };
    const key = `${sheet.name}|${row},${col}`;
    const known = this.computed.get(key);
    if (known !== undefined) return known;
    const value = evaluateFormula(
      cell.formula,
      (r, c) => this.valueAt(sheet, r, c, depth + 1),
      (top, left, bottom, right) => this.rangeAt(sheet, top, left, bottom, right, depth + 1),
    );
    this.computed.set(key, value);
    return value;
  }

  /** The values of a rectangle, kept like single values until the next write. */
  private rangeAt(sheet: FakeSheet, top: number, left: number, bottom: number, right: number, depth: number) {
    const key = `${sheet.name}|${top},${left}:${bottom},${right}`;
    const known = this.ranges.get(key);
    if (known) return known;
    const out: FormulaValue[] = [];
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) out.push(this.valueAt(sheet, r, c, depth));
    this.ranges.set(key, out);
    return out;
  }

  /**
   * What Excel makes of an entry in a cell, typed or written through Range.values or Range.formulas (the API takes
   * an entry as typing does). Sources:
   * - Office.js reference for Range.values (@types/office-js 1.0.612, index.d.ts; learn.microsoft.com
   *   /javascript/api/excel/excel.range#excel-excel-range-values-member): "If the returned value starts with a plus
   *   ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula." Range.formulas: "If a cell
   *   has no formula, its value is returned instead", so a constant written there is a constant.
   * - "Blank and null values in Excel add-ins" (learn.microsoft.com/office/dev/add-ins/excel
   *   /excel-add-ins-blank-null-values): null in a 2-D array leaves that cell as it is; "" clears it.
   * - Microsoft Support, "Available number formats in Excel": the Text format "treats the content of a cell as text
   *   and displays the content exactly as you type it, even when you type numbers"; so "=1+1" written to a cell
   *   formatted "@" stays the text "=1+1" (modelled for values and formulas alike, as typing does).
   * - A leading apostrophe marks text and is not part of the value: Excel hides it and keeps it as the cell's quote
   *   prefix (Microsoft Support, "Format numbers as text"; OfficeDev/office-js issue #6687 reports Range.formulas
   *   reading such a cell back without the apostrophe). Values and formulas here read the text without it.
   * Not modelled: Excel also takes "@SUM(A1)" for "=SUM(A1)" when typed (a Lotus habit, not in the API reference), and
   * "+"/"−" text this fake's formula grammar cannot read (Excel may read more of it, "-abc" as =-abc) stays text.
   * A formula the fake cannot read is refused with InvalidArgument, as Excel refuses a formula it cannot parse.
   */
  writeEntry(cell: CellData, input: unknown, nullLeavesCell = true): void {
    if ((input === null || input === undefined) && nullLeavesCell) return;
    const entry = this.entryOf(cell.format, input);
    this.changed();
    delete cell.formula;
    delete cell.value;
    delete cell.quotePrefix;
    if (entry.formula !== undefined) cell.formula = entry.formula;
    if (entry.value !== undefined) cell.value = entry.value;
    if (entry.quotePrefix) cell.quotePrefix = true;
    if (entry.format !== undefined) cell.format = entry.format;
  }

  /** What a clerk types into a cell: the entry rules of writeEntry, and an empty entry (null too) empties it. */
  type(cell: CellData, input: unknown): void {
    this.writeEntry(cell, input, false);
  }

  /** What an entry becomes in a cell of number format `format` (see writeEntry); throws before anything changes. */
  private entryOf(
    format: string | undefined,
    input: unknown,
  ): { value?: Scalar; formula?: string; quotePrefix?: boolean; format?: string } {
    if (input === null || input === undefined || input === "") return {};
    if (typeof input !== "string") {
      if (typeof input !== "number" && typeof input !== "boolean") {
        throw new FakeExcelError("InvalidArgument", `cannot write ${JSON.stringify(input)}`);
      }
      return { value: input };
    }
    if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
    if (format === "@") return { value: input };
    if (input.startsWith("=") && input.length > 1) {
      if (!formulaParses(input)) throw new FakeExcelError("InvalidArgument", `Excel cannot read the formula ${input}`);
      return { formula: input };
    }
    const t = input.trim();
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return { value: Number(t) };
    if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(t)) {
      return { value: Number(t.slice(0, -1)) / 100, ...(format === undefined ? { format: "0.00%" } : {}) };
    }
    // Typed "+1+1" is the formula "=+1+1", "-A1" is "=-A1".
    if (/^[+-]/.test(input) && formulaParses(`=${input}`)) return { formula: `=${input}` };
    return { value: input };
  }

  addName(name: string, ref: { sheet: string; area: GridArea }, comment = ""): void {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[rRcC]$/.test(name)) {
      throw new FakeExcelError("InvalidArgument", `invalid name ${name}`);
    }
    if (this.names.has(name.toLowerCase())) throw new FakeExcelError("InvalidArgument", `name ${name} exists`);
    this.names.set(name.toLowerCase(), { name, comment, ref: { sheet: ref.sheet, area: { ...ref.area } } });
  }

  /** Inserts `count` empty rows above 0-based `row`: cells, merges, names and same-sheet formulas move as in Excel. */
  insertRows(sheetName: string, row: number, count: number): void {
    this.insert(sheetName, "row", row, count);
  }
  insertColumns(sheetName: string, col: number, count: number): void {
    this.insert(sheetName, "col", col, count);
  }

  private insert(sheetName: string, axis: "row" | "col", at: number, count: number): void {
    const sheet = this.requireSheet(sheetName);
    this.changed();
    const moved = new Map<string, CellData>();
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (cell.formula?.includes("!")) {
        // Cross-sheet references are not modelled; the grids the add-in writes use none.
        throw new FakeExcelError("NotImplemented", "fake host: formulas with sheet references do not move");
      }
      if (cell.formula) cell.formula = this.shiftFormula(cell.formula, axis, at, count);
      const nr = axis === "row" && r >= at ? r + count : r;
      const nc = axis === "col" && c >= at ? c + count : c;
      moved.set(`${nr},${nc}`, cell);
    }
    sheet.cells = moved;
    const shiftArea = (a: GridArea): GridArea => {
      if (axis === "row") {
        const [row, rows] = shiftSpan(a.row, a.rows, at, count);
        return { ...a, row, rows };
      }
      const [col, cols] = shiftSpan(a.col, a.cols, at, count);
      return { ...a, col, cols };
    };
    sheet.merges = sheet.merges.map(shiftArea);
    for (const n of this.names.values()) {
      if (n.ref && n.ref.sheet === sheet.name) n.ref = { sheet: n.ref.sheet, area: shiftArea(n.ref.area) };
    }
  }

  private shiftFormula(formula: string, axis: "row" | "col", at: number, count: number): string {
    // Each end of a reference moves on its own, which is how A3:A12 becomes A3:A13 for a row inserted inside.
    return formula.replace(CELL_REF, (_, d1: string, col: string, d2: string, row: string) => {
      let r = Number(row) - 1;
      let c = columnIndex(col);
      if (axis === "row" && r >= at) r += count;
      if (axis === "col" && c >= at) c += count;
      return `${d1}${columnLetter(c)}${d2}${r + 1}`;
    });
  }

  /** The file as saved and opened again: a deep copy with the saved settings and nothing else carried over. */
  reopen(): FakeWorkbook {
    const copy = new FakeWorkbook();
    copy.sheets = this.sheets.map((s) => {
      const t = new FakeSheet(s.name);
      for (const [k, c] of s.cells) {
        const cell: CellData = { ...c };
        if (c.borders) cell.borders = new Set(c.borders);
        t.cells.set(k, cell);
      }
      t.merges = s.merges.map((m) => ({ ...m }));
      t.frozenRows = s.frozenRows;
      t.columnWidths = new Map(s.columnWidths);
      t.charts = s.charts.map((c) => ({ ...c, series: c.series.map((x) => ({ ...x })) }));
      return t;
    });
    for (const [k, n] of this.names) copy.names.set(k, { ...n, ref: n.ref && { ...n.ref, area: { ...n.ref.area } } });
    copy.settings = JSON.parse(JSON.stringify(this.settings)) as Record<string, unknown>;
    copy.activeSheet = this.sheets[0]?.name ?? "";
    return copy;
  }
}
