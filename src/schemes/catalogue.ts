/**
 * The built-in catalogue as the task pane's picker lists it: each scheme's id and short title, and its file fetched
 * only when it is chosen, so the pane's first screen carries no scheme (issue 13 §5; in the add-in each file is a
 * chunk of its own). The ids and titles repeat the files' own; test/schemes/catalogue.test.ts holds them equal.
 */
import type { SchemeInput } from "../engine";

/** A built-in scheme in the picker. */
export interface CatalogueEntry {
  id: string;
  /** What the picker shows (the file's shortTitle). */
  label: string;
  load(): Promise<SchemeInput>;
}

const file = (module: Promise<{ default: unknown }>) => module.then((m) => m.default as SchemeInput);

/** In the order of `builtinSchemes`. */
export const builtinCatalogue: readonly CatalogueEntry[] = [
  {
    id: "changning-2021",
    label: "长宁 2021",
    load: () => file(import(/* webpackChunkName: "scheme-changning-2021" */ "./changning-2021.json")),
  },
  {
    id: "changning-2023",
    label: "长宁 2023",
    load: () => file(import(/* webpackChunkName: "scheme-changning-2023" */ "./changning-2023.json")),
  },
  {
    id: "taicang-2017",
    label: "太仓 2017",
    load: () => file(import(/* webpackChunkName: "scheme-taicang-2017" */ "./taicang-2017.json")),
  },
  {
    id: "hongqiao-2023",
    label: "虹桥镇 2023",
    load: () => file(import(/* webpackChunkName: "scheme-hongqiao-2023" */ "./hongqiao-2023.json")),
  },
  {
    id: "shanghai-2021",
    label: "上海 2021",
    load: () => file(import(/* webpackChunkName: "scheme-shanghai-2021" */ "./shanghai-2021.json")),
  },
];

/** A scheme already in memory as a picker entry (a scheme passed in by a test or a caller). */
export function catalogueEntry(input: SchemeInput): CatalogueEntry {
  return { id: input.id, label: input.shortTitle ?? input.title, load: () => Promise.resolve(input) };
}
