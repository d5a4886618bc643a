/**
 * The single-unit 指标得分表 on a sheet of its own, one sheet per unit, rewritten in place on the next request for
 * the same unit — with the same care for hand edits as the 得分表.
 */
import { indicatorTableGrid } from "../workbook";
import { localAddress } from "./address";
import { syncParts } from "./gridWriter";
import { ExcelHost } from "./host";
import { readRegistry, writeRegistry } from "./registry";
import { checkRegion, queueRegionRead, queueRegionWrite, recordOf } from "./region";
import type { RunResult, WriteOutcome } from "./shell";

export function indicatorTableId(unit: string): string {
  return `unit:${unit}`;
}

export async function writeIndicatorTable(
  host: ExcelHost,
  result: RunResult,
  unitIndex: number,
  options: { overwrite?: boolean } = {},
): Promise<WriteOutcome> {
  const unit = result.evaluation.units[unitIndex];
  const input = result.units[unitIndex];
  if (!unit || !input) throw new Error(`bug: no unit ${unitIndex}`);
  const registry = readRegistry(host.settings);
  const id = indicatorTableId(unit.name);
  const record = registry.tables[id];
  const taken = new Set(Object.values(registry.tables).map((t) => t.name.toLowerCase()));
  let marker = record?.name ?? "jx_table_u1";
  for (let i = 2; !record && taken.has(marker.toLowerCase()); i++) marker = `jx_table_u${i}`;
  const table = indicatorTableGrid(result.evaluation, unitIndex, input.values);

  const outcome = await host.run(async (context): Promise<WriteOutcome | "retry"> => {
    const read = queueRegionRead(context, record);
    try {
      await context.sync();
    } catch (error) {
      // The table's name or sheet was deleted: forget it and write a new one.
      if (record) return "retry";
      throw error;
    }
    const check = checkRegion(read, table.grid, `${unit.name}指标得分表`, options.overwrite === true);
    if (check.kind !== "ok") return check;
    const write = queueRegionWrite(context, read, check.place, table.grid, marker, { comments: false, activate: true });
    let written: Excel.Range | undefined;
    await syncParts(context, write.parts, () => {
      written = write.readBack();
    });
    if (!written) throw new Error("bug: nothing read back");
    registry.tables[id] = recordOf(marker, written, check.place.area);
    return { kind: "written", table: { sheet: check.place.sheet, address: localAddress(check.place.area) } };
  });
  if (outcome === "retry") {
    delete registry.tables[id];
    await writeRegistry(host.settings, registry);
    return writeIndicatorTable(host, result, unitIndex, options);
  }
  if (outcome.kind === "written") await writeRegistry(host.settings, registry);
  return outcome;
}
