/**
 * A fingerprint of a written region: a short hash per cell of what Excel holds there (a formula's text or a
 * constant). Comparing it with the region now tells which cells someone changed by hand since the add-in wrote them.
 */

const WIDTH = 7;

/** FNV-1a over the cell's text, as 7 base-36 characters. */
function cellHash(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(WIDTH, "0");
}

export function fingerprint(formulas: readonly (readonly unknown[])[]): string {
  return formulas.map((row) => row.map(cellHash).join("")).join("");
}

/** Cells (0-based, inside the region) whose content no longer matches the fingerprint of a same-sized region. */
export function changedCells(
  hashes: string,
  formulas: readonly (readonly unknown[])[],
): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  let at = 0;
  formulas.forEach((row, r) =>
    row.forEach((value, c) => {
      if (hashes.slice(at, at + WIDTH) !== cellHash(value)) out.push({ row: r, col: c });
      at += WIDTH;
    }),
  );
  return out;
}
