/**
 * Whole-clause readers for counts whose starting point the statement reader cannot see across a sentence or 否则
 * (docs/recogniser.md), each a fixed shape of pieces and nothing else:
 *
 * - a count to reach and what each one short costs: "招收文职雇员不少于5名,记2分;每少招收1名消防文职雇员,扣1分",
 *   "开展培训全年2次以上得1分,少一次扣0.5分" → a `below` term: the input is the count held, the target the number the
 *   full points are given at (an inclusive bound only: 不少于, 至少, 以上, 及以上, 达到, ≥, 不低于); the target may be said
 *   again before it, over the year (“要求不少于6次,一年开展6次以上健康宣传、咨询活动,得6分,少1次扣1分”, round 15);
 * - the points for a requirement, and each case of failing it: "…开展一次回访工作,得3分,否则发现1例扣1分,扣完为止" → a
 *   count term deducting per case, floored at 0 (the requirement's own words, 每3-6个月 included, bound nothing).
 *
 * - a share of the points per case of a task: "根据任务数,算出每人的平均分数,缺1例,扣减1人平均分" → `rateProportional` on
 *   完成数 ÷ 任务数 (P − 缺数 × P/任务数 is P × 完成数/任务数), capped at the points.
 *
 * Only a base part, the points given equal to the 分值 (or 满分), one unit on both sides, no other scoring word.
 */
import { Decimal, dec } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import { assemble } from "./assemble";
import { normalise } from "./normalise";
import { NUM, Statement } from "./statements";

export type CountTargetRead = { ok: true; rule: RuleInput } | { ok: false; reason: string };

const UNITS = "次|例|名|人|个|项|件|篇|条|户|家|场|期|份|天";
const LEADING_ORDINAL = /^\(?\d+[)、.]/;
const FLOOR = /(?:[,;]?(?:扣完为止|扣完即止|直至扣完))?[。;]?$/;

/**
 * "不少于5名,记2分;每少招收1名…,扣1分", "≥4次,得4分;少1次扣1分", "1年开展6次以上健康宣传、咨询活动,得6分,少1次扣1分":
 * the words after the target (what is counted) run up to the award.
 */
const TARGET_SHORTFALL = new RegExp(
  `^(.*?)(不少于|不得少于|至少|达到|≥|不低于|)(${NUM})(${UNITS})(及以上|以上|)([\\u4e00-\\u9fa5、]{0,16}?)(?:的)?,?(?:得|记|计)(满分|${NUM}分)[,;]` +
    `(?:每)?(?:少|缺|差)([\\u4e00-\\u9fa5]{0,4}?)1(${UNITS})([^,;。\\d]{0,16}?),?(?:扣|减)(?:除)?(${NUM})分$`,
);

/** A total over the year (1年, 全年, 每年, 年内, 年度): the count the clause is scored on, not a period of its own. */
const YEARLY = /(?<!\d)1年(?:内|度)?|全年|每年|年内|年度/g;

/**
 * The subject with the target said again in it removed (“要求不少于6次,1年开展6次以上…”: 6次 twice), and its yearly
 * words; a number left is another count, and the reading is left.
 */
function withoutRestatedTarget(subject: string, n: string, unit: string): string {
  const same = `${n.replace(".", "\\.")}${unit}`;
  return subject
    .replace(new RegExp(`(?:要求)?(?:不少于|不得少于|至少|达到|≥|不低于)${same}|${same}(?:及)?以上`, "g"), "")
    .replace(YEARLY, "");
}

/** "…,得3分,否则发现1例扣1分" */
const OTHERWISE_PER_CASE = new RegExp(
  `^(.*?),?(?:得|记|计)(满分|${NUM}分),?否则,?(?:每)?(?:发现|出现)?1(例|次|处|户|项|件)(?:扣|减)(?:除)?(${NUM})分$`,
);

/** Words that score or bound beside the shape: another reader's, or a judgement. */
const SCORING = /分|扣|得|每|否则|不少于|少于|以上|以下|超过|低于|酌情|视情|最多|最高|封顶|%/;

const points = (s: string, P: Decimal): Decimal => (s === "满分" ? P : dec(s.replace(/分$/, "")));

