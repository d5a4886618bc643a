/**
 * A criterion holding a threshold, with its own points (round 15): “初信初访化解率达到90%(7分)”, “(1)每周开放时间不少于40
 * 小时;(4分)”, “新建房屋卫生厕所建造率达100%(3分)”, “残疾人活动室达到30平方米以上;(2分)” among other criteria of a list
 * (criteria.ts). The clerk types the number the criterion bounds (the rate as "90%", the hours as 40); the criterion's
 * points are given when the number lies on the written side of the bound, none otherwise — all or nothing, never in
 * proportion (held-out sets 9, 10 and 12 label them so). A `bound` term, as boundTerm.ts makes for a rate or a count
 * beside other terms.
 *
 * One shape only: what is measured, then the comparator, the number and its unit, then at most 以上/以下 and a （含）
 * mark, nothing after. 达到/达/不少于/不低于/≥ and 以上 take the number in, 超过/大于/高于 and 低于/少于/不足 leave it
 * out, 不超过/不高于/≤ and 以下/以内 take it in as an upper bound; （含）/（不含） override. Declined (the reason said)
 * where the number is not a threshold the clerk can type without asking:
 * - no comparator (“3种扩展配置完整”: the number names the items, or a target said without a side);
 * - a comparator and a suffix that disagree (超过…以上, 低于…以下: is the number in?), 未达到 (a failing that earns), a
 *   negated comparator (不得低于: declined rather than turned round);
 * - more than one number, a range, 分别/各/均 (one bound over several things), a list or a second requirement before
 *   the number (“多形式扶持残疾人就业,残疾人就业率达90%以上”);
 * - 每 before a count of occurrences (“每季度召开会议不少于1次”: per period or over the year?) or per unit (每人, 每村);
 * - words after the number (“使用面积在100平方米以上的活动场所”: the criterion is the place, the number describes it);
 * - a unit the clerk could not type as one number (none, or 分).
 *
 * A numeral in words (“不少于四十小时”, “两名以上”, “百分之九十”) is read as its digits where a word bounds it; without one
 * (“每季度召开一次会议”, “有一套办公桌椅”) it stays part of the criterion's words, a yes/no as before.
 */
import { Decimal, dec } from "../decimal";
import type { TermParams } from "../rules/terms";
import { CHINESE_NUMBER, chineseNumber } from "./normalise";
import { rateOf } from "./results";
import { NUM } from "./statementTypes";
import { COUNTED } from "./tiersBeside";

type BoundParams = Extract<TermParams, { kind: "bound" }>;
type Side = BoundParams["side"];

/** Comparators written before the number, longest first: the side and whether the number is in. */
const BEFORE: ReadonlyArray<[string, Side]> = [
  ["大于或等于", "atLeast"],
  ["高于或等于", "atLeast"],
  ["小于或等于", "atMost"],
  ["低于或等于", "atMost"],
  ["大于等于", "atLeast"],
  ["小于等于", "atMost"],
  ["不低于", "atLeast"],
  ["不少于", "atLeast"],
  ["不小于", "atLeast"],
  ["不高于", "atMost"],
  ["不超过", "atMost"],
  ["不大于", "atMost"],
  ["不多于", "atMost"],
  ["控制在", "atMost"],
  ["达到", "atLeast"],
  ["至少", "atLeast"],
  ["超过", "above"],
  ["大于", "above"],
  ["高于", "above"],
  ["多于", "above"],
  ["低于", "below"],
  ["小于", "below"],
  ["少于", "below"],
  ["不足", "below"],
  ["不到", "below"],
  ["不满", "below"],
  ["≥", "atLeast"],
  ["≤", "atMost"],
  [">", "above"],
  ["<", "below"],
  ["达", "atLeast"],
];

/** Units of a measure: the clerk types the number in them. Counts are named as countAtLeastTerm names them. */
const UNITS =
  "%|小时|个工作日|工作日|天|日|个月|周|年|平方米|平米|㎡|亩|公里|千米|米|万元|元|人次|次|场|期|篇|份|个|项|人|名|户|家|件|册|所|座|台|套|条|种|类";
/** A count of occurrences: per period (“每季度…不少于1次”) it is open whether the clerk types one period's or the year's. */
const OCCURRENCES = /^(?:人次|次|场|期|篇|份|个|项|件|条)$/;

const SHAPE = new RegExp(
  `^(.*?)(${NUM})(${UNITS})(\\((?:不)?含\\))?(及以上|或以上|以上|及以下|或以下|以下|以内|之内)?(\\((?:不)?含\\))?$`,
);

const no = (reason: string) => ({ reason });

/** Words that bound a number: with one of them a numeral in words is a threshold too (“不少于四十小时”). */
const BOUND_WORD =
  /以上|以下|以内|之内|不少于|不低于|不小于|不超过|不高于|不多于|不大于|达到|超过|低于|少于|不足|不到|不满|大于|小于|高于|多于|至少|≥|≤|达(?=\d)/;

