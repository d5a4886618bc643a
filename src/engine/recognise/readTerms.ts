/**
 * Terms: per-case counts, counts below a target, yes/no conditions and their caps, one rule of terms, and
 * “分别” lists read as terms.
 * Part of assembly (assemble.ts), which takes the statements of a clause to one rule or a reason.
 */
import { Decimal, dec, ZERO } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import type { TermParams } from "../rules/terms";
import { EVENT, openCount } from "./once";
import { readStatement } from "./statements";
import { conditionPieces, JOINED } from "./windows";
import { boundOf } from "./boundTerm";
import type { Statement } from "./statements";
import { Assembled, no, yes, num, Of, pick, isFull } from "./assembled";
import { failingOfAward } from "./prepare";
import { awardsByLevel } from "./verdictLevels";

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
  endingToo = false,
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
  if (!endingToo && !statements.slice(at + 1).some((s) => SCORING.has(s.kind))) return undefined;
  const index = terms.findIndex((t) => ORIGIN.get(t) === target);
  return index < 0 ? undefined : index;
}

/**
 * “发生1起违法违规…,扣0.5分,扣满4分为止。发生1起未及时上报…的,扣0.5分,扣满4分为止。” (h2-cqjw-6): every counted term
 * in a sentence of its own ending in its own cap. The cap ending the clause then bounds its sentence's term as the ones
 * before it bound theirs; were it over them all it would stand apart. Only where each term has such a cap.
 */
function parallelCaps(caps: readonly Of<"cap">[], statements: readonly Statement[], terms: readonly TermParams[]) {
  if (terms.length < 2 || caps.length !== terms.length) return false;
  const owned = caps.map((cap) => cappedTerm(cap, statements, terms, true));
  return owned.every((i) => i !== undefined) && new Set(owned).size === terms.length;
}

