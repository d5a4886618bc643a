/**
 * Reading an .xlsx without a spreadsheet library: the zip's central directory, the workbook's sheets and names, and
 * only the worksheet XML a command needs, cells read as Excel's Range.values hands them over (a formula by its
 * stored result, a date as its serial number, an error cell as its error text).
 */
import { SheetCell } from "../workbook";
import { decode } from "./bytes";
import type { Codec } from "./codec";
import { XlsxError } from "./errors";
import { basename, dirname, extname, joinPart } from "./partName";
import { storedText } from "./text";
import { child, parseXml, Token, XmlElement, XmlError, XmlScanner } from "./xml";
import { entryData, readZip, ZipEntry, ZipError } from "./zip";

/** A relationship of a part, its target resolved to a part name ("xl/worksheets/sheet1.xml"). */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** The part it points at; undefined for an external target (a hyperlink, a linked file). */
  part: string | undefined;
  element: XmlElement;
}

/** A tab of the workbook, in tab order. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** The part behind the tab, when it is a worksheet (not a chart sheet or a macro sheet). */
  worksheet: string | undefined;
  element: XmlElement;
}

export interface DefinedName {
  name: string;
  localSheetId: number | undefined;
  text: string;
  element: XmlElement;
}

/** A part's text and its element tree, for the parts a writer patches by splicing their text. */
export interface XmlPart {
  part: string;
  xml: string;
  root: XmlElement;
}

/** An opened workbook: its zip entries, and the workbook part read. Worksheets are read on demand. */
export interface XlsxFile {
  /** The file's name as the user gave it, for messages. */
  path: string;
  bytes: Uint8Array;
  codec: Codec;
  entries: ZipEntry[];
  contentTypes: XmlPart;
  workbook: XmlPart;
  workbookRels: XmlPart;
  relationships: Relationship[];
  /** The content type of the workbook part: says whether the file holds macros or is a template. */
  workbookContentType: string;
  sheets: SheetEntry[];
  definedNames: DefinedName[];
  date1904: boolean;
  /** The strings of xl/sharedStrings.xml, read on first use. */
  sharedStrings?: string[];
  /** Worksheets already read (the header rows are read before the whole sheet). */
  worksheetTexts?: Map<string, WorksheetText>;
}

/** Relationship types end alike in transitional and strict files ("…/relationships/worksheet"). */
export function isRelType(rel: { type: string }, kind: string): boolean {
  return rel.type.endsWith(`/${kind}`);
}

const notXlsx = (path: string) =>
  new XlsxError(`无法读取工作簿 ${path}：不是 .xlsx 文件（.xls、.et 等请先在 Excel 或 WPS 中另存为 .xlsx）`);

/** A part name as OPC compares them: case-insensitive, without a leading slash. */
function partKey(name: string): string {
  return name.replace(/^\//, "").toLowerCase();
}

export function findEntry(file: Pick<XlsxFile, "entries">, part: string): ZipEntry | undefined {
  const key = partKey(part);
  return file.entries.find((e) => partKey(e.name) === key);
}

/** The uncompressed bytes of a part; a damaged part is an XlsxError naming the file. */
export function partBytes(
  file: Pick<XlsxFile, "path" | "bytes" | "entries" | "codec">,
  part: string,
): Uint8Array | undefined {
  const entry = findEntry(file, part);
  if (!entry) return undefined;
  try {
    return entryData(file.bytes, entry, file.codec);
  } catch (e) {
    throw new XlsxError(`无法读取工作簿 ${file.path}：${(e as Error).message}`);
  }
}

/** A part's text: UTF-8, or UTF-16 when it starts with that byte-order mark. */
export function partText(
  file: Pick<XlsxFile, "path" | "bytes" | "entries" | "codec">,
  part: string,
): string | undefined {
  const bytes = partBytes(file, part);
  if (!bytes) return undefined;
  const [encoding, start] =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? (["utf-16le", 2] as const)
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? (["utf-16be", 2] as const)
        : (["utf-8", bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0] as const);
  try {
    return decode(bytes.subarray(start), encoding);
  } catch {
    throw new XlsxError(`无法读取工作簿 ${file.path}：部件 ${part} 不是有效的 ${encoding.toUpperCase()} 文本`);
  }
}

/** Runs a reading step over one part, turning an XML problem into a message naming the file and the part. */
export function inPart<T>(path: string, part: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof XmlError || e instanceof ZipError) {
      throw new XlsxError(`无法读取工作簿 ${path}：部件 ${part} 无法解析（${e.message}）`);
    }
    throw e;
  }
}

