/**
 * The 状态 of a row of 指标体系 and the check code beside it: a drafted rule stays 草稿 until the clerk sets 已确认,
 * and a confirmed row whose drafting basis changed since it was drafted (or exported) counts as 草稿 again. The basis is
 * everything 起草规则 reads for the row: its 评分标准, 分值 and part, its 指标解释 and its parent row's. Read by the
 * scheme read (which refuses drafts) and by 起草规则 (which marks such rows 草稿 in the sheet).
 */
import { normalizeText } from "../engine";
import type { SchemePart } from "./draftTypes";
import { DRAFT_STATES, DraftState } from "./schemeLayout";

/**
 * What a row's rule is drafted from (draftOutline.ts): the clause, the points it is drafted on (a bonus or penalty
 * item without its own takes its part's), the part, and the two 指标解释 its context is made of.
 */
export interface DraftBasis {
  criterion?: string;
  points?: number;
  part: SchemePart;
  explanation?: string;
  parentExplanation?: string;
}

function fnv(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * The first version's code, of the 评分标准 alone (FNV-1a over its normal form: spaces, full-width forms and line
 * breaks do not count): `c` and 8 hex digits. Sheets written before the code covered the basis hold it.
 */
export function criterionCheck(criterion: string | undefined): string {
  return `c${fnv(normalizeText(criterion ?? ""))}`;
}

const CRITERION_ONLY = /^c[0-9a-f]{8}$/;

/**
 * The code of a row's drafting basis: `d` and 8 hex digits (FNV-1a over each field's normal form, the fields kept
 * apart). It starts with a letter so that no host reads it as a number.
 */
export function basisCheck(basis: DraftBasis): string {
  const fields = [
    normalizeText(basis.criterion ?? ""),
    basis.points === undefined ? "" : String(basis.points),
    basis.part,
    normalizeText(basis.explanation ?? ""),
    normalizeText(basis.parentExplanation ?? ""),
  ];
  return `d${fnv(fields.join("\u0001"))}`;
}

/** Whether a stored code still holds for the basis. A first-version code covers the 评分标准 only, and holds when it matches. */
function holds(check: string, basis: DraftBasis): boolean {
  return CRITERION_ONLY.test(check) ? check === criterionCheck(basis.criterion) : check === basisCheck(basis);
}

/** Whether a stored code that holds is of the first version, to be rewritten as the basis's code. */
export function isCriterionOnlyCheck(check: string | undefined): boolean {
  return check !== undefined && CRITERION_ONLY.test(check.trim());
}

/** A row's state as read: its 状态 word, and whether its drafting basis changed since its check code was written. */
export type RowState = { kind: "none" } | { kind: DraftState; changed: boolean } | { kind: "unknown"; word: string };

export function rowState(word: string | undefined, check: string | undefined, basis: DraftBasis): RowState {
  if (word === undefined || word.trim() === "") return { kind: "none" };
  const entry = Object.entries(DRAFT_STATES).find(([, w]) => w === word.trim());
  if (!entry) return { kind: "unknown", word: word.trim() };
  const changed = check !== undefined && check.trim() !== "" && !holds(check.trim(), basis);
  return { kind: entry[0] as DraftState, changed };
}

/** What may have changed, in the words the sheet's headers use: the code does not tell which. */
export const CHANGED_WORDS = {
  zh: "评分标准、分值或指标解释（本行或上级行）",
  en: "评分标准, 分值 or 指标解释 (the row's or its parent's)",
} as const;

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
      zh: `编号 ${id} 的${CHANGED_WORDS.zh}在起草或确认后改过，规则视为${DRAFT_STATES.draft}：请再次起草规则（本行改回草稿），核对后再确认`,
      en: `the ${CHANGED_WORDS.en} of ${id} changed after its rule was drafted or confirmed, so the rule counts as a draft: run 起草规则 again (the row becomes a draft), check it and confirm it again`,
    };
  }
  return undefined;
}
