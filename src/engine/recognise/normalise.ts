/**
 * The text of a 评分标准 clause in one normal form before any pattern reads it: full-width folded (０．５ → 0.5, ＞ → >,
 * （ → (), symbols unified (≧ → ≥, ＝ → =), spaces removed, and Chinese numerals that count or score written in digits
 * (一例 → 1例, 两分 → 2分, 半分 → 0.5分, 百分之五 → 5%, 十五次 → 15次). Words such as 一般, 统一, 一票否决 keep their 一.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "十五" → 15, "二十" → 20, "一百" → 100, "三" → 3; undefined for what is not a plain Chinese number. */
export function chineseNumber(text: string): number | undefined {
  if (text === "") return undefined;
  if (text === "百") return 100;
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== undefined) return undefined;
      digit = DIGITS[ch];
    } else if (ch === "十" || ch === "百") {
      const unit = ch === "十" ? 10 : 100;
      total += (digit ?? 1) * unit;
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

/** What may follow a number that counts or scores: the measure words of the documents. */
const MEASURE =
  "(?:个工作日|工作日|个月|季度|例|次|个|项|户|人|名|分|天|日|月|年|件|起|宗|家|位|期|条|份|批|处|场|篇|倍|种|类|座|栋|辆|%)";
const CHINESE_NUMBER = "[零〇一二两三四五六七八九十百]+";

export function normalise(text: string): string {
  let s = text
    // ①②③ enumerate items; NFKC would turn them into digits that read as numbers.
    .replace(/[\u2460-\u2473\u2776-\u277F]/g, "")
    .normalize("NFKC")
    // "完成率≥95%，得7分 90%≤完成率＜95%，得5分": in a table cell a space after a result separates the tiers.
    .replace(/((?:\d|满|不得)分)[ \t\u3000]+(?=[^\s,，。;；:：)）(（、])/g, "$1;")
    .replace(/[\s\u200B\uFEFF]/g, "")
    .replace(/[≧]/g, "≥")
    .replace(/[≦]/g, "≤")
    .replace(/>=/g, "≥")
    .replace(/<=/g, "≤")
    .replace(/[\u2212\u2012\u2013\u2014\u2015\uFE63~～]+/g, "-")
    .replace(/[。]/g, "。")
    .replace(/[，]/g, ",")
    .replace(/[；]/g, ";");
  // "（2分）" after a clause restates its 分值; the 分值 comes with the clause.
  s = s.replace(/\(\d+(?:\.\d+)?分\)/g, "");
  // 百分之九十五 → 95%, 百分之0.5 → 0.5%
  s = s.replace(new RegExp(`百分之(${CHINESE_NUMBER}|\\d+(?:\\.\\d+)?)`, "g"), (_m, n: string) => {
    const value = /\d/.test(n) ? n : chineseNumber(n);
    return value === undefined ? _m : `${value}%`;
  });
  // 一个百分点 → 1%, 0.1个百分点 → 0.1%, 半个百分点 → 0.5%
  s = s.replace(new RegExp(`(${CHINESE_NUMBER}|\\d+(?:\\.\\d+)?|半)个?百分点`, "g"), (m: string, n: string) => {
    const value = n === "半" ? 0.5 : /\d/.test(n) ? n : chineseNumber(n);
    return value === undefined ? m : `${value}%`;
  });
  // 半分 → 0.5分 (一分半 → 1.5分 once the numerals are digits, below)
  s = s.replace(/(^|[^一二两三四五六七八九十\d])半分/g, (_m, before: string) => `${before}0.5分`);
  // Chinese numerals before a measure word.
  s = s.replace(new RegExp(`(${CHINESE_NUMBER})(?=${MEASURE})`, "g"), (m: string, _n: string, at: number) => {
    // 一户一档, 一人一账, 一户一策, 三位一体: a name, not a count.
    if (s[at + m.length + 1] === "一" && (m === "一" || /^位一体/.test(s.slice(at + m.length)))) return m;
    const value = chineseNumber(m);
    return value === undefined ? m : String(value);
  });
  s = s.replace(/(\d+)分半/g, (_m, n: string) => `${n}.5分`);
  // "按项加0.5分", "按件加0.2分": per item, as 每项 (成都市林业局目标绩效考核实施细则).
  s = s.replace(/按(项|件|次|篇|人)(加|扣)(?=\d)/g, "每$1$2");
  // "每少一处信息少得1分": 少得 N 分 is a deduction (not 至少得, 最少得: a floor).
  s = s.replace(/(?<![至最不])少得(?=\d+(?:\.\d+)?分)/g, "扣");
  // "每少一样", "每少一部要求的调度电话": items counted missing (样, 部 are measure words only here).
  s = s.replace(/每(少|缺少?)一(?=样|部(?![门分署]))/g, "每$11");
  return s;
}
