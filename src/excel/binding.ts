/**
 * Binding inputs to cells, three ways: (a) generate an input sheet for a scheme and bind its columns; (b) bind the
 * selected cells to an input picked in the tree; (c) read a header row, match the headers to inputs and, once the
 * user confirms, bind the columns below. A binding is a workbook name over the column's data cells, so it survives
 * closing the file and follows the data when rows or columns are inserted; the registry lists the names.
 */
import { inputColumns, loadScheme, Scheme, TOTAL } from "../engine";
import { INPUT_TITLE_SUFFIX, inputSheetGrid, matchHeaders, splitReportedHeaders } from "../workbook";
import { localAddress, parseAddress, SheetArea, sheetAddress } from "./address";
import { planGridWrite, syncParts } from "./gridWriter";
import { ExcelHost } from "./host";
import { message, rowSpan } from "./messages";
import {
  nameFor,
  parseRegistry,
  readRegistry,
  Registry,
  REPORTED_PREFIX,
  SETTINGS_KEY,
  UNITS_KEY,
  writeRegistry,
} from "./registry";
import { freeSheetName } from "./region";
import type { BindingProposal, BoundInput, BoundReported, GeneratedSheet, Outcome, WorkbookState } from "./shell";

/** Blank rows of a generated input sheet when no unit names are given. */
export const BLANK_ROWS = 20;

function sameScheme(registry: Registry, scheme: Scheme): boolean {
  return (registry.scheme as { id?: unknown } | undefined)?.id === scheme.id;
}

/** Where each name of `names` (loaded with items/name,type,value) points now. */
function nameAreas(names: Excel.NamedItemCollection): Map<string, SheetArea> {
  const out = new Map<string, SheetArea>();
  for (const n of names.items) {
    if (n.type !== "Range") continue;
    const area = parseAddress(String(n.value).replace(/^=/, "").replace(/\$/g, ""));
    if (area) out.set(n.name.toLowerCase(), area);
  }
  return out;
}

function listBindings(registry: Registry, areas: ReadonlyMap<string, SheetArea>): BoundInput[] {
  return Object.entries(registry.bindings).map(([key, name]) => {
    const area = areas.get(name.toLowerCase());
    return { key, address: area ? sheetAddress(area) : null };
  });
}

function listReported(scheme: Scheme | undefined, registry: Registry, areas: ReadonlyMap<string, SheetArea>) {
  return Object.entries(registry.reported).map(([id, name]): BoundReported => {
    const area = areas.get(name.toLowerCase());
    const label = id === TOTAL ? "总分" : `${id} ${scheme?.nodes.get(id)?.name ?? ""}`.trim();
    return { id, label, address: area ? sheetAddress(area) : null };
  });
}

/** What to bind: input key → area, and reported-score node id → area. */
interface Areas {
  inputs: ReadonlyMap<string, SheetArea>;
  reported?: ReadonlyMap<string, SheetArea>;
}

/**
 * Queues the binding of `areas` by workbook names and returns the registry to store after the sync. Bindings of
 * another scheme, or all bindings (inputs and reported scores) when `replaceAll`, are removed first; otherwise only
 * those `areas` rebinds.
 */
function queueBindings(
  context: Excel.RequestContext,
  names: Excel.NamedItemCollection,
  registry: Registry,
  scheme: Scheme,
  areas: Areas,
  replaceAll: boolean,
): Registry {
  const existing = new Set(names.items.map((n) => n.name.toLowerCase()));
  const all = replaceAll || !sameScheme(registry, scheme);
  const next: Registry = {
    ...registry,
    scheme: scheme.input,
    bindings: all ? {} : { ...registry.bindings },
    reported: all ? {} : { ...registry.reported },
  };
  const reported = areas.reported ?? new Map<string, SheetArea>();
  const drop = (record: Record<string, string>, keys: Iterable<string>, target: Record<string, string>) => {
    for (const key of keys) {
      const name = record[key];
      if (name !== undefined && existing.has(name.toLowerCase())) {
        context.workbook.names.getItem(name).delete();
        existing.delete(name.toLowerCase());
      }
      delete target[key];
    }
  };
  drop(registry.bindings, all ? Object.keys(registry.bindings) : areas.inputs.keys(), next.bindings);
  drop(registry.reported, all ? Object.keys(registry.reported) : reported.keys(), next.reported);
  const add = (key: string, area: SheetArea, prefix: string, what: string) => {
    const name = nameFor(key, existing, prefix);
    existing.add(name.toLowerCase());
    const range = context.workbook.worksheets.getItem(area.sheet).getRange(localAddress(area));
    context.workbook.names.add(name, range, `绩效评分助手: ${what}`);
    return name;
  };
  for (const [key, area] of areas.inputs) next.bindings[key] = add(key, area, "jx_", key);
  for (const [id, area] of reported) next.reported[id] = add(id, area, REPORTED_PREFIX, `报送得分 ${id}`);
  return next;
}

