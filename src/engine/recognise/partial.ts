/**
 * A clause whose judgement pieces sit among computable ones (“…得0.5分，主体单一的，酌情扣分”, “完成…记5分,未完成的酌情扣分,
 * 未订阅不记分”, “…得6分(由检查考评组视情量分)”, “无故缺席每次扣1—2分,迟到、早退每次扣0.5分”): each judgement piece is cut
 * out as the manual part, and what is left is read by the ordinary readers exactly as if it stood alone. The clause is
 * declined whenever what is left does not draft on its own: a computable piece is never dropped into the manual part.
 *
 * The judgement pieces are the ones readClause (index.ts) declines as judgement, with the award they are the failing of
 * (“完成…得1.2分；未完成…视情扣分”: the award and its judged failing are one judged piece of the award's points). Where the
 * judgement pieces award points of their own (“…凝聚力强,得6分(由检查考评组视情量分)”), what is left is drafted on the rest
 * of the 分值; otherwise on all of it, the judgement taking away within it.
 *
 * A criterion or a one-time deduction judged for its manner or degree (“严格按照…进行项目建设(1分)”, “…无明显改善的扣2分”),
 * which readClause reads as a yes/no and the guards decline, is cut by unmeasuredPartial below.
 */
import { dec, Decimal, HUNDRED } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import { openStep } from "./assembled";
import { compileRule, Example, examplesOf } from "./examples";
import { DEGREE, judgedResult, MANNER } from "./guards";
import { GRADED, judgedSentencePoints, statesShare } from "./judgedPiece";
import { pointsEnd, simplified } from "./normalise";
import type { DraftPart } from "./index";
import { NUM } from "./statementTypes";

/** A piece readClause declined (index.ts `Read`). */
export interface Declined {
  reason: string;
  text: string;
  judgement: boolean;
}

/** What a judgement piece cut out of a clause left: the text to read alone, the pieces, where each stood. */
export interface Cut {
  rest: string;
  /** The text before each judged piece, in the order they stand, with what the piece awards of its own. */
  judged: Array<{
    text: string;
    reason: string;
    before: string;
    after: string;
    own: Decimal;
    coarse: boolean;
    extended: boolean;
    /** A whole sentence of judgement with points of its own (judgedPiece.ts): its highest award. */
    sentence?: boolean;
    /** A sentence cut whole for want of a number (unreadPart.ts): its amount is stated, the count it applies to is not. */
    unread?: boolean;
  }>;
  /** The points what is left is drafted on: all of the 分值, or what the judged pieces' own awards leave. */
  points: Decimal;
  /** Whether the judgement takes away within all the points (no award of its own). */
  within: boolean;
}

/** An award of points stated in words: 得6分, 记5分, 计2.5分, 得分2分, 加1分 (not a range “得1-3分”). */
const AWARD = new RegExp(`(?:得分|得|记|计|给|加)(${NUM})分(?![-至到\\d])`, "g");
/** A piece that is the failing of the award before it: 未完成…, 否则…, 不…, 没有…. */
const FAILING = /^(?:否则|未|不|没有|无)/;
/** A scoring word: what makes a piece of text a rule of its own. */
const SCORING = /\d+(?:\.\d+)?分|扣|不得分|不计分|不记分|满分/;

/**
 * Where the award a failing piece at `at` belongs to starts (“完成…记5分,未完成的酌情扣分”: the award and its judged failing
 * are one piece), or undefined when the piece before it awards nothing. The award's condition may stand in the pieces
 * before it in its sentence (“…的,得0.5分”).
 */
function awardStart(normal: string, at: number): number | undefined {
  const pieces: Array<{ start: number; end: number; sep: string }> = [];
  let start = 0;
  for (let i = 0; i < at; i++) {
    if (/[,。;\n]/.test(normal[i] as string)) {
      pieces.push({ start, end: i, sep: normal[i] as string });
      start = i + 1;
    }
  }
  let k = pieces.length - 1;
  const prev = pieces[k];
  if (prev === undefined || !ownAward(normal.slice(prev.start, prev.end)).greaterThan(0)) return undefined;
  while (k > 0) {
    const before = pieces[k - 1] as (typeof pieces)[number];
    if (before.sep !== "," || SCORING.test(normal.slice(before.start, before.end))) break;
    k--;
  }
  return (pieces[k] as (typeof pieces)[number]).start;
}

