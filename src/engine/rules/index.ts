/** The registry of rule families: the scheme schema, the engine and the docs all read the list from here. */
import { z } from "zod";
import { allOrNothing } from "./allOrNothing";
import { bands } from "./bands";
import { cappedSum } from "./cappedSum";
import { checklist } from "./checklist";
import { countTiers } from "./countTiers";
import type { RuleFamily, SchemePart } from "./family";
import { highestPerProject } from "./highestPerProject";
import { levels } from "./levels";
import { manual } from "./manual";
import { penalty } from "./penalty";
import { perCaseAward } from "./perCaseAward";
import { perCaseDeduction } from "./perCaseDeduction";
import { rateProportional } from "./rateProportional";
import { rateStepped } from "./rateStepped";
import { rateThreshold } from "./rateThreshold";
import { threshold } from "./threshold";

export const families = [
  manual,
  allOrNothing,
  checklist,
  perCaseDeduction,
  perCaseAward,
  rateProportional,
  rateThreshold,
  rateStepped,
  threshold,
  levels,
  bands,
  countTiers,
  cappedSum,
  highestPerProject,
  penalty,
] as const;

/** A rule's parameters once checked, with defaults filled in. */
export type RuleParams = z.output<(typeof families)[number]["params"]>;
/** A rule's parameters as a scheme file writes them. */
export type RuleInput = z.input<(typeof families)[number]["params"]>;

const byKind = new Map<string, RuleFamily<{ kind: string }, unknown>>(
  families.map((f) => [f.kind, f as unknown as RuleFamily<{ kind: string }, unknown>]),
);

export function familyOf(kind: string): RuleFamily<{ kind: string }, unknown> | undefined {
  return byKind.get(kind);
}

/** The families a leaf of this part may use: the part's own first (a 扣分项's penalty), then those usable anywhere. */
export function familiesUsableIn(part: SchemePart): RuleFamily<{ kind: string }, unknown>[] {
  return [...byKind.values()]
    .filter((f) => f.usableIn.includes(part))
    .sort((a, b) => a.usableIn.length - b.usableIn.length);
}

/** Any rule, told apart by its `kind`; each family's own schema checks the parameters. */
export const ruleSchema = z.discriminatedUnion(
  "kind",
  families.map((f) => f.params) as unknown as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<RuleParams, RuleInput>;

export { veto } from "./veto";
export { defaultMeasure, PART_NAMES } from "./family";
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
  RuleProblem,
  SchemePart,
  SlotKind,
} from "./family";
