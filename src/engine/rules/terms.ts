/**
 * Counted terms, the building block of the per-case families: "每发现1例…扣0.5分", "年审没有落实扣2分",
 * "入户调查率每降低1%扣0.1分", "每报一例得0.1分，封顶0.5分", "少于4次的，每少一次扣0.5分" (the count held, below a
 * target), "差错率控制在2%以内，每超过一个百分点扣0.5分" (a rate above a limit), and beside them a part the evaluator
 * scores by judgement ("重复出现上年度绩效评价问题，按比例扣分" without a rate, "主体单一的，酌情扣分"). A leaf lists its
 * terms in the order the document states them; its input gives each term's count, yes/no, rate or the evaluator's
 * points, keyed "1", "2", … (or a bare value for a single term). A bound term ("参与者人数不足10%扣3分", "入户率100%计0.5分")
 * is a yes/no on a typed rate or number: its points are taken (or given) when the value lies on its side of the bound;
 * 是/否 typed instead says whether it does.
 */
import { z } from "zod";
import { parseCount, parseNumber, parseRate, parseScore, parseYesNo } from "../cell";
import { Decimal, dec, HUNDRED, minDec, percent, plain, ZERO } from "../decimal";
import { fail, inPart, ok, Parsed } from "../result";
import type { InputSlot, RowsParam, SlotKind } from "./family";
import { isPlainObject, ordinalKeys, readParts } from "./parts";
import { points } from "./words";

const label = z.string().min(1);
const amount = z.number().nonnegative();

export const termSchema = z.discriminatedUnion("kind", [
  /** 每例扣/得 d 分 */
  z.strictObject({
    kind: z.literal("count"),
    label,
    /** What is counted, for the header and the sentence ("月次", "户"); default 例, or 项 for listed items. */
    unit: z.string().min(1).optional(),
    /**
     * How many items the clause lists ("三项政策，未贯彻落实每项扣1分": 3): a count above it is an error naming the
     * cell, never capped quietly.
     */
    items: z.number().int().positive().optional(),
    per: amount,
    cap: amount.optional(),
    deduct: z.boolean().optional(),
  }),
  /** 一次性扣/得 d 分 (a yes/no: yes means what the term says happened) */
  z.strictObject({ kind: z.literal("flag"), label, points: amount, deduct: z.boolean().optional() }),
  /** 比率每降低1%扣 d 分 */
  z.strictObject({
    kind: z.literal("shortfall"),
    label,
    target: amount,
    per: amount,
    cap: amount.optional(),
    deduct: z.boolean().optional(),
  }),
  /** 少于 N 次的，每少一次扣 d 分: the input is the count held; each one short of `target` costs `per`. */
  z.strictObject({
    kind: z.literal("below"),
    label,
    /** What is counted ("次", "期"); default 次. */
    unit: z.string().min(1).optional(),
    target: z.number().int().positive(),
    per: amount,
    cap: amount.optional(),
    deduct: z.boolean().optional(),
  }),
  /**
   * 第一名得满分，名次每后退1位扣 d 分 ("第一名10分,依次递减0.4分,递减到0分为止"): the input is the rank (1 for the first),
   * each place behind the first costs `per`.
   */
  z.strictObject({
    kind: z.literal("rank"),
    label,
    per: amount,
    cap: amount.optional(),
    deduct: z.boolean().optional(),
  }),
  /** 比率超过 L，每超过1个百分点扣 d 分 (higher is worse; continuous, as a shortfall is). */
  z.strictObject({
    kind: z.literal("excess"),
    label,
    limit: amount,
    per: amount,
    cap: amount.optional(),
    deduct: z.boolean().optional(),
    /** "与上年相比，每上升一个百分点扣2分": the input is a change, which may be negative (a fall costs nothing). */
    signed: z.boolean().optional(),
  }),
  /**
   * 不足10%扣3分 / 入户率100%计0.5分 / 达到90%以上得1分: a yes/no on a typed rate or number; the points are taken (or
   * given) when the value lies on `side` of `bound` (atLeast/atMost include the bound, below/above do not).
   */
  z.strictObject({
    kind: z.literal("bound"),
    label,
    input: z.enum(["rate", "number"]),
    bound: z.number(),
    side: z.enum(["below", "atMost", "atLeast", "above"]),
    points: amount,
    deduct: z.boolean().optional(),
  }),
  /**
   * 按比例扣分（未写比例）/ 酌情扣分: the evaluator types the points given (or, for a deducting term, taken), 0 to
   * `points`. The rest of the clause stays computed; only this part is judgement.
   */
  z.strictObject({ kind: z.literal("judged"), label, points: z.number().positive(), deduct: z.boolean().optional() }),
]);
export type AllTermParams = z.infer<typeof termSchema>;
/**
 * The terms computed from what a clerk observed: every kind but `judged`. The recogniser drafts only these; a judged
 * part of a clause it names as the evaluator's instead.
 */
