/**
 * Statements → one rule. Each reading below takes a fixed shape of statements and nothing else; a clause that fits
 * none, or fits in a way the text leaves open, is declined with its reason. A wrong draft is worse than none.
 */
import { Decimal, dec, HUNDRED, ONE, ZERO } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import type { TermParams } from "../rules/terms";
import { EVENT, openCount } from "./once";
import { settleNumeric } from "./numeric";
import { readStatement } from "./statements";
import { conditionPieces, JOINED } from "./windows";
import { noneFailing } from "./noneFailing";
import { countTiers } from "./countTiers";
import { oneEachAward } from "./oneEachAward";
import { boundAsTerm, boundOf } from "./boundTerm";
import type { Bound, Range, Result, Statement } from "./statements";

export type Assembled = { ok: true; rule: RuleInput } | { ok: false; reason: string };

const no = (reason: string): Assembled => ({ ok: false, reason });
const yes = (rule: RuleInput): Assembled => ({ ok: true, rule });
const num = (d: Decimal): number => d.toNumber();

type Of<K extends Statement["kind"]> = Extract<Statement, { kind: K }>;

function pick<K extends Statement["kind"]>(statements: readonly Statement[], kind: K): Of<K>[] {
  return statements.filter((s): s is Of<K> => s.kind === kind);
}

/** The points a result gives on a leaf of P points, or undefined where it cannot be a band's points. */
function pointsOf(result: Result, P: Decimal): Decimal | undefined {
  switch (result.kind) {
    case "full":
      return P;
    case "zero":
      return ZERO;
    case "award":
      return result.points;
    case "deduct":
      return P.minus(result.points);
    case "deductShare":
      return P.times(ONE.minus(result.share));
  }
}

/** Full points, said as 满分 or as the leaf's own points. */
function isFull(result: Result, P: Decimal): boolean {
  return result.kind === "full" || (result.kind === "award" && result.points.equals(P));
}

/** What each percentage point costs, from "每降低0.1个百分点扣0.2分" (2 points per point). */
function perPoint(result: Result, step: Decimal): { points: number } | { share: number } | undefined {
  const points = step.times(HUNDRED);
  if (result.kind === "deduct") return { points: num(result.points.dividedBy(points)) };
  if (result.kind === "deductShare") return { share: num(result.share.dividedBy(points)) };
  return undefined;
}

/**
 * "按指南要求规范组织实施…，得1分；未组织或组织实施不规范，不得分": a 不得分 right after an award, for its failing
 * (未…, 不…, 无…), is that award's 否则不得分.
 */
function failingAsOtherwise(statements: readonly Statement[]): Statement[] {
  return statements.map((s, i) => {
    const before = statements[i - 1];
    if (s.kind !== "plain" || before?.kind !== "plain" || before.result.kind !== "award") return s;
    // “制定…实施方案，记1分；否则扣1分”: 否则 taking back exactly the award is its 否则不得分.
    if (s.cond === "否则") {
      const back =
        s.result.kind === "zero" || (s.result.kind === "deduct" && s.result.points.equals(before.result.points));
      return back ? { kind: "otherwiseZero" } : s;
    }
    if (!/^(?:未|不|无|没有)/.test(s.cond)) return s;
    // Only the failing of that award: “积极开展妇女工作活动的记5分，无专职干部不记分” names another condition, a term of
    // its own (a shared two-character word ties them: 组织实施, 齐全).
    if (!failingOfAward(s.cond, before.raw ?? before.cond, s.result.kind === "deduct")) return s;
    // "项目档案资料齐全的得2分，不齐全的扣2分": taking back exactly the award is its 否则不得分 too (is 是 then 齐全).
    const takesItBack = s.result.kind === "deduct" && s.result.points.equals(before.result.points);
    return s.result.kind === "zero" || takesItBack ? { kind: "otherwiseZero" } : s;
  });
}

/**
 * Whether a failing is the award's own: it names what the award names (a shared two-character word: “组织实施”, 不齐全
 * beside 齐全), says only that it was not reached (“达不到的”, “未达到”), or is late where the award is on time (“逾期”
 * beside “在规定时限内…及时…”).
 */
function failingOfAward(failing: string, award: string, deducts = false): boolean {
  const bare = failing.replace(/^(?:未|不|无|没有)/, "").replace(/的$/, "");
  const generic = /^(?:达不到|未达到|未达|达不到要求|未达到要求|不达标|未完成|完不成|不符合|不合格|否)$/;
  if (generic.test(failing.replace(/的$/, ""))) return true;
  if (/^(?:逾期|超期|超时|过期|延期)$/.test(bare) && /时限|及时|按时|限期|前|内/.test(award)) return true;
  // “将…列为主管责任范围，纳入政绩考评内容，记1分，未纳入的扣1分”: an award of several conditions and a deduction for a
  // failing of only some of them — a unit meeting the others but not that one may keep the rest or score 0, so it is not
  // the award's 否则. (A failing that scores 0 — “…的计2分，未按时完成的计0分” — gives 0 either way.)
  const parts = award.split(",").filter((p) => (p.match(/[\u4e00-\u9fa5]/g)?.length ?? 0) >= 4);
  if (deducts && parts.length >= 2) return parts.every((p) => sharesWord(bare, p));
  return sharesWord(bare, award);
}

/** Whether the two texts share a two-character run of Chinese (“组织实施” in both, “齐全” in 不齐全). */
function sharesWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) {
    const w = a.slice(i, i + 2);
    if (/^[\u4e00-\u9fa5]{2}$/.test(w) && b.includes(w)) return true;
  }
  return false;
}

/**
 * "3.完成永久基本农田划定工作计2分。在…以前完成…的计2分，未按时完成的计0分。" (2分): a first award of all the points
 * followed by awards that make up the points again, each with its failing stated (…计0分, 否则不得分), is the item's
 * heading restating its 分值, not a term. Only that shape; anything else is left as it was.
 */
function restatedPoints(statements: readonly Statement[], P: Decimal): Statement[] {
  const [first, ...rest] = statements;
  if (first?.kind !== "plain" || !isFull(first.result, P) || /^(?:未|不|无|没有)/.test(first.cond))
    return [...statements];
  const awards = rest.filter((s): s is Of<"plain"> => s.kind === "plain" && s.result.kind === "award");
  const others = rest.filter(
    (s) => s.kind !== "otherwiseZero" && s.kind !== "floor" && !awards.includes(s as Of<"plain">),
  );
  const failings = rest.filter((s) => s.kind === "otherwiseZero").length;
  const sum = awards.reduce((a, s) => a.plus((s.result as { points: Decimal }).points), ZERO);
  if (awards.length === 0 || others.length > 0 || failings !== awards.length || !sum.equals(P)) return [...statements];
  return rest;
}

