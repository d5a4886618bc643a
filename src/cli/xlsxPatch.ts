/**
 * Writing result sheets into an .xlsx by patching its zip: every part the tool does not write is copied byte for
 * byte (charts, pivot tables, macros and all); the tool writes its own worksheet parts from the grids the add-in
 * writes, adds their styles to styles.xml, and names them in the workbook, its relationships and content types.
 */
import { writeFileSync } from "fs";
import { posix } from "path";
import { areaAddress, cellAddress, columnLetter, Grid, GridCell } from "../workbook";
import { UserError, writeAtomically } from "./io";
import { escapeAttribute, escapeText, parseXml, prefixOf, splice, XmlElement } from "./xml";
import {
  contentTypeOf,
  findEntry,
  inPart,
  isRelType,
  partText,
  relationshipsOf,
  relsPartOf,
  SheetEntry,
  sheetNamed,
  XlsxFile,
  XmlPart,
} from "./xlsxRead";
import { fileFormula, fileText } from "./xlsxText";
import { OutEntry, writeZip, ZipError } from "./zip";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_TYPE = `${REL_NS}/`;
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
const WORKSHEET_CT = `${CT}worksheet+xml`;
const STYLES_CT = `${CT}styles+xml`;
/** The workbook's content type in an .xlsx and in an .xlsm: a template (.xltx, .xltm) is written as a workbook. */
const WORKBOOK_CT = `${CT}sheet.main+xml`;
const MACRO_WORKBOOK_CT = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A sheet the tool writes: its tab name, the workbook name marking it, and the grid from its top-left corner. */
export interface ResultSheet {
  name: string;
  marker: string;
  grid: Grid;
}

/** Whether the workbook holds macros (VBA or macro sheets): its output must then be an .xlsm to open in Excel. */
export function holdsMacros(file: XlsxFile): boolean {
  return /macroEnabled/i.test(file.workbookContentType);
}

// ---------------------------------------------------------------------------------------------------------------
// Styles

/** What a written cell looks like: the grid cell's format, and whether it lies in a bordered area. */
interface CellStyle {
  format: string | undefined;
  bold: boolean;
  align: GridCell["align"];
  wrap: boolean;
  border: boolean;
}

function styleOf(cell: GridCell, border: boolean): CellStyle | undefined {
  const style = {
    format: cell.format,
    bold: cell.bold === true,
    align: cell.align,
    wrap: cell.wrap === true,
    border,
  };
  const plain = !style.format && !style.bold && !style.align && !style.wrap && !style.border;
  return plain ? undefined : style;
}

/** Number formats every spreadsheet knows by id; others are added to the workbook's <numFmts>. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** The order of styles.xml's children (CT_Stylesheet), to insert a missing collection in its place. */
const STYLE_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

const EMPTY_STYLES = `${DECLARATION}<styleSheet xmlns="${MAIN_NS}"></styleSheet>`;

/**
 * The workbook's styles.xml and the cell formats the tool adds to it: each collection (numFmts, fonts, borders,
 * cellXfs) gets new entries at its end, an entry already there with the same XML is reused (so running again does
 * not grow the file), and counts are updated.
 */
class Styles {
  private readonly root: XmlElement;
  private readonly p: string;
  private readonly added = new Map<string, string[]>();
  private readonly xfs = new Map<string, number>();
  private nextFormatId = 164;
  private readonly formats = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.root = parseXml(xml);
    this.p = prefixOf(this.root);
    for (const f of this.existing("numFmts")) {
      const id = Number(f.attributes.numFmtId);
      if (f.attributes.formatCode !== undefined && !this.formats.has(f.attributes.formatCode)) {
        this.formats.set(f.attributes.formatCode, id);
      }
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
  }

  private existing(collection: string): XmlElement[] {
    return this.root.children.find((c) => c.name === collection)?.children ?? [];
  }

  /** The index of an entry of a collection with exactly this XML: one already there, or one added at the end. */
  private entry(collection: string, xml: string): number {
    const existing = this.existing(collection);
    const at = existing.findIndex((e) => this.xml.slice(e.start, e.end) === xml);
    if (at >= 0) return at;
    const added = this.added.get(collection) ?? [];
    this.added.set(collection, added);
    const again = added.indexOf(xml);
    if (again >= 0) return existing.length + again;
    added.push(xml);
    return existing.length + added.length - 1;
  }

