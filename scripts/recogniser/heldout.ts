/**
 * Measures the 评分标准 recogniser on a clause set kept outside the project (the held-out set of issue 11), in the
 * format of test/fixtures/clauses/README.md: `npx tsx scripts/recogniser/heldout.ts <clauses.json> [--list]`. Prints
 * drafted exactly / computable and the wrong drafts (ids and why); `--list` also lists the declined computable clauses'
 * ids and reasons. Exits 1 when any draft is wrong. It prints no clause text, so the set stays outside the project.
 */
import { readFileSync } from "fs";
import { Clause, figures, judge, report } from "../../test/engine/recognise/judge";

const [path, flag] = process.argv.slice(2);
if (path === undefined) {
  console.error("用法：npx tsx scripts/recogniser/heldout.ts <clauses.json> [--list]");
  process.exit(2);
}
const data = JSON.parse(readFileSync(path, "utf8")) as Clause[] | Clause[][];
const clauses = (data as unknown[]).flat() as Clause[];
const f = figures(clauses.map(judge));
const lines = report(f);
lines.push(...f.wrong.map((o) => `  WRONG ${o.clause.id}: ${o.why}`));
if (flag === "--list") lines.push(...f.declined.map((o) => `  declined ${o.clause.id}: ${o.why}`));
console.log(lines.join("\n"));
process.exit(f.wrong.length > 0 ? 1 : 0);