/**
 * "根据任务数,算出每人的平均分数,缺1例,扣减1人平均分", "…少完成1例任务扣减相应的分值": each case of the task is worth
 * P ÷ 任务数 and each one missing takes its share, so the score is P × 完成数 ÷ 任务数 (no more for more than the task).
 */
const SHARE_OF_TASK =
  /^(?:根据|按)(?:下达的|县残联下达的)?任务数,?算出每(?:人|例|个|户)的?平均(?:分数|分值|分),?(?:每)?(?:缺|少|少完成)1(?:例|人|个|户)(?:任务)?,?扣(?:减|除)?(?:1(?:人|例|个|户)的?平均(?:分数|分值|分)|相应的?分值)。?$/;

/** "符合上述3项标准为3分": the points for a number of the listed standards met. */
const MET_TIER = new RegExp(
  `^(?:符合|达到|满足)(?:上述|以上|所列)?(\\d+)项(?:标准|要求|条件|内容)?(?:的)?,?(?:为|得|计)(${NUM})分$`,
);
/** "3项标准均不符合为0分": none met. */
const NONE_MET =
  /^(?:上述|以上|所列)?(?:(\d+)项)?(?:标准|要求|条件|内容)?(?:均|都|全部?)不(?:符合|达到|满足)(?:的)?,?(?:为0分|得0分|计0分|不得分)$/;

/**
 * "符合上述3项标准为3分;符合2项标准为2分;符合1项标准为1分;3项标准均不符合为0分": `bands` on the count of standards
 * met, every count from 0 to the most stated (the most giving the 分值; a count above it is held as the most).
 */
function readCountMet(normal: string, P: Decimal): CountTargetRead | undefined {
  const pieces = normal
    .replace(/。$/, "")
    .split(/[;。]/)
    .filter((p) => p !== "");
  if (pieces.length < 2 || !pieces.some((p) => MET_TIER.test(p))) return undefined;
  const tiers = new Map<number, Decimal>();
  let noneOf: string | undefined | null = null;
  for (const piece of pieces) {
    const met = MET_TIER.exec(piece);
    const none = NONE_MET.exec(piece);
    if (met) {
      const n = Number(met[1]);
      if (tiers.has(n)) return undefined;
      tiers.set(n, dec(met[2] as string));
    } else if (none && noneOf === null) noneOf = none[1];
    else return undefined;
  }
  if (noneOf !== null) {
    if (tiers.has(0)) return undefined;
    tiers.set(0, dec(0));
  }
  const most = Math.max(...tiers.keys());
  if (most > 20 || ((noneOf ?? undefined) !== undefined && Number(noneOf) !== most)) return undefined;
  for (let n = 0; n <= most; n++)
    if (!tiers.has(n)) return { ok: false, reason: `符合${n}项时的得分未说明，请人工设定规则` };
  if (!(tiers.get(most) as Decimal).equals(P))
    return { ok: false, reason: `符合全部${most}项所得分值与本项分值${P.toString()}分不一致，计分方式不明确` };
  const bands = [...Array(most + 1).keys()].map((n) => ({
    min: n,
    ...(n < most ? { max: n } : {}),
    points: (tiers.get(n) as Decimal).toNumber(),
  }));
  return { ok: true, rule: { kind: "bands", input: "count", unit: "项", question: "符合的项数", bands } };
}

/**
 * "3种策略原理描述准确(各1分,共3分)": the requirement names how many there are, 各 gives each its points and 共 their
 * sum; read only where number × each = 共 = the 分值, so the number is the items counted, not a threshold.
 */
const NAMED_EACH = new RegExp(
  `^(?:\\(?\\d+[)、.])?(\\d+)(种|个|项|点|条|类|方面)([^\\d()分扣减加得每否]{2,30})\\(各(${NUM})分,共(?:计)?(${NUM})分\\)[。.]?$`,
);

function readNamedEach(normal: string, P: Decimal): CountTargetRead | undefined {
  const m = NAMED_EACH.exec(normal);
  if (!m) return undefined;
  const [, k, unit, what, each, total] = m as unknown as string[];
  const items = Number(k);
  if (
    !dec(total as string).equals(P) ||
    !dec(each as string)
      .times(items)
      .equals(P) ||
    items < 2 ||
    items > 50
  ) {
    return { ok: false, reason: `“${m[0]}”中的项数、每项分值与本项分值${P.toString()}分不相合，计分方式不明确` };
  }
  const label = (what as string).replace(/[,;]/g, "");
  return { ok: true, rule: itemsMet(`${label}（共${items}${unit}）`, dec(each as string), unit as string, items) };
}

