/**
 * Wordings that score by named criteria, counted units or rungs of a ladder, read in general:
 *
 * - points per named criterion in brackets: “设有目标（1分）目标明确（1分）目标细化（1分）”, “有无路况信息发布渠道（8分）”,
 *   “牵头（1），制定了…方案且得到落实（1）” — each criterion a yes/no of its points, together the leaf's 分值
 *   (`readCriteria`, on the text before normalise.ts drops “（N分）”); a criterion holding a threshold (“初信初访化解率达到
 *   90%(7分)”) a bound term on the number the clerk types (criterionBound.ts);
 * - per-unit awards said without a verb or with the cap in units: “每项1分，最高3分”, “每个1分，最多3个”,
 *   “（一个渠道3分，最多15分）”, “每个2分，满分为止” — written the way statements.ts reads a count term
 *   (`perUnitWording`);
 * - ladders of states: “全部覆盖得6分；覆盖…三大运营商得3分；未覆盖…其中一家的不得分”, “合理: 2 分;基本合理: 1 分;不合理:
 *   0 分” — a `levels` rule whose labels are the rungs as worded (`readLadder`).
 *
 * Each reader takes one fixed shape and declines (with the reason) what needs judgement: 酌情/视情, a range of points, a
 * criterion or rung graded by the evaluator (基本, 部分 beside its full form; 满足需求, 规范落实, 较好 …), a yes whose meaning
 * is open (“是否有遗漏步骤”), points that do not add up to the 分值.
 */
import { primePoints } from "./normalise";
import { completeness } from "./bareOptions";
import { Decimal, dec, ZERO } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import { effortWord } from "./effortAward";
import { MANNER } from "./guards";
import type { TermParams } from "../rules/terms";
import { criterionBound } from "./criterionBound";
import { judgement, NUM, Statement } from "./statements";

export type Read = { rule: RuleInput } | { reason: string } | undefined;

const no = (reason: string): Read => ({ reason });

// --- points per named criterion ----------------------------------------------------------------------------------------

/** After a list of criteria: “未达到规定要求的每一项扣1分，扣完为止” (the condition, then the amount per item). */
const EACH_ITEM = new RegExp(
  `^((?:未达到|未达|不符合|达不到|未满足|不满足)[\u4e00-\u9fa5]{0,10}?)的?每一?项(?:扣|减)(?:除)?(${NUM})分(?:扣完为止|扣完本项分值为止)?$`,
);
/** Words that make a criterion's points the evaluator's, or make it more than one observation. */
const JUDGED = /酌情|视情|适当|(?<![纳列]入[^,;。]{0,10})综合(?:评|考|判|打|衡|分析|确定|认定)|根据|按比例/;
/** Points said in words (“2分”, 得分, 分值): bare bracketed numbers beside them may not be points (“充分” is no such word). */
const POINTS_WORD = /(?:\d|[得扣计加记给减满])分|分值|分数/;
/** A criterion graded part-way (基本完整 beside 完整): its points are then not a yes/no. */
const GRADED = /基本|部分|大部分/;
/** Scoring words inside a criterion or after the last bracket: not a list of criteria alone. */
const SCORING = new RegExp(`扣|减|加\\d|得\\d|计\\d|${NUM}分|每|否则|不得分|不计分|最多|最高|封顶|上限|满分`);
/** “每季度召开委员会议”: a frequency the criterion requires, not a per-unit score. */
export const EVERY_PERIOD = /每(?:个)?(?:季度|月|年|周|半年|学期)(?=[\u4e00-\u9fa5])/g;
/** A criterion whose yes names a failing (“是否有遗漏步骤”): which answer scores the text leaves open. */
const FAILING = /遗漏|错误|差错|缺|漏|违|问题|事故|投诉|不|未|无(?!障碍)|没/;

