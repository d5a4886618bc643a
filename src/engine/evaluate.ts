/**
 * Scoring many units at once: every leaf rounded half-up to the scheme's precision, subtotals as sums of the rounded
 * leaves, the bonus and penalty parts capped, the veto, the grade and the rank. A leaf without input is missing, not
 * wrong: everything that can be scored is, and the unit's total, rank and grade stay empty until it is complete.
 */
import { checkChoices, chosenLevel, LabelChoices } from "./choices";
import { clamp, Decimal, roundHalfUp, sum, ZERO } from "./decimal";
import { gradeOf } from "./grade";
import { indexOf, Keyed } from "./keyed";
import { rankEq } from "./ranking";
import { veto } from "./rules";
import { isBlankInput } from "./rules/parts";
import type { InputProblem } from "./result";
import { leavesOf, Scheme, SchemeNode } from "./scheme";

/** One unit's raw inputs, keyed by leaf id (and veto.N), as a clerk typed them. */
export interface UnitInput {
  name: string;
  values: Record<string, unknown>;
}

export interface EvaluateOptions {
  /** Missing inputs become errors instead of leaving the unit incomplete. */
  strict?: boolean;
  /** Write the 工作底稿 sentence of every leaf (on by default; benchmarks turn it off). */
  explain?: boolean;
  /** The evaluator's choices for answers the scheme leaves open, checked with `checkChoices` beforehand. */
  choices?: LabelChoices;
}

/** An input that cannot be used, located by unit and id (and part) so a shell can name the sheet and cell. */
export interface InputError {
  unit: string;
  unitIndex: number;
  id: string;
  part?: string;
  problem: InputProblem;
}

export interface UnitResult {
  name: string;
  /** Position in the input. */
  index: number;
  /** Leaf id → score, rounded to the scheme's precision. */
  scores: ReadonlyMap<string, Decimal>;
  explanations: ReadonlyMap<string, string>;
  /** Every non-leaf node (blocks, parts, indicators) whose leaves are all scored → its subtotal. */
  subtotals: ReadonlyMap<string, Decimal>;
  /** Column (block, bonus part, penalty part) id → its value, or null while incomplete. */
  columns: ReadonlyMap<string, Decimal | null>;
  base: Decimal | null;
  bonus: Decimal | null;
  penalty: Decimal | null;
  total: Decimal | null;
  rank: number | null;
  grade: string | null;
  vetoed: boolean;
  /** Ids of the veto conditions answered yes. */
  vetoes: string[];
  /** Ids of the leaves without input. */
  missing: string[];
}

export interface Evaluation {
  scheme: Scheme;
  units: UnitResult[];
  errors: InputError[];
}

/** The sentence of a leaf without input that scores 0 (a bonus or penalty item not claimed). */
const BLANK_EXPLANATION = "未填写，按0分计";

/** The value of a leaf that has no input: bonus and penalty items left blank were not claimed / not found. */
function blankValue(leaf: SchemeNode): Decimal | null {
  return leaf.part === "base" ? null : ZERO;
}

function bounds(node: SchemeNode): [Decimal, Decimal] {
  return node.part === "penalty" ? [node.points.negated(), ZERO] : [ZERO, node.points];
}

/** What scoring needs of every node, worked out once per evaluation rather than once per unit. */
interface Plan {
  leaves: { node: SchemeNode; min: Decimal; max: Decimal; blank: Decimal | null }[];
  bounds: Map<SchemeNode, [Decimal, Decimal]>;
  /** Positions of leaves, of the other nodes and of the columns in the per-unit arrays. */
  leafIds: string[];
  leafIndex: Map<string, number>;
  innerIds: string[];
  innerIndex: Map<string, number>;
  columnIds: string[];
  columnIndex: Map<string, number>;
}

function plan(scheme: Scheme): Plan {
  const b = new Map<SchemeNode, [Decimal, Decimal]>();
  for (const node of scheme.nodes.values()) b.set(node, bounds(node));
  const leafIds = scheme.leaves.map((l) => l.id);
  const innerIds = [...scheme.nodes.values()].filter((n) => !n.rule).map((n) => n.id);
  const columnIds = scheme.columns.map((c) => c.id);
  return {
    leaves: scheme.leaves.map((node) => {
      const [min, max] = b.get(node) as [Decimal, Decimal];
      return { node, min, max, blank: blankValue(node) };
    }),
    bounds: b,
    leafIds,
    leafIndex: indexOf(leafIds),
    innerIds,
    innerIndex: indexOf(innerIds),
    columnIds,
    columnIndex: indexOf(columnIds),
  };
}