export async function workbookState(host: ExcelHost): Promise<WorkbookState> {
  const read = parseRegistry(host.settings.get(SETTINGS_KEY));
  const registry = read.ok ? read.registry : readRegistry(host.settings);
  return host.run(async (context) => {
    const names = context.workbook.names.load("items/name,items/type,items/value");
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const loaded = registry.scheme === undefined ? undefined : loadScheme(registry.scheme);
    const areas = nameAreas(names);
    const state: WorkbookState = {
      bindings: listBindings(registry, areas),
      reported: listReported(loaded?.ok ? loaded.scheme : undefined, registry, areas),
      hasScoreTable: registry.tables["score"] !== undefined,
      highlights: registry.highlights.length,
      sheets: sheets.items.map((s) => s.name),
    };
    if (loaded?.ok) state.scheme = loaded.scheme;
    if (!read.ok) state.registryProblem = read.message;
    return state;
  });
}

export async function generateInputSheet(
  host: ExcelHost,
  scheme: Scheme,
  unitNames: readonly string[],
): Promise<Outcome<GeneratedSheet>> {
  const registry = readRegistry(host.settings);
  // Cell comments need ExcelApi 1.10; on older hosts the criteria stay visible in the task pane's tree.
  const comments = host.isSetSupported("ExcelApi", "1.10");
  const rows = unitNames.length > 0 ? unitNames : Array.from({ length: BLANK_ROWS }, () => "");
  const input = inputSheetGrid(scheme, rows);
  const result = await host.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name");
    await context.sync();
    const sheetName = freeSheetName(`${scheme.shortTitle}${INPUT_TITLE_SUFFIX}`, sheets);
    const sheet = context.workbook.worksheets.add(sheetName);
    const column = (col: number): SheetArea => ({
      sheet: sheetName,
      row: input.firstUnitRow,
      col,
      rows: rows.length,
      cols: 1,
    });
    const areas = new Map<string, SheetArea>([[UNITS_KEY, column(0)]]);
    input.columns.forEach((c, i) => areas.set(c.key, column(i + 1)));
    let next = registry;
    await syncParts(context, planGridWrite(sheet, sheetName, { row: 0, col: 0 }, input.grid, { comments }), () => {
      next = queueBindings(context, names, registry, scheme, { inputs: areas }, true);
      sheet.activate();
      sheet.getRange(localAddress({ row: input.firstUnitRow, col: 0, rows: 1, cols: 1 })).select();
    });
    return { next, sheetName };
  });
  await writeRegistry(host.settings, result.next);
  const size = { rows: input.grid.cells.length, cols: input.columns.length + 1 };
  return {
    ok: true,
    value: {
      sheet: result.sheetName,
      address: sheetAddress({ sheet: result.sheetName, row: 0, col: 0, ...size }),
      bound: input.columns.length,
      notes: comments,
    },
  };
}

export async function bindSelection(host: ExcelHost, scheme: Scheme, key: string): Promise<Outcome<BoundInput[]>> {
  if (key !== UNITS_KEY && !inputColumns(scheme).some((c) => c.key === key)) {
    return { ok: false, message: message("unknown-key", `方案中没有输入 ${key}`, `the scheme has no input ${key}`) };
  }
  const outcome = await bindSelected(host, scheme, key, "input");
  if (!outcome.ok) return outcome;
  return { ok: true, value: (await currentBindings(host, outcome.value)).bindings };
}

/**
 * Binds the selected cells (one column, on the rows of the bound unit names) as the scores a sheet reports for node
 * `id` (a leaf, an indicator, a block or part, or "total"), for the audit.
 */
export async function bindReported(host: ExcelHost, scheme: Scheme, id: string): Promise<Outcome<BoundReported[]>> {
  if (id !== TOTAL && !scheme.nodes.has(id)) {
    return { ok: false, message: message("unknown-id", `方案中没有指标 ${id}`, `the scheme has no indicator ${id}`) };
  }
  const registry = readRegistry(host.settings);
  if (!sameScheme(registry, scheme) || registry.bindings[UNITS_KEY] === undefined) {
    return {
      ok: false,
      message: message(
        "bind-units-first",
        "请先绑定单位名称列（及输入列），再绑定报送得分",
        "bind the unit names (and the inputs) first, then the reported scores",
      ),
    };
  }
  const outcome = await bindSelected(host, scheme, id, "reported");
  if (!outcome.ok) return outcome;
  return { ok: true, value: (await currentBindings(host, outcome.value)).reported };
}