/** The text with full-width folded and spaces removed, ①② dropped, lines and bullets as separators; brackets kept. */
function fold(text: string): string {
  return primePoints(text.replace(/[\u2460-\u2473\u2776-\u277F]/g, ";").normalize("NFKC"))
    .replace(/^[ \t\u3000]*[-*•·]\s*(?:\[[ x]\]\s*)?/gm, "")
    .replace(/\r?\n/g, ";")
    .replace(/[ \t\u3000\u200B\uFEFF]/g, "")
    .replace(/，/g, ",")
    .replace(/；/g, ";");
}

/** A criterion's words as a yes/no label: ordinals and punctuation off, “有无X” → “有X”, “是否” dropped. */
function criterionLabel(raw: string): string {
  return raw
    .replace(/^[,;。、:]+/, "")
    .replace(/^(?:\d{1,2}[.、)]|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、)(?!\d)/, "")
    .replace(/[,;。、:的]+$/, "")
    .replace(/有无/, "有")
    .replace(/是否/, "");
}

/**
 * “目标明确（1分），目标细化（1.5分）”, “有无信息被上级部门采纳并发布（7分）”, “…牵头（1），制定了…方案（1）”: two or more
 * criteria each followed by its points in brackets, nothing else scoring. Each is a yes/no term of its points (yes = the
 * criterion as worded), in the order listed; the points must add up to the 分值. Undefined where the text is not such a
 * list; a reason where it is one that needs judgement or does not add up.
 */
