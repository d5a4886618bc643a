/**
 * The proxy objects of the fake Excel host. As in Office.js, every call and property write is queued and reaches
 * the workbook only at `context.sync()`; a property can be read only after it was `load`ed and synced, otherwise
 * the read throws PropertyNotLoaded. Each sync is counted with the byte size of its request (the JSON of the queued
 * operations), the figure Excel's 5 MB request limit is about.
 */
import { parseAddress, sheetAddress } from "../../src/excel/address";
import { GridArea } from "../../src/workbook";
import { CellData, FakeChart, FakeExcelError, FakeSheet, FakeWorkbook, Side } from "./model";

interface QueuedOp {
  /** What travels in the request: the object's path and the operation with its arguments. */
  request: { target: string; op: string; args?: unknown[] };
  apply: () => void;
}

export interface SyncRecord {
  bytes: number;
  operations: number;
}

export class FakeContext {
  readonly workbook: WorkbookProxy;
  private queue: QueuedOp[] = [];
  constructor(
    readonly book: FakeWorkbook,
    private readonly onSync: (record: SyncRecord) => void,
  ) {
    this.workbook = new WorkbookProxy(this);
  }
  enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }
  get pending(): boolean {
    return this.queue.length > 0;
  }
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.onSync({
      bytes: utf8Bytes(JSON.stringify(ops.map((o) => o.request))),
      operations: ops.length,
    });
    await Promise.resolve();
    // Excel runs the batch in order and stops at the first failure; what ran before it stays done.
    for (const op of ops) op.apply();
  }
}

/** UTF-8 size of a request; written without Buffer so the fake also runs in the jsdom test environment. */
function utf8Bytes(text: string): number {
  return unescape(encodeURIComponent(text)).length;
}

function propsOf(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (typeof arg === "string") return arg.split(",").map((p) => p.trim());
  if (Array.isArray(arg)) return arg.map(String);
  throw new FakeExcelError("NotImplemented", "fake host: load takes a string or an array of names");
}

abstract class Proxy {
  private loaded = new Map<string, unknown>();
  constructor(
    readonly context: FakeContext,
    readonly path: string,
  ) {}
  /** The model values of `props`, read when the load op runs. */
  protected abstract read(prop: string): unknown;
  protected readable(): string[] {
    return [];
  }
  protected got<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(prop) as T;
  }
  protected op(op: string, args: unknown[] | undefined, apply: () => void): void {
    this.context.enqueue({
      request: args === undefined ? { target: this.path, op } : { target: this.path, op, args },
      apply,
    });
  }
  load(props?: string | string[]): this {
    const names = props === undefined ? this.readable() : propsOf(props);
    this.op("load", names, () => {
      for (const p of names) this.loaded.set(p, this.read(p));
    });
    return this;
  }
  protected child(path: string): string {
    return `${this.path}.${path}`;
  }
}

const q = (v: unknown) => JSON.stringify(v);

// ---------------------------------------------------------------------------------------------------------------

class WorkbookProxy extends Proxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly comments: CommentCollectionProxy;
  constructor(context: FakeContext) {
    super(context, "workbook");
    this.worksheets = new WorksheetCollectionProxy(context, "workbook.worksheets");
    this.names = new NamedItemCollectionProxy(context, "workbook.names");
    this.comments = new CommentCollectionProxy(context, "workbook.comments");
  }
  protected read(prop: string): unknown {
    throw new FakeExcelError("NotImplemented", `fake host: workbook.${prop}`);
  }
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, this.child("getSelectedRange()"), () => {
      const book = this.context.book;
      const sel = book.selection ?? { sheet: book.activeSheet, area: { row: 0, col: 0, rows: 1, cols: 1 } };
      return { sheet: book.requireSheet(sel.sheet), area: sel.area };
    });
  }
}

class WorksheetCollectionProxy extends Proxy {
  protected read(prop: string): unknown {
    if (prop.startsWith("items/") || prop === "items") {
      return this.context.book.sheets.map((s) => {
        const w = new WorksheetProxy(this.context, this.child(`getItem(${q(s.name)})`), () =>
          this.context.book.requireSheet(s.name),
        );
        w.preload("name", s.name);
        return w;
      });
    }
    throw new FakeExcelError("NotImplemented", `fake host: worksheets.${prop}`);
  }
  get items(): WorksheetProxy[] {
    return this.got("items");
  }
  override load(props?: string | string[]): this {
    return super.load(propsOf(props).some((p) => p.startsWith("items")) ? ["items"] : props);
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, this.child(`getItem(${q(name)})`), () =>
      this.context.book.requireSheet(name),
    );
  }
  add(name: string): WorksheetProxy {
    this.op("add", [name], () => this.context.book.addSheet(name));
    return new WorksheetProxy(this.context, this.child(`getItem(${q(name)})`), () =>
      this.context.book.requireSheet(name),
    );
  }
}

