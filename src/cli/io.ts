/** Files for the command line: scheme files or built-in ids, input JSON files. Every failure is a UserError. */
import { existsSync, readFileSync, renameSync, unlinkSync } from "fs";
import { basename, dirname, join } from "path";
import { z } from "zod";
import { describeProblems, loadScheme, Scheme, UnitInput } from "../engine";
import { builtinScheme, builtinSchemes } from "../schemes";

/** A problem with what the user gave us: printed without a stack trace, exit code 1. */
export class UserError extends Error {}

/**
 * Writes through `write` to a temporary file beside `path` and renames it over `path` only once it is complete, so
 * a failure leaves the old file (or no file) as it was.
 */
export async function writeAtomically(path: string, write: (temporary: string) => Promise<void> | void): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await write(temporary);
    renameSync(temporary, path);
  } catch (e) {
    if (existsSync(temporary)) unlinkSync(temporary);
    throw new UserError(`无法写入 ${path}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new UserError(`无法读取${what} ${path}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function readJson(path: string, what: string): unknown {
  const text = readText(path, what);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UserError(`${what} ${path} 不是有效的 JSON：${(e as Error).message}`);
  }
}

/** A built-in id ("changning-2023") or the path of a scheme file. */
export function resolveScheme(ref: string): Scheme {
  const builtin = builtinScheme(ref);
  let json: unknown;
  let origin: string;
  if (builtin) {
    json = builtin;
    origin = `内置方案 ${ref}`;
  } else if (ref.endsWith(".json") || existsSync(ref)) {
    json = readJson(ref, "方案文件");
    origin = `方案文件 ${ref}`;
  } else {
    const known = builtinSchemes.map((s) => s.id).join("、") || "暂无内置方案";
    throw new UserError(`未知的方案 ${ref}：既不是内置方案（${known}），也不是方案文件`);
  }
  const loaded = loadScheme(json);
  if (!loaded.ok) throw new UserError(`${origin} 有误：\n${describeProblems(loaded.problems)}`);
  return loaded.scheme;
}

const unitSchema = z.strictObject({
  name: z.string().trim().min(1, "单位名称不能为空"),
  values: z.record(z.string(), z.unknown()).default({}),
  /** Scores a sheet already holds, for an audit. */
  reported: z.record(z.string(), z.unknown()).optional(),
});
const inputSchema = z.strictObject({ units: z.array(unitSchema).min(1, "至少需要一个单位") });

export type InputUnit = z.infer<typeof unitSchema>;

function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`))
    .join("")
    .replace(/^\./, "");
}

/** An input file `{"units": [{"name": …, "values": {…}}]}`, checked for shape and duplicate names. */
export function readUnits(path: string): InputUnit[] {
  const parsed = inputSchema.safeParse(readJson(path, "输入文件"));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${issuePath(i.path) || "（文件）"}：${i.message}`);
    throw new UserError(`输入文件 ${path} 格式有误：\n${lines.join("\n")}`);
  }
  const seen = new Set<string>();
  for (const unit of parsed.data.units) {
    if (seen.has(unit.name)) throw new UserError(`输入文件 ${path}：单位名称“${unit.name}”重复`);
    seen.add(unit.name);
  }
  return parsed.data.units;
}

export function toUnitInputs(units: readonly InputUnit[]): UnitInput[] {
  return units.map((u) => ({ name: u.name, values: u.values }));
}
