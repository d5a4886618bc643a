/**
 * `jixiao compare`: two 得分表 side by side, under one scheme or one each (--before-scheme, --after-scheme) — per unit
 * the change in each block (by 得分率 where a block's points changed), in 总分 and in rank, every name match with how it
 * was made, the blocks and units in one sheet only, and the units that improved most.
 */
import type { Command } from "commander";
import { existsSync } from "fs";
import { basename, extname } from "path";
import {
  BlockOverride,
  compare,
  ComparedColumn,
  Comparison,
  Decimal,
  fixed,
  matchMethodName,
  NameOverride,
  plain,
  Progress,
  roundHalfUp,
  Scheme,
  toNumber,
  UnitComparison,
} from "../engine";
import { COMPARISON_SUFFIX, comparisonGrid, comparisonLabels } from "../workbook";
import type { Output } from "./commands";
import { CHOOSE_FLAGS, CHOOSE_HELP, collectChoice, resolveScheme, UserError } from "./io";
import { evaluateSource } from "./sources";
import { eagerList, lazyList, ListOf, writeJson } from "./json";
import { tableLines } from "./table";

export interface CompareOptions extends SideSchemes {
  before: string;
  after: string;
  json?: boolean;
  out?: string;
  match?: string[];
  mapBlock?: string[];
  choose?: string[];
  progress?: Progress;
}

/** The scheme of each side: --scheme for both, or --before-scheme and --after-scheme (each defaulting to --scheme). */
export interface SideSchemes {
  scheme?: string;
  beforeScheme?: string;
  afterScheme?: string;
}

export function resolveSides(options: SideSchemes): { before: Scheme; after: Scheme } {
  const before = options.beforeScheme ?? options.scheme;
  const after = options.afterScheme ?? options.scheme;
  if (before === undefined || after === undefined) {
    throw new UserError(
      "请用 --scheme 指定两表共用的方案，或用 --before-scheme 和 --after-scheme 分别指定前表和后表的方案",
    );
  }
  const schemeBefore = resolveScheme(before);
  return { before: schemeBefore, after: after === before ? schemeBefore : resolveScheme(after) };
}

/** "基础评价=工作保障与管理" pairs two blocks; "专项评价=" says 专项评价 has no counterpart; "=扣分项" likewise. */
export function parseBlockOverride(text: string): BlockOverride {
  const at = text.search(/[=＝]/);
  if (at < 0) throw new UserError(`--map-block ${text}：应写作 前表一级指标=后表一级指标（无对应时留空一侧）`);
  const before = text.slice(0, at).trim();
  const after = text.slice(at + 1).trim();
  if (before === "" && after === "") throw new UserError(`--map-block ${text}：两侧名称不能都为空`);
  if (before === "") return { before: null, after };
  return { before, after: after === "" ? null : after };
}

/** "新泾=新泾镇" pairs two names; "新泾=" says 新泾 has no counterpart; "=程家桥街道" likewise for the later sheet. */
export function parseOverride(text: string): NameOverride {
  const at = text.search(/[=＝]/);
  if (at < 0) throw new UserError(`--match ${text}：应写作 前表名称=后表名称（无对应时留空一侧）`);
  const before = text.slice(0, at).trim();
  const after = text.slice(at + 1).trim();
  if (before === "" && after === "") throw new UserError(`--match ${text}：两侧名称不能都为空`);
  if (before === "") return { before: null, after };
  return { before, after: after === "" ? null : after };
}

/** How two files are compared: the name and block corrections, the evaluator's choices, the measure of progress. */
export interface CompareWith {
  match?: readonly string[];
  mapBlock?: readonly string[];
  choose?: readonly string[];
  progress?: Progress;
}

/** Reads both files, scores each under its scheme and compares them; every problem is a UserError. */
export async function compareFiles(
  schemes: { before: Scheme; after: Scheme },
  before: string,
  after: string,
  options: CompareWith = {},
): Promise<Comparison> {
  const overrides = (options.match ?? []).map(parseOverride);
  const blocks = (options.mapBlock ?? []).map(parseBlockOverride);
  const choose = options.choose ?? [];
  // Under two schemes each side takes the choices naming its own leaves; one naming neither goes to both, to be refused.
  const chooseFor = (scheme: Scheme, other: Scheme) =>
    scheme === other
      ? choose
      : choose.filter((o) => {
          const id = o.split(/[:：]/)[0]?.trim() ?? "";
          return scheme.nodes.has(id) || !other.nodes.has(id);
        });
  // A comparison shows scores, not the per-leaf sentences: two large sheets need not hold them.
  const result = compare(
    await evaluateSource(schemes.before, before, "前表", { explain: false }, chooseFor(schemes.before, schemes.after)),
    await evaluateSource(schemes.after, after, "后表", { explain: false }, chooseFor(schemes.after, schemes.before)),
    { overrides, blocks, progress: options.progress ?? "total" },
  );
  if (!result.ok) throw new UserError(result.error.zh);
  return result.value;
}

