/**
 * The 状态 of a row of 指标体系 and the check code beside it: a drafted rule stays 草稿 until the clerk sets 已确认,
 * and a confirmed row whose 评分标准 changed since it was drafted (or exported) counts as 草稿 again. Read by the
 * scheme read (which refuses drafts) and by 起草规则 (which marks such rows 草稿 in the sheet).
 */
import { normalizeText } from "../engine";
import { DRAFT_STATES, DraftState } from "./schemeLayout";

/**
 * A short code of a 评分标准 text (FNV-1a over its normal form: spaces, full-width forms and line breaks do not
 * count). It starts with a letter so that no host reads it as a number.
 */
export function criterionCheck(criterion: string | undefined): string {
  const text = normalizeText(criterion ?? "");
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `c${hash.toString(16).padStart(8, "0")}`;
}

/** A row's state as read: its 状态 word, and whether its 评分标准 changed since its check code was written. */
export type RowState = { kind: "none" } | { kind: DraftState; changed: boolean } | { kind: "unknown"; word: string };

export function rowState(word: string | undefined, check: string | undefined, criterion: string | undefined): RowState {
  if (word === undefined || word.trim() === "") return { kind: "none" };
  const entry = Object.entries(DRAFT_STATES).find(([, w]) => w === word.trim());
  if (!entry) return { kind: "unknown", word: word.trim() };
  const changed = check !== undefined && check.trim() !== "" && check.trim() !== criterionCheck(criterion);
  return { kind: entry[0] as DraftState, changed };
}

/** Why a row cannot be read into a scheme yet, or undefined when it can. */
export function draftRefusal(id: string, state: RowState): { zh: string; en: string } | undefined {
  const words = Object.values(DRAFT_STATES);
  if (state.kind === "unknown") {
    return {
      zh: `状态“${state.word}”不是可选项：${words.join("、")}`,
      en: `状态 “${state.word}” is not one of ${words.join(", ")}`,
    };
  }
  if (state.kind === "draft") {
    return {
      zh: `编号 ${id} 的规则仍是${DRAFT_STATES.draft}：请核对规则和边界示例，无误后把状态改为“${DRAFT_STATES.confirmed}”`,
      en: `the rule of ${id} is still a draft (${DRAFT_STATES.draft}): check the rule and its boundary examples, then set 状态 to “${DRAFT_STATES.confirmed}”`,
    };
  }
  if (state.kind === "confirmed" && state.changed) {
    return {
      zh: `编号 ${id} 的评分标准在起草或确认后改过，规则视为${DRAFT_STATES.draft}：请再次起草规则（本行改回草稿），核对后再确认`,
      en: `the 评分标准 of ${id} changed after its rule was drafted or confirmed, so the rule counts as a draft: run 起草规则 again (the row becomes a draft), check it and confirm it again`,
    };
  }
  return undefined;
}