class WorksheetProxy extends Proxy {
  readonly freezePanes: { freezeRows: (count: number) => void };
  readonly charts: ChartCollectionProxy;
  constructor(
    context: FakeContext,
    path: string,
    readonly resolve: () => FakeSheet,
  ) {
    super(context, path);
    this.charts = new ChartCollectionProxy(context, this.child("charts"), resolve);
    this.freezePanes = {
      freezeRows: (count: number) =>
        this.op("freezePanes.freezeRows", [count], () => {
          this.resolve().frozenRows = count;
        }),
    };
  }
  /** Used by collections, whose items arrive loaded. */
  preload(prop: string, value: unknown): void {
    (this as unknown as { loaded: Map<string, unknown> }).loaded.set(prop, value);
  }
  protected override readable(): string[] {
    return ["name"];
  }
  protected read(prop: string): unknown {
    if (prop === "name") return this.resolve().name;
    throw new FakeExcelError("NotImplemented", `fake host: worksheet.${prop}`);
  }
  get name(): string {
    return this.got("name");
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, this.child(`getRange(${q(address ?? "")})`), () => {
      const sheet = this.resolve();
      if (address === undefined) return { sheet, area: { row: 0, col: 0, rows: 1048576, cols: 16384 } };
      const parsed = parseAddress(`x!${address}`);
      if (parsed) return { sheet, area: { row: parsed.row, col: parsed.col, rows: parsed.rows, cols: parsed.cols } };
      // A workbook name given as the address, as Excel allows.
      const n = this.context.book.names.get(address.toLowerCase());
      if (n?.ref && n.ref.sheet === sheet.name) return { sheet, area: n.ref.area };
      throw new FakeExcelError("InvalidArgument", `bad address ${address}`);
    });
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, this.child(`getUsedRange(${q(valuesOnly ?? false)})`), () => {
      const sheet = this.resolve();
      return { sheet, area: sheet.used(valuesOnly === true) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }
  activate(): void {
    this.op("activate", [], () => {
      this.context.book.activeSheet = this.resolve().name;
    });
  }
  delete(): void {
    this.op("delete", [], () => this.context.book.deleteSheet(this.resolve().name));
  }
}

class NamedItemCollectionProxy extends Proxy {
  protected read(prop: string): unknown {
    if (prop === "items") {
      return [...this.context.book.names.values()].map((n) => {
        const item = new NamedItemProxy(this.context, this.child(`getItem(${q(n.name)})`), n.name);
        item.preloadAll();
        return item;
      });
    }
    throw new FakeExcelError("NotImplemented", `fake host: names.${prop}`);
  }
  override load(props?: string | string[]): this {
    return super.load(propsOf(props).some((p) => p.startsWith("items")) ? ["items"] : props);
  }
  get items(): NamedItemProxy[] {
    return this.got("items");
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, this.child(`getItem(${q(name)})`), name);
  }
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const args = [name, typeof reference === "string" ? reference : reference.path, comment ?? ""];
    this.op("add", args, () => {
      let ref: { sheet: string; area: GridArea };
      if (typeof reference === "string") {
        const area = parseAddress(reference.replace(/^=/, "").replace(/\$/g, ""));
        if (!area) throw new FakeExcelError("InvalidArgument", `bad reference ${reference}`);
        ref = { sheet: this.context.book.requireSheet(area.sheet).name, area };
      } else {
        const r = reference.resolve();
        ref = { sheet: r.sheet.name, area: r.area };
      }
      this.context.book.addName(name, ref, comment ?? "");
    });
    return this.getItem(name);
  }
}

