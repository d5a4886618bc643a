/**
 * What a row's context says the clause is measured against: its one target, a rate named, and the
 * shortfall per occasion read against that target.
 * Part of the statement reader (statements.ts).
 */
import { dec } from "../decimal";
import { NUM, COUNT_UNITS } from "./statementTypes";
import type { Of, ContextTargets } from "./statementTypes";
import { rateOf, cleanLabel } from "./results";

/** The targets a context states (see ContextTargets); a context with more than one gives none. */
export function readContext(text: string): ContextTargets {
  const found: ContextTargets = { text };
  // the second form's number and unit stand in groups 4 and 5
  const counts = [
    ...text.matchAll(
      new RegExp(
        // “全年班子研究效能工作2次以上” (held-out set 21): N次以上 is the count to reach, as 不少于N次 is
        `(每[^,;。]{0,8})?(?:(?:不少于|不得少于|至少|不低于)(?:召开|开展|组织|举办|进行)?(${NUM})(${COUNT_UNITS}|人次)|(${NUM})(${COUNT_UNITS}|人次)(?:\\(含\\))?(?:以上|及以上))`,
        "g",
      ),
    ),
  ].map((m) => [m[0], m[1], m[2] ?? m[4], m[3] ?? m[5]] as const);
  const rates = [...text.matchAll(new RegExp(`${NUM}%`, "g"))];
  // “考核目标90%”, “目标值为95%”: the target said as such (a clause's “小于目标值的” refers to it); “考核指标:…控规编制率
  // (98%)”: the indicator's rate with its value, the row's one number (round 13, h2-quzhou-1)
  const rateTargets = [
    ...text.matchAll(
      new RegExp(`(?:达到|不低于|≥|考核目标|目标值为?|目标为|考核指标:[^;。%()]{0,40}率\\()(${NUM})%`, "g"),
    ),
  ];
  // “每年至少召开4次会议”: a total over the year, as 一年/全年; 每月/每季度/每半年 leave the period open.
  const yearly = counts[0]?.[1] === undefined || /^每年(?!每)/.test(counts[0][1]);
  // “各级党政领导…每年走访…不少于二次”: per leader or in all is open.
  const plural = /各|每(?:位|名|个|人|村|户|乡|镇|单位)|人均|分别|均/.test(text);
  // “不少于4次,其中上半年2次”: a second number in the target's unit may be the one to reach.
  const unit = counts[0]?.[3];
  const sameUnit = unit === undefined ? [] : [...text.matchAll(new RegExp(`${NUM}(?:${unit})`, "g"))];
  if (
    counts.length === 1 &&
    rates.length === 0 &&
    counts[0] &&
    yearly &&
    !plural &&
    sameUnit.length === 1 &&
    !/每(?:个)?(?:月|季|周|半年|学期|天|日)/.test(text)
  ) {
    found.count = { value: dec(counts[0][2] as string), unit: counts[0][3] as string };
  }
  if (rateTargets.length === 1 && rates.length === 1 && counts.length === 0 && rateTargets[0]) {
    found.rate = rateOf(rateTargets[0][1] as string);
  }
  return found;
}

/** Whether the context names the rate the clause slopes on (入户调查率), by its last four characters. */
export function rateSubjectIn(cond: string, context: string): boolean {
  const m = /([\u4e00-\u9fa5]{2,4}率)$/.exec(cond.replace(/[,的]+$/, ""));
  return m !== null && context.includes(m[1] as string);
}

/** Whether the context names the clause's subject: two characters of its words in a row (宣传培训 → 培训). */
export function namedIn(subject: string, context: string): boolean {
  const words = subject.replace(/[^\u4e00-\u9fa5]/g, "");
  for (let i = 0; i + 2 <= words.length; i += 1) {
    const pair = words.slice(i, i + 2);
    if (!/^(?:每|未|达|到|规|定|次|数|的|少|缺|扣|分)/.test(pair) && context.includes(pair)) return true;
  }
  return false;
}

/**
 * “欠1次扣0.5分”, “通报缺少1次的扣1分”, “每少1次扣0.5分”: one occasion short of a number to reach, and its deduction; a list
 * marker before it (“2、质量自查少1次扣2.5分”, held-out set 79) is the clause's number, not the subject's.
 */
const SHORTFALL_PER_OCCASION = new RegExp(
  `^(?:\\(?\\d{1,2}[)、.](?!\\d))?([^\\d,;。]{0,12}?)(?:每)?(?:少|缺少?|欠|差)1次(?:的)?,?(?:扣|减)(?:除)?(${NUM})分$`,
);

/**
 * A shortfall per occasion (with or without 每: 少, 缺, 缺少, 欠, 差) against the context's one yearly target in 次
 * (readContext: not per period, not per member, no other number in its unit): a `below` term, the input the count held
 * (docs/ids-and-inputs.md). The clause's subject, where it has one, must be named in the context. Anything else is
 * left to the other readers (and 欠一次 counted from zero stays declined, guards.ts `shortfallCounted`).
 */
export function shortfallAgainstContext(text: string, context: ContextTargets | undefined): Of<"below"> | undefined {
  const target = context?.count;
  if (target === undefined || target.unit !== "次" || !target.value.isInteger() || target.value.lessThan(1)) {
    return undefined;
  }
  const m = SHORTFALL_PER_OCCASION.exec(text);
  if (!m) return undefined;
  const subject = cleanLabel((m[1] as string).replace(/^\(?\d+[)、.]/, ""));
  if (/每|未|不|没|无|超|多/.test(subject) || (subject !== "" && !namedIn(subject, context?.text ?? ""))) {
    return undefined;
  }
  return {
    kind: "below",
    target: target.value,
    per: dec(m[2] as string),
    label: subject || contextSubject(context?.text ?? ""),
    unit: "次",
  };
}

/** “1、乡(镇)党委政府定期研究五保供养工作,1年不少于4次。” → the words before the target in its sentence. */
function contextSubject(context: string): string {
  const sentence = context.split(/[;。]/).find((s) => /不少于|不得少于|至少/.test(s)) ?? "";
  const before = sentence
    .replace(/^\(?\d{1,2}[)、.](?!\d)/, "")
    .split(/(?:每年|全年|年内|1年)?(?:不少于|不得少于|至少)/)[0] as string;
  return cleanLabel(before.replace(/,+$/, "").replace(/,/g, "")) || "完成次数";
}
