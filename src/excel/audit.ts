/**
 * The audit (复核) in the workbook: one sync reads the bound inputs, the bound reported scores and the fill of the
 * cells the previous audit marked; the engine recomputes every reported score; if every input and reported value
 * can be read, one more sync removes the previous marks and fills each differing cell. An audit never changes a
 * cell's value or formula, and it records each cell's own fill so that removing the mark restores it.
 */
import { audit, AuditError, loadScheme, ReportedUnit, Scheme, TOTAL } from "../engine";
import { localAddress, parseAddress, quoteSheet, SheetArea, sheetAddress } from "./address";
import { BoundRead, CellProblem, cellOf, collectUnits, queueBoundReads } from "./boundInputs";
import { ExcelHost } from "./host";
import { message, rowSpan } from "./messages";
import { Highlight, readRegistry, UNITS_KEY, writeRegistry } from "./registry";
import { CellRef } from "./region";
import { bindingsLost, brokenNames, cellKey, locatedErrors, NOT_BOUND } from "./run";
import { groupWorded } from "../workbook";
import type { AuditItem, AuditOutcome } from "./shell";

/** Excel's "light red fill": the mark of a reported score the rule does not give. */
export const HIGHLIGHT_FILL = "#FFC7CE";
/** What Office reports for a cell without a fill. */
const NO_FILL = "#FFFFFF";

const NOT_REPORTED = message(
  "no-reported",
  "还没有绑定报送得分列：请在“复核”中选中报送得分所在的列并绑定，或在“录入”中按表头自动绑定",
  "no reported scores are bound yet: select a column of reported scores and bind it, or bind by the header row",
);

interface FillRead {
  highlight: Highlight;
  fill: Excel.RangeFill;
}

function queueFillReads(context: Excel.RequestContext, highlights: readonly Highlight[]): FillRead[] {
  return highlights.map((highlight) => ({
    highlight,
    fill: context.workbook.worksheets.getItem(highlight.sheet).getRange(highlight.address).format.fill.load("color"),
  }));
}

/** Queues the removal of each mark whose cell still has the audit's fill (a fill changed since is the user's). */
function queueRestore(context: Excel.RequestContext, reads: readonly FillRead[]): number {
  let restored = 0;
  for (const { highlight, fill } of reads) {
    if (String(fill.color).toUpperCase() !== HIGHLIGHT_FILL) continue;
    const target = context.workbook.worksheets.getItem(highlight.sheet).getRange(highlight.address).format.fill;
    if (highlight.previous.toUpperCase() === NO_FILL) target.clear();
    else target.color = highlight.previous;
    restored++;
  }
  return restored;
}

/** The marks whose sheet still exists (a deleted sheet took its marks with it). */
async function liveHighlights(context: Excel.RequestContext, highlights: readonly Highlight[]): Promise<Highlight[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const names = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  return highlights.filter((h) => names.has(h.sheet.toLowerCase()));
}

interface ReportedRead {
  id: string;
  range: Excel.Range;
}

function shapeProblem(id: string, area: SheetArea, units: SheetArea): CellProblem | undefined {
  if (area.cols === 1 && area.rows === units.rows && area.row === units.row && area.sheet === units.sheet) {
    return undefined;
  }
  const want = rowSpan(units.row, units.rows);
  return {
    at: { sheet: area.sheet, address: localAddress(area) },
    key: id,
    message: message(
      "binding-shape",
      `报送得分 ${id} 的绑定区域 ${sheetAddress(area)} 应为一列、与单位名称同在 ${units.sheet} 的${want.zh}`,
      `the range bound to the reported ${id} (${sheetAddress(area)}) must be one column on ${want.en} of ${units.sheet}, like the unit names`,
    ),
  };
}

function reportedProblem(scheme: Scheme, error: AuditError, at: CellRef | undefined): CellProblem {
  const name = error.id === TOTAL ? "总分" : (scheme.nodes.get(error.id)?.name ?? "");
  return {
    ...(at ? { at } : {}),
    unit: error.unit,
    key: error.id,
    message: message(
      error.problem.code,
      `${error.unit} · ${error.id} ${name}（报送得分）：${error.problem.zh}`,
      `${error.unit} · ${error.id} (reported score): ${error.problem.en}`,
    ),
  };
}

const key = (unitIndex: number, id: string) => `${unitIndex}\u0000${id}`;

/** What one audit batch ends with: an outcome (with the marks it made), or marks to forget before trying again. */
type Batch = { outcome: AuditOutcome; highlights?: Highlight[] } | { retry: Highlight[] };

