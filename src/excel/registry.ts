/**
 * What the add-in keeps in the workbook between sessions. The ranges themselves are workbook names (they move with
 * the data when rows or columns are inserted); this record, kept in the document's settings, says which name binds
 * which input, which scheme the bindings belong to, and which regions the add-in wrote (with a fingerprint of the
 * cells as written, to notice hand edits). Reading it needs no sync, so one sync can read every bound range.
 */
import { z } from "zod";
import { saveSettings } from "./host";

export const SETTINGS_KEY = "jixiao";
/** The key of the unit-name column in bindings. */
export const UNITS_KEY = "@units";

const tableSchema = z.object({
  /** The workbook name over the region. */
  name: z.string(),
  rows: z.number().int().nonnegative(),
  cols: z.number().int().nonnegative(),
  /** One short hash per cell, row by row, of what the region held right after the add-in wrote it. */
  hashes: z.string(),
});

const registrySchema = z.object({
  version: z.literal(1),
  /** The scheme file (JSON) the bindings were made for. */
  scheme: z.unknown().optional(),
  /** Input key (C11/actual, veto.1, @units) → workbook name. */
  bindings: z.record(z.string(), z.string()).default({}),
  /** Table id (score, unit:新泾) → the region written there. */
  tables: z.record(z.string(), tableSchema).default({}),
});

export type TableRecord = z.infer<typeof tableSchema>;
export type Registry = z.infer<typeof registrySchema>;

export function emptyRegistry(): Registry {
  return { version: 1, bindings: {}, tables: {} };
}

/** The stored record; an absent or unreadable one reads as empty (the names in the workbook stay untouched). */
export function readRegistry(settings: Office.Settings): Registry {
  const parsed = registrySchema.safeParse(settings.get(SETTINGS_KEY));
  return parsed.success ? parsed.data : emptyRegistry();
}

export async function writeRegistry(settings: Office.Settings, registry: Registry): Promise<void> {
  settings.set(SETTINGS_KEY, registry);
  await saveSettings(settings);
}

/**
 * A workbook name for an input key: "jx_" and the key with anything a name may not hold replaced by "_" (C11/actual →
 * jx_C11_actual). Names are case-insensitive, so a clash with `taken` gets a numeric suffix.
 */
export function nameFor(key: string, taken: ReadonlySet<string>): string {
  const base = `jx_${key === UNITS_KEY ? "units" : key.replace(/[^A-Za-z0-9_.]/g, "_")}`;
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
  return name;
}
