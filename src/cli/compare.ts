/**
 * `jixiao compare`: two 得分表 under one scheme side by side — per unit the change in each block, in 总分 and in rank,
 * every name match with how it was made, the units in one sheet only, and the units that improved most.
 */
import type { Command } from "commander";
import {
  compare,
  Comparison,
  Decimal,
  fixed,
  matchMethodName,
  NameOverride,
  Progress,
  Scheme,
  toNumber,
  UnitComparison,
} from "../engine";
import type { Output } from "./commands";
import { CHOOSE_FLAGS, CHOOSE_HELP, collectChoice, resolveScheme, UserError } from "./io";
import { evaluateSource } from "./sources";
import { eagerList, lazyList, ListOf, writeJson } from "./json";
import { tableLines } from "./table";

export interface CompareOptions {
  scheme: string;
  before: string;
  after: string;
  json?: boolean;
  match?: string[];
  choose?: string[];
  progress?: Progress;
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

/** Reads both files, scores them and compares them; every problem is a UserError. */
export async function compareFiles(
  scheme: Scheme,
  before: string,
  after: string,
  matches: readonly string[] = [],
  choose: readonly string[] = [],
  progress: Progress = "total",
): Promise<Comparison> {
  const overrides = matches.map(parseOverride);
  // A comparison shows scores, not the per-leaf sentences: two large sheets need not hold them.
  const result = compare(
    await evaluateSource(scheme, before, "前表", { explain: false }, choose),
    await evaluateSource(scheme, after, "后表", { explain: false }, choose),
    { overrides, progress },
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

export function comparisonLines(c: Comparison, files: { before: string; after: string }): string[] {
  const { scheme } = c.after;
  const p = scheme.precision;
  const show = (d: Decimal | null) => (d === null ? "" : fixed(d, p));
  const lines = [`${scheme.title} 对比：前表 ${files.before} → 后表 ${files.after}`, "", "单位对应："];
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

  const header = [
    scheme.unitLabel,
    "前表名称",
    ...c.columns.map((col) => `${col.name}变化`),
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
    ...u.columns.map((x) => signedFixed(x.change, p)),
    show(u.total.before),
    show(u.total.after),
    signedFixed(u.total.change, p),
    `${u.rank.before ?? "—"}→${u.rank.after ?? "—"}`,
    signedInt(u.rank.change),
    note(u),
  ];
  const rows = [...c.units, ...c.onlyAfter, ...c.onlyBefore].map(row);
  const numeric = new Set(Array.from({ length: c.columns.length + 5 }, (_, i) => i + 2));
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
  const p = c.after.scheme.precision;
  const num = (d: Decimal | null) => (d === null ? null : toNumber(d, p));
  const unit = (u: UnitComparison) => ({
    name: u.name,
    before: u.before?.name ?? null,
    match: u.match ? { method: u.match.method, how: matchMethodName(u.match.method), detail: u.match.detail } : null,
    blocks: Object.fromEntries(
      c.columns.map((col, i) => {
        const x = u.columns[i];
        return [
          col.id,
          { before: num(x?.before ?? null), after: num(x?.after ?? null), change: num(x?.change ?? null) },
        ];
      }),
    ),
    total: { before: num(u.total.before), after: num(u.total.after), change: num(u.total.change) },
    rank: u.rank,
    improvedMost: u.improvedMost,
  });
  return {
    scheme: c.after.scheme.id,
    units: list(c.units, unit),
    onlyBefore: list(c.onlyBefore, unit),
    onlyAfter: list(c.onlyAfter, unit),
    ambiguous: list(c.ambiguous, (a) => ({ side: a.side, name: a.name, candidates: a.candidates })),
    improved: c.improved.map((u) => u.name),
  };
}

export async function compareCommand(options: CompareOptions, io: Output): Promise<void> {
  const scheme = resolveScheme(options.scheme);
  const c = await compareFiles(scheme, options.before, options.after, options.match, options.choose, options.progress);
  if (options.json) writeJson(io, comparisonJson(c, lazyList));
  else for (const line of comparisonLines(c, options)) io.out(line);
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** What --progress takes: 进步较大 by the rise of 总分 or of 排名 ([000] does not define it). */
function parseProgress(value: string): Progress {
  if (value === "total" || value === "rank") return value;
  throw new UserError(`--progress ${value}：应为 total（按总分提高幅度）或 rank（按排名上升位次）`);
}

/** The --match, --choose and --progress options `compare` and `report` share. */
export function matchOption(command: Command): Command {
  return command
    .option("--match <前表名称=后表名称>", "指定两表单位的对应关系（可多次使用；无对应时留空一侧，如 新泾=）", collect)
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
    .requiredOption("--scheme <id|file.json>", "内置方案编号或方案文件")
    .requiredOption("--before <file.json|file.xlsx>", "前表（如上一年度）：输入文件或工作簿")
    .requiredOption("--after <file.json|file.xlsx>", "后表（如本年度）：输入文件或工作簿")
    .option("--json", "以 JSON 输出");
  matchOption(command).action((options: CompareOptions) => compareCommand(options, io));
}