export function readCriteria(text: string, points: Decimal, part: SchemePart): Read {
  if (part === "penalty") return undefined;
  const s = fold(text);
  // “□X(5分) □未X(0分)”: checkbox options, one of which is ticked, never criteria that add up (checkbox.ts)
  if (/[□☐]/.test(s)) return undefined;
  if (/\(\d+(?:\.\d+)?(?:-|至|到)\d+(?:\.\d+)?分\)/.test(s)) {
    return /\(\d+(?:\.\d+)?分\)/.test(s) ? no("括号中给出的是分值区间，具体多少需要评价人判断") : undefined;
  }
  const withUnit = [...s.matchAll(new RegExp(`\\((${NUM})分\\)`, "g"))];
  const bare = [...s.matchAll(new RegExp(`\\((${NUM})\\)(?=[,;。、]|$)`, "g"))];
  // Bare numbers are points only where every bracket is one, closes a criterion and no points are said in words.
  const brackets =
    withUnit.length >= 2
      ? withUnit
      : bare.length >= 2 && withUnit.length === 0 && !POINTS_WORD.test(s)
        ? bare
        : undefined;
  // normalise.ts drops “（N分）” as a restatement of the 分值; points of their own that no reading below takes would be
  // lost with it (“按时报送(1分)，数据准确(1分)，每迟报一次扣0.5分” read as the deduction alone).
  const own = withUnit.some((m) => !dec(m[1] as string).equals(points));
  const lost = own
    ? no("括号中的分值属于各项标准，又与其他计分表述并存，各项如何合并计分未说明，请人工设定规则")
    : undefined;
  if (brackets === undefined) return lost ?? (part === "base" ? readBare(s, points) : undefined);
  if (judgement(s) !== undefined || JUDGED.test(s)) return lost;
  const items: Array<{ label: string; points: Decimal; asked: boolean }> = [];
  let from = 0;
  for (const m of brackets) {
    const raw = s.slice(from, m.index);
    from = (m.index ?? 0) + m[0].length;
    const label = criterionLabel(raw);
    if (label === "" || label.length > 80 || SCORING.test(label.replace(EVERY_PERIOD, "")) || /\(\d/.test(label))
      return lost;
    items.push({ label, points: dec(m[1] as string), asked: /是否|有无/.test(raw) });
  }
  const tail = s.slice(from).replace(/[,;。、:\s]+/g, "");
  // “…（1分）；…（1分）。未达到规定要求的每一项扣1分，扣完为止”: the brackets are the items a per-item deduction counts,
  // each worth that deduction — read as the count of items not met, out of the list (the same scores as a yes/no each).
  const perItem = EACH_ITEM.exec(tail);
  if (perItem && items.length >= 2) {
    const per = dec(perItem[2] as string);
    const sum = items.reduce((a, i) => a.plus(i.points), ZERO);
    if (items.every((i) => i.points.equals(per)) && sum.equals(points) && part === "base") {
      const label = perItem[1] as string;
      return {
        rule: {
          kind: "perCaseDeduction",
          terms: [{ kind: "count", label, per: per.toNumber(), unit: "项", items: items.length }],
        },
      };
    }
  }
  // A note after the list (“以上需提供佐证资料”) scores nothing; anything that does is another reading.
  if (SCORING.test(tail) || /\d/.test(tail)) return lost;
  // “资料完整（2分），基本完整（1分）”: one criterion graded into levels, not two observations.
  const graded = items.find((i) => {
    const level = i.label.replace(GRADED, "");
    return GRADED.test(i.label) && level !== "" && items.some((j) => j !== i && j.label.endsWith(level));
  });
  if (graded) return no(`“${graded.label}”是同一标准的分档，达到哪一档需要评价人判断`);
  return mannered(items) ?? yesNoTerms(items, points);
}

/**
 * Criteria, each with its points, as yes/no terms adding up to the 分值 — or why not: a number in a criterion that is
 * not a threshold the clerk types (“3种扩展配置完整”, criterionBound.ts), a yes whose meaning is open (“是否有遗漏步骤”),
 * a criterion worth more than the leaf, points that do not add up. “初信初访化解率达到90%(7分)”, “每周开放时间不少于40
 * 小时;(4分)”, “有专职工作人员1人以上1分” are bound terms on the typed number (the rate, the hours, the persons).
 */
function yesNoTerms(items: ReadonlyArray<{ label: string; points: Decimal; asked: boolean }>, points: Decimal): Read {
  const terms: TermParams[] = [];
  for (const i of items) {
    const term = criterionBound(i.label.replace(/^\d{1,2}[.、)](?!\d)/, ""), i.points);
    if (term !== undefined && "reason" in term) return no(term.reason);
    terms.push(term ?? { kind: "flag", label: i.label, points: i.points.toNumber() });
  }
  // “覆盖率达到90%以上(3分)…覆盖率达到80%以上(2分)”: tiers of one measure, added up or the highest, not said.
  const measured = terms.filter((t) => t.kind !== "flag").map((t) => t.label);
  const twice = measured.find((l, k) => measured.indexOf(l) !== k);
  if (twice !== undefined) return no(`“${twice}”的界限出现不止一次，是分档还是累计计分，条款未说明，请人工设定规则`);
  const open = items.find((i) => i.asked && FAILING.test(i.label));
  if (open) return no(`“${open.label}”的分值给“是”还是“否”，条款字面未说明`);
  const over = items.find((i) => i.points.greaterThan(points));
  if (over) return no(`“${over.label}”${over.points.toString()}分，超过本项分值`);
  const sum = items.reduce((a, i) => a.plus(i.points), ZERO);
  if (!sum.equals(points)) {
    return no(`各项标准的分值合计${sum.toString()}分，与本项分值${points.toString()}分不一致，计分方式不明确`);
  }
  return { rule: { kind: "perCaseAward", terms } };
}

// --- points per criterion written after it, without brackets ---------------------------------------------------------

/**
 * “机构健全2分”, “…工作步骤,2分”: a criterion's points after it with no verb, bracket or other number before them, ending
 * at a separator. Not after 扣/得/计/为/共/占/满/基本分 …, which make the number a deduction, an award or a total.
 */
const BARE_POINTS = new RegExp(
  `(?<![\\d.%×*/+=<>≤≥()扣减加得计给记奖罚赋占为共合总满值分])(${NUM})分(?=[,;。、]|$)`,
  "g",
);
/** Words that make a criterion one rung of a graded scale, or the evaluator's call. */
const LEVEL =
  /基本(?=[完齐规合到达满落符健明及准清正可实按做上])|部分|较|一般|良好|优秀|(?:国家|省|市|县|区|镇|乡)级|[一二三]等/;
