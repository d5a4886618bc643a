/**
 * The built-in catalogue: one JSON data file per source document, in the same format users load from a file
 * (docs/scheme-format.md). The add-in's picker and `jixiao schemes` list them from here; every file is checked by
 * `loadScheme` when used (and by test/schemes/catalogue.test.ts), so the JSON is typed loosely here.
 */
import type { SchemeInput } from "../engine";
import changning2021 from "./changning-2021.json";
import changning2023 from "./changning-2023.json";
import hongqiao2023 from "./hongqiao-2023.json";
import shanghai2021 from "./shanghai-2021.json";
import taicang2017 from "./taicang-2017.json";

/** Built-in scheme files, in the order the picker lists them. */
export const builtinSchemes: readonly SchemeInput[] = [
  changning2021,
  changning2023,
  taicang2017,
  hongqiao2023,
  shanghai2021,
] as unknown as SchemeInput[];

export { builtinCatalogue, catalogueEntry } from "./catalogue";
export type { CatalogueEntry } from "./catalogue";

export function builtinScheme(id: string): SchemeInput | undefined {
  return builtinSchemes.find((s) => s.id === id);
}