  /** Collections a cell format refers to by index must have their first, default entry. */
  private ensureDefaults(): void {
    const p = this.p;
    if (this.existing("fonts").length === 0)
      this.entry("fonts", `<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`);
    if (this.existing("fills").length === 0) {
      this.entry("fills", `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`);
      this.entry("fills", `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`);
    }
    if (this.existing("borders").length === 0) {
      this.entry("borders", `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`);
    }
    if (this.existing("cellXfs").length === 0) {
      this.entry("cellXfs", `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
    }
  }

  private formatId(format: string): number {
    const builtin = BUILTIN_FORMATS[format];
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(format);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formats.set(format, id);
      this.entry("numFmts", `<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttribute(format)}"/>`);
    }
    return id;
  }

  /** The bold font: the workbook's default font (its name and size) made bold. */
  private boldFont(): number {
    const p = this.p;
    const base = this.existing("fonts")[0];
    if (!base) return this.entry("fonts", `<${p}font><${p}b/><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`);
    const xml = this.xml.slice(base.start, base.end);
    if (base.children.some((c) => c.name === "b")) return 0;
    if (base.contentStart === base.end) return this.entry("fonts", `<${base.qname}><${p}b/></${base.qname}>`);
    const open = this.xml.slice(base.start, base.contentStart);
    return this.entry("fonts", `${open}<${p}b/>${xml.slice(open.length)}`);
  }

  private thinBorder(): number {
    const p = this.p;
    const side = (s: string) => `<${p}${s} style="thin"><${p}color indexed="64"/></${p}${s}>`;
    return this.entry(
      "borders",
      `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`,
    );
  }