function ownAward(text: string): Decimal {
  // “扣1—2分”, “扣1分” are deductions; only what the piece gives counts.
  return [...text.replace(/扣|减/g, "×").matchAll(AWARD)].reduce((sum, m) => sum.plus(dec(m[1] as string)), dec(0));
}

/** Tidies the separators a cut leaves: “,,” → “,”, a comma at a sentence's edge dropped. */
function tidy(text: string): string {
  return text
    .replace(/,{2,}/g, ",")
    .replace(/,(?=[。;\n]|$)/g, "")
    .replace(/(^|[。;\n]),/g, "$1")
    .replace(/([。;])[。;]+/g, "$1")
    .replace(/^[。;\s]+/, "")
    .trim();
}

/**
 * Cuts the judgement pieces out of a normalised clause, or undefined where there are none, where a piece cannot be
 * found in the text, or where one still states a definite result (guards.ts judgedResult).
 */
export function cutJudged(
  normal: string,
  declines: readonly Declined[],
  P: Decimal,
  unread: ReadonlyArray<{ start: number; end: number; reason: string }> = [],
): Cut | undefined {
  // “按其未完成比例扣分”: 按比例 said with what it is of, still without a rate.
  const judged = declines
    .filter((d) => d.judgement || PROPORTION.test(d.text))
    // a piece inside a sentence cut whole for want of a number (unreadPart.ts) goes with its sentence
    .filter((d) => !unread.some((u) => normal.slice(u.start, u.end).includes(d.text)))
    .map((d) => ({ ...d, reason: d.judgement ? d.reason : "“按比例扣减”未给出比例，需要评价人判断" }));
  const coarse = coarseSentences(normal);
  if (coarse === undefined || judged.length + coarse.length + unread.length === 0) return undefined;
  // Mark each judged piece's span; a piece of the failing of an award just before it takes the award in.
  const spans: Array<{
    start: number;
    end: number;
    reason: string;
    coarse?: boolean;
    extended?: boolean;
    unread?: boolean;
  }> = [];
  let from = 0;
  for (const d of judged) {
    const at = normal.indexOf(d.text, from);
    if (at < 0) return undefined;
    spans.push({ start: at, end: at + d.text.length, reason: d.reason });
    from = at + d.text.length;
  }
  spans.push(...coarse, ...unread.map((u) => ({ ...u, unread: true })));
  spans.sort((a, b) => a.start - b.start);
  for (const s of spans) {
    // only a coarse step: “…得3分,未达到100家…的,按比例得分” (r6-sz-1.3) is labelled manual whole
    const award = s.coarse && FAILING.test(normal.slice(s.start, s.end)) ? awardStart(normal, s.start) : undefined;
    if (award !== undefined) Object.assign(s, { start: award, extended: true });
  }
  // Judged pieces parted by a comma alone are one piece (“…好的计2.5分,差的扣1分”: the rungs of one judged ladder).
  for (let i = spans.length - 1; i > 0; i--) {
    const [a, b] = [spans[i - 1], spans[i]] as [(typeof spans)[number], (typeof spans)[number]];
    if (normal.slice(a.end, b.start) === ",")
      spans.splice(i - 1, 2, {
        start: a.start,
        end: b.end,
        reason: a.reason,
        coarse: a.coarse && b.coarse,
        extended: a.extended,
      });
  }
  let rest = "";
  let last = 0;
  const pieces: Cut["judged"] = [];
  for (const s of spans) {
    if (s.start < last) return undefined;
    rest += normal.slice(last, s.start) + ",";
    last = s.end;
  }
  rest = tidy(rest + normal.slice(last));
  for (const s of spans) {
    const text = normal.slice(s.start, s.end);
    const sentence =
      s.coarse || s.unread || BRACKETED.test(text) ? undefined : judgedSentencePoints(normal, s.start, s.end);
    pieces.push({
      text,
      reason: s.reason,
      before: normal.slice(0, s.start),
      after: normal.slice(s.end),
      own: sentence ?? ownAward(text),
      coarse: s.coarse === true,
      extended: s.extended === true,
      ...(sentence === undefined ? {} : { sentence: true }),
      unread: s.unread === true,
    });
  }
  // A judgement word that scores nothing (“酌情开展巡查(10分,发现一处扣2分)”) is a word of the requirement, no piece of its own.
  // A cut inside a bracket (“酌情开展巡查(10分,发现一处扣2分)”) parts what the bracket holds together.
  if (pieces.some((p) => !/扣|减|加|得|给|计|记|分/.test(p.text) || !balanced(p.text)) || !balanced(rest))
    return undefined;
  // A piece without points of its own that still states a definite result (guards.ts judgedResult) is a term lost.
  if (
    judgedResult(
      pieces.filter((p) => p.own.isZero() && !p.coarse && !p.unread).map((p) => ({ text: p.text, judgement: true })),
    ) !== undefined
  )
    return undefined;
  // Points of its own only where the judgement governs them whole: in a bracket after them (“得6分(由检查考评组视情量分)”)
  // or as the failing of the award they are (“完成…得1.2分;未完成…每低于5个百分点扣0.1分”); “…超过100家…得3分,未达到…
  // 按比例得分” holds a computable award the cut would drop.
  // or as a whole sentence of judgement (“…好的计2.5分,差的扣1分;…的计2.5分,每差1条扣0.5分”), where the rest states the
  // share it leaves: its awards add up to the 分值 less the judged sentences' points (judgedPiece.ts).
  if (pieces.some((p) => p.own.greaterThan(0) && !p.extended && !p.sentence && !BRACKETED.test(p.text)))
    return undefined;
  const own = pieces.reduce((sum, p) => sum.plus(p.own), dec(0));
  if (pieces.some((p) => p.sentence) && !statesShare(rest, P.minus(own))) return undefined;
  if (!SCORING.test(rest) || !own.lessThan(P)) return undefined;
  // Taking away within all the points, the judgement may be the failing of an award left in the rest (“…的,得1分;措施单一
  // 的,酌情扣分”, “…的得5分;范围不全的扣1-3分;未开展…的不得分”): each award there must say its failing (否则不得分).
  if (own.isZero() && unfailedAward(rest)) return undefined;
  return { rest, judged: pieces, points: P.minus(own), within: own.isZero() };
}

