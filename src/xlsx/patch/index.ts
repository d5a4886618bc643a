/**
 * Writing result sheets into an .xlsx by patching its zip: every part the tool does not write is copied byte for
 * byte (charts, pivot tables, macros and all); the tool writes its own worksheet parts from the grids the add-in
 * writes, adds their styles to styles.xml, and names them in the workbook, its relationships and content types.
 * Bytes in, bytes out: the caller reads and writes the file.
 */
import { areaAddress, Grid, ResultSheet, ToolSheet as SheetMark } from "../../workbook";
import { utf8 } from "../bytes";
import { XlsxError } from "../errors";
import { dirname, joinPart, relativePart } from "../partName";
import {
  contentTypeOf,
  findEntry,
  hasMarker,
  inPart,
  isRelType,
  partText,
  relationshipsOf,
  relsPartOf,
  SheetEntry,
  sheetNamed,
  XlsxFile,
  XmlPart,
} from "../read";
import { child, escapeAttribute, escapeText, parseXml, prefixOf, splice, XmlElement } from "../xml";
import { OutEntry, writeZip, ZipError } from "../zip";
import {
  DECLARATION,
  MACRO_WORKBOOK_CT,
  MAIN_NS,
  REL_NS,
  REL_TYPE,
  STYLES_CT,
  WORKBOOK_CT,
  WORKSHEET_CT,
} from "./names";
import { AffectedSheet, checkDependents } from "./dependents";
import { refersTo } from "./references";
import { EMPTY_STYLES, Styles } from "./styles";
import { worksheetXml } from "./worksheet";

export { worksheetXml } from "./worksheet";

/** A sheet the tool writes (tab name, marker name, grid) and one by its marks alone: the workbook layer's types. */
export type { ResultSheet, SheetMark };

export interface PatchOptions {
  /**
   * Result sheets this run does not write (the 附加得分表 when nobody claimed a bonus item): the tool's own sheet of
   * that name, marked, is removed with its marker; a sheet of that name without the marker stays as it is.
   */
  remove?: readonly SheetMark[];
  /** Filled in with what the patch did besides writing the sheets, for the command to tell the user. */
  report?: PatchReport;
}

/** What a patch removed or moved besides the sheets it wrote. */
export interface PatchReport {
  /** The tool's old sheets removed. */
  removedSheets: string[];
  /** Names someone defined that pointed into a rewritten or removed sheet, dropped. */
  droppedNames: string[];
  /** Print settings of a rewritten sheet moved onto its new region ("得分表 的打印区域"). */
  repointedNames: string[];
}

/** Whether the workbook holds macros (VBA or macro sheets): its output must then be an .xlsm to open in Excel. */
export function holdsMacros(file: XlsxFile): boolean {
  return /macroEnabled/i.test(file.workbookContentType);
}

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
  written: Map<string, string | Uint8Array>;
  /** Relationships added to, and removed from, the workbook's. */
  newRels: string[];
  removedRels: XmlElement[];
  newOverrides: string[];
  /** Relationships no longer followed: all of a replaced sheet's, and the workbook's to calcChain. */
  cut: { source: string; target?: string }[];
}

/** The tabs a patch touches, by their index in the tab order (which localSheetId and activeTab count). */
interface TabPlan {
  replaced: { entry: SheetEntry; index: number; sheet: ResultSheet }[];
  removed: { entry: SheetEntry; index: number }[];
  /** The markers taken out of the names: the written sheets' (written again) and the removed ones'. */
  markers: Set<string>;
}

function planTabs(file: XlsxFile, sheets: readonly ResultSheet[], remove: readonly SheetMark[]): TabPlan {
  const plan: TabPlan = { replaced: [], removed: [], markers: new Set(sheets.map((s) => s.marker)) };
  for (const sheet of sheets) {
    const old = sheetNamed(file, sheet.name);
    if (old && old.worksheet === undefined) throw new Error(`bug: ${sheet.name} is not a worksheet`);
    if (old) plan.replaced.push({ entry: old, index: file.sheets.indexOf(old), sheet });
  }
  const written = new Set(sheets.map((s) => s.name.toLowerCase()));
  for (const mark of remove) {
    if (written.has(mark.name.toLowerCase())) continue;
    plan.markers.add(mark.marker);
    const old = sheetNamed(file, mark.name);
    if (old?.worksheet !== undefined && hasMarker(file, mark.marker, old.name)) {
      plan.removed.push({ entry: old, index: file.sheets.indexOf(old) });
    }
  }
  return plan;
}

