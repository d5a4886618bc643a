/**
 * A clause whose one sentence the recogniser cannot compute for want of a number, not for judgement, beside sentences
 * it can: “每少公开1次扣5分;每发现1处不是逐笔逐项公开的,扣2分,扣完20分为止” (how many times to publish is not stated),
 * “工作人员每少1人,扣1分,最多扣3分;院长非专职人员,扣2分” (how many staff are due depends on each home), “领导联系老干部无制度扣1分;
 * 走访看望少1次扣1分”, a range for one failing (“无故缺席每次扣1-2分”). That sentence is the manual part of a partial clause
 * and the others are read alone by the ordinary readers (partial.ts cutJudged, index.ts cutPartial).
 *
 * Only a sentence of its own (parted by ；/;/。 or a line) whose one scoring phrase is that piece — a shortfall (每少/少/缺/欠
 * N of a unit) or a range of points — with its own amount and at most its cap beside it is offered; index.ts then keeps
 * it only where the sentence read alone (with the row's context) is declined for that very want (`UNREAD_REASON`), so a
 * shortfall whose target the readers find is never cut. A clause that states a count to reach in the same unit anywhere
 * else (“每年召开4次;每少1次扣1分”) is not cut: the target may be the shortfall's, and the clause is left declined whole.
 */

import { dec, Decimal } from "../decimal";

/** A shortfall counted without its number to reach: 每少1人, 每少公开1次, 每少开展1次活动, 少1次, 缺1次, 欠1次 (not 不少于/少于). */
const SHORT = /每?(?:(?<!不)少(?!于)|缺少|缺|欠)([\u4e00-\u9fa5]{0,4}?)\d+(?:\.\d+)?(人|名|次|期|场)/g;
/** A range of points for one failing: 扣1-2分, 每次扣1—2分, 扣0.5至1分. */
const RANGE =
  /(?:每(?:次|人次|人|项|处|例|起|件|个)?)?(?:扣|减)(?:除)?\d+(?:\.\d+)?(?:分)?[-—–~～至到]\d+(?:\.\d+)?分/g;
/** The piece's cap: what may stand beside it in its sentence, with its one amount (AMOUNT). */
const CAP = /(?:最高|最多|累计|共)扣(?:除)?\d+(?:\.\d+)?分(?:为止)?|扣(?:满|完)\d+(?:\.\d+)?分(?:为止)?|扣完为止/g;
/** The shortfall's own amount: one, after it. */
const AMOUNT = /(?:扣|减)(?:除)?\d+(?:\.\d+)?分/;
/** A frequency the requirement is held to (每季度召开…): words, no score. */
const FREQUENCY = /每(?:个)?(?:年度?|半年|季度?|月|周|学期|天|日)/g;
/** What scores: left beside the piece, it is a term of its own in the same sentence (the clause is not cut). */
const OTHER_SCORING = /\d+(?:\.\d+)?分|每|扣|(?:得|加|记|计|减)\d|不得分|不计分|不记分|满分/;

/** The reasons the readers give a piece declined for want of a number (statements.ts, guards.ts, judgements.ts). */
export const UNREAD_REASON = /未说明应达到的数量|应达到多少未能读出|给出的是区间|频次要求/;

export interface UnreadSentence {
  start: number;
  end: number;
  text: string;
}