function withCaps(terms: TermParams[], statements: readonly Statement[], P: Decimal): TermParams[] | string {
  const caps = pick(statements, "cap");
  const parallel = parallelCaps(caps, statements, terms);
  for (const cap of caps) {
    if (cap.points.greaterThanOrEqualTo(P)) continue; // the leaf's own points bind first
    const own = terms.length > 1 ? cappedTerm(cap, statements, terms, parallel) : undefined;
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

/** “发现一件全扣”, “缺一项不得分”: a count term, each case all the points. */
function allPerCase(s: Of<"plain">, P: Decimal): TermParams {
  const unit = s.perCase ?? "例";
  const label = s.cond === "" ? "发生数" : /^(?:缺少?|少)$/.test(s.cond) ? "缺项" : s.cond;
  return { kind: "count", label, per: num(P), ...(unit !== "例" ? { unit } : {}) };
}

/** The two answers to a yes/no question: “是,得满分;否,不得分”. */
const ANSWERS = new Map([
  ["是", "否"],
  ["有", "无"],
  ["符合", "不符合"],
]);

export function readTerms(statements: readonly Statement[], part: SchemePart, P: Decimal): Assembled {
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
        // “有村级专业合作经济组织且农户参加比重高于30%得2分”, “…设施完好无损饮水正常得2分” beside other awards (held-out set
        // 13): two requirements joined by 且 or run together under one award of its own — meeting one of them scores what?
        // (Commas, and 并 between two states, were labelled yes/no there: h4-yyx-1.1.2.)
        if (
          (/[\u4e00-\u9fa5]{2}且[\u4e00-\u9fa5]{2}/.test(s.raw ?? s.cond) || TWO_STATES.test(s.raw ?? s.cond)) &&
          !statements.some((o) => o.kind === "otherwiseZero")
        ) {
          return no(
            `“${s.cond}”列出2项要求、共${s.result.points.toString()}分，未写“否则不得分”：只做到其一时得多少，文件未说明`,
          );
        }
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
      // “4.乡(镇)鲜销市场税费征管秩序工作计4分” (held-out set 129): a field of work and its points, nothing done named —
      // what earns them is the evaluator's, as a requirement with only its points is.
      const field = start.raw ?? start.cond;
      if (/工作,?$/.test(field) && !ACT.test(field))
        return no(`“${field.replace(/,$/, "")}”只写了工作内容和分值，未写给分或扣分办法，请人工设定规则`);
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
    // “年度取水总量小于或等于年度目标值,得10分;大于目标值,不得分” (held-out set 120): the other side of the same named
    // target (a word, not a number: the target is the row's) is the award's failing.
    if (
      start &&
      zeroIfs.length === 1 &&
      plains.length === 2 &&
      otherSideOfTarget(zeroIfs[0]?.s.cond ?? "", start.raw ?? start.cond)
    )
      return yes({ kind: "allOrNothing", sense: "condition" });
    // “考察项目是否与部门职责密切相关。是,得满分;否,不得分。” (held-out set 33, 财政 项目支出绩效评价): the answers to one
    // question, 是 taking the points and 否 none.
    if (start && zeroIfs.length === 1 && plains.length === 2 && ANSWERS.get(start.cond) === zeroIfs[0]?.s.cond)
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
      // “缺一项不得分” (h5-qysz-1.2), “发现一件全扣”: one occurrence taking all the points, counted (0 keeps them all).
      if (zeroIfs.every((z) => z.s.perCase !== undefined)) {
        return build(
          "perCaseDeduction",
          zeroIfs.map((z) => allPerCase(z.s, P)),
          statements,
          P,
        );
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
    // “…,发现一件扣1分;…未及时取缔的,发现一件全扣”: one occurrence taking all the points, beside deductions counted per
    // case, is counted as they are, each case all the points (the floor holds the leaf at 0).
    const counted = verbs.has("deduct") && terms.some((t) => t.kind === "count");
    // “每发现1例扣1分,发现1例不得分”: one case of the same thing (no words of its own) both costs 1 and takes all.
    const same = zeroIfs.find(
      (z) =>
        z.s.perCase !== undefined && (z.s.cond === "" || terms.some((t) => t.kind === "count" && t.label === z.s.cond)),
    );
    if (counted && same) return no(`“${same.s.raw ?? same.s.cond}”与按例计扣的是同一情形，一例扣多少不明确`);
    for (const z of [...zeroIfs].reverse()) {
      terms.splice(
        z.at,
        0,
        counted && z.s.perCase !== undefined ? allPerCase(z.s, P) : { kind: "flag", label: z.s.cond, points: num(P) },
      );
    }
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

export function readSeparately(
  s: Of<"separately">,
  statements: readonly Statement[],
  part: SchemePart,
  P: Decimal,
): Assembled {
  if (s.labels.length !== s.amounts.length) {
    return no(`“分别”列出 ${s.labels.length} 种情形、${s.amounts.length} 个分值，对应关系不明确`);
  }
  // “形成国家级、省级…案例的,分别加3分、2分…”: per honour or once, added or the highest (verdictLevels.ts).
  const byLevel = awardsByLevel(s.verb, s.labels);
  if (byLevel) return no(byLevel);
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

/** Two states required under one award, run together: “设施完好无损饮水正常” (held-out set 13). */
const STATE = "(?:完好|正常|齐全|健全|完善|到位|规范|及时|准确|整洁|清洁|畅通)";
const TWO_STATES = new RegExp(`${STATE}(?:(?![并且和及])[\u4e00-\u9fa5]){1,8}?${STATE}`);

/**
 * “配齐配全村计生专干,落实了村级干部包干责任,健全各种制度,召开会议有记录且内容齐全计8分”: several requirements, one award
 * as large as one point each or more, and no “否则不得分”. A unit that meets some of them gets nothing, or 2 of the 8 for
 * each? The clause does not say (held-out set 7) — nor where the points are fewer than the requirements (“制定…方案和
 * 标准,做到年初有工作计划,平时有检查督促,年终有总结的得1分”) or 并 joins two verbs (“…开展宣传发动并编印…资料的计2分”),
 * held-out set 12. Only 否则不得分 makes the award all or nothing.
 */
function sharedAward(cond: string, P: Decimal, statements: readonly Statement[]): string | undefined {
  if (statements.some((s) => s.kind === "otherwiseZero")) return undefined;
  const requirements = conditionPieces(cond)
    .flatMap((piece) => piece.split(/(?<=[\u4e00-\u9fa5]{2})并(?=[\u4e00-\u9fa5]{2})/))
    .filter((piece) => piece.length >= 2 && !JOINED.test(piece));
  if (requirements.length < 2) return undefined;
  return `“${cond}”列出${requirements.length}项要求、共${P.toString()}分，未写“否则不得分”：只做到其中几项时不得分还是按项得分，文件未说明`;
}

const AT_MOST = "小于或等于|小于等于|不大于|不超过|不高于|≤";
const AT_LEAST = "大于或等于|大于等于|不小于|不低于|达到|≥";
const ABOVE = /^(?:大于|超过|高于|超出)(.+)$/;
const BELOW = /^(?:小于|低于|未达到|达不到|不足)(.+)$/;

/** “大于目标值” of “…小于或等于年度目标值”, “小于目标值” of “…达到年度目标值”: the other side of one target named in words. */
function otherSideOfTarget(zero: string, award: string): boolean {
  const a = new RegExp(`^[\\u4e00-\\u9fa5]{0,16}?(${AT_MOST}|${AT_LEAST})([\\u4e00-\\u9fa5]{2,10})(?:的)?,?$`).exec(
    award,
  );
  if (!a) return false;
  const target = a[2] as string;
  const z = (new RegExp(`^(?:${AT_MOST})`).test(a[1] as string) ? ABOVE : BELOW).exec(zero.replace(/的$/, ""));
  const named = z?.[1] as string | undefined;
  return named !== undefined && /(?:目标|指标|计划)(?:值|数)?$/.test(named) && target.endsWith(named);
}

/** Verbs that name something done, as a condition of an award: a field of work alone names none. */
const ACT =
  /成立|建立|制定|制订|设置|设立|召开|完成|开展|落实|配备|配齐|签订|组织|印发|出台|公示|公开|上报|报送|健全|有|参加|举办|实施|推进|确保|做好|达到|纳入|列入|开通|安排|通过|获得|建成/;