/**
 * "未建立值班制度、报告制度的各扣1分": each listed condition a plain statement of its own, in the order listed, so every
 * reading and check of a plain condition (per case or once, in a penalty part a state) applies to each.
 */
function eachAsPlain(statements: readonly Statement[]): Statement[] {
  return statements.flatMap((s): Statement[] =>
    s.kind === "each"
      ? s.labels.map((label) => ({
          kind: "plain",
          result: s.verb === "deduct" ? { kind: "deduct", points: s.points } : { kind: "award", points: s.points },
          cond: label,
          raw: label,
        }))
      : [s],
  );
}

export function assemble(read: readonly Statement[], part: SchemePart, P: Decimal): Assembled {
  const named = pick(read, "floor").find((s) => s.points !== undefined && !s.points.equals(P));
  if (named?.points)
    return no(`“${named.points.toString()}分扣完为止”与本项分值${P.toString()}分不一致，计分方式不明确`);
  const each = read.filter((s) => s.kind === "each");
  if (each.some((s) => s.verb === "award") && part !== "bonus") {
    return no("“各加/各得”列出的几种情形各得多少、合计是否为本项分值，文件未说明");
  }
  // "完成得基本分，每超额1%加0.5分，加分至基本分值为止" (base): awards on top of the full points, up to as many again; the
  // leaf holds no more than its points, so only a bonus part, whose points are what the awards reach, is read.
  if (read.some((s) => s.kind === "awardToPoints") && part !== "bonus") {
    return no("“加分至基本分值为止”：加分是否可超出本项满分，文件未说明");
  }
  // A quantity with a unit of measure, a number in an award's heading (numeric.ts).
  // “受到国家表彰的,一次加3分” in a bonus part: each occurrence adds it (oneEachAward.ts).
  const settled = settleNumeric(oneEachAward(read, part), P);
  if (!Array.isArray(settled)) return no(settled.reason);
  const statements = restatedPoints(
    failingAsOtherwise(eachAsPlain(settled)).filter((s) => s.kind !== "awardToPoints"),
    P,
  );
  if (statements.some((s) => s.kind === "proportional")) return proportional(statements, part, P);
  const separately = pick(statements, "separately");
  const slopes = pick(statements, "slope");
  const bands = pick(statements, "band");
  const plains = pick(statements, "plain");
  const counts = pick(statements, "count");
  const belows = pick(statements, "below");
  const otherwise = pick(statements, "otherwiseZero");
  if (statements.length === 0) return no("评分标准中没有可计算的计分表述");
  if (separately.length > 0) {
    // “…每次扣0.5分;…被镇、县及县以上督查通报的,每项分别扣2分、4分、6分” (round 10): a 每 list matched one to one
    // beside per-case counts only is a count per item, in the clause's order. Deductions only: awards so listed beside
    // others (zj-65.1, “每次分别加1分、0.5分” under “同一项目按照分值高的加分”) may not add up, and stay declined.
    const list = separately[0] as Of<"separately">;
    const tiered = list.labels.some((l) => /^\d/.test(l));
    if (
      separately.length === 1 &&
      list.each &&
      list.verb === "deduct" &&
      !tiered &&
      list.labels.length === list.amounts.length &&
      counts.length > 0 &&
      slopes.length + bands.length + belows.length + plains.length === 0
    ) {
      const perItem = (l: string, i: number): Statement => {
        return { kind: "count", verb: list.verb, per: list.amounts[i] as Decimal, label: l, unit: "例" };
      };
      return assemble(
        statements.flatMap((s) => (s === list ? list.labels.map(perItem) : [s])),
        part,
        P,
      );
    }
    if (separately.length > 1 || slopes.length + bands.length + counts.length + belows.length + plains.length > 0) {
      return no("“分别扣/加”与其他计分表述并存，各自的对应关系不明确");
    }
    return readSeparately(separately[0] as Of<"separately">, statements, part, P);
  }
  if (slopes.length > 0) return readSlopes(statements, part, P);
  if (bands.length > 0) {
    const done = completedBand(statements, P);
    if (done) return assemble(done, part, P);
    // “无故缺席一次扣3分,两次扣5分,三次(含)以上不得分”: tiers of one count (countTiers.ts).
    const spelt = part === "base" ? countTiers(statements, P) : undefined;
    if (spelt) return yes(spelt);
    const tiered = countToZero(statements, part, P);
    if (tiered) return tiered;
    // “参与者人数不足10%扣3分” beside other terms: a yes/no on the typed rate (boundTerm.ts).
    const bounded = boundAsTerm(statements, P);
    if (bounded) return readTerms(bounded, part, P);
    if (counts.length + belows.length > 0) return no("分档与按例计分并存，计分方式不明确");
    // “各…符合要求，得1分；1个…不符合要求，得0.5分；2个及以上…不得分”: all meeting it is none failing (noneFailing.ts).
    const none = noneFailing(statements, P);
    if (none) return readBands(pick(none, "band"), otherwise.length > 0, part, P);
    if (plains.length > 0) return no("分档之外还有不带数值的计分条件，计分方式不明确");
    return readBands(bands, otherwise.length > 0, part, P);
  }
  return readTerms(statements, part, P);
}

/**
 * "完成年度投资计划任务得标准分,未完成的按实际完成率乘以标准分计分": the points for the task completed, and the points
 * times the completion rate short of it: P × r, r at most 100%. Only these two statements, in this order.
 */
function proportional(statements: readonly Statement[], part: SchemePart, P: Decimal): Assembled {
  const scoring = statements.filter((s) => s.kind !== "floor");
  const [done, rate] = scoring;
  if (
    scoring.length !== 2 ||
    done?.kind !== "plain" ||
    !isFull(done.result, P) ||
    !(COMPLETED.test(done.cond) || /^完成或超额完成(?:目标值|目标任务|任务|目标)(?:的)?$/.test(done.cond)) ||
    rate?.kind !== "proportional"
  ) {
    return no("按完成率乘以分值计分与其他计分表述并存，计分方式不明确");
  }
  if (part === "penalty") return no("扣分项中的比率计分，请人工设定规则");
  return yes({ kind: "rateProportional" });
}

/** The most tiers a count is spelt out into (每迟报一天扣1分；迟报四天及以上不得分: 4 below the zero tier). */
const MAX_TIERS = 20;

/**
 * "每迟报一天扣1分；迟报四天及以上不得分", "发现一次的，扣0.5分；发现有两次及以上的，此项不得分": one count, each occurrence
 * taking its amount, and from N on none of the points. Written out as bands on the count (0 … N−1 by the amount, N and
 * more 0), since the zero tier may come before the amounts reach it.
 */
