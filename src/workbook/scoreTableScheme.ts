/**
 * Which scheme a 得分表 was written under, for a comparison of two sheets whose schemes may differ: the scheme the
 * add-in wrote its own 得分表 with (the workbook's marker), else the candidate whose 得分表 title the sheet carries
 * ("2023年长宁区…评价标准得分表", as the add-in and `jixiao score` title it), else the candidate whose blocks the header
 * names — the one with most blocks when several read it (a scheme whose blocks are a subset of another's reads the
 * other's sheets too).
 */
import { normalizeText, Scheme } from "../engine";
import { titleAbove } from "./comparison";
import type { SheetCell } from "./inputTable";
import { TITLE_SUFFIX } from "./scoreTable";
import { readScoreTable, ScoreTableRead } from "./scoreTableRead";

/** How a sheet's scheme was found: chosen by the user, the add-in's marker, the sheet's title, or its header. */
export type SchemeFoundBy = "chosen" | "marker" | "title" | "header";

export interface SheetScheme {
  scheme: Scheme;
  by: SchemeFoundBy;
  /** The sheet read under that scheme. */
  table: ScoreTableRead;
}

/**
 * The scheme of a 得分表 among `candidates` (the user's current scheme first, then the built-in ones); `marker` is
 * the scheme of the add-in's own 得分表 when the sheet holds it. Undefined when no candidate reads the sheet.
 */
export function recogniseScoreTable(
  rows: readonly (readonly SheetCell[])[],
  candidates: readonly Scheme[],
  marker?: Scheme,
): SheetScheme | undefined {
  if (marker) {
    const read = readScoreTable(marker, rows);
    if (read.ok) return { scheme: marker, by: "marker", table: read.table };
  }
  const readable = candidates.flatMap((scheme) => {
    const read = readScoreTable(scheme, rows);
    return read.ok ? [{ scheme, table: read.table }] : [];
  });
  const titled = readable.find(
    ({ scheme, table }) =>
      normalizeText(titleAbove(rows, table.headerRow) ?? "") === normalizeText(`${scheme.title}${TITLE_SUFFIX}`),
  );
  if (titled) return { ...titled, by: "title" };
  let best: (typeof readable)[number] | undefined;
  for (const r of readable) if (!best || r.scheme.columns.length > best.scheme.columns.length) best = r;
  return best && { ...best, by: "header" };
}