export type TermParams = Exclude<AllTermParams, { kind: "judged" }>;

const termName = { zh: "名称", en: "label", type: "text" } as const;
const deduct = { zh: "倒扣", en: "deducts", type: "yesNo" } as const;
const termCap = { zh: "条款封顶", en: "term cap", type: "number" } as const;

/** The terms in 档次与要素: a row kind per term kind. */
export const termRows: RowsParam<z.input<typeof termSchema>> = {
  type: "rows",
  kinds: {
    count: {
      zh: "计数条款",
      en: "counted term",
      fields: {
        label: termName,
        unit: { zh: "计数单位", en: "unit counted", type: "text" },
        items: { zh: "列举项数", en: "items listed", type: "integer" },
        per: { zh: "每例分值", en: "points per case", type: "number" },
        cap: termCap,
        deduct,
      },
    },
    flag: {
      zh: "是否条款",
      en: "yes/no term",
      fields: { label: termName, points: { zh: "分值", en: "points", type: "number" }, deduct },
    },
    shortfall: {
      zh: "比率差额条款",
      en: "rate shortfall term",
      fields: {
        label: termName,
        target: { zh: "达标值", en: "target", type: "rate" },
        per: { zh: "每降1%分值", en: "points per point short", type: "number" },
        cap: termCap,
        deduct,
      },
    },
    below: {
      zh: "少于次数条款",
      en: "count-below-target term",
      fields: {
        label: termName,
        unit: { zh: "计数单位", en: "unit counted", type: "text" },
        target: { zh: "应达次数", en: "count required", type: "integer" },
        per: { zh: "每少一次分值", en: "points per one short", type: "number" },
        cap: termCap,
        deduct,
      },
    },
    rank: {
      zh: "名次条款",
      en: "rank term",
      fields: {
        label: termName,
        per: { zh: "每后退一位分值", en: "points per place behind the first", type: "number" },
        cap: termCap,
        deduct,
      },
    },
    excess: {
      zh: "比率超出条款",
      en: "rate excess term",
      fields: {
        label: termName,
        limit: { zh: "控制线", en: "limit", type: "rate" },
        per: { zh: "每超1%分值", en: "points per point over", type: "number" },
        cap: termCap,
        deduct,
        signed: { zh: "可为负数", en: "may be negative", type: "yesNo" },
      },
    },
    bound: {
      zh: "界限条款",
      en: "bound term",
      fields: {
        label: termName,
        input: { zh: "录入类型", en: "input", type: "choice", choices: { rate: "比率", number: "数值" } },
        bound: { zh: "界限值", en: "bound", type: "number" },
        side: {
          zh: "界限一侧",
          en: "side of the bound",
          type: "choice",
          choices: { below: "低于", atMost: "不高于", atLeast: "不低于", above: "高于" },
        },
        points: { zh: "分值", en: "points", type: "number" },
        deduct,
      },
    },
    judged: {
      zh: "人工评定条款",
      en: "judged term",
      fields: { label: termName, points: { zh: "分值", en: "points", type: "number" }, deduct },
    },
  },
};

interface Term {
  params: AllTermParams;
  rate: Decimal;
  cap: Decimal | undefined;
  target: Decimal;
  limit: Decimal;
}

export type TermInput = Array<Decimal | boolean>;

/** How a family combines its terms: deductions from P, awards from 0, or the amount a penalty takes away. */
export type TermMode = "deduct" | "award" | "penalty";

export interface CompiledTerms {
  slots: InputSlot[];
  parse(raw: unknown): Parsed<TermInput>;
  /** Each term's signed contribution: negative takes points away. */
  contributions(input: TermInput): Decimal[];
  describeTerm(index: number, input: TermInput, contribution: Decimal): string;
  describe(): string;
}

/** What a count term counts: its own unit, else 项 for listed items, else 例. */
function countUnit(term: Extract<AllTermParams, { kind: "count" }>): string {
  return term.unit ?? (term.items !== undefined ? "项" : "例");
}

/** The kind of cell a term's input is: a count, a yes/no, the evaluator's points or a rate. */
function slotKind(term: AllTermParams): SlotKind {
  if (term.kind === "count" || term.kind === "below" || term.kind === "rank") return "count";
  if (term.kind === "flag") return "yesNo";
  if (term.kind === "judged") return "score";
  if (term.kind === "bound") return term.input;
  return "rate";
}