/** 按比例 with what it is of (“按其未完成比例扣分”, “按完成比例扣分”), no rate: statements.ts reads only “按比例扣”. */
const PROPORTION = /按其?未?(?:完成)?比例(?:扣|减|计|得|给)/;

/** A step coarser than one percentage point: “每下降2%”, “每低于5个百分点” (assemble.ts, formula.ts decline it). */
const COARSE = /每(?:下降|降低|低于|减少|增加|超过|提高|上升|高于)(\d+(?:\.\d+)?)(?:%|个百分点)/g;
/** What may stand beside a coarse step in its sentence: its amount and its cap. */
const COARSE_CAP =
  /(?:最高|最多|累计|共)扣(?:除)?\d+(?:\.\d+)?分|扣(?:满|完)\d+(?:\.\d+)?分(?:为止)?|扣完为止|(?:扣|减)(?:除)?\d+(?:\.\d+)?分/g;

/**
 * The sentences holding a step coarser than one percentage point, whose remainder the text leaves open (fixtures README,
 * Steps): that term is the manual part of a partial clause. A sentence with any other term beside it is not cut
 * (undefined: the clause stays declined), so no computable piece goes with it.
 */
function coarseSentences(
  normal: string,
): Array<{ start: number; end: number; reason: string; coarse: true; extended: boolean }> | undefined {
  const out: Array<{ start: number; end: number; reason: string; coarse: true; extended: boolean }> = [];
  let start = 0;
  for (let i = 0; i <= normal.length; i++) {
    if (i < normal.length && !/[。;\n]/.test(normal[i] as string)) continue;
    const sentence = normal.slice(start, i);
    const steps = [...sentence.matchAll(COARSE)].filter((m) => openStep(dec(m[1] as string).dividedBy(HUNDRED)));
    if (steps.length > 0) {
      const step = steps[0] as RegExpMatchArray;
      const left = sentence.replace(COARSE, "").replace(COARSE_CAP, "").replace(/,+/g, ",");
      // its base beside it (“退回率≦10%,得0.5分,每增加2%,扣0.1分”): the step's own points, one term with it
      const base = new RegExp(`^[^,]*(?:≤|≦|<|以下|以内|不超过)[^,]*,(?:得|计|记)${NUM}分,?$`).test(left);
      if (steps.length > 1 || (!base && /\d+(?:\.\d+)?分|每|扣|不得分|不计分/.test(left))) return undefined;
      out.push({
        start,
        end: i,
        reason: `“${step[0]}”按整档计分，不足一档如何处理文件未说明，需要评价人判断`,
        extended: base,
        coarse: true,
      });
    }
    start = i + 1;
  }
  // “改厕率每下降10%,扣2分;低于80%不得分” (held-out set 34): a rate bound in a sentence with no measure of its own is the
  // measure the step runs on, not a term of its own — a part computed from it would score a rate whose steps are open.
  const rest = out.reduce((t, o) => t.slice(0, o.start) + " ".repeat(o.end - o.start) + t.slice(o.end), normal);
  const sameMeasure = rest
    .split(/[。;\n]/)
    .some((sentence) =>
      /^(?:低于|高于|不足|不到|达到|超过|未达到?|小于|大于|[<>≤≥])\d+(?:\.\d+)?%/.test(sentence.trim()),
    );
  if (out.length > 0 && sameMeasure) return undefined;
  return out;
}