function signedFixed(value: Decimal | null, places: number): string {
  if (value === null) return "";
  return `${value.greaterThan(0) ? "+" : ""}${fixed(value, places)}`;
}

function signedInt(value: number | null): string {
  if (value === null) return "";
  return value > 0 ? `+${value}` : String(value);
}

/** A rate as a percentage at two decimals, half-up ("95.71%"). */
function percentText(rate: Decimal | null): string {
  return rate === null ? "" : `${fixed(rate.times(100), 2)}%`;
}

/** What a block pairing says: "年度重点工作任务 ← 年度重点工作任务（名称相同；满分7→25分，按得分率对比）". */
function pairingLine(col: ComparedColumn): string {
  const how = col.pairedBy === "override" ? "指定" : col.pairedBy === "name" ? "名称相同" : "同一编号";
  const points =
    col.byRate && col.beforeNode && col.node
      ? `；满分${plain(col.beforeNode.points)}→${plain(col.node.points)}分，按得分率对比`
      : "";
  return `  ${col.name} ← ${col.beforeName}（${how}${points}）`;
}

/** The lines before the table when the two sides were scored under different schemes. */
function schemeLines(c: Comparison): string[] {
  const lines: string[] = [];
  if (c.schemesDiffer) {
    const side = (s: Scheme) => `${s.title}（${s.id}）`;
    lines.push(`两表方案不同：前表 ${side(c.before.scheme)}，后表 ${side(c.after.scheme)}`, "一级指标对应：");
    for (const col of c.columns) if (col.node && col.beforeNode) lines.push(pairingLine(col));
    const only = (side: "before" | "after") =>
      c.columns.filter((col) => (side === "before" ? !col.node : !col.beforeNode)).map((col) => col.name);
    if (only("before").length > 0) lines.push(`  仅在前表（不计变化）：${only("before").join("、")}`);
    if (only("after").length > 0) lines.push(`  仅在后表（不计变化）：${only("after").join("、")}`);
  }
  if (c.scale.differs) {
    lines.push(
      `总分构成不同：前表 ${c.scale.before} 分，后表 ${c.scale.after} 分；总分按原值对比，请结合排名变化判断。`,
    );
  }
  return lines;
}

