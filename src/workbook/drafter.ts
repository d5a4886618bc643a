/**
 * The recogniser (src/engine/recognise) as the 指标体系 sheet's drafter: its answer for one clause in the shape the
 * sheet writes. A row holds one rule, so a clause only partly computable is drafted only where its computable part
 * scores the whole 分值 (the judgement part can then only take points away, and 起草说明 says so); otherwise it is 人工
 * with both parts named. A 一票否决 condition is not a row's rule: the clerk is told to list it in 方案信息.
 */
import { recognise, Recognition } from "../engine";
import type { DraftExample, Drafter, RuleDraft } from "./draftTypes";

type Drafted = Extract<Recognition, { status: "draft" | "partial" }>;

function examples(result: Drafted): DraftExample[] {
  return result.examples.map((e) => ({ input: e.input, score: e.score }));
}

export function toRuleDraft(result: Recognition, points: number): RuleDraft {
  if (result.status === "manual") return { status: "manual", reason: result.reason, sentence: "", examples: [] };
  if (result.status === "draft") {
    if (result.rule.kind === "veto") {
      return {
        status: "manual",
        reason: "这是一票否决条件，不计分：请在“方案信息”中列为一票否决，此行按视情给分或删除",
        sentence: result.sentence,
        examples: [],
      };
    }
    return { status: "draft", rule: result.rule, sentence: result.sentence, examples: examples(result) };
  }
  const drafted = result.parts.filter((p) => p.status === "draft");
  const [only] = drafted;
  // The whole leaf as one rule, the judgement part a 人工评定条款; else the computable part where it scores the whole.
  const whole = result.rule ?? (drafted.length === 1 && only?.points === points ? only.rule : undefined);
  if (whole !== undefined) {
    return {
      status: "partial",
      rule: whole,
      parts: result.parts.map((p) => ({
        status: p.status,
        text: p.text,
        ...(p.rule !== undefined ? { rule: p.rule } : {}),
        ...(p.reason !== undefined ? { reason: p.reason } : {}),
      })),
      reason: result.reason,
      sentence: result.sentence,
      examples: examples(result),
    };
  }
  const described = result.parts
    .map((p) => (p.status === "draft" ? `可计算：${p.sentence ?? p.text}（${p.points}分）` : `需判断：${p.text}`))
    .join("；");
  return { status: "manual", reason: `${result.reason}。${described}`, sentence: "", examples: [] };
}

/**
 * Drafts a clause with the recogniser, reading its context as `jixiao scheme draft --context` does; points taken from
 * the part are the part's cap, which bounds an uncapped per-count bonus as the scheme does.
 */
export const recogniserDrafter: Drafter = (clause) =>
  toRuleDraft(
    recognise(clause.text, clause.points, clause.part, {
      ...(clause.context === undefined ? {} : { context: clause.context }),
      ...(clause.pointsFromPart === true ? { pointsAreCap: true } : {}),
    }),
    clause.points,
  );
