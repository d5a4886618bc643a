/**
 * The agreement study of docs/recogniser.md (“How far two labellers agree”): 96 clauses of the spent held-out sets
 * labelled again by two labellers working apart (test/fixtures/agreement/labeller-a.json, labeller-b.json, ids of the
 * clause fixtures). Prints each pairing judged as the issue judges the recogniser — one label the truth, the other the
 * draft — and the recogniser against each label: `npx tsx scripts/recogniser/agreement.ts`.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { Clause, figures, judge } from "../../test/engine/recognise/judge";

type Probe = Clause["probes"][number];
interface Label {
  id: string;
  expect: Clause["expect"];
  probes: Probe[];
}

const root = join(__dirname, "../../test/fixtures");
const fixtures = new Map<string, Clause>();
for (const file of readdirSync(join(root, "clauses")).filter((f) => f.endsWith(".json"))) {
  const data = JSON.parse(readFileSync(join(root, "clauses", file), "utf8")) as unknown[];
  for (const c of data.flat() as Clause[]) fixtures.set(c.id, c);
}
const read = (name: string): Label[] =>
  JSON.parse(readFileSync(join(root, "agreement", `labeller-${name}.json`), "utf8")) as Label[];
const labels: Record<"O" | "A" | "B", Map<string, Label>> = {
  O: new Map(),
  A: new Map(read("a").map((l) => [l.id, l])),
  B: new Map(read("b").map((l) => [l.id, l])),
};
const ids = [...labels.A.keys()];
for (const id of ids) {
  const clause = fixtures.get(id);
  if (clause === undefined) throw new Error(`${id}: not among the clause fixtures`);
  labels.O.set(id, clause);
}

const key = (input: unknown) => JSON.stringify(input);
const value = (p: Probe) => String(p.score ?? p.veto);
const computable = (l: Label) => l.expect !== "manual";

/** One label read as a draft, judged against another as the truth. */
function compare(draft: Label, truth: Label): "exact" | "declined" | "wrong" | "both manual" | "no shared probe" {
  if (!computable(truth)) return computable(draft) ? "wrong" : "both manual";
  if (!computable(draft)) return "declined";
  if (draft.expect !== truth.expect) return "wrong";
  const given = new Map(draft.probes.map((p) => [key(p.input), value(p)]));
  const shared = truth.probes.filter((p) => given.has(key(p.input)));
  if (shared.length === 0) return "no shared probe";
  return shared.every((p) => given.get(key(p.input)) === value(p)) ? "exact" : "wrong";
}

const lines = ["| draft from | judged against | computable drafted exactly | wrong |", "|---|---|---|---|"];
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
for (const [d, t] of [
  ["A", "O"],
  ["B", "O"],
  ["O", "A"],
  ["O", "B"],
  ["A", "B"],
  ["B", "A"],
] as const) {
  const verdicts = ids.map((id) => compare(labels[d].get(id)!, labels[t].get(id)!));
  const n = ids.filter((id) => computable(labels[t].get(id)!)).length;
  const exact = verdicts.filter((v) => v === "exact").length;
  const open = verdicts.filter((v) => v === "no shared probe").length;
  const wrong = verdicts.filter((v) => v === "wrong").length;
  lines.push(
    `| ${d} | ${t} | ${exact} of ${n} (${pct(exact, n)})${open ? `, ${open} with no shared probe` : ""} | ${wrong} |`,
  );
}
for (const t of ["O", "A", "B"] as const) {
  const clauses = ids.map((id) => ({ ...fixtures.get(id)!, ...labels[t].get(id)! }) as Clause);
  const f = figures(clauses.map(judge));
  const n = f.computable + f.partial;
  const exact = f.exact + f.partialDrafted;
  const wrong = f.wrong.map((o) => o.clause.id).join(", ");
  lines.push(
    `| the recogniser | ${t} | ${exact} of ${n} (${pct(exact, n)}) | ${f.wrong.length}${wrong ? ` (${wrong})` : ""} |`,
  );
}
const split = ids.filter(
  (id) => new Set((["O", "A", "B"] as const).map((l) => computable(labels[l].get(id)!))).size > 1,
);
lines.push("", `labels on both sides of computable: ${split.length} of ${ids.length} (${split.join(", ")})`);
console.log(lines.join("\n"));