/** A numeral in words before a unit in digits (四十小时 → 40小时, 两名 → 2名, 百分之九十 → 90%). */
function inDigits(label: string): string {
  return label
    .replace(new RegExp(`百分之(${CHINESE_NUMBER})`, "g"), (m, n: string) => {
      const value = chineseNumber(n);
      return value === undefined ? m : `${value}%`;
    })
    .replace(new RegExp(`(${CHINESE_NUMBER})(?=${UNITS})`, "g"), (m: string) => {
      const value = chineseNumber(m);
      return value === undefined ? m : String(value);
    });
}

/**
 * The bound term a criterion's words state, a reason where they hold a number that is not such a threshold, or
 * undefined where the label holds no number at all. A numeral in words counts only beside a word that bounds it
 * (“配备专职人员两名以上”); without one (“每季度召开一次会议”, “有一套办公桌椅”) it stays part of the criterion's words,
 * a yes/no as before.
 */
export function criterionBound(label: string, points: Decimal): BoundParams | { reason: string } | undefined {
  if (/\d/.test(label)) return thresholdOf(label, points);
  const spelled = inDigits(label);
  if (spelled === label || !BOUND_WORD.test(spelled)) return undefined;
  return thresholdOf(spelled, points);
}

function thresholdOf(label: string, points: Decimal): BoundParams | { reason: string } | undefined {
  const numbers = label.match(/\d+(?:\.\d+)?/g) ?? [];
  if (numbers.length === 0) return undefined;
  const open = no(`“${label}”含数量条件，按是否达到还是按实际数量计分，条款未说明，请人工设定规则`);
  if (numbers.length > 1) return no(`“${label}”中不止一个数，界限是哪一个不明确，请人工设定规则`);
  if (/分别|各|(?<![平人])均/.test(label)) return no(`“${label}”的界限对应几项，是各自达到还是合计，条款未说明`);
  const m = SHAPE.exec(label);
  if (!m) return open;
  const [, head, n, unit, markBefore, suffix, markAfter] = m as unknown as [
    string,
    string,
    string,
    string,
    string | undefined,
    string | undefined,
    string | undefined,
  ];
  const comparator = BEFORE.find(([w]) => head.endsWith(w));
  // “在90%以上”, “为100%”: 在/为 only join what is measured to its bound.
  const subjectWords = (comparator ? head.slice(0, -comparator[0].length) : head).replace(/(?:在|为|是)$/, "");
  const fromSuffix: Side | undefined = suffix === undefined ? undefined : /上/.test(suffix) ? "atLeast" : "atMost";
  let side = comparator?.[1] ?? fromSuffix;
  if (side === undefined) return open;
  // “未达到90%”, “满意率达不到90%”: a failing that earns its points; “不得低于90%”: a negated comparator, declined
  // rather than turned round.
  if (/(?:未|没有|没|不能|不得|不应|不宜|不可|不|达)$/.test(subjectWords))
    return no(`“${label}”的比较词前有否定，计分方向不明确`);
  const mark = markAfter ?? markBefore;
  if (comparator && fromSuffix !== undefined) {
    const upper = (s: Side) => s === "atMost" || s === "below";
    if (upper(comparator[1]) !== upper(fromSuffix)) return no(`“${label}”前后的比较方向相反，无法确定界限`);
    // “超过90%以上”: 超过 leaves the number out, 以上 takes it in.
    if (comparator[1] !== fromSuffix && mark === undefined)
      return no(`“${label}”的比较词与“${suffix}”对界限本身是否达到说法不一，请人工设定规则`);
  }
  if (mark !== undefined) {
    const inclusive = !mark.includes("不含");
    if (side === "atLeast" || side === "above") side = inclusive ? "atLeast" : "above";
    else side = inclusive ? "atMost" : "below";
  }
  // “参学率应不低于90%”: 应/须 only say it is required.
  const subject = subjectWords.replace(/(?:应当|应|必须|须|要)$/, "").replace(/(?:的|者)$/, "");
  // “多形式扶持…,残疾人就业率达90%以上”, “入学率、巩固率达到95%”: a second requirement, or several measures under one bound.
  if (/[,;:、或且]/.test(subject)) return no(`“${label}”中的界限前有不止一项，界限属于哪一项不明确`);
  if (!/^[\u4e00-\u9fa5()“”"]{2,30}$/.test(subject)) return open;
  if (/每/.test(subject)) {
    const perPeriod = /每(?:个)?(?:季度|月|年|周|半年|学期|天|日)/.test(subject);
    if (!perPeriod || OCCURRENCES.test(unit))
      return no(`“${label}”按每个周期或单位计，填写一期的数还是合计，条款未说明，请人工设定规则`);
  }
  if (unit === "%") {
    return { kind: "bound", label: subject, input: "rate", bound: rateOf(n).toNumber(), side, points: num(points) };
  }
  const named = COUNTED[unit];
  const what = named === undefined ? `${subject}(${unit})` : `${subject.replace(/^(?:有|配备|配有|设有)/, "")}${named}`;
  return { kind: "bound", label: what, input: "number", bound: dec(n).toNumber(), side, points: num(points) };
}

function num(d: Decimal): number {
  return d.toNumber();
}
