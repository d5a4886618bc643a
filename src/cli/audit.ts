/**
 * `jixiao audit`: recomputes the scores a sheet reports and lists every one its rule does not give. Finding
 * differences is the command's purpose, not a failure: it exits 0 with the list; only bad input exits non-zero.
 */
import type { Command } from "commander";
import { audit, Audit, AuditFinding, describeAuditError, Decimal, fixed, plain, Scheme, toNumber } from "../engine";
import type { Output } from "./commands";
import { CHOOSE_FLAGS, CHOOSE_HELP, collectChoice, resolveScheme, runChoices, shownProblems, UserError } from "./io";
import { readSource } from "./sources";
import { eagerList, lazyList, ListOf, writeJson } from "./json";
import { tableLines } from "./table";

export interface AuditOptions {
  scheme: string;
  input: string;
  json?: boolean;
  choose?: string[];
}

function signedFixed(value: Decimal, places: number): string {
  return `${value.greaterThan(0) ? "+" : ""}${fixed(value, places)}`;
}

function findingLines(scheme: Scheme, f: AuditFinding, n: number): string[] {
  const cell = f.cell !== undefined ? `（单元格 ${f.cell}）` : "";
  const lines = [
    `${n}. ${f.unit} · ${f.id} ${f.name}${cell}`,
    `   报送 ${plain(f.reported)} 分，按规则应为 ${plain(f.computed)} 分`,
    `   规则：${f.rule}`,
  ];
  if (f.criterion !== undefined) lines.push(`   评分标准：${f.criterion}`);
  if (f.explanation !== "") lines.push(`   计算：${f.explanation}`);
  if (f.reportedParts !== undefined) {
    const same = f.reportedParts.equals(f.reported) ? "与报送值一致，差异来自下级得分" : "与报送值也不一致";
    lines.push(`   报送的下级得分合计 ${fixed(f.reportedParts, scheme.precision)}，${same}`);
  }
  return lines;
}

export function auditLines(result: Audit): string[] {
  const { scheme } = result.evaluation;
  const p = scheme.precision;
  const lines = [
    `${scheme.title} 复核`,
    "",
    `共 ${result.evaluation.units.length} 个单位，核对 ${result.checked} 个报送得分，` +
      (result.findings.length === 0
        ? "全部与规则计算结果一致。"
        : `其中 ${result.findings.length} 个与规则计算结果不一致：`),
  ];
  if (result.findings.length > 0) {
    lines.push("");
    const table = tableLines(
      [scheme.unitLabel, "编号", "指标", "报送", "复核", "报送−复核"],
      result.findings.map((f) => [
        f.unit,
        f.id,
        f.name,
        fixed(f.reported, p),
        fixed(f.computed, p),
        signedFixed(f.difference, p),
      ]),
      new Set([3, 4, 5]),
    );
    for (const line of table) lines.push(line);
    result.findings.forEach((f, i) => {
      lines.push("");
      for (const line of findingLines(scheme, f, i + 1)) lines.push(line);
    });
  }
  if (result.pending.length > 0) {
    lines.push("", "待定（文件未定义的答案，须评价人选择后才能复核，不计为不一致）：");
    for (const u of result.pending) {
      const cell = u.cell !== undefined ? `（单元格 ${u.cell}）` : "";
      const reported = u.reported !== undefined ? `报送 ${plain(u.reported)}；` : "";
      lines.push(`  ${u.unit} · ${u.id} ${u.name}${cell}：${reported}${u.question}`);
    }
    lines.push(`  选定后用 --choose ${result.pending[0]?.id ?? ""}:<答案>=<档次> 复核（或在输入文件中写 "choices"）`);
  }
  if (result.unchecked.length > 0) {
    lines.push("", "以下报送得分因录入值未填写或待定，无法复核：");
    for (const u of result.unchecked) {
      const why = [
        ...(u.missing.length > 0 ? [`未填写 ${leafNames(scheme, u.missing)}`] : []),
        ...(u.pending && u.pending.length > 0 ? [`待定 ${leafNames(scheme, u.pending)}`] : []),
      ];
      lines.push(`  ${u.unit} · ${u.id} ${u.name}：报送 ${plain(u.reported)}，${why.join("，")}`);
    }
  }
  return lines;
}

/** "1 年度重点工作任务、3 专项评价": leaves named as the document names them. */
function leafNames(scheme: Scheme, ids: readonly string[]): string {
  return ids.map((id) => `${id} ${scheme.nodes.get(id)?.name ?? ""}`.trim()).join("、");
}

export function auditText(result: Audit): string {
  return auditLines(result).join("\n");
}

/** The JSON of an audit; `list` makes its lists (LazyArrays to write them as they are made). */
export function auditJson(result: Audit, list: ListOf = eagerList): unknown {
  const { scheme } = result.evaluation;
  const p = scheme.precision;
  return {
    scheme: scheme.id,
    units: result.evaluation.units.length,
    checked: result.checked,
    findings: list(result.findings, (f) => ({
      unit: f.unit,
      id: f.id,
      name: f.name,
      reported: toNumber(f.reported),
      computed: toNumber(f.computed, p),
      difference: toNumber(f.difference, p),
      rule: f.rule,
      criterion: f.criterion ?? null,
      explanation: f.explanation,
      reportedParts: f.reportedParts === undefined ? null : toNumber(f.reportedParts, p),
      cell: f.cell ?? null,
    })),
    unchecked: list(result.unchecked, (u) => ({
      unit: u.unit,
      id: u.id,
      name: u.name,
      reported: toNumber(u.reported),
      missing: u.missing,
      pending: u.pending ?? [],
      cell: u.cell ?? null,
    })),
    pending: list(result.pending, (u) => ({
      unit: u.unit,
      id: u.id,
      name: u.name,
      question: u.question,
      reported: u.reported === undefined ? null : toNumber(u.reported),
      cell: u.cell ?? null,
    })),
  };
}

export async function auditCommand(options: AuditOptions, io: Output): Promise<void> {
  const scheme = resolveScheme(options.scheme);
  const { units, choices: kept } = await readSource(options.input, scheme, runChoices(scheme, options.choose));
  const choices = runChoices(scheme, options.choose, kept);
  if (units.every((u) => u.reported === undefined || Object.keys(u.reported).length === 0)) {
    throw new UserError(`输入文件 ${options.input} 中没有报送得分：复核需要每个单位的 "reported": {"<编号>": 得分}`);
  }
  const result = audit(
    scheme,
    units.map((u) => {
      const unit = { name: u.name, values: u.values, reported: u.reported ?? {} };
      return u.cells ? { ...unit, cells: u.cells } : unit;
    }),
    { choices },
  );
  if (result.errors.length > 0) {
    const lines = result.errors.map((e) => describeAuditError(scheme, e));
    throw new UserError([`输入有 ${lines.length} 处错误，未复核：`, ...shownProblems(lines)].join("\n"));
  }
  if (options.json) writeJson(io, auditJson(result, lazyList));
  else for (const line of auditLines(result)) io.out(line);
}

export function registerAudit(program: Command, io: Output): void {
  program
    .command("audit")
    .description("复核：按规则重新计算报送的得分，列出每一处不一致")
    .requiredOption("--scheme <id|file.json>", "内置方案编号或方案文件")
    .requiredOption(
      "--input <file.json|file.xlsx>",
      '输入文件：{"units": [{"name": …, "values": {…}, "reported": {"<编号>": 得分}}]}',
    )
    .option("--json", "以 JSON 输出")
    .option(CHOOSE_FLAGS, CHOOSE_HELP, collectChoice)
    .action((options: AuditOptions) => auditCommand(options, io));
}
