/**
 * What the add-in keeps in the workbook between sessions. The ranges themselves are workbook names (they move with
 * the data when rows or columns are inserted); this record, kept in the document's settings, says which name binds
 * which input or reported score, which scheme the bindings belong to, which regions the add-in wrote (with a
 * fingerprint of the cells as written, to notice hand edits) and which cells an audit highlighted. Reading it needs
 * no sync, so one sync can read every bound range.
 */
import { z } from "zod";
import { saveSettings } from "./host";
import { message, Message } from "./messages";

export const SETTINGS_KEY = "jixiao";
/** The key of the unit-name column in bindings. */
export const UNITS_KEY = "@units";
export const REGISTRY_VERSION = 1;

/** A key no object built from the stored JSON can keep (zod drops it): refused, never written. */
const UNSAFE_KEY = "__proto__";
const key = z.string();

const tableSchema = z.object({
  /** The workbook name over the region. */
  name: z.string(),
  rows: z.number().int().nonnegative(),
  cols: z.number().int().nonnegative(),
  /** One short hash per cell, row by row, of what the region held right after the add-in wrote it. */
  hashes: z.string(),
  /** The chart the add-in put beside the region (the 对比表's), to replace it on the next write. */
  chart: z.string().optional(),
});

const highlightSchema = z.object({
  sheet: z.string(),
  /** One cell ("H7"). */
  address: z.string(),
  /** The cell's fill before the audit highlighted it ("#FFFFFF": none), restored when the highlight is removed. */
  previous: z.string(),
});

const registrySchema = z.object({
  version: z.literal(REGISTRY_VERSION),
  /** The scheme file (JSON) the bindings were made for. */
  scheme: z.unknown().optional(),
  /** Input key (C11/actual, veto.1, @units) → workbook name. */
  bindings: z.record(key, z.string()).default({}),
  /** Reported scores: node id (leaf, indicator, block or part id, or "total") → workbook name. */
  reported: z.record(key, z.string()).default({}),
  /** Table id (score, bonus, unit:新泾, paper:新泾, comparison) → the region written there. */
  tables: z.record(key, tableSchema).default({}),
  /** Cells the last audit filled, in the order it filled them. */
  highlights: z.array(highlightSchema).default([]),
});

export type TableRecord = z.infer<typeof tableSchema>;
export type Highlight = z.infer<typeof highlightSchema>;
export type Registry = z.infer<typeof registrySchema>;

export function emptyRegistry(): Registry {
  return { version: REGISTRY_VERSION, bindings: {}, reported: {}, tables: {}, highlights: [] };
}

export type RegistryRead = { ok: true; registry: Registry } | { ok: false; message: Message };

/** "bindings.C11" for a zod issue's path. */
function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
    .join("")
    .replace(/^\./, "");
}

/**
 * The stored value, checked. Nothing stored reads as empty; anything else that is not a registry this version wrote
 * is refused with a message naming what is wrong (the workbook's names stay untouched).
 */
export function parseRegistry(stored: unknown): RegistryRead {
  if (stored === null || stored === undefined) return { ok: true, registry: emptyRegistry() };
  const version = (stored as { version?: unknown }).version;
  if (typeof version === "number" && version > REGISTRY_VERSION) {
    return {
      ok: false,
      message: message(
        "registry-newer",
        `工作簿中的绑定记录由较新版本的绩效评分助手保存（第 ${version} 版），此版本无法读取：请更新加载项`,
        `the bindings were saved by a newer version of the add-in (version ${version}); update the add-in to read them`,
      ),
    };
  }
  const unsafe = (["bindings", "reported", "tables"] as const).find((field) => {
    const record = (stored as Record<string, unknown>)[field];
    return typeof record === "object" && record !== null && Object.prototype.hasOwnProperty.call(record, UNSAFE_KEY);
  });
  const parsed = unsafe === undefined ? registrySchema.safeParse(stored) : undefined;
  if (parsed?.success) return { ok: true, registry: parsed.data };
  const issue = parsed?.error.issues[0];
  const where = unsafe !== undefined ? `${unsafe}.${UNSAFE_KEY}` : issue ? pathText(issue.path) : "";
  const what = unsafe !== undefined ? "不能作为键" : (issue?.message ?? "");
  return {
    ok: false,
    message: message(
      "registry-unreadable",
      `工作簿中保存的绑定记录无法读取（${where || "整体"}：${what}），已按没有绑定处理；重新绑定会替换它`,
      `the bindings saved in the workbook cannot be read (${where || "the record"}: ${what}); treated as no bindings, and binding again replaces the record`,
    ),
  };
}

/** The stored record; an absent or unreadable one reads as empty (`parseRegistry` says why). */
export function readRegistry(settings: Office.Settings): Registry {
  const read = parseRegistry(settings.get(SETTINGS_KEY));
  return read.ok ? read.registry : emptyRegistry();
}

export async function writeRegistry(settings: Office.Settings, registry: Registry): Promise<void> {
  settings.set(SETTINGS_KEY, registry);
  await saveSettings(settings);
}

/**
 * A workbook name for an input key: "jx_" and the key with anything a name may not hold replaced by "_" (C11/actual →
 * jx_C11_actual); a reported score's name starts "jx_r_" (jx_r_D12, jx_r_total). Names are case-insensitive, so a
 * clash with `taken` gets a numeric suffix.
 */
export function nameFor(key: string, taken: ReadonlySet<string>, prefix = "jx_"): string {
  const base = `${prefix}${key === UNITS_KEY ? "units" : key.replace(/[^A-Za-z0-9_.]/g, "_")}`;
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
  return name;
}

export const REPORTED_PREFIX = "jx_r_";