function xmlPart(file: Pick<XlsxFile, "path" | "bytes" | "entries" | "codec">, part: string): XmlPart | undefined {
  const xml = partText(file, part);
  if (xml === undefined) return undefined;
  return { part, xml, root: inPart(file.path, part, () => parseXml(xml)) };
}

/** "xl/_rels/workbook.xml.rels" for "xl/workbook.xml". */
export function relsPartOf(part: string): string {
  return joinPart(dirname(part), "_rels", `${basename(part)}.rels`);
}

/** A relationship's target as a part name, relative to the part the relationship belongs to. */
export function resolveTarget(source: string, target: string): string {
  return target.startsWith("/") ? joinPart(target) : joinPart(dirname(source), target);
}

export function relationshipsOf(source: string, rels: XmlElement): Relationship[] {
  return rels.children
    .filter((e) => e.name === "Relationship")
    .map((element) => {
      const target = element.attributes.Target ?? "";
      const external = element.attributes.TargetMode === "External";
      return {
        id: element.attributes.Id ?? "",
        type: element.attributes.Type ?? "",
        target,
        part: external ? undefined : resolveTarget(source, target),
        element,
      };
    });
}

/** The content type of a part: its Override, or the Default of its extension. */
export function contentTypeOf(contentTypes: XmlElement, part: string): string | undefined {
  const key = `/${partKey(part)}`;
  const override = contentTypes.children.find(
    (e) => e.name === "Override" && (e.attributes.PartName ?? "").toLowerCase() === key,
  );
  if (override) return override.attributes.ContentType;
  const extension = extname(part).slice(1).toLowerCase();
  return contentTypes.children.find(
    (e) => e.name === "Default" && (e.attributes.Extension ?? "").toLowerCase() === extension,
  )?.attributes.ContentType;
}

/** The id attribute of a relationship reference ("r:id", whatever the prefix). */
export function relIdOf(element: XmlElement): string | undefined {
  for (const [name, value] of Object.entries(element.attributes)) if (/^[^:]+:id$/.test(name)) return value;
  return undefined;
}

/** Opens an .xlsx: the central directory and the workbook part; a file that is not one says what to do. */
export function openXlsx(bytes: Uint8Array, path: string, codec: Codec): XlsxFile {
  const entries = readZip(bytes);
  if (!entries) throw notXlsx(path);
  const base = { path, bytes, entries, codec };
  const contentTypes = xmlPart(base, "[Content_Types].xml");
  const rootRels = xmlPart(base, "_rels/.rels");
  const officeDocument = rootRels
    ? relationshipsOf("", rootRels.root).find((r) => isRelType(r, "officeDocument"))?.part
    : undefined;
  // A binary workbook (.xlsb) or another kind of document is not one to read.
  if (officeDocument !== undefined && !officeDocument.toLowerCase().endsWith(".xml")) throw notXlsx(path);
  const workbook = xmlPart(base, officeDocument ?? "xl/workbook.xml");
  if (!contentTypes || !workbook || workbook.root.name !== "workbook") throw notXlsx(path);
  const workbookRels = xmlPart(base, relsPartOf(workbook.part)) ?? {
    part: relsPartOf(workbook.part),
    xml: "",
    root: parseXml("<Relationships/>"),
  };
  const relationships = relationshipsOf(workbook.part, workbookRels.root);

  const sheets: SheetEntry[] = (child(workbook.root, "sheets")?.children ?? [])
    .filter((e) => e.name === "sheet")
    .map((element) => {
      const relId = relIdOf(element) ?? "";
      const rel = relationships.find((r) => r.id === relId);
      return {
        name: element.attributes.name ?? "",
        sheetId: Number(element.attributes.sheetId),
        relId,
        worksheet: rel && isRelType(rel, "worksheet") ? rel.part : undefined,
        element,
      };
    });
  const definedNames = (child(workbook.root, "definedNames")?.children ?? [])
    .filter((e) => e.name === "definedName")
    .map((element) => ({
      name: element.attributes.name ?? "",
      localSheetId: element.attributes.localSheetId === undefined ? undefined : Number(element.attributes.localSheetId),
      text: element.text,
      element,
    }));
  const date1904 = /^(1|true)$/.test(child(workbook.root, "workbookPr")?.attributes.date1904 ?? "");
  return {
    path,
    bytes,
    codec,
    entries,
    contentTypes,
    workbook,
    workbookRels,
    relationships,
    workbookContentType: contentTypeOf(contentTypes.root, workbook.part) ?? "",
    sheets,
    definedNames,
    date1904,
  };
}

/** The worksheets, in tab order (chart sheets and macro sheets hold no cells to read). */
export function worksheets(file: XlsxFile): SheetEntry[] {
  return file.sheets.filter((s) => s.worksheet !== undefined);
}