const NEGATED = /^(?:未|不|无|没有|没)/;

/**
 * “机构健全2分,有办公场地1分,有办公设备1分”, “1.目标明确,分阶段落实有效,2分;2.规划合理,…,3分。”: two or more criteria,
 * each followed by its points without brackets, nothing else scoring (base part only). Each is a yes/no term of its
 * points (yes = the criterion as worded), keyed in the order listed; the points must add up to the 分值. A criterion
 * holding a threshold (“有专职工作人员1人以上”) is a bound term on the typed number (criterionBound.ts); one holding a
 * number that is no threshold (“3种制度”), a graded or levelled one (基本, 较好, 合格, 省级 …) or a clause with judgement
 * declines: whether its input is a yes/no or a count, or which level holds, the text leaves open.
 */
function readBare(folded: string, points: Decimal): Read {
  // “(5分)” restating the 分值 is no criterion's.
  const s = folded.replace(new RegExp(`\\((${NUM})分\\)`, "g"), (m, n: string) => (dec(n).equals(points) ? "" : m));
  const tokens = [...s.matchAll(BARE_POINTS)];
  if (tokens.length < 2) return undefined;
  const items: Array<{ label: string; points: Decimal; asked: boolean }> = [];
  let from = 0;
  for (const m of tokens) {
    const raw = s.slice(from, m.index);
    from = (m.index ?? 0) + m[0].length;
    const label = criterionLabel(raw);
    // “镇(街)”, “村(居)委”: a bracket of a few words names the unit, and holds no points
    const unbracketed = label.replace(/\([\u4e00-\u9fa5、]{1,6}\)/g, "");
    if (label === "" || label.length > 80 || SCORING.test(label) || /[()]/.test(unbracketed)) return undefined;
    items.push({ label, points: dec(m[1] as string), asked: /是否|有无/.test(raw) });
  }
  // Every “N分” of the clause is a criterion's points: no deduction, award or total beside them. Beside them, the
  // statement reader would take the criteria for a condition (“按时上报1分,数据准确1分,每迟报一次扣0.5分” as the
  // deduction alone): how the two combine the text does not say.
  if ((s.match(new RegExp(`${NUM}分`, "g")) ?? []).length !== tokens.length) {
    return no("各项标准的分值写在各项之后，又与其他计分表述并存，各项如何合并计分未说明，请人工设定规则");
  }
  const tail = s.slice(from).replace(/[,;。、:\s]+/g, "");
  if (tail !== "") return undefined;
  if (items.some((i) => i.points.isZero())) return undefined;
  const labels = items.map((i) => i.label);
  // “合格2分,不合格1分”: a condition and its negation are rungs, not criteria.
  if (labels.some((l) => NEGATED.test(l) && labels.includes(l.replace(NEGATED, "")))) return undefined;
  // “大专学历7分,本科学历8分”: short labels that differ only before a shared ending may be alternatives of one thing.
  const alike = labels.find((l, i) =>
    labels.some((k, j) => j !== i && l.length <= 6 && k.length <= 6 && l.slice(-2) === k.slice(-2)),
  );
  if (alike !== undefined) return undefined;
  const judged =
    judgement(s) ?? (JUDGED.exec(s) ? `“${(JUDGED.exec(s) as RegExpExecArray)[0]}”需要评价人判断` : undefined);
  if (judged !== undefined) return no(judged);
  const levelled = items.find((i) => LEVEL.test(i.label));
  if (levelled) return no(`“${levelled.label}”是分档或需评价人判断的标准，各项是否达到不能由条款直接确定`);
  return mannered(items) ?? yesNoTerms(items, points);
}

// --- 基本分 ---------------------------------------------------------------------------------------------------------

