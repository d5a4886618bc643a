/**
 * bench group "host": evaluate-and-write on the fake Excel host through the add-in's own shell (createExcelShell),
 * for 100, 1,000 and 5,000 units of changning-2023: generate a bound input sheet, type the synthetic units into it
 * (as a clerk would, not counted), then score and write the 得分表, counting context.sync() calls and the size of
 * each request. The add-in's target: at most two syncs, every request under 4 MB.
 */
import { createExcelShell } from "../../src/excel";
import { loadScheme } from "../../src/engine";
import { builtinScheme } from "../../src/schemes";
import { inputSheetGrid } from "../../src/workbook";
import { FakeExcel } from "../../tools/fake-excel";
import { SCHEME } from "./engine";
import { syntheticUnits, typedValue } from "./synthetic";

export const HOST_SIZES = [100, 1000, 5000];
export const TARGET_SYNCS = 2;
export const TARGET_REQUEST_BYTES = 4 * 1024 * 1024;

export interface HostRow {
  units: number;
  /** Input columns bound (the unit names besides). */
  inputs: number;
  syncs: number;
  largestRequestBytes: number;
  totalRequestBytes: number;
  /** Wall time of the run on the fake host: the engine and the fake's bookkeeping, no Excel. */
  ms: number;
  met: boolean;
}

async function measure(units: number): Promise<HostRow> {
  const loaded = loadScheme(builtinScheme(SCHEME));
  if (!loaded.ok) throw new Error(`${SCHEME} does not load`);
  const scheme = loaded.scheme;
  const inputs = syntheticUnits(scheme, units);
  const fake = new FakeExcel();
  fake.book.addSheet("Sheet1");
  const shell = createExcelShell(fake.host);
  const generated = await shell.generateInputSheet(
    scheme,
    inputs.map((u) => u.name),
  );
  if (!generated.ok) throw new Error(`host: generating the input sheet failed: ${generated.message.en}`);
  // The layout the shell wrote is the input sheet grid's: unit names in column A, one column per input after it.
  const layout = inputSheetGrid(scheme, []);
  const sheet = fake.book.requireSheet(generated.value.sheet);
  inputs.forEach((unit, u) => {
    layout.columns.forEach((column, c) => {
      const value = typedValue(unit, column);
      fake.book.type(sheet.touch(layout.firstUnitRow + u, c + 1), value === null ? "" : String(value));
    });
  });

  fake.resetCounts();
  const started = process.hrtime.bigint();
  const outcome = await shell.run();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (outcome.kind !== "written") throw new Error(`host: ${units} units were not written: ${outcome.kind}`);
  if (outcome.result.differences.length > 0) {
    throw new Error(
      `host: the fake host's formulas disagree with the engine in ${outcome.result.differences.length} cells`,
    );
  }
  const bytes = fake.syncs.map((s) => s.bytes);
  const largest = Math.max(...bytes);
  return {
    units,
    inputs: layout.columns.length,
    syncs: fake.syncs.length,
    largestRequestBytes: largest,
    totalRequestBytes: bytes.reduce((a, b) => a + b, 0),
    ms,
    met: fake.syncs.length <= TARGET_SYNCS && largest < TARGET_REQUEST_BYTES,
  };
}

export async function hostGroup(): Promise<HostRow[]> {
  const rows: HostRow[] = [];
  for (const units of HOST_SIZES) rows.push(await measure(units));
  return rows;
}
