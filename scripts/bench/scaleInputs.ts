/**
 * The input files of the bench group "scale" (and of the large-input test): synthetic units of a scheme as a JSON
 * input file and as an .xlsx input sheet laid out as `jixiao template` lays it out. Both are written piece by piece:
 * 200,000 units of changning-2023 make a worksheet of more than 500 million characters, more than one JavaScript
 * string holds, so the sheet goes to the zip as bytes, a row at a time, with its text in a shared-string table as
 * Excel writes it, and every cell bordered as in the template (about 3 KB of XML a unit for changning-2023).
 */
import { closeSync, openSync, writeFileSync, writeSync } from "fs";
import { join } from "path";
import { inputColumns, Scheme, UnitInput } from "../../src/engine";
import { nodeCodec } from "../../src/cli/xlsxFile";
import { columnLetter, inputSheetGrid } from "../../src/workbook";
import { writeZip } from "../../src/xlsx/zip";
import { syntheticUnits, typedValue } from "./synthetic";

/** Writes `{"units": [...]}` one unit a line, without holding the whole text. */
export function writeUnitsJson(path: string, units: readonly UnitInput[]): void {
  const fd = openSync(path, "w");
  try {
    writeSync(fd, '{"units": [\n');
    const batch: string[] = [];
    const flush = () => {
      if (batch.length > 0) writeSync(fd, batch.join(""));
      batch.length = 0;
    };
    units.forEach((unit, i) => {
      batch.push(`${JSON.stringify(unit)}${i + 1 < units.length ? "," : ""}\n`);
      if (batch.length >= 1000) flush();
    });
    flush();
    writeSync(fd, "]}\n");
  } finally {
    closeSync(fd);
  }
}

const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
  "</Types>";
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  "</Relationships>";
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="录入表" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
  "</Relationships>";
const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/**
 * An input workbook of `units`: one sheet 录入表 with the template's title, key and header rows, then a row per unit;
 * text cells through the shared-string table, numbers as numbers, as Excel saves a sheet a clerk filled in.
 */
export function writeUnitsXlsx(path: string, scheme: Scheme, units: readonly UnitInput[]): void {
  const layout = inputSheetGrid(scheme, []);
  const columns = inputColumns(scheme);
  const letters = Array.from({ length: columns.length + 1 }, (_, c) => columnLetter(c));
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (text: string) => {
    let i = stringIndex.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      stringIndex.set(text, i);
    }
    return i;
  };
  // Every cell of the table bordered, as the template lays it out: style 1, blank cells included.
  const cell = (ref: string, value: string | number | null): string => {
    if (value === null || value === "") return `<c r="${ref}" s="1"/>`;
    if (typeof value === "number") return `<c r="${ref}" s="1"><v>${value}</v></c>`;
    return `<c r="${ref}" s="1" t="s"><v>${shared(value)}</v></c>`;
  };

  const parts: Buffer[] = [];
  let pending = "";
  const emit = (text: string) => {
    pending += text;
    if (pending.length > 1 << 20) {
      parts.push(Buffer.from(pending, "utf8"));
      pending = "";
    }
  };
  emit(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      "<sheetData>",
  );
  layout.grid.cells.forEach((row, r) => {
    const body = row.map((c, col) => cell(`${letters[col]}${r + 1}`, c.value === null ? null : String(c.value)));
    emit(`<row r="${r + 1}">${body.join("")}</row>`);
  });
  units.forEach((unit, u) => {
    const r = layout.firstUnitRow + u + 1;
    let body = cell(`A${r}`, unit.name);
    columns.forEach((column, c) => (body += cell(`${letters[c + 1]}${r}`, typedValue(unit, column))));
    emit(`<row r="${r}">${body}</row>`);
  });
  const lastCol = letters[columns.length] as string;
  emit(`</sheetData><mergeCells count="1"><mergeCell ref="A1:${lastCol}1"/></mergeCells></worksheet>`);
  parts.push(Buffer.from(pending, "utf8"));
  const sheet = Buffer.concat(parts);
  parts.length = 0;

  const sst = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">`,
    ...strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`),
    "</sst>",
  ].join("");
  const text = (s: string) => Buffer.from(s, "utf8");
  const zip = writeZip(
    new Uint8Array(0),
    [
      { name: "[Content_Types].xml", data: text(CONTENT_TYPES) },
      { name: "_rels/.rels", data: text(ROOT_RELS) },
      { name: "xl/workbook.xml", data: text(WORKBOOK) },
      { name: "xl/_rels/workbook.xml.rels", data: text(WORKBOOK_RELS) },
      { name: "xl/styles.xml", data: text(STYLES) },
      { name: "xl/sharedStrings.xml", data: text(sst) },
      { name: "xl/worksheets/sheet1.xml", data: sheet },
    ],
    nodeCodec,
  );
  writeFileSync(path, zip);
}

export interface ScaleFiles {
  /** The later sheet (JSON and .xlsx) and an earlier one with the same names and other inputs (JSON). */
  json: string;
  xlsx: string;
  before: string;
}

/** Writes the three input files for `count` units under `dir`. */
export function writeScaleInputs(dir: string, scheme: Scheme, count: number): ScaleFiles {
  const files = {
    json: join(dir, `units-${count}.json`),
    xlsx: join(dir, `units-${count}.xlsx`),
    before: join(dir, `units-${count}-before.json`),
  };
  const after = syntheticUnits(scheme, count);
  writeUnitsJson(files.json, after);
  writeUnitsXlsx(files.xlsx, scheme, after);
  writeUnitsJson(files.before, syntheticUnits(scheme, count, 2025));
  return files;
}