/** 基本分, and its synonyms 基础分, 基准分 (“单项基准2分”, “该单项基准分扣完为止”) and, in a heading or 扣完…, 标准分. */
const BASE = "(?:该|本|此)?(?:单?项)?(?:基[本础准]分|标准分)";
/**
 * “(基本分10分)”, or at a sentence's start “基本分10分,”, “该项基础分为30分。”, “单项基准2分,”: the points the deductions
 * start from.
 */
const BASE_HEADING = new RegExp(
  `\\(${BASE}(?:为|是)?(${NUM})分\\)|(?<=^|[;。])(?:${BASE}|单项基准)(?:为|是)?(${NUM})分(?:[,;。]|$)`,
  "g",
);
/** “不符合要求,该单项基准分扣完为止” after a heading: one failing, nothing else scoring, takes all the points. */
const FAILING_TAKES_ALL = new RegExp(`(^|[;。])([^;。\\d分扣加得每]{1,40}?)(?:的)?,${BASE}扣完为止(?=[;。]|$)`, "g");

/**
 * A 基本分 heading and its deductions in the wording statements.ts reads (on normal text): “(基本分10分)” restating the
 * 分值 is dropped (one that differs declines); “扣完基本分为止”, “扣完该项分为止” → “扣完为止”; “…的,扣完该项分”, “该项
 * 基本分扣完”, “扣完基本分” (after a heading equal to the 分值) → “不得分”, where nothing else in its sentence scores. A
 * bare “扣完基本分” without such a heading, or one after a per-count deduction (the cap or the whole points?), declines.
 */
export function basePoints(normal: string, points: Decimal): { text: string } | { reason: string } {
  if (!/基[本础准]分|单项基准\d|标准分|扣完(?:该|本|此)项/.test(normal)) return { text: normal };
  let heading = false;
  let differs: string | undefined;
  let s = normal.replace(BASE_HEADING, (m, a: string | undefined, b: string | undefined) => {
    const n = dec((a ?? b) as string);
    if (!n.equals(points)) differs ??= m.replace(/^\(|[,;。)]+$/g, "");
    heading = true;
    return "";
  });
  if (differs !== undefined) {
    return { reason: `“${differs}”与本项分值${points.toString()}分不一致，计分方式不明确` };
  }
  // “单项基准2分,不符合要求,该单项基准分扣完为止”: the failing takes all of the heading's points (= the 分值).
  if (heading) s = s.replace(FAILING_TAKES_ALL, "$1$2,不得分");
  // Only where the piece starts with it: “扣分以扣完本项分值为止” is the statement reader's own.
  s = s
    .replace(
      new RegExp(`(^|[,;。])(?:扣完${BASE}(?:值)?为止|${BASE}扣完为止|扣完(?:该|本|此)项分(?:值)?为止)`, "g"),
      "$1扣完为止",
    )
    .replace(/^[,;。]+/, "");
  const whole = new RegExp(
    `(?:扣完(?:(?:该|本|此)项(?:基[本础准])?分(?:值)?|基[本础准]分)|${BASE}扣完)(?!值?(?:为止|即止))`,
    "g",
  );
  let reason: string | undefined;
  s = s
    .split(/(?<=[;。])/)
    .map((sentence) =>
      sentence.replace(whole, (m: string) => {
        const rest = sentence.replace(m, "");
        if (/^扣完基[本础准]分$/.test(m) && !heading) {
          reason ??= `“${m}”所指的基本分是否即本项分值，条款未说明，请人工设定规则`;
        } else if (/每|\d分|扣完为止/.test(rest)) {
          reason ??= `“${m}”是扣完为止（封顶），还是一次扣去全部分值，条款未说明，请人工设定规则`;
        }
        return "不得分";
      }),
    )
    .join("");
  return reason === undefined ? { text: s } : { reason };
}

// --- per-unit awards --------------------------------------------------------------------------------------------------

