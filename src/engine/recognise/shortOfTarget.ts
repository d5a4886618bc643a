/**
 * A count required and a deduction for each one short of it, written without “少于N次的”: “党委政府重视召开2次以上专题
 * 会议研究民政工作,少一次扣2.5分”, “单位领导班子部署河长制相关工作，年内至少3次，查看相关会议记录（3分，少一次扣1分）”.
 * The number is the target and the input is the count held, as for “少于4次的，每少一次扣0.5分” (statements.ts'
 * `below`), into whose wording the clause is rewritten (on normal text). Read only where
 *
 * - the requirement holds exactly one number, a target said “至少/不少于/不得少于N次” or “N次(及)以上”, in the unit the
 *   deduction counts (少1次 against 3次);
 * - nothing else scores (no 分, 扣, 每, 得 in the requirement), and the target is not per period (每月至少2次, 4次/月:
 *   over which months is open); a total over the year (一年, 全年, 每年, 年内, 年度, N次/年) is the clause's count (round 15);
 * - the bracket form restates the 分值 (“(3分,少1次扣1分)”: 3 must be the points).
 *
 * Anything else is left as it was (and declined there as before).
 */
import { dec, Decimal } from "../decimal";
import { DATE, NUM } from "./statements";

const UNITS = "次|个|项|件|篇|条|名|人|家|期|场|批";
/** “(3分,少1次扣1分)” closing the clause: the 分值 restated, then the deduction per one short. */
const IN_BRACKET = new RegExp(`^(.*)\\((${NUM})分,(?:每)?少1(${UNITS})(?:扣|减)(?:除)?(${NUM})分\\)[。.]?$`);
/**
 * “…,少1次扣2.5分(以党委会纪要为准)”: the deduction ending the clause, a note without numbers after it; “不少于4次,缺1次
 * 会议记录扣1分”: 缺 as 少, the record of the one held missing.
 */
const AT_END = new RegExp(
  `^(.*?),(?:每)?(?:少|缺)1(${UNITS})(?:会议记录|记录)?(?:扣|减)(?:除)?(${NUM})分(?:\\([^()\\d]*\\))?(?:,?扣完为止)?[。.]?$`,
);
/**
 * The target in the requirement (“不少于4次/年”: over the year; “至少开展4次”, “至少召开4次会议”: the verb between the bound
 * and the number is the requirement's words, kept, round 16; “每年至少召开消防联席会议2次”, its object too, held-out set 24).
 */
const TARGET = new RegExp(
  `(?:至少|不少于|不得少于|不低于|≥)([^\\d每,;。]{0,12}?)(${NUM})(${UNITS})(?:/年)?|(${NUM})(${UNITS})(?:/年)?(?:及|或)?以上`,
);
const SCORING = /分|扣|减|加分|得|每|否则|酌情|视情|奖|[。;:]/;
/** A total over the year (例会一年不少于4次, 全年, 每年, 年内): the count the clause is scored on, not a period of its own. */
const YEARLY = /(?<!\d)1年(?:内|度)?|全年|每年|年内|年度/g;
/** A frequency per period below the year, in another sentence: short per period or over the year would be open. */
const PER_PERIOD = /每(?:个)?(?:半年|学期|季度?|月|周|旬|天|日)|\/(?:月|季度?|周|半年|学期)/;

/**
 * The clause rewritten as “…少于N次的,每少1次扣A分”, or the clause as it was. Where the clause holds more sentences
 * (“例会一年不少于4次,少一次扣1分;资料不完整酌情扣分”), the one sentence of this shape is rewritten, provided no other
 * sentence counts in its unit or states a frequency per period (two counts could then be the target).
 */
export function shortOfTarget(normal: string, points: Decimal): string {
  const whole = rewritten(normal, points);
  if (whole !== normal) return whole;
  const sentences = normal.split(/(?<=[;。])(?=.)/);
  if (sentences.length < 2) return normal;
  const found = sentences.map((sentence) => {
    const end = /[;。]$/.exec(sentence)?.[0] ?? "";
    const body = sentence.slice(0, sentence.length - end.length);
    const read = rewritten(body, points, false);
    return read === body ? undefined : read + end;
  });
  const at = found.findIndex((r) => r !== undefined);
  if (at < 0 || found.filter((r) => r !== undefined).length > 1) return normal;
  const unit = /每少1(\S)扣/.exec(found[at] as string)?.[1] as string;
  const others = sentences.filter((_, i) => i !== at).join("");
  if (new RegExp(`\\d${unit}`).test(others) || PER_PERIOD.test(others)) return normal;
  return sentences.map((sentence, i) => (i === at ? (found[at] as string) : sentence)).join("");
}

function rewritten(normal: string, points: Decimal, bracketed = true): string {
  let requirement: string;
  let unit: string;
  let amount: string;
  const bracket = bracketed ? IN_BRACKET.exec(normal) : null;
  if (bracket) {
    if (!dec(bracket[2] as string).equals(points)) return normal;
    [requirement, unit, amount] = [bracket[1], bracket[3], bracket[4]] as [string, string, string];
  } else {
    const end = AT_END.exec(normal);
    if (!end) return normal;
    [requirement, unit, amount] = [end[1], end[2], end[3]] as [string, string, string];
  }
  const words = requirement
    .replace(/^(?:\(\d{1,2}\)|\d{1,2}[.、)](?!\d)|[一二三四五六七八九十]{1,3}、)/, "")
    .replace(DATE, "")
    .replace(/\d{4}年(?:度|底|末)?/g, "")
    .replace(YEARLY, "");
  const target = TARGET.exec(words);
  if (!target) return normal;
  const value = (target[2] ?? target[4]) as string;
  const rest = words.slice(0, target.index) + (target[1] ?? "") + words.slice(target.index + target[0].length);
  if (SCORING.test(rest) || /\d/.test(rest) || PER_PERIOD.test(rest)) return normal;
  if ((target[3] ?? target[5]) !== unit || !dec(value).isInteger() || dec(value).lessThan(1)) return normal;
  const named = rest.replace(/,+/g, ",").replace(/^,|,$/g, "").replace(/,/g, "");
  return `${named}少于${value}${unit}的,每少1${unit}扣${amount}分`;
}
