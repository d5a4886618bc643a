/**
 * A single numeric condition that is not a rate, a score or a count (docs/recogniser.md, “Numeric conditions”): a
 * quantity with a unit of measure (“2小时内”, “小于60平方米”, “20平米以上(含20平米)”), or a number the statement reader
 * does not bound (“100%全覆盖”, “平均数的1/2”). What the clerk types follows docs/ids-and-inputs.md:
 *
 * - two or more tiers on one quantity and nothing else scoring (“2小时内…得0.5分，超过2小时…不得分”): `bands` on the
 *   number, in its unit;
 * - one such condition taking points away beside other terms, or alone (“调度室面积小于60平方米的，扣1分”, “在断电情况下连续
 *   播放不足2小时扣0.5分”): a yes/no, 是 = the condition holds as worded;
 * - an award of all the points whose condition holds a number, ahead of per-case deductions of its failings (“低保对象100%
 *   全覆盖的，得1分，发现1例未参保的扣0.1分”): the item's heading, as the same award without the number is; the input is
 *   the count.
 *
 * - such a condition met by each case on its own (“单起受害面积30亩以上的扣10分”): a count term of the cases.
 *
 * Anything else with such a number (an award of part of the points, two numbers, tiers beside other terms, a per-case
 * condition that awards) stays declined with the reason the statement reader gave.
 */
import { dec } from "../decimal";
import type { Decimal } from "../decimal";
import type { Range, Result, Statement } from "./statements";

/** Units of a measured quantity (not counted: 次, 例, 天 … are counts, statements.ts). */
export const UNITS = "小时|分钟|平方米|平米|㎡|m2|m²|立方米|公顷|亩|公里|千米|米|吨|万元|元";
const NUMBER = "\\d+(?:\\.\\d+)?";
const MARK = "(\\((?:不)?含[^)]{0,8}\\))?";
const QUANTITY = new RegExp(
  `(${NUMBER})(${UNITS})${MARK}(及以上|或以上|以上|及以下|或以下|以下|以内|之内|内)?${MARK}`,
  "g",
);

const BELOW: ReadonlyArray<[RegExp, "min" | "max", boolean]> = [
  // “未达1200元”, “达不到30平方米”: not reaching leaves the number out (ranges.ts reads “未达到80%” so); before 达 alone.
  [/(?:未达到|未达|没有达到|没达到|达不到)$/, "max", false],
  [/(?:≥|不低于|不少于|达到|达|高于或等于|大于或等于|大于等于|不小于|不短于)$/, "min", true],
  [/(?:>|大于|高于|超过|多于|长于)$/, "min", false],
  [/(?:≤|不高于|不超过|不大于|不多于|小于或等于|小于等于|不长于)$/, "max", true],
  [/(?:<|低于|小于|不满|不足|少于|不到|短于)$/, "max", false],
];

/** “单起…”, “每起…”: the condition is met by each case of its own, counted. */
const PER_CASE = /[单每](起|次|宗|处|例)/;

type Of<K extends Statement["kind"]> = Extract<Statement, { kind: K }>;

/**
 * The bounds a condition puts on one measured quantity (“2小时内”, “面积≥80㎡”, “50㎡≤面积<80㎡”: a number before ≤ or
 * < is the lower bound), or undefined where it states none, a number of another kind beside it, or two bounds on one
 * side (a year, 近3年, are dates and were taken out before; a leading ordinal “(4)” is not a number of the condition).
 */
export function measuredRange(text: string): Range | undefined {
  const cond = moneyInWan(text.replace(/^(?:\(\d+\)|\d+[、.](?!\d))/, ""));
  const all = [...cond.matchAll(QUANTITY)];
  const numbers =
    cond
      .replace(/m2|m²/g, "m")
      .replace(/\((?:不)?含[^)]{0,8}\)/g, "")
      .match(/\d+(?:\.\d+)?/g)?.length ?? 0;
  if (all.length === 0 || all.length > 2 || numbers !== all.length) return undefined;
  if (new Set(all.map((m) => unitOf(m[2] as string))).size !== 1) return undefined;
  const range: Range = { measure: "number", unit: unitOf(all[0]?.[2] as string) };
  let from = 0;
  for (const m of all) {
    const before = cond.slice(from, m.index);
    from = (m.index ?? 0) + m[0].length;
    const comparator = BELOW.find(([p]) => p.test(before));
    const suffix = m[4];
    const mark = m[5] ?? m[3];
    const after = /^(≤|<)/.exec(cond.slice(from));
    let side: "min" | "max";
    let inclusive: boolean;
    if (comparator) {
      if (suffix !== undefined && (/上/.test(suffix) ? "min" : "max") !== comparator[1]) return undefined;
      [, side, inclusive] = comparator;
    } else if (suffix !== undefined) {
      side = /上/.test(suffix) ? "min" : "max";
      inclusive = true;
    } else if (after) {
      side = "min";
      inclusive = after[1] === "≤";
    } else return undefined;
    if (range[side] !== undefined) return undefined;
    const explicit = mark !== undefined;
    if (explicit) inclusive = !(mark as string).includes("不含");
    const loose = !explicit && !comparator && !after;
    range[side] = { value: dec(m[1] as string), inclusive, ...(loose ? { loose: true } : {}) };
  }
  return range;
}

