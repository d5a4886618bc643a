/**
 * styles.xml and the cell formats the patcher adds to it: a grid cell's format, font weight, alignment and border
 * become a cellXfs index, reusing an entry already there.
 */
import type { GridCell } from "../../workbook";
import { escapeAttribute, parseXml, prefixOf, splice, XmlElement } from "../xml";
import { DECLARATION, MAIN_NS } from "./names";

/** What a written cell looks like: the grid cell's format, and whether it lies in a bordered area. */
export interface CellStyle {
  format: string | undefined;
  bold: boolean;
  align: GridCell["align"];
  wrap: boolean;
  border: boolean;
}

export function styleOf(cell: GridCell, border: boolean): CellStyle | undefined {
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

export const EMPTY_STYLES = `${DECLARATION}<styleSheet xmlns="${MAIN_NS}"></styleSheet>`;

/**
 * The workbook's styles.xml and the cell formats the tool adds to it: each collection (numFmts, fonts, borders,
 * cellXfs) gets new entries at its end, an entry already there with the same XML is reused (so running again does
 * not grow the file), and counts are updated.
 */
export class Styles {
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