/** An award whose points a judgement in the bracket after them governs: “得6分(由检查考评组视情量分)”. */
const BRACKETED = new RegExp(`(?:得分|得|记|计|给|加)${NUM}分\\([^()]*(?:酌情|视情|视具体情况|评定|评议)[^()]*\\)$`);

/** Whether an award (得N分, 满分) in the text lacks a “否则不得分” after it in its sentence. */
function unfailedAward(text: string): boolean {
  return text.split(/[。;\n]/).some((sentence) => {
    const awards = [...sentence.matchAll(/(?:得分|得|记|计|给|加)\d+(?:\.\d+)?分|满分/g)];
    if (awards.length === 0) return false;
    const after = sentence.slice((awards[awards.length - 1] as RegExpMatchArray).index);
    return !/否则(?:不得分|不计分|不记分|不给分|计0分|得0分)/.test(after) || awards.length > 1;
  });
}

/**
 * A count among several terms with no subject of its own (“没有实行大宗材料招投标扣30分,每发现一次扣5分”: what is found
 * each time the text does not say — more of the failing before it, or something else): the readers label it “第N项”.
 * Alone or first it is the clause's own count; after another term it is declined, drafted whole or as a partial's rest.
 */
export function unnamedCount(rule: RuleInput): string | undefined {
  if (!("terms" in rule) || !Array.isArray(rule.terms) || rule.terms.length < 2) return undefined;
  const terms = rule.terms as Array<{ kind?: string; label?: string }>;
  // after another term only: first, it is the clause's opening count (“每发现1例扣0.5分，最多扣2分。未建立台账的扣1分”)
  const i = terms.findIndex((t, k) => k > 0 && t.kind === "count" && /^第\d+项$/.test(t.label ?? ""));
  return i < 0 ? undefined : `第${i + 1}项按次扣分，但未说明所计的是什么（与其他计分项如何区分不明确），请人工设定规则`;
}

function balanced(text: string): boolean {
  return (text.match(/\(/g) ?? []).length === (text.match(/\)/g) ?? []).length;
}

/** How many inputs a drafted rule takes: its terms, or one. */
export function termCount(rule: RuleInput): number {
  return "terms" in rule && Array.isArray(rule.terms) ? rule.terms.length : 1;
}

/** Whether a piece of text holds a rule of its own (a scoring word) once judged pieces are gone. */
export function scores(text: string): boolean {
  return SCORING.test(text);
}

export type { SchemePart };

/** What a reader made of a text alone: index.ts `Recognition`, as far as a cut needs it. */
type Reading =
  | { status: "draft"; rule: RuleInput | { kind: "veto" }; sentence: string; examples: Example[] }
  | { status: "partial" | "manual" };

/** A partial draft (index.ts `Recognition` of status partial) whose manual part is a piece judged for its manner. */
export interface UnmeasuredPartial {
  status: "partial";
  parts: Array<DraftPart & { keys: string[] }>;
  sentence: string;
  examples: Example[];
  reason: string;
}

/** A criterion's own points in a bracket: “(1分)”, “（3分）”. */
const CRITERION_POINTS = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/g;
/** A deduction piece that is one yes/no: “居住条件…无明显改善的扣2分” (no 每, 各, cap). */
const ONE_DEDUCTION = /^([^,，;；。每各]*?)[,，]?(?:扣|减)(?:除)?(\d+(?:\.\d+)?)分$/;