const UNIT = "个|项|次|篇|条|家|人|份|件|场|期";
/** The cap of an award said in the sentence: 最高, 最多, 封顶, 满分为止. */
const CAPPED = /最高|最多|封顶|上限|满分为止|加满为止|得满为止|,满分\d/;

/**
 * Per-unit awards in the wordings statements.ts does not read, rewritten into the one it does (on normal text):
 * “每项1分，最高3分” → “每项得1分，最高3分”; “每个1分，最多3个” → “每个得1分，最多得3分”; “（1个渠道3分，最多15分）” →
 * “，每个渠道得3分，最多15分”; “…得2分，满分为止” → “…得2分，最多得P分”; “每实行一项得1分,满分3分” → “…,最多得3分”. Only in a sentence that caps the awards and
 * takes nothing away, so the amount can only be an award.
 */
export function perUnitWording(normal: string, points: Decimal): string {
  // “…每家得2分,发明专利授权每件0.5分。本项最高5分。” (held-out set 77): a cap in a sentence of its own caps the clause's
  // awards where nothing in the clause takes points away.
  const cappedClause = CAPPED.test(normal) && !/扣|减/.test(normal);
  return normal
    .split(/(?<=[。;\n])/)
    .map((sentence) => {
      if (!(CAPPED.test(sentence) || cappedClause) || /扣|减/.test(sentence)) return sentence;
      let s = sentence
        // "(1个渠道3分,最多15分)": the per-unit rule in brackets after what it counts.
        .replace(
          new RegExp(`\\((1(?:${UNIT})[^\\d,;。()分]{0,8}?${NUM}分,(?:最多|最高)(?:得|计|加)?${NUM}分)\\)`),
          ",$1",
        )
        // "1个渠道3分": one unit and its points, where a cap follows.
        .replace(
          new RegExp(`(^|[,;。])1(${UNIT})([^\\d,;。()分得加计]{0,8}?)(${NUM})分(?=,(?:最多|最高))`),
          "$1每$2$3得$4分",
        )
        // "每项1分": the verb left out.
        .replace(new RegExp(`(每(?:${UNIT})[^\\d,;。()分得加计扣]{0,8}?)(${NUM})分(?=[,;。]|$)`), "$1得$2分")
        // "每开工1个项目1分" (held-out set 77): the act, then one unit of what it counts.
        .replace(
          new RegExp(`(每[\u4e00-\u9fa5]{1,4}1(?:${UNIT})[^\\d,;。()分得加计扣]{0,8}?)(${NUM})分(?=[,;。]|$)`),
          "$1得$2分",
        );
      // "每个得1分,最多3个": the cap in units, as points.
      const per = new RegExp(`每(${UNIT})[^\\d,;。]{0,8}?得(${NUM})分`).exec(s);
      if (per) {
        s = s.replace(
          new RegExp(`(最多|最高)(${NUM})(${per[1] as string})(?=[,;。]|$)`),
          (_m, w: string, n: string) =>
            `${w}得${dec(n)
              .times(dec(per[2] as string))
              .toString()}分`,
        );
        s = s.replace(/(?:以)?(?:得满分|满分|加满|得满)为止/, `最多得${points.toString()}分`);
      }
      // “每实行一项得1分,满分3分” (held-out set 32): the 满分 closing per-unit awards is their cap.
      if (new RegExp(`每[^\\d,;。]{0,8}?1?(?:${UNIT})[^\\d,;。]{0,8}?得${NUM}分`).test(s))
        s = s.replace(new RegExp(`,满分(${NUM})分(?=[;。]?$)`), ",最多得$1分");
      return s;
    })
    .join("");
}

// --- ladders of states ------------------------------------------------------------------------------------------------

/**
 * Rungs in the wordings statements.ts does not read: “合理: 2 分” → “合理得2分” (“: 0 分” → “不得分”), and “得一半分”
 * (“基本达到的得一半分”) → half the leaf's points.
 */
