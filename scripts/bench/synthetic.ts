/** Synthetic units for a scheme: every input column filled with a varied, valid value, from a seeded generator. */
import { inputColumns, InputColumn, Scheme, UnitInput } from "../../src/engine";

/** Mulberry32: small, fast, reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The judged term a score column belongs to: the evaluator types 0 to its points, whatever the leaf's. */
function judgedTerm(column: InputColumn): { points: number } | undefined {
  const params = column.leaf?.rule?.params;
  if (params === undefined || !("terms" in params)) return undefined;
  const term = params.terms[column.slot === "" ? 0 : Number(column.slot) - 1];
  return term?.kind === "judged" ? term : undefined;
}

function value(column: InputColumn, rnd: () => number): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  switch (column.kind) {
    case "score": {
      const judged = judgedTerm(column);
      const points = judged?.points ?? (column.leaf ? column.leaf.points.toNumber() : 1);
      const penalty = column.leaf?.part === "penalty" && judged === undefined;
      const cents = Math.floor(rnd() * (points * 100 + 1));
      return (penalty ? -cents : cents) / 100;
    }
    case "count":
      return Math.floor(rnd() * rnd() * 6);
    case "yesNo":
      return column.id.startsWith("veto.") ? (rnd() < 0.01 ? "是" : "否") : pick(["是", "否", "是", "是", true, 1]);
    case "rate":
      return rnd() < 0.5 ? `${(50 + Math.floor(rnd() * 5000) / 100).toFixed(2)}%` : Math.floor(rnd() * 10000) / 10000;
    case "label":
      return pick(column.options ?? [""]);
    case "number":
      return column.slot === "planned" ? 400 + Math.floor(rnd() * 100) : 300 + Math.floor(rnd() * 150);
    case "list":
      return pick(["0.5、1", "1", "0.8、0.5、0.6", ""]);
    case "projects":
      return pick(["省,市;部", "市", "", "省"]);
  }
}

export function syntheticUnits(scheme: Scheme, count: number, seed = 2026): UnitInput[] {
  const rnd = random(seed);
  const columns = inputColumns(scheme);
  const units: UnitInput[] = [];
  for (let u = 0; u < count; u++) {
    const values: Record<string, unknown> = {};
    for (const column of columns) {
      const v = value(column, rnd);
      if (column.slot === "") values[column.id] = v;
      else ((values[column.id] ??= {}) as Record<string, unknown>)[column.slot] = v;
    }
    units.push({ name: `单位${u + 1}`, values });
  }
  return units;
}

/** What a clerk types for `column` of `unit`: yes/no as 是/否, everything else as it reads (null when left blank). */
export function typedValue(unit: UnitInput, column: InputColumn): string | number | null {
  const raw = unit.values[column.id];
  const value = column.slot === "" ? raw : (raw as Record<string, unknown> | undefined)?.[column.slot];
  if (typeof value === "boolean") return value ? "是" : "否";
  return (value ?? null) as string | number | null;
}
