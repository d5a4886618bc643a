/**
 * Reading an .xlsx without a spreadsheet library: the zip's central directory, the workbook's sheets and names, and
 * only the worksheet XML a command needs, cells read as Excel's Range.values hands them over (a formula by its
 * stored result, a date as its serial number, an error cell as its error text).
 */
import { cellAddress, CellFormats, columnLetter, SheetCell } from "../workbook";
import { decode } from "./bytes";
import type { Codec } from "./codec";
import { XlsxError } from "./errors";
import { basename, dirname, extname, joinPart } from "./partName";
import { MAX_PART_SIZE, MAX_WORKSHEET_SIZE, WORKSHEET_PIECE_BYTES } from "./limits";
import { FORMAT_KINDS, styleFormatCodes } from "./numberFormats";
import { storedText } from "./text";
import { child, parseXml, shown, Token, XmlElement, XmlError, XmlScanner } from "./xml";
import { entryData, InflateBudget, partKey, readZip, ZipEntry, ZipError } from "./zip";

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
  /** The uncompressed bytes read so far, against the limit for one workbook. */
  budget: InflateBudget;
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
  /** The number format kind (a FORMAT_KINDS index) of each cell style, read on first use. */
  styleFormats?: number[];
  /** Worksheets already read (the header rows are read before the whole sheet). */
  worksheetTexts?: Map<string, WorksheetText>;
}

/** Relationship types end alike in transitional and strict files ("…/relationships/worksheet"). */
export function isRelType(rel: { type: string }, kind: string): boolean {
  return rel.type.endsWith(`/${kind}`);
}

const notXlsx = (path: string) =>
  new XlsxError(`无法读取工作簿 ${path}：不是 .xlsx 文件（.xls、.et 等请先在 Excel 或 WPS 中另存为 .xlsx）`);

/** The signature of a compound file: an .xls, or an .xlsx Excel encrypted with an opening password. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const compoundFile = (path: string) =>
  new XlsxError(
    `无法读取工作簿 ${path}：这是设有打开密码的工作簿或旧版 .xls 文件，请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再试`,
  );

const binaryWorkbook = (path: string) =>
  new XlsxError(`无法读取工作簿 ${path}：这是二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再试`);

export function findEntry(file: Pick<XlsxFile, "entries">, part: string): ZipEntry | undefined {
  const key = partKey(part);
  return file.entries.find((e) => partKey(e.name) === key);
}

/** What reading a part needs of an opened workbook. */
type PartSource = Pick<XlsxFile, "path" | "bytes" | "entries" | "codec" | "budget">;

/**
 * The uncompressed bytes of a part, counted in the workbook's budget; a damaged or hostile part is an XlsxError
 * naming the file.
 */
export function partBytes(file: PartSource, part: string, maxSize = MAX_PART_SIZE): Uint8Array | undefined {
  const entry = findEntry(file, part);
  if (!entry) return undefined;
  try {
    return entryData(file.bytes, entry, file.codec, file.budget, maxSize);
  } catch (e) {
    if (e instanceof ZipError) throw new XlsxError(`无法读取工作簿 ${file.path}：${e.message}`);
    throw e;
  }
}

