/**
 * The development set (test/fixtures/clauses/*.json, labelled by hand from the documents): the recogniser must never
 * draft wrongly — no probe scored differently, no draft of a clause that needs judgement — and its coverage is
 * reported (drafted exactly / computable). The figures go to docs/recogniser.md.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { dec, probe, recognise, Recognition, SchemePart } from "../../../src/engine";

interface Clause {
  id: string;
  text: string;
  points?: number;
  part: SchemePart | "veto";
  expect: "draft" | "partial" | "manual";
  probes: Array<{ input: unknown; score?: number; veto?: boolean }>;
}

const DIR = join(__dirname, "..", "..", "fixtures", "clauses");
const clauses: Clause[] = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as Clause[]);

type Verdict = "exact" | "declined" | "wrong" | "partial" | "safe";

interface Outcome {
  clause: Clause;
  result: Recognition;
  verdict: Verdict;
  why: string;
}

function judge(clause: Clause): Outcome {
  const part: SchemePart = clause.part === "veto" ? "base" : clause.part;
  const points = clause.points ?? 0;
  const result = recognise(clause.text, points, part);
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

const outcomes = clauses.map(judge);

test("the development set is there", () => {
  expect(clauses.length).toBeGreaterThan(0);
});

test("zero wrong drafts: no probe scored differently, no draft of a clause that needs judgement", () => {
  const wrong = outcomes.filter((o) => o.verdict === "wrong").map((o) => `${o.clause.id}: ${o.why}`);
  expect(wrong).toEqual([]);
});

test("coverage is reported (drafted exactly / computable)", () => {
  const computable = outcomes.filter((o) => o.clause.expect === "draft");
  const exact = computable.filter((o) => o.verdict === "exact");
  const partial = outcomes.filter((o) => o.clause.expect === "partial");
  const manual = outcomes.filter((o) => o.clause.expect === "manual");
  const lines = [
    `clauses ${clauses.length}`,
    `computable ${computable.length}, drafted exactly ${exact.length} (${((100 * exact.length) / Math.max(1, computable.length)).toFixed(1)}%)`,
    `partial ${partial.length}, drafted as partial ${partial.filter((o) => o.verdict === "partial").length}`,
    `manual ${manual.length}, declined ${manual.filter((o) => o.verdict === "declined").length}`,
    `wrong ${outcomes.filter((o) => o.verdict === "wrong").length}`,
  ];
  if (process.env.DEVSET_REPORT) {
    lines.push(...computable.filter((o) => o.verdict !== "exact").map((o) => `  declined ${o.clause.id}: ${o.why}`));
  }
  console.log(lines.join("\n"));
  expect(exact.length + computable.filter((o) => o.verdict === "declined").length).toBe(computable.length);
});