  /** The cellXfs index of a cell format (0, the default format, for a plain cell). */
  xf(style: CellStyle | undefined): number {
    if (!style) return 0;
    const key = JSON.stringify(style);
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    this.ensureDefaults();
    const p = this.p;
    const numFmtId = style.format !== undefined ? this.formatId(style.format) : 0;
    const fontId = style.bold ? this.boldFont() : 0;
    const borderId = style.border ? this.thinBorder() : 0;
    const aligned = style.align !== undefined || style.wrap;
    const alignment = aligned
      ? `<${p}alignment${style.align ? ` horizontal="${style.align}"` : ""} vertical="center"${style.wrap ? ' wrapText="1"' : ""}/>`
      : "";
    const xfId = this.existing("cellStyleXfs").length > 0 ? ' xfId="0"' : "";
    const applied = [
      numFmtId !== 0 ? ' applyNumberFormat="1"' : "",
      fontId !== 0 ? ' applyFont="1"' : "",
      borderId !== 0 ? ' applyBorder="1"' : "",
      aligned ? ' applyAlignment="1"' : "",
    ].join("");
    const open = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="${borderId}"${xfId}${applied}`;
    const index = this.entry("cellXfs", alignment ? `${open}>${alignment}</${p}xf>` : `${open}/>`);
    this.xfs.set(key, index);
    return index;
  }

  /** Whether anything was added: an unchanged styles.xml is copied as it was. */
  get changed(): boolean {
    return this.added.size > 0;
  }

  /** styles.xml with the entries added and each changed collection's count updated. */
  text(): string {
    const edits: { start: number; end: number; text: string }[] = [];
    for (const [name, added] of this.added) {
      const element = this.root.children.find((c) => c.name === name);
      const count = (element?.children.length ?? 0) + added.length;
      if (element) {
        const open = this.xml.slice(element.start, element.contentStart);
        const countAttr = /\scount\s*=\s*("[^"]*"|'[^']*')/;
        const tag = countAttr.test(open)
          ? open.replace(countAttr, ` count="${count}"`)
          : open.replace(/^<[^\s/>]+/, (q) => `${q} count="${count}"`);
        if (element.contentStart === element.end) {
          // <fonts count="0"/> becomes an element with content.
          const body = tag.replace(/\s*\/>$/, ">");
          edits.push({ start: element.start, end: element.end, text: `${body}${added.join("")}</${element.qname}>` });
        } else {
          edits.push({ start: element.start, end: element.contentStart, text: tag });
          edits.push({ start: element.contentEnd, end: element.contentEnd, text: added.join("") });
        }
      } else {
        const order = STYLE_ORDER.indexOf(name);
        const before = this.root.children.find((c) => STYLE_ORDER.indexOf(c.name) > order);
        const at = before ? before.start : this.root.contentEnd;
        edits.push({
          start: at,
          end: at,
          text: `<${this.p}${name} count="${count}">${added.join("")}</${this.p}${name}>`,
        });
      }
    }
    // Collections inserted at one place keep the schema's order.
    edits.sort(
      (a, b) => a.start - b.start || STYLE_ORDER.indexOf(tagName(a.text)) - STYLE_ORDER.indexOf(tagName(b.text)),
    );
    return splice(this.xml, edits);
  }
}

function tagName(xml: string): string {
  const m = /^<(?:[^\s:>]+:)?([^\s/>]+)/.exec(xml);
  return m?.[1] ?? "";
}

// ---------------------------------------------------------------------------------------------------------------
// Worksheets

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`bug: ${value} in a grid`);
  return String(value);
}

function inlineString(text: string): string {
  const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<is><t${space}>${escapeText(fileText(text))}</t></is>`;
}

function cellXml(ref: string, cell: GridCell, s: number): string {
  const style = s !== 0 ? ` s="${s}"` : "";
  if (cell.formula !== undefined) {
    const f = `<f>${escapeText(fileFormula(cell.formula))}</f>`;
    if (cell.value === null) return `<c r="${ref}"${style}>${f}</c>`;
    if (typeof cell.value === "string") {
      return `<c r="${ref}"${style} t="str">${f}<v>${escapeText(fileText(cell.value))}</v></c>`;
    }
    return `<c r="${ref}"${style}>${f}<v>${numberText(cell.value)}</v></c>`;
  }
  if (typeof cell.value === "number") return `<c r="${ref}"${style}><v>${numberText(cell.value)}</v></c>`;
  if (typeof cell.value === "string" && cell.value !== "") {
    return `<c r="${ref}"${style} t="inlineStr">${inlineString(cell.value)}</c>`;
  }
  return s !== 0 ? `<c r="${ref}"${style}/>` : "";
}

/**
 * A worksheet holding a grid, in the element order of CT_Worksheet (dimension, sheetViews, cols, sheetData,
 * mergeCells, pageMargins): values and formulas with their cached results, text as inline strings, the cell
 * formats, merged areas, column widths and frozen header rows.
 */
export function worksheetXml(
  grid: Grid,
  styles: { xf(style: CellStyle | undefined): number },
  tabSelected = false,
): string {
  const rows = grid.cells.length;
  const cols = grid.cells[0]?.length ?? 1;
  const bordered = grid.cells.map((row) => row.map(() => false));
  for (const area of grid.bordered) {
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.col; c < area.col + area.cols; c++) {
        const line = bordered[r];
        if (line && c < line.length) line[c] = true;
      }
    }
  }
  // A merged-over cell takes the format of the merge's top-left cell, so a bordered merge is drawn whole.
  const masterOf = new Map<string, { row: number; col: number }>();
  for (const m of grid.merges) {
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) masterOf.set(`${r},${c}`, m);
    }
  }
  const out: string[] = [DECLARATION, `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`];
  out.push(`<dimension ref="${areaAddress({ row: 0, col: 0, rows: Math.max(rows, 1), cols })}"/>`);
  const selected = tabSelected ? ' tabSelected="1"' : "";
  if (grid.frozenRows > 0) {
    const topLeft = cellAddress(grid.frozenRows, 0);
    out.push(
      `<sheetViews><sheetView${selected} workbookViewId="0">`,
      `<pane ySplit="${grid.frozenRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>`,
      `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`,
    );
  } else {
    out.push(`<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`);
  }
  if (grid.widths.length > 0) {
    out.push("<cols>");
    grid.widths.forEach((width, c) =>
      out.push(`<col min="${c + 1}" max="${c + 1}" width="${numberText(width)}" customWidth="1"/>`),
    );
    out.push("</cols>");
  }
  out.push("<sheetData>");
  const letters = Array.from({ length: cols }, (_, c) => columnLetter(c));
  // Cells of one look share an index: the key is cheap, the lookup in styles.xml is done once per look.
  const indexes = new Map<string, number>();
  grid.cells.forEach((row, r) => {
    let body = "";
    row.forEach((cell, c) => {
      const master = masterOf.get(`${r},${c}`);
      const own = master ? (grid.cells[master.row]?.[master.col] ?? cell) : cell;
      const border = master ? (bordered[master.row]?.[master.col] ?? false) : (bordered[r]?.[c] ?? false);
      const key = `${own.format ?? ""}\u0001${own.bold === true}\u0001${own.align ?? ""}\u0001${own.wrap === true}\u0001${border}`;
      let s = indexes.get(key);
      if (s === undefined) {
        s = styles.xf(styleOf(own, border));
        indexes.set(key, s);
      }
      body += cellXml(`${letters[c] ?? columnLetter(c)}${r + 1}`, master ? { value: null } : cell, s);
    });
    out.push(body === "" ? `<row r="${r + 1}"/>` : `<row r="${r + 1}">${body}</row>`);
  });
  out.push("</sheetData>");
  if (grid.merges.length > 0) {
    out.push(`<mergeCells count="${grid.merges.length}">`);
    for (const m of grid.merges) out.push(`<mergeCell ref="${areaAddress(m)}"/>`);
    out.push("</mergeCells>");
  }
  out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  out.push("</worksheet>");
  return out.join("");
}

