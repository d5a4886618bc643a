/** Files for the command line: scheme files or built-in ids, input JSON files. Every failure is a UserError. */
import { randomBytes } from "crypto";
import { accessSync, constants, existsSync, lstatSync, readFileSync, Stats, unlinkSync } from "fs";
import { FileHandle, open, rename } from "fs/promises";
import { dirname, join, resolve } from "path";
import { z } from "zod";
import { checkChoices, describeProblems, InputError, LabelChoices, loadScheme, Scheme, UnitInput } from "../engine";
import { builtinScheme, builtinSchemes } from "../schemes";
import { problemListing } from "../workbook";
import { readFailure } from "./messages";

/** A problem with what the user gave us: printed without a stack trace, exit code 1. */
export class UserError extends Error {}

/** What a file-system error code means, in the user's words: no bare ENOENT or EACCES in a message. */
const FS_PROBLEMS: Record<string, string> = {
  ENOENT: "不存在",
  ENOTDIR: "路径中有一段不是文件夹",
  EISDIR: "是一个文件夹，不是文件",
  EACCES: "没有权限",
  EPERM: "没有权限（或文件正被其他程序占用）",
  EBUSY: "正被其他程序占用（例如在 Excel 或 WPS 中打开着）",
  ETXTBSY: "正被其他程序占用",
  ENOSPC: "磁盘已满",
  EDQUOT: "超出了磁盘配额",
  EROFS: "所在的磁盘是只读的",
  EEXIST: "已存在",
  ENAMETOOLONG: "文件名太长",
  ELOOP: "符号链接层数太多（可能指向自身）",
  EMFILE: "同时打开的文件太多",
  ENFILE: "同时打开的文件太多",
  EFBIG: "文件太大",
  EIO: "读写出错（磁盘或网络故障）",
  ENXIO: "设备不存在",
  ENODEV: "设备不存在",
  EINVAL: "该文件系统不支持这一操作",
  ENOTSUP: "该文件系统不支持这一操作",
  ECANCELED: "操作已取消",
};