function countToZero(statements: readonly Statement[], part: SchemePart, P: Decimal): Assembled | undefined {
  const counts = pick(statements, "count");
  const bands = pick(statements, "band");
  const scoring = statements.filter((s) => s.kind !== "floor");
  if (part !== "base" || counts.length !== 1 || bands.length !== 1 || scoring.length !== 2) return undefined;
  const count = counts[0] as Of<"count">;
  const band = bands[0] as Of<"band">;
  const from = band.range.min;
  if (
    count.verb !== "deduct" ||
    band.result.kind !== "zero" ||
    band.range.measure !== "count" ||
    band.range.max !== undefined ||
    from === undefined ||
    !from.inclusive ||
    !from.value.isInteger() ||
    from.value.lessThan(1) ||
    from.value.greaterThan(MAX_TIERS) ||
    band.range.unit !== count.unit ||
    statements.indexOf(count) > statements.indexOf(band)
  ) {
    return no("按次计扣与“N次及以上不得分”的对应关系不明确，请人工设定规则");
  }
  const N = from.value.toNumber();
  const tiers = [];
  for (let n = 0; n < N; n++) {
    const left = P.minus(count.per.times(n));
    tiers.push({ min: n, max: n, points: num(left.isNegative() ? ZERO : left) });
  }
  tiers.push({ min: N, points: 0 });
  return yes({ kind: "bands", input: "count", unit: count.unit, bands: tiers });
}

/** A condition that is a failure (未设置, 没有授权书, 不能准确显示, 无…, 超过下达的指标): what does not take the points. */
const FAILURE = /未|没有|无|不|缺|超过|超出/;
/** A condition that opens by negating what is done (未建立, 无台账, 没有), not by a bound (不低于, 不少于, 不超过). */
const NEGATED_START = /^(?:未|无|没有|缺|不(?!低于|少于|超过|高于|大于|小于|多于|少|低|超))/;
/** The failing of an award (未…, 不…, 逾期, 低于…), as opposed to an event of its own (发生事故, 被通报). */
const failingOf = (cond: string): boolean =>
  (FAILURE.test(cond) || /逾期|超期|超时|低于|少于|不足|迟/.test(cond)) && !ADVERSE_EVENT.test(cond);
/** Events beside an award that are not its failing. */
const ADVERSE_EVENT =
  /发生|出现|造成|导致|被[\u4e00-\u9fa5]{0,8}?(?:通报|批评|约谈|问责|处分|处罚|曝光|查处)|弄虚作假|事故|投诉/;
/**
 * An adverse event (发生…事故, 被…通报批评, 弄虚作假): where it takes all the points, once is as good as many, so "…的，不得
 * 分" alone gives the points when it did not happen, as a failure does.
 */
const ADVERSE =
  /发生|出现|造成|导致|被[\u4e00-\u9fa5]{0,8}?(?:通报|批评|约谈|问责|处分|处罚|曝光|查处|否决)|弄虚作假|瞒报|谎报|虚报|漏报|迟报|违规|违反|违纪|违法|套取|挪用|截留|挤占|事故/;
/**
 * A term that qualifies the one before ("造成严重后果的，每起扣10分", "出现严重表述性错误的，每项扣2分"): replacing or added,
 * the text does not say.
 */
const QUALIFIER = /^(?:造成|导致|情节|后果|性质|影响|严重)/;

// --- terms: per case, yes/no, below a target, above a limit ---------------------------------------------------------

function family(
  part: SchemePart,
  verbs: ReadonlySet<"deduct" | "award">,
): "perCaseDeduction" | "perCaseAward" | "penalty" | string {
  if (part === "penalty") return verbs.has("award") ? "扣分项中出现加分表述，计分方向不明确" : "penalty";
  if (verbs.has("award")) return "perCaseAward";
  if (part === "bonus") return "加分项中只有扣分表述，计分方向不明确";
  return "perCaseDeduction";
}

/** The statement each counted term was read from, so a cap said of one term finds it (withCaps). */
const ORIGIN = new WeakMap<TermParams, Statement>();

/** Statements that score (as opposed to bounds: 扣完为止, 最多扣…). */
const SCORING = new Set<Statement["kind"]>(["count", "below", "plain", "each", "separately", "slope", "band"]);

/**
 * "每发现1例扣0.5分，最多扣2分；未建立台账的扣1分": a cap that ends a sentence (split on 。；) holding one counted term,
 * with terms after it in the clause, bounds that term. The term it bounds, or undefined where that is not certain: the
 * sentence holds other scoring words, or the cap ends the clause (then it may bound them all).
 */
function cappedTerm(
  cap: Of<"cap">,
  statements: readonly Statement[],
  terms: readonly TermParams[],
): number | undefined {
  if (cap.sentence === undefined || !cap.last) return undefined;
  let scoring = 0;
  let pending = "";
  for (const piece of cap.sentence.split(/,/)) {
    if (piece === "") continue;
    const joined = pending === "" ? piece : `${pending},${piece}`;
    const read = readStatement(joined);
    if (read === undefined) {
      pending = joined;
      continue;
    }
    pending = "";
    if (read.kind === "decline" || SCORING.has(read.kind)) scoring++;
  }
  if (scoring !== 1 || pending !== "") return undefined;
  const at = statements.indexOf(cap);
  const before = statements.slice(0, at).filter((s) => SCORING.has(s.kind));
  const target = before[before.length - 1];
  if (target === undefined || (target.kind !== "count" && target.kind !== "below")) return undefined;
  if (!statements.slice(at + 1).some((s) => SCORING.has(s.kind))) return undefined;
  const index = terms.findIndex((t) => ORIGIN.get(t) === target);
  return index < 0 ? undefined : index;
}

function withCaps(terms: TermParams[], statements: readonly Statement[], P: Decimal): TermParams[] | string {
  const caps = pick(statements, "cap");
  for (const cap of caps) {
    if (cap.points.greaterThanOrEqualTo(P)) continue; // the leaf's own points bind first
    const own = terms.length > 1 ? cappedTerm(cap, statements, terms) : undefined;
    if (own !== undefined) {
      const term = terms[own] as TermParams;
      if (term.kind === "flag" || term.kind === "bound" || term.cap !== undefined) return "上限作用于哪一项不明确";
      terms[own] = { ...term, cap: num(cap.points) };
      continue;
    }
    if (terms.length !== 1)
      return `“最多${cap.verb === "deduct" ? "扣" : "得"}${cap.points.toString()}分”低于本项分值，但本项有多项计分，上限作用于哪一项不明确`;
    const term = terms[0] as TermParams;
    if (term.kind === "flag" || term.kind === "bound") return "一次性扣分不应再有上限，计分方式不明确";
    terms[0] = { ...term, cap: num(cap.points) };
  }
  return terms;
}

