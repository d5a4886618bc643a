/**
 * The second-label study of docs/recogniser.md (“A second label on this session's first runs”): 208 clauses of held-out
 * sets 86–103 — every first-run wrong draft, and samples of the exact drafts and the declines — labelled again by a fresh
 * labeller working blind (test/fixtures/agreement/second-label-86-103.json). Each entry records how the recogniser, as it
 * stood at the set's first measurement (`firstRun.commit`), fared against the set's label and against the second label;
 * those verdicts were recorded by running that commit, since the code has changed since. Prints the tallies:
 * `npx tsx scripts/recogniser/secondLabel.ts`.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { Clause } from "../../test/engine/recognise/judge";

interface Label {
  expect: Clause["expect"];
}
interface Entry {
  id: string;
  sample: "W" | "E" | "D" | "M";
  inFixtures: boolean;
  label?: Label;
  second: Label & { labeller: string };
  firstRun: { commit: string; againstLabel: string; againstSecond: string };
}

const root = join(__dirname, "../../test/fixtures");
const fixtures = new Map<string, Clause>();
for (const file of readdirSync(join(root, "clauses")).filter((f) => f.endsWith(".json"))) {
  const data = JSON.parse(readFileSync(join(root, "clauses", file), "utf8")) as unknown[];
  for (const c of data.flat() as Clause[]) fixtures.set(c.id, c);
}
const entries = JSON.parse(readFileSync(join(root, "agreement", "second-label-86-103.json"), "utf8")) as Entry[];

const SAMPLES: Record<Entry["sample"], string> = {
  W: "first-run wrong drafts (all)",
  E: "first-run exact drafts (45 of 217 at random)",
  D: "first-run declines of clauses labelled computable (25 of 199)",
  M: "first-run declines of clauses labelled manual (25 of 413)",
};

console.log(
  "| sample | clauses | second label computable, the set's manual | the reverse | both manual | " +
    "first run vs second label: exact | wrong | declined | partial |",
);
console.log("|---|---|---|---|---|---|---|---|---|");
for (const sample of Object.keys(SAMPLES) as Entry["sample"][]) {
  const group = entries.filter((e) => e.sample === sample);
  const original = (e: Entry): Label => {
    const label = e.inFixtures ? fixtures.get(e.id) : e.label;
    if (label === undefined) throw new Error(`${e.id}: no label`);
    return label;
  };
  const count = (p: (e: Entry) => boolean) => group.filter(p).length;
  const manual = (l: Label) => l.expect === "manual";
  const verdict = (v: string) => count((e) => e.firstRun.againstSecond === v);
  console.log(
    `| ${SAMPLES[sample]} | ${group.length} | ${count((e) => manual(original(e)) && !manual(e.second))} | ` +
      `${count((e) => !manual(original(e)) && manual(e.second))} | ` +
      `${count((e) => manual(original(e)) && manual(e.second))} | ${verdict("exact")} | ${verdict("wrong")} | ` +
      `${verdict("declined")} | ${verdict("partial")} |`,
  );
}
const kept = entries.filter((e) => e.sample === "W" && e.inFixtures);
const left = entries.filter((e) => e.sample === "W" && !e.inFixtures);
const tally = (list: Entry[]) =>
  ["exact", "wrong", "partial"]
    .map((v) => `${v} ${list.filter((e) => e.firstRun.againstSecond === v).length}`)
    .join(", ");
console.log(
  `\nwrong drafts closed since (kept in the fixtures): ${kept.length}; against the second label: ${tally(kept)}`,
);
console.log(`wrong drafts left out as label questions: ${left.length}; against the second label: ${tally(left)}`);
