/**
 * Sheets of one unit — the single-unit 指标得分表 and the 工作底稿 — each on a sheet of its own, one sheet per unit,
 * rewritten in place on the next request for the same unit, with the same care for hand edits as the 得分表.
 */
import {
  AUDIT_TABLE_SUFFIX,
  auditTableGrid,
  blockSummaryGrid,
  Grid,
  indicatorTableGrid,
  WORKING_PAPER_SUFFIX,
  workingPaperGrid,
} from "../workbook";
import { localAddress } from "./address";
import { syncParts } from "./gridWriter";
import { ExcelHost } from "./host";
import { readRegistry, writeRegistry } from "./registry";
import { checkRegion, queueRegionRead, queueRegionWrite, recordOf } from "./region";
import type { AuditResult, RunResult, WriteOutcome } from "./shell";

export function indicatorTableId(unit: string): string {
  return `unit:${unit}`;
}

export function workingPaperId(unit: string): string {
  return `paper:${unit}`;
}

export interface OwnedSheet {
  /** The registry's id of the region ("unit:新泾"). */
  id: string;
  /** The marker name's stem: jx_table_u → jx_table_u1, jx_table_u2 … */
  marker: string;
  /** The sheet's name when it is new (made unique). */
  sheet: string;
  grid: Grid;
}

/** Writes a grid to the region the add-in owns under `table.id`, or to a new sheet the first time. */
export async function writeOwnedSheet(
  host: ExcelHost,
  table: OwnedSheet,
  options: { overwrite?: boolean } = {},
): Promise<WriteOutcome> {
  const registry = readRegistry(host.settings);
  const record = registry.tables[table.id];
  const taken = new Set(Object.values(registry.tables).map((t) => t.name.toLowerCase()));
  let marker = record?.name ?? `${table.marker}1`;
  for (let i = 2; !record && taken.has(marker.toLowerCase()); i++) marker = `${table.marker}${i}`;

  const outcome = await host.run(async (context): Promise<WriteOutcome | "retry"> => {
    const read = queueRegionRead(context, record);
    try {
      await context.sync();
    } catch (error) {
      // The table's name or sheet was deleted: forget it and write a new one.
      if (record) return "retry";
      throw error;
    }
    const check = checkRegion(read, table.grid, table.sheet, options.overwrite === true);
    if (check.kind !== "ok") return check;
    const write = queueRegionWrite(context, read, check.place, table.grid, marker, { comments: false, activate: true });
    let written: Excel.Range | undefined;
    await syncParts(context, write.parts, () => {
      written = write.readBack();
    });
    if (!written) throw new Error("bug: nothing read back");
    registry.tables[table.id] = recordOf(marker, written, check.place.area);
    return { kind: "written", table: { sheet: check.place.sheet, address: localAddress(check.place.area) } };
  });
  if (outcome === "retry") {
    delete registry.tables[table.id];
    await writeRegistry(host.settings, registry);
    return writeOwnedSheet(host, table, options);
  }
  if (outcome.kind === "written") await writeRegistry(host.settings, registry);
  return outcome;
}

function unitOf(result: RunResult, unitIndex: number) {
  const unit = result.evaluation.units[unitIndex];
  const input = result.units[unitIndex];
  if (!unit || !input) throw new Error(`bug: no unit ${unitIndex}`);
  return { unit, input };
}

export async function writeIndicatorTable(
  host: ExcelHost,
  result: RunResult,
  unitIndex: number,
  options: { overwrite?: boolean } = {},
): Promise<WriteOutcome> {
  const { unit, input } = unitOf(result, unitIndex);
  const grid = indicatorTableGrid(result.evaluation, unitIndex, input.values).grid;
  return writeOwnedSheet(
    host,
    { id: indicatorTableId(unit.name), marker: "jx_table_u", sheet: `${unit.name}指标得分表`, grid },
    options,
  );
}

/** A grid formula with every relative row reference moved down `rows` rows (text inside quotes untouched). */
export function shiftFormulaRows(formula: string, rows: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g, (_, c: string, col: string, r: string, row: string) =>
            r === "$" ? `${c}${col}${r}${row}` : `${c}${col}${Number(row) + rows}`,
          ),
    )
    .join("");
}

/** Grid `b` under grid `a`, one blank row between, as one region (the narrower one padded with empty cells). */
export function stackGrids(a: Grid, b: Grid): Grid {
  const width = Math.max(a.cells[0]?.length ?? 0, b.cells[0]?.length ?? 0);
  const pad = (row: Grid["cells"][number]) => [
    ...row,
    ...Array.from({ length: width - row.length }, () => ({ value: null })),
  ];
  const offset = a.cells.length + 1;
  const shift = <T extends { row: number }>(area: T): T => ({ ...area, row: area.row + offset });
  return {
    cells: [
      ...a.cells.map(pad),
      pad([]),
      ...b.cells.map((row) =>
        pad(row.map((c) => (c.formula === undefined ? c : { ...c, formula: shiftFormulaRows(c.formula, offset) }))),
      ),
    ],
    merges: [...a.merges, ...b.merges.map(shift)],
    bordered: [...a.bordered, ...b.bordered.map(shift)],
    widths: Array.from({ length: width }, (_, c) => Math.max(a.widths[c] ?? 0, b.widths[c] ?? 0)),
    frozenRows: a.frozenRows,
  };
}

/** The 工作底稿 ([004] 附件4/附件6) with [004] 表3-1's block summary under it. */
export async function writeWorkingPaper(
  host: ExcelHost,
  result: RunResult,
  unitIndex: number,
  options: { overwrite?: boolean } = {},
): Promise<WriteOutcome> {
  const { unit, input } = unitOf(result, unitIndex);
  const paper = workingPaperGrid(result.evaluation, unitIndex, input.values);
  const grid = stackGrids(paper.grid, blockSummaryGrid(result.evaluation, unitIndex));
  return writeOwnedSheet(
    host,
    { id: workingPaperId(unit.name), marker: "jx_paper_u", sheet: `${unit.name}${WORKING_PAPER_SUFFIX}`, grid },
    options,
  );
}

/** The 复核表: the findings of an audit in full, on a sheet of its own, rewritten in place by the next audit's. */
export async function writeAuditTable(
  host: ExcelHost,
  result: AuditResult,
  options: { overwrite?: boolean } = {},
): Promise<WriteOutcome> {
  const rows = result.findings.map((finding) => ({
    finding,
    ...(finding.at ? { cell: `${finding.at.sheet}!${finding.at.address}` } : {}),
  }));
  const grid = auditTableGrid(result.evaluation, rows);
  return writeOwnedSheet(host, { id: "audit", marker: "jx_table_a", sheet: AUDIT_TABLE_SUFFIX, grid }, options);
}