function build(kind: string, terms: TermParams[], statements: readonly Statement[], P: Decimal): Assembled {
  if (kind !== "perCaseDeduction" && kind !== "perCaseAward" && kind !== "penalty") return no(kind);
  const capped = withCaps(terms, statements, P);
  if (typeof capped === "string") return no(capped);
  return yes({ kind, terms: capped } as RuleInput);
}

function readTerms(statements: readonly Statement[], part: SchemePart, P: Decimal): Assembled {
  const terms: TermParams[] = [];
  const verbs = new Set<"deduct" | "award">();
  /** The terms that award, as opposed to those that take away. */
  const awarding = new Set<TermParams>();
  let start: Of<"plain"> | undefined;
  /** Each "…不得分" and where it stands among the terms, for keying it in the clause's order. */
  const zeroIfs: Array<{ s: Of<"plain">; at: number }> = [];
  const plains = pick(statements, "plain");
  const otherwise = pick(statements, "otherwiseZero").length > 0;
  const scoring = statements.filter((s) => s.kind === "count" || s.kind === "below" || s.kind === "plain");
  for (const s of scoring) {
    if (s.kind === "count") {
      verbs.add(s.verb);
      const label = s.label || `第${terms.length + 1}项`;
      const count: TermParams = { kind: "count", label, per: num(s.per), ...(s.unit !== "例" ? { unit: s.unit } : {}) };
      ORIGIN.set(count, s);
      if (s.verb === "award") awarding.add(count);
      terms.push(count);
    } else if (s.kind === "below") {
      verbs.add("deduct");
      const label = s.label || `第${terms.length + 1}项`;
      const below: TermParams = {
        kind: "below",
        label,
        target: num(s.target),
        per: num(s.per),
        ...(s.unit !== "次" ? { unit: s.unit } : {}),
      };
      ORIGIN.set(below, s);
      terms.push(below);
    } else if (s.kind === "plain") {
      if (isFull(s.result, P) && part === "penalty") continue; // "未发生…的不扣分": nothing taken
      if (isFull(s.result, P)) {
        if (start) return no("两处“得满分”的条件，计分方式不明确");
        // “未建立台账得2分。每缺一项扣1分”: a failing that earns all the points contradicts the deductions beside it
        // (a slip for 扣, or a heading gone wrong); “未发生安全事故的得满分” negates an adverse event and is read.
        if (scoring.length > 1 && NEGATED_START.test(s.cond) && !ADVERSE.test(s.raw ?? s.cond))
          return no(`“${s.cond}”是未做到的情形，却得满分，与其他计分表述矛盾，请人工设定规则`);
        start = s;
      } else if (s.result.kind === "zero") {
        zeroIfs.push({ s, at: terms.length });
      } else if (s.result.kind === "deduct") {
        verbs.add("deduct");
        if (s.cond === "") return no("“扣分”未说明在什么情形下扣，请人工设定规则");
        // "…不得分，并扣…": a second result of the same condition, not a term of its own.
        if (/^(?:并|且|同时|另)/.test(s.cond)) return no(`“${s.cond}”承接上一句的条件，计分方式不明确`);
        if (s.result.points.greaterThan(P)) return no(`“${s.cond}”扣${s.result.points.toString()}分，超过本项分值`);
        // "…的，扣N分" without 每: a state or a failing once; an event, a per-period requirement, a list open (once.ts).
        const open = openCount(s.cond, s.raw ?? s.cond, s.result.points, P, scoring.length === 1);
        if (open !== undefined) return no(open);
        terms.push(boundOf(s) ?? { kind: "flag", label: s.cond, points: num(s.result.points) });
      } else if (s.result.kind === "award") {
        verbs.add("award");
        if (s.cond === "") return no("“加分”未说明在什么情形下得，请人工设定规则");
        const flag: TermParams = boundOf(s) ?? { kind: "flag", label: s.cond, points: num(s.result.points) };
        awarding.add(flag);
        terms.push(flag);
      } else return no("未能读懂按权重比例扣分的条件，请人工设定规则");
    }
  }
  // "…的，得2分（否则不得分）" / "未建立的不得分" / "未建立扣2分" (= P): all or nothing.
  if (terms.length === 0) {
    if (start && plains.length === 1) {
      const shared = sharedAward(start.raw ?? start.cond, P, statements);
      if (shared) return no(shared);
      return part === "base" || part === "bonus"
        ? yes({ kind: "allOrNothing", sense: "condition" })
        : no("扣分项中出现得分表述");
    }
    // "…的，得满分；未建立的不得分": the 不得分 is the award's failing. Another event ("发生事故的，不得分") or another
    // failing ("积极开展…活动的记5分，无专职干部不记分": nothing in common with the award) is a second condition the
    // award does not cover: declined below.
    if (
      start &&
      zeroIfs.length === 1 &&
      plains.length === 2 &&
      failingOf(zeroIfs[0]?.s.raw ?? zeroIfs[0]?.s.cond ?? "") &&
      failingOfAward(zeroIfs[0]?.s.cond ?? "", start.raw ?? start.cond)
    )
      return yes({ kind: "allOrNothing", sense: "condition" });
    if (start && zeroIfs.length > 0) {
      return no(`“得满分”的条件之外另有不得分的情形（“${zeroIfs[0]?.s.cond ?? ""}”），两者如何合并计分未说明`);
    }
    if (zeroIfs.length > 0 && !start) {
      // "调度室未设置系统专用显示终端，不得分" (2分): a failure that takes all the points, and nothing else stated, so
      // the points are the leaf's when it did not happen. Several such failures are each a yes/no of all the points.
      const failures = zeroIfs.every(
        (z) => z.s.cond !== "" && (FAILURE.test(z.s.cond) || ADVERSE.test(z.s.raw ?? z.s.cond)),
      );
      // A penalty-style indicator (points taken from its 分值): "…的，该项不得分" takes all of them; "年度考核不得分"
      // zeroes more than the indicator and is not read.
      const whole = zeroIfs.some((z) => {
        const tail = /[^,的]*$/.exec(z.s.raw ?? z.s.cond)?.[0] ?? "";
        return (
          tail !== "" && /^(?:年度|全年|当年|本年度)?(?:考核|考评|评价|评比|绩效)?(?:总分|得分|成绩|结果)?$/.test(tail)
        );
      });
      if (part === "penalty" && !otherwise && failures && !whole && plains.length === zeroIfs.length) {
        return build(
          "penalty",
          zeroIfs.map((z) => ({ kind: "flag", label: z.s.cond, points: num(P) })),
          statements,
          P,
        );
      }
      if (part !== "base" || otherwise || !failures || plains.length !== zeroIfs.length) {
        return no("只说明了不得分的情形，满足时得多少分未说明");
      }
      if (zeroIfs.length === 1) return yes({ kind: "allOrNothing", sense: "failure", question: zeroIfs[0]?.s.cond });
      return build(
        "perCaseDeduction",
        zeroIfs.map((z) => ({ kind: "flag", label: z.s.cond, points: num(P) })),
        statements,
        P,
      );
    }
    return no("评分标准中没有可计算的计分表述");
  }
  if (terms.length > 1 && terms.some((t) => QUALIFIER.test(t.label))) {
    return no("后一项（如“造成严重后果的”）是替代前一项的扣分还是另加，文件未说明");
  }
  if (zeroIfs.length > 0) {
    // "未实行专项管理，不得分；资金台账不清晰，每例扣0.5分", "无大屏显示装置不得分；面积、内容不符合要求扣0.5分；大屏不能
    // 正常使用，不得分": beside deductions only, each "不得分" takes all the points (the floor holds the leaf at 0), a
    // yes/no term in its place. However many there are, each reads the same.
    if (start || verbs.has("award") || part !== "base" || zeroIfs.some((z) => z.s.cond === "") || otherwise) {
      return no("“不得分”的条件与其他计分表述并存，计分方式不明确");
    }
    for (const z of [...zeroIfs].reverse()) terms.splice(z.at, 0, { kind: "flag", label: z.s.cond, points: num(P) });
  }
  const awards = terms.filter((t): t is Extract<TermParams, { kind: "flag" }> => t.kind === "flag" && awarding.has(t));
  const awardSum = awards.reduce((a, t) => a.plus(t.points), ZERO);
  if (otherwise) {
    // "…的，得1分，否则不得分。…，得1分，否则不得分。": each condition its own yes/no, together the leaf's points.
    const pairs = pick(statements, "otherwiseZero").length;
    // One "否则不得分" after the last of several such awards reads the same: each award is given when its condition holds.
    if (verbs.has("deduct") || pairs > awards.length || awards.length !== terms.length || !awardSum.equals(P)) {
      return no("“否则不得分”与按例计分并存，计分方式不明确");
    }
    return build("perCaseAward", terms, statements, P);
  }
  if (start && (verbs.has("award") || part !== "base")) return no("“得满分”与加分表述并存，计分方式不明确");
  const only = terms[0] as TermParams;
  if (
    terms.length === 1 &&
    only.kind === "flag" &&
    verbs.has("deduct") &&
    part === "base" &&
    dec(only.points).equals(P)
  ) {
    // An award of the points beside it whose failing this is not (failingAsOtherwise): two conditions, not one.
    const award = plains.find(
      (p) =>
        p.result.kind === "award" &&
        (p.cond.match(/[\u4e00-\u9fa5]/g)?.length ?? 0) >= 4 &&
        !/^(?:总计|合计|共计|总分|满分|本项|该项)/.test(p.cond),
    );
    if (award !== undefined) {
      return no(`得分的条件与扣分的条件（“${only.label}”）不是同一件事，两者如何合并计分未说明`);
    }
    return yes({ kind: "allOrNothing", sense: "failure", question: only.label });
  }
  if (terms.length === 1 && only.kind === "flag" && verbs.has("award") && part !== "penalty") {
    if (dec(only.points).equals(P)) return yes({ kind: "allOrNothing", sense: "condition", question: only.label });
    // "省委召开现场会推广典型经验的，加5分" in a bonus part of 10: a 加分 is added where its condition holds, nothing
    // otherwise (as a bonus tier is, readBands).
    // An event that can happen more than once (被…通报表彰) leaves open whether each adds it, as a deduction's does.
    const raw = plains.find((p) => p.cond === only.label)?.raw ?? only.label;
    if (part === "bonus" && !start && !EVENT.test(raw)) return build("perCaseAward", terms, statements, P);
    return no(`只说明了得${only.points}分的情形，其余如何计分未说明`);
  }
  if (verbs.has("award") && verbs.has("deduct")) {
    if (part === "penalty") return no("扣分项中出现加分表述，计分方向不明确");
    // "…得0.5分；…得0.5分；救助不到位，每发现1例扣0.2分" (1分): the awards make up the points, the deductions take away.
    // Only yes/no awards make a clear starting point; an award per case beside deductions does not.
    if (awards.length === 0 || !awardSum.equals(P) || terms.some((t) => awarding.has(t) && t.kind !== "flag")) {
      return no("同一条款既有加分又有扣分，起点分未说明");
    }
    const marked = terms.map((t) => (awarding.has(t) ? t : { ...t, deduct: true }));
    return build("perCaseAward", marked, statements, P);
  }
  return build(family(part, verbs), terms, statements, P);
}