export function rungWording(text: string, points: Decimal): string {
  const normal = text.replace(
    /得(?:一半分|一半的分|分值的一半|满分的一半|一半)/g,
    `得${points.dividedBy(2).toString()}分`,
  );
  const rung = new RegExp(`(^|[;。,])([^:;。,\\d]{1,20}):(${NUM})分(?=[;。,]|$)`, "g");
  if ((normal.match(rung)?.length ?? 0) < 2) return normal;
  return normal.replace(rung, (_m, at: string, label: string, n: string) =>
    dec(n).isZero() ? `${at}${label}不得分` : `${at}${label}得${n}分`,
  );
}

/** Words that make a rung the evaluator's call rather than an observed state. */
export const RUNG_JUDGED =
  /较|一般|部分|满足|科学|合理|规范|完善|健全|有效|严格|认真|到位|明显|突出|良好|优秀|好|差|充分|详细|清晰|准确|及时|积极|主动|显著/;
const NEGATION = /^(?:未|不|没有|无)/;

function rungLabel(cond: string): string {
  const pieces = cond.split(",").filter((p) => p !== "");
  return (pieces[pieces.length - 1] ?? "").replace(/^(?:\d{1,2}[.、)]|\(\d{1,2}\))(?!\d)/, "").replace(/的$/, "");
}

/**
 * “全部覆盖得6分；覆盖…三大运营商得3分；未覆盖…其中一家的不得分”: rungs that each give points, the first all of them, each
 * fewer than the one before, then (optionally) one that gives none (…不得分, 否则不得分). A ladder of distinct states is a
 * `levels` rule whose labels are the rungs as worded (the piece before their points, without 的); so is a named scale
 * (合理 / 基本合理 / 不合理, 达到 / 基本达到 / 未达到). Rungs that need judgement (满足需求, 规范, 较好 …) decline the clause.
 * Undefined where the statements are not a ladder.
 */
export function readLadder(statements: readonly Statement[], part: SchemePart, P: Decimal): Read {
  if (part !== "base" || statements.length < 2) return undefined;
  const rungs: Array<{ label: string; points: Decimal }> = [];
  let closed = false;
  for (const s of statements) {
    if (closed) return undefined;
    if (s.kind === "otherwiseZero") {
      rungs.push({ label: OTHERWISE, points: ZERO });
      closed = true;
      continue;
    }
    if (s.kind !== "plain") return undefined;
    const r = s.result;
    // “…不健全的扣10分” under 10分 after the awards: a rung taking all the points scores nothing, from any start
    const all = r.kind === "deduct" && r.points.equals(P) && rungs.length > 0;
    const got = r.kind === "full" ? P : r.kind === "award" ? r.points : r.kind === "zero" || all ? ZERO : undefined;
    if (got === undefined) return undefined;
    if (got.isZero()) closed = true;
    rungs.push({ label: rungLabel(s.raw ?? s.cond), points: got });
  }
  const awarding = rungs.filter((r) => r.points.greaterThan(0));
  if (awarding.length < 2 || !(rungs[0] as { points: Decimal }).points.greaterThanOrEqualTo(P)) return undefined;
  const top = rungs[0] as { label: string; points: Decimal };
  if (top.points.greaterThan(P)) return no(`“${top.label}”得${top.points.toString()}分，超过本项分值`);
  // Points that do not fall rung by rung are not a ladder (a heading “…计2分。” before its own awards, read by
  // assemble.ts); the readers after this one decline what they cannot read.
  for (let i = 1; i < rungs.length; i++) {
    if (!(rungs[i] as { points: Decimal }).points.lessThan((rungs[i - 1] as { points: Decimal }).points)) {
      return undefined;
    }
  }
  if (rungs.some((r) => r.label === "" || /\d/.test(r.label))) return undefined;
  if (new Set(rungs.map((r) => r.label)).size !== rungs.length) return undefined;
  const scale = namedScale(rungs.map((r) => r.label));
  if (scale)
    return levelsOf(
      rungs.map((r, i) => ({ ...r, label: scale[i] as string })),
      rungs[0]?.label,
    );
  const judged = rungs.find((r) => r.label !== OTHERWISE && RUNG_JUDGED.test(r.label));
  if (judged) return no(`“${judged.label}”需要评价人判断，按档计分不能由条款直接确定`);
  // Rungs each stated in their own words may leave a case out or overlap (“组织开展定期培训的；有计划但未完成的；无计划且
  // 未开展的”: a unit with no plan that trained is none of them); only a last rung for everything else closes the ladder.
  const last = rungs[rungs.length - 1] as { label: string };
  if (last.label !== OTHERWISE && !/^其[他它]/.test(last.label)) {
    return no("各档的条件是否覆盖所有情形、有无重叠，条款未说明，请人工设定规则");
  }
  return levelsOf(rungs);
}