/** The measure a term's input is typed in, for the header and the sentence. */
function termMeasure(term: AllTermParams): string | undefined {
  if (term.kind === "count") return countUnit(term);
  if (term.kind === "below") return term.unit ?? "次";
  if (term.kind === "rank") return "名";
  return undefined;
}

/** The words of a bound term's side: 低于 and 高于 leave the bound out, 不高于 and 不低于 take it in. */
const SIDE_WORDS = { below: "低于", atMost: "不高于", atLeast: "不低于", above: "高于" } as const;

/** Whether a bound term's value lies on its stated side of the bound. */
function onSide(side: keyof typeof SIDE_WORDS, value: Decimal, bound: Decimal): boolean {
  if (side === "below") return value.lessThan(bound);
  if (side === "atMost") return value.lessThanOrEqualTo(bound);
  if (side === "atLeast") return value.greaterThanOrEqualTo(bound);
  return value.greaterThan(bound);
}

/** A bound term's value or bound as the document writes it: 85% for a rate, the plain number else. */
function boundValue(term: Extract<AllTermParams, { kind: "bound" }>, value: Decimal): string {
  return term.input === "rate" ? percent(value) : plain(value);
}

function isDeduction(term: AllTermParams, mode: TermMode): boolean {
  if (mode === "award") return term.deduct === true;
  return true;
}

/** What the evaluator types for a judged term, for the header: "评价人扣分，0～2分". */
function judgedMeasure(max: Decimal, deduction: boolean): string {
  return `评价人${deduction ? "扣" : "给"}分，0～${points(max)}`;
}

/** A judged term's effect in the 工作底稿 sentence: the evaluator's, said so. */
function judgedEffect(value: Decimal, deduction: boolean): string {
  if (value.isZero()) return deduction ? "评价人不扣分" : "评价人不给分";
  return `评价人${deduction ? "扣" : "给"}${points(value)}`;
}

