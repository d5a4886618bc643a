/**
 * The 指标体系 sheets in the open workbook (docs/scheme-format.md, 指标体系工作簿): writing them, empty or holding a
 * scheme, beside whatever the workbook has without writing over any of it; reading them back into a scheme, every
 * problem at its cell; and storing the scheme read with the workbook, as a scheme bound there is, asking first about
 * the bindings its changes affect (schemeBindings.ts).
 */
import { loadScheme, Scheme, SchemeInput, showScheme } from "../engine";
import {
  emptySchemeSheetGrids,
  INFO_COLUMNS,
  INFO_FIELDS,
  readSchemeSheets,
  SCHEME_SHEET_LIMITS,
  SCHEME_SHEET_NAMES,
  SchemeSheetCells,
  schemeSheetGrids,
  SheetCell,
} from "../workbook";
import { localAddress, parseAddress, sheetAddress, SheetArea } from "./address";
import { planGridWrite, REQUEST_BUDGET, syncParts } from "./gridWriter";
import { ExcelHost } from "./host";
import { message } from "./messages";
import { readRegistry, Registry, writeRegistry } from "./registry";
import { AffectedEntry, applyPlan, planBindings } from "./schemeBindings";
import type {
  AffectedBinding,
  Outcome,
  SchemeSheetIssue,
  SchemeSheetsOutcome,
  SchemeSheetsWritten,
  SchemeStored,
} from "./shell";

const SHEETS: readonly string[] = [SCHEME_SHEET_NAMES.nodes, SCHEME_SHEET_NAMES.rows, SCHEME_SHEET_NAMES.info];

