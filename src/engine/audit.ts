/**
 * Audit (复核): given the inputs a sheet holds and the scores it reports, recompute every score and list each one the
 * rule does not give — with the rule in words, the criterion, the 工作底稿 sentence and the cell — so an evaluator can
 * defend or correct it. A reported score is never taken as truth: matching at the scheme's precision is the only pass.
 */
import { parseScore } from "./cell";
import { clamp, Decimal, plain, roundHalfUp, sum, ZERO } from "./decimal";
import { evaluate, EvaluateOptions, Evaluation, InputError, UnitInput, UnitResult } from "./evaluate";
import { inputHeader } from "./output";
import type { InputProblem } from "./result";
import { isBlankInput } from "./rules/parts";
import type { Scheme, SchemeNode } from "./scheme";
import { TOTAL } from "./summary";

/** A unit as a sheet already scored it: the clerk's inputs and the scores the sheet holds. */
export interface ReportedUnit extends UnitInput {
  /** Scores the sheet holds, keyed by leaf id, block or part id, or "total". */
  reported: Record<string, unknown>;
  /** Where each reported score sits ("得分表!H7"), by the same keys, when the shell knows it. */
  cells?: Record<string, string>;
}

/** A reported score the rule does not give. */
export interface AuditFinding {
  unit: string;
  unitIndex: number;
  id: string;
  /** The indicator's name as the document writes it ("总分" for the total). */
  name: string;
  /** The reported value as read (not rounded). */
  reported: Decimal;
  /** What the rule gives, at the scheme's precision. */
  computed: Decimal;
  /** reported − computed, with the reported value rounded to the scheme's precision. */
  difference: Decimal;
  /** The rule in words: the family's description for a leaf, how the parts add up for a subtotal or the total. */
  rule: string;
  /** The node's 评分细则 in the document's words, when the scheme has it. */
  criterion?: string;
  /** The 工作底稿 sentence for a leaf; the addition of the parts for a subtotal or the total. */
  explanation: string;
  /** For a subtotal or the total whose parts are all reported: what the reported parts add up to. */
  reportedParts?: Decimal;
  cell?: string;
}

/** A reported score that cannot be recomputed because inputs it depends on are missing. */
export interface AuditUnchecked {
  unit: string;
  unitIndex: number;
  id: string;
  name: string;
  reported: Decimal;
  /** Leaf ids without input. */
  missing: string[];
  /** Leaf ids whose input waits for the evaluator's choice (待定). */
  pending?: string[];
  cell?: string;
}

/**
 * 待定: a reported score whose input the document leaves open (an answer its rule does not define, 虹桥 D12 “良好”):
 * not a slip, not an error, but a question for the evaluator, listed apart until they choose.
 */
export interface AuditPending {
  unit: string;
  unitIndex: number;
  id: string;
  name: string;
  /** The question in words: “良好”：文件未定义此档次，请选择按“较好”或“一般”计分. */
  question: string;
  /** The same in both languages, for the task pane. */
  problem: InputProblem;
  /** The reported score, when the sheet reports one. */
  reported?: Decimal;
  cell?: string;
}

/** A bad input or an unreadable reported value, located by unit, id and (where known) cell. */
export interface AuditError extends InputError {
  /** "input": a clerk's input; "reported": a score the sheet reports. */
  source: "input" | "reported";
  cell?: string;
}

export interface Audit {
  evaluation: Evaluation;
  /** Differences, by unit, then in document order with each subtotal after its parts, then the total. */
  findings: AuditFinding[];
  unchecked: AuditUnchecked[];
  /** Inputs the document leaves open, each a question for the evaluator (待定), not counted as checked. */
  pending: AuditPending[];
  errors: AuditError[];
  /** Reported values compared with the rule's result. */
  checked: number;
}

/** Every node in document order, each subtotal after its parts (a slip before what it carries into), then "total". */
function auditOrder(scheme: Scheme): string[] {
  const ids: string[] = [];
  const walk = (node: SchemeNode) => {
    node.children.forEach(walk);
    ids.push(node.id);
  };
  scheme.columns.forEach(walk);
  ids.push(TOTAL);
  return ids;
}

function signed(value: Decimal): string {
  return value.isNegative() ? `(${plain(value)})` : plain(value);
}

/** How a subtotal is made, in words. */
function nodeRule(scheme: Scheme, node: SchemeNode): string {
  const parts = node.children.map((c) => c.id).join("+");
  if (scheme.aggregation.kind === "weightedMean" && node.part === "base") return `下级指标（${parts}）加权平均`;
  if (node.part === "bonus") return `下级指标（${parts}）得分合计，最高不超过${plain(node.points)}分`;
  if (node.part === "penalty") return `下级指标（${parts}）扣分合计，最多扣${plain(node.points)}分`;
  return `下级指标（${parts}）得分合计`;
}

