/**
 * What the statement reader gives: the kinds of statement, their results and ranges, what a row's context
 * holds, and the number and count-unit vocabulary every reader shares.
 * Part of the statement reader (statements.ts).
 */
import { Decimal } from "../decimal";

export const NUM = "\\d+(?:\\.\\d+)?";

/** What a bound's number measures: a rate (%), a score out of 100 (分), or a count (名, 次 …). */
export type Measure = "rate" | "number" | "count";

export interface Bound {
  value: Decimal;
  inclusive: boolean;
  /** An end of "80-90%" with no （含）: its neighbours decide whether it holds the number (assemble.ts). */
  loose?: boolean;
  /**
   * “前3个月内”: a time window said with a bare 内 — the quantity bounded where tiers of it stand beside each other, a
   * window for an act alone (readBands.ts).
   */
  within?: boolean;
}

export interface Range {
  measure: Measure;
  /** The count's own word (名, 次), for the header. */
  unit?: string;
  min?: Bound;
  max?: Bound;
  /** A two-sided range ("80-90%") whose ends carry no （含）: its neighbours decide (assemble.ts). */
  unmarked?: boolean;
}

/** What a statement gives: full points, none, some points, or a deduction from full points. */
export type Result =
  | { kind: "full" }
  | { kind: "zero" }
  | { kind: "award"; points: Decimal }
  | { kind: "deduct"; points: Decimal }
  | { kind: "deductShare"; share: Decimal };

export type Statement =
  /** 扣完为止; `points` where the clause names them ("本项3分扣完为止"), to be the item's own. */
  | { kind: "floor"; points?: Decimal }
  /** "加分至基本分值为止": the awards stop at the item's points (a bonus part's own; elsewhere beyond full points). */
  | { kind: "awardToPoints" }
  | {
      kind: "cap";
      verb: "deduct" | "award";
      points: Decimal;
      /** The sentence (split on 。；) the cap is said in, and whether it ends it: which term it bounds (assemble.ts). */
      sentence?: string;
      last?: boolean;
    }
  | { kind: "otherwiseZero" }
  | {
      kind: "slope";
      direction: "down" | "up";
      step: Decimal;
      per: Result;
      cond: string;
      contextTarget?: Decimal;
      /** "每偏离1%": read as below the target only where the target is 100% (assemble.ts checks). */
      deviation?: true;
    }
  | { kind: "count"; verb: "deduct" | "award"; per: Decimal; label: string; unit: string }
  | { kind: "below"; target: Decimal; per: Decimal; label: string; unit: string }
  | { kind: "separately"; verb: "deduct" | "award"; amounts: Decimal[]; labels: string[]; each: boolean }
  | {
      kind: "band";
      range: Range;
      result: Result;
      cond: string;
      exact: boolean;
      /** A quantity with a unit of measure (2小时内): the decline it stands for, until numeric.ts settles it. */
      measured?: string;
    }
  | {
      kind: "plain";
      result: Result;
      cond: string;
      /** The condition as written, 发现/出现 kept. */
      raw?: string;
      /** A number in the condition not bounded (100%全覆盖): the decline it stands for, until numeric.ts settles it. */
      numeric?: string;
      /**
       * “发现一件全扣”, “缺一项不得分”: one occurrence takes all the points, the unit it is counted in. In a base part it
       * is a count term of all the points a case, alone or beside deductions per case (readTerms.ts).
       */
      perCase?: string;
    }
  /**
   * "未建立值班制度、报告制度的各扣1分", "未协助…的，未组织…的，…未登记的，各扣1分": a closed list of conditions, each
   * its own yes/no term of the amount (各). assemble.ts reads each label as a plain statement of its own.
   */
  | { kind: "each"; verb: "deduct" | "award"; points: Decimal; labels: string[] }
  | { kind: "veto"; cond: string }
  /** "未完成的按实际完成率乘以标准分计分": P × the completion rate (assemble.ts: only beside 完成得标准分). */
  | { kind: "proportional" };

export interface Decline {
  kind: "decline";
  reason: string;
}

export type Read = Statement | Decline;

/** The decline for a statement no reader understood. */
export function unread(text: string): Decline {
  return { kind: "decline", reason: `未能读懂“${text}”，请人工设定规则` };
}

export type Of<K extends Statement["kind"]> = Extract<Statement, { kind: K }>;

/**
 * What another column of the row states that a clause relies on (the 工作要求 “一年不少于4次” behind “每少1次扣1分”,
 * the 量化要求 “入户调查率达到100%” behind “每降低1%扣0.1分”). Read only where it is unambiguous: exactly one such
 * target in the whole context, not a per-period frequency (每月不少于…; 每年 is the year the clause is scored over), not
 * per member or in all (各级…, 每人), no second number in its unit, and the clause's subject named in it.
 */
export interface ContextTargets {
  text: string;
  count?: { value: Decimal; unit: string };
  rate?: Decimal;
  /** The clause defines its rate as 实际…/计划…×100%: a plan cannot be exceeded into a deduction. */
  planRate?: boolean;
  /** The clause's time limits are words of the act it requires (windows.ts), not numbers to bound. */
  limitsAreWords?: boolean;
}

export const COUNT_UNITS =
  "个工作日|工作日|个月|季度|例|次|个|项|户|人|名|件|起|宗|天|日|月|家|篇|条|份|批|期|处|场|种|类|座|栋|辆|卷|科目|间|单(?![位元项独])";

/** The words a statement's condition is written in: a plain's as written, a list's labels, a counted term's label. */
export function conditionTexts(s: Statement): readonly string[] {
  if (s.kind === "plain") return [s.raw ?? s.cond];
  if (s.kind === "each" || s.kind === "separately") return s.labels;
  if (s.kind === "count" || s.kind === "below") return [s.label];
  return [];
}

/** Words that leave a list open: more than those listed may count (contextItems.ts, perCase.ts). */
export const OPEN_LIST = /等|不限于|之类|诸如|例如|如:/;
