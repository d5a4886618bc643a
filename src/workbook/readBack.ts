/**
 * After a shell writes a grid, the spreadsheet computes its formulas; each formula cell carries the value the engine
 * computed. A difference means the sheet and the engine disagree (an edited cell, a locale's rounding) and is shown.
 */
import { dec, fromCellNumber } from "../engine";
import { Grid, GridValue } from "./grid";

export interface FormulaDifference {
  /** 0-based position inside the grid. */
  row: number;
  col: number;
  formula: string;
  expected: GridValue;
  actual: unknown;
}

function agrees(expected: GridValue, actual: unknown): boolean {
  if (expected === null || expected === "") return actual === null || actual === undefined || actual === "";
  if (typeof expected === "number") return typeof actual === "number" && fromCellNumber(actual).equals(dec(expected));
  return String(actual ?? "") === expected;
}

/** The formula cells of `grid` whose computed value (`computed`, same shape as the grid) is not the engine's. */
export function formulaDifferences(grid: Grid, computed: readonly (readonly unknown[])[]): FormulaDifference[] {
  const out: FormulaDifference[] = [];
  grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.formula === undefined) return;
      const actual = computed[r]?.[c];
      if (!agrees(cell.value, actual))
        out.push({ row: r, col: c, formula: cell.formula, expected: cell.value, actual });
    }),
  );
  return out;
}