function findSheet(sheets: Excel.WorksheetCollection, name: string): Excel.Worksheet | undefined {
  return sheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

export async function writeSchemeSheets(host: ExcelHost, input?: SchemeInput): Promise<Outcome<SchemeSheetsWritten>> {
  const grids = input ? schemeSheetGrids(input) : emptySchemeSheetGrids();
  const comments = host.isSetSupported("ExcelApi", "1.10");
  return host.run(async (context): Promise<Outcome<SchemeSheetsWritten>> => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const existing = grids.map(({ sheet }) => findSheet(sheets, sheet));
    // An existing sheet of one of the names may be used only when it is empty (its used range one blank cell).
    const probes = existing.map((sheet) => {
      if (!sheet) return undefined;
      const used = sheet.getUsedRange(true).load("address");
      return { sheet, used, first: used.getCell(0, 0).load("values") };
    });
    if (probes.some((p) => p !== undefined)) await context.sync();
    const full = probes.flatMap((p) => {
      if (!p) return [];
      const area = parseAddress(p.used.address);
      const blank = area?.rows === 1 && area.cols === 1 && (p.first.values[0]?.[0] ?? "") === "";
      return blank ? [] : [p.sheet.name];
    });
    if (full.length > 0) {
      const list = full.map((n) => `“${n}”`).join("、");
      return {
        ok: false,
        message: message(
          "scheme-sheets-exist",
          `工作簿中已有工作表${list}且不是空的：为免覆盖，未写入任何内容。要重新开始，请先删除或重命名这些工作表；要读取其中的方案，请点击“从工作表读取方案”`,
          `the workbook already has the sheet(s) ${list} with content: nothing was written, so as not to overwrite them. To start again, delete or rename them first; to read the scheme they hold, click “Read scheme from sheets”`,
        ),
      };
    }
    const targets = grids.map(({ sheet }, i) => existing[i] ?? context.workbook.worksheets.add(sheet));
    // The three sheets go together, part by part, each within a third of a request.
    const planned = grids.map(({ sheet, grid }, i) =>
      planGridWrite(targets[i] as Excel.Worksheet, sheet, { row: 0, col: 0 }, grid, {
        comments,
        maxRequestBytes: Math.floor(REQUEST_BUDGET / grids.length),
      }),
    );
    const count = Math.max(...planned.map((p) => p.length));
    const parts = Array.from({ length: count }, (_, i) => () => planned.forEach((p) => p[i]?.()));
    await syncParts(context, parts, () => targets[0]?.activate());
    return { ok: true, value: { sheets: grids.map((g) => g.sheet) } };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

/** What a sheet past the read's bounds is handed over as: a row wider than allowed, which the read refuses. */
const OVERSIZED: readonly SheetCell[] = Array.from({ length: SCHEME_SHEET_LIMITS.cols + 1 }, () => null);

/** The used area, clipped to one row and column past the read's bounds (enough for it to refuse the sheet). */
function clipped(area: SheetArea): SheetArea | undefined {
  const rows = Math.min(area.row + area.rows, SCHEME_SHEET_LIMITS.rows + 1) - area.row;
  const cols = Math.min(area.col + area.cols, SCHEME_SHEET_LIMITS.cols + 1) - area.col;
  return rows > 0 && cols > 0 ? { ...area, rows, cols } : undefined;
}

/** Values read at their sheet positions (rows and columns before the used range empty). */
function placed(area: SheetArea, values: readonly (readonly unknown[])[]): SheetCell[][] {
  const rows: SheetCell[][] = Array.from({ length: area.row }, () => []);
  for (const line of values) {
    rows.push([...Array.from({ length: area.col }, () => null), ...(line as SheetCell[])]);
  }
  return rows;
}

/** The three sheets' values (those the workbook has), in three syncs: the sheets, their used ranges, the values. */
async function sheetCells(host: ExcelHost): Promise<SchemeSheetCells> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const present = SHEETS.flatMap((name) => {
      const sheet = findSheet(sheets, name);
      return sheet ? [{ name, sheet, used: sheet.getUsedRange(true).load("address") }] : [];
    });
    if (present.length === 0) return {};
    await context.sync();
    const reads = present.map(({ name, sheet, used }) => {
      const area = parseAddress(used.address);
      const clip = area && clipped(area);
      const range = clip && sheet.getRange(localAddress(clip)).load("values");
      return { name, area, clip, range };
    });
    if (reads.some((r) => r.range !== undefined)) await context.sync();
    const cells: Record<string, readonly (readonly SheetCell[])[]> = {};
    for (const { name, area, clip, range } of reads) {
      const whole = area !== undefined && clip !== undefined && clip.rows === area.rows && clip.cols === area.cols;
      cells[name] = whole && range ? placed(clip, range.values) : [OVERSIZED];
    }
    return cells;
  });
}

/** The 内容 cell of 方案信息's 方案编号 row, where a clash with a built-in scheme's id is shown. */
function idCell(cells: SchemeSheetCells): { sheet: string; address: string } {
  const sheet = SCHEME_SHEET_NAMES.info;
  const rows = cells[sheet] ?? [];
  const header = rows[0] ?? [];
  const field = header.indexOf(INFO_COLUMNS.field.zh);
  const value = header.indexOf(INFO_COLUMNS.value.zh);
  const row = rows.findIndex((r, i) => i > 0 && r[field] === INFO_FIELDS.id);
  return {
    sheet,
    address: localAddress({ row: Math.max(row, 0), col: row > 0 ? Math.max(value, 0) : 0, rows: 1, cols: 1 }),
  };
}

/** Where each workbook name points now ("输入!C4:C13"), by lower-case name, from names loaded with type and value. */
function nameAddresses(names: Excel.NamedItemCollection): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of names.items) {
    if (n.type !== "Range") continue;
    const area = parseAddress(String(n.value).replace(/^=/, "").replace(/\$/g, ""));
    if (area) out.set(n.name.toLowerCase(), sheetAddress(area));
  }
  return out;
}

function described(
  entries: readonly AffectedEntry[],
  registry: Registry,
  addresses: ReadonlyMap<string, string>,
): AffectedBinding[] {
  return entries.map((e) => {
    const name = (e.reported ? registry.reported : registry.bindings)[e.key];
    return {
      key: e.key,
      reported: e.reported,
      label: e.label,
      address: (name !== undefined && addresses.get(name.toLowerCase())) || null,
      keepable: e.keepAs !== undefined,
    };
  });
}

