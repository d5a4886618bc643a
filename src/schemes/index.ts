/**
 * The built-in catalogue: one JSON data file per source document, in the same format users load from a file
 * (docs/scheme-format.md). The add-in's picker and `jixiao schemes` list them from here.
 */
import type { SchemeInput } from "../engine";

/** Built-in scheme files, in the order the picker lists them. */
export const builtinSchemes: readonly SchemeInput[] = [];

export function builtinScheme(id: string): SchemeInput | undefined {
  return builtinSchemes.find((s) => s.id === id);
}
