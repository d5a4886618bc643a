/**
 * The labels a drafted rule's terms carry, for the checks on a whole draft (index.ts `pointsInLabel`, rateInLabel.ts):
 * every term's, or only counted terms' (`kind: "count"`), walked through a partial's parts too.
 */
import type { Recognition } from "./index";

export function ruleLabels(read: Recognition, countsOnly = false): string[] {
  const labels: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.label === "string" && (!countsOnly || o.kind === "count")) labels.push(o.label);
      for (const [k, x] of Object.entries(o)) if (k !== "label" && typeof x === "object") walk(x);
    }
  };
  walk(read.status === "partial" ? read.parts.map((p) => p.rule) : read.status === "draft" ? read.rule : undefined);
  return labels;
}
