/** Building and reading the parts of test workbooks: namespaces, relationship and content-type snippets, part text. */
import type { zipParts } from "../cli/workbooks";

export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

/** A relationships part holding `items`. */
export const rels = (...items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`;

export const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;

/** An edit of [Content_Types].xml adding Overrides. */
export const addTypes =
  (...overrides: string[]) =>
  (xml: string) =>
    xml.replace("</Types>", `${overrides.join("")}</Types>`);

/** A part's text out of `zipParts`, "" when the part is missing. */
export function text(parts: ReturnType<typeof zipParts>, name: string): string {
  return parts.get(name)?.data.toString("utf8") ?? "";
}