/** An amount of money named in the condition (捐款总额, 资金, 经费 …): a bare “20万” of it is 20 万元. */
const MONEY = /款|资金|金额|总额|经费|收入|产值|投入|投资/;

/** “历年捐款总额达到20万(含)”: 万 after a number of an amount of money is the unit 万元; anywhere else it is left alone. */
function moneyInWan(cond: string): string {
  return MONEY.test(cond) ? cond.replace(/(\d)万(?![元人户个次件名位家])/g, "$1万元") : cond;
}

/** 平米 and ㎡ (m2 once folded) are 平方米. */
function unitOf(unit: string): string {
  return /^(?:平米|㎡|m2|m²)$/.test(unit) ? "平方米" : unit;
}

/**
 * What statements.ts makes of a condition holding a number it could not bound: a band on a measured quantity, or a
 * plain statement carrying the decline it stands for (settled in `settleNumeric`).
 */
export function numericCondition(cond: string, result: Result, reason: string): Statement {
  const range = measuredRange(cond);
  if (range) return { kind: "band", range, result, cond, exact: false, measured: reason };
  return {
    kind: "plain",
    result,
    cond: cond.replace(/^\(?\d+[)、.]/, "").replace(/[,的]+$/, ""),
    raw: cond,
    numeric: reason,
  };
}

const SCORES = new Set<Statement["kind"]>(["count", "below", "plain", "each", "separately", "slope", "band"]);

/**
 * The statements with each numeric condition settled (see the module's comment), or the reason one stays declined.
 */
export function settleNumeric(statements: readonly Statement[], P: Decimal): Statement[] | { reason: string } {
  const measured = statements.filter((s): s is Of<"band"> => s.kind === "band" && s.measured !== undefined);
  const numeric = statements.filter((s): s is Of<"plain"> => s.kind === "plain" && s.numeric !== undefined);
  if (measured.length === 0 && numeric.length === 0) return [...statements];
  const scoring = statements.filter((s) => SCORES.has(s.kind));
  const units = new Set(measured.map((b) => b.range.unit));
  // Tiers on one quantity, nothing else scoring: bands on the number.
  if (measured.length >= 2 && units.size === 1 && scoring.length === measured.length) {
    return statements.map((s) => (s.kind === "band" && s.measured !== undefined ? yielding(s, measured) : s));
  }
  // “…达到20万(含)的得20分,未达到的不得分”: one threshold on the quantity for all the points, 否则 none — a band and the
  // rest of the line at 0.
  const only = measured[0];
  if (
    only !== undefined &&
    scoring.length === 1 &&
    measured.length === 1 &&
    (only.range.min === undefined) !== (only.range.max === undefined) &&
    (only.result.kind === "full" || (only.result.kind === "award" && only.result.points.equals(P))) &&
    (statements.some((s) => s.kind === "otherwiseZero") || boundEnds(only.cond))
  ) {
    return statements.map((s) => (s === only ? yielding(only, measured) : s));
  }
  const failing = (r: Result) => r.kind === "deduct" || r.kind === "zero";
  const out: Statement[] = [];
  for (const s of statements) {
    if (s.kind === "band" && s.measured !== undefined) {
      // “应急避难场所人均面积达1.5平方米得0.5分” beside other terms: an award on the number, which boundTerm.ts reads as a
      // bound term on the quantity typed in its unit, or declines with this band's reason (assemble.ts).
      if (measured.length === 1 && s.result.kind === "award" && scoring.length > 1) {
        out.push(s);
        continue;
      }
      if (measured.length !== 1 || !failing(s.result)) return { reason: s.measured };
      // “单起受害面积30亩以上的扣10分”: each case that meets it is counted
      const single = PER_CASE.exec(s.cond);
      if (single) {
        if (s.result.kind !== "deduct") return { reason: s.measured };
        const label = s.cond.replace(/^\(?\d+[)、.]/, "").replace(/[,的]+$/, "");
        out.push({ kind: "count", verb: "deduct", per: s.result.points, label, unit: single[1] as string });
        continue;
      }
      // one condition taking points away: a yes/no of the condition as worded
      out.push({ kind: "plain", result: s.result, cond: s.cond.replace(/[,的]+$/, ""), raw: s.cond });
    } else if (s.kind === "plain" && s.numeric !== undefined) {
      // an award of all the points ahead of per-case deductions only: the heading
      const rest = scoring.filter((o) => o !== s);
      const heading =
        numeric.length === 1 &&
        scoring[0] === s &&
        (s.result.kind === "full" || (s.result.kind === "award" && s.result.points.equals(P))) &&
        rest.length > 0 &&
        rest.every((o) => o.kind === "count" && o.verb === "deduct");
      if (!heading) return { reason: s.numeric };
      const plain: Of<"plain"> = { ...s };
      delete plain.numeric;
      out.push(plain);
    } else out.push(s);
  }
  return out;
}

