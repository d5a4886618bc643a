/**
 * The labels a drafted rule's terms carry, for the checks on a whole draft (index.ts `pointsInLabel`, rateInLabel.ts):
 * every term's, or only counted terms' (`kind: "count"`), walked through a partial's parts too.
 */
import type { Recognition } from "./index";

export function ruleLabels(read: Recognition, countsOnly = false): string[] {
  return termTexts(read)
    .filter((t) => t.kind !== "question" && (!countsOnly || t.kind === "count"))
    .map((t) => t.text);
}

/**
 * Every term's kind and label, with a yes/no rule's question as kind `question` (held-out sets 19–21's checks,
 * labelChecks/), walked through a partial's parts too.
 */
export function termTexts(read: Recognition): Array<{ kind: string; text: string }> {
  const found: Array<{ kind: string; text: string }> = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.label === "string") found.push({ kind: String(o.kind), text: o.label });
      if (typeof o.question === "string") found.push({ kind: "question", text: o.question });
      for (const [k, x] of Object.entries(o)) if (k !== "label" && typeof x === "object") walk(x);
    }
  };
  walk(draftRules(read));
  return found;
}

/** The rules a draft drafts: its one rule, or a partial's computed parts' rules; none for a manual reading. */
export function draftRules(read: Recognition): unknown[] {
  return read.status === "partial" ? read.parts.map((p) => p.rule) : read.status === "draft" ? [read.rule] : [];
}

/** The family of a draft's (or a partial's first computed part's) rule, or undefined for a manual reading. */
export function draftKind(read: Recognition): string | undefined {
  return (draftRules(read)[0] as { kind?: string } | undefined)?.kind;
}

/** A drafted term as the checks on a whole draft see it. */
export interface DraftTerm {
  kind: string;
  label?: string;
  unit?: string;
  per?: number;
  points?: number | string;
}

/** The terms of a draft's rule, or of a partial's computed parts (labelChecks/). */
export function draftTerms(read: Recognition): DraftTerm[] {
  return draftRules(read).flatMap((r) => (r as { terms?: readonly DraftTerm[] } | undefined)?.terms ?? []);
}
