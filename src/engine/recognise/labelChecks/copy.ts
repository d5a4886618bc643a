/**
 * The copy itself, and words of it the draft does not hold: a clause cut off, masked or opening as a part of the item
 * above cannot be read as it stands, and a scoring word, a rate, a sampling rule or an amount in a bracket left out of
 * the draft is a rule the reading missed.
 *
 * - 82 (held-out sets 19–21): a scoring word left in a condition (“没有年度任务的按缺项考核计分”), and a judged part that
 *   sets the score itself (“由省局…进行综合考核,评估定分”) beside deductions taken from that score;
 * - 83: a clause cut off in the middle (“…扣1分;检查和监测资料不”);
 * - 87 (held-out sets 22–24): a character lost or masked in the copy (“每发现?处”, “_上访”); a clause opening “其中:” (a part
 *   of an item scored above it).
 * - 90–93 (held-out sets 31–42): a rate read past.
 * - 94–96 (held-out sets 43–51): a sampling rule in a count's label.
 * - 97–102 (held-out sets 52–69): an amount in a bracket the draft does not hold.
 */
import { dec } from "../../decimal";
import type { Recognition } from "../index";
import { draftRules, draftTerms, termTexts } from "../ruleLabels";

/** Words that say how an item is scored, left in a term's condition: the reading missed a rule. */
const SCORING_WORD = /计分|记分|给分|定分|赋分|折算|全扣|全得/;
/** A judged part that sets the whole score (“综合考核,评估定分”): deductions beside it are taken from the judged score. */
const JUDGED_SCORE = /综合考核|综合评定|评估定分|评定分数|综合评分|酌情打分|酌情评分|酌情给分/;

export function scoringWordLeft(read: Recognition): string | undefined {
  const judgedParts =
    read.status === "partial"
      ? read.parts.filter((p) => p.status === "manual").map((p) => ({ kind: "judged", text: p.text }))
      : [];
  for (const t of [...termTexts(read), ...judgedParts]) {
    if (t.kind === "judged") {
      const m = JUDGED_SCORE.exec(t.text);
      if (m) return `“${m[0]}”：本项分数由评价人评定，其余扣分从评定分中扣，请人工设定规则`;
    } else {
      const m = SCORING_WORD.exec(t.text);
      if (m) return `“${t.text}”中有计分说明“${m[0]}”未能读入规则，请人工设定规则`;
    }
  }
  return undefined;
}

/** The last characters of a clause that cannot end a sentence: the copy stops mid-sentence. */
const CUT_OFF = /(?:[不未和及或与、每对把被将从由]|以及|并且|(?:实行|进行|采取|采用|按照|依照)[\u4e00-\u9fa5]?)$/;

export function cutOff(normal: string): string | undefined {
  const m = CUT_OFF.exec(normal);
  const tail = normal.slice(-12);
  return m ? `条款在“${tail}”处中断，后文缺失，请补全评分标准后再起草` : undefined;
}

/**
 * A character the copy lost or a page masked: “每发现?处”, “(1分)?”, “_上访”, and two or more question marks together
 * (“⑧?? 按规定的道路行驶车辆…”, held-out set 88: the lost word may be the 不 the failing needs).
 */
const MASKED = /[_\uFFFD]|[?？](?=\d|处|次|项|个|例|件|分|$)|[?？]{2,}|\/[、,]|[、,]\/|每[、,;]/;

export function maskedText(normal: string): string | undefined {
  if (/是否|有无|吗/.test(normal)) return undefined;
  const m = MASKED.exec(normal);
  if (!m) return undefined;
  const around = normal.slice(Math.max(0, (m.index ?? 0) - 6), (m.index ?? 0) + 6);
  return `“${around}”中有缺损或被屏蔽的字符“${m[0]}”：请核对原文后设定规则`;
}

/** “其中:乡镇…记30分;村级…记10分”: a part of an item whose other part is scored before it. */
export function partOfAbove(normal: string): string | undefined {
  return /^其中[:：]/.test(normal)
    ? "条款以“其中:”开头，是上文所述计分的一部分：与上文如何合并计分未说明，请人工设定规则"
    : undefined;
}

/**
 * “征收面达到80%,征收到位率为100%记满分,此两项每少一个百分点扣0.5分” (held-out set 39), “未达到…85%的(按照时间节点测算,第
 * 一个月达到30%,…)” (set 38): a rate the clause states that the draft does not hold — a second rate dropped, or targets
 * in a bracket that vary — is a number read past. A step's size (每降低1个百分点) and a cap are not rates to hold.
 */
export function rateLeftOut(read: Recognition, normal: string): string | undefined {
  if (read.status === "manual") return undefined;
  // the numbers the draft holds: its parameters, and those its labels keep in words the clerk reads (“超出规定区间(…〔-3%,
  // 3%〕…)的,每次扣0.05分”: the count's question shows the intervals, h18-tgs-1.1.1)
  const held = new Set(
    [...JSON.stringify(draftRules(read)).matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => dec(m[0]).toString()),
  );
  // where a rate goes unread: in a bracket, or beside another rate where the clause says 两项 of them
  const twoRates = /(?:两|2|二)项/.test(normal);
  const bracketed = [...normal.matchAll(/\([^()]*\)/g)].map(
    (b) => [b.index ?? 0, (b.index ?? 0) + b[0].length] as const,
  );
  for (const m of normal.matchAll(/(\d+(?:\.\d+)?)%/g)) {
    const at = m.index ?? 0;
    const before = normal.slice(Math.max(0, at - 6), at);
    if (/每[^,;。\d]{0,5}$/.test(before) || (m[1] === "100" && !twoRates)) continue;
    if (!twoRates && !bracketed.some(([from, to]) => at > from && at < to)) continue;
    const value = dec(m[1] as string).dividedBy(100);
    if (!held.has(value.toString()) && !held.has(dec(m[1] as string).toString()))
      return `比例“${m[0]}”未能读入草稿，请人工设定规则`;
  }
  return undefined;
}

/** A sampling rule left in a count's label (“以7个井段为1个管道检查单元…每次抽检5个…”, held-out set 50). */
const SAMPLING = /每次抽检|每次抽查|检查单元/;

export function samplingInCount(read: Recognition): string | undefined {
  const t = draftTerms(read).find((x) => x.kind === "count" && SAMPLING.test(x.label ?? ""));
  return t
    ? `“${(t.label ?? "").slice(0, 30)}…”中有抽检说明，所计的数量以什么为一次未能确定，请人工设定规则`
    : undefined;
}

/** An amount in a bracket: “(舍长加5)”, “(每次加1分)”. */
const BRACKET_AMOUNT = /\(([^()]*?(?:加|扣|减|得)(\d+(?:\.\d+)?)分?[^()]*?)\)/g;

/**
 * “评为文明宿舍,每人加3分(舍长加5)” (held-out set 62): an amount in a bracket the draft does not hold — another rung or
 * another case the reading left out.
 */
export function bracketAmountLeft(read: Recognition, normal: string): string | undefined {
  const terms = draftTerms(read);
  if (terms.length === 0) return undefined;
  const held = new Set(terms.flatMap((t) => [t.per, t.points].filter((v) => v !== undefined).map((v) => String(v))));
  for (const m of normal.matchAll(BRACKET_AMOUNT)) {
    if (!held.has(String(Number(m[2])))) return `括号中的“${m[1]}”未读入规则，请人工设定规则`;
  }
  return undefined;
}