/**
 * The items met, each worth `per`, out of the `items` the clause lists (“3种策略…(各1分,共3分)”, “有固定办公地点、学会办事
 * 机构、专(兼)职干部(3分,每项1分)”): a count above the items listed is an error naming the cell, never capped quietly.
 */
export function itemsMet(label: string, per: Decimal, unit: string, items: number): RuleInput {
  return { kind: "perCaseAward", terms: [{ kind: "count", label, per: per.toNumber(), unit, items }] };
}

/** "配备专职工作人员3名(5分),每增加1人加1分,加满15分为止" (raw text: normalise.ts drops the bracket). */
const BASE_THEN_EACH_MORE = new RegExp(
  `^([^\\d()（）分]{2,30}?)(\\d+)(名|人|个|家|项)[(（](${NUM})分[)）][,，]?每(?:增加|多)1(名|人|个|家|项)(?:的)?加(${NUM})分[,，]?(?:加满|最高|最多)(?:加至|加到|得)?(${NUM})分(?:为止)?[。.]?$`,
);
const PEOPLE = /^[名人]$/;

/**
 * "配备专职工作人员3名(5分),每增加1人加1分,加满15分为止": N gives B points, each one more k, up to the cap (the 分值):
 * `bands` on the count, 0 below N (the points are for reaching N; fewer is not stated to score).
 */
export function readBaseThenEachMore(raw: string, P: Decimal, part: SchemePart): CountTargetRead | undefined {
  const m = BASE_THEN_EACH_MORE.exec(raw.replace(/\s+/g, ""));
  if (!m || part !== "base") return undefined;
  const [, , n, unit, base, unit2, per, cap] = m as unknown as string[];
  if (unit !== unit2 && !(PEOPLE.test(unit as string) && PEOPLE.test(unit2 as string))) return undefined;
  const N = Number(n);
  const [B, k, stated] = [dec(base as string), dec(per as string), dec(cap as string)];
  // “1名(5分),每增加1人加1分,加满5分为止” under 10分 (held-out set 22): a cap no higher than the base can only be what is
  // added, and with the base it makes the 分值.
  const C = stated.lessThanOrEqualTo(B) && B.plus(stated).equals(P) ? P : stated;
  const steps = C.minus(B).dividedBy(k);
  if (!C.equals(P) || !B.lessThan(C) || !steps.isInteger() || steps.greaterThan(50) || N < 1 || N > 1000) {
    return { ok: false, reason: `“${m[0]}”的起点分、每增加分与上限和本项分值${P.toString()}分不相合，计分方式不明确` };
  }
  const top = N + steps.toNumber();
  const bands: { min: number; max?: number; points: number }[] = [{ min: 0, max: N - 1, points: 0 }];
  for (let c = N; c < top; c++) bands.push({ min: c, max: c, points: B.plus(k.times(c - N)).toNumber() });
  bands.push({ min: top, points: C.toNumber() });
  return { ok: true, rule: { kind: "bands", input: "count", unit: unit as string, bands } };
}

/** "每项措施各1.5分,完成计满分,没有完成计0分": each listed item its points, all or none. */
const EACH_ITEM = new RegExp(
  `^每项(?:措施|任务|工作|目标|指标|内容)?各?(${NUM})分,?完成(?:的)?(?:计|得)满分,?(?:没有|未)完成(?:的)?(?:计|得)0分[。.]?$`,
);

/**
 * "每项措施各1.5分,完成计满分,没有完成计0分" with the items numbered in the row's context ("考核目标：1、开征城市污水处理
 * 费;2、…;4、依法征收排污费"): a yes/no per item (是 = completed), in the order listed. Read only where the context holds
 * one enumeration 1、2、3 … with nothing after its last item's sentence and the items' points add up to the 分值.
 */
