/**
 * The preview's workbook view: the fake host's sheets drawn as a grid with tabs, a formula bar and a status line.
 * Cells are typed into as in Excel (select, type, Enter or Tab; double-click or F2 edits; Delete clears), and what a
 * person types goes into the workbook by Excel's typing rules, not through Office.js: it is the user, not the add-in.
 * What the add-in formats is drawn as Excel would show it: fills, font colours and bold, borders, merged cells, number
 * formats, frozen rows (they stay in view when the sheet scrolls) and charts (chart.ts).
 */
import DecimalJs from "decimal.js";
import { parseAddress } from "../../src/excel/address";
import { columnLetter, GridArea } from "../../src/workbook";
import { FakeExcelError } from "../../tools/fake-excel";
import type { FakeExcel, FakeSheet } from "../../tools/fake-excel";
import type { CellData } from "../../tools/fake-excel/model";
import { drawChart } from "./chart";

/** Rows and columns drawn beyond the used range, so there is room to type. */
const SPARE_ROWS = 10;
const SPARE_COLS = 3;
const MIN_ROWS = 30;
const MIN_COLS = 12;
/** A person watches a few hundred rows; thousands would make every redraw slow. */
const MAX_ROWS = 1000;
const MAX_COLS = 200;

interface Cell {
  row: number;
  col: number;
}