/** The sentences of a normalised clause (statements.ts normal form) that are one uncomputable piece and its cap. */
export function unreadSentences(normal: string): UnreadSentence[] {
  const out: UnreadSentence[] = [];
  const sentences: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i <= normal.length; i++) {
    if (i < normal.length && !/[。;\n]/.test(normal[i] as string)) continue;
    sentences.push({ start, end: i });
    start = i + 1;
  }
  for (const s of sentences) {
    const sentence = normal.slice(s.start, s.end);
    const shorts = [...sentence.matchAll(SHORT)];
    const ranges = [...sentence.matchAll(RANGE)];
    if (shorts.length + ranges.length !== 1) continue;
    const piece = (shorts[0] ?? ranges[0]) as RegExpMatchArray;
    // a count to reach in the piece's unit elsewhere in the clause may be its target (“每年召开4次;每少1次扣1分”)
    const unit = shorts[0]?.[2];
    if (unit !== undefined && statesTarget(normal.slice(0, s.start) + "。" + normal.slice(s.end), unit)) continue;
    // or in its own sentence (“前者半年1次,后者1年1次,少1次扣1分”) — unless the one count it states is due each period
    // (“每季度对各环节检查不少于1次,少1次扣1分”: per quarter or over the year? held-out sets 11 and 12 leave it to the
    // evaluator), which the sentence read alone declines as such (UNREAD_REASON)
    if (
      unit !== undefined &&
      (/少于|不足|低于|至少|不少于|以上/.test(sentence) || statesCount(sentence, piece[0], unit)) &&
      !perPeriod(sentence.replace(piece[0], ""), unit)
    )
      continue;
    const at = piece.index as number;
    // the shortfall's own amount stands after it in its sentence (“每少1人,扣1分”); a range is its own amount
    const after = sentence.slice(at + piece[0].length).replace(CAP, "");
    if (unit !== undefined && !AMOUNT.test(after)) continue;
    const left = (sentence.slice(0, at) + (unit !== undefined ? after.replace(AMOUNT, "") : after))
      .replace(CAP, "")
      .replace(FREQUENCY, "")
      .replace(/^\s*(?:\(?\d+[)、.]|\(\d+\))/, "");
    if (OTHER_SCORING.test(left)) continue;
    out.push({ start: s.start, end: s.end, text: sentence });
  }
  return out;
}

/** Whether the one count of the unit the words state is due each period: “每季度…不少于1次”, “每月1期”. */
function perPeriod(words: string, unit: string): boolean {
  const counts = [...words.matchAll(new RegExp(`\\d+(?:\\.\\d+)?${unit}`, "g"))];
  if (counts.length !== 1) return false;
  const before = words.slice(0, (counts[0] as RegExpMatchArray).index);
  return /每(?:个)?(?:季度?|月|周|半年|学期)[^,;。]{0,16}$/.test(before);
}

/** Whether the sentence, the piece set aside, holds another number of its unit: “半年1次” is a count due. */
function statesCount(sentence: string, piece: string, unit: string): boolean {
  return new RegExp(`\\d+(?:\\.\\d+)?${unit}`).test(sentence.replace(piece, ""));
}

/** Whether the text states a number of the unit to reach: 不少于4次, 至少2人, 4次以上, 少于3个, 配备5名. */
function statesTarget(text: string, unit: string): boolean {
  const units = unit === "人" ? "(?:人|名)" : unit === "名" ? "(?:人|名)" : unit;
  return new RegExp(
    `(?:不少于|至少|少于|不足|不低于|低于|达到|达|配备|召开|开展)[^,;。\\d]{0,6}\\d+(?:\\.\\d+)?${units}|\\d+(?:\\.\\d+)?${units}(?:以上|及以上)`,
  ).test(text);
}

/**
 * The most a manual piece can take by its own words: its cap (“…,最多扣3分”, “扣满4分为止”) or the top of a range for one
 * failing (“扣5-10分”), where it states exactly one; undefined otherwise (“每次扣1-2分” has no most of its own).
 */
export function pieceMost(text: string): Decimal | undefined {
  const caps = [...text.matchAll(/(?:最高|最多|累计)扣(?:除)?(\d+(?:\.\d+)?)分|扣(?:满|完)(\d+(?:\.\d+)?)分为止/g)];
  const ranges = [
    ...text.matchAll(/(每[^,;。扣减]{0,3})?(?:扣|减)(?:除)?\d+(?:\.\d+)?分?[-—–~～至到](\d+(?:\.\d+)?)分/g),
  ];
  if (caps.length === 1) return dec((caps[0]?.[1] ?? caps[0]?.[2]) as string);
  if (caps.length === 0 && ranges.length === 1 && ranges[0]?.[1] === undefined) return dec(ranges[0]?.[2] as string);
  return undefined;
}

/** Whether a piece's amount is per occasion (每…, 少1次, 缺1人): then it is not the most the piece can take. */
export function perOccasion(text: string): boolean {
  return /每|(?:少|缺少?|欠)[\u4e00-\u9fa5]{0,4}?\d+(?:\.\d+)?(?:人|名|次|期|场)/.test(text);
}