class NamedItemProxy extends Proxy {
  constructor(
    context: FakeContext,
    path: string,
    private readonly name_: string,
  ) {
    super(context, path);
  }
  private data() {
    const n = this.context.book.names.get(this.name_.toLowerCase());
    if (!n) throw new FakeExcelError("ItemNotFound", `no name ${this.name_}`);
    return n;
  }
  protected override readable(): string[] {
    return ["name", "type", "value", "comment"];
  }
  protected read(prop: string): unknown {
    const n = this.data();
    switch (prop) {
      case "name":
        return n.name;
      case "comment":
        return n.comment;
      case "type":
        return n.ref ? "Range" : "Error";
      case "value":
        return n.ref ? sheetAddress({ sheet: n.ref.sheet, ...n.ref.area }) : "#REF!";
    }
    throw new FakeExcelError("NotImplemented", `fake host: namedItem.${prop}`);
  }
  preloadAll(): void {
    const loaded = (this as unknown as { loaded: Map<string, unknown> }).loaded;
    for (const p of this.readable()) loaded.set(p, this.read(p));
  }
  get name(): string {
    return this.got("name");
  }
  get type(): string {
    return this.got("type");
  }
  get value(): string {
    return this.got("value");
  }
  get comment(): string {
    return this.got("comment");
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, this.child("getRange()"), () => {
      const n = this.data();
      if (!n.ref) throw new FakeExcelError("InvalidReference", `name ${n.name} refers to #REF!`);
      return { sheet: this.context.book.requireSheet(n.ref.sheet), area: n.ref.area };
    });
  }
  delete(): void {
    this.op("delete", [], () => {
      this.data();
      this.context.book.names.delete(this.name_.toLowerCase());
    });
  }
}

