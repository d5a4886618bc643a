/**
 * Runs the 评分标准 recogniser over every clause of the built-in schemes and lists where its draft differs from the
 * hand transcription (issue 11): each difference is a recogniser bug or a transcription question. A draft agrees when
 * it scores each of its own boundary examples as the built-in rule does; a built-in rule that cannot read the draft's
 * inputs is listed as a different reading of the inputs.
 *
 *   npx tsx scripts/recogniser/builtins.ts [--markdown]
 */
import { dec, fixed, loadScheme, probe, recognise, SchemeNode } from "../../src/engine";
import { builtinSchemes } from "../../src/schemes";

type Verdict = "agrees" | "differs" | "declined" | "drafted-manual" | "both-manual";

interface Row {
  scheme: string;
  id: string;
  name: string;
  builtin: string;
  verdict: Verdict;
  detail: string;
}

function builtinScore(node: SchemeNode, input: unknown, precision: number): string {
  const rule = node.rule;
  if (!rule) return "—";
  const parsed = rule.compiled.parse(input);
  if (!parsed.ok) return `无法读取：${parsed.error.zh}`;
  return fixed(rule.compiled.evaluate(parsed.value), precision);
}

/** Two scores written at any number of decimals ("1.5", "1.50"), compared exactly; text compares as text. */
function sameScore(a: string, b: string): boolean {
  const number = /^-?\d+(\.\d+)?$/;
  return number.test(a) && number.test(b) ? dec(a).equals(dec(b)) : a === b;
}

function rows(): Row[] {
  const out: Row[] = [];
  for (const input of builtinSchemes) {
    const loaded = loadScheme(input);
    if (!loaded.ok) throw new Error(`built-in scheme ${input.id} does not load`);
    const scheme = loaded.scheme;
    for (const leaf of scheme.leaves) {
      const criterion = leaf.input.criterion;
      if (criterion === undefined || criterion.trim() === "" || !leaf.rule) continue;
      const kind = leaf.rule.params.kind;
      const points = leaf.points.toString();
      const result = recognise(criterion, points, leaf.part);
      const row = { scheme: scheme.id, id: leaf.id, name: leaf.name, builtin: kind };
      if (result.status === "manual") {
        out.push({ ...row, verdict: kind === "manual" ? "both-manual" : "declined", detail: result.reason });
        continue;
      }
      if (kind === "manual") {
        out.push({ ...row, verdict: "drafted-manual", detail: result.sentence });
        continue;
      }
      const differences = result.examples
        .map((e) => ({ input: e.input, draft: probe(result, e.input, points, leaf.part) }))
        .map(({ input: x, draft }) => ({
          input: x,
          draft: "score" in draft ? draft.score : `无法计分：${draft.error}`,
          builtin: builtinScore(leaf, x, scheme.precision),
        }))
        .filter((d) => !sameScore(d.draft, d.builtin));
      out.push({
        ...row,
        verdict: differences.length === 0 ? "agrees" : "differs",
        detail:
          differences.length === 0
            ? result.sentence
            : differences.map((d) => `${JSON.stringify(d.input)}：草稿 ${d.draft}，内置 ${d.builtin}`).join("；"),
      });
    }
  }
  return out;
}

const all = rows();
const count = (v: Verdict) => all.filter((r) => r.verdict === v).length;
const lines = [
  `built-in clauses with a criterion: ${all.length}`,
  `agrees ${count("agrees")} · differs ${count("differs")} · declined where the built-in computes ${count("declined")} · drafted where the built-in is manual ${count("drafted-manual")} · both manual ${count("both-manual")}`,
];
if (process.argv.includes("--markdown")) {
  lines.push("", "| scheme | id | built-in | verdict | detail |", "|---|---|---|---|---|");
  for (const r of all.filter((x) => x.verdict === "differs" || x.verdict === "drafted-manual")) {
    lines.push(`| ${r.scheme} | ${r.id} ${r.name} | ${r.builtin} | ${r.verdict} | ${r.detail.replace(/\|/g, "\\|")} |`);
  }
} else {
  for (const r of all) lines.push(`${r.verdict.padEnd(15)} ${r.scheme} ${r.id} ${r.name} [${r.builtin}] ${r.detail}`);
}
console.log(lines.join("\n"));
