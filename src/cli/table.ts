/** Plain-text tables for the terminal, aligned for Chinese text (a CJK character takes two columns). */

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width +=
      code >= 0x1100 &&
      (code <= 0x115f ||
        (code >= 0x2e80 && code <= 0xa4cf) ||
        (code >= 0xac00 && code <= 0xd7a3) ||
        (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xfe30 && code <= 0xfe4f) ||
        (code >= 0xff00 && code <= 0xff60) ||
        (code >= 0xffe0 && code <= 0xffe6) ||
        code >= 0x20000)
        ? 2
        : 1;
  }
  return width;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** The lines of a table: rows of cells; columns listed in `numeric` are right-aligned. */
export function tableLines(
  header: string[],
  rows: readonly string[][],
  numeric: ReadonlySet<number> = new Set(),
): string[] {
  // One pass over the cells (a spread of every row into Math.max overflows the stack past about 120,000 rows).
  const widths = header.map(displayWidth);
  for (const row of rows) {
    for (let i = 0; i < widths.length; i++) {
      const width = displayWidth(row[i] ?? "");
      if (width > (widths[i] as number)) widths[i] = width;
    }
  }
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, numeric.has(i)))
      .join("  ")
      .trimEnd();
  const lines = [line(header), widths.map((w) => "-".repeat(w)).join("  ")];
  for (const row of rows) lines.push(line(row));
  return lines;
}

/** A table as one text (tableLines joined). */
export function renderTable(
  header: string[],
  rows: readonly string[][],
  numeric: ReadonlySet<number> = new Set(),
): string {
  return tableLines(header, rows, numeric).join("\n");
}