/**
 * The workbook with the result sheets written: each replaces the tool's own sheet of that name in its tab, or is
 * added as the last tab; the tool's sheets named in `options.remove` go. Returns the bytes of the new file. The
 * caller has checked that an existing sheet of a written name is the tool's. Refuses (XlsxError) when something
 * else depends on a sheet it rewrites or removes: a table, pivot table, slicer or timeline (see checkDependents).
 */
export function patchWorkbook(file: XlsxFile, sheets: readonly ResultSheet[], options: PatchOptions = {}): Uint8Array {
  if (!Object.values(file.workbook.root.attributes).includes(MAIN_NS)) {
    throw new XlsxError(
      `无法写入 ${file.path}：这是严格（Strict）Open XML 格式的工作簿，请在 Excel 中另存为普通的 Excel 工作簿（.xlsx）后再试`,
    );
  }
  const report = options.report ?? { removedSheets: [], droppedNames: [], repointedNames: [] };
  const plan = planTabs(file, sheets, options.remove ?? []);
  const affected: AffectedSheet[] = [
    ...plan.replaced.map((r) => ({ entry: r.entry, removed: false })),
    ...plan.removed.map((r) => ({ entry: r.entry, removed: true })),
  ];
  checkDependents(file, affected, file.definedNames);

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
  const workbookDir = dirname(file.workbook.part);
  const stylesRel = file.relationships.find((r) => isRelType(r, "styles"));
  const stylesPart = stylesRel?.part ?? joinPart(workbookDir, "styles.xml");
  const stylesXml = partText(file, stylesPart);
  const styles = inPart(file.path, stylesPart, () => new Styles(stylesXml ?? EMPTY_STYLES));

  const newTabs = writeSheets(file, sheets, plan, styles, changes, newRelId);
  // A removed sheet's part, and what it alone reached (its notes, drawings), go with its relationship.
  for (const { entry } of plan.removed) {
    const rel = file.relationships.find((r) => r.id === entry.relId);
    if (rel) changes.removedRels.push(rel.element);
    changes.cut.push({ source: file.workbook.part, target: entry.worksheet });
    report.removedSheets.push(entry.name);
  }
  changes.written.set(file.workbook.part, workbookText(file, sheets, newTabs, plan, report));

  // calcChain lists the formula cells of the replaced sheets: Excel rebuilds it when it is gone.
  const calcChain = file.relationships.find((r) => isRelType(r, "calcChain"));
  if (changes.cut.length > 0 && calcChain?.part !== undefined) {
    changes.removedRels.push(calcChain.element);
    changes.cut.push({ source: file.workbook.part, target: calcChain.part });
  }

  if (styles.changed) {
    changes.written.set(stylesPart, styles.text());
    if (!stylesRel) {
      const target = escapeAttribute(relativePart(workbookDir, stylesPart));
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
  plan: TabPlan,
  styles: Styles,
  changes: Changes,
  newRelId: () => string,
): string[] {
  const workbook = file.workbook.root;
  const workbookDir = dirname(file.workbook.part);
  const partTaken = (name: string) => findEntry(file, name) !== undefined || changes.written.has(name);
  let nextSheetId = Math.max(0, ...file.sheets.map((s) => (Number.isFinite(s.sheetId) ? s.sheetId : 0))) + 1;
  const tabs: string[] = [];
  for (const sheet of sheets) {
    const old = plan.replaced.find((r) => r.sheet === sheet)?.entry;
    if (old?.worksheet !== undefined) {
      // The tab stays selected if it was (the sheet view is the sheet's own).
      const oldXml = partText(file, old.worksheet) ?? "";
      const views = oldXml.slice(0, Math.max(0, oldXml.indexOf("sheetData")));
      const selected = /\btabSelected\s*=\s*["'](1|true)["']/.test(views);
      changes.written.set(old.worksheet, worksheetXml(sheet.grid, styles, selected));
      changes.cut.push({ source: old.worksheet });
      continue;
    }
    const part = unused(partTaken, (n) => joinPart(workbookDir, "worksheets", `sheet${n}.xml`));
    const id = newRelId();
    changes.written.set(part, worksheetXml(sheet.grid, styles));
    const target = escapeAttribute(relativePart(workbookDir, part));
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

type Edit = { start: number; end: number; text: string };

const isHidden = (element: XmlElement) => /^(1|true)$/.test(element.attributes.hidden ?? "");

/** "'得分表'!$1:$2": whole rows of a sheet, for print titles. */
function rowsRange(sheet: string, rows: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$1:$${rows}`;
}

/**
 * The defined names, with the ones a rewrite or removal leaves stale taken care of:
 * - the tool's markers go (the written sheets' are added again);
 * - names local to a removed sheet, or referring to a rewritten or removed one, go;
 * - of the names local to a rewritten sheet, its print area is moved onto the new region and its print titles onto
 *   the new header rows (both clearly what they were for); the rest (the filter range, the user's own names) go;
 * - the others keep their text, their localSheetId (a tab index) shifted past the removed tabs.
 */
function nameEdits(file: XlsxFile, plan: TabPlan, report: PatchReport): Edit[] {
  const xml = file.workbook.xml;
  const edits: Edit[] = [];
  const replacedAt = new Map(plan.replaced.map((r) => [r.index, r]));
  const removedAt = new Set(plan.removed.map((r) => r.index));
  const affected = new Set([...plan.replaced, ...plan.removed].map((r) => r.entry.name.toLowerCase()));
  const shift = (index: number) => index - plan.removed.filter((r) => r.index < index).length;
  for (const n of file.definedNames) {
    const element = n.element;
    const drop = () => {
      edits.push({ start: element.start, end: element.end, text: "" });
      if (!n.name.toLowerCase().startsWith("_xlnm.") && !isHidden(element)) report.droppedNames.push(n.name);
    };
    if (plan.markers.has(n.name)) {
      edits.push({ start: element.start, end: element.end, text: "" });
      continue;
    }
    const local = n.localSheetId;
    if (local !== undefined && removedAt.has(local)) {
      drop();
      continue;
    }
    let text: string | undefined;
    const replaced = local === undefined ? undefined : replacedAt.get(local);
    if (replaced) {
      const key = n.name.toLowerCase();
      const { name, grid } = replaced.sheet;
      if (key === "_xlnm.print_area") {
        text = markerRange(name, grid);
        report.repointedNames.push(`“${name}”的打印区域`);
      } else if (key === "_xlnm.print_titles" && grid.frozenRows > 0) {
        text = rowsRange(name, grid.frozenRows);
        report.repointedNames.push(`“${name}”的打印标题`);
      } else {
        drop();
        continue;
      }
    } else if (refersTo(n.text, affected)) {
      drop();
      continue;
    }
    const moved = local === undefined ? undefined : shift(local);
    if (text === undefined && moved === local) continue;
    let open = xml.slice(element.start, element.contentStart);
    if (moved !== local) open = withAttribute(open, "localSheetId", String(moved));
    const selfClosing = element.contentStart === element.end;
    if (selfClosing) open = open.replace(/\s*\/>$/, ">");
    const content = text !== undefined ? escapeText(text) : xml.slice(element.contentStart, element.contentEnd);
    const close = selfClosing ? `</${element.qname}>` : xml.slice(element.contentEnd, element.end);
    edits.push({ start: element.start, end: element.end, text: `${open}${content}${close}` });
  }
  return edits;
}

/**
 * The workbook views kept on tabs that exist: activeTab and firstSheet are tab indexes, shifted past the removed
 * tabs; a removed active tab hands over to the next visible one (or the one before). A custom view's active sheet
 * (a sheetId) that was removed becomes the first visible sheet.
 */
function viewEdits(file: XlsxFile, plan: TabPlan, newTabs: number): Edit[] {
  if (plan.removed.length === 0) return [];
  const xml = file.workbook.xml;
  const edits: Edit[] = [];
  const removedAt = new Set(plan.removed.map((r) => r.index));
  const visible = [
    ...file.sheets
      .filter((_, i) => !removedAt.has(i))
      .map((s) => !/^(hidden|veryHidden)$/.test(s.element.attributes.state ?? "")),
    ...Array<boolean>(newTabs).fill(true),
  ];
  const count = visible.length;
  /** The new index of tab `index`, or of the tab that takes its place when it is removed. */
  const moved = (index: number) =>
    Math.max(0, Math.min(count - 1, index - plan.removed.filter((r) => r.index < index).length));
  const nearestVisible = (index: number) => {
    for (let d = 0; d < count; d++) {
      if (visible[index + d]) return index + d;
      if (visible[index - d]) return index - d;
    }
    return index;
  };
  const set = (element: XmlElement, attributes: Record<string, string | undefined>) => {
    let tag = xml.slice(element.start, element.contentStart);
    const before = tag;
    for (const [name, value] of Object.entries(attributes)) {
      if (value !== undefined) tag = withAttribute(tag, name, value);
    }
    if (tag !== before) edits.push({ start: element.start, end: element.contentStart, text: tag });
  };

  for (const view of child(file.workbook.root, "bookViews")?.children ?? []) {
    if (view.name !== "workbookView") continue;
    const active = Number(view.attributes.activeTab ?? 0);
    const first = Number(view.attributes.firstSheet ?? 0);
    const newActive = Number.isInteger(active)
      ? removedAt.has(active)
        ? nearestVisible(moved(active))
        : moved(active)
      : undefined;
    const newFirst = Number.isInteger(first) ? moved(first) : undefined;
    set(view, {
      activeTab: newActive !== undefined && newActive !== active ? String(newActive) : undefined,
      firstSheet: newFirst !== undefined && newFirst !== first ? String(newFirst) : undefined,
    });
  }
  const removedIds = new Set(plan.removed.map((r) => String(r.entry.sheetId)));
  const firstVisible = file.sheets.find(
    (s, i) => !removedAt.has(i) && !/^(hidden|veryHidden)$/.test(s.element.attributes.state ?? ""),
  );
  for (const view of child(file.workbook.root, "customWorkbookViews")?.children ?? []) {
    if (view.name !== "customWorkbookView" || !removedIds.has(view.attributes.activeSheetId ?? "")) continue;
    if (firstVisible) set(view, { activeSheetId: String(firstVisible.sheetId) });
  }
  return edits;
}

/**
 * workbook.xml with the removed tabs gone, the new tabs last, the names and views kept right, the markers over the
 * regions written, and recalculation on opening.
 */
function workbookText(
  file: XlsxFile,
  sheets: readonly ResultSheet[],
  newTabs: readonly string[],
  plan: TabPlan,
  report: PatchReport,
): string {
  const workbook = file.workbook.root;
  const w = prefixOf(workbook);
  const edits: Edit[] = [];
  const sheetsElement = workbook.children.find((c) => c.name === "sheets");
  if (!sheetsElement || sheetsElement.contentStart === sheetsElement.end) {
    throw new Error("bug: a workbook without sheets");
  }
  for (const { entry } of plan.removed) edits.push({ start: entry.element.start, end: entry.element.end, text: "" });
  if (newTabs.length > 0) {
    edits.push({ start: sheetsElement.contentEnd, end: sheetsElement.contentEnd, text: newTabs.join("") });
  }
  edits.push(...viewEdits(file, plan, newTabs.length));

  // The markers replace the old ones.
  const names = sheets
    .map(
      (s) =>
        `<${w}definedName name="${escapeAttribute(s.marker)}">${escapeText(markerRange(s.name, s.grid))}</${w}definedName>`,
    )
    .join("");
  const definedNames = workbook.children.find((c) => c.name === "definedNames");
  if (definedNames && definedNames.contentStart !== definedNames.end) {
    edits.push(...nameEdits(file, plan, report));
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
function zipOf(file: XlsxFile, written: ReadonlyMap<string, string | Uint8Array>, dropped: Set<string>): Uint8Array {
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
    return writeZip(file.bytes, entries, file.codec);
  } catch (e) {
    if (e instanceof ZipError) throw new XlsxError(`无法写入：${e.message}`);
    throw e;
  }
}

function toBytes(content: string | Uint8Array): Uint8Array {
  return typeof content === "string" ? utf8(content) : content;
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
