/**
 * Excel's structural rules for a package, checked from outside the code under test: the parts are parsed by saxes (a
 * strict, namespace-aware XML parser that exceljs brings along), not by src/xlsx/xml.ts. Each rule broken is one
 * line naming the part, so a failing test says what Excel would have to repair.
 */
import { SaxesParser } from "saxes";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

export interface Node {
  uri: string;
  local: string;
  /** Attributes by qualified name as written ("r:id"), values decoded. */
  attributes: Record<string, string>;
  /** The namespace of each attribute by qualified name. */
  attributeUris: Record<string, string>;
  children: Node[];
  text: string;
}

/** The root element of an XML text; throws on anything a conforming parser rejects. */
export function parseStrict(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Node[] = [];
  let root: Node | undefined;
  let failure: Error | undefined;
  parser.on("error", (e) => {
    failure ??= e;
  });
  parser.on("opentag", (tag) => {
    const node: Node = {
      uri: tag.uri ?? "",
      local: tag.local ?? tag.name,
      attributes: {},
      attributeUris: {},
      children: [],
      text: "",
    };
    for (const [qname, a] of Object.entries(tag.attributes)) {
      const attribute = a as { value: string; uri?: string };
      node.attributes[qname] = attribute.value;
      node.attributeUris[qname] = attribute.uri ?? "";
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on("cdata", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.write(xml).close();
  if (failure) throw failure;
  if (!root) throw new Error("no root element");
  return root;
}

/** The value of an attribute by namespace and local name (r:id whatever its prefix). */
export function attr(node: Node, local: string, uri = ""): string | undefined {
  for (const [qname, value] of Object.entries(node.attributes)) {
    const colon = qname.indexOf(":");
    const name = colon < 0 ? qname : qname.slice(colon + 1);
    if (name === local && (node.attributeUris[qname] ?? "") === uri && !qname.startsWith("xmlns")) return value;
  }
  return undefined;
}

export function kids(node: Node | undefined, local: string, uri = MAIN_NS): Node[] {
  return (node?.children ?? []).filter((c) => c.local === local && c.uri === uri);
}

/** Cell reference → 1-based row and column ("AB12" → 12, 28). */
export function cellPosition(ref: string): { row: number; col: number } | undefined {
  const m = /^([A-Z]{1,3})([1-9]\d*)$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1] as string) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** 1-based row and column → "AB12". */
function refOf(row: number, col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

function dirname(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash);
}

function resolvePart(from: string, target: string): string {
  const path = target.split("#")[0] as string;
  const out: string[] = [];
  const joined = path.startsWith("/") ? path : `${from}/${path}`;
  for (const segment of joined.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(decodeURIComponent(segment));
  }
  return out.join("/");
}

/** The part a relationships part describes: "xl/_rels/workbook.xml.rels" → "xl/workbook.xml"; "" for the package. */
function sourceOf(relsPart: string): string {
  const dir = dirname(dirname(relsPart));
  const name = relsPart.slice(relsPart.lastIndexOf("/") + 1).replace(/\.rels$/, "");
  return dir === "" ? name : `${dir}/${name}`;
}

export function relsPartOf(part: string): string {
  const dir = dirname(part);
  const name = part.slice(part.lastIndexOf("/") + 1);
  return dir === "" ? `_rels/${name}.rels` : `${dir}/_rels/${name}.rels`;
}

export interface Rel {
  id: string;
  type: string;
  target: string;
  /** The part it points at (lower case), or undefined when external. */
  part: string | undefined;
}

/** The relationships of a part, from its .rels part if there is one. */
export function relsOf(parts: ReadonlyMap<string, string>, source: string): Rel[] {
  const xml = parts.get(relsPartOf(source).toLowerCase());
  if (xml === undefined) return [];
  return kids(parseStrict(xml), "Relationship", PKG_NS).map((r) => ({
    id: attr(r, "Id") ?? "",
    type: attr(r, "Type") ?? "",
    target: attr(r, "Target") ?? "",
    part:
      attr(r, "TargetMode") === "External"
        ? undefined
        : resolvePart(dirname(source), attr(r, "Target") ?? "").toLowerCase(),
  }));
}

/** CT_Workbook's children in schema order (the main namespace only: mc: and xr: elements are skipped). */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
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

/** CT_Worksheet's children in schema order. */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** CT_Stylesheet's children in schema order. */
const STYLES_ORDER = [
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

/** Children of the main namespace in schema order, each at most once. */
function orderProblems(where: string, node: Node, order: readonly string[]): string[] {
  const names = node.children.filter((c) => c.uri === MAIN_NS).map((c) => c.local);
  const problems: string[] = [];
  let last = -1;
  for (const name of names) {
    const at = order.indexOf(name);
    if (at < 0) problems.push(`${where}: unknown child <${name}>`);
    else if (at <= last && name !== "conditionalFormatting") {
      problems.push(`${where}: <${name}> out of order or repeated (${names.join(",")})`);
    }
    last = Math.max(last, at);
  }
  return problems;
}

/** Number formats Excel knows by id without a <numFmt> (0–49, and the East Asian ids up to 163 it accepts). */
const BUILTIN_FORMAT_MAX = 163;

/**
 * Every structural rule below broken by the package `parts` (part name → text of each XML part; binary parts as
 * undefined). `written` names (lower case) the worksheet parts the tool wrote, whose element order is checked too.
 */
export function structuralProblems(
  parts: ReadonlyMap<string, string | undefined>,
  written: readonly string[],
): string[] {
  const problems: string[] = [];
  const names = [...parts.keys()].filter((n) => !n.endsWith("/"));
  const exists = new Set(names.map((n) => n.toLowerCase()));
  const xml = new Map<string, string>();
  for (const [name, text] of parts) if (text !== undefined) xml.set(name.toLowerCase(), text);

  // Every part is well-formed XML to a conforming parser.
  for (const [name, text] of xml) {
    try {
      parseStrict(text);
    } catch (e) {
      problems.push(`${name}: not well-formed (${(e as Error).message})`);
    }
  }
  if (problems.length > 0) return problems;

  // Content types: each part has one, no Override names a missing part.
  const types = parseStrict(xml.get("[content_types].xml") ?? "");
  const defaults = new Set(kids(types, "Default", TYPES_NS).map((d) => (attr(d, "Extension") ?? "").toLowerCase()));
  const overrides = kids(types, "Override", TYPES_NS).map((o) => (attr(o, "PartName") ?? "").toLowerCase());
  const overridden = new Set<string>();
  for (const o of overrides) {
    const part = o.replace(/^\//, "");
    if (overridden.has(part)) problems.push(`[Content_Types].xml: two Overrides for /${part}`);
    overridden.add(part);
    if (!exists.has(part)) problems.push(`[Content_Types].xml: Override for missing part /${part}`);
  }
  for (const name of names) {
    if (name === "[Content_Types].xml") continue;
    const key = name.toLowerCase();
    const extension = key.includes(".") ? key.slice(key.lastIndexOf(".") + 1) : "";
    if (!overridden.has(key) && !defaults.has(extension)) problems.push(`${name}: no content type`);
  }

  // Relationships: unique ids within each part, every internal target present.
  for (const name of names.filter((n) => n.toLowerCase().endsWith(".rels"))) {
    const source = sourceOf(name);
    const rels = relsOf(xml, source);
    const ids = new Set<string>();
    for (const rel of rels) {
      if (ids.has(rel.id)) problems.push(`${name}: duplicate Id ${rel.id}`);
      ids.add(rel.id);
      if (rel.part !== undefined && !exists.has(rel.part)) problems.push(`${name}: ${rel.id} → missing ${rel.target}`);
    }
  }

  // The workbook: its sheets, names and element order.
  const officeDocument = relsOf(xml, "").find((r) => r.type.endsWith("/officeDocument"))?.part;
  const workbookText = officeDocument === undefined ? undefined : xml.get(officeDocument);
  if (officeDocument === undefined || workbookText === undefined) return [...problems, "no workbook part"];
  const workbook = parseStrict(workbookText);
  problems.push(...orderProblems(officeDocument, workbook, WORKBOOK_ORDER));
  const workbookRels = relsOf(xml, officeDocument);
  const sheets = kids(kids(workbook, "sheets")[0], "sheet");
  const sheetIds = new Set<string>();
  const sheetNames = new Set<string>();
  const partOfSheetId = new Map<string, string>();
  for (const sheet of sheets) {
    const id = attr(sheet, "sheetId") ?? "";
    const name = (attr(sheet, "name") ?? "").toLowerCase();
    if (!/^[1-9]\d*$/.test(id)) problems.push(`${officeDocument}: sheetId "${id}"`);
    if (sheetIds.has(id)) problems.push(`${officeDocument}: duplicate sheetId ${id}`);
    if (sheetNames.has(name)) problems.push(`${officeDocument}: duplicate sheet name ${name}`);
    sheetIds.add(id);
    sheetNames.add(name);
    const rel = workbookRels.find((r) => r.id === attr(sheet, "id", REL_NS));
    if (!rel?.part) problems.push(`${officeDocument}: sheet ${name} has no relationship`);
    else partOfSheetId.set(id, rel.part);
  }
  const scopes = new Set<string>();
  for (const name of kids(kids(workbook, "definedNames")[0], "definedName")) {
    const local = attr(name, "localSheetId");
    if (local !== undefined && !(/^\d+$/.test(local) && Number(local) < sheets.length)) {
      problems.push(`${officeDocument}: definedName ${attr(name, "name")} localSheetId ${local} of ${sheets.length}`);
    }
    const key = `${(attr(name, "name") ?? "").toLowerCase()}@${local ?? ""}`;
    if (scopes.has(key)) problems.push(`${officeDocument}: definedName ${key} twice in one scope`);
    scopes.add(key);
  }

  // Styles: collections in order, counts right, each cell format pointing at entries that exist.
  const stylesPart = workbookRels.find((r) => r.type.endsWith("/styles"))?.part;
  const styles = stylesPart === undefined ? undefined : parseStrict(xml.get(stylesPart) ?? "");
  let xfCount = 1;
  if (styles && stylesPart) {
    problems.push(...orderProblems(stylesPart, styles, STYLES_ORDER));
    const collection = (n: string) => kids(styles, n)[0];
    for (const n of ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"]) {
      const c = collection(n);
      const count = c && attr(c, "count");
      if (c && count !== undefined && Number(count) !== c.children.length) {
        problems.push(`${stylesPart}: <${n} count="${count}"> holds ${c.children.length}`);
      }
    }
    const size = (n: string) => collection(n)?.children.length ?? 0;
    const formats = new Set(kids(collection("numFmts"), "numFmt").map((f) => Number(attr(f, "numFmtId"))));
    const cellXfs = kids(collection("cellXfs"), "xf");
    xfCount = cellXfs.length;
    cellXfs.forEach((xf, i) => {
      const check = (a: string, limit: number) => {
        const v = attr(xf, a);
        if (v !== undefined && !(Number(v) >= 0 && Number(v) < limit)) {
          problems.push(`${stylesPart}: cellXfs[${i}] ${a}=${v} of ${limit}`);
        }
      };
      check("fontId", size("fonts"));
      check("fillId", size("fills"));
      check("borderId", size("borders"));
      check("xfId", size("cellStyleXfs"));
      const numFmtId = Number(attr(xf, "numFmtId") ?? 0);
      if (numFmtId > BUILTIN_FORMAT_MAX && !formats.has(numFmtId)) {
        problems.push(`${stylesPart}: cellXfs[${i}] numFmtId ${numFmtId} not defined`);
      }
    });
  }

  // Worksheets: rows and cells in order, style indexes within cellXfs; the tool's own in schema order.
  const formulaCells = new Map<string, Set<string>>();
  for (const sheetPart of new Set(
    workbookRels.filter((r) => r.type.endsWith("/worksheet") && r.part).map((r) => r.part as string),
  )) {
    const text = xml.get(sheetPart);
    if (text === undefined) continue;
    const sheet = parseStrict(text);
    if (written.includes(sheetPart)) problems.push(...orderProblems(sheetPart, sheet, WORKSHEET_ORDER));
    const formulas = new Set<string>();
    formulaCells.set(sheetPart, formulas);
    let lastRow = 0;
    for (const row of kids(kids(sheet, "sheetData")[0], "row")) {
      const r = Number(attr(row, "r") ?? lastRow + 1);
      if (!(r > lastRow)) problems.push(`${sheetPart}: row ${r} after row ${lastRow}`);
      lastRow = r;
      let lastCol = 0;
      for (const c of kids(row, "c")) {
        const ref = attr(c, "r");
        const position = ref === undefined ? { row: r, col: lastCol + 1 } : cellPosition(ref);
        if (!position || position.row !== r) problems.push(`${sheetPart}: cell ${ref} in row ${r}`);
        else if (!(position.col > lastCol)) problems.push(`${sheetPart}: cell ${ref} after column ${lastCol}`);
        lastCol = position?.col ?? lastCol;
        const s = attr(c, "s");
        if (s !== undefined && !(/^\d+$/.test(s) && Number(s) < xfCount)) {
          problems.push(`${sheetPart}: cell ${ref} s=${s} of ${xfCount} cellXfs`);
        }
        for (const f of kids(c, "f")) {
          if (ref !== undefined) formulas.add(ref);
          // Every cell of an array formula's range is a formula cell, though only the first holds <f>.
          const range = attr(f, "t") === "array" ? attr(f, "ref") : undefined;
          const [from, to] = (range ?? "").split(":").map(cellPosition);
          if (from && to) {
            for (let y = from.row; y <= to.row; y++) for (let x = from.col; x <= to.col; x++) formulas.add(refOf(y, x));
          }
        }
      }
    }
  }

  // calcChain: each cell it lists holds a formula, on a sheet that exists.
  const calcChainPart = workbookRels.find((r) => r.type.endsWith("/calcChain"))?.part;
  if (calcChainPart !== undefined && xml.has(calcChainPart)) {
    let sheetId = "";
    for (const c of kids(parseStrict(xml.get(calcChainPart) ?? ""), "c")) {
      sheetId = attr(c, "i") ?? sheetId;
      const part = partOfSheetId.get(sheetId);
      const ref = attr(c, "r") ?? "";
      if (part === undefined) problems.push(`${calcChainPart}: ${ref} on sheetId ${sheetId}, no such sheet`);
      else if (!formulaCells.get(part)?.has(ref)) problems.push(`${calcChainPart}: ${ref} of ${part} holds no formula`);
    }
  }
  return problems;
}
