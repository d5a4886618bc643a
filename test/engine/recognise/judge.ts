/**
 * Judges the recogniser against a labelled clause set (test/fixtures/clauses/README.md): each clause drafted exactly
 * (every probe scored as the clause gives it), declined, or wrong (a probe scored differently, a draft of a clause
 * that needs judgement, a computable clause drafted as partial). Used by the development-set harness and by
 * scripts/recogniser/heldout.ts for the held-out set.
 */
import { dec, probe, recognise, Recognition, SchemePart } from "../../../src/engine";

export interface Clause {
  id: string;
  text: string;
  points?: number;
  part: SchemePart | "veto";
  expect: "draft" | "partial" | "manual";
  context?: string;
  probes: Array<{ input: unknown; score?: number; veto?: boolean }>;
}

export type Verdict = "exact" | "declined" | "wrong" | "partial" | "safe";

export interface Outcome {
  clause: Clause;
  result: Recognition;
  verdict: Verdict;
  why: string;
}

export function judge(clause: Clause): Outcome {
  const part: SchemePart = clause.part === "veto" ? "base" : clause.part;
  const points = clause.points ?? 0;
  const result = recognise(clause.text, points, part, clause.context === undefined ? {} : { context: clause.context });
  const isVeto = result.status === "draft" && result.rule.kind === "veto";
  if (result.status === "manual") return { clause, result, verdict: "declined", why: result.reason };
  if (clause.expect === "manual")
    return { clause, result, verdict: "wrong", why: "drafted a clause that needs judgement" };
  if ((clause.part === "veto") !== isVeto)
    return { clause, result, verdict: "wrong", why: "veto read as a score or the reverse" };
  if (result.status === "partial" && clause.expect === "draft") {
    return { clause, result, verdict: "wrong", why: "a computable clause drafted as partial" };
  }
  for (const p of clause.probes) {
    const got = probe(result, p.input, points, part, true);
    if ("error" in got)
      return { clause, result, verdict: "wrong", why: `probe ${JSON.stringify(p.input)}: ${got.error}` };
    if (p.veto !== undefined) {
      if ((got.score === "一票否决") !== p.veto)
        return { clause, result, verdict: "wrong", why: `veto ${JSON.stringify(p.input)}` };
    } else if (!dec(got.score).equals(dec(p.score as number))) {
      return {
        clause,
        result,
        verdict: "wrong",
        why: `probe ${JSON.stringify(p.input)}: ${got.score}, expected ${p.score}`,
      };
    }
  }
  if (clause.expect === "partial")
    return { clause, result, verdict: result.status === "partial" ? "partial" : "wrong", why: "" };
  return { clause, result, verdict: "exact", why: "" };
}

export interface Figures {
  clauses: number;
  computable: number;
  exact: number;
  partial: number;
  partialDrafted: number;
  manual: number;
  manualDeclined: number;
  wrong: Outcome[];
  declined: Outcome[];
}

export function figures(outcomes: readonly Outcome[]): Figures {
  const computable = outcomes.filter((o) => o.clause.expect === "draft");
  const partial = outcomes.filter((o) => o.clause.expect === "partial");
  const manual = outcomes.filter((o) => o.clause.expect === "manual");
  return {
    clauses: outcomes.length,
    computable: computable.length,
    exact: computable.filter((o) => o.verdict === "exact").length,
    partial: partial.length,
    partialDrafted: partial.filter((o) => o.verdict === "partial").length,
    manual: manual.length,
    manualDeclined: manual.filter((o) => o.verdict === "declined").length,
    wrong: outcomes.filter((o) => o.verdict === "wrong"),
    declined: computable.filter((o) => o.verdict === "declined"),
  };
}

export function report(f: Figures): string[] {
  return [
    `clauses ${f.clauses}`,
    `computable ${f.computable}, drafted exactly ${f.exact} (${((100 * f.exact) / Math.max(1, f.computable)).toFixed(1)}%)`,
    `partial ${f.partial}, drafted as partial ${f.partialDrafted}`,
    `manual ${f.manual}, declined ${f.manualDeclined}`,
    `wrong ${f.wrong.length}`,
  ];
}
