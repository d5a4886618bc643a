/** Part names of a package ("xl/worksheets/sheet1.xml"): forward slashes, no leading slash, as OPC spells them. */

export function dirname(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash);
}

export function basename(part: string): string {
  return part.slice(part.lastIndexOf("/") + 1);
}

/** ".xml" for "xl/workbook.xml"; "" when the last segment has no dot. */
export function extname(part: string): string {
  const name = basename(part);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot);
}

/** Segments joined and "."/".." resolved; ".." above the root is dropped, as a package has nothing above it. */
export function joinPart(...pieces: string[]): string {
  const out: string[] = [];
  for (const segment of pieces.join("/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return out.join("/");
}

/** `part` relative to the folder `from` ("worksheets/sheet2.xml" from "xl"), as a relationship's Target spells it. */
export function relativePart(from: string, part: string): string {
  const base = from === "" ? [] : joinPart(from).split("/");
  const target = joinPart(part).split("/");
  let common = 0;
  while (common < base.length && common < target.length - 1 && base[common] === target[common]) common++;
  return [...base.slice(common).map(() => ".."), ...target.slice(common)].join("/");
}
