/**
 * What the 评分标准 recogniser (issue 11) gives for one clause, as the sheet and the CLI use it. The recogniser itself
 * lives in the engine; everything here takes it as a parameter (`Drafter`), so the sheet side is written and tested
 * without it.
 */
import type { RuleInput, SchemePart } from "../engine";

export type { SchemePart };

/** One computable or judgement part of a clause (a `partial` draft). */
export interface RuleDraftPart {
  status: "draft" | "manual";
  /** The words of the clause this part reads. */
  text?: string;
  rule?: RuleInput;
  reason?: string;
}

/** A probe of a draft and the score the engine gives it: `3` → `0.5`. */
export interface DraftExample {
  /** What a clerk would type: a count, a rate as "85%", 是/否, several terms as {"1": 1, "2": 0}. */
  input: unknown;
  score: string | number;
}

/**
 * A drafted rule (`draft`), a clause only partly computable (`partial`: `rule` is the computable part, `reason` names
 * the rest), or one the recogniser declines (`manual`, with the reason). Never a silent guess.
 */
export interface RuleDraft {
  status: "draft" | "partial" | "manual";
  rule?: RuleInput;
  parts?: RuleDraftPart[];
  reason?: string;
  /** The rule said back in canonical Chinese: “每发现1例扣0.5分，扣完为止”. */
  sentence: string;
  examples: DraftExample[];
}

/** A clause of 评分标准 with its 分值 and the part of the scheme it is in. */
export interface DraftClause {
  text: string;
  points: number;
  part: SchemePart;
  /**
   * Words of the row that the clause relies on without repeating them: the 工作要求 “全年不少于4次” behind “每缺1次扣1
   * 分”. On the 指标体系 sheet: the row's 指标解释, then its parent row's (draftOutline.ts).
   */
  context?: string;
  /** `points` is not the row's own but its part's cap (a bonus or penalty item without 分值): a cap the scheme states. */
  pointsFromPart?: boolean;
}

export type Drafter = (clause: DraftClause) => RuleDraft;
