/**
 * The words of 起草规则: a draft's boundary examples as lines ("3例 → 0.5分"), its 起草说明, and what a draft of the
 * sheets did, said once for the pane and the command line.
 */
import type { RuleInput } from "../engine";
import type { DraftExample, RuleDraft } from "./draftTypes";
import type { DraftRowRef, SchemeDraft } from "./schemeDraft";
import { CHANGED_WORDS } from "./draftStatus";
import { DRAFT_STATES } from "./schemeLayout";

// ---------------------------------------------------------------------------------------------------------------
// Words of a draft

function termsOf(rule: RuleInput | undefined): { label?: string; unit?: string; kind?: string }[] {
  const terms = (rule as { terms?: unknown } | undefined)?.terms;
  return Array.isArray(terms) ? (terms as { label?: string; unit?: string; kind?: string }[]) : [];
}

/** What a count is counted in, for an example's input: a term's unit, a bands rule's, else 例. */
function countUnit(rule: RuleInput | undefined, term?: { unit?: string; kind?: string }): string {
  if (term) return term.unit ?? (term.kind === "count" || term.kind === "below" ? "例" : "");
  const terms = termsOf(rule);
  if (terms.length === 1) return countUnit(rule, terms[0]);
  const bands = rule as { kind: string; input?: string; unit?: string } | undefined;
  if (bands?.kind === "bands" && bands.input === "count") return bands.unit ?? "例";
  return "";
}

function inputWords(input: unknown, rule: RuleInput | undefined): string {
  if (typeof input === "number") return `${input}${countUnit(rule)}`;
  if (typeof input === "boolean") return input ? "是" : "否";
  if (typeof input === "string") return input;
  if (Array.isArray(input)) return input.map((v) => inputWords(v, undefined)).join("、");
  if (input !== null && typeof input === "object") {
    const terms = termsOf(rule);
    return Object.entries(input as Record<string, unknown>)
      .map(([key, value]) => {
        const term = terms[Number(key) - 1];
        const shown = typeof value === "number" ? `${value}${countUnit(rule, term)}` : inputWords(value, undefined);
        return `${term?.label ?? key} ${shown}`;
      })
      .join("，");
  }
  return String(input);
}

/** 边界示例: one line per example, "3例 → 0.5分". */
export function exampleLines(examples: readonly DraftExample[], rule: RuleInput | undefined): string {
  return examples.map((e) => `${inputWords(e.input, rule)} → ${String(e.score)}分`).join("\n");
}

/** 起草说明: the rule in words; for a partial draft, the part left to a person; for a declined one, why. */
export function noteOf(draft: RuleDraft): string {
  if (draft.status === "manual") return draft.reason ?? "需要评价人判断";
  if (draft.status === "draft") return draft.sentence;
  const rest =
    draft.reason ??
    (draft.parts ?? [])
      .filter((p) => p.status === "manual")
      .map((p) => p.reason ?? p.text ?? "")
      .filter((t) => t !== "")
      .join("；");
  const judged = (draft.rule as { terms?: Array<{ kind: string }> } | undefined)?.terms?.some(
    (t) => t.kind === "judged",
  );
  const why = rest === "" ? "见评分标准" : rest;
  // The whole leaf drafted, its judgement part a 人工评定条款: the evaluator types that part's points as an input.
  if (judged) return `${draft.sentence}。人工评定条款由评价人录入时填写：${why}`;
  return `${draft.sentence}。其余部分需人工判断：${why}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Saying what a draft did, the same in the pane and the command line

function refsText(refs: readonly DraftRowRef[], en = false): string {
  return refs.map((r) => (r.name === "" ? r.id : `${r.id} ${r.name}`)).join(en ? ", " : "、");
}

/** What a draft did, line by line: the count drafted, the rows left alone and why, what the clerk does next. */
export function draftReport(result: SchemeDraft): { zh: string; en: string }[] {
  const drafts = result.drafted.filter((d) => d.state === "draft");
  const manual = result.drafted.length - drafts.length;
  const partial = drafts.filter((d) => d.partial).length;
  const lines: { zh: string; en: string }[] = [
    {
      zh: `起草 ${result.drafted.length} 行：${drafts.length} 条草稿、${manual} 条需人工${partial > 0 ? `（${partial} 条草稿含需评价人判断的部分）` : ""}`,
      en: `${result.drafted.length} rows drafted: ${drafts.length} drafts, ${manual} left to a person${partial > 0 ? ` (${partial} drafts hold a part the evaluator judges)` : ""}`,
    },
  ];
  if (result.typed.length > 0) {
    lines.push({
      zh: `${result.typed.length} 行已填写规则或参数，未起草：${refsText(result.typed)}`,
      en: `${result.typed.length} rows already have a rule or parameters typed and were not drafted: ${refsText(result.typed, true)}`,
    });
  }
  const noCriterion = result.blank.filter((b) => b.reason === "criterion");
  const noPoints = result.blank.filter((b) => b.reason === "points");
  if (noCriterion.length > 0) {
    lines.push({
      zh: `${noCriterion.length} 行没有评分标准，未起草：${refsText(noCriterion)}`,
      en: `${noCriterion.length} rows have no 评分标准 to draft from: ${refsText(noCriterion, true)}`,
    });
  }
  if (noPoints.length > 0) {
    lines.push({
      zh: `${noPoints.length} 行没有分值，未起草：${refsText(noPoints)}`,
      en: `${noPoints.length} rows have no 分值 and were not drafted: ${refsText(noPoints, true)}`,
    });
  }
  if (result.reopened.length > 0) {
    lines.push({
      zh: `${result.reopened.length} 行的${CHANGED_WORDS.zh}在起草或确认后改过，已改回${DRAFT_STATES.draft}：${refsText(result.reopened)}`,
      en: `${result.reopened.length} rows had their ${CHANGED_WORDS.en} changed after drafting or confirmation and are drafts again: ${refsText(result.reopened, true)}`,
    });
  }
  if (drafts.length > 0 || result.reopened.length > 0) {
    lines.push({
      zh: `请核对每条草稿的规则和边界示例，无误后把状态改为“${DRAFT_STATES.confirmed}”；状态为草稿的行不能读入方案`,
      en: `Check each draft's rule and boundary examples, then set its 状态 to “${DRAFT_STATES.confirmed}”; rows still drafts cannot be read into a scheme`,
    });
  }
  return lines;
}