function totalRule(scheme: Scheme): string {
  const parts = [scheme.aggregation.kind === "weightedMean" ? "各末级指标加权平均" : "一级指标得分合计"];
  if (scheme.bonus) parts.push(scheme.bonus.name);
  if (scheme.penalty) parts.push(scheme.penalty.name);
  return parts.join(" + ");
}

/** "D21 3.68 + D22 3 = 6.68"; past a cap: "6.1 2 + 6.2 4 = 6，超过上限，计5". */
function addition(terms: readonly [string, Decimal][], result: Decimal): string {
  const raw = sum(terms.map(([, v]) => v));
  const text = `${terms.map(([label, value]) => `${label} ${signed(value)}`).join(" + ")} = ${signed(raw)}`;
  return raw.equals(result) ? text : `${text}，超过上限，计${signed(result)}`;
}

interface Recomputed {
  value: Decimal | null;
  name: string;
  rule: string;
  criterion?: string;
  explanation: string;
  /** The parts of a subtotal or total, to add up the reported parts. */
  parts?: string[];
  bounds?: [Decimal, Decimal];
}

function recompute(scheme: Scheme, unit: UnitResult, id: string): Recomputed | undefined {
  const valueOf = (node: SchemeNode) => (node.rule ? unit.scores.get(node.id) : unit.subtotals.get(node.id)) ?? null;
  if (id === TOTAL) {
    const columns = scheme.columns.map((c): [string, Decimal | null] => [c.name, valueOf(c)]);
    const present = columns.filter((c): c is [string, Decimal] => c[1] !== null);
    return {
      value: unit.total,
      name: "总分",
      rule: totalRule(scheme),
      explanation:
        unit.total === null
          ? ""
          : scheme.aggregation.kind === "weightedMean"
            ? `各末级指标加权平均，得${signed(unit.total)}`
            : addition(present, unit.total),
      ...(scheme.aggregation.kind === "sum" ? { parts: scheme.columns.map((c) => c.id) } : {}),
    };
  }
  const node = scheme.nodes.get(id);
  if (!node) return undefined;
  const criterion = node.input.criterion;
  const withCriterion = (r: Recomputed): Recomputed => (criterion ? { ...r, criterion } : r);
  if (node.rule) {
    return withCriterion({
      value: valueOf(node),
      name: node.name,
      rule: node.rule.compiled.describe(),
      explanation: unit.explanations.get(node.id) ?? "",
    });
  }
  const value = valueOf(node);
  const children = node.children.map((c): [string, Decimal | null] => [`${c.id} ${c.name}`, valueOf(c)]);
  const weighted = scheme.aggregation.kind === "weightedMean" && node.part === "base";
  let explanation = "";
  if (value !== null) {
    explanation = weighted ? `下级指标加权平均，得${signed(value)}` : addition(children as [string, Decimal][], value);
  }
  const bounds: [Decimal, Decimal] = node.part === "penalty" ? [node.points.negated(), ZERO] : [ZERO, node.points];
  const result: Recomputed = { value, name: node.name, rule: nodeRule(scheme, node), explanation };
  if (!weighted) {
    result.parts = node.children.map((c) => c.id);
    result.bounds = bounds;
  }
  return withCriterion(result);
}

/** The leaves among `leaves` (without input, or waiting for a choice) that a node (or the total) depends on. */
function leavesUnder(scheme: Scheme, leaves: readonly string[], id: string): string[] {
  if (id === TOTAL) return [...leaves];
  const node = scheme.nodes.get(id);
  if (!node) return [];
  const under = new Set<string>();
  const walk = (n: SchemeNode) => {
    if (n.rule) under.add(n.id);
    n.children.forEach(walk);
  };
  walk(node);
  return leaves.filter((m) => under.has(m));
}