/** The rung of 否则不得分: every case the rungs above it do not name. */
const OTHERWISE = "其他情形";

/** The rungs as `levels`; `named`: the first rung as the clause words it with its subject, an alias of its level word. */
function levelsOf(rungs: ReadonlyArray<{ label: string; points: Decimal }>, named?: string): Read {
  const levels = rungs.map((r, i) => ({
    label: r.label,
    points: r.points.toNumber(),
    ...(r.label === OTHERWISE
      ? { aliases: ["否则", "其他"] }
      : i === 0 && named !== undefined && named !== r.label
        ? { aliases: [named] }
        : {}),
  }));
  return { rule: { kind: "levels", levels } };
}

/**
 * 合理 / 基本合理 / 不合理, 达到要求 / 基本达到要求 / 未达到要求, 符合 / 部分符合 / 不符合 (h9-hzyl-1.2–1.5): one word, its
 * 基本 or 部分 and its negation, the levels named — the first may name its subject (“财务会计制度健全的得10分,基本健全的得6分,
 * 不健全的扣10分”: 健全 / 基本健全 / 不健全). The level words, or undefined.
 */
function namedScale(labels: readonly string[]): string[] | undefined {
  if (labels.length !== 3) return undefined;
  // 记录齐全 / 记录不全 / 无记录: complete, incomplete, absent — closed as X / 基本X / 不X is (bareOptions.ts, round 16).
  if (completeness(labels as [string, string, string])) return [...labels];
  const [full, partial, none] = labels as [string, string, string];
  const word = partial.replace(/^(?:基本|部分)/, "");
  if (word === partial || word === "" || !NEGATION.test(none) || none.replace(NEGATION, "") !== word) return undefined;
  if (!full.endsWith(word) || /[,，、;；]/.test(full)) return undefined;
  return [word, partial, none];
}

/**
 * “严格按照实施办法进行项目建设(1分)”, “社区残疾人工作全方位纳入社区建设范畴(3分)” (held-out set 9): a criterion holding a manner
 * without a measure (guards.ts, MANNER) is the evaluator's to weigh, as in a yes/no condition; the clause is declined.
 */
function mannered(items: readonly { label: string }[]): ReturnType<typeof no> | undefined {
  const item = items.find((i) => MANNER.test(i.label));
  const m = item === undefined ? null : MANNER.exec(item.label);
  if (m) return no(`“${m[0]}”没有可计数的标准，“${item?.label ?? ""}”是否做到需要评价人判断`);
  // “1.加大河流、水库保洁力度(2分)”: an effort of extent rewarded (effortAward.ts, guard 60) — in the criterion's own
  // sentence, not a heading run into the first label (h3-qhds-1.1 “…,充分发挥政府统筹协调的作用…。示范县…牵头(1)”)
  const own = (label: string) => label.split(/[。;；]/).pop() ?? label;
  const effort = items.find((i) => effortWord(own(i.label)) !== undefined);
  const word = effort && effortWord(own(effort.label));
  return effort && no(`“${own(effort.label)}”：“${word ?? ""}”是努力的程度，是否做到需要评价人判断`);
}
