/**
 * Points by a level someone else has already given (round 13): “上级考核为较好的，得满分；上级考核为一般的，得2分；上级考核
 * 为较差的，不得分” [004 D12], “水质评定等级达到优秀、良好、合格、…5个等次,分别得基本分60、45、30、10和0分” (h2-meili).
 * The level is the verdict of an outside assessment (上级考核, 年检结论, 评估等级, 评定等级, 被…评为, 考核等次), not the
 * evaluator's weighing, so the clerk types it as the verdict names it and the points follow: a `levels` rule.
 *
 * Read only where the verdict is named in words and every rung names its level and its points — rung by rung
 * (“…为X的，得N分；Y的，得M分”) or one 分别 list matched one to one with the points. Everything else falls through to the
 * readers after this one, which decline levels as before (judgements.ts): a ladder with no outside verdict (较好/一般 the
 * evaluator picks, 符合/部分符合/不符合), a level with no points, a level open upwards (良好以上: not one word of the
 * scale), a ladder beside other terms, an assessing panel named (考核组评定为: the evaluator itself), 综合/酌情 anywhere.
 */
import { Decimal, dec } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import { NUM } from "./statementTypes";

export type VerdictRead = { rule: RuleInput } | { reason: string } | undefined;

/** The words that say the level was given by someone outside the evaluation. */
const VERDICT =
  "(?:上级(?:部门|主管部门)?(?:年度)?(?:考核|考评|评定|评估|检查)(?:结果|结论|等次|等级)?(?:为|是|达到)" +
  "|年检(?:结论|结果)?(?:为|是)?|年度检查(?:结论|结果)(?:为|是)?" +
  "|年度考核(?:结果|等次|等级)?(?:为|是)|考核(?:等次|等级)(?:为|是|达到)?" +
  "|评估等级(?:为|是|达到)?|评定等级(?:为|是|达到)?|(?:星级|等级|资质|信用)评定(?:结果)?为|被[\\u4e00-\\u9fa5]{0,6}?评为)";

/** A level as such verdicts name it, one word (不合格, 4A级, 五星级, 二类), with 等次/等级/档次 after it or not. */
const LEVEL =
  "(?:[1-5]A级?|[1-5一二三四五]星级?|[A-E](?:级|档)|[甲乙丙丁]级|[一二三四]类|[一二三四]等" +
  "|基本合格|不合格|合格|基本称职|不称职|称职|基本达标|不达标|达标|优秀|良好|较好|一般|较差|先进|优|良|中|差|好)";
const SUFFIX = "(?:等次|等级|档次)?";

/** Words that make the level the evaluator's own, or open to weighing. */
const OWN = /综合|酌情|视情|考核组|评价组|评审组|考评组|检查组|评价人|专家/;

const first = new RegExp(`^([\\u4e00-\\u9fa5()]{0,20}?${VERDICT})(${LEVEL})${SUFFIX}$`);
const next = new RegExp(`^([\\u4e00-\\u9fa5()]{0,20}?${VERDICT}|为)?(${LEVEL})${SUFFIX}$`);
const RESULT = new RegExp(`^(.*?)的?,?(得满分|不得分|不计分|得0分|(?:得|计|记|加)(${NUM})分)$`);

interface Rung {
  label: string;
  points: Decimal;
  adds: boolean;
}

/**
 * The clause as one ladder of verdict levels, a `levels` rule; a reason where the ladder is there but does not hold; or
 * undefined where the clause is not of this shape. `normal` is normalise.ts's form.
 */
export function readVerdictLevels(normal: string, P: Decimal, part: SchemePart): VerdictRead {
  if (part !== "base" && part !== "bonus") return undefined;
  // “(1)等级评定得分:” — the item's number and a heading holding no number.
  const text = normal
    .replace(/^\(\d+\)/, "")
    .replace(/^[\u4e00-\u9fa5]{1,12}:/, "")
    .replace(/。$/, "");
  if (!new RegExp(VERDICT).test(text) || OWN.test(text)) return undefined;
  const rungs = listed(text) ?? byRung(text, P);
  if (rungs === undefined) return undefined;
  if (rungs.length < 2) return undefined;
  if (new Set(rungs.map((r) => r.label)).size !== rungs.length) return undefined;
  // “年检合格的得2分，不合格的不得分”: a condition and its negation is a yes/no (README: a ladder of states), not levels.
  if (rungs.length === 2 && rungs[1]?.label === `不${rungs[0]?.label ?? ""}`) return undefined;
  // 加 only in a bonus part (on top of what, in a base part?); 得 in both.
  if (part === "base" && rungs.some((r) => r.adds)) return undefined;
  const top = rungs[0] as Rung;
  for (const r of rungs)
    if (r.points.greaterThan(P)) return { reason: `等次“${r.label}”得${r.points.toString()}分，超过本项分值` };
  // The first level gives the item's points (a base part: the rest of P unexplained otherwise), and each level below
  // it fewer: a list that does not fall rung by rung is not read as one.
  if (part === "base" && !top.points.equals(P)) return undefined;
  for (let i = 1; i < rungs.length; i++)
    if (!(rungs[i] as Rung).points.lessThan((rungs[i - 1] as Rung).points)) return undefined;
  return {
    rule: {
      kind: "levels",
      levels: rungs.map((r) => ({ label: r.label, points: r.points.toNumber(), ...aliasOf(r.label) })),
    },
  };
}