async function bindSelected(
  host: ExcelHost,
  scheme: Scheme,
  key: string,
  kind: "input" | "reported",
): Promise<Outcome<Registry>> {
  const registry = readRegistry(host.settings);
  const outcome = await host.run(async (context): Promise<Outcome<Registry>> => {
    const selection = context.workbook.getSelectedRange().load("address");
    const used = selection.worksheet.getUsedRange(true).load("address");
    const names = context.workbook.names.load("items/name,items/type,items/value");
    await context.sync();
    const area = parseAddress(selection.address);
    if (!area || area.cols !== 1) {
      return {
        ok: false,
        message: message(
          "select-one-column",
          "请选中一列数据单元格（不含表头）再绑定",
          "select the data cells of one column (without the header) before binding",
        ),
      };
    }
    const inputs = new Map<string, SheetArea>(kind === "input" ? [[key, area]] : []);
    if (key !== UNITS_KEY) {
      const unitsName = sameScheme(registry, scheme) ? registry.bindings[UNITS_KEY] : undefined;
      const units = unitsName === undefined ? undefined : nameAreas(names).get(unitsName.toLowerCase());
      if (units) {
        if (units.sheet !== area.sheet || units.row !== area.row || units.rows !== area.rows) {
          const want = rowSpan(units.row, units.rows);
          return {
            ok: false,
            message: message(
              "rows-differ",
              `选区 ${sheetAddress(area)} 与单位名称 ${sheetAddress(units)} 不在相同的行：请选择 ${units.sheet} 的${want.zh}，或先重新绑定单位名称`,
              `the selection ${sheetAddress(area)} is not on the rows of the unit names ${sheetAddress(units)}: select ${want.en} of ${units.sheet}, or bind the unit names again first`,
            ),
          };
        }
      } else {
        // Unit names come from the first used column of the bound rows.
        const usedArea = parseAddress(used.address);
        if (!usedArea || usedArea.col >= area.col) {
          return {
            ok: false,
            message: message(
              "no-unit-column",
              "选区左侧没有单位名称列：请先选中单位名称并绑定为“单位名称”",
              "there is no column of unit names left of the selection: bind the unit names first",
            ),
          };
        }
        inputs.set(UNITS_KEY, { ...area, col: usedArea.col });
      }
    }
    const reported = new Map<string, SheetArea>(kind === "reported" ? [[key, area]] : []);
    const next = queueBindings(context, names, registry, scheme, { inputs, reported }, false);
    await context.sync();
    return { ok: true, value: next };
  });
  if (outcome.ok) await writeRegistry(host.settings, outcome.value);
  return outcome;
}

async function currentBindings(
  host: ExcelHost,
  registry: Registry,
): Promise<{ bindings: BoundInput[]; reported: BoundReported[] }> {
  return host.run(async (context) => {
    const names = context.workbook.names.load("items/name,items/type,items/value");
    await context.sync();
    const areas = nameAreas(names);
    const loaded = registry.scheme === undefined ? undefined : loadScheme(registry.scheme);
    return {
      bindings: listBindings(registry, areas),
      reported: listReported(loaded?.ok ? loaded.scheme : undefined, registry, areas),
    };
  });
}