export function comparisonLines(c: Comparison, files: { before: string; after: string }): string[] {
  const { scheme } = c.after;
  const p = Math.max(scheme.precision, c.before.scheme.precision);
  const show = (d: Decimal | null) => (d === null ? "" : fixed(d, p));
  const title = c.schemesDiffer ? "" : `${scheme.title} `;
  const lines = [`${title}对比：前表 ${files.before} → 后表 ${files.after}`, ...schemeLines(c), "", "单位对应："];
  for (const u of c.units) {
    if (!u.match) continue;
    lines.push(`  ${u.match.afterName} ← ${u.match.beforeName}（${u.match.detail}）`);
  }
  if (c.onlyBefore.length > 0) lines.push(`仅在前表：${c.onlyBefore.map((u) => u.name).join("、")}`);
  if (c.onlyAfter.length > 0) lines.push(`仅在后表：${c.onlyAfter.map((u) => u.name).join("、")}`);
  if (c.ambiguous.length > 0) {
    lines.push("无法确定对应（可用 --match 前表名称=后表名称 指定）：");
    for (const a of c.ambiguous)
      lines.push(`  ${a.name}（${a.side === "before" ? "前表" : "后表"}）：${a.candidates.join("、")}`);
  }

  // Per column: its change; by 得分率, the raw scores and the rates as well; a block of one side, its score.
  const blockHeads = c.columns.flatMap((col) => {
    if (!col.node) return [`${col.name}(仅前表)`];
    if (!col.beforeNode) return [`${col.name}(仅后表)`];
    if (col.byRate) return [`${col.name}(前→后)`, `${col.name}得分率(前→后)`, `${col.name}得分率变化(百分点)`];
    return [`${col.name}变化`];
  });
  const blockCells = (u: UnitComparison) =>
    c.columns.flatMap((col, i) => {
      const x = u.columns[i];
      if (!x) return [""];
      if (!col.node) return [show(x.before)];
      if (!col.beforeNode) return [show(x.after)];
      if (col.byRate) {
        const rate = x.rate;
        const change = rate?.change ? roundHalfUp(rate.change.times(100), 2) : null;
        return [
          x.before !== null || x.after !== null ? `${show(x.before) || "—"}→${show(x.after) || "—"}` : "",
          rate && (rate.before || rate.after)
            ? `${percentText(rate.before) || "—"}→${percentText(rate.after) || "—"}`
            : "",
          signedFixed(change, 2),
        ];
      }
      return [signedFixed(x.change, p)];
    });
  const header = [
    scheme.unitLabel,
    "前表名称",
    ...blockHeads,
    "总分(前)",
    "总分(后)",
    "总分变化",
    "排名(前→后)",
    "名次变化",
    "",
  ];
  const note = (u: UnitComparison) => (u.improvedMost ? "进步较大" : !u.before ? "仅后表" : !u.after ? "仅前表" : "");
  const row = (u: UnitComparison) => [
    u.name,
    u.match && u.match.method !== "exact" ? u.match.beforeName : "",
    ...blockCells(u),
    show(u.total.before),
    show(u.total.after),
    signedFixed(u.total.change, p),
    `${u.rank.before ?? "—"}→${u.rank.after ?? "—"}`,
    signedInt(u.rank.change),
    note(u),
  ];
  const rows = [...c.units, ...c.onlyAfter, ...c.onlyBefore].map(row);
  const numeric = new Set(Array.from({ length: blockHeads.length + 5 }, (_, i) => i + 2));
  lines.push("");
  for (const line of tableLines(header, rows, numeric)) lines.push(line);
  if (c.improved.length > 0) {
    const byRank = c.progress === "rank";
    const names = c.improved.map(
      (u) => `${u.name}（${byRank ? `排名${signedInt(u.rank.change)}位` : signedFixed(u.total.change, p)}）`,
    );
    lines.push("", `进步较大（${byRank ? "按排名上升位次" : "按总分提高幅度"}）：${names.join("、")}`);
  }
  return lines;
}

export function comparisonText(c: Comparison, files: { before: string; after: string }): string {
  return comparisonLines(c, files).join("\n");
}

export function comparisonJson(c: Comparison, list: ListOf = eagerList): unknown {
  const p = Math.max(c.after.scheme.precision, c.before.scheme.precision);
  const num = (d: Decimal | null) => (d === null ? null : toNumber(d, p));
  // 得分率 as a percentage at two decimals (95.71), as the table shows it.
  const pct = (d: Decimal | null) => (d === null ? null : toNumber(d.times(100), 2));
  const key = (col: ComparedColumn) => col.id ?? `before:${col.beforeId}`;
  const unit = (u: UnitComparison) => ({
    name: u.name,
    before: u.before?.name ?? null,
    match: u.match ? { method: u.match.method, how: matchMethodName(u.match.method), detail: u.match.detail } : null,
    blocks: Object.fromEntries(
      c.columns.map((col, i) => {
        const x = u.columns[i];
        const raw = { before: num(x?.before ?? null), after: num(x?.after ?? null), change: num(x?.change ?? null) };
        if (!x?.rate) return [key(col), raw];
        const rate = { before: pct(x.rate.before), after: pct(x.rate.after), change: pct(x.rate.change) };
        return [key(col), { ...raw, rate }];
      }),
    ),
    total: { before: num(u.total.before), after: num(u.total.after), change: num(u.total.change) },
    rank: u.rank,
    improvedMost: u.improvedMost,
  });
  return {
    scheme: c.after.scheme.id,
    schemes: { before: c.before.scheme.id, after: c.after.scheme.id, differ: c.schemesDiffer },
    scale: c.scale,
    columns: c.columns.map((col) => ({
      key: key(col),
      name: col.name,
      beforeName: col.beforeName,
      pairedBy: col.pairedBy,
      byRate: col.byRate,
      points: {
        before: col.beforeNode ? col.beforeNode.points.toNumber() : null,
        after: col.node ? col.node.points.toNumber() : null,
      },
    })),
    units: list(c.units, unit),
    onlyBefore: list(c.onlyBefore, unit),
    onlyAfter: list(c.onlyAfter, unit),
    ambiguous: list(c.ambiguous, (a) => ({ side: a.side, name: a.name, candidates: a.candidates })),
    improved: c.improved.map((u) => u.name),
  };
}