export function cellName(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Excel's 15 significant digits, then the format's places rounded half-up, as a cell shows them. */
function fixed(value: number, places: number): string {
  return new DecimalJs(value.toPrecision(15)).toFixed(places, DecimalJs.ROUND_HALF_UP);
}

/** What a number looks like under the number formats the add-in writes (0, 0.00, 0.00%, +0.00;-0.00;0.00, @). */
export function formatNumber(value: number, format: string | undefined): string {
  if (format === undefined || format === "General" || format === "@") {
    return String(Number(value.toPrecision(15)));
  }
  const sections = format.split(";");
  let section = sections[0] ?? "";
  let magnitude = value;
  if (sections.length > 1 && value < 0) {
    section = sections[1] ?? section;
    magnitude = -value;
  } else if (sections.length > 2 && value === 0) section = sections[2] ?? section;
  const percent = section.includes("%");
  const shown = percent ? magnitude * 100 : magnitude;
  const places = /\.(0+)/.exec(section)?.[1]?.length ?? 0;
  const digits = fixed(shown, places);
  const grouped = section.includes(",") ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : digits;
  const prefix = section.startsWith("+") ? "+" : section.startsWith("-") ? "-" : "";
  return `${prefix}${grouped}${percent ? "%" : ""}`;
}

export class WorkbookView {
  private readonly sheetBox: HTMLDivElement;
  private readonly tabs: HTMLDivElement;
  private readonly status: HTMLDivElement;
  private readonly nameBox: HTMLSpanElement;
  private readonly formulaInput: HTMLInputElement;
  private readonly editor: HTMLInputElement;
  private editing = false;
  /** Where a row typed with Tab began: Enter goes back to this column on the next row, as in Excel. */
  private tabStart: number | undefined;
  private anchor: Cell = { row: 0, col: 0 };
  private focus: Cell = { row: 0, col: 0 };
  /** The sheet drawn last, and where each sheet's selection was left, as Excel keeps one per sheet. */
  private shown: string | undefined;
  private readonly selections = new Map<string, { anchor: Cell; focus: Cell }>();

  constructor(
    root: HTMLElement,
    private readonly fake: FakeExcel,
  ) {
    const bar = element("div", "formula-bar");
    this.nameBox = element("span", "name-box");
    this.nameBox.setAttribute("aria-label", "名称框");
    this.formulaInput = element("input", "formula");
    this.formulaInput.setAttribute("aria-label", "编辑栏");
    bar.append(this.nameBox, this.formulaInput);
    this.sheetBox = element("div", "sheet");
    this.editor = element("input", "cell-editor");
    this.editor.setAttribute("aria-label", "单元格输入");
    this.tabs = element("div", "tabs");
    this.tabs.setAttribute("role", "tablist");
    this.tabs.setAttribute("aria-label", "工作表");
    this.status = element("div", "status");
    this.status.setAttribute("role", "status");
    root.append(bar, this.sheetBox, this.tabs, this.status);
    this.listen();
  }

  get book() {
    return this.fake.book;
  }

  /** The sheet on screen: the workbook's active sheet, as the add-in or a click on a tab left it. */
  private sheet(): FakeSheet | undefined {
    return this.book.sheet(this.book.activeSheet) ?? this.book.sheets[0];
  }

  /** Redraws everything from the workbook (after every sync of the add-in, and after every edit). */
  draw(): void {
    const sheet = this.sheet();
    this.drawTabs(sheet);
    this.sheetBox.replaceChildren();
    if (!sheet) return;
    if (sheet.name !== this.shown) {
      if (this.shown !== undefined) this.selections.set(this.shown, { anchor: this.anchor, focus: this.focus });
      const kept = this.selections.get(sheet.name);
      this.anchor = kept?.anchor ?? { row: 0, col: 0 };
      this.focus = kept?.focus ?? { row: 0, col: 0 };
      this.shown = sheet.name;
    }
    const selection = this.book.selection;
    if (selection && selection.sheet === sheet.name) {
      // The add-in may have selected cells: show its selection.
      const a = selection.area;
      const inside = (c: Cell) => c.row >= a.row && c.row < a.row + a.rows && c.col >= a.col && c.col < a.col + a.cols;
      if (!inside(this.anchor) || !inside(this.focus)) {
        this.anchor = { row: a.row, col: a.col };
        this.focus = { row: a.row + a.rows - 1, col: a.col + a.cols - 1 };
      }
    }
    const used = sheet.used(false);
    const rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, (used ? used.row + used.rows : 0) + SPARE_ROWS));
    const cols = Math.min(MAX_COLS, Math.max(MIN_COLS, (used ? used.col + used.cols : 0) + SPARE_COLS));
    this.sheetBox.append(this.table(sheet, rows, cols), this.editor);
    this.freezeRows(sheet);
    this.drawCharts(sheet);
    if (used && used.row + used.rows > MAX_ROWS) {
      const more = element("div", "more");
      more.textContent = `…… 另有 ${used.row + used.rows - MAX_ROWS} 行未显示 / ${used.row + used.rows - MAX_ROWS} more rows not drawn`;
      this.sheetBox.append(more);
    }
    this.showSelection();
    const syncs = this.fake.syncs;
    const last = syncs[syncs.length - 1];
    this.status.textContent =
      `${sheet.name} · context.sync() ${syncs.length} 次` +
      (last ? ` · 上次请求 ${last.bytes.toLocaleString("en-US")} 字节` : "");
  }

  /** Frozen rows stay at the top while the sheet scrolls, below the column letters, as in Excel. */
  private freezeRows(sheet: FakeSheet): void {
    const rows = this.sheetBox.querySelectorAll<HTMLTableRowElement>("tbody tr");
    for (let r = 0; r < Math.min(sheet.frozenRows, rows.length); r++) {
      const tr = rows[r];
      if (!tr) continue;
      tr.dataset.frozen = "true";
      for (const cell of tr.querySelectorAll<HTMLElement>("td, th")) {
        cell.style.position = "sticky";
        cell.style.top = `${tr.offsetTop}px`;
        cell.style.zIndex = cell.tagName === "TH" ? "2" : "1";
      }
    }
  }

  /** Each chart over the cells it was placed on (below the sheet's cells when it was not placed). */
  private drawCharts(sheet: FakeSheet): void {
    for (const chart of sheet.charts) {
      const figure = drawChart(this.book, sheet, chart);
      const [from] = (chart.position ?? "").split(":");
      const at = from ? parseAddress(`x!${from}`) : undefined;
      const td = at && this.sheetBox.querySelector<HTMLTableCellElement>(`td[data-cell="${cellName(at.row, at.col)}"]`);
      const table = this.sheetBox.querySelector("table");
      figure.style.left = `${td ? td.offsetLeft : 48}px`;
      figure.style.top = `${td ? td.offsetTop : (table?.offsetHeight ?? 0) + 8}px`;
      this.sheetBox.append(figure);
    }
  }

  private drawTabs(current: FakeSheet | undefined): void {
    this.tabs.replaceChildren(
      ...this.book.sheets.map((s) => {
        const tab = element("button");
        tab.type = "button";
        tab.setAttribute("role", "tab");
        tab.setAttribute("aria-selected", String(s === current));
        tab.textContent = s.name;
        tab.addEventListener("click", () => {
          // As in Excel: the sheet comes up with the cells last selected on it, and that is the selection now.
          this.book.activeSheet = s.name;
          this.stopEditing();
          this.draw();
          this.book.selection = { sheet: s.name, area: this.area() };
          this.editor.focus({ preventScroll: true });
        });
        return tab;
      }),
    );
  }

  private table(sheet: FakeSheet, rows: number, cols: number): HTMLTableElement {
    const table = element("table", "grid");
    table.setAttribute("role", "grid");
    table.setAttribute("aria-label", sheet.name);
    const colgroup = element("colgroup");
    colgroup.append(element("col"));
    for (let c = 0; c < cols; c++) {
      const col = element("col");
      // Office.js column widths are in points.
      col.style.width = `${Math.max(24, (sheet.columnWidths.get(c) ?? 54) * (4 / 3))}px`;
      colgroup.append(col);
    }
    const head = element("thead");
    const headRow = element("tr");
    headRow.append(element("th", "corner"));
    for (let c = 0; c < cols; c++) {
      const th = element("th");
      th.textContent = columnLetter(c);
      headRow.append(th);
    }
    head.append(headRow);
    const covered = new Set<string>();
    const mergeAt = new Map<string, GridArea>();
    for (const m of sheet.merges) {
      mergeAt.set(`${m.row},${m.col}`, m);
      for (let r = m.row; r < m.row + m.rows; r++)
        for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
    }
    const body = element("tbody");
    for (let r = 0; r < rows; r++) {
      const tr = element("tr");
      if (sheet.frozenRows > 0 && r === sheet.frozenRows - 1) tr.className = "frozen";
      const th = element("th");
      th.textContent = String(r + 1);
      tr.append(th);
      for (let c = 0; c < cols; c++) {
        if (covered.has(`${r},${c}`)) continue;
        const td = this.cell(sheet, r, c);
        const merge = mergeAt.get(`${r},${c}`);
        if (merge) {
          td.colSpan = merge.cols;
          td.rowSpan = merge.rows;
        }
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(colgroup, head, body);
    return table;
  }

  private cell(sheet: FakeSheet, row: number, col: number): HTMLTableCellElement {
    const td = element("td");
    const name = cellName(row, col);
    td.dataset.cell = name;
    const data = sheet.cell(row, col);
    if (!data) return td;
    const value = this.book.valueAt(sheet, row, col);
    const classes: string[] = [];
    if (typeof value === "number") {
      td.textContent = formatNumber(value, data.format);
      classes.push("number");
    } else if (typeof value === "boolean") td.textContent = value ? "TRUE" : "FALSE";
    else if (value !== null && typeof value === "object") td.textContent = value.error;
    else td.textContent = value ?? "";
    if (data.bold) td.style.fontWeight = "600";
    if (data.fill !== undefined) td.style.backgroundColor = data.fill;
    if (data.fontColor !== undefined) td.style.color = data.fontColor;
    if (data.align !== undefined && data.align !== "General") td.style.textAlign = data.align.toLowerCase();
    for (const side of data.borders ?? []) td.style.setProperty(`border-${side}`, "1px solid #201f1e");
    const notes: string[] = [];
    if (data.formula !== undefined) notes.push(data.formula);
    if (data.comment !== undefined) {
      notes.push(data.comment);
      classes.push("comment");
    }
    if (data.list !== undefined) {
      notes.push(`下拉 / list: ${data.list}`);
      classes.push("list");
    }
    if (notes.length > 0) td.title = notes.join("\n");
    td.className = classes.join(" ");
    return td;
  }

  /** Marks the selected cells, moves the (hidden until typing) editor over the active cell, fills the formula bar. */
  private showSelection(): void {
    const area = this.area();
    for (const td of this.sheetBox.querySelectorAll<HTMLTableCellElement>("td[data-cell]")) {
      const at = parseAddress(`x!${td.dataset.cell ?? ""}`);
      if (!at) continue;
      const inside =
        at.row >= area.row && at.row < area.row + area.rows && at.col >= area.col && at.col < area.col + area.cols;
      td.classList.toggle("selected", inside && (area.rows > 1 || area.cols > 1));
      td.classList.toggle("active", at.row === this.anchor.row && at.col === this.anchor.col);
    }
    this.nameBox.textContent =
      area.rows === 1 && area.cols === 1
        ? cellName(area.row, area.col)
        : `${cellName(area.row, area.col)}:${cellName(area.row + area.rows - 1, area.col + area.cols - 1)}`;
    const data = this.sheet()?.cell(this.anchor.row, this.anchor.col);
    if (document.activeElement !== this.formulaInput) this.formulaInput.value = content(data);
    this.placeEditor();
  }

  private placeEditor(): void {
    const td = this.sheetBox.querySelector<HTMLTableCellElement>(
      `td[data-cell="${cellName(this.anchor.row, this.anchor.col)}"]`,
    );
    if (!td) return;
    this.editor.style.left = `${td.offsetLeft}px`;
    this.editor.style.top = `${td.offsetTop}px`;
    this.editor.style.width = `${Math.max(td.offsetWidth, 80)}px`;
    this.editor.style.height = `${td.offsetHeight}px`;
  }

  private area(): GridArea {
    const row = Math.min(this.anchor.row, this.focus.row);
    const col = Math.min(this.anchor.col, this.focus.col);
    return {
      row,
      col,
      rows: Math.abs(this.anchor.row - this.focus.row) + 1,
      cols: Math.abs(this.anchor.col - this.focus.col) + 1,
    };
  }

  /** Selects a cell (or, with `extend`, the rectangle from the anchor to it) in the workbook too. */
  private select(cell: Cell, extend = false): void {
    const at = { row: Math.max(0, cell.row), col: Math.max(0, cell.col) };
    if (!extend) this.anchor = at;
    this.focus = at;
    const sheet = this.sheet();
    if (sheet) this.book.selection = { sheet: sheet.name, area: this.area() };
    this.stopEditing();
    this.draw();
    this.editor.focus({ preventScroll: true });
    this.sheetBox
      .querySelector(`td[data-cell="${cellName(at.row, at.col)}"]`)
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  private startEditing(initial?: string): void {
    this.editing = true;
    this.editor.classList.add("editing");
    if (initial !== undefined) this.editor.value = initial;
    this.editor.focus();
  }

  private stopEditing(): void {
    this.editing = false;
    this.editor.classList.remove("editing");
    this.editor.value = "";
  }

  /** Writes what was typed into the active cell by Excel's typing rules ("6.70" becomes 6.7, "81%" a rate). */
  private commit(text: string): void {
    const sheet = this.sheet();
    if (!sheet) return;
    try {
      this.book.type(sheet.touch(this.anchor.row, this.anchor.col), text);
    } catch (error) {
      // A formula Excel cannot read is refused, and the cell keeps what it had.
      if (!(error instanceof FakeExcelError)) throw error;
    }
  }

  private clearSelection(): void {
    const sheet = this.sheet();
    if (!sheet) return;
    for (const [cell] of sheet.area(this.area())) this.book.type(cell, "");
    this.draw();
  }

  private listen(): void {
    this.sheetBox.addEventListener("mousedown", (event) => {
      const td = (event.target as HTMLElement).closest<HTMLTableCellElement>("td[data-cell]");
      const at = td && parseAddress(`x!${td.dataset.cell ?? ""}`);
      if (!at) return;
      event.preventDefault();
      if (this.editing) this.commit(this.editor.value);
      this.tabStart = undefined;
      this.select({ row: at.row, col: at.col }, event.shiftKey);
    });
    this.sheetBox.addEventListener("dblclick", (event) => {
      const td = (event.target as HTMLElement).closest<HTMLTableCellElement>("td[data-cell]");
      if (!td) return;
      this.startEditing(content(this.sheet()?.cell(this.anchor.row, this.anchor.col)));
    });
    // Typing into the selected cell: the editor keeps the keyboard and shows itself on the first character (an input
    // method's composition included, so Chinese names type as in Excel).
    this.editor.addEventListener("input", () => {
      if (!this.editing) this.startEditing();
    });
    this.editor.addEventListener("keydown", (event) => {
      if (event.isComposing) return;
      const move = (dr: number, dc: number, extend = false) =>
        this.select({ row: this.focus.row + dr, col: this.focus.col + dc }, extend);
      switch (event.key) {
        case "Enter": {
          event.preventDefault();
          if (this.editing) this.commit(this.editor.value);
          const col = this.tabStart ?? this.anchor.col;
          this.tabStart = undefined;
          this.select({ row: this.anchor.row + (event.shiftKey ? -1 : 1), col });
          return;
        }
        case "Tab": {
          event.preventDefault();
          if (this.editing) this.commit(this.editor.value);
          this.tabStart ??= this.anchor.col;
          const start = this.tabStart;
          this.select({ row: this.anchor.row, col: this.anchor.col + (event.shiftKey ? -1 : 1) });
          this.tabStart = start;
          return;
        }
        case "Escape":
          event.preventDefault();
          this.stopEditing();
          this.showSelection();
          return;
        case "F2":
          event.preventDefault();
          this.startEditing(content(this.sheet()?.cell(this.anchor.row, this.anchor.col)));
          return;
      }
      if (this.editing) return;
      const arrows: Record<string, [number, number]> = {
        ArrowUp: [-1, 0],
        ArrowDown: [1, 0],
        ArrowLeft: [0, -1],
        ArrowRight: [0, 1],
      };
      const step = arrows[event.key];
      if (step) {
        event.preventDefault();
        this.tabStart = undefined;
        move(step[0], step[1], event.shiftKey);
      } else if (event.key === "Delete" || event.key === "Backspace") {
        event.preventDefault();
        this.clearSelection();
      }
    });
    this.formulaInput.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        this.commit(this.formulaInput.value);
        this.formulaInput.blur();
        this.select(this.anchor);
      } else if (event.key === "Escape") {
        this.formulaInput.blur();
        this.showSelection();
      }
    });
  }
}

/** What the formula bar shows for a cell: its formula, or its constant as typed. */
function content(cell: CellData | undefined): string {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  if (cell.value === undefined) return "";
  if (typeof cell.value === "number" && cell.format?.includes("%")) return formatNumber(cell.value, cell.format);
  return String(cell.value);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  return e;
}