function storedScheme(stored: unknown): Scheme | undefined {
  if (stored === undefined) return undefined;
  const loaded = loadScheme(stored);
  return loaded.ok ? loaded.scheme : undefined;
}

export async function readSchemeFromSheets(
  host: ExcelHost,
  builtin?: (id: string) => Promise<SchemeInput | undefined>,
): Promise<SchemeSheetsOutcome> {
  const cells = await sheetCells(host);
  const read = readSchemeSheets(cells);
  if (!read.ok) {
    const problems = read.problems.map((p): SchemeSheetIssue => ({
      at: { sheet: p.sheet, address: localAddress({ row: p.row, col: p.col, rows: 1, cols: 1 }) },
      // The cell is shown beside the message; the text is the scheme's own Chinese in either language.
      message: message(p.message.code, p.message.zh, p.message.zh),
    }));
    return { kind: "problems", problems };
  }
  const loaded = loadScheme(read.scheme);
  if (!loaded.ok) throw new Error("bug: the 指标体系 sheets read into a scheme that does not load");
  const scheme = loaded.scheme;
  const own = builtin && (await builtin(scheme.id));
  if (own !== undefined) {
    const same = (() => {
      const b = loadScheme(own);
      return b.ok && showScheme(b.scheme) === showScheme(scheme);
    })();
    if (!same) {
      const zh = `方案编号 ${scheme.id} 是内置方案的编号，但内容与内置方案不同：请在“${SCHEME_SHEET_NAMES.info}”中改用另一个方案编号`;
      const en = `the scheme id ${scheme.id} is a built-in scheme's, but the content differs from it: give another 方案编号 in “${SCHEME_SHEET_NAMES.info}”`;
      return { kind: "problems", problems: [{ at: idCell(cells), message: message("builtin-id", zh, en) }] };
    }
  }
  const registry = readRegistry(host.settings);
  const plan = planBindings(registry, storedScheme(registry.scheme), scheme);
  const changes = plan.changes ? { changes: plan.changes } : {};
  if (plan.affected.length === 0) {
    await storeScheme(host, scheme, false);
    return { kind: "read", read: { scheme, ...changes, affected: [] } };
  }
  const addresses = await host.run(async (context) => {
    const names = context.workbook.names.load("items/name,items/type,items/value");
    await context.sync();
    return nameAddresses(names);
  });
  return { kind: "read", read: { scheme, ...changes, affected: described(plan.affected, registry, addresses) } };
}

// ---------------------------------------------------------------------------------------------------------------
// Storing

/**
 * Stores `scheme` as the workbook's, its plan made against the registry as it is now: the affected bindings kept
 * (under their leaf's new 编号) when `keep` and they can be, the others' workbook names deleted, in one batch.
 */
export async function storeScheme(host: ExcelHost, scheme: Scheme, keep: boolean): Promise<SchemeStored> {
  const registry = readRegistry(host.settings);
  const plan = planBindings(registry, storedScheme(registry.scheme), scheme);
  const applied = applyPlan(registry, scheme, plan, keep);
  if (applied.kept.length === 0 && applied.removed.length === 0) {
    await writeRegistry(host.settings, applied.registry);
    return { scheme, kept: [], removed: [] };
  }
  const stored = await host.run(async (context): Promise<SchemeStored> => {
    const names = context.workbook.names.load("items/name,items/type,items/value");
    await context.sync();
    const addresses = nameAddresses(names);
    const result = {
      scheme,
      kept: described(applied.kept, registry, addresses),
      removed: described(applied.removed, registry, addresses),
    };
    const existing = new Set(names.items.map((n) => n.name.toLowerCase()));
    const drop = applied.dropNames.filter((name) => existing.has(name.toLowerCase()));
    for (const name of drop) context.workbook.names.getItem(name).delete();
    if (drop.length > 0) await context.sync();
    return result;
  });
  await writeRegistry(host.settings, applied.registry);
  return stored;
}
