/**
 * bench group "workbook": seconds for `jixiao score` on a 1,000-unit workbook of changning-2023 (a process of its
 * own, as a user runs it), and seconds for LibreOffice headless to recalculate the sheet it wrote, formulas and all,
 * in the same run.
 */
import { execFileSync } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { newWorkbook, saveAtomically, writeGrid } from "../../src/cli/xlsx";
import { inputColumns, loadScheme, Scheme } from "../../src/engine";
import { builtinScheme } from "../../src/schemes";
import { inputSheetGrid } from "../../src/workbook";
import { recalculate } from "../libreoffice";
import { SCHEME } from "./engine";
import { syntheticUnits, typedValue } from "./synthetic";

export interface WorkbookRow {
  units: number;
  scoreSeconds: number;
  libreOfficeSeconds: number;
  ratio: number;
}

export const WORKBOOK_UNITS = 1000;

/** An input workbook as `jixiao template` lays it out, filled with synthetic units. */
async function inputWorkbook(scheme: Scheme, path: string, units: number): Promise<void> {
  const inputs = syntheticUnits(scheme, units);
  const sheet = inputSheetGrid(
    scheme,
    inputs.map((u) => u.name),
  );
  const columns = inputColumns(scheme);
  inputs.forEach((unit, u) => {
    const row = sheet.grid.cells[sheet.firstUnitRow + u];
    columns.forEach((column, c) => {
      const cell = row?.[c + 1];
      if (cell) cell.value = typedValue(unit, column);
    });
  });
  const workbook = newWorkbook();
  writeGrid(workbook.addWorksheet("录入表"), sheet.grid);
  await saveAtomically(workbook, path);
}

export async function workbookGroup(cli: string): Promise<WorkbookRow> {
  const loaded = loadScheme(builtinScheme(SCHEME));
  if (!loaded.ok) throw new Error(`${SCHEME} does not load`);
  const dir = mkdtempSync(join(tmpdir(), "jixiao-bench-"));
  const input = join(dir, "input.xlsx");
  const output = join(dir, "scored.xlsx");
  await inputWorkbook(loaded.scheme, input, WORKBOOK_UNITS);

  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [cli, "score", input, "--scheme", SCHEME, "--out", output], { stdio: "ignore" });
  const scoreSeconds = Number(process.hrtime.bigint() - started) / 1e9;

  const libreOfficeSeconds = recalculate([output], join(dir, "recalculated"), dir);
  return {
    units: WORKBOOK_UNITS,
    scoreSeconds,
    libreOfficeSeconds,
    ratio: Math.round((scoreSeconds / libreOfficeSeconds) * 100) / 100,
  };
}
