/** The shared rule engine: pure TypeScript, no DOM, no Office, no file system. Every surface scores through here. */
export * from "./decimal";
export * from "./result";
export * from "./cell";
export * from "./claims";
export * from "./scheme";
export * from "./canonical";
export * from "./evaluate";
export * from "./summary";
export * from "./ranking";
export * from "./grade";
export * from "./inputs";
export * from "./output";
export { families, familiesUsableIn, familyOf, PART_NAMES, ruleSchema } from "./rules";
export type {
  AmbiguousLabel,
  AnyRowKind,
  AnySheetParam,
  CellType,
  ChoiceParam,
  ColumnParam,
  SheetName,
  CompiledRule,
  InputSlot,
  LeafContext,
  RuleFamily,
  RuleInput,
  RuleParams,
  RuleProblem,
  SchemePart,
  SlotKind,
} from "./rules";
export * from "./audit";
export * from "./choices";
export * from "./names";
export * from "./blockPairing";
export * from "./compare";
export * from "./report";
export * from "./schemeDiff";
export { chineseNumber, normalise, probe, recognise } from "./recognise";
export type { DraftPart, Example, Recognition, RecogniseOptions, VetoDraft } from "./recognise";