/** Values interned per evaluation, at most this many (scores repeat: a 2-place score out of 25 has 2,501 values). */
const INTERNED = 100_000;

/**
 * One object per value of the scores and subtotals. An Exact is immutable, and 200,000 units of 95 fresh objects
 * each spent most of an evaluation's memory on copies of the same few thousand values. Values too large for a
 * number key (and the bench's float stand-in, which has no n and d) are kept as they are.
 */
function interner(): (value: Decimal) => Decimal {
  const seen = new Map<number, Decimal>();
  return (value) => {
    const { n, d } = value as { n?: unknown; d?: unknown };
    if (typeof n !== "number" || typeof d !== "number" || d >= 0x100000 || n > 0x7fffffff || n < -0x7fffffff) {
      return value;
    }
    const key = n * 0x100000 + d;
    const known = seen.get(key);
    if (known) return known;
    if (seen.size < INTERNED) seen.set(key, value);
    return value;
  };
}

export function evaluate(scheme: Scheme, units: readonly UnitInput[], options: EvaluateOptions = {}): Evaluation {
  const explain = options.explain !== false;
  // A shell checks the evaluator's choices and words what is wrong; one it did not check is a bug, not a score.
  const unchecked = options.choices ? checkChoices(scheme, options.choices) : [];
  if (unchecked.length > 0) throw new Error(`bug: unchecked choices: ${unchecked.join("; ")}`);
  const errors: InputError[] = [];
  const vetoIds = new Map(scheme.vetoes.map((v) => [v.id, v]));
  const weighted = scheme.aggregation.kind === "weightedMean";
  const results: UnitResult[] = [];
  const layout = plan(scheme);
  const intern = interner();
  // Without sentences every unit shares one empty map (it is never written).
  const noExplanations = Keyed.over<string>(layout.leafIndex, layout.leafIds);
  const { leaves, bounds: boundsOf } = layout;

  units.forEach((unit, unitIndex) => {
    const report = (id: string, problem: InputProblem) => {
      const error: InputError = { unit: unit.name, unitIndex, id, problem };
      if (problem.part !== undefined) error.part = problem.part;
      errors.push(error);
    };
    const values = unit.values;
    for (const key of Object.keys(values)) {
      if (vetoIds.has(key)) continue;
      const node = scheme.nodes.get(key);
      if (!node) {
        report(key, {
          code: "unknown-id",
          zh: `没有编号为 ${key} 的指标`,
          en: `the scheme has no input with id ${key}`,
        });
      } else if (!node.rule) {
        report(key, {
          code: "not-a-leaf",
          zh: `${key} ${node.name} 由下级指标合计，不能直接填写，请填写其下级指标`,
          en: `${key} is the sum of its children; enter its children instead`,
        });
      }
    }

    const scores = Keyed.over<Decimal>(layout.leafIndex, layout.leafIds);
    const explanations = explain ? Keyed.over<string>(layout.leafIndex, layout.leafIds) : noExplanations;
    const missing: string[] = [];
    let failed = false;
    for (let position = 0; position < leaves.length; position++) {
      const { node: leaf, min, max, blank } = leaves[position] as Plan["leaves"][number];
      const rule = leaf.rule;
      if (!rule) continue;
      const typed = values[leaf.id];
      const chosen = chosenLevel(options.choices, leaf.id, typed);
      const raw = chosen ?? typed;
      if (isBlankInput(raw)) {
        if (blank !== null) {
          scores.put(position, blank);
          if (explain) explanations.put(position, BLANK_EXPLANATION);
        } else if (options.strict) {
          failed = true;
          report(leaf.id, { code: "missing", zh: "未填写", en: "no input" });
        } else missing.push(leaf.id);
        continue;
      }
      const parsed = rule.compiled.parse(raw);
      if (!parsed.ok) {
        failed = true;
        report(leaf.id, parsed.error);
        continue;
      }
      const score = roundHalfUp(rule.compiled.evaluate(parsed.value), scheme.precision);
      if (score.lessThan(min) || score.greaterThan(max)) {
        throw new Error(
          `bug: rule ${rule.params.kind} gave ${score.toString()} for ${leaf.id}, outside [${min}, ${max}]`,
        );
      }
      scores.put(position, intern(score));
      if (explain) explanations.put(position, sentence(rule.compiled.explain(parsed.value, score), typed, chosen));
    }

    const vetoes: string[] = [];
    for (const v of scheme.vetoes) {
      const raw = values[v.id];
      if (isBlankInput(raw)) continue;
      const parsed = veto.parse(raw);
      if (!parsed.ok) {
        failed = true;
        report(v.id, parsed.error);
      } else if (parsed.value) vetoes.push(v.id);
    }

    const subtotals = Keyed.over<Decimal>(layout.innerIndex, layout.innerIds);
    const valueOf = (node: SchemeNode): Decimal | null => {
      if (node.rule) return scores.get(node.id) ?? null;
      let value: Decimal | null;
      if (weighted && node.part === "base") value = weightedMean(node, scores, scheme.precision);
      else {
        value = ZERO;
        for (const child of node.children) {
          const part = valueOf(child);
          value = part === null || value === null ? null : value.plus(part);
        }
        if (value !== null) {
          const [min, max] = boundsOf.get(node) as [Decimal, Decimal];
          value = clamp(value, min, max);
        }
      }
      if (value !== null) {
        value = intern(value);
        subtotals.put(layout.innerIndex.get(node.id) as number, value);
      }
      // Indicators below a weighted block still get their own means.
      if (weighted && node.part === "base") node.children.forEach(valueOf);
      return value;
    };
    const columns = Keyed.over<Decimal | null>(layout.columnIndex, layout.columnIds);
    scheme.columns.forEach((column, i) => columns.put(i, valueOf(column)));

    const blockValues = scheme.blocks.map((b) => columns.get(b.id) ?? null);
    const complete = !failed && blockValues.every((v) => v !== null);
    let base: Decimal | null = null;
    if (complete) {
      base = weighted
        ? weightedMeanOf(scheme.blocks.flatMap(leavesOf), scores, scheme.precision)
        : sum(blockValues as Decimal[]);
    }
    const bonus = scheme.bonus ? (columns.get(scheme.bonus.id) ?? null) : ZERO;
    const penalty = scheme.penalty ? (columns.get(scheme.penalty.id) ?? null) : ZERO;
    const total = base !== null && bonus !== null && penalty !== null ? base.plus(bonus).plus(penalty) : null;

    results.push({
      name: unit.name,
      index: unitIndex,
      scores,
      explanations,
      subtotals,
      columns,
      base,
      bonus: scheme.bonus ? bonus : null,
      penalty: scheme.penalty ? penalty : null,
      total,
      rank: null,
      grade: total === null ? null : gradeOf(scheme, total, vetoes.length > 0),
      vetoed: vetoes.length > 0,
      vetoes,
      missing,
    });
  });

  rankEq(results.map((r) => r.total)).forEach((rank, i) => {
    const result = results[i];
    if (result) result.rank = rank;
  });
  return { scheme, units: results, errors };
}