/**
 * “距离居民区…500米以上,得0.5分” (held-out set 15's 生猪场 rows): the bound closes the condition, so the quantity is what
 * the award asks for — all the points when it is reached, as “…得P分” alone is read 否则不得分. Not where the number
 * describes a thing the condition goes on to name (“有使用面积在100平方米以上的活动场所”, r9-ncdj-7: declined).
 */
export function boundEnds(cond: string): boolean {
  // “单起面积30亩以上的得2分”: met by each case, counted (or declined), not one quantity
  if (PER_CASE.test(cond)) return false;
  const bare = cond.replace(/[,的]+$/, "");
  const all = [...bare.matchAll(QUANTITY)];
  const last = all[all.length - 1];
  return all.length === 1 && last !== undefined && (last.index ?? 0) + last[0].length === bare.length;
}

/**
 * “20平米以上(含20平米)…；20平米以下…”: where one tier marks the shared number as its own (含), the other tier's
 * unmarked 以上/以下 leaves it (the tiers do not overlap).
 */
function yielding(band: Of<"band">, all: readonly Of<"band">[]): Of<"band"> {
  const rest: Of<"band"> = { ...band };
  delete rest.measured;
  const range = { ...band.range };
  for (const side of ["min", "max"] as const) {
    const own = range[side];
    if (own === undefined || !own.loose) continue;
    const other = side === "min" ? "max" : "min";
    const marked = all.some((o) => {
      const b = o.range[other];
      return o !== band && b !== undefined && !b.loose && b.inclusive && b.value.equals(own.value);
    });
    range[side] = { value: own.value, inclusive: own.inclusive && !marked };
  }
  return { ...rest, range };
}

/** A money amount a ratio is taken of (“登记的注册资金数”): named, not written as a number. */
const AMOUNT = "(?:登记的)?(?:注册资金|注册资本|开办资金)(?:数额|数)?";
const RATIO = new RegExp(
  `(不小于|不低于|大于或等于|大于等于|≥|达到|小于|低于|不到|不足|<|大于|高于|超过|>|是|为)?${AMOUNT}(?:的(${NUMBER})倍)?(\\(含${NUMBER}倍\\))?(以上|以下)?(\\(含${NUMBER}倍\\))?`,
  "g",
);
const RATIO_SIDES: Readonly<Record<string, ["min" | "max", boolean]>> = {
  不小于: ["min", true],
  不低于: ["min", true],
  大于或等于: ["min", true],
  大于等于: ["min", true],
  "≥": ["min", true],
  达到: ["min", true],
  大于: ["min", false],
  高于: ["min", false],
  超过: ["min", false],
  ">": ["min", false],
  小于: ["max", false],
  低于: ["max", false],
  不到: ["max", false],
  不足: ["max", false],
  "<": ["max", false],
};

/**
 * “年末净资产是注册资金的2倍以上(含2倍)”, “不到注册资金的2倍,大于或等于注册资金”, “上年末净资产不小于登记的注册资金数”: an
 * amount against a named one, read as their ratio (a rate: 2倍 = 200%, the amount itself = 100%), as the labels read it
 * (docs/ids-and-inputs.md). Only a 净资产/资产 against 注册资金/注册资本/开办资金, each bound said once; anything else
 * undefined.
 */
export function ratioRange(cond: string): Range | undefined {
  const all = [...cond.matchAll(RATIO)];
  if (all.length === 0 || !/资产/.test(cond.slice(0, all[0]?.index))) return undefined;
  if ((cond.replace(/\(含[^)]*\)/g, "").match(/\d+(?:\.\d+)?/g)?.length ?? 0) > all.filter((m) => m[2]).length) {
    return undefined;
  }
  const range: Range = { measure: "rate" };
  for (const m of all) {
    const said = m[1] === undefined || m[1] === "是" || m[1] === "为" ? undefined : RATIO_SIDES[m[1]];
    const suffix = m[4];
    const mark = m[5] ?? m[3];
    let side: "min" | "max";
    let inclusive: boolean;
    if (said) {
      if (suffix !== undefined) return undefined;
      [side, inclusive] = said;
    } else if (suffix !== undefined) {
      side = suffix === "以上" ? "min" : "max";
      inclusive = true;
    } else return undefined;
    if (mark !== undefined) inclusive = !mark.includes("不含");
    if (range[side] !== undefined) return undefined;
    range[side] = { value: dec(m[2] ?? "1"), inclusive };
  }
  return range;
}
