/**
 * The result a piece of a clause gives (扣N分, 得N分, 不得分, 得满分 …), rates written as numbers, and labels
 * cleaned of the words around them.
 * Part of the statement reader (statements.ts).
 */
import { Decimal, dec, HUNDRED } from "../decimal";
import { NUM } from "./statementTypes";
import type { Result } from "./statementTypes";

const RESULT_DEDUCT_SHARE = new RegExp(
  `扣(?:除|减)?(?:该项|本项|该指标)?(?:(?:权重分?|分值|总分)的(${NUM})%|(${NUM})%(?:的)?(?:权重分?|分值)|(?:权重分?|分值)(${NUM})%)`,
);

const RESULT_DEDUCT = new RegExp(`(?:扣|减)(?:除|去)?(${NUM})分`);

// "计0分" is RESULT_ZERO's, not an award of nothing beside it
const RESULT_AWARD = new RegExp(`(?:得|计|给|记|加|奖励?)(?!0分)(${NUM})分`);

/** 满分, and 基本分 (“完成得基本分”): the item's points, where no 加分 above them is stated. */
/** 满分 and 基本分 as a whole, never a share of them (“得标准分的80%”, “满分×80%”). */
const RESULT_FULL =
  /(?:得|计|给)?满分(?!的?\d|×|\*)|得100%(?:的)?权重分|不扣分|(?:得|计|给)(?:基本分|标准分)(?!值|的?\d|%|×|\*)/;

// “发现一件全扣”: 全扣 ending its piece takes all the points as 全部扣完 does (not 不全扣1分: 不全 is incomplete).
// “扣除该项全部分数”, “扣除本项全部分值” (round 16): all the item's points taken, as 不得分.
const RESULT_ZERO =
  /不得分|不计分|不记分|不给分|(?:得|计)0分|该项(?:为)?0分|不予?得分|全部扣完|(?<![不未])全扣$|扣除(?:该项|本项|此项)?(?:的)?全部(?:分数|分值|得分)$/;

/** “…的得分”, “…得分”: the piece's last words, after a condition of its own. */
const BARE_FULL = /[\u4e00-\u9fa5]{2}的?得分$/;

/** The result phrase of a piece and where it starts, or undefined. */
export function findResult(text: string): { result: Result; at: number } | undefined {
  const candidates: Array<{ result: Result; at: number }> = [];
  let m = RESULT_DEDUCT_SHARE.exec(text);
  if (m)
    candidates.push({ result: { kind: "deductShare", share: rateOf((m[1] ?? m[2] ?? m[3]) as string) }, at: m.index });
  m = RESULT_ZERO.exec(text);
  if (m) candidates.push({ result: { kind: "zero" }, at: m.index });
  m = RESULT_FULL.exec(text);
  if (m) candidates.push({ result: { kind: "full" }, at: m.index });
  m = RESULT_DEDUCT.exec(text);
  if (m && !candidates.some((c) => c.result.kind === "deductShare")) {
    candidates.push({ result: { kind: "deduct", points: dec(m[1] as string) }, at: m.index });
  }
  m = RESULT_AWARD.exec(text);
  if (m) candidates.push({ result: { kind: "award", points: dec(m[1] as string) }, at: m.index });
  // “应建已建得分，应建未建不得分”: a bare 得分 ends its condition with the item's points (not 按比例/根据…得分, which
  // say how the score is worked out).
  if (candidates.length === 0 && BARE_FULL.test(text) && !/按|根据|依据|计算|比例|比重|折算|核定/.test(text)) {
    return { result: { kind: "full" }, at: text.length - 2 };
  }
  if (candidates.length === 0) return undefined;
  const all = [RESULT_DEDUCT_SHARE, RESULT_DEDUCT, RESULT_AWARD, RESULT_FULL, RESULT_ZERO].reduce(
    (n, p) => n + (text.match(new RegExp(p.source, "g"))?.length ?? 0),
    0,
  );
  const shares = text.match(new RegExp(RESULT_DEDUCT_SHARE.source, "g"))?.length ?? 0;
  if (all - shares > 1 + (shares > 0 ? 0 : 0) && !(shares === 1 && all === 2))
    return { result: { kind: "zero" }, at: -1 };
  // One piece states one result; two (得2分…扣1分) is a piece no reader should guess at.
  if (candidates.length > 1) return { result: { kind: "zero" }, at: -1 };
  return candidates[0];
}

export function rateOf(n: string): Decimal {
  return dec(n).dividedBy(HUNDRED);
}

/** Strips what frames a label: leading ordinals, 的, punctuation, verbs of finding. */
export function cleanLabel(text: string): string {
  return (
    text
      // (“(2)项不符合要求”: the bracket names item (2), not an ordinal)
      .replace(/^(?:\(\d+\)(?!项)|\(?\d+[、.]|\d+\)|[①-⑳]|[一二三四五六七八九十]+、)/, "")
      .replace(/[,:;。、]+/g, "")
      // "未上报年终工作总结(扣5分)": the bracket the result was written in.
      .replace(/\($/, "")
      .replace(/^(?:凡|如|若|对|被)/, "")
      .replace(/^(?:发现|出现|存在|有)/, "")
      // “…的时”, not the 时 of 及时/按时/准时/适时 (“上报数据不及时”)
      .replace(/(?:的|者|(?<![及按准适])时)?(?:本项|此项|该项)$/, "")
      .replace(/(?:的|者|(?<![及按准适])时)$/, "")
      .replace(/^(?:发现|出现|存在)/, "")
      .trim()
  );
}