/** A tab by name, as Excel finds one: "Sheet1" is "sheet1". */
export function sheetNamed(file: XlsxFile, name: string): SheetEntry | undefined {
  const wanted = name.toLowerCase();
  return file.sheets.find((s) => s.name.toLowerCase() === wanted);
}

/** The sheet a range of a workbook name lies on ("'得分表'!$A$1:$I$13" → 得分表). */
export function sheetOf(range: string): string {
  const sheet = range.slice(0, range.lastIndexOf("!"));
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** The ranges of a name's formula ("'a'!$A$1,'b,c'!$B$2" → two), split at commas outside quotes. */
export function nameRanges(text: string): string[] {
  return text.match(/(?:'(?:[^']|'')*'|[^,'])+/g) ?? [];
}

/** Whether a name `marker` lies on the sheet `sheetName`: the mark of a result sheet the tool wrote. */
export function hasMarker(file: XlsxFile, marker: string, sheetName: string): boolean {
  const wanted = sheetName.toLowerCase();
  return file.definedNames.some(
    (n) => n.name === marker && nameRanges(n.text).some((r) => sheetOf(r).toLowerCase() === wanted),
  );
}

function sharedStrings(file: XlsxFile): string[] {
  if (file.sharedStrings) return file.sharedStrings;
  const rel = file.relationships.find((r) => isRelType(r, "sharedStrings"));
  const part = rel?.part ?? "xl/sharedStrings.xml";
  const xml = partText(file, part);
  const strings: string[] = [];
  if (xml !== undefined) {
    inPart(file.path, part, () => {
      // Each <si> is the text of its runs (or its one <t>); phonetic guides (<rPh>) are not part of the value.
      const scanner = new XmlScanner(xml);
      let text = "";
      let inText = false;
      for (let token = scanner.next(); token !== Token.End; token = scanner.next()) {
        if (token === Token.Open) {
          if (scanner.name === "si") text = "";
          else if (scanner.name === "rPh") scanner.skipElement();
          else if (scanner.name === "t") inText = !scanner.selfClosing;
        } else if (token === Token.Close) {
          if (scanner.name === "t") inText = false;
          else if (scanner.name === "si") strings.push(storedText(text));
        } else if (inText) text += scanner.text();
      }
    });
  }
  file.sharedStrings = strings;
  return strings;
}

/** 0-based column of the letters of a cell reference ("AB12" → 27), and where its digits start. */
function parseRef(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return { col: col - 1, row: Number(ref.slice(i)) - 1 };
}

const NO_RESULT = "公式没有保存计算结果：请在 Excel 或 WPS 中打开、计算并保存后再试";
const UNKNOWN = "无法识别的单元格内容";
const DAY_MS = 86_400_000;

