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
  /** The family's name as evaluators say it (按例扣分, 比率达标…); the 指标体系 sheet's 规则 drop-down lists it. */
  title: string;
  /**
   * Every parameter as the 指标体系 workbook holds it (sheet.ts): its column's Chinese and English name and type, or
   * the rows of 档次与要素 it takes. Typed over the parameters a scheme file writes, so a family that leaves one out
   * does not compile.
   */
  sheet: SheetParams<W>;
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

// ---------------------------------------------------------------------------------------------------------------
// How a family's parameters sit in the 指标体系 workbook

/** A column's or a row kind's name: Chinese for the sheet, English for help and messages. */
export interface SheetName {
  zh: string;
  en: string;
}

/** What a cell holds: a number (85% read as 0.85), a whole number, a rate, text, 是/否, or a list (别名: 甲、乙). */
export type CellType = "number" | "integer" | "rate" | "text" | "yesNo" | "list";

/** One cell per value. */
export interface ColumnParam<T extends CellType = CellType> extends SheetName {
  type: T;
}

/** A value picked from a drop-down: each value the schema takes, with the word the sheet shows for it. */
export interface ChoiceParam<V extends string = string> extends SheetName {
  type: "choice";
  choices: Readonly<Record<V, string>>;
}

/** One row of 档次与要素 per entry (a level, a band, a term…), in order, keyed by the owner's 编号. */
export interface RowKind<E> extends SheetName {
  fields: RowFields<E>;
}

/** A list of objects: its rows; a list of a union told apart by `kind` gives each kind a row kind of its own. */
export type RowsParam<E> = [E] extends [{ kind: string }]
  ? { type: "rows"; kinds: { [V in E["kind"]]: RowKind<Omit<Extract<E, { kind: V }>, "kind">> } }
  : { type: "rows"; kind: RowKind<E> };

/** A list of text (checklist items): one row each, the text in the row's 名称. */
export interface TextRowsParam extends SheetName {
  type: "textRows";
}

/** One of several objects told apart by which key is written ({share} | {points}): each key a column of its own. */
export interface EitherParam<K extends PropertyKey = string> {
  type: "either";
  fields: { [Key in K]: ColumnParam<"number" | "rate"> };
}

/** A union told apart by `kind` (a measure): a drop-down column for the kind, then each kind's own parameters. */
export interface VariantParam<U extends { kind: string } = { kind: string }> extends SheetName {
  type: "variant";
  variants: { [V in U["kind"]]: { label: string; fields: SheetParams<Extract<U, { kind: V }>> } };
}

type KeysOfUnion<U> = U extends unknown ? keyof U : never;

/** A cell of a row in 档次与要素: a scalar, a choice or a list of text. */
export type RowField<T> = [NonNullable<T>] extends [readonly string[]]
  ? ColumnParam<"list">
  : [NonNullable<T>] extends [boolean]
    ? ColumnParam<"yesNo">
    : [NonNullable<T>] extends [number]
      ? ColumnParam<"number" | "integer" | "rate">
      : [NonNullable<T>] extends [string]
        ? string extends NonNullable<T>
          ? ColumnParam<"text">
          : ChoiceParam<NonNullable<T> & string>
        : never;

export type RowFields<E> = { [K in keyof E]-?: RowField<E[K]> };

/** How one parameter of a rule (of type T as a file writes it) sits in the workbook. */
export type SheetParam<T> = [NonNullable<T>] extends [readonly string[]]
  ? TextRowsParam
  : [NonNullable<T>] extends [readonly (infer E)[]]
    ? RowsParam<E>
    : [NonNullable<T>] extends [{ kind: string }]
      ? VariantParam<NonNullable<T>>
      : [NonNullable<T>] extends [object]
        ? EitherParam<KeysOfUnion<NonNullable<T>>>
        : RowField<T>;

/** Every parameter but `kind`: leaving one out is a compile error. */
export type SheetParams<W> = { [K in Exclude<keyof W, "kind">]-?: SheetParam<W[K]> };

/** A row kind, as code that walks every family's sees it. */
export interface AnyRowKind extends SheetName {
  fields: Record<string, ColumnParam | ChoiceParam>;
}

/** Any parameter's declaration, as code that walks every family's sees it. */
export type AnySheetParam =
  | ColumnParam
  | ChoiceParam
  | TextRowsParam
  | { type: "rows"; kind: AnyRowKind }
  | { type: "rows"; kinds: Record<string, AnyRowKind> }
  | { type: "either"; fields: Record<string, ColumnParam> }
  | (SheetName & {
      type: "variant";
      variants: Record<string, { label: string; fields: Record<string, AnySheetParam> }>;
    });