function readEachItem(normal: string, P: Decimal, context: string | undefined): CountTargetRead | undefined {
  const m = EACH_ITEM.exec(normal);
  if (!m) return undefined;
  const each = dec(m[1] as string);
  const items = context === undefined ? [] : [...normalise(context).matchAll(/(?:^|[;:。])(\d+)[、.]([^;。]+)/g)];
  const labels = items.map((i) => (i[2] as string).replace(/[,，]+$/, ""));
  const numbered = items.every((i, k) => Number(i[1]) === k + 1);
  if (items.length < 2 || !numbered || labels.some((l) => l.length < 2 || /等|其他|其它|\d/.test(l))) {
    return { ok: false, reason: "“每项…各N分”所指的各项未在本行列明，请人工设定规则" };
  }
  if (!each.times(items.length).equals(P)) {
    return {
      ok: false,
      reason: `所列${items.length}项各${each.toString()}分，与本项分值${P.toString()}分不一致，计分方式不明确`,
    };
  }
  return {
    ok: true,
    rule: {
      kind: "perCaseAward",
      terms: labels.map((label) => ({ kind: "flag" as const, label: `${label}（完成）`, points: each.toNumber() })),
    },
  };
}

export function readCountTarget(
  normal: string,
  P: Decimal,
  part: SchemePart,
  context?: string,
): CountTargetRead | undefined {
  if (part !== "base") return undefined;
  const eachItem = readEachItem(normal, P, context);
  if (eachItem) return eachItem;
  const named = readNamedEach(normal, P);
  if (named) return named;
  const met = readCountMet(normal, P);
  if (met) return met;
  if (SHARE_OF_TASK.test(normal)) {
    return {
      ok: true,
      rule: { kind: "rateProportional", measure: { kind: "ratio", actual: "完成数", planned: "任务数" } },
    };
  }
  // "每人的平均分数" in another wording: the 每 is the share's, not a count's (每人扣…), and what a case costs is open.
  if (/每(?:人|例|个|户)的?平均(?:分数|分值|分)/.test(normal)) {
    return { ok: false, reason: "按任务数算出的平均分与其他计分表述并存，缺1例扣多少未能确定，请人工设定规则" };
  }
  const floor = FLOOR.exec(normal);
  const body = normal.slice(0, floor?.index ?? normal.length);
  const target = TARGET_SHORTFALL.exec(body);
  if (target) {
    const [, subject, comparator, n, unit, above, counted, award, verb, unit2, , per] = target as unknown as string[];
    const said = (subject as string).replace(LEADING_ORDINAL, "");
    const words = withoutRestatedTarget(said, n as string, unit as string);
    if ((comparator === "") === (above === "")) return undefined; // exactly one inclusive bound
    if (
      unit !== unit2 ||
      /\d/.test(words) ||
      SCORING.test(words + (counted as string)) ||
      /每(?:个)?(?:月|季|周|年|半年|学期|天|日)/.test(words)
    )
      return undefined;
    if (/[多超]/.test(verb as string)) return undefined;
    if (!points(award as string, P).equals(P))
      return { ok: false, reason: `达到${n}${unit}所得分值与本项分值${P.toString()}分不一致，计分方式不明确` };
    const statement: Statement = {
      kind: "below",
      target: dec(n as string),
      per: dec(per as string),
      label: (words + (counted as string)).replace(/[,;]/g, "").replace(/的$/, "") || "完成数",
      unit: unit as string,
    };
    return fromStatements([statement, { kind: "floor" }], part, P);
  }
  const otherwise = OTHERWISE_PER_CASE.exec(body);
  if (otherwise) {
    const [, requirement, award, unit, per] = otherwise as unknown as string[];
    const words = (requirement as string).replace(LEADING_ORDINAL, "");
    if (/分|扣|得|否则|酌情|视情|最多|最高|封顶|%/.test(words) || words.length < 4) return undefined;
    if (!points(award as string, P).equals(P))
      return { ok: false, reason: `达到要求所得分值与本项分值${P.toString()}分不一致，计分方式不明确` };
    const statement: Statement = {
      kind: "count",
      verb: "deduct",
      per: dec(per as string),
      label: `未做到“${
        words
          .split(/[,;]/)
          .filter((w) => w !== "")
          .pop() ?? words
      }”`,
      unit: unit as string,
    };
    return fromStatements([statement, { kind: "floor" }], part, P);
  }
  return undefined;
}

function fromStatements(statements: Statement[], part: SchemePart, P: Decimal): CountTargetRead {
  const assembled = assemble(statements, part, P);
  return assembled.ok ? { ok: true, rule: assembled.rule } : { ok: false, reason: assembled.reason };
}