export function compileTerms(terms: readonly AllTermParams[], mode: TermMode): CompiledTerms {
  const compiled: Term[] = terms.map((params) => ({
    params,
    rate: dec(
      params.kind === "flag" || params.kind === "judged" || params.kind === "bound" ? params.points : params.per,
    ),
    cap:
      params.kind !== "flag" && params.kind !== "judged" && params.kind !== "bound" && params.cap !== undefined
        ? dec(params.cap)
        : undefined,
    target: dec(params.kind === "shortfall" || params.kind === "below" ? params.target : 0),
    limit: dec(params.kind === "excess" ? params.limit : params.kind === "bound" ? params.bound : 0),
  }));
  const keys = ordinalKeys(terms.length);
  const labels = terms.map((t) => t.label);
  const slots: InputSlot[] = compiled.map((t, i) => {
    const slot: InputSlot = {
      key: terms.length === 1 ? "" : (keys[i] ?? String(i + 1)),
      label: t.params.label,
      kind: slotKind(t.params),
    };
    const measure =
      t.params.kind === "judged" ? judgedMeasure(t.rate, isDeduction(t.params, mode)) : termMeasure(t.params);
    if (measure !== undefined) slot.measure = measure;
    return slot;
  });

  function parseTerm(term: Term, value: unknown): Parsed<Decimal | boolean> {
    if (term.params.kind === "count") {
      const count = parseCount(value);
      const items = term.params.items;
      if (!count.ok || items === undefined || !count.value.greaterThan(items)) return count;
      return fail(
        "too-many-items",
        `填写了 ${count.value.toString()} 项，但“${term.params.label}”只列了 ${items} 项`,
        `${count.value.toString()} items, but “${term.params.label}” lists only ${items}`,
      );
    }
    if (term.params.kind === "flag") return parseYesNo(value);
    if (term.params.kind === "below") return parseCount(value);
    if (term.params.kind === "rank") return parseRank(term.params.label, value);
    if (term.params.kind === "judged") return parseJudged(term, value);
    // a bound term also takes 是/否, whether the value lies on its side as worded (“评优比例低于20%”: 是), which labels of
    // the documents' clauses read as often as the value itself (held-out set 21)
    if (
      term.params.kind === "bound" &&
      (typeof value === "boolean" || (typeof value === "string" && !/\d/.test(value)))
    )
      return parseYesNo(value);
    if (term.params.kind === "bound" && term.params.input === "number") return parseNumber(value);
    if (term.params.kind === "excess" && term.params.signed) return parseSignedRate(value);
    return parseRate(value);
  }

  /** The evaluator's points for a judged term: within 0 and its points, or an error naming the part. */
  function parseJudged(term: Term, value: unknown): Parsed<Decimal> {
    const parsed = parseScore(value);
    if (!parsed.ok) return parsed;
    const score = parsed.value;
    if (!score.isNegative() && !score.greaterThan(term.rate)) return parsed;
    const verb = isDeduction(term.params, mode) ? "扣" : "给";
    const enVerb = isDeduction(term.params, mode) ? "taken" : "given";
    return fail(
      "out-of-bounds",
      `“${term.params.label}”${verb}分应在 0～${term.rate.toString()} 分之间，填写了 ${score.toString()}`,
      `the points ${enVerb} for “${term.params.label}” must lie between 0 and ${term.rate.toString()}; got ${score.toString()}`,
    );
  }

  function magnitude(term: Term, value: Decimal | boolean): Decimal {
    let m: Decimal;
    if (typeof value === "boolean") m = value ? term.rate : ZERO;
    else if (term.params.kind === "shortfall") {
      m = value.lessThan(term.target) ? term.target.minus(value).times(HUNDRED).times(term.rate) : ZERO;
    } else if (term.params.kind === "below") {
      m = value.lessThan(term.target) ? term.target.minus(value).times(term.rate) : ZERO;
    } else if (term.params.kind === "rank") {
      m = value.minus(1).times(term.rate);
    } else if (term.params.kind === "excess") {
      m = value.greaterThan(term.limit) ? value.minus(term.limit).times(HUNDRED).times(term.rate) : ZERO;
    } else if (term.params.kind === "bound") {
      m = onSide(term.params.side, value, term.limit) ? term.rate : ZERO;
    } else if (term.params.kind === "judged") m = value;
    else m = value.times(term.rate);
    return term.cap ? minDec(m, term.cap) : m;
  }

  /**
   * A count of listed items (“档案室配有计算机、复印机、…,每项计1分”) typed as the items one by one — 是/否 keyed "1", "2" …
   * in the order listed, as “各” lists are (docs/ids-and-inputs.md) — is the number answered 是; as many keys as the
   * clause lists where it says (`items`), each key answered. A count “每人每项” (its label ending 每项) may be typed as the
   * persons of each item, keyed so, and the counts are added.
   */
  function ticked(term: Term, raw: unknown): Parsed<Decimal> | undefined {
    if (term.params.kind !== "count" || !isPlainObject(raw)) return undefined;
    // “每人每项扣5分” (held-out set 64): persons counted item by item, the counts added
    const perItem = /每项$/.test(term.params.label);
    if (countUnit(term.params) !== "项" && !perItem) return undefined;
    const n = Object.keys(raw).length;
    if (n < 2) return undefined;
    const items = term.params.items;
    if (items !== undefined && n !== items) {
      return fail(
        "wrong-part-count",
        `“${term.params.label}”列了 ${items} 项，逐项填写了 ${n} 项`,
        `“${term.params.label}” lists ${items} items; ${n} were answered`,
      );
    }
    const keys = ordinalKeys(n);
    const parts = readParts(
      raw,
      keys,
      keys.map((k) => `第${k}项`),
    );
    if (!parts.ok) return parts;
    const counts = parts.value.map(parseCount);
    if (perItem && counts.every((c) => c.ok)) {
      return ok(counts.reduce((sum: Decimal, c) => (c.ok ? sum.plus(c.value) : sum), ZERO));
    }
    // persons are counted, not ticked: 是 for an item could be one person or several
    if (countUnit(term.params) !== "项") {
      const bad = counts.findIndex((c) => !c.ok);
      return inPart(counts[bad] as Parsed<Decimal>, keys[bad] ?? String(bad + 1));
    }
    let yes = 0;
    for (const [i, v] of parts.value.entries()) {
      const answer = parseYesNo(v);
      if (!answer.ok) return inPart(answer, keys[i] ?? String(i + 1));
      if (answer.value) yes++;
    }
    return ok(dec(yes));
  }

  return {
    slots,
    parse(raw) {
      const values: unknown[] = [];
      const one = compiled.length === 1 ? ticked(compiled[0] as Term, raw) : undefined;
      if (one !== undefined) return one.ok ? ok([one.value]) : one;
      if (compiled.length === 1 && !Array.isArray(raw) && (typeof raw !== "object" || raw === null)) values.push(raw);
      else {
        const parts = readParts(raw, keys, labels);
        if (!parts.ok) return parts;
        values.push(...parts.value);
      }
      const input: TermInput = [];
      for (let i = 0; i < compiled.length; i++) {
        const term = compiled[i] as Term;
        const parsed = parseTerm(term, values[i]);
        if (!parsed.ok) return compiled.length === 1 ? parsed : inPart(parsed, keys[i] ?? String(i + 1));
        input.push(parsed.value);
      }
      return ok(input);
    },
    contributions(input) {
      return compiled.map((term, i) => {
        const m = magnitude(term, input[i] as Decimal | boolean);
        return isDeduction(term.params, mode) ? m.negated() : m;
      });
    },
    describeTerm(index, input, contribution) {
      const term = compiled[index] as Term;
      const value = input[index] as Decimal | boolean;
      if (term.params.kind === "judged" && typeof value !== "boolean") {
        return `${term.params.label}：${judgedEffect(value, isDeduction(term.params, mode))}`;
      }
      const effect = contribution.isZero()
        ? isDeduction(term.params, mode)
          ? "不扣分"
          : "不得分"
        : contribution.isNegative()
          ? `扣${points(contribution.negated())}`
          : `得${points(contribution)}`;
      if (typeof value === "boolean" && term.params.kind === "bound") {
        const said = `${term.params.label}${SIDE_WORDS[term.params.side]}${boundValue(term.params, term.limit)}`;
        return `${said}：${value ? "是" : "否"}，${effect}`;
      }
      if (typeof value === "boolean") return `${term.params.label}：${value ? "是" : "否"}，${effect}`;
      if (term.params.kind === "shortfall" || term.params.kind === "excess") {
        return `${term.params.label}${percent(value)}，${effect}`;
      }
      if (term.params.kind === "bound") return `${term.params.label}${boundValue(term.params, value)}，${effect}`;
      if (term.params.kind === "rank") return `${term.params.label}第${plain(value)}名，${effect}`;
      const unit = termMeasure(term.params) ?? "例";
      return `${term.params.label}${plain(value)}${unit}，${effect}`;
    },
    describe() {
      return compiled
        .map((t) => {
          const verb = isDeduction(t.params, mode) ? "扣" : "得";
          const cap = t.cap ? `，封顶${points(t.cap)}` : "";
          if (t.params.kind === "count" && t.params.items !== undefined) {
            return `${t.params.label}每项${verb}${points(t.rate)}（共${t.params.items}项）${cap}`;
          }
          if (t.params.kind === "count")
            return `${t.params.label}每${countUnit(t.params)}${verb}${points(t.rate)}${cap}`;
          if (t.params.kind === "flag") return `${t.params.label}${verb}${points(t.rate)}`;
          if (t.params.kind === "judged") {
            return `${t.params.label}，评价人酌情${verb === "扣" ? "扣" : "给"}分（0～${points(t.rate)}）`;
          }
          if (t.params.kind === "below") {
            const unit = termMeasure(t.params) ?? "次";
            return `${t.params.label}少于${plain(t.target)}${unit}的，每少1${unit}${verb}${points(t.rate)}${cap}`;
          }
          if (t.params.kind === "bound") {
            return `${t.params.label}${SIDE_WORDS[t.params.side]}${boundValue(t.params, t.limit)}${verb}${points(t.rate)}`;
          }
          if (t.params.kind === "rank") {
            const first = isDeduction(t.params, mode) ? "不扣分" : "不得分";
            return `${t.params.label}第1名${first}，名次每后退1位${verb}${points(t.rate)}${cap}`;
          }
          if (t.params.kind === "excess") {
            return `${t.params.label}超过${percent(t.limit)}的，每超过1个百分点${verb}${points(t.rate)}${cap}`;
          }
          return `${t.params.label}低于${percent(t.target)}的，每降低1%${verb}${points(t.rate)}${cap}`;
        })
        .join("；");
    },
  };
}

/** A rank (“第3名” typed as 3): a whole number from 1, the first. */
function parseRank(label: string, value: unknown): Parsed<Decimal> {
  const parsed = parseCount(value);
  if (!parsed.ok || !parsed.value.isZero()) return parsed;
  return fail(
    "out-of-bounds",
    `“${label}”填写名次，第1名填1，填写了 0`,
    `“${label}” takes a rank, 1 for the first; got 0`,
  );
}

/** A change of a rate ("-5%", -0.05: a fall against last year): a rate with its sign. */
function parseSignedRate(value: unknown): Parsed<Decimal> {
  const text = typeof value === "string" ? value.trim() : undefined;
  const negative = (typeof value === "number" && value < 0) || (text !== undefined && /^[-−－]/.test(text));
  if (!negative) return parseRate(value);
  const parsed = parseRate(typeof value === "number" ? -value : (text as string).slice(1));
  return parsed.ok ? ok(parsed.value.negated()) : parsed;
}
