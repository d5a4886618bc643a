/**
 * What every rule family declares: its parameters (a schema), how it reads a clerk's input, how it scores and how it
 * explains the score in the sentence an evaluator writes in the 工作底稿. One file per family, listed in `index.ts`.
 */
import type { z } from "zod";
import type { Decimal } from "../decimal";
import type { Parsed } from "../result";

/** Which part of the scheme a leaf belongs to: base points, the capped 加分项, or the capped 扣分项. */
export type SchemePart = "base" | "bonus" | "penalty";

/** Each part as messages name it. */
export const PART_NAMES: Readonly<Record<SchemePart, string>> = {
  base: "基本指标",
  bonus: "加分项",
  penalty: "扣分项",
};

/** What a rule knows about the leaf it scores. */
export interface LeafContext {
  id: string;
  name: string;
  /** P: the most the leaf can score (for a penalty leaf, the most it can take away). */
  points: Decimal;
  part: SchemePart;
  precision: number;
}

/** The kind of value one input cell holds; the add-in uses it for validation lists and number formats. */
export type SlotKind = "score" | "count" | "yesNo" | "rate" | "label" | "number" | "list" | "projects";

/**
 * One cell of input for a leaf. A leaf with one slot takes the cell's value as its raw input; a leaf with several
 * takes an object keyed by the slots' keys ({"actual": …, "planned": …}, {"1": …, "2": …}).
 */
export interface InputSlot {
  key: string;
  /** Header text for the input column, in the document's words where it has them. */
  label: string;
  kind: SlotKind;
  /**
   * What the clerk types, in the clause's words, for the header: the measure of a count ("例", "项", "月次"), "是/否"
   * for a yes/no, "%" for a rate. Absent where the kind needs no word (a score, a level picked from a list).
   */
  measure?: string;
  /** The allowed answers, for a drop-down (levels). */
  options?: string[];
}

/** The measure of a slot of this kind when its family names none. */
export function defaultMeasure(kind: SlotKind): string | undefined {
  if (kind === "count") return "例";
  if (kind === "yesNo") return "是/否";
  if (kind === "rate") return "%";
  return undefined;
}

/** A rule bound to its leaf: parameters checked and turned into decimals once, used for every unit. */
export interface CompiledRule<I = unknown> {
  slots: InputSlot[];
  /** Reads the raw input (JSON value, or the object of slot values) or says what is wrong with it. */
  parse(raw: unknown): Parsed<I>;
  /** The unrounded score, already within the leaf's bounds. */
  evaluate(input: I): Decimal;
  /** The 工作底稿 sentence for a score rounded to the scheme's precision. */
  explain(input: I, score: Decimal): string;
  /** The rule in words, for audit listings ("每例扣0.5分，扣完为止"). */
  describe(): string;
  /** Answers the document does not define, each left to the evaluator's choice among some of its levels. */
  ambiguous?: readonly AmbiguousLabel[];
}

/**
 * An answer the document's data uses but its rule does not define (虹桥 D12: the district's “良好” beside the levels
 * 较好 / 一般 / 较差): scoring it is an error that asks the evaluator which level it means, until they choose once.
 */
export interface AmbiguousLabel {
  label: string;
  /** The levels it could mean, in the document's order. */
  between: string[];
}

/** What is wrong with a rule's parameters, at its path inside the rule ("items", "levels[1].points"). */
export interface RuleProblem {
  path: string;
  message: string;
}

export interface RuleFamily<P extends { kind: string } = { kind: string }, I = unknown, W = P> {
  kind: P["kind"];
  /** The family's name as evaluators say it (按例扣分, 比率达标…). */
  title: string;
  /** The parts of a scheme whose leaves the family may score. */
  usableIn: readonly SchemePart[];
  /** The parameters: as a scheme file writes them (W), and once checked with defaults filled in (P). */
  params: z.ZodType<P, W>;
  /** What the schema alone cannot see: the parameters against the leaf they score (points that must add up…). */
  check?(params: P, leaf: LeafContext): RuleProblem[];
  compile(params: P, leaf: LeafContext): CompiledRule<I>;
}

/** Declares a family with its types tied together (keeps each family file free of casts). */
export function defineFamily<P extends { kind: string }, I, W = P>(family: RuleFamily<P, I, W>): RuleFamily<P, I, W> {
  return family;
}
