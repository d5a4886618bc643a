/**
 * A sheet of the 指标体系 workbook as a reading sees it: its columns found by their headers, each cell read as its
 * column's type with a problem at the cell when it cannot be, labels carried down; and where each field of the
 * scheme was read from, so that the engine's problems about the scheme name cells.
 */
import type { SchemeProblem } from "../engine";
import type { Wording } from "./inputErrors";
import type { SheetCell } from "./inputTable";
import { isBlankCell, readColumn, readText } from "./schemeCells";
import type { SheetColumn } from "./schemeColumns";

/** Sheet name → rows of cells from A1, as a host reads them. */
export type SchemeSheetCells = Record<string, readonly (readonly SheetCell[])[]>;

/** A problem at a cell (0-based row and column) of one of the sheets. */
export interface SchemeSheetProblem {
  sheet: string;
  row: number;
  col: number;
  message: Wording;
}

/** Bounds on what a read looks at: a scheme has tens of nodes, not thousands. */
export const SCHEME_SHEET_LIMITS = { rows: 5000, cols: 200 } as const;

export interface Loc {
  sheet: string;
  row: number;
  col: number;
}

/** A problem's words; `en` defaults to the Chinese (the engine's scheme problems are worded in Chinese only). */
export function wording(zh: string, en = zh): Wording {
  return { code: "scheme-sheet", zh, en };
}

/** A sheet read by its header row: which column holds which name. */
export class Sheet {
  readonly columns = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly rows: readonly (readonly SheetCell[])[],
    readonly problems: SchemeSheetProblem[],
  ) {}

  problem(row: number, col: number, zh: string, en: string): void {
    this.problems.push({ sheet: this.name, row, col, message: wording(zh, en) });
  }

  /** Reads the header row; a column it does not know is a problem (a parameter misspelt would be lost). */
  header(known: readonly SheetColumn[] | readonly { zh: string }[], required: readonly string[]): void {
    const names = new Set(known.map((k) => k.zh));
    (this.rows[0] ?? []).forEach((cell, col) => {
      const t = readText(cell);
      if (!t.ok || t.value === undefined) return;
      const name = t.value.trim();
      if (!names.has(name)) this.problem(0, col, `未知的列“${name}”`, `unknown column “${name}”`);
      else if (this.columns.has(name)) this.problem(0, col, `列“${name}”重复`, `column “${name}” appears twice`);
      else this.columns.set(name, col);
    });
    for (const name of required) {
      if (!this.columns.has(name))
        this.problem(0, 0, `工作表“${this.name}”缺少“${name}”列`, `sheet “${this.name}” has no column “${name}”`);
    }
  }

  col(name: string): number | undefined {
    return this.columns.get(name);
  }

  cell(row: number, name: string): SheetCell | undefined {
    const col = this.columns.get(name);
    return col === undefined ? undefined : this.rows[row]?.[col];
  }

  /** Row numbers under the header that hold anything. */
  dataRows(): number[] {
    const out: number[] = [];
    for (let r = 1; r < this.rows.length; r++) {
      if ((this.rows[r] ?? []).some((c) => !isBlankCell(c))) out.push(r);
    }
    return out;
  }

  /** A cell read as the column's type, a problem at the cell when it cannot be. */
  read(row: number, column: SheetColumn): unknown {
    const col = this.columns.get(column.zh);
    if (col === undefined) return undefined;
    const cell = this.rows[row]?.[col];
    if (column.type === "choice") {
      const t = readText(cell);
      if (!t.ok) return this.problem(row, col, t.message.zh, t.message.en);
      return t.value?.trim();
    }
    const read = readColumn(cell, column);
    if (!read.ok) return this.problem(row, col, `${column.zh}：${read.message.zh}`, `${column.en}: ${read.message.en}`);
    return read.value;
  }

  /** Text of a column, trimmed. */
  text(row: number, name: string): string | undefined {
    const t = readText(this.cell(row, name));
    return t.ok ? t.value?.trim() : undefined;
  }

  /** A block label left blank under its first row (or merged) carries down to the rows under it. */
  carried(rows: readonly number[], name: string): Map<number, string | undefined> {
    const out = new Map<number, string | undefined>();
    let last: string | undefined;
    for (const r of rows) {
      const own = this.text(r, name);
      if (own !== undefined) last = own;
      out.set(r, last);
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Where each field of the scheme came from, so the engine's problems name cells

/** A node's row: its message goes to the cell its wording is about. */
export interface NodeLoc {
  sheet: string;
  row: number;
  cols: { id: number; name: number; points: number; rule: number };
}

export class Places {
  readonly cells = new Map<string, Loc>();
  readonly nodes = new Map<string, NodeLoc>();

  at(path: string, loc: Loc | undefined): void {
    if (loc) this.cells.set(path, loc);
  }

  /** The cell of a problem at `path`: the path's own, or that of the nearest field holding it. */
  locate(problem: SchemeProblem, fallback: Loc): Loc {
    let path = problem.path;
    for (;;) {
      const cell = this.cells.get(path);
      if (cell) return cell;
      const node = this.nodes.get(path);
      if (node) {
        const m = problem.message;
        const col = /分值|points/.test(m)
          ? node.cols.points
          : /编号|code/.test(m)
            ? node.cols.id
            : /规则|rule/.test(m)
              ? node.cols.rule
              : node.cols.name;
        return { sheet: node.sheet, row: node.row, col };
      }
      const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
      if (cut <= 0) return fallback;
      path = path.slice(0, cut);
    }
  }
}