function readSeparately(
  s: Of<"separately">,
  statements: readonly Statement[],
  part: SchemePart,
  P: Decimal,
): Assembled {
  if (s.labels.length !== s.amounts.length) {
    return no(`“分别”列出 ${s.labels.length} 种情形、${s.amounts.length} 个分值，对应关系不明确`);
  }
  const tiers = s.labels.map((l) => /^(\d+)(?:次|例|个|项|件|起|天|日|月|名|人)?(及以上|以上)?$/.exec(l));
  if (tiers.every((t) => t !== null)) {
    // "1次、2次、3次及以上分别扣1分、2分、3分": replacing tiers on the count.
    if (part === "penalty" || s.verb !== "deduct") return no("按次数分档加分或扣分项中的分档，请人工设定规则");
    const bands = [];
    for (let i = 0; i < tiers.length; i++) {
      const t = tiers[i] as RegExpExecArray;
      const n = Number(t[1]);
      const open = t[2] !== undefined;
      if (n !== i + 1 || (open && i !== tiers.length - 1)) return no("分档次数不连续，计分方式不明确");
      const amount = s.amounts[i] as Decimal;
      if (amount.greaterThan(P)) return no(`扣${amount.toString()}分超过本项分值`);
      bands.push(open ? { min: n, points: num(P.minus(amount)) } : { min: n, max: n, points: num(P.minus(amount)) });
    }
    if (tiers[tiers.length - 1]?.[2] === undefined) return no("最高一档之上如何扣分未说明");
    return yes({ kind: "bands", input: "count", unit: "次", bands: [{ min: 0, max: 0, points: num(P) }, ...bands] });
  }
  const terms: TermParams[] = s.labels.map((label, i) =>
    s.each
      ? { kind: "count", label, per: num(s.amounts[i] as Decimal) }
      : { kind: "flag", label, points: num(s.amounts[i] as Decimal) },
  );
  return build(family(part, new Set([s.verb])), terms, statements, P);
}

// --- rates: a target and a slope, a limit and a slope ---------------------------------------------------------------

/** "完成得基本分", "全部完成任务的，得满分": the task done, that is 100% of it. */
const COMPLETED = /^(?:全面|全部|足额)?完成(?:[^\d%未不没无,;。]{0,30}?(?:任务|目标|计划))?(?:的)?$/;