class CommentCollectionProxy extends Proxy {
  protected read(prop: string): unknown {
    throw new FakeExcelError("NotImplemented", `fake host: comments.${prop}`);
  }
  add(cellAddress: string, content: string): void {
    this.op("add", [cellAddress, content], () => {
      const a = parseAddress(cellAddress);
      if (!a || a.rows !== 1 || a.cols !== 1) throw new FakeExcelError("InvalidArgument", `bad cell ${cellAddress}`);
      const cell = this.context.book.requireSheet(a.sheet).touch(a.row, a.col);
      if (cell.comment !== undefined) throw new FakeExcelError("InvalidArgument", `${cellAddress} has a comment`);
      cell.comment = content;
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------

type Resolved = { sheet: FakeSheet; area: GridArea };

function matrix<T>(area: GridArea, input: unknown, what: string): (row: number, col: number) => T {
  if (!Array.isArray(input)) return () => input as T;
  if (input.length !== area.rows || input.some((r) => !Array.isArray(r) || r.length !== area.cols)) {
    throw new FakeExcelError(
      "InvalidArgument",
      `${what}: the array is not ${area.rows}×${area.cols} (Excel refuses a size mismatch)`,
    );
  }
  return (r, c) => (input as T[][])[r]?.[c] as T;
}

const ALIGN = new Set([
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
]);

class RangeProxy extends Proxy {
  readonly format: RangeFormatProxy;
  readonly dataValidation: { rule: unknown; clear: () => void };
  constructor(
    context: FakeContext,
    path: string,
    readonly resolve: () => Resolved,
  ) {
    super(context, path);
    this.format = new RangeFormatProxy(context, this.child("format"), resolve);
    const self = this;
    this.dataValidation = {
      set rule(rule: unknown) {
        self.op("dataValidation.rule", [rule], () => {
          const list = (rule as { list?: { source?: string } }).list?.source;
          if (typeof list !== "string") throw new FakeExcelError("NotImplemented", "fake host: only list rules");
          const { sheet, area } = self.resolve();
          for (const [cell] of sheet.area(area)) cell.list = list;
        });
      },
      get rule(): unknown {
        throw new FakeExcelError("NotImplemented", "fake host: reading dataValidation.rule");
      },
      clear: () =>
        self.op("dataValidation.clear", [], () => {
          const { sheet, area } = self.resolve();
          for (const [cell] of sheet.area(area)) delete cell.list;
        }),
    };
  }
  protected override readable(): string[] {
    return ["address", "values", "formulas", "numberFormat", "rowCount", "columnCount", "rowIndex", "columnIndex"];
  }
  protected read(prop: string): unknown {
    const { sheet, area } = this.resolve();
    const grid = <T>(f: (cell: CellData | undefined, r: number, c: number) => T): T[][] =>
      Array.from({ length: area.rows }, (_, i) =>
        Array.from({ length: area.cols }, (_, j) =>
          f(sheet.cell(area.row + i, area.col + j), area.row + i, area.col + j),
        ),
      );
    switch (prop) {
      case "address":
        return sheetAddress({ sheet: sheet.name, ...area });
      case "rowCount":
        return area.rows;
      case "columnCount":
        return area.cols;
      case "rowIndex":
        return area.row;
      case "columnIndex":
        return area.col;
      case "values":
        return grid((_, r, c) => {
          const v = this.context.book.valueAt(sheet, r, c);
          if (v === null) return "";
          return typeof v === "object" ? v.error : v;
        });
      case "formulas":
        return grid((cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return grid((cell) => cell?.format ?? "General");
    }
    throw new FakeExcelError("NotImplemented", `fake host: range.${prop}`);
  }
  get address(): string {
    return this.got("address");
  }
  get rowCount(): number {
    return this.got("rowCount");
  }
  get columnCount(): number {
    return this.got("columnCount");
  }
  get rowIndex(): number {
    return this.got("rowIndex");
  }
  get columnIndex(): number {
    return this.got("columnIndex");
  }
  get values(): unknown[][] {
    return this.got("values");
  }
  set values(input: unknown[][]) {
    this.write("values", input);
  }
  get formulas(): unknown[][] {
    return this.got("formulas");
  }
  set formulas(input: unknown[][]) {
    this.write("formulas", input);
  }
  get numberFormat(): unknown[][] {
    return this.got("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.op("set numberFormat", [input], () => {
      const { sheet, area } = this.resolve();
      const at = matrix<string>(area, input, "numberFormat");
      for (const [cell, r, c] of sheet.area(area)) {
        const f = at(r - area.row, c - area.col);
        // null leaves the cell's format as it is; "" resets it to General ("Blank and null values in Excel add-ins").
        if (f === null || f === undefined) continue;
        if (f === "General" || f === "") delete cell.format;
        else cell.format = f;
      }
    });
  }
  /** Range.values and Range.formulas take an entry per cell by the same rules (FakeWorkbook.writeEntry). */
  private write(prop: string, input: unknown[][]): void {
    if (!Array.isArray(input) && (input === null || input === undefined)) {
      throw new FakeExcelError("InvalidArgument", `${prop}: null is not a valid input for a whole range`);
    }
    this.op(`set ${prop}`, [input], () => {
      const { sheet, area } = this.resolve();
      const at = matrix<unknown>(area, input, prop);
      for (const [cell, r, c] of sheet.area(area)) this.context.book.writeEntry(cell, at(r - area.row, c - area.col));
    });
  }
  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, this.child("worksheet"), () => this.resolve().sheet);
  }
  private derived(name: string, args: unknown[], f: (r: Resolved) => GridArea): RangeProxy {
    return new RangeProxy(this.context, this.child(`${name}(${args.map(q).join(",")})`), () => {
      const r = this.resolve();
      return { sheet: r.sheet, area: f(r) };
    });
  }
  getCell(row: number, col: number): RangeProxy {
    return this.derived("getCell", [row, col], ({ area }) => ({
      row: area.row + row,
      col: area.col + col,
      rows: 1,
      cols: 1,
    }));
  }
  getResizedRange(deltaRows: number, deltaCols: number): RangeProxy {
    return this.derived("getResizedRange", [deltaRows, deltaCols], ({ area }) => ({
      ...area,
      rows: area.rows + deltaRows,
      cols: area.cols + deltaCols,
    }));
  }
  getLastRow(): RangeProxy {
    return this.derived("getLastRow", [], ({ area }) => ({ ...area, row: area.row + area.rows - 1, rows: 1 }));
  }
  /** The smallest range holding both, as Excel's getBoundingRect; both on one sheet. */
  getBoundingRect(other: RangeProxy): RangeProxy {
    return this.derived("getBoundingRect", [other.path], ({ sheet, area }) => {
      const b = other.resolve();
      if (b.sheet !== sheet) throw new FakeExcelError("InvalidArgument", "getBoundingRect: ranges on two sheets");
      const row = Math.min(area.row, b.area.row);
      const col = Math.min(area.col, b.area.col);
      return {
        row,
        col,
        rows: Math.max(area.row + area.rows, b.area.row + b.area.rows) - row,
        cols: Math.max(area.col + area.cols, b.area.col + b.area.cols) - col,
      };
    });
  }
  getOffsetRange(rowOffset: number, colOffset: number): RangeProxy {
    return this.derived("getOffsetRange", [rowOffset, colOffset], ({ area }) => ({
      ...area,
      row: area.row + rowOffset,
      col: area.col + colOffset,
    }));
  }
  merge(across?: boolean): void {
    this.op("merge", [across ?? false], () => {
      const { sheet, area } = this.resolve();
      if (across) throw new FakeExcelError("NotImplemented", "fake host: merge across");
      // Excel keeps the top-left value of a merged area and clears the rest.
      for (const [cell, r, c] of sheet.area(area))
        if (r !== area.row || c !== area.col) this.context.book.writeEntry(cell, "");
      sheet.merges.push({ ...area });
    });
  }
  unmerge(): void {
    this.op("unmerge", [], () => {
      const { sheet, area } = this.resolve();
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
    });
  }
  clear(applyTo?: string): void {
    this.op("clear", [applyTo ?? "All"], () => {
      const { sheet, area } = this.resolve();
      const what = applyTo ?? "All";
      for (const [cell] of sheet.area(area)) {
        if (what === "All" || what === "Contents") this.context.book.writeEntry(cell, "");
        if (what === "All" || what === "Formats") {
          delete cell.format;
          delete cell.bold;
          delete cell.align;
          delete cell.borders;
          delete cell.fill;
          delete cell.wrap;
        }
      }
      if (what === "All" || what === "Formats") sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
    });
  }
  select(): void {
    this.op("select", [], () => {
      const { sheet, area } = this.resolve();
      this.context.book.activeSheet = sheet.name;
      this.context.book.selection = { sheet: sheet.name, area };
    });
  }
}

function overlaps(a: GridArea, b: GridArea): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

class RangeFillProxy extends Proxy {
  constructor(
    context: FakeContext,
    path: string,
    private readonly resolve: () => Resolved,
  ) {
    super(context, path);
  }
  protected override readable(): string[] {
    return ["color"];
  }
  protected read(prop: string): unknown {
    if (prop !== "color") throw new FakeExcelError("NotImplemented", `fake host: fill.${prop}`);
    const { sheet, area } = this.resolve();
    const colours = new Set<string>();
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.col; c < area.col + area.cols; c++) colours.add(sheet.cell(r, c)?.fill ?? "#FFFFFF");
    }
    // Office gives null for a range of mixed fills.
    return colours.size === 1 ? [...colours][0] : null;
  }
  get color(): string {
    return this.got("color");
  }
  set color(color: string) {
    if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new FakeExcelError("InvalidArgument", `fake host: colour ${color}`);
    this.op("set fill.color", [color], () => {
      const { sheet, area } = this.resolve();
      for (const [cell] of sheet.area(area)) cell.fill = color.toUpperCase();
    });
  }
  clear(): void {
    this.op("fill.clear", [], () => {
      const { sheet, area } = this.resolve();
      for (const [cell] of sheet.area(area)) delete cell.fill;
    });
  }
}

class RangeFormatProxy extends Proxy {
  readonly fill: RangeFillProxy;
  readonly font: { bold: boolean; color: string };
  readonly borders: { getItem: (index: string) => { style: string; weight: string } };
  constructor(
    context: FakeContext,
    path: string,
    private readonly resolve: () => Resolved,
  ) {
    super(context, path);
    this.fill = new RangeFillProxy(context, this.child("fill"), resolve);
    const self = this;
    this.font = {
      set bold(bold: boolean) {
        self.op("set font.bold", [bold], () => {
          const { sheet, area } = self.resolve();
          for (const [cell] of sheet.area(area)) cell.bold = bold;
        });
      },
      get bold(): boolean {
        throw new FakeExcelError("NotImplemented", "fake host: reading font.bold");
      },
      set color(color: string) {
        if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new FakeExcelError("InvalidArgument", `fake host: colour ${color}`);
        self.op("set font.color", [color], () => {
          const { sheet, area } = self.resolve();
          for (const [cell] of sheet.area(area)) cell.fontColor = color.toUpperCase();
        });
      },
      get color(): string {
        throw new FakeExcelError("NotImplemented", "fake host: reading font.color");
      },
    };
    this.borders = {
      getItem: (index: string) => {
        const sides = bordersFor(index);
        return {
          set style(style: string) {
            self.op(`set borders(${index}).style`, [style], () => {
              const { sheet, area } = self.resolve();
              for (const [cell, r, c] of sheet.area(area)) {
                for (const side of sides(area, r, c)) {
                  cell.borders ??= new Set();
                  if (style === "None") cell.borders.delete(side);
                  else cell.borders.add(side);
                }
              }
            });
          },
          get style(): string {
            throw new FakeExcelError("NotImplemented", "fake host: reading border style");
          },
          set weight(weight: string) {
            self.op(`set borders(${index}).weight`, [weight], () => undefined);
          },
          get weight(): string {
            throw new FakeExcelError("NotImplemented", "fake host: reading border weight");
          },
        };
      },
    };
  }
  protected read(prop: string): unknown {
    if (prop === "columnWidth") {
      const { sheet, area } = this.resolve();
      return sheet.columnWidths.get(area.col) ?? 48;
    }
    throw new FakeExcelError("NotImplemented", `fake host: format.${prop}`);
  }
  set horizontalAlignment(align: string) {
    if (!ALIGN.has(align)) throw new FakeExcelError("InvalidArgument", `alignment ${align}`);
    this.op("set horizontalAlignment", [align], () => {
      const { sheet, area } = this.resolve();
      for (const [cell] of sheet.area(area)) cell.align = align;
    });
  }
  get horizontalAlignment(): string {
    throw new FakeExcelError("NotImplemented", "fake host: reading alignment");
  }
  set wrapText(wrap: boolean) {
    this.op("set wrapText", [wrap], () => {
      const { sheet, area } = this.resolve();
      for (const [cell] of sheet.area(area)) cell.wrap = wrap;
    });
  }
  get wrapText(): boolean {
    throw new FakeExcelError("NotImplemented", "fake host: reading wrapText");
  }
  set columnWidth(width: number) {
    this.op("set columnWidth", [width], () => {
      const { sheet, area } = this.resolve();
      for (let c = area.col; c < area.col + area.cols; c++) sheet.columnWidths.set(c, width);
    });
  }
  get columnWidth(): number {
    return this.got("columnWidth");
  }
}

function bordersFor(index: string): (area: GridArea, r: number, c: number) => Side[] {
  const top = (a: GridArea, r: number) => r === a.row;
  const bottom = (a: GridArea, r: number) => r === a.row + a.rows - 1;
  const left = (a: GridArea, _r: number, c: number) => c === a.col;
  const right = (a: GridArea, _r: number, c: number) => c === a.col + a.cols - 1;
  switch (index) {
    case "EdgeTop":
      return (a, r) => (top(a, r) ? ["top"] : []);
    case "EdgeBottom":
      return (a, r) => (bottom(a, r) ? ["bottom"] : []);
    case "EdgeLeft":
      return (a, r, c) => (left(a, r, c) ? ["left"] : []);
    case "EdgeRight":
      return (a, r, c) => (right(a, r, c) ? ["right"] : []);
    case "InsideHorizontal":
      return (a, r) => [...(top(a, r) ? [] : (["top"] as Side[])), ...(bottom(a, r) ? [] : (["bottom"] as Side[]))];
    case "InsideVertical":
      return (a, r, c) => [
        ...(left(a, r, c) ? [] : (["left"] as Side[])),
        ...(right(a, r, c) ? [] : (["right"] as Side[])),
      ];
  }
  throw new FakeExcelError("NotImplemented", `fake host: border ${index}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Charts (ExcelApi 1.1, and setXAxisValues of 1.7): what the add-in asks for is recorded, so a test can check the
// chart's type and the ranges behind it. Nothing is drawn.

const CHART_TYPES = new Set(["ColumnClustered", "BarClustered", "Line", "Pie"]);

class ChartCollectionProxy extends Proxy {
  constructor(
    context: FakeContext,
    path: string,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context, path);
  }
  protected read(prop: string): unknown {
    if (prop === "items") {
      return this.sheet().charts.map((c) => {
        const chart = new ChartProxy(this.context, this.child(`getItem(${q(c.name)})`), this.sheet, { name: c.name });
        chart.preload("name", c.name);
        return chart;
      });
    }
    throw new FakeExcelError("NotImplemented", `fake host: charts.${prop}`);
  }
  override load(props?: string | string[]): this {
    return super.load(propsOf(props).some((p) => p.startsWith("items")) ? ["items"] : props);
  }
  get items(): ChartProxy[] {
    return this.got("items");
  }
  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): ChartProxy {
    if (!CHART_TYPES.has(type)) throw new FakeExcelError("NotImplemented", `fake host: chart type ${type}`);
    const holder = { name: "" };
    this.op("add", [type, sourceData.path, seriesBy], () => {
      const sheet = this.sheet();
      const { sheet: from, area } = sourceData.resolve();
      if (from !== sheet) throw new FakeExcelError("NotImplemented", "fake host: a chart of another sheet's data");
      if (seriesBy !== "Columns") throw new FakeExcelError("NotImplemented", "fake host: series by columns only");
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      holder.name = `Chart ${n}`;
      // One series per column; a first row of text names the series, as Excel reads a header.
      const header = Array.from({ length: area.cols }, (_, j) => sheet.cell(area.row, area.col + j)?.value);
      const named = area.rows > 1 && header.every((v) => typeof v === "string" && v !== "");
      const series = header.map((v, j) => ({
        name: named ? String(v) : `系列${j + 1}`,
        values: { row: area.row + (named ? 1 : 0), col: area.col + j, rows: area.rows - (named ? 1 : 0), cols: 1 },
      }));
      sheet.charts.push({ name: holder.name, type, source: { ...area }, seriesBy, series });
    });
    return new ChartProxy(this.context, this.child(`add(${q(type)})`), this.sheet, holder);
  }
  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, this.child(`getItem(${q(name)})`), this.sheet, { name });
  }
}

class ChartProxy extends Proxy {
  readonly series: { getItemAt: (index: number) => ChartSeriesProxy };
  readonly title: { text: string };
  constructor(
    context: FakeContext,
    path: string,
    private readonly sheet: () => FakeSheet,
    /** The chart's name, followed when the proxy renames it. */
    private readonly key: { name: string },
  ) {
    super(context, path);
    const self = this;
    this.series = {
      getItemAt: (index: number) =>
        new ChartSeriesProxy(context, this.child(`series.getItemAt(${index})`), () => {
          const s = self.chart().series[index];
          if (!s) throw new FakeExcelError("InvalidArgument", `no series ${index}`);
          return { series: s, sheet: self.sheet() };
        }),
    };
    this.title = {
      set text(text: string) {
        self.op("set title.text", [text], () => {
          self.chart().title = text;
        });
      },
      get text(): string {
        throw new FakeExcelError("NotImplemented", "fake host: reading a chart title");
      },
    };
  }
  preload(prop: string, value: unknown): void {
    (this as unknown as { loaded: Map<string, unknown> }).loaded.set(prop, value);
  }
  private chart(): FakeChart {
    const name = this.key.name;
    const chart = this.sheet().charts.find((c) => c.name === name);
    if (!chart) throw new FakeExcelError("ItemNotFound", `no chart ${name}`);
    return chart;
  }
  protected override readable(): string[] {
    return ["name"];
  }
  protected read(prop: string): unknown {
    if (prop === "name") return this.chart().name;
    throw new FakeExcelError("NotImplemented", `fake host: chart.${prop}`);
  }
  get name(): string {
    return this.got("name");
  }
  set name(name: string) {
    this.op("set name", [name], () => {
      const chart = this.chart();
      if (this.sheet().charts.some((c) => c !== chart && c.name === name)) {
        throw new FakeExcelError("InvalidArgument", `chart ${name} exists`);
      }
      chart.name = name;
      this.key.name = name;
    });
  }
  setPosition(startCell: string, endCell: string): void {
    this.op("setPosition", [startCell, endCell], () => {
      this.chart().position = `${startCell}:${endCell}`;
    });
  }
  delete(): void {
    this.op("delete", [], () => {
      const chart = this.chart();
      const sheet = this.sheet();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

class ChartSeriesProxy extends Proxy {
  constructor(
    context: FakeContext,
    path: string,
    private readonly resolve: () => { series: FakeChart["series"][number]; sheet: FakeSheet },
  ) {
    super(context, path);
  }
  protected read(prop: string): unknown {
    throw new FakeExcelError("NotImplemented", `fake host: series.${prop}`);
  }
  set name(name: string) {
    this.op("set name", [name], () => {
      this.resolve().series.name = name;
    });
  }
  get name(): string {
    throw new FakeExcelError("NotImplemented", "fake host: reading a series name");
  }
  setXAxisValues(sourceData: RangeProxy): void {
    this.op("setXAxisValues", [sourceData.path], () => {
      const { series, sheet } = this.resolve();
      const { sheet: from, area } = sourceData.resolve();
      if (from !== sheet) throw new FakeExcelError("NotImplemented", "fake host: categories of another sheet");
      series.xAxis = { ...area };
    });
  }
}
