/**
 * Inputs made of several parts (a pair actual/planned, counted terms "1", "2" …, survey answers): reading them from a
 * JSON object, a JSON array in order, or the object of cell values the shells assemble.
 */
import { isBlank } from "../cell";
import { fail, ok, Parsed } from "../result";

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** True when the raw input of a leaf holds nothing at all: the leaf is missing, not wrong. */
export function isBlankInput(raw: unknown): boolean {
  if (isBlank(raw)) return true;
  if (isPlainObject(raw)) return Object.values(raw).every(isBlank);
  return false;
}

/**
 * The parts of a composite input, keyed as `keys`. Accepts an object with those keys or an array in key order. Every
 * part must be filled: a half-filled input is an error that names the part left blank.
 */
export function readParts(raw: unknown, keys: readonly string[], labels: readonly string[]): Parsed<unknown[]> {
  let values: unknown[];
  if (Array.isArray(raw)) {
    if (raw.length !== keys.length) {
      return fail(
        "wrong-part-count",
        `应填写 ${keys.length} 项（${labels.join("、")}），实际 ${raw.length} 项`,
        `expected ${keys.length} values (${labels.join(", ")}), got ${raw.length}`,
      );
    }
    values = raw;
  } else if (isPlainObject(raw)) {
    const unknown = Object.keys(raw).filter((k) => !keys.includes(k));
    if (unknown.length > 0) {
      return fail(
        "unknown-part",
        `未知的输入项 ${unknown.join("、")}，可用：${keys.join("、")}`,
        `unknown parts ${unknown.join(", ")}; expected ${keys.join(", ")}`,
        unknown[0],
      );
    }
    values = keys.map((k) => raw[k]);
  } else {
    return fail(
      "not-composite",
      `此项需分项填写：${labels.join("、")}`,
      `this input has several parts: ${labels.join(", ")}`,
    );
  }
  const blank = values.findIndex(isBlank);
  if (blank >= 0) {
    const key = keys[blank] ?? String(blank + 1);
    const label = labels[blank] ?? key;
    return fail("blank-part", `“${label}”未填写`, `“${label}” is blank`, key);
  }
  return ok(values);
}

/** Keys "1", "2", … for parts listed in the order the document states them. */
export function ordinalKeys(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String(i + 1));
}