/** Why a piece's words are the evaluator's to weigh (guards.ts MANNER, DEGREE), and the words with it set aside. */
function unmeasured(label: string, manners: boolean): { reason: string; stripped: string } | undefined {
  // a number beside the word is its measure (“经常研究…，每年不少于4次”): read by the number, never cut
  if (/\d|每|次数|以上|以下|不少于|不低于/.test(label)) return undefined;
  const degree = DEGREE.exec(label);
  if (degree)
    return {
      reason: `“${label}”：“${degree[0]}”是程度，需要评价人判断`,
      stripped: label.replace(degree[0], "未达标"),
    };
  // “环境卫生差扣0.2分”: a grade ending the condition of a one-time deduction (judgedPiece.ts)
  const grade = manners ? null : GRADED.exec(label);
  if (grade)
    return {
      reason: `“${label}”：“${grade[0]}”是评价等次，需要评价人判断`,
      stripped: label.replace(GRADED, "未达标"),
    };
  const manner = MANNER.exec(label);
  // only as the manner of the act it opens (“严格执行…”, “全方位纳入…”); a quality said of it (“因素选择全面、合理”) was
  // labelled a yes/no (h3-nybz-1.3.1), and so was a failing of a full act (“未进行…全面总结的扣3分”, lybz-5.2). In a
  // deduction, the manner of the act failed right after the failing word (“未全面实施…”, “未开展多种形式宣传…”: held-out
  // sets 11, 12 label it the evaluator's) or a failing that ends the condition (“组织不到位”); not a manner further in
  // (“未进行党建工作全面总结”, lybz-5.2, labelled a yes/no).
  const next = manner ? (label[(manner.index ?? 0) + manner[0].length] ?? "") : "";
  const opens = manner !== null && /[\u4e00-\u9fa5]/.test(next) && !/[的地]/.test(next);
  const failing =
    manner !== null &&
    !manners &&
    (/^(?:未|没有|不)[\u4e00-\u9fa5]{0,2}$/.test(label.slice(0, manner.index)) ||
      /^(?:不到位|不清楚|未清楚)$/.test(manner[0])) &&
    (opens || next === "");
  if (manner && ((manners && opens) || failing))
    return {
      reason: `“${label}”：“${manner[0]}”没有可计数的标准，是否做到需要评价人判断`,
      stripped: label.replace(manner[0], /清楚/.test(manner[0]) ? "未掌握" : manner[0] === "不到位" ? "未达标" : ""),
    };
  return undefined;
}

/**
 * “结合实际制定…实施办法(1分);严格按照实施办法进行项目建设(1分)。”, “有1户五保危房户…扣1分;居住条件、敬老院环境无明显改善的扣2分。”
 * (held-out set 9): a criterion with its own points, or a one-time deduction in its own sentence, that alone would be
 * declined for a manner without a measure (guards.ts MANNER) or a weighed degree (DEGREE) is the manual part; the other
 * pieces are read by the ordinary readers (`read`) as if they stood alone, each keyed by its position among the pieces.
 *
 * Declined (undefined) unless the clause with the judged words set aside (“严格” dropped, “无明显改善” as “未达标”) drafts
 * one term per piece: a clause declined for an ambiguity anywhere — once or per case, overlapping tiers, a target — is
 * declined whole, never cut. A criterion's points are its own (the rest drafted on what they leave); a deduction's are
 * within the leaf (the rest drafted on all of it, the evaluator taking away within it).
 */