/**
 * The 工作底稿 sentences of one unit scored without them (`explain: false`), written on demand: the same sentences
 * `evaluate` writes, so an evaluation of many units need not hold every unit's sentences at once.
 */
export function explainUnit(
  scheme: Scheme,
  input: UnitInput,
  result: UnitResult,
  choices?: LabelChoices,
): Map<string, string> {
  const sentences = new Map<string, string>();
  for (const leaf of scheme.leaves) {
    const rule = leaf.rule;
    const score = result.scores.get(leaf.id);
    if (!rule || score === undefined) continue;
    const typed = input.values[leaf.id];
    const chosen = chosenLevel(choices, leaf.id, typed);
    const raw = chosen ?? typed;
    if (isBlankInput(raw)) {
      sentences.set(leaf.id, BLANK_EXPLANATION);
      continue;
    }
    const parsed = rule.compiled.parse(raw);
    if (parsed.ok) sentences.set(leaf.id, sentence(rule.compiled.explain(parsed.value, score), typed, chosen));
  }
  return sentences;
}

/** The 工作底稿 sentence, saying so when the answer was read as the level the evaluator chose. */
function sentence(explanation: string, typed: unknown, chosen: string | undefined): string {
  return chosen === undefined ? explanation : `填写“${String(typed)}”，评价人认定按“${chosen}”计；${explanation}`;
}

function weightedMeanOf(
  leaves: readonly SchemeNode[],
  scores: ReadonlyMap<string, Decimal>,
  precision: number,
): Decimal | null {
  let weights = ZERO;
  let total = ZERO;
  for (const leaf of leaves) {
    const score = scores.get(leaf.id);
    if (score === undefined) return null;
    let w = leaf.weight;
    for (let p = leaf.parent; p; p = p.parent) w = w.times(p.weight);
    weights = weights.plus(w);
    total = total.plus(score.times(w));
  }
  return weights.isZero() ? null : roundHalfUp(total.dividedBy(weights), precision);
}

function weightedMean(node: SchemeNode, scores: ReadonlyMap<string, Decimal>, precision: number): Decimal | null {
  return weightedMeanOf(leavesOf(node), scores, precision);
}