function codeOf(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

/** A file-system error in Chinese ("磁盘已满"); an unknown one by its own message. */
export function fsProblem(e: unknown): string {
  const code = codeOf(e);
  return (code !== undefined ? FS_PROBLEMS[code] : undefined) ?? (e instanceof Error ? e.message : String(e));
}

/** Why a file could not be read, with what to do (messages.ts: 不存在, 无权读取, 是文件夹 …). */
export function readProblem(what: string, path: string, e: unknown): UserError {
  return new UserError(readFailure(codeOf(e), what, path, fsProblem(e)));
}

/** Signals that end the process while a file is being written: its temporary file goes first. */
const SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
/** Bytes written per call, so that a signal is noticed between them. */
const CHUNK = 1 << 22;

/** Whether the file may be written by this user: no write bit at all is read-only, for root too. */
function writable(path: string, stats: Stats): boolean {
  if ((stats.mode & 0o222) === 0) return false;
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The file a write to `path` would replace, or undefined when there is none. Refuses what must not be replaced: a
 * symbolic link (renaming over it would replace the link, not the file it points to), a folder or a device, and a
 * read-only file (the folder's permission would let a rename replace it; its owner said not to).
 */
export function replaceable(path: string): Stats | undefined {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (e) {
    if (codeOf(e) === "ENOENT") return undefined;
    throw new UserError(`无法写入 ${path}：${fsProblem(e)}，请换一个输出位置（--out）`);
  }
  if (stats.isSymbolicLink()) {
    throw new UserError(
      `${path} 是符号链接，未替换（替换会断开链接）：请直接给出它指向的文件，或用 --out 写到另一个文件`,
    );
  }
  if (stats.isDirectory()) throw new UserError(`${path} 是一个文件夹：请给出要写入的文件名（--out）`);
  if (!stats.isFile()) throw new UserError(`${path} 不是普通文件，未替换：请用 --out 写到另一个文件`);
  if (!writable(path, stats)) {
    throw new UserError(
      `${path} 是只读文件（没有写入权限），未替换：如要更新它，请先去掉只读属性（在文件属性中取消“只读”，或 chmod u+w），或用 --out 写到另一个文件`,
    );
  }
  return stats;
}

/** The permissions a new file gets, as a plain write would create it: 0666 less the umask. */
function newFileMode(): number {
  let umask: number | undefined;
  try {
    const match = /^Umask:\s*([0-7]+)$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (match) umask = parseInt(match[1] as string, 8);
  } catch {
    // Not Linux: ask the process (which sets the mask twice to read it).
  }
  return 0o666 & ~(umask ?? process.umask());
}

/** The old file's owner (when the writer may set it: root, or its owner giving back its group) and permissions. */
async function keepOwnerAndMode(handle: FileHandle, existing: Stats | undefined): Promise<void> {
  if (existing && process.platform !== "win32") {
    const own = await handle.stat();
    const root = process.getuid?.() === 0;
    if (root && (own.uid !== existing.uid || own.gid !== existing.gid)) {
      await handle.chown(existing.uid, existing.gid).catch(() => undefined);
    } else if (!root && own.gid !== existing.gid) {
      await handle.chown(own.uid, existing.gid).catch(() => undefined);
    }
  }
  // A file system without permissions (FAT, some shares) keeps its own: the temporary file's 0600 at worst.
  await handle.chmod(existing ? existing.mode & 0o777 : newFileMode()).catch(() => undefined);
}

/** The rename made durable: the folder's entry written out. Some systems cannot sync a folder; the file is in place. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === "win32") return;
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, "r");
    await handle.sync();
  } catch {
    // The rename is done either way.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

class Interrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(signal);
  }
}

type Stage = "create" | "write" | "replace";

/** A failed write as the user reads it: the file, what went wrong in words, what to do, and that nothing changed. */
function writeProblem(path: string, folder: string, replacing: boolean, stage: Stage, e: unknown): UserError {
  const kept = replacing ? "原文件未改动" : "没有写出文件";
  if (e instanceof Interrupted) return new UserError(`写入 ${path} 时被中断（${e.signal}）：${kept}`);
  const code = codeOf(e);
  if (code === "ENOSPC" || code === "EDQUOT") {
    return new UserError(`无法写入 ${path}：${fsProblem(e)}，请腾出空间后再试；${kept}`);
  }
  if (code === "EROFS") return new UserError(`无法写入 ${path}：${fsProblem(e)}，请换一个输出位置（--out）；${kept}`);
  if (stage === "create" && (code === "ENOENT" || code === "ENOTDIR")) {
    return new UserError(`无法写入 ${path}：文件夹 ${folder} 不存在，请先建好它或换一个输出位置（--out）`);
  }
  if (stage === "create" && (code === "EACCES" || code === "EPERM")) {
    return new UserError(
      `无法写入 ${path}：没有在文件夹 ${folder} 中新建文件的权限，请换一个有写入权限的文件夹（--out）；${kept}`,
    );
  }
  if (stage === "replace" && (code === "EACCES" || code === "EPERM" || code === "EBUSY")) {
    return new UserError(
      `无法替换 ${path}：没有权限，或文件正被其他程序占用（例如在 Excel、WPS 中打开着），请关闭它后再试；${kept}`,
    );
  }
  return new UserError(`无法写入 ${path}：${fsProblem(e)}；${kept}`);
}

/**
 * Writes `data` to `path` so that a failure, a full disk or a Ctrl+C leaves the old file (or no file) as it was:
 * into a new temporary file beside it, created exclusively (O_EXCL, so never through a planted link) under a random
 * name, readable by its owner only (0600) while written; given the old file's permissions (and owner, where the
 * writer may), synced to disk, renamed over `path`, and the rename synced. The temporary file is removed on every
 * failure, and on SIGINT, SIGTERM or SIGHUP during the write, after which the signal is raised again. A symbolic link,
 * a folder or a read-only file at `path` is refused.
 */
export async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  const existing = replaceable(path);
  const folder = dirname(resolve(path));
  /** The temporary file while it may exist, and the signal that interrupted the write. */
  const state: { temporary?: string; signal?: NodeJS.Signals } = {};
  const removeTemporary = () => {
    if (state.temporary === undefined) return;
    try {
      unlinkSync(state.temporary);
    } catch {
      // Not created yet, or removed already.
    }
  };
  const stopListening = () => SIGNALS.forEach((s) => process.removeListener(s, onSignal));
  const onSignal = (signal: NodeJS.Signals) => {
    state.signal = signal;
    removeTemporary();
    // Raised again without our handler: the process ends as that signal ends it (or as another handler decides).
    stopListening();
    process.kill(process.pid, signal);
  };
  const checkSignal = () => {
    if (state.signal !== undefined) throw new Interrupted(state.signal);
  };

  SIGNALS.forEach((s) => process.on(s, onSignal));
  let handle: FileHandle | undefined;
  let stage: Stage = "create";
  try {
    for (let attempt = 1; handle === undefined; attempt++) {
      state.temporary = join(folder, `.jixiao-${randomBytes(16).toString("hex")}.tmp`);
      try {
        handle = await open(state.temporary, "wx", 0o600);
      } catch (e) {
        // Someone else's file under that name (it cannot be guessed, but never remove what is not ours).
        state.temporary = undefined;
        if (codeOf(e) !== "EEXIST" || attempt === 5) throw e;
      }
    }
    checkSignal();
    stage = "write";
    await keepOwnerAndMode(handle, existing);
    for (let at = 0; at < data.byteLength;) {
      const { bytesWritten } = await handle.write(data, at, Math.min(CHUNK, data.byteLength - at));
      at += bytesWritten;
      checkSignal();
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    checkSignal();
    stage = "replace";
    await rename(state.temporary as string, path);
    state.temporary = undefined;
  } catch (e) {
    await handle?.close().catch(() => undefined);
    removeTemporary();
    throw writeProblem(path, folder, existing !== undefined, stage, e);
  } finally {
    stopListening();
  }
  await syncFolder(folder);
}

export function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw readProblem(what, path, e);
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
const inputSchema = z.strictObject({
  units: z.array(unitSchema).min(1, "至少需要一个单位"),
  /** The evaluator's choices for answers the scheme leaves open: {"D12": {"良好": "较好"}}. */
  choices: z.record(z.string(), z.record(z.string(), z.string())).optional(),
});

export type InputUnit = z.infer<typeof unitSchema>;

function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`))
    .join("")
    .replace(/^\./, "");
}

/** An input file `{"units": [{"name": …, "values": {…}}]}`, checked for shape and duplicate names. */
export function readUnits(path: string): InputUnit[] {
  return readInputFile(path).units;
}

/** An input file with the evaluator's choices it keeps ("choices"), when it has them. */
export function readInputFile(path: string): { units: InputUnit[]; choices?: LabelChoices } {
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
  const { units, choices } = parsed.data;
  return choices ? { units, choices } : { units };
}

/**
 * The evaluator's choices for a run: `--choose D12:良好=较好` (each option over the same answer in the file's
 * "choices"), checked against the scheme; a choice the scheme does not offer is a UserError naming it.
 */
export function runChoices(scheme: Scheme, options: readonly string[] = [], file: LabelChoices = {}): LabelChoices {
  const choices: Record<string, Record<string, string>> = {};
  for (const [id, chosen] of Object.entries(file)) choices[id] = { ...chosen };
  const bad: string[] = [];
  for (const option of options) {
    const m = /^\s*([^:：=＝\s]+)\s*[:：]\s*([^=＝]+?)\s*[=＝]\s*(\S.*?)\s*$/.exec(option);
    if (!m) {
      bad.push(`--choose ${option}：应写作 编号:文件中的答案=选择的档次，如 D12:良好=较好`);
      continue;
    }
    const [, id, label, level] = m as unknown as [string, string, string, string];
    (choices[id] ??= {})[label] = level;
  }
  bad.push(...checkChoices(scheme, choices));
  if (bad.length > 0) throw new UserError(`评价人的选择有 ${bad.length} 处问题：\n${bad.join("\n")}`);
  return choices;
}

/** The option that gives the evaluator's choices, on every command that scores (repeatable). */
export const CHOOSE_FLAGS = "--choose <编号:答案=档次>";
export const CHOOSE_HELP = "文件未定义的答案按哪一档计分（评价人选择），如 D12:良好=较好；可重复";

/** Collects each `--choose` given (commander calls it once per occurrence). */
export function collectChoice(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Problem lines as a run lists them: the first 50, then how many more (each already names its cell, if any). */
export function shownProblems(lines: readonly string[]): string[] {
  return problemListing(lines.map((line) => ({ messages: [line] })));
}

/** How to give a choice, after the errors of a run that asked for one (`inFile`: an input file can keep it too). */
export function choiceHint(errors: readonly InputError[], inFile = true): string[] {
  const open = errors.find((e) => e.problem.code === "ambiguous-label");
  if (!open) return [];
  const kept = inFile ? `（或在输入文件中写 "choices": {"${open.id}": {"<答案>": "<档次>"}}）` : "";
  return [`评价人选定后，可用 --choose ${open.id}:<文件中的答案>=<档次> 指定${kept}`];
}

export function toUnitInputs(units: readonly InputUnit[]): UnitInput[] {
  return units.map((u) => ({ name: u.name, values: u.values }));
}
