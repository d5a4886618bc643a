/**
 * How cells are spelled in files and in messages: sheet-qualified cell references for problems, formulas as a file
 * stores them, and the _xHHHH_ escapes of spreadsheet text. Shared by the exceljs adaptor and the zip reader and
 * writer, and free of both.
 */
import { cellAddress, sheetReference } from "../workbook";

/** "输入!C5", quoting a sheet name the way Excel does when it is not a plain word ('my sheet'!C5). */
export function cellRef(sheet: string, row: number, col: number, toRow?: number, toCol?: number): string {
  const name = sheetReference(sheet);
  const range =
    toRow !== undefined && toCol !== undefined && (toRow !== row || toCol !== col)
      ? `${cellAddress(row, col)}:${cellAddress(toRow, toCol)}`
      : cellAddress(row, col);
  return `${name}!${range}`;
}

/** Functions added after Excel 2007: a file must name them with the _xlfn. prefix or spreadsheets show #NAME?. */
const NEWER_FUNCTIONS = [
  "RANK.EQ",
  "RANK.AVG",
  "STDEV.S",
  "STDEV.P",
  "VAR.S",
  "VAR.P",
  "PERCENTILE.INC",
  "PERCENTILE.EXC",
  "QUARTILE.INC",
  "QUARTILE.EXC",
  "MODE.SNGL",
  "CEILING.MATH",
  "FLOOR.MATH",
  "IFNA",
  "IFS",
  "SWITCH",
  "MAXIFS",
  "MINIFS",
  "CONCAT",
  "TEXTJOIN",
  "XLOOKUP",
  "XMATCH",
];
const NEWER_CALL = new RegExp(
  `(^|[^A-Za-z0-9_.])(${NEWER_FUNCTIONS.map((f) => f.replace(".", "\\.")).join("|")})\\(`,
  "gi",
);

/** A grid formula ("=RANK.EQ(G3,…)") as a file stores it: no "=", newer functions prefixed, strings untouched. */
export function fileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return body
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(NEWER_CALL, (_, pre: string, name: string) => `${pre}_xlfn.${name.toUpperCase()}(`),
    )
    .join("");
}

/** Characters XML 1.0 cannot hold, and a carriage return (which XML would turn into a line feed). */
function needsEscape(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0xfffe || code === 0xffff;
}

/** Text as a file stores it (ST_Xstring): such characters as _xHHHH_, and a literal "_x0041_" kept literal. */
export function fileText(text: string): string {
  const out = text.includes("_x") ? text.replace(/_(x[0-9A-F]{4}_)/g, "_x005F_$1") : text;
  for (let i = 0; i < out.length; i++) {
    if (needsEscape(out.charCodeAt(i))) {
      return Array.from(out, (c) =>
        needsEscape(c.charCodeAt(0)) ? `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_` : c,
      ).join("");
    }
  }
  return out;
}

/** Text as a file stored it: _xHHHH_ escapes decoded, as exceljs and Excel read them. */
export function storedText(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}