/**
 * "完成得基本分，未完成的，每差1%扣0.5分": the full points are for the task completed, so the slope runs from 100% of it; the
 * input is the completion rate. Only where the slope is said of not completing (or of nothing else) and nothing else
 * scores beside them.
 */
function completedTarget(statements: readonly Statement[], P: Decimal): Statement[] | undefined {
  const slopes = pick(statements, "slope");
  const done = pick(statements, "plain").filter((s) => isFull(s.result, P) && COMPLETED.test(s.cond));
  const slope = slopes[0];
  if (slopes.length !== 1 || done.length !== 1 || slope === undefined || slope.direction !== "down") return undefined;
  // “完成得基本分；小于目标值的，每少1%扣1分” with “考核目标90%” in the context: completed is the target reached.
  const target = /目标/.test(slope.cond) ? slope.contextTarget : undefined;
  if (target === undefined && !/^(?:未完成(?:任务|目标任务)?(?:的)?)?,?$/.test(slope.cond)) return undefined;
  if (statements.some((s) => s.kind !== "slope" && s.kind !== "floor" && s !== done[0])) return undefined;
  const at100: Of<"band"> = {
    kind: "band",
    range: { measure: "rate", min: { value: target ?? ONE, inclusive: true } },
    result: { kind: "full" },
    cond: target ? "达到目标值" : "完成率100%",
    exact: false,
  };
  return statements.map((s) => (s === done[0] ? at100 : s));
}

/**
 * "全部完成…任务的，得0.8分，任务完成90%以上、不到100%的，得0.6分，任务完成90%以下的，不得分": beside tiers of the
 * completion rate that stop short of 100%, the task completed is the tier from 100%. Only where no tier reaches 100%
 * and the completed task is the only condition without a number.
 */
function completedBand(statements: readonly Statement[], P: Decimal): Statement[] | undefined {
  const bands = pick(statements, "band");
  // "符合要求（含协同单位），得满分" above tiers of "≥规定数的90%": every tier a share of the number required, so meeting
  // the requirement is 100% of it.
  // A bare lower tier (“＜60%，或未安排独立操作，不得分”: nothing arranged is none of it) is the same share.
  const bare = (cond: string) =>
    cond
      .replace(/,?或未安排[^,;。]*,?$/, "")
      .replace(/[\d.]+%|\([^)]*\)|以上|以下|不到|不低于|低于|达到|高于|超过|[≥≤><=\-,的]/g, "") === "";
  const share = (cond: string) => /规定数的?[\d.]+%/.test(cond);
  const ofRequired = bands.some((b) => share(b.cond)) && bands.every((b) => share(b.cond) || bare(b.cond));
  const met = (cond: string) =>
    COMPLETED.test(cond) || (ofRequired && /^[^\d%,;。未不没无]{0,16}?(?:符合|达到|达)要求(?:的)?$/.test(cond));
  const done = pick(statements, "plain").filter(
    (s) => met(s.cond.replace(/\([^)]*\)/g, "")) && (isFull(s.result, P) || s.result.kind === "award"),
  );
  const plains = pick(statements, "plain");
  if (done.length !== 1 || plains.length !== 1 || bands.some((b) => b.range.measure !== "rate")) return undefined;
  // the tiers are of the same task: said of completing it (任务完成90%以上, 完成率…), of nothing else (低于60%), or
  // shares of the number required
  const ofTask = (cond: string) =>
    ofRequired ||
    /完成/.test(cond) ||
    cond.replace(/[\d.]+%|\([^)]*\)|以上|以下|不到|不低于|低于|达到|高于|超过|[≥≤><=\-,的]/g, "") === "";
  if (!bands.every((b) => ofTask(b.cond))) return undefined;
  // every tier below 100% of the task: none reaches it or goes past it
  const below100 = bands.every(
    (b) =>
      b.range.max === undefined ||
      b.range.max.value.lessThan(ONE) ||
      (b.range.max.value.equals(ONE) && !b.range.max.inclusive),
  );
  if (!below100 || bands.some((b) => b.range.min?.value.greaterThanOrEqualTo(ONE) === true)) return undefined;
  const plain = done[0] as Of<"plain">;
  const at100: Of<"band"> = {
    kind: "band",
    range: { measure: "rate", min: { value: ONE, inclusive: true } },
    result: plain.result,
    cond: "完成率100%",
    exact: false,
  };
  return statements.map((s) => (s === plain ? at100 : s));
}

function readSlopes(read: readonly Statement[], part: SchemePart, P: Decimal): Assembled {
  const statements = completedTarget(read, P) ?? read;
  const slopes = pick(statements, "slope");
  if (slopes.length > 1) return no("多处按百分点计分，计分方式不明确");
  const slope = slopes[0] as Of<"slope">;
  if (slope.step.greaterThan(dec("0.01"))) {
    return no(
      `“每${slope.direction === "down" ? "降低" : "增加"}${slope.step.times(HUNDRED).toString()}%”按整档计分，不足一档是否扣分文件未说明`,
    );
  }
  const per = perPoint(slope.per, slope.step);
  if (per === undefined) return no("按百分点加分的表述，计分方式不明确");
  const bands = pick(statements, "band");
  const others = statements.filter(
    (s) => s.kind === "count" || s.kind === "below" || s.kind === "plain" || s.kind === "separately",
  );
  if (bands.some((b) => b.range.measure !== "rate")) return no("按百分点计分的条款中出现非比率的数值，计分方式不明确");
  const full = bands.filter((b) => isFull(b.result, P));
  const zero = bands.filter((b) => b.result.kind === "zero");
  if (full.length + zero.length !== bands.length || full.length > 1 || zero.length > 1) {
    return no("按百分点扣分之外还有其他分档，计分方式不明确");
  }
  const fromSlope = (() => {
    const m = /(\d+(?:\.\d+)?)%/.exec(slope.cond);
    return m ? dec(m[1] as string).dividedBy(HUNDRED) : undefined;
  })();
  if (slope.direction === "down") {
    const target = full[0]?.range.min?.value ?? fromSlope ?? (full.length === 0 ? slope.contextTarget : undefined);
    // "=100%，得满分": full points exactly at 100%, nothing above it, so the slope starts there.
    const atHundred = (r: Range | undefined) =>
      r?.min?.value.equals(1) === true && r.min.inclusive && r.max?.value.equals(1) === true && r.max.inclusive;
    if (target === undefined || (full[0] && full[0].range.max && !atHundred(full[0].range)))
      return no("“每降低…”未说明从多少开始扣分");
    if (slope.deviation && !target.equals(1)) return no("“每偏离…”未说明高于目标时是否扣分");
    if (fromSlope && !fromSlope.equals(target)) return no("满分线与扣分起点不一致");
    const floor = zero[0]?.range;
    if (floor && (floor.min || !floor.max)) return no("不得分的界限方向不明确");
    if (others.length > 0 || part === "penalty") {
      if (floor) return no("不得分的界限与其他扣分项并存，计分方式不明确");
      if (!("points" in per)) return no("按权重比例扣分与其他扣分项并存，计分方式不明确");
      const label = cleanRateLabel(full[0]?.cond ?? slope.cond);
      if (twoRates(label)) return no(`“${label}”是两个比率共用一句，各自计扣还是合并计扣未说明`);
      return withShortfall(statements, part, P, { kind: "shortfall", label, target: num(target), per: per.points });
    }
    if (part !== "base" && part !== "bonus") return no("扣分项中的比率扣分，请人工设定规则");
    // "每降低1个百分点扣1分，最多扣5分": a cap the rule below would drop (formula.ts reads the plain shapes of it).
    if (pick(statements, "cap").some((c) => c.points.lessThan(P)))
      return no("按百分点扣分另有扣分上限，请人工设定规则");
    return yes({
      kind: "rateThreshold",
      target: num(target),
      per,
      ...(floor?.max ? { floor: num(floor.max.value), floorInclusive: floor.max.inclusive } : {}),
    });
  }
  // up: higher is worse; the limit is where full points end.
  const limit = full[0]?.range.max?.value ?? fromSlope;
  if (limit === undefined || (full[0] && full[0].range.min)) return no("“每超过…”未说明从多少开始扣分");
  if (fromSlope && !fromSlope.equals(limit)) return no("满分线与扣分起点不一致");
  if (zero.length > 0) return no("“每超过…”之外的不得分界限，计分方式不明确");
  if (!("points" in per)) return no("按权重比例逐点扣分（升高时）暂不支持，请人工设定规则");
  const label = cleanRateLabel(full[0]?.cond ?? slope.cond);
  if (twoRates(label)) return no(`“${label}”是两个比率共用一句，各自计扣还是合并计扣未说明`);
  return withShortfall(statements, part, P, { kind: "excess", label, limit: num(limit), per: per.points });
}

