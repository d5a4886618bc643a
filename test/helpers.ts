/** Test helpers: compile one rule for a leaf and score raw inputs through it, as the engine does. */
import { dec, Decimal, familyOf, roundHalfUp, RuleInput, SchemePart } from "../src/engine";

export interface Scored {
  score: string;
  sentence: string;
}

export function leaf(rule: RuleInput, points: number, options: { name?: string; part?: SchemePart } = {}) {
  const family = familyOf(rule.kind);
  if (!family) throw new Error(`no family ${rule.kind}`);
  const parsedRule = family.params.parse(rule);
  const compiled = family.compile(parsedRule, {
    id: "x",
    name: options.name ?? "本项",
    points: dec(points),
    part: options.part ?? "base",
    precision: 2,
  });
  return {
    compiled,
    /** The rounded score as text ("1.63"), or throws with the parse problem. */
    score(raw: unknown): string {
      return this.run(raw).score;
    },
    run(raw: unknown): Scored {
      const parsed = compiled.parse(raw);
      if (!parsed.ok) throw new Error(`parse failed: ${parsed.error.zh}`);
      const s: Decimal = roundHalfUp(compiled.evaluate(parsed.value), 2);
      return { score: s.toFixed(2), sentence: compiled.explain(parsed.value, s) };
    },
    /** The parse problem's code for a bad input, or "ok". */
    problem(raw: unknown): string {
      const parsed = compiled.parse(raw);
      return parsed.ok ? "ok" : parsed.error.code;
    },
  };
}
