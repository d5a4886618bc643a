/**
 * `--json` output written piece by piece: the same text as JSON.stringify(value, null, 2), but an array of many
 * elements (the units) is a `LazyArray` whose elements are made and written one at a time, so neither the objects
 * nor the text of all of them are held at once.
 */
import type { Output } from "./commands";

/** An array of `length` elements made on demand by `item`. */
export class LazyArray {
  constructor(
    readonly length: number,
    readonly item: (index: number) => unknown,
  ) {}
}

/** How a list of a command's JSON is made: an array (to return the JSON) or a LazyArray (to print it). */
export type ListOf = <T>(items: readonly T[], item: (x: T) => unknown) => unknown;

export const eagerList: ListOf = (items, item) => items.map(item);
export const lazyList: ListOf = (items, item) =>
  new LazyArray(items.length, (i) => item(items[i] as (typeof items)[number]));

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof LazyArray);
}

/** Whether a LazyArray sits in `value` or in a plain object inside it (arrays are not searched). */
function holdsLazy(value: unknown): boolean {
  if (value instanceof LazyArray) return true;
  return isPlainObject(value) && Object.values(value).some(holdsLazy);
}

/** JSON.stringify(value, null, 2) with its lines after the first indented by `indent`. */
function indented(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2) ?? "null";
  return indent === "" ? text : text.replace(/\n/g, `\n${indent}`);
}

/**
 * Writes `value` as the lines of its JSON: `head` goes before the first line (a key), `tail` after the last (a
 * comma). Each `out` call is one or more whole lines.
 */
function write(io: Output, value: unknown, indent: string, head: string, tail: string): void {
  if (!holdsLazy(value)) {
    io.out(`${head}${indented(value, indent)}${tail}`);
    return;
  }
  const inner = `${indent}  `;
  if (value instanceof LazyArray) {
    if (value.length === 0) {
      io.out(`${head}[]${tail}`);
      return;
    }
    io.out(`${head}[`);
    for (let i = 0; i < value.length; i++) {
      const item = value.item(i);
      write(
        io,
        item === undefined || typeof item === "function" ? null : item,
        inner,
        inner,
        i + 1 < value.length ? "," : "",
      );
    }
    io.out(`${indent}]${tail}`);
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== "function",
  );
  io.out(`${head}{`);
  entries.forEach(([key, v], i) =>
    write(io, v, inner, `${inner}${JSON.stringify(key)}: `, i + 1 < entries.length ? "," : ""),
  );
  io.out(`${indent}}${tail}`);
}

/** Prints `value` as JSON.stringify(value, null, 2) would, writing each element of its LazyArrays as it is made. */
export function writeJson(io: Output, value: unknown): void {
  write(io, value, "", "", "");
}