/**
 * Whether a rate's name joins two rates (建制率、达标率). A list closed by 等 names who acts (聘请律师、基层法律服务工作者等
 * 担任…的覆盖面), not two rates, unless a rate stands inside it.
 */
function twoRates(label: string): boolean {
  const examples = /[^、,]*(?:、[^、,]*)+等/.exec(label);
  if (examples && !/率|覆盖面/.test(examples[0])) return /、|和|及/.test(label.replace(examples[0], ""));
  return /、|和|及/.test(label);
}

function cleanRateLabel(cond: string): string {
  return (
    cond
      .replace(/\(?(?:不)?含[\d.]*%?\)?/g, "")
      .replace(
        /(?:≥|≤|>|<|=|不低于|不高于|不超过|控制在|达到|超过|低于|高于)?[\d.]+%(?:及以上|以上|及以下|以下|以内|之内)?/g,
        "",
      )
      .replace(/[,的在为:]+$/g, "")
      .replace(/^[,]+/, "") || "比率"
  );
}

/** A rate term (below a target, above a limit) beside whatever counted terms the clause also states. */
function withShortfall(statements: readonly Statement[], part: SchemePart, P: Decimal, term: TermParams): Assembled {
  const rest = readTerms(
    statements.filter((s) => s.kind !== "slope" && s.kind !== "band"),
    part,
    P,
  );
  if (!rest.ok && rest.reason !== "评分标准中没有可计算的计分表述") return rest;
  const restTerms = rest.ok && "terms" in rest.rule ? (rest.rule.terms as TermParams[]) : [];
  if (rest.ok && !("terms" in rest.rule)) return no("比率扣分与其他计分方式并存，计分方式不明确");
  const kind = part === "penalty" ? "penalty" : "perCaseDeduction";
  if (rest.ok && rest.rule.kind !== kind) return no("比率扣分与加分表述并存，计分方向不明确");
  if (part === "bonus") return no("加分项中的比率扣分，计分方向不明确");
  // Terms are keyed in the order the clause states them: the rate term goes after those stated before it.
  const at = statements.findIndex((s) => s.kind === "slope");
  const before = statements.slice(0, at).filter((s) => s.kind === "count" || s.kind === "below" || s.kind === "plain");
  let index = 0;
  if (before.length > 0) {
    const head = readTerms(before, part, P);
    if (!head.ok || !("terms" in head.rule)) return no("比率扣分前的计分表述未能单独读懂，各项的次序不明确");
    index = (head.rule.terms as TermParams[]).length;
  }
  const terms = [...restTerms];
  terms.splice(index, 0, term);
  return yes({ kind, terms } as RuleInput);
}

// --- bands -----------------------------------------------------------------------------------------------------------

function readBands(bands: Of<"band">[], otherwiseZero: boolean, part: SchemePart, P: Decimal): Assembled {
  if (part === "penalty") return no("扣分项中的分档，请人工设定规则");
  const measures = new Set(bands.map((b) => b.range.measure));
  if (measures.size > 1) return no("各档的数值单位不一致（比率、分数、个数混用）");
  if (bands.some((b) => /再|另|额外|追加|累计/.test(b.cond))) return no("各档是累加还是取代未说明");
  const measure = bands[0]?.range.measure as Range["measure"];
  // A bare "1人" is a band only beside bands with bounds ("2名（含）以上…；1名…"); alone it is too often an idiom (一人一账).
  if (bands.every((b) => b.exact)) return no("数量条件未写“以上/以下”，分档方式不明确");
  // "破案率达100%的，加15分" in a bonus part: a 加分 is added where its condition holds and nothing otherwise.
  const bonusTier =
    part === "bonus" && bands.length === 1 && (bands[0]?.result.kind === "award" || bands[0]?.result.kind === "full");
  // "能够开展两种以上服务内容的，得30分" (30 = P): a count reaching its threshold gets the points, as "…的，得P分" does.
  const countTier = countThreshold(bands, P);
  const lone = loneDeduction(bands, otherwiseZero, part, P);
  if (lone) return lone;
  if (bands.length === 1 && !otherwiseZero && !bonusTier && !countTier) return no("只给出一档，其余情形如何计分未说明");
  if (bands.every((b) => b.result.kind === "deduct" || b.result.kind === "deductShare")) {
    return no("各档只写扣分：是累加还是取代、未达任何一档是否满分，文件未说明");
  }
  // "5%以内扣1分，5%-10%之间扣3分，10%以上不得分": no tier gives the points, so whether the best case (0%) is docked too
  // the text leaves open.
  if (bands.every((b) => b.result.kind === "deduct" || b.result.kind === "deductShare" || b.result.kind === "zero")) {
    return no("各档只写扣分或不得分，没有一档得满分：最好的情形是否也扣分，文件未说明");
  }
  const only = bands[0] as Of<"band">;
  if (bands.length === 1 && measure === "rate" && isFull(only.result, P) && !(only.range.min && only.range.max)) {
    const bound = (only.range.min ?? only.range.max) as Bound;
    const op = only.range.min ? (bound.inclusive ? ">=" : ">") : bound.inclusive ? "<=" : "<";
    return yes({ kind: "threshold", op, value: num(bound.value) });
  }
  const ranges = settleUnmarked(bands.map((b) => b.range));
  const table = [];
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as Of<"band">;
    const r = ranges[i] as Range;
    const points = pointsOf(b.result, P) as Decimal;
    if (points.isNegative() || points.greaterThan(P)) return no(`“${b.cond}”的得分超出本项分值`);
    table.push({
      ...(r.min ? { min: num(r.min.value), inclusive: r.min.inclusive } : {}),
      ...(r.max ? { max: num(r.max.value), maxInclusive: r.max.inclusive } : {}),
      points: num(points),
    });
  }
  const unit = bands.find((b) => b.range.unit)?.range.unit;
  return yes({
    kind: "bands",
    input: measure === "rate" ? "rate" : measure === "number" ? "number" : "count",
    ...(measure !== "rate" && unit ? { unit } : {}),
    bands: table,
  });
}

