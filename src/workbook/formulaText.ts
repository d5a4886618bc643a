/**
 * Text that goes inside something Excel parses — a formula, a reference, a drop-down's list — spelled so that Excel
 * reads it back as that text and nothing more. A scheme's grade label, a unit's name or a sheet's name is data: it
 * must never end a string literal early and go on as formula (`A"&WEBSERVICE(…)&"`).
 */

/** Excel's longest string literal inside a formula, in characters. */
const LITERAL_MAX = 255;

/**
 * `text` as a formula's string literal: in double quotes, each quote inside doubled ("say ""hi"""); text longer than
 * a literal may be is joined from pieces with & ("…"&"…"), which Excel computes to the same text.
 */
export function formulaText(text: string): string {
  // Pieces of at most LITERAL_MAX UTF-16 units (as Excel counts), never splitting a surrogate pair.
  const pieces: string[] = [];
  let piece = "";
  for (const ch of text) {
    if (piece.length + ch.length > LITERAL_MAX) {
      pieces.push(piece);
      piece = "";
    }
    piece += ch;
  }
  pieces.push(piece);
  return pieces.map((p) => `"${p.replace(/"/g, '""')}"`).join("&");
}

/**
 * A sheet's name as a reference writes it ("输入", "'my sheet'", "'O''Brien'"): bare when it is letters, digits and
 * underscores starting with a letter or underscore and cannot be read as a cell (A1, R1C1, R, C); otherwise in single
 * quotes with each quote inside doubled, which Excel accepts for any name.
 */
export function sheetReference(sheet: string): string {
  const bare =
    /^[\p{L}_][\p{L}\p{N}_]*$/u.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$/.test(sheet) &&
    !/^[RrCc]$/.test(sheet) &&
    !/^[Rr]\d*[Cc]\d*$/.test(sheet) &&
    !/^(TRUE|FALSE)$/i.test(sheet);
  return bare ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Longest list of answers an in-cell drop-down holds inline, in characters. */
const LIST_MAX = 255;

/**
 * The answers of an in-cell drop-down as the comma-separated source Excel takes ("有,无"); undefined when they cannot
 * be written so: an answer holding a comma or a quote, a list longer than Excel keeps inline, or a source starting
 * with "=", which Excel would read as a formula or a range.
 */
export function listSource(list: readonly string[]): string | undefined {
  const joined = list.join(",");
  if (list.length === 0 || joined.length > LIST_MAX || list.some((item) => /[,"]/.test(item))) return undefined;
  if (/^\s*=/.test(joined)) return undefined;
  return joined;
}