export function unmeasuredPartial(
  text: string,
  P: Decimal,
  part: SchemePart,
  read: (words: string, points: Decimal) => Reading,
): UnmeasuredPartial | undefined {
  // a point ending a sentence after points (“…的扣10分.”) as normalise.ts reads it
  text = pointsEnd(simplified(text).trim());
  const brackets = [...text.matchAll(CRITERION_POINTS)];
  const pieces: Array<{ text: string; label: string; own: Decimal; judged?: { reason: string; stripped: string } }> =
    [];
  let tail: string;
  const criteria = brackets.length >= 2;
  if (criteria) {
    let from = 0;
    for (const m of brackets) {
      const end = (m.index as number) + m[0].length;
      const piece = text.slice(from, end);
      const label = piece
        .slice(0, piece.length - m[0].length)
        .replace(/^[\s;；。,，、]*(?:\d+[、.．]|[(（]\d+[)）])?/, "")
        .replace(/[\s;；。,，、]+$/, "");
      pieces.push({ text: piece, label, own: dec(m[1] as string) });
      from = end;
    }
    tail = text.slice(from);
    if (!/^[\s;；。,，、]*$/.test(tail)) return undefined;
  } else {
    tail = "";
    for (const m of text.matchAll(/[^;；。\n]+[;；。\n]*/g)) {
      // “组织不到位扣2分,工作无计划、无检查、无总结,每项扣1分。”: a one-time deduction ending at a comma is a piece of its
      // own where its words are the evaluator's; otherwise the sentence stays one piece.
      const cut = [...m[0].matchAll(/[^,，]*?(?:扣|减)(?:除)?\d+(?:\.\d+)?分[,，]|.+$/g)].map((x) => x[0]);
      const judgedHead = (t: string) => {
        const d = ONE_DEDUCTION.exec(t.replace(/[\s,，]+$/, ""));
        return d !== null && unmeasured((d[1] ?? "").replace(/的$/, ""), false) !== undefined;
      };
      const parts = cut.length > 1 && cut.slice(0, -1).some(judgedHead) ? cut : [m[0]];
      for (const t of parts) pieces.push({ text: t, label: t.replace(/[\s;；。,，]+$/, "").trim(), own: dec(0) });
    }
  }
  for (const p of pieces) {
    if (criteria) {
      // one requirement: “村党支部工作制度健全,经常组织活动(1分)” holds a computable one beside it (h5-cmzz-3, labelled yes/no)
      p.judged = /扣|得|加|分|[,，;；]/.test(p.label) ? undefined : unmeasured(p.label, true);
      continue;
    }
    const m = ONE_DEDUCTION.exec(p.label);
    const cond = (m?.[1] ?? "").replace(/的$/, "");
    const judged = m && dec(m[2] as string).lessThanOrEqualTo(P) ? unmeasured(cond, false) : undefined;
    if (judged) p.judged = { ...judged, stripped: p.label.replace(cond, judged.stripped) };
  }
  const judged = pieces.filter((p) => p.judged !== undefined);
  const rest = pieces.filter((p) => p.judged === undefined);
  if (judged.length === 0 || rest.length === 0) return undefined;
  // Points of its own for a criterion, within the leaf for a deduction.
  const own = judged.reduce((sum, p) => sum.plus(p.own), dec(0));
  const points = P.minus(own);
  if (!points.greaterThan(0)) return undefined;
  // The clause with the judged words set aside: one term per piece, or an ambiguity declines it whole.
  const stripped = pieces
    .map((p) => (p.judged ? p.text.replace(p.label, p.judged.stripped) : p.text))
    .join("")
    .concat(tail);
  const whole = read(stripped, P);
  if (whole.status !== "draft" || whole.rule.kind === "veto" || termCount(whole.rule) !== pieces.length)
    return undefined;
  const terms = "terms" in whole.rule && Array.isArray(whole.rule.terms) ? (whole.rule.terms as unknown[]) : undefined;
  if (criteria && terms === undefined) return undefined;
  const restText = rest
    .map((p) => p.text)
    .join("")
    .concat(tail)
    .replace(/^[\s;；。,，、]+/, "")
    .replace(/[\s;；,，、]+$/, "");
  // The rest read alone; a lone criterion (a requirement with only its points is no rule alone) is its term of the whole.
  const alone = read(restText, points);
  let drafted: { rule: RuleInput; sentence: string; examples: Example[] } | undefined;
  if (alone.status === "draft" && alone.rule.kind !== "veto" && termCount(alone.rule) === rest.length)
    drafted = { rule: alone.rule, sentence: alone.sentence, examples: alone.examples };
  else if (criteria && terms !== undefined && rest.length === 1) {
    const rule = { ...whole.rule, terms: terms.filter((_, i) => !pieces[i]?.judged) } as RuleInput;
    const compiled = compileRule(rule, points, part);
    if (!compiled.ok) return undefined;
    drafted = { rule, sentence: compiled.compiled.describe(), examples: examplesOf(rule, compiled.compiled, points) };
  }
  if (drafted === undefined) return undefined;
  const keys = (ps: typeof pieces): string[] => ps.map((p) => String(pieces.indexOf(p) + 1));
  const reason = (judged[0] as (typeof judged)[number]).judged?.reason as string;
  const within = own.isZero();
  const manual = within
    ? `在此基础上由评价人判断是否再扣分：${reason}`
    : `其余${own.toString()}分由评价人判断：${reason}`;
  return {
    status: "partial",
    parts: [
      { status: "draft", points: points.toNumber(), ...drafted, text: restText, keys: keys(rest) },
      {
        status: "manual",
        points: (within ? P : own).toNumber(),
        reason,
        text: judged.map((p) => p.label).join("；"),
        keys: keys(judged),
      },
    ],
    sentence: `${drafted.sentence}（${points.toString()}分）；${manual}`,
    examples: drafted.examples,
    reason,
  };
}