/**
 * "市政供水、供热和燃气老旧管网改造率≤80%的，扣1分" (1分), "会议全年少于2次的，扣3分": a single band on a rate, a score
 * or a count below a number to reach, bounded on one side, that only takes points away (扣N分, 不得分): outside it nothing
 * is taken. Not a count above a number (超过3次的: per case or once?), not two rates sharing the bound (建制率、达标率).
 */
function loneDeduction(
  bands: readonly Of<"band">[],
  otherwiseZero: boolean,
  part: SchemePart,
  P: Decimal,
): Assembled | undefined {
  const only = bands[0];
  if (bands.length !== 1 || only === undefined || otherwiseZero || part !== "base" || only.exact) return undefined;
  const { range, result } = only;
  if ((range.min === undefined) === (range.max === undefined)) return undefined;
  // a count only below a number to reach ("全年少于2次的，扣3分": once); above one (超过3次的) per case or once is open
  if (range.measure === "count" && range.min !== undefined) return undefined;
  if (result.kind !== "deduct" && result.kind !== "zero") return undefined;
  // "每月报送率低于90%的，扣0.5分", "有一次…低于…": per period or per case, or once?
  // (a rate or score condition naming a number of times, "连续2次低于80%", is per case too; a count's own bound is not)
  if (/每|任一|任何|一次|有1/.test(only.cond) || (range.measure !== "count" && /\d+次/.test(only.cond)))
    return undefined;
  // the bound ends the condition ("≤80%的"): nothing after it (…以上，…处置，否则不得分) qualifies or reverses it
  if (
    !/\d(?:%|分|个工作日|工作日|个月|季度|[例次个项户人名件起宗天日月家篇条份批期处场种类])?(?:\((?:不)?含[^)]*\))?(?:及以上|或以上|以上|及以下|或以下|以下|以内|之内)?(?:\((?:不)?含[^)]*\))?的?,?$/.test(
      only.cond,
    )
  )
    return undefined;
  if (/率[^率]*(?:、|和|及|与)[^率]*率/.test(only.cond))
    return no(`“${only.cond}”是两个比率共用一个界限，各自计扣还是合并计扣未说明`);
  const points = pointsOf(result, P) as Decimal;
  if (points.isNegative()) return no(`“${only.cond}”扣分超过本项分值`);
  const input = range.measure === "rate" ? "rate" : range.measure === "count" ? "count" : "number";
  const unit = range.measure === "count" && range.unit ? { unit: range.unit } : {};
  if (range.max) {
    const b = range.max;
    return yes({
      kind: "bands",
      input,
      ...unit,
      bands: [
        { max: num(b.value), maxInclusive: b.inclusive, points: num(points) },
        { min: num(b.value), inclusive: !b.inclusive, points: num(P) },
      ],
    });
  }
  const b = range.min as Bound;
  return yes({
    kind: "bands",
    input,
    ...unit,
    bands: [
      { max: num(b.value), maxInclusive: !b.inclusive, points: num(P) },
      { min: num(b.value), inclusive: b.inclusive, points: num(points) },
    ],
  });
}

/** A single band on a count bounded only below (两种以上, 3个及以上) that gives the leaf's full points. */
function countThreshold(bands: readonly Of<"band">[], P: Decimal): boolean {
  const only = bands[0];
  return (
    bands.length === 1 &&
    only !== undefined &&
    only.range.measure === "count" &&
    !only.exact &&
    only.range.min !== undefined &&
    only.range.max === undefined &&
    isFull(only.result, P)
  );
}

/**
 * "80-90%得2分；90%以上得3分": an end of a range with no （含） gives the number to the neighbour that holds it; where two
 * loose ends meet the upper band takes it; an end no neighbour holds is kept (no gap is ever intended).
 */
function settleUnmarked(ranges: readonly Range[]): Range[] {
  const settle = (i: number, side: "min" | "max"): Bound | undefined => {
    const own = ranges[i]?.[side];
    if (own === undefined || !own.loose) return own;
    const opposite = side === "min" ? "max" : "min";
    const held = ranges.some((o, j) => {
      const b = o[opposite];
      if (j === i || b === undefined || !b.value.equals(own.value)) return false;
      return b.loose ? side === "max" : b.inclusive;
    });
    return { value: own.value, inclusive: !held };
  };
  return ranges.map((r, i) => {
    const min = settle(i, "min");
    const max = settle(i, "max");
    return { ...r, ...(min ? { min } : {}), ...(max ? { max } : {}) };
  });
}

/**
 * “配齐配全村计生专干,落实了村级干部包干责任,健全各种制度,召开会议有记录且内容齐全计8分”: several requirements, one award
 * as large as one point each or more, and no “否则不得分”. A unit that meets some of them gets nothing, or 2 of the 8 for
 * each? The clause does not say (held-out set 7). Where the points are fewer than the requirements (“制定…方案和标准,
 * 做到年初有工作计划,平时有检查督促,年终有总结的得1分”) or 否则 says it, the award is all or nothing.
 */
function sharedAward(cond: string, P: Decimal, statements: readonly Statement[]): string | undefined {
  if (statements.some((s) => s.kind === "otherwiseZero")) return undefined;
  const requirements = conditionPieces(cond).filter((piece) => piece.length >= 2 && !JOINED.test(piece));
  if (requirements.length < 2 || P.lessThan(requirements.length)) return undefined;
  return `“${cond}”列出${requirements.length}项要求、共${P.toString()}分，未写“否则不得分”：只做到其中几项时不得分还是按项得分，文件未说明`;
}