/** “5A级” is also written “5A”, “五星级” “五星”: the same level, listed so the clerk's either form scores. */
function aliasOf(label: string): { aliases?: string[] } {
  const m = /^([1-5]A|[1-5一二三四五]星)级$/.exec(label);
  return m ? { aliases: [m[1] as string] } : {};
}

/** “上级考核为较好的,得满分;上级考核为一般的,得2分;…”: each rung its level and its result. */
function byRung(text: string, P: Decimal): Rung[] | undefined {
  const rungs: Rung[] = [];
  let pending = "";
  let verdict = "";
  for (const piece of text.split(/[;,。]/)) {
    if (piece === "") continue;
    const joined = pending === "" ? piece : `${pending},${piece}`;
    const m = RESULT.exec(joined);
    if (!m) {
      // a piece without a result waits for the next (“上级考核为较好的,” + “得满分”); at most one.
      if (pending !== "") return undefined;
      pending = joined;
      continue;
    }
    pending = "";
    const cond = (m[1] as string).replace(/[,的]+$/, "");
    const level = (rungs.length === 0 ? first : next).exec(cond);
    if (!level) return undefined;
    // A later rung naming a verdict names the first one's (“上级考核为一般的”), not another assessment's.
    if (rungs.length === 0) verdict = level[1] as string;
    else if (level[1] !== undefined && level[1] !== "为" && level[1] !== verdict) return undefined;
    const word = m[2] as string;
    const points = word === "得满分" ? P : /^不|^得0分$/.test(word) ? dec(0) : dec(m[3] as string);
    rungs.push({ label: level[2] as string, points, adds: word.startsWith("加") });
  }
  return pending === "" ? rungs : undefined;
}

/** “…评定等级达到优秀、良好、合格…5个等次,分别得基本分60、45、30…分”: levels and points matched one to one. */
function listed(text: string): Rung[] | undefined {
  const m = new RegExp(
    `^[\\u4e00-\\u9fa5()]{0,20}?${VERDICT}([^,;。]+?)(?:(\\d+)个(?:等次|等级|档次))?,?分别(得|计|记|加)(?:基本分|基础分)?((?:${NUM}分?[、和及与])*${NUM})分$`,
  ).exec(text);
  if (!m) return undefined;
  const labels = (m[1] as string)
    .replace(/的$/, "")
    .split(/、|和|及|与/)
    .map((l) => l.replace(/等次$|等级$|档次$/, ""));
  const amounts = [...(m[4] as string).matchAll(new RegExp(NUM, "g"))].map((a) => dec(a[0]));
  if (labels.length !== amounts.length) return undefined;
  const stated = m[2] === undefined ? undefined : Number(m[2]);
  if (stated !== undefined && stated !== labels.length) return undefined;
  const whole = new RegExp(`^${LEVEL}$`);
  // Each level one word of the verdict's scale; a longer name (“不合格但至少1项指标合格以上”) only where the clause
  // counts its levels (“5个等次”) and the first is such a word, so the list cannot part another way.
  const named = labels.every((l) => whole.test(l));
  if (!named && (stated === undefined || !whole.test(labels[0] as string))) return undefined;
  if (labels.some((l) => l === "" || /分|得|扣|每/.test(l))) return undefined;
  return labels.map((label, i) => ({ label, points: amounts[i] as Decimal, adds: m[3] === "加" }));
}

/** A level of an honour or a body (国家级, 省级, 市级 …), alone or ending the words before it. */
const HONOUR = /(?:国家|省|市|县|区|镇|乡|部|中央)级$|^(?:国家|省|市|县|区|镇|乡|部|中央)级|^示范区/;

/**
 * Awards listed by the level of an honour (“形成国家级、省级、示范区…案例的,按照层级,分别加3分、2分、1分”): whether each
 * case adds its points or the item once, and whether a 省级 case adds beside a 国家级 one, the text leaves open (round
 * 13's first run drafted it as three yes/no awards). A reason, or undefined.
 */
export function awardsByLevel(verb: "award" | "deduct", labels: readonly string[]): string | undefined {
  if (verb !== "award") return undefined;
  const honours = labels.filter((l) => HONOUR.test(l) || /层级/.test(l));
  return honours.length >= 2
    ? "按层级分别加分：每个案例（荣誉）各加一次还是本项只加一次、不同层级能否累加，文件未说明"
    : undefined;
}