export async function proposeBinding(host: ExcelHost, scheme: Scheme): Promise<Outcome<BindingProposal>> {
  const columns = inputColumns(scheme);
  return host.run(async (context) => {
    const selection = context.workbook.getSelectedRange().load("address,values");
    const used = selection.worksheet.getUsedRange(true).load("address");
    await context.sync();
    const area = parseAddress(selection.address);
    const usedArea = parseAddress(used.address);
    const first = area ? area.row + 1 : 0;
    const rows = usedArea ? usedArea.row + usedArea.rows - first : 0;
    if (!area || !usedArea || area.cols < 2 || rows < 1) {
      return {
        ok: false,
        message: message(
          "select-header",
          "请选中表头行（从单位名称列到最后一个输入列），表头下方应有数据",
          "select the header row (from the unit-name column to the last input column), with data below it",
        ),
      };
    }
    const data = (col: number) => sheetAddress({ sheet: area.sheet, row: first, col, rows, cols: 1 });
    // A whole-row selection stops at the last used column.
    const width = Math.min(area.col + area.cols, usedArea.col + usedArea.cols) - area.col;
    const headers = (selection.values[0] ?? []).slice(1, width);
    const split = splitReportedHeaders(scheme, headers);
    const matching = matchHeaders(columns, split.inputHeaders);
    const headerAt = (index: number) => String(headers[index] ?? "");
    return {
      ok: true,
      value: {
        sheet: area.sheet,
        units: data(area.col),
        matches: matching.matches.map((m) => ({
          key: m.column.key,
          header: m.header,
          label: m.column.header,
          by: m.by,
          address: data(area.col + 1 + m.index),
        })),
        unmatched: matching.unmatched.map((i) => ({ header: headerAt(i), address: data(area.col + 1 + i) })),
        conflicts: matching.conflicts.map((c) => ({ key: c.key, headers: c.indexes.map(headerAt) })),
        missing: matching.missing.map((c) => ({ key: c.key, header: c.header })),
        reported: split.reported.map((m) => ({
          id: m.id,
          header: m.header,
          label: m.id === TOTAL ? m.name : `${m.id} ${m.name}`,
          address: data(area.col + 1 + m.index),
        })),
        reportedConflicts: split.conflicts.map((c) => ({ id: c.id, headers: c.indexes.map(headerAt) })),
      },
    };
  });
}

export async function confirmBinding(
  host: ExcelHost,
  scheme: Scheme,
  proposal: BindingProposal,
): Promise<Outcome<BoundInput[]>> {
  const registry = readRegistry(host.settings);
  const inputs = new Map<string, SheetArea>();
  for (const [key, address] of [
    [UNITS_KEY, proposal.units] as const,
    ...proposal.matches.map((m) => [m.key, m.address] as const),
  ]) {
    const area = parseAddress(address);
    if (area) inputs.set(key, area);
  }
  const reported = new Map<string, SheetArea>();
  for (const r of proposal.reported) {
    const area = parseAddress(r.address);
    if (area) reported.set(r.id, area);
  }
  const areas = { inputs, reported };
  const next = await host.run(async (context) => {
    const names = context.workbook.names.load("items/name");
    await context.sync();
    const registryNext = queueBindings(context, names, registry, scheme, areas, true);
    await context.sync();
    return registryNext;
  });
  await writeRegistry(host.settings, next);
  return { ok: true, value: (await currentBindings(host, next)).bindings };
}

/**
 * Extends the bindings down to `units` (a run's `extendTo`, the unit names' range with the units found under it):
 * the unit names, and every input and reported score bound on the same rows as they were, take the new rows.
 */
export async function extendBinding(host: ExcelHost, units: string): Promise<Outcome<BoundInput[]>> {
  const registry = readRegistry(host.settings);
  const loaded = registry.scheme === undefined ? undefined : loadScheme(registry.scheme);
  const unitsName = registry.bindings[UNITS_KEY];
  const target = parseAddress(units);
  const outcome = await host.run(async (context): Promise<Outcome<Registry>> => {
    const names = context.workbook.names.load("items/name,items/type,items/value");
    await context.sync();
    const areas = nameAreas(names);
    const current = unitsName === undefined ? undefined : areas.get(unitsName.toLowerCase());
    if (!loaded?.ok || !current || !target || target.sheet !== current.sheet || target.row !== current.row) {
      return {
        ok: false,
        message: message(
          "extend-stale",
          "绑定已改变，无法按原范围扩展：请重新计算，或重新绑定",
          "the bindings changed since the run: run again, or bind again",
        ),
      };
    }
    const sameRows = (area: SheetArea | undefined): area is SheetArea =>
      area !== undefined && area.sheet === current.sheet && area.row === current.row && area.rows === current.rows;
    const extended = (record: Record<string, string>) => {
      const out = new Map<string, SheetArea>();
      for (const [key, name] of Object.entries(record)) {
        const area = areas.get(name.toLowerCase());
        if (sameRows(area)) out.set(key, { ...area, rows: target.rows });
      }
      return out;
    };
    const next = queueBindings(
      context,
      names,
      registry,
      loaded.scheme,
      { inputs: extended(registry.bindings), reported: extended(registry.reported) },
      false,
    );
    await context.sync();
    return { ok: true, value: next };
  });
  if (!outcome.ok) return outcome;
  await writeRegistry(host.settings, outcome.value);
  return { ok: true, value: (await currentBindings(host, outcome.value)).bindings };
}