/** A part's text: UTF-8, or UTF-16 when it starts with that byte-order mark. */
export function partText(file: PartSource, part: string): string | undefined {
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

function xmlPart(file: PartSource, part: string): XmlPart | undefined {
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

/**
 * Opens an .xlsx: the central directory and the workbook part; a file that is not a zip says what to do, a zip that
 * cannot be read safely (docs/limits.md) says why.
 */
export function openXlsx(bytes: Uint8Array, path: string, codec: Codec): XlsxFile {
  if (COMPOUND_FILE.every((b, i) => bytes[i] === b)) throw compoundFile(path);
  let entries: ZipEntry[] | undefined;
  try {
    entries = readZip(bytes);
  } catch (e) {
    if (e instanceof ZipError) throw new XlsxError(`无法读取工作簿 ${path}：${e.message}`);
    throw e;
  }
  if (!entries) throw notXlsx(path);
  const base = { path, bytes, entries, codec, budget: new InflateBudget() };
  const contentTypes = xmlPart(base, "[Content_Types].xml");
  const rootRels = xmlPart(base, "_rels/.rels");
  const officeDocument = rootRels
    ? relationshipsOf("", rootRels.root).find((r) => isRelType(r, "officeDocument"))?.part
    : undefined;
  // A binary workbook (.xlsb) or another kind of document is not one to read.
  if (officeDocument?.toLowerCase().endsWith(".bin")) throw binaryWorkbook(path);
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
  checkTabs(path, workbookRels.part, relationships, sheets);
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
    budget: base.budget,
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

/**
 * Refuses a workbook whose tabs are ambiguous: two relationships of one id, two tabs of one name (Excel ignores
 * case), or two tabs over one part. Writing into it would put a sheet where another one is.
 */
function checkTabs(path: string, relsPart: string, relationships: Relationship[], sheets: SheetEntry[]): void {
  const damaged = (what: string) => new XlsxError(`无法读取工作簿 ${path}：${what}，文件已损坏`);
  const ids = new Set<string>();
  for (const rel of relationships) {
    if (ids.has(rel.id)) throw damaged(`部件 ${relsPart} 中关系 ${rel.id} 出现了两次`);
    ids.add(rel.id);
  }
  const names = new Set<string>();
  const parts = new Set<string>();
  for (const sheet of sheets) {
    const name = sheet.name.toLowerCase();
    if (names.has(name)) throw damaged(`有两张名为“${sheet.name}”的工作表`);
    names.add(name);
    const part = sheet.worksheet?.toLowerCase();
    if (part !== undefined && parts.has(part))
      throw damaged(`工作表“${sheet.name}”与另一张工作表共用部件 ${sheet.worksheet}`);
    if (part !== undefined) parts.add(part);
  }
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
          if (scanner.name === "si") {
            text = "";
            // <si/> is an empty string, and keeps the indexes of the strings after it.
            if (scanner.selfClosing) strings.push("");
          } else if (scanner.name === "rPh") scanner.skipElement();
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

/** The number format kind of each cell style of styles.xml, read once (a workbook without styles has none). */
function styleFormats(file: XlsxFile): number[] {
  if (file.styleFormats) return file.styleFormats;
  const rel = file.relationships.find((r) => isRelType(r, "styles"));
  const part = rel?.part ?? joinPart(dirname(file.workbook.part), "styles.xml");
  const xml = partText(file, part);
  file.styleFormats = xml === undefined ? [] : inPart(file.path, part, () => styleFormatCodes(parseXml(xml)));
  return file.styleFormats;
}

/** Excel's grid: columns A to XFD, rows 1 to 1048576. A reference outside it is refused before anything is allocated. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
const BEYOND = "超出 Excel 的范围（最多 XFD 列、1048576 行）";

/**
 * The memory a sheet's cells may take, in slots of row arrays (8 bytes each; a row array counts as ROW_SLOTS more):
 * SPARE_SLOTS (32 MB), and SLOTS_PER_CELL for every cell the sheet holds. A clerk's table is dense and stays far
 * below; a sheet whose few cells lie far apart (one at XFD on every row) would otherwise take memory by its
 * coordinates rather than by what it holds.
 */
export const SPARE_SLOTS = 1 << 22;
export const SLOTS_PER_CELL = 16;
const ROW_SLOTS = 4;

/** The row of a sheet that holds nothing; shared, so that rows without cells cost no array each. */
const EMPTY_ROW: readonly SheetCell[] = Object.freeze([]);

/** 0-based column of a reference's letters ("AB" → 27), or -1 past XFD; at most 3 letters are looked at. */
function columnOf(letters: string): number {
  if (letters.length > 3) return -1;
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + ((letters.charCodeAt(i) | 0x20) - 96);
  return col <= MAX_COLS ? col - 1 : -1;
}

/** 0-based row of a reference's or a <row>'s digits, or -1 past row 1048576. */
function rowOf(digits: string): number {
  if (digits.length > 7) return -1;
  const row = Number(digits);
  return row <= MAX_ROWS ? row - 1 : -1;
}

/** A cell reference ("AB12"), 0-based; `beyond` when it lies outside Excel's grid, undefined when it is not one. */
function parseRef(ref: string): { row: number; col: number } | "beyond" | undefined {
  const m = /^([A-Za-z]+)([1-9][0-9]*)$/.exec(ref);
  if (!m) return undefined;
  const col = columnOf(m[1] as string);
  const row = rowOf(m[2] as string);
  return col < 0 || row < 0 ? "beyond" : { row, col };
}

const NO_RESULT = "公式没有保存计算结果：请在 Excel 或 WPS 中打开、计算并保存后再试";
const UNKNOWN = "无法识别的单元格内容";
const DAY_MS = 86_400_000;

/**
 * A number as a file stores it, by the grammar of XML Schema's double: "6", "-1.5E3", ".5". Not "0x6", " 6", "6e",
 * "Infinity", "1_000" or "INF" (which Excel has no cell for), though JavaScript's Number() would read some of them.
 */
const XSD_NUMBER = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[Ee][+-]?[0-9]+)?$/;

/** The number of a cell's stored text, or undefined when it is not one. */
export function cellNumber(text: string): number | undefined {
  if (!XSD_NUMBER.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** One cell's value from its type attribute and stored text, as Excel hands it over. */
function cellValue(type: string | undefined, text: string, strings: () => string[], date1904: boolean): SheetCell {
  switch (type) {
    case "s": {
      const s = /^[0-9]{1,9}$/.test(text) ? strings()[Number(text)] : undefined;
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
    case undefined:
    case "n":
      return cellNumber(text) ?? { unreadable: UNKNOWN };
    default:
      return { unreadable: UNKNOWN };
  }
}

/**
 * The values of a worksheet's first `maxRows` rows (all rows by default), 0-based, as `sheetCells` of the exceljs
 * adaptor gives them: a row per <row> up to the last one, a cell up to the last one holding a value, a formula or a
 * style; merged-over cells empty. Rows without cells are one shared empty array, so memory follows the cells there
 * are: a reference outside Excel's grid, or cells spread far wider than they are many, is an XlsxError naming the
 * sheet.
 */
export function readSheetCells(
  file: XlsxFile,
  sheet: SheetEntry,
  maxRows = Infinity,
  pieceBytes = WORKSHEET_PIECE_BYTES,
): (readonly SheetCell[])[] {
  return readCells(file, sheet, maxRows, pieceBytes);
}

/** A whole sheet's values, and the number format kind of each cell holding a number (a percentage, a date …). */
export function readSheetTable(
  file: XlsxFile,
  sheet: SheetEntry,
  pieceBytes = WORKSHEET_PIECE_BYTES,
): { rows: (readonly SheetCell[])[]; formats: CellFormats } {
  const kinds = new Map<number, number[]>();
  const rows = readCells(file, sheet, Infinity, pieceBytes, kinds);
  return { rows, formats: (row, col) => FORMAT_KINDS[kinds.get(row)?.[col] ?? 0] ?? "number" };
}

/** `formats`, when given, receives the FORMAT_KINDS index of every number not plainly formatted, by row and column. */
function readCells(
  file: XlsxFile,
  sheet: SheetEntry,
  maxRows: number,
  pieceBytes: number,
  formats?: Map<number, number[]>,
): (readonly SheetCell[])[] {
  const part = sheet.worksheet;
  if (part === undefined) return [];
  file.worksheetTexts ??= new Map();
  const xml = file.worksheetTexts.get(part) ?? worksheetText(file, part, pieceBytes);
  if (xml === undefined) throw new XlsxError(`无法读取工作簿 ${file.path}：缺少工作表“${sheet.name}”的部件 ${part}`);
  // Kept for the whole read that follows the header rows; a whole sheet once read (up to hundreds of megabytes) is not.
  if (maxRows === Infinity) file.worksheetTexts.delete(part);
  else file.worksheetTexts.set(part, xml);
  const refuse = (what: string) => new XlsxError(`无法读取工作簿 ${file.path}：工作表“${sheet.name}”${what}`);
  return inPart(file.path, part, () =>
    cellsOf(xml, {
      maxRows: Math.min(maxRows, MAX_ROWS),
      strings: () => sharedStrings(file),
      date1904: file.date1904,
      refuse,
      ...(formats ? { formats: { kinds: formats, ofStyle: () => styleFormats(file) } } : {}),
    }),
  );
}

interface SheetReading {
  maxRows: number;
  strings: () => string[];
  date1904: boolean;
  /** The error for a sheet beyond what is read: "的单元格引用 … 超出 …" completed with the file and the sheet. */
  refuse: (what: string) => XlsxError;
  /** Where to record the format kind of numbers by row, and the kind of each cell style. */
  formats?: { kinds: Map<number, number[]>; ofStyle: () => number[] };
}

/**
 * The common cell, as Excel, WPS and exceljs write it: <c r="B3" s="2" t="s"><v>7</v></c> or <c r="B3" s="2"/>.
 * Matched whole with one sticky expression; anything else (a formula, an inline string, an entity, other
 * attributes or a prefix) is read token by token.
 */
const PLAIN_CELL = /<c r="([A-Z]{1,3})([1-9]\d{0,6})"(?: s="(\d+)")?(?: t="([a-z]+)")?(?:\/>|><v>([^<&]*)<\/v><\/c>)/y;

interface Merge {
  ref: string;
  from: { row: number; col: number };
  to: { row: number; col: number };
}

/**
 * A worksheet's XML as pieces of text, each ending after a row's end tag (the last one with the rest): a sheet of
 * hundreds of thousands of rows is more text than one JavaScript string holds (about 2^29 characters). Pieces are
 * decoded when they are read, so reading the header rows decodes only the first and the last.
 */
export interface WorksheetText {
  pieces: number;
  piece(index: number): string;
}

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
function worksheetText(file: XlsxFile, part: string, pieceBytes: number): WorksheetText | undefined {
  const entry = findEntry(file, part);
  if (!entry) return undefined;
  const whole = (): WorksheetText | undefined => {
    const text = partText(file, part);
    return text === undefined ? undefined : { pieces: 1, piece: () => text };
  };
  if (entry.size <= pieceBytes) return whole();
  const bytes = partBytes(file, part, MAX_WORKSHEET_SIZE) as Uint8Array;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // Such a sheet is read whole, within the limit on one part.
  if (utf16 || holdsMarkupDeclarations(bytes)) return whole();
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

function cellsOf(sheet: WorksheetText, reading: SheetReading): (readonly SheetCell[])[] {
  const { maxRows, strings, date1904, refuse } = reading;
  /** The rows holding cells, by 0-based row; the others are EMPTY_ROW. */
  const rows = new Map<number, SheetCell[]>();
  /** Slots of all row arrays, and the cells read: memory is kept to the cells, not their coordinates. */
  let slots = 0;
  let cellCount = 0;
  let piece = 0;
  let xml = sheet.piece(0);
  let scanner = new XmlScanner(xml, 0, [], sheet.pieces > 1);
  let row = -1;
  let col = -1;
  let type: string | undefined;
  /** The cell's style index (0: the default style). */
  let style = 0;
  let formula = false;
  /** The <v> element was there (an empty one is a formula's empty text result). */
  let hasV = false;
  let text = "";
  /** Collecting text: inside <v>, or inside a <t> of an inline string outside its phonetic runs. */
  let collect = false;
  let inSheetData = false;
  /** <sheetData>'s depth and name as written once open: where to skip to when the rows wanted are read. */
  let sheetDataDepth = 0;
  let sheetDataName = "sheetData";
  /** Rows there are, empty ones included: up to the last <row>, or the last row of a merge. */
  let rowCount = 0;
  for (;;) {
    if (inSheetData && xml.charCodeAt(scanner.offset + 1) === 99 /* c */) {
      PLAIN_CELL.lastIndex = scanner.offset;
      const m = PLAIN_CELL.exec(xml);
      if (m) {
        col = columnOf(m[1] as string);
        if (col < 0 || rowOf(m[2] as string) < 0) throw refuse(`的单元格引用 ${m[1]}${m[2]} ${BEYOND}`);
        type = m[4];
        style = m[3] === undefined ? 0 : parseInt(m[3], 10);
        formula = false;
        hasV = m[5] !== undefined;
        text = m[5] ?? "";
        store();
        scanner.seek(PLAIN_CELL.lastIndex);
        continue;
      }
    }
    const token = scanner.next();
    if (token === Token.End && piece + 1 < sheet.pieces) {
      // The next piece goes on after a row's end tag, inside the elements still open.
      xml = sheet.piece(++piece);
      scanner = new XmlScanner(xml, 0, scanner.openElements, piece + 1 < sheet.pieces);
      continue;
    }
    if (token === Token.End) break;
    if (token === Token.Text) {
      if (collect) text += scanner.text();
      continue;
    }
    const name = scanner.name;
    if (token === Token.Open) {
      if (!inSheetData) {
        if (name === "sheetData") {
          if (scanner.selfClosing) break;
          inSheetData = true;
          sheetDataDepth = scanner.depth;
          sheetDataName = scanner.qname;
        }
        continue;
      }
      if (name === "c") {
        const r = scanner.attribute("r");
        if (r === undefined) {
          // A cell without its reference follows the one before.
          col++;
          if (col >= MAX_COLS) throw refuse(`第 ${row + 1} 行的第 ${col + 1} 个单元格${BEYOND}`);
        } else {
          const at = parseRef(r);
          if (at === undefined) throw refuse(`的单元格引用 ${shown(r)} 无法读取`);
          if (at === "beyond") throw refuse(`的单元格引用 ${shown(r)} ${BEYOND}`);
          col = at.col;
        }
        const s = scanner.attribute("s");
        type = scanner.attribute("t");
        style = s === undefined ? 0 : parseInt(s, 10);
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
        if (r === undefined) {
          // A row without its number follows the one before.
          if (row + 1 >= MAX_ROWS) throw refuse(`的第 ${row + 2} 行${BEYOND}`);
          row++;
        } else if (/^[1-9][0-9]*$/.test(r)) {
          row = rowOf(r);
          if (row < 0) throw refuse(`的行号 ${shown(r)} ${BEYOND}`);
        } else {
          throw refuse(`的行号 ${shown(r)} 无法读取`);
        }
        col = -1;
        if (row >= maxRows) {
          // The rest of the cells are not wanted; the merges after them are.
          rowCount = maxRows;
          if (piece + 1 < sheet.pieces) {
            // The merges are after the rows, in the last piece.
            const open = scanner.openElements.slice(0, sheetDataDepth);
            piece = sheet.pieces - 1;
            xml = sheet.piece(piece);
            scanner = new XmlScanner(xml, 0, open);
          }
          const close = xml.lastIndexOf(`</${sheetDataName}>`);
          if (close < scanner.offset) throw new XmlError(`<${sheetDataName}> 没有结束标记`);
          scanner.skipToClose(close, sheetDataDepth);
          continue;
        }
        rowCount = Math.max(rowCount, row + 1);
      }
    } else if (name === "v" || name === "t") {
      collect = false;
    } else if (name === "c") {
      store();
    } else if (name === "sheetData") {
      break;
    }
  }

  function store(): void {
    if (row < 0) throw refuse(`的 ${columnLetter(col)} 列有单元格不在任何行（<row>）中`);
    let value: SheetCell = null;
    if (formula) {
      if (type === "str" && hasV) value = text;
      else value = text === "" ? { unreadable: NO_RESULT } : cellValue(type, text, strings, date1904);
    } else if (text !== "") {
      value = cellValue(type, type === "inlineStr" ? storedText(text) : text, strings, date1904);
    } else if (style === 0) return; // an empty cell without a style of its own
    cellCount++;
    put(row, col, value);
    if (reading.formats && style > 0 && typeof value === "number") format(reading.formats);
  }

  /** Records a number's format kind unless plain; a row's kinds are as wide as its cells, which put() bounds. */
  function format({ kinds, ofStyle }: NonNullable<SheetReading["formats"]>): void {
    const kind = ofStyle()[style] ?? 0;
    if (kind === 0) return;
    let codes = kinds.get(row);
    if (!codes) kinds.set(row, (codes = []));
    while (codes.length < col) codes.push(0);
    codes[col] = kind;
  }

  /** Whether `more` slots of row arrays stay within what the cells read allow (SPARE_SLOTS). */
  function affordable(more: number): boolean {
    return slots + more <= SPARE_SLOTS + SLOTS_PER_CELL * cellCount;
  }

  /**
   * Rows stay packed arrays (no holes): faster to fill and to read. An empty cell (formatted, or merged over) that
   * would stretch its row past what the cells allow is left out: it holds nothing to hand over.
   */
  function put(r: number, c: number, value: SheetCell): void {
    let cells = rows.get(r);
    const length = cells?.length ?? 0;
    if (c >= length) {
      const more = c + 1 - length + (cells ? 0 : ROW_SLOTS);
      if (!affordable(more)) {
        if (value === null) return;
        throw refuse(
          `的单元格过于分散（如 ${cellAddress(r, c)}）：jixiao 为空白单元格预留的内存有限，请删除表格以外远处的内容后再试`,
        );
      }
      slots += more;
      if (!cells) rows.set(r, (cells = []));
      while (cells.length < c) cells.push(null);
      cells.push(value);
    } else {
      (cells as SheetCell[])[c] = value;
    }
  }

  // Merges come after the cells.
  const merges: Merge[] = [];
  if (scanner.token !== Token.End) {
    for (let token = scanner.next(); token !== Token.End; token = scanner.next()) {
      if (token !== Token.Open || scanner.name !== "mergeCell") continue;
      const ref = scanner.attribute("ref") ?? "";
      const [first, last = first, extra] = ref.split(":");
      const from = parseRef(first ?? "");
      const to = parseRef(last ?? "");
      if (from === "beyond" || to === "beyond") throw refuse(`的合并单元格 ${shown(ref)} ${BEYOND}`);
      if (!from || !to || extra !== undefined) throw refuse(`的合并单元格 ${shown(ref)} 无法读取`);
      merges.push({
        ref,
        from: { row: Math.min(from.row, to.row), col: Math.min(from.col, to.col) },
        to: { row: Math.max(from.row, to.row), col: Math.max(from.col, to.col) },
      });
    }
  }
  mergeCells(merges);

  /**
   * Every cell of a merge but its top-left one is empty. The cells holding something are cleared (found among the
   * rows there are, so a merge of the whole sheet costs the cells it covers, not its area), and the area is filled
   * in as exceljs and Excel show it when that stays within what the cells allow.
   */
  function mergeCells(merges: readonly Merge[]): void {
    if (merges.length === 0) return;
    const present = [...rows.keys()].sort((a, b) => a - b);
    // Merges that do not overlap visit each slot once; overlapping ones could visit the sheet once per merge.
    let work = 0;
    const spend = (steps: number, ref: string) => {
      work += steps;
      if (work > SPARE_SLOTS + 2 * slots + 4 * merges.length) {
        throw refuse(`的合并单元格过多或相互重叠（如 ${shown(ref)}）`);
      }
    };
    for (const { ref, from, to } of merges) {
      const lastRow = Math.min(to.row, maxRows - 1);
      if (from.row > lastRow) continue;
      rowCount = Math.max(rowCount, lastRow + 1);
      for (let i = firstAtLeast(present, from.row); i < present.length && (present[i] as number) <= lastRow; i++) {
        const r = present[i] as number;
        const cells = rows.get(r) as SheetCell[];
        const stop = Math.min(to.col, cells.length - 1);
        spend(1 + Math.max(0, stop - from.col + 1), ref);
        for (let c = from.col; c <= stop; c++) if (r !== from.row || c !== from.col) cells[c] = null;
      }
      const area = (lastRow - from.row + 1) * (to.col + 1 + ROW_SLOTS);
      if (!affordable(area)) continue;
      spend(lastRow - from.row + 1, ref);
      for (let r = from.row; r <= lastRow; r++) {
        const cells = rows.get(r);
        if (!cells || cells.length <= to.col) put(r, to.col, cells?.[to.col] ?? null);
      }
    }
  }

  const out: (readonly SheetCell[])[] = [];
  let length = rowCount;
  for (const r of rows.keys()) length = Math.max(length, r + 1);
  for (let r = 0; r < length; r++) out.push(rows.get(r) ?? EMPTY_ROW);
  return out;
}

/** The index of the first of sorted numbers that is at least `value`. */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
