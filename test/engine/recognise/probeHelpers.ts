/** What the recogniser's tests ask of a recognition: the exact score of one input, or the reason it declined. */
import { probe, Recognition, SchemePart } from "../../../src/engine";

/** The drafted rule's exact score for `input`; a refused input fails the test with the refusal. */
export function score(r: Recognition, input: unknown, points: number, part: SchemePart = "base"): string {
  const got = probe(r, input, points, part, true);
  if ("error" in got) throw new Error(got.error);
  return got.score;
}

/** Why the clause was declined, or "" when it was drafted. */
export const reasonOf = (r: Recognition): string => (r.status === "manual" ? r.reason : "");