// ---------------------------------------------------------------------------------------------------------------
// The package

/** Children of <workbook> that come after <definedNames> (CT_Workbook), and after <calcPr>. */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];
const AFTER_CALC_PR = AFTER_DEFINED_NAMES.slice(1);

/** "'得分表'!$A$1:$I$13": the absolute reference of a grid's region on a sheet. */
export function markerRange(sheet: string, grid: Grid): string {
  const region = { row: 0, col: 0, rows: grid.cells.length, cols: grid.cells[0]?.length ?? 1 };
  return `'${sheet.replace(/'/g, "''")}'!${areaAddress(region).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}

/** The position before the first child of `parent` named in `after`, or before the parent's end tag. */
function insertionPoint(parent: XmlElement, after: readonly string[]): number {
  return parent.children.find((c) => after.includes(c.name))?.start ?? parent.contentEnd;
}

/** A start tag with one attribute set (added, or its value replaced). */
function withAttribute(tag: string, name: string, value: string): string {
  const existing = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (existing.test(tag)) return tag.replace(existing, `$1"${value}"`);
  return tag.replace(/\s*(\/?)>$/, ` ${name}="${value}"$1>`);
}

/** A name not yet taken, from a pattern over 1, 2, 3… */
function unused(taken: (candidate: string) => boolean, make: (n: number) => string): string {
  for (let n = 1; ; n++) if (!taken(make(n))) return make(n);
}

/**
 * The parts reachable from the package's relationships, following every internal relationship: what a part still
 * in use is. `skip` leaves out the relationships a writer removes.
 */
function reachable(file: XlsxFile, skip: (source: string, target: string) => boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (source: string) => {
    const relsPart = relsPartOf(source);
    const xml = partText(file, relsPart);
    if (xml === undefined) return;
    const rels = inPart(file.path, relsPart, () => relationshipsOf(source, parseXml(xml)));
    for (const rel of rels) {
      const part = rel.part?.toLowerCase();
      if (part === undefined || seen.has(part) || skip(source.toLowerCase(), part)) continue;
      seen.add(part);
      visit(rel.part as string);
    }
  };
  visit("");
  return seen;
}

/** What a patch changes in the package, gathered before the zip is written. */
interface Changes {
  /** New content by part name: the sheets written, and the workbook parts patched. */
  written: Map<string, string | Buffer>;
  /** Relationships added to, and removed from, the workbook's. */
  newRels: string[];
  removedRels: XmlElement[];
  newOverrides: string[];
  /** Relationships no longer followed: all of a replaced sheet's, and the workbook's to calcChain. */
  cut: { source: string; target?: string }[];
}

/**
 * The workbook with the result sheets written: each replaces the tool's own sheet of that name in its tab, or is
 * added as the last tab. Returns the bytes of the new file. The caller has checked that an existing sheet of such a
 * name is the tool's.
 */
export function patchWorkbook(file: XlsxFile, sheets: readonly ResultSheet[]): Buffer {
  if (!Object.values(file.workbook.root.attributes).includes(MAIN_NS)) {
    throw new UserError(
      `无法写入 ${file.path}：这是严格（Strict）Open XML 格式的工作簿，请在 Excel 中另存为普通的 Excel 工作簿（.xlsx）后再试`,
    );
  }
  const changes: Changes = { written: new Map(), newRels: [], removedRels: [], newOverrides: [], cut: [] };
  const relIds = new Set(file.relationships.map((r) => r.id));
  const newRelId = () => {
    const id = unused(
      (candidate) => relIds.has(candidate),
      (n) => `rId${n}`,
    );
    relIds.add(id);
    return id;
  };
  const workbookDir = posix.dirname(file.workbook.part);
  const stylesRel = file.relationships.find((r) => isRelType(r, "styles"));
  const stylesPart = stylesRel?.part ?? posix.join(workbookDir, "styles.xml");
  const stylesXml = partText(file, stylesPart);
  const styles = inPart(file.path, stylesPart, () => new Styles(stylesXml ?? EMPTY_STYLES));

  const newTabs = writeSheets(file, sheets, styles, changes, newRelId);
  changes.written.set(file.workbook.part, workbookText(file, sheets, newTabs));

  // calcChain lists the formula cells of the replaced sheets: Excel rebuilds it when it is gone.
  const calcChain = file.relationships.find((r) => isRelType(r, "calcChain"));
  if (changes.cut.length > 0 && calcChain?.part !== undefined) {
    changes.removedRels.push(calcChain.element);
    changes.cut.push({ source: file.workbook.part, target: calcChain.part });
  }

  if (styles.changed) {
    changes.written.set(stylesPart, styles.text());
    if (!stylesRel) {
      const target = escapeAttribute(posix.relative(workbookDir, stylesPart));
      changes.newRels.push(`<Relationship Id="${newRelId()}" Type="${REL_TYPE}styles" Target="${target}"/>`);
    }
    if (contentTypeOf(file.contentTypes.root, stylesPart) !== STYLES_CT) {
      changes.newOverrides.push(`<Override PartName="/${escapeAttribute(stylesPart)}" ContentType="${STYLES_CT}"/>`);
    }
  }

  const dropped = droppedParts(file, changes);
  if (changes.newRels.length > 0 || changes.removedRels.length > 0) {
    changes.written.set(file.workbookRels.part, relsText(file.workbookRels, changes.newRels, changes.removedRels));
  }
  const types = contentTypesText(file, changes.newOverrides, dropped);
  if (types !== undefined) changes.written.set(file.contentTypes.part, types);
  return zipOf(file, changes.written, dropped);
}

/**
 * Writes each result sheet: over the part of the tool's own sheet of that name, or into a new part with its
 * relationship and content type. Returns the <sheet> elements of the new tabs.
 */
function writeSheets(
  file: XlsxFile,
  sheets: readonly ResultSheet[],
  styles: Styles,
  changes: Changes,
  newRelId: () => string,
): string[] {
  const workbook = file.workbook.root;
  const workbookDir = posix.dirname(file.workbook.part);
  const partTaken = (name: string) => findEntry(file, name) !== undefined || changes.written.has(name);
  let nextSheetId = Math.max(0, ...file.sheets.map((s) => (Number.isFinite(s.sheetId) ? s.sheetId : 0))) + 1;
  const tabs: string[] = [];
  for (const sheet of sheets) {
    const old: SheetEntry | undefined = sheetNamed(file, sheet.name);
    if (old && old.worksheet === undefined) throw new Error(`bug: ${sheet.name} is not a worksheet`);
    if (old?.worksheet !== undefined) {
      // The tab stays selected if it was (the sheet view is the sheet's own).
      const oldXml = partText(file, old.worksheet) ?? "";
      const views = oldXml.slice(0, Math.max(0, oldXml.indexOf("sheetData")));
      const selected = /\btabSelected\s*=\s*["'](1|true)["']/.test(views);
      changes.written.set(old.worksheet, worksheetXml(sheet.grid, styles, selected));
      changes.cut.push({ source: old.worksheet });
      continue;
    }
    const part = unused(partTaken, (n) => posix.join(workbookDir, "worksheets", `sheet${n}.xml`));
    const id = newRelId();
    changes.written.set(part, worksheetXml(sheet.grid, styles));
    const target = escapeAttribute(posix.relative(workbookDir, part));
    changes.newRels.push(`<Relationship Id="${id}" Type="${REL_TYPE}worksheet" Target="${target}"/>`);
    changes.newOverrides.push(`<Override PartName="/${escapeAttribute(part)}" ContentType="${WORKSHEET_CT}"/>`);
    const rPrefix = Object.entries(workbook.attributes).find(([k, v]) => k.startsWith("xmlns:") && v === REL_NS)?.[0];
    const r = rPrefix ? rPrefix.slice("xmlns:".length) : "r";
    const declare = rPrefix ? "" : ` xmlns:r="${REL_NS}"`;
    const w = prefixOf(workbook);
    tabs.push(
      `<${w}sheet name="${escapeAttribute(sheet.name)}" sheetId="${nextSheetId++}"${declare} ${r}:id="${id}"/>`,
    );
  }
  return tabs;
}

/** workbook.xml with the new tabs last, the markers over the regions written, and recalculation on opening. */
function workbookText(file: XlsxFile, sheets: readonly ResultSheet[], newTabs: readonly string[]): string {
  const workbook = file.workbook.root;
  const w = prefixOf(workbook);
  const edits: { start: number; end: number; text: string }[] = [];
  const sheetsElement = workbook.children.find((c) => c.name === "sheets");
  if (!sheetsElement || sheetsElement.contentStart === sheetsElement.end) {
    throw new Error("bug: a workbook without sheets");
  }
  if (newTabs.length > 0) {
    edits.push({ start: sheetsElement.contentEnd, end: sheetsElement.contentEnd, text: newTabs.join("") });
  }

  // The markers replace the old ones.
  const markers = new Set(sheets.map((s) => s.marker));
  const names = sheets
    .map(
      (s) =>
        `<${w}definedName name="${escapeAttribute(s.marker)}">${escapeText(markerRange(s.name, s.grid))}</${w}definedName>`,
    )
    .join("");
  const definedNames = workbook.children.find((c) => c.name === "definedNames");
  if (definedNames && definedNames.contentStart !== definedNames.end) {
    for (const n of file.definedNames) {
      if (markers.has(n.name)) edits.push({ start: n.element.start, end: n.element.end, text: "" });
    }
    edits.push({ start: definedNames.contentEnd, end: definedNames.contentEnd, text: names });
  } else {
    const at = definedNames ? definedNames.start : insertionPoint(workbook, AFTER_DEFINED_NAMES);
    const end = definedNames ? definedNames.end : at;
    edits.push({ start: at, end, text: `<${w}definedNames>${names}</${w}definedNames>` });
  }

  // Formulas elsewhere that read a result sheet hold results of the old one.
  const calcPr = workbook.children.find((c) => c.name === "calcPr");
  if (calcPr) {
    const tag = file.workbook.xml.slice(calcPr.start, calcPr.contentStart);
    edits.push({ start: calcPr.start, end: calcPr.contentStart, text: withAttribute(tag, "fullCalcOnLoad", "1") });
  } else {
    const at = insertionPoint(workbook, AFTER_CALC_PR);
    edits.push({ start: at, end: at, text: `<${w}calcPr fullCalcOnLoad="1"/>` });
  }
  return splice(file.workbook.xml, edits);
}

/**
 * The parts only the cut relationships led to (a note or a drawing someone put on the 得分表, calcChain), with
 * their own relationship parts: lower-case names.
 */
function droppedParts(file: XlsxFile, changes: Changes): Set<string> {
  const dropped = new Set<string>();
  if (changes.cut.length === 0) return dropped;
  const before = reachable(file, () => false);
  const after = reachable(file, (source, target) =>
    changes.cut.some(
      (c) => c.source.toLowerCase() === source && (c.target === undefined || c.target.toLowerCase() === target),
    ),
  );
  const writing = new Set([...changes.written.keys()].map((part) => part.toLowerCase()));
  for (const part of before) if (!after.has(part) && !writing.has(part)) dropped.add(part);
  for (const c of changes.cut) if (c.target === undefined) dropped.add(relsPartOf(c.source).toLowerCase());
  for (const part of [...dropped]) dropped.add(relsPartOf(part).toLowerCase());
  return dropped;
}

/** [Content_Types].xml with the new parts, without the dropped ones, and the workbook typed as what it is written as. */
function contentTypesText(file: XlsxFile, newOverrides: readonly string[], dropped: Set<string>): string | undefined {
  const types = file.contentTypes;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const element of types.root.children) {
    if (element.name !== "Override") continue;
    const name = (element.attributes.PartName ?? "").replace(/^\//, "").toLowerCase();
    if (dropped.has(name)) edits.push({ start: element.start, end: element.end, text: "" });
    if (name === file.workbook.part.toLowerCase()) {
      // A template (.xltx, .xltm) is written as a workbook.
      const wanted = holdsMacros(file) ? MACRO_WORKBOOK_CT : WORKBOOK_CT;
      if (element.attributes.ContentType !== wanted) {
        const tag = types.xml.slice(element.start, element.contentStart);
        edits.push({
          start: element.start,
          end: element.contentStart,
          text: withAttribute(tag, "ContentType", wanted),
        });
      }
    }
  }
  if (newOverrides.length > 0) {
    edits.push({ start: types.root.contentEnd, end: types.root.contentEnd, text: newOverrides.join("") });
  }
  return edits.length > 0 ? splice(types.xml, edits) : undefined;
}

/** The new archive: the input's entries in their order, copied or rewritten, less the dropped; new parts last. */
function zipOf(file: XlsxFile, written: ReadonlyMap<string, string | Buffer>, dropped: Set<string>): Buffer {
  const pending = new Map([...written].map(([part, content]) => [part.toLowerCase(), { part, content }]));
  const entries: OutEntry[] = [];
  for (const entry of file.entries) {
    const key = entry.name.replace(/^\//, "").toLowerCase();
    if (dropped.has(key)) continue;
    const replacement = pending.get(key);
    pending.delete(key);
    entries.push(replacement ? { name: entry.name, data: toBytes(replacement.content) } : { copy: entry });
  }
  for (const { part, content } of pending.values()) entries.push({ name: part, data: toBytes(content) });
  try {
    return writeZip(file.bytes, entries);
  } catch (e) {
    if (e instanceof ZipError) throw new UserError(`无法写入：${e.message}`);
    throw e;
  }
}

function toBytes(content: string | Buffer): Buffer {
  return typeof content === "string" ? Buffer.from(content, "utf8") : content;
}

function relsText(rels: XmlPart, added: readonly string[], removed: readonly XmlElement[]): string {
  if (rels.xml === "") {
    return `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${added.join("")}</Relationships>`;
  }
  const edits = removed.map((e) => ({ start: e.start, end: e.end, text: "" }));
  const root = rels.root;
  if (root.contentStart === root.end) {
    const open = rels.xml.slice(root.start, root.end).replace(/\s*\/>$/, ">");
    edits.push({ start: root.start, end: root.end, text: `${open}${added.join("")}</${root.qname}>` });
  } else {
    edits.push({ start: root.contentEnd, end: root.contentEnd, text: added.join("") });
  }
  return splice(rels.xml, edits);
}

/** Writes the patched workbook to `path` through a temporary file beside it. */
export async function saveWorkbook(bytes: Buffer, path: string): Promise<void> {
  await writeAtomically(path, (temporary) => writeFileSync(temporary, bytes));
}
