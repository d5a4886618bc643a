/**
 * The number format of each cell style (styles.xml's cellXfs), as the kind a clerk reads it by: a percentage, a date,
 * currency, text or a plain number (src/workbook/numberFormat.ts). Built-in format ids have no code in the file.
 */
import { FormatKind, formatKind } from "../workbook";
import { child, XmlElement } from "./xml";

/** Kinds by a small code, so that a row's formats are an array of small integers. */
export const FORMAT_KINDS: readonly FormatKind[] = ["number", "percent", "date", "currency", "text"];

/**
 * Built-in ids (ECMA-376 Part 1, 18.8.30, with the East Asian ids Excel uses in zh-CN): 9–10 percent; 14–22, 27–36,
 * 45–47 and 50–58 dates and times; 5–8, 42 and 44 currency; 49 text; the others numbers.
 */
export function builtinFormatKind(id: number): FormatKind {
  if (id === 9 || id === 10) return "percent";
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) {
    return "date";
  }
  if ((id >= 5 && id <= 8) || id === 42 || id === 44) return "currency";
  if (id === 49) return "text";
  return "number";
}

/** The code (index into FORMAT_KINDS) of each cell style's number format, by style index; [] without styles. */
export function styleFormatCodes(styles: XmlElement | undefined): number[] {
  if (!styles) return [];
  const custom = new Map<number, string>();
  for (const f of child(styles, "numFmts")?.children ?? []) {
    if (f.name !== "numFmt") continue;
    const id = Number(f.attributes.numFmtId);
    if (Number.isInteger(id)) custom.set(id, f.attributes.formatCode ?? "");
  }
  return (child(styles, "cellXfs")?.children ?? [])
    .filter((xf) => xf.name === "xf")
    .map((xf) => {
      const id = Number(xf.attributes.numFmtId ?? 0);
      const code = custom.get(id);
      const kind = code !== undefined ? formatKind(code) : Number.isInteger(id) ? builtinFormatKind(id) : "number";
      return FORMAT_KINDS.indexOf(kind);
    });
}
