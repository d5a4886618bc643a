/**
 * The evaluator's choices for answers a document leaves open (虹桥 D12: “良好” is neither 较好 nor 一般): made once
 * for a scheme and kept with the input (a JSON file's "choices", `--choose D12:良好=较好`), applied before a leaf's
 * rule reads its input. A choice is checked against the scheme: only an answer the scheme lists as ambiguous, and
 * only one of the levels it lists for it.
 */
import { normalizeText } from "./cell";
import type { AmbiguousLabel } from "./rules";
import type { Scheme } from "./scheme";

/** Leaf id → ambiguous answer → the level the evaluator chose. */
export type LabelChoices = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The answers of a leaf left to the evaluator, as its scheme lists them. */
export function ambiguousLabels(scheme: Scheme, id: string): readonly AmbiguousLabel[] {
  return scheme.nodes.get(id)?.rule?.compiled.ambiguous ?? [];
}

/** What is wrong with each choice, in Chinese ("D12：“良好”只能选择按“较好”或“一般”计分，不能按“较差”"). */
export function checkChoices(scheme: Scheme, choices: LabelChoices): string[] {
  const problems: string[] = [];
  for (const [id, chosen] of Object.entries(choices)) {
    const open = ambiguousLabels(scheme, id);
    for (const [label, level] of Object.entries(chosen)) {
      const entry = open.find((a) => normalizeText(a.label) === normalizeText(label));
      if (!entry) {
        const listed = open.map((a) => `“${a.label}”`).join("、");
        problems.push(
          listed === ""
            ? `${id}：方案没有列出需要评价人选择的档次，不能指定“${label}”`
            : `${id}：需要评价人选择的只有 ${listed}，没有“${label}”`,
        );
      } else if (!entry.between.includes(level)) {
        const options = entry.between.map((b) => `“${b}”`).join("或");
        problems.push(`${id}：“${entry.label}”只能选择按${options}计分，不能按“${level}”`);
      }
    }
  }
  return problems;
}

/** The level chosen for a raw answer of a leaf, when the evaluator chose one for it. */
export function chosenLevel(choices: LabelChoices | undefined, id: string, raw: unknown): string | undefined {
  const chosen = choices?.[id];
  if (!chosen || typeof raw !== "string") return undefined;
  const text = normalizeText(raw);
  for (const [label, level] of Object.entries(chosen)) if (normalizeText(label) === text) return level;
  return undefined;
}