export async function auditWorkbook(host: ExcelHost): Promise<AuditOutcome> {
  const registry = readRegistry(host.settings);
  if (registry.scheme === undefined || registry.bindings[UNITS_KEY] === undefined) {
    return { kind: "notBound", message: NOT_BOUND };
  }
  if (Object.keys(registry.reported).length === 0) return { kind: "notBound", message: NOT_REPORTED };
  const loaded = loadScheme(registry.scheme);
  if (!loaded.ok) return { kind: "schemeProblems", problems: loaded.problems };
  const scheme = loaded.scheme;

  const batch = await host.run(async (context): Promise<Batch> => {
    const reads: BoundRead[] = queueBoundReads(context, registry);
    const reportedReads: ReportedRead[] = Object.entries(registry.reported).map(([id, name]) => ({
      id,
      range: context.workbook.names.getItem(name).getRange().load("address,values"),
    }));
    const fills = queueFillReads(context, registry.highlights);
    try {
      await context.sync();
    } catch (error) {
      const broken = await brokenNames(context, registry);
      const lost = [...Object.entries(registry.bindings), ...Object.entries(registry.reported)]
        .filter(([, name]) => broken.has(name.toLowerCase()))
        .map(([k]) => k);
      if (lost.length > 0) return { outcome: bindingsLost(lost) };
      const live = await liveHighlights(context, registry.highlights);
      if (live.length === registry.highlights.length) throw error;
      return { retry: live };
    }

    const collected = collectUnits(scheme, reads);
    // Units found under the binding: the pane offers to extend it, as after a run.
    const inputErrors = (problems: CellProblem[]): AuditOutcome => ({
      kind: "inputErrors",
      problems,
      ...(collected.extendTo !== undefined ? { extendTo: collected.extendTo } : {}),
    });
    const units = collected.unitsArea;
    if (!units) return { outcome: inputErrors(collected.problems) };
    // A problem reading the rows is reported with the audit's own, all at once.
    const problems: CellProblem[] = [];
    const columns: { id: string; area: SheetArea; values: unknown[][] }[] = [];
    for (const read of reportedReads) {
      const area = parseAddress(read.range.address);
      const problem = area ? shapeProblem(read.id, area, units) : undefined;
      if (!area || problem) {
        if (problem) problems.push(problem);
        continue;
      }
      columns.push({ id: read.id, area, values: read.range.values });
    }
    if (problems.length > 0) {
      return { outcome: inputErrors(groupWorded([...collected.problems, ...problems], cellKey)) };
    }

    const cells = new Map<string, CellRef>();
    const reportedUnits: ReportedUnit[] = collected.units.map((unit, i) => {
      const offset = collected.offsets[i] ?? 0;
      const reported: Record<string, unknown> = {};
      const where: Record<string, string> = {};
      for (const column of columns) {
        const at = cellOf(column.area, offset);
        cells.set(key(i, column.id), at);
        reported[column.id] = column.values[offset]?.[0];
        where[column.id] = `${quoteSheet(at.sheet)}!${at.address}`;
      }
      return { ...unit, reported, cells: where };
    });
    const result = audit(scheme, reportedUnits);
    if (result.errors.length > 0 || collected.problems.length > 0) {
      const inputs = result.errors.filter((e) => e.source === "input");
      const all = [
        ...collected.problems,
        ...locatedErrors(result.evaluation, inputs, (e) => collected.locate(e)),
        ...result.errors
          .filter((e) => e.source === "reported")
          .map((e) => reportedProblem(scheme, e, cells.get(key(e.unitIndex, e.id)))),
      ];
      return { outcome: inputErrors(groupWorded(all, cellKey)) };
    }

    const findings: AuditItem[] = result.findings.map((f) => {
      const at = cells.get(key(f.unitIndex, f.id));
      return at ? { ...f, at } : { ...f };
    });
    const marked = [
      ...new Map(findings.flatMap((f) => (f.at ? [[`${f.at.sheet}!${f.at.address}`, f.at]] : []))).values(),
    ];
    // Remove the previous marks first, so a cell marked again records its own fill, not the mark.
    queueRestore(context, fills);
    const probes = marked.map((at) => {
      const range = context.workbook.worksheets.getItem(at.sheet).getRange(at.address);
      const before = range.format.fill.load("color");
      context.workbook.worksheets.getItem(at.sheet).getRange(at.address).format.fill.color = HIGHLIGHT_FILL;
      return { at, before };
    });
    await context.sync();
    const highlights = probes.map(({ at, before }) => ({
      sheet: at.sheet,
      address: at.address,
      previous: before.color,
    }));
    return {
      outcome: {
        kind: "audited",
        result: {
          findings,
          unchecked: result.unchecked.map((u) => {
            const at = cells.get(key(u.unitIndex, u.id));
            return at ? { ...u, at } : { ...u };
          }),
          pending: result.pending.map((u) => {
            const at = cells.get(key(u.unitIndex, u.id));
            return at ? { ...u, at } : { ...u };
          }),
          checked: result.checked,
          units: collected.units.length,
          highlighted: marked,
          evaluation: result.evaluation,
        },
      },
      highlights,
    };
  });

  if ("retry" in batch) {
    // A marked cell's sheet was deleted: forget those marks and audit again.
    await writeRegistry(host.settings, { ...registry, highlights: batch.retry });
    return auditWorkbook(host);
  }
  if (batch.highlights) await writeRegistry(host.settings, { ...registry, highlights: batch.highlights });
  return batch.outcome;
}

/** Removes the marks of the last audit; returns how many cells got their own fill back. */
export async function clearHighlights(host: ExcelHost): Promise<number> {
  const registry = readRegistry(host.settings);
  if (registry.highlights.length === 0) return 0;
  const restored = await host.run(async (context): Promise<number | Highlight[]> => {
    const fills = queueFillReads(context, registry.highlights);
    try {
      await context.sync();
    } catch (error) {
      const live = await liveHighlights(context, registry.highlights);
      if (live.length === registry.highlights.length) throw error;
      return live;
    }
    const n = queueRestore(context, fills);
    await context.sync();
    return n;
  });
  if (typeof restored !== "number") {
    await writeRegistry(host.settings, { ...registry, highlights: restored });
    return clearHighlights(host);
  }
  await writeRegistry(host.settings, { ...registry, highlights: [] });
  return restored;
}