/** One cell's value from its type attribute and stored text, as Excel hands it over. */
function cellValue(type: string | undefined, text: string, strings: () => string[], date1904: boolean): SheetCell {
  switch (type) {
    case "s": {
      const s = strings()[Number(text)];
      return s === undefined ? { unreadable: UNKNOWN } : s;
    }
    case "str":
    case "inlineStr":
      return text;
    case "b":
      return text === "1" || text === "true"
        ? true
        : text === "0" || text === "false"
          ? false
          : { unreadable: UNKNOWN };
    case "e":
      return text;
    case "d": {
      // An ISO 8601 date (strict files): the serial number Excel shows for it.
      const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`);
      return Number.isNaN(ms) ? { unreadable: UNKNOWN } : ms / DAY_MS + 25569 - (date1904 ? 1462 : 0);
    }
    default: {
      const n = Number(text);
      return text.trim() === "" || Number.isNaN(n) ? { unreadable: UNKNOWN } : n;
    }
  }
}

/**
 * The values of a worksheet's first `maxRows` rows (all rows by default), 0-based, as `sheetCells` of the exceljs
 * adaptor gives them: a row per <row> up to the last one, a cell up to the last one holding a value, a formula or a
 * style; merged-over cells empty. A worksheet of more than `pieceBytes` bytes of XML is read in pieces of about that
 * size (see WorksheetText).
 */
export function readSheetCells(
  file: XlsxFile,
  sheet: SheetEntry,
  maxRows = Infinity,
  pieceBytes = WORKSHEET_PIECE_BYTES,
): SheetCell[][] {
  const part = sheet.worksheet;
  if (part === undefined) return [];
  file.worksheetTexts ??= new Map();
  const xml = file.worksheetTexts.get(part) ?? worksheetText(file, part, pieceBytes);
  if (xml === undefined) throw new XlsxError(`无法读取工作簿 ${file.path}：缺少工作表“${sheet.name}”的部件 ${part}`);
  // Kept for the whole sheet after its header rows; a whole sheet read (hundreds of megabytes inflated) is not.
  if (maxRows === Infinity) file.worksheetTexts.delete(part);
  else file.worksheetTexts.set(part, xml);
  return inPart(file.path, part, () => cellsOf(xml, maxRows, () => sharedStrings(file), file.date1904));
}

/**
 * A worksheet's XML as pieces of text, each ending after a row's end tag (the last one with the rest): a sheet of
 * hundreds of thousands of rows is more text than one JavaScript string holds (about 2^29 characters). Pieces are
 * decoded when they are read, so reading the header rows decodes only the first.
 */
export interface WorksheetText {
  pieces: number;
  piece(index: number): string;
}

/** Bytes of worksheet XML per piece. */
export const WORKSHEET_PIECE_BYTES = 1 << 26;

const LT = 0x3c;
const SLASH = 0x2f;
const COLON = 0x3a;
const GT = 0x3e;

/** The offset just past the first row end tag (</row>, </x:row>) ending at or after `from`, or -1. */
function afterRowEnd(bytes: Uint8Array, from: number): number {
  for (let w = bytes.indexOf(0x77 /* w */, from); w >= 0; w = bytes.indexOf(0x77, w + 1)) {
    if (bytes[w + 1] !== GT || bytes[w - 1] !== 0x6f /* o */ || bytes[w - 2] !== 0x72 /* r */) continue;
    let at = w - 3;
    if (bytes[at] === COLON) {
      // A prefix: name characters back to "</".
      at--;
      while (at > 0 && bytes[at] !== SLASH && bytes[at] !== LT && bytes[at] !== GT && bytes[at] !== 0x20) at--;
    }
    if (bytes[at] === SLASH && bytes[at - 1] === LT) return w + 2;
  }
  return -1;
}

/** Whether the text holds a comment, CDATA or a declaration ("<!"), inside which a row end tag is not one. */
function holdsMarkupDeclarations(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0x21 /* ! */); i >= 0; i = bytes.indexOf(0x21, i + 1))
    if (bytes[i - 1] === LT) return true;
  return false;
}

/** A worksheet part's text, in pieces when it is large and UTF-8 (the encoding every spreadsheet writes). */
function worksheetText(file: XlsxFile, part: string, pieceBytes = WORKSHEET_PIECE_BYTES): WorksheetText | undefined {
  const bytes = partBytes(file, part);
  if (!bytes) return undefined;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 || bytes.length <= pieceBytes || holdsMarkupDeclarations(bytes)) {
    const text = partText(file, part) as string;
    return { pieces: 1, piece: () => text };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const cuts = [start];
  for (let at = start + pieceBytes; at < bytes.length; at += pieceBytes) {
    const cut = afterRowEnd(bytes, Math.max(at, (cuts[cuts.length - 1] as number) + 1));
    if (cut < 0 || cut >= bytes.length) break;
    cuts.push(cut);
    at = cut;
  }
  cuts.push(bytes.length);
  return {
    pieces: cuts.length - 1,
    piece(index) {
      try {
        return decode(bytes.subarray(cuts[index], cuts[index + 1]), "utf-8");
      } catch {
        throw new XlsxError(`无法读取工作簿 ${file.path}：部件 ${part} 不是有效的 UTF-8 文本`);
      }
    },
  };
}

/**
 * The common cell, as Excel, WPS and exceljs write it: <c r="B3" s="2" t="s"><v>7</v></c> or <c r="B3" s="2"/>.
 * Matched whole with one sticky expression; anything else (a formula, an inline string, an entity, other
 * attributes or a prefix) is read token by token.
 */
const PLAIN_CELL = /<c r="([A-Z]{1,3})\d+"(?: s="(\d+)")?(?: t="([a-z]+)")?(?:\/>|><v>([^<&]*)<\/v><\/c>)/y;

function cellsOf(sheet: WorksheetText, maxRows: number, strings: () => string[], date1904: boolean): SheetCell[][] {
  const rows: SheetCell[][] = [];
  let piece = 0;
  let xml = sheet.piece(0);
  let scanner = new XmlScanner(xml, 0, [], sheet.pieces > 1);
  let row = -1;
  let col = -1;
  let type: string | undefined;
  let styled = false;
  let formula = false;
  /** The <v> element was there (an empty one is a formula's empty text result). */
  let hasV = false;
  let text = "";
  /** Collecting text: inside <v>, or inside a <t> of an inline string outside its phonetic runs. */
  let collect = false;
  let inSheetData = false;
  let tail = xml.length;
  /** Rows there are, empty ones included: up to the last <row>, or the last row of a merge. */
  let rowCount = 0;
  for (;;) {
    if (inSheetData && xml.charCodeAt(scanner.offset + 1) === 99 /* c */) {
      PLAIN_CELL.lastIndex = scanner.offset;
      const m = PLAIN_CELL.exec(xml);
      if (m) {
        col = parseRef(m[1] as string).col;
        type = m[3];
        styled = m[2] !== undefined && parseInt(m[2], 10) !== 0;
        formula = false;
        hasV = m[4] !== undefined;
        text = m[4] ?? "";
        store();
        scanner.seek(PLAIN_CELL.lastIndex);
        continue;
      }
    }
    let token = scanner.next();
    if (token === Token.End && piece + 1 < sheet.pieces) {
      // The next piece goes on after a row's end tag, inside the elements still open.
      xml = sheet.piece(++piece);
      scanner = new XmlScanner(xml, 0, scanner.openElements, piece + 1 < sheet.pieces);
      token = scanner.next();
    }
    if (token === Token.End) {
      tail = xml.length;
      break;
    }
    if (token === Token.Text) {
      if (collect) text += scanner.text();
      continue;
    }
    const name = scanner.name;
    if (token === Token.Open) {
      if (!inSheetData) {
        if (name === "sheetData") {
          inSheetData = !scanner.selfClosing;
          if (scanner.selfClosing) {
            tail = scanner.end;
            break;
          }
        }
        continue;
      }
      if (name === "c") {
        const ref = scanner.attribute("r");
        const s = scanner.attribute("s");
        col = ref === undefined ? col + 1 : parseRef(ref).col;
        type = scanner.attribute("t");
        styled = s !== undefined && parseInt(s, 10) !== 0;
        formula = false;
        hasV = false;
        text = "";
        if (scanner.selfClosing) store();
      } else if (name === "v") {
        hasV = true;
        collect = !scanner.selfClosing;
      } else if (name === "f") {
        formula = true;
        scanner.skipElement();
      } else if (name === "t") {
        collect = !scanner.selfClosing;
      } else if (name === "rPh" || name === "extLst") {
        scanner.skipElement();
      } else if (name === "row") {
        const r = scanner.attribute("r");
        row = r === undefined ? row + 1 : Number(r) - 1;
        col = -1;
        if (row >= maxRows) {
          // The rest of the cells are not wanted; the merges after them (in the last piece) are.
          if (piece + 1 < sheet.pieces) {
            piece = sheet.pieces - 1;
            xml = sheet.piece(piece);
            tail = Math.max(0, xml.lastIndexOf("sheetData>"));
          } else tail = Math.max(scanner.start, xml.lastIndexOf("sheetData>"));
          rowCount = maxRows;
          break;
        }
        rows[row] ??= [];
      }
    } else {
      if (name === "v" || name === "t") collect = false;
      else if (name === "c") store();
      else if (name === "sheetData") {
        tail = scanner.end;
        break;
      }
    }
  }

  function store(): void {
    let value: SheetCell = null;
    if (formula) {
      if (type === "str" && hasV) value = text;
      else value = text === "" ? { unreadable: NO_RESULT } : cellValue(type, text, strings, date1904);
    } else if (text !== "") {
      value = cellValue(type, type === "inlineStr" ? storedText(text) : text, strings, date1904);
    } else if (!styled) return;
    put(row, col, value);
  }

  /** Rows stay packed arrays (no holes): faster to fill and to read. */
  function put(r: number, c: number, value: SheetCell): void {
    const cells = (rows[r] ??= []);
    while (cells.length < c) cells.push(null);
    cells[c] = value;
  }

  // Merges come after the cells: every cell of a merge but its top-left one is empty.
  const merges = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([A-Za-z]+\d+):([A-Za-z]+\d+)["']/g;
  merges.lastIndex = tail;
  for (let m = merges.exec(xml); m; m = merges.exec(xml)) {
    const from = parseRef(m[1] as string);
    const to = parseRef(m[2] as string);
    rowCount = Math.max(rowCount, Math.min(to.row + 1, maxRows));
    for (let r = from.row; r <= Math.min(to.row, maxRows - 1); r++) {
      for (let c = from.col; c <= to.col; c++) {
        if (r !== from.row || c !== from.col) put(r, c, null);
        else put(r, c, rows[r]?.[c] ?? null);
      }
    }
  }
  return Array.from({ length: Math.max(rows.length, rowCount) }, (_, r) => rows[r] ?? []);
}