export async function compareCommand(options: CompareOptions, io: Output): Promise<void> {
  const out = options.out;
  if (out !== undefined) {
    if (options.json) throw new UserError("--json 与 --out 只能选一个：--out 写出对比表工作簿，--json 在屏幕上输出");
    if (extname(out).toLowerCase() !== ".xlsx") throw new UserError(`输出文件 ${out} 应以 .xlsx 结尾`);
    if (existsSync(out)) throw new UserError(`${out} 已存在：为免覆盖，请换一个输出文件名`);
  }
  const sides = resolveSides(options);
  const c = await compareFiles(sides, options.before, options.after, options);
  if (out !== undefined) return writeComparisonBook(c, sides, options, out, io);
  if (options.json) writeJson(io, comparisonJson(c, lazyList));
  else for (const line of comparisonLines(c, options)) io.out(line);
}

/**
 * `--out`: the 对比表 the add-in writes, as a workbook of its own for the supervisor to print — each side headed by the
 * year in its scheme's title or file name (“2021年”, “2023年”), else by the file's name.
 */
async function writeComparisonBook(
  c: Comparison,
  schemes: { before: Scheme; after: Scheme },
  options: CompareOptions,
  out: string,
  io: Output,
): Promise<void> {
  const side = (file: string, scheme: Scheme) => ({ sheet: basename(file, extname(file)), title: scheme.title });
  const labels = comparisonLabels(side(options.before, schemes.before), side(options.after, schemes.after));
  // exceljs is loaded only for the commands that write a new workbook with it.
  const { newWorkbook, saveAtomically, writeGrid } = await import("./xlsx");
  const workbook = newWorkbook();
  writeGrid(workbook.addWorksheet(COMPARISON_SUFFIX), comparisonGrid(c, { labels }).grid);
  await saveAtomically(workbook, out);
  io.out(`已写入 ${out}：${labels.before}与${labels.after}的对比表（${c.units.length} 个单位）`);
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** What --progress takes: 进步较大 by the rise of 总分 or of 排名 ([000] does not define it). */
function parseProgress(value: string): Progress {
  if (value === "total" || value === "rank") return value;
  throw new UserError(`--progress ${value}：应为 total（按总分提高幅度）或 rank（按排名上升位次）`);
}

/** The --match, --map-block, --choose and --progress options `compare` and `report` share. */
export function matchOption(command: Command): Command {
  return command
    .option("--match <前表名称=后表名称>", "指定两表单位的对应关系（可多次使用；无对应时留空一侧，如 新泾=）", collect)
    .option(
      "--map-block <前表一级指标=后表一级指标>",
      "两表方案不同时指定一级指标的对应（可多次使用；无对应时留空一侧，如 专项评价=）；未指定的按名称对应",
      collect,
    )
    .option(
      "--progress <total|rank>",
      "“进步较大”的衡量方法：total 按总分提高幅度（默认），rank 按排名上升位次；通报中会注明",
      parseProgress,
    )
    .option(CHOOSE_FLAGS, CHOOSE_HELP, collectChoice);
}

export function registerCompare(program: Command, io: Output): void {
  const command = program
    .command("compare")
    .description("对比两张得分表：各单位各部分、总分和排名的变化")
    .option("--scheme <id|file.json>", "两表共用的方案：内置方案编号或方案文件")
    .option("--before-scheme <id|file.json>", "前表所用的方案（两年方案不同时），默认同 --scheme")
    .option("--after-scheme <id|file.json>", "后表所用的方案（两年方案不同时），默认同 --scheme")
    .requiredOption("--before <file.json|file.xlsx>", "前表（如上一年度）：输入文件或工作簿")
    .requiredOption("--after <file.json|file.xlsx>", "后表（如本年度）：输入文件或工作簿")
    .option("--json", "以 JSON 输出")
    .option("--out <file.xlsx>", "写出对比表工作簿（与加载项的对比表相同，不覆盖已有文件）");
  matchOption(command).action((options: CompareOptions) => compareCommand(options, io));
}