export function audit(scheme: Scheme, units: readonly ReportedUnit[], options: EvaluateOptions = {}): Audit {
  const evaluation = evaluate(
    scheme,
    units.map((u) => ({ name: u.name, values: u.values })),
    { ...options, explain: true },
  );
  const open = (e: InputError) => e.problem.code === "ambiguous-label";
  const errors: AuditError[] = evaluation.errors.filter((e) => !open(e)).map((e) => ({ ...e, source: "input" }));
  const pending: AuditPending[] = [];
  const findings: AuditFinding[] = [];
  const unchecked: AuditUnchecked[] = [];
  const order = auditOrder(scheme);
  const vetoIds = new Set(scheme.vetoes.map((v) => v.id));
  const failed = new Set(evaluation.errors.map((e) => `${e.unitIndex}\u0000${e.id}`));
  let checked = 0;

  units.forEach((input, unitIndex) => {
    const unit = evaluation.units[unitIndex];
    if (!unit) throw new Error("bug: evaluation lost a unit");
    const cellOf = (id: string) => input.cells?.[id];
    const reportError = (id: string, code: string, zh: string, en: string) => {
      const error: AuditError = { unit: input.name, unitIndex, id, source: "reported", problem: { code, zh, en } };
      const cell = cellOf(id);
      if (cell !== undefined) error.cell = cell;
      errors.push(error);
    };

    const reported = new Map<string, Decimal>();
    for (const [id, raw] of Object.entries(input.reported)) {
      if (id !== TOTAL && !scheme.nodes.has(id)) {
        const what = vetoIds.has(id) ? "是一票否决条件，不是得分" : "不是本方案的指标编号";
        reportError(id, "unknown-id", `报送得分的编号 ${id} ${what}`, `${id} is not a score of this scheme`);
        continue;
      }
      if (isBlankInput(raw)) continue;
      const parsed = parseScore(raw);
      if (!parsed.ok) {
        reportError(id, parsed.error.code, `报送得分无法读取：${parsed.error.zh}`, parsed.error.en);
        continue;
      }
      reported.set(id, parsed.value);
    }

    const openIds: string[] = [];
    for (const e of evaluation.errors) {
      if (e.unitIndex !== unitIndex || !open(e)) continue;
      openIds.push(e.id);
      const item: AuditPending = {
        unit: input.name,
        unitIndex,
        id: e.id,
        name: scheme.nodes.get(e.id)?.name ?? e.id,
        question: e.problem.zh,
        problem: e.problem,
      };
      const value = reported.get(e.id);
      if (value !== undefined) item.reported = value;
      const cell = cellOf(e.id);
      if (cell !== undefined) item.cell = cell;
      pending.push(item);
    }

    for (const id of order) {
      const value = reported.get(id);
      if (value === undefined) continue;
      const r = recompute(scheme, unit, id);
      if (!r) continue;
      const cell = cellOf(id);
      if (r.value === null) {
        // An input error already names the leaf; a missing input leaves the score unknown, not wrong.
        const missing = leavesUnder(scheme, unit.missing, id);
        const waiting = leavesUnder(scheme, openIds, id);
        if (failed.has(`${unitIndex}\u0000${id}`) || missing.length + waiting.length === 0) continue;
        const u: AuditUnchecked = { unit: unit.name, unitIndex, id, name: r.name, reported: value, missing };
        if (waiting.length > 0) u.pending = waiting;
        if (cell !== undefined) u.cell = cell;
        unchecked.push(u);
        continue;
      }
      checked++;
      const rounded = roundHalfUp(value, scheme.precision);
      if (rounded.equals(r.value)) continue;
      const finding: AuditFinding = {
        unit: unit.name,
        unitIndex,
        id,
        name: r.name,
        reported: value,
        computed: r.value,
        difference: rounded.minus(r.value),
        rule: r.rule,
        explanation: r.explanation,
      };
      if (r.criterion !== undefined) finding.criterion = r.criterion;
      const parts = r.parts?.map((p) => reported.get(p));
      if (parts && parts.length > 0 && parts.every((p): p is Decimal => p !== undefined)) {
        const total = sum(parts.map((p) => roundHalfUp(p, scheme.precision)));
        finding.reportedParts = r.bounds ? clamp(total, r.bounds[0], r.bounds[1]) : total;
      }
      if (cell !== undefined) finding.cell = cell;
      findings.push(finding);
    }
  });

  return { evaluation, findings, unchecked, pending, errors, checked };
}

/** "虹桥镇 · D14 各类社会救助政策及政策变更知晓率（报送得分，单元格 得分表!H7）：…" */
export function describeAuditError(scheme: Scheme, error: AuditError): string {
  const header = error.source === "input" ? inputHeader(scheme, error.id, error.part) : undefined;
  if (header !== undefined) {
    const cell = error.cell !== undefined ? `（单元格 ${error.cell}）` : "";
    return `${error.unit} · ${header}${cell}：${error.problem.zh}`;
  }
  const node = error.id === TOTAL ? undefined : scheme.nodes.get(error.id);
  const veto = scheme.vetoes.find((v) => v.id === error.id);
  const name = error.id === TOTAL ? " 总分" : node ? ` ${node.name}` : veto ? " 一票否决" : "";
  const where = [
    error.source === "reported" ? "报送得分" : "",
    error.part !== undefined && error.part !== "" ? error.part : "",
    error.cell !== undefined ? `单元格 ${error.cell}` : "",
  ].filter((w) => w !== "");
  return `${error.unit} · ${error.id}${name}${where.length > 0 ? `（${where.join("，")}）` : ""}：${error.problem.zh}`;
}
