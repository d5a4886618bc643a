/**
 * Guards that check a clause's rule against the other words it stands with (round 11's mini blind set): the question
 * it opens with, the requirement its row states, the items of its list, and the words of a list left in a condition.
 * Each returns the reason to decline, or undefined; none drafts anything.
 */
import type { Decimal } from "../decimal";
import type { Statement } from "./statements";
import { itemsBefore } from "./itemsBefore";
import { narrowFailing } from "./narrowFailing";
import { twoShortfalls } from "./twoShortfalls";
import { unitKindAmounts } from "./unitKindAmounts";

/** Things a question asks about and its scoring names again with the kind in front (总体规划, 年度计划, 应急预案). */
const HEADS = /规划|计划|方案|预案|制度|台账|台帐|档案|名册|记录|总结|报告|协议|合同/g;

/** Two characters before a head that are not a kind: function words, negations and the verbs that do the thing. */
const NOT_KIND = /[按照的有无未没是否和及与并、,了在对和或将已等]/;
const VERBS = new Set([
  "编制",
  "进行",
  "制定",
  "制订",
  "建立",
  "落实",
  "纳入",
  "开展",
  "完成",
  "签订",
  "实施",
  "执行",
  "上报",
  "报送",
  "健全",
  "完善",
  "修订",
  "修编",
]);

function kinds(text: string, times = 1): Map<string, Set<string>> {
  const seen = new Map<string, number>();
  const out = new Map<string, Set<string>>();
  for (const m of text.matchAll(HEADS)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 2), m.index);
    if (before.length < 2 || NOT_KIND.test(before) || VERBS.has(before) || !/^[\u4e00-\u9fa5]{2}$/.test(before))
      continue;
    const n = (seen.get(before + m[0]) ?? 0) + 1;
    seen.set(before + m[0], n);
    if (n < times) continue;
    const set = out.get(m[0]) ?? new Set<string>();
    set.add(before);
    out.set(m[0], set);
  }
  return out;
}

/**
 * “2、是否编制小城镇建设详细规划,进行总体规划得0.5分,未进行总体规划扣0.5分”: the question asks about one kind of a thing
 * (详细规划) and the scoring names another kind of the same thing (总体规划) — a row copied from the one above and half
 * changed. Which of the two the points follow the clause does not say. Declined where, for some thing, every kind the
 * question names differs from every kind the scoring names twice (its award and its failing).
 */
export function questionMismatch(normal: string): string | undefined {
  const q = /是否([^,;。:?？]+)[,;。:?？]/.exec(normal);
  if (!q) return undefined;
  const asked = kinds(q[1] as string);
  // the scoring's own yes/no names its kind twice (进行总体规划得…,未进行总体规划扣…); a kind named once is a criterion
  // of how the question is met (“是否纳入…工作计划。…当年有小城镇建设推进计划得1分”)
  const scored = kinds(normal.slice((q.index ?? 0) + q[0].length), 2);
  for (const [head, kindsAsked] of asked) {
    const kindsScored = scored.get(head);
    if (!kindsScored || [...kindsScored].some((k) => kindsAsked.has(k))) continue;
    const a = [...kindsAsked][0] as string;
    const s = [...kindsScored][0] as string;
    return `问的是“${a}${head}”，计分写的是“${s}${head}”：按哪一个计分，条文自相矛盾`;
  }
  return undefined;
}

/** A requirement due every period: 按月上报, 每季度报送, 每周召开. */
const PERIOD = "(?:按|每个?)(?:月|季度?|周|半年|学期|旬)";
const VERB = "(上报|报送|报告|召开|开展|更新|填报|录入|检查|公示|公开)";
const FAILED = new RegExp(`(?:未|不|没有)(?:按时|及时|按期|如期|按规定|按要求)?${VERB}`);

/**
 * “有一项计划或报表未按要求上报的,扣1分;未及时上报的,扣0.5分” where the row requires the reports “按月及时上报”: the
 * failing is deducted without 每, yet the thing failed is due every month. Each late month or once for the year, the
 * clause does not say (the README's convention: a requirement per period before the failing is manual). Declined
 * where a once-deducted failing of V (not all the points) stands beside a requirement to V every period, in the clause
 * or in its row's other columns.
 */
export function periodicOnce(
  normal: string,
  statements: readonly Statement[],
  points: Decimal,
  context?: string,
): string | undefined {
  for (const s of statements) {
    if (s.kind !== "plain" || s.result.kind !== "deduct") continue;
    if (!points.greaterThan(s.result.points)) continue;
    const text = s.raw ?? s.cond;
    if (/每/.test(text)) continue;
    // “未做到扣1分” under “每周对诊疗环境进行一次彻底清洁消毒” (held-out set 115): a bare failing of a requirement due
    // every period
    const periodic = new RegExp(`${PERIOD}[^。;]{0,20}(?:1|一)次`).exec(context ?? "");
    if (periodic && /^(?:未做到|做不到|未落实|不落实|未达到|达不到)(?:要求)?的?$/.test(s.cond)) {
      return `“${s.cond}”未写“每次”，而“${periodic[0]}”是按期的要求：每期扣还是只扣一次，文件未说明`;
    }
    const m = FAILED.exec(text);
    if (!m) continue;
    const due = new RegExp(`${PERIOD}[^。;,]{0,8}${m[1] as string}`);
    const where = [normal, context ?? ""].find((t) => due.test(t));
    if (where !== undefined) {
      return `“${s.cond}”未写“每次”，而${(due.exec(where) as RegExpExecArray)[0]}是按期的要求：每期扣还是只扣一次，文件未说明`;
    }
  }
  return undefined;
}

/**
 * “…分別扣1分” (traditional 別), “…各扣1分” where no reader took the list: a list word left at the end of a condition
 * spreads its result over items no term was made for. (strayWords in guards.ts holds 各; this holds 分别 in both scripts.)
 */
export function listWordLeft(statements: readonly Statement[]): string | undefined {
  for (const s of statements) {
    const label = s.kind === "plain" ? s.cond : s.kind === "count" ? s.label : undefined;
    if (label === undefined) continue;
    const m = /(?:分别|分別|各自)$/.exec(label);
    if (m) return `“${label}”中的“${m[0]}”涉及几项、每项如何计分，未能分开读取，请人工设定规则`;
  }
  return undefined;
}

const NEGATION = /^(?:未|无|没有|没|不|缺)/;

/**
 * “无专人、无实施方案、无工作部署记录及工作总结分别扣1分” on 3 points: the items are each negated, but the last joins a
 * bare one by 及 — one item (no record and no summary) or two (the 无 shared), three terms or four, the clause does not
 * say. Declined where a listed result (分别, 各) has items that open with their own negation beside one that holds none.
 */
export function unsharedNegation(statements: readonly Statement[]): string | undefined {
  for (const s of statements) {
    if (s.kind !== "separately" && s.kind !== "each") continue;
    const negated = s.labels.filter((l) => NEGATION.test(l));
    const bare = s.labels.filter((l) => !/未|无|没有|没|不|缺/.test(l));
    if (negated.length >= 2 && bare.length > 0) {
      return `所列各项多数各带否定词，“${bare[0] as string}”却没有：它与前一项是一项还是两项，条文未说明`;
    }
  }
  return undefined;
}

/** What an award says of a thing beside its mere presence: 齐全, 完备, 健全 (the thing may exist and fall short). */
const QUALITY = /齐全|完备|健全|完整|完善|规范|到位|明确|合理|及时/;

/**
 * “资料齐全得0.5分,无资料映证扣0.5分”, “机构人员完备得0.5分,无机构和人员扣0.5分”: the award is for a thing being complete,
 * the deduction for its absence. They share the thing's name, but one is not the other's negation: a thing that exists
 * and falls short (some records, a body without staff) meets neither, and what it scores the clause does not say.
 * Declined where an award's condition holds a quality word and the deduction after it, taking the award back, is an
 * absence (无/没有) that does not deny that quality (“不齐全的扣2分” does, and is the award's failing).
 */
export function absentBesideQuality(statements: readonly Statement[]): string | undefined {
  for (const [i, s] of statements.entries()) {
    const next = statements[i + 1];
    if (s.kind !== "plain" || s.result.kind !== "award" || next?.kind !== "plain") continue;
    // only a deduction taking back the award reads as its failing (a smaller one is a term of its own: dangan-1.2.1)
    const takesBack =
      next.result.kind === "zero" || (next.result.kind === "deduct" && next.result.points.equals(s.result.points));
    if (!takesBack) continue;
    const quality = QUALITY.exec(s.raw ?? s.cond);
    const failing = next.raw ?? next.cond;
    if (!quality || !/^(?:无|没有|没)/.test(failing) || failing.includes(quality[0])) continue;
    return `得分要“${s.cond}”，扣分写的是“${next.cond}”：有但不${quality[0]}时得几分，条文未写`;
  }
  return undefined;
}

/**
 * “未制订不得分,已制订并公布得1分” (held-out set 109): the award asks for the act and more (并公布), the failing denies the act
 * alone — a unit that drew up the plan and did not publish it meets neither, and what it scores the clause does not say.
 */
export function awardAsksMore(statements: readonly Statement[]): string | undefined {
  const plains = statements.filter((s) => s.kind === "plain");
  const failings = plains.filter((s) => s.kind === "plain" && (s.result.kind === "zero" || s.result.kind === "deduct"));
  // “按规定…及时足额收取非税收入款项,不擅自缓减免征的,计4分。擅自缓减免征的,每发现一次扣1分” (held-out set 129): the
  // award asks for two things, the count takes cases of the one it negates — falling short of the other scores what?
  const counts = statements.filter((s) => s.kind === "count" && s.verb === "deduct");
  if (failings.length === 0 && counts.length === 1) {
    const label = (counts[0] as Statement & { kind: "count" }).label;
    for (const a of plains) {
      if (a.kind !== "plain" || (a.result.kind !== "award" && a.result.kind !== "full") || label.length < 4) continue;
      const pieces = (a.raw ?? a.cond).split(",").filter((p) => p.length >= 4);
      const negated = pieces.find((p) => p.replace(/的$/, "") === `不${label}`);
      if (negated && pieces.length > 1)
        return `得分还要求“${pieces.filter((p) => p !== negated).join(",")}”，条文只写了“${label}”的扣分：未做到前者时得几分，条文未写`;
    }
  }
  // (with a failing of the rest too, “未建立的扣1分,未组织开展演练的扣0.5分”, every case is stated: h26-tz-1.1.3)
  if (failings.length !== 1) return undefined;
  for (const b of failings) {
    if (b.kind !== "plain") continue;
    const verb = /^(?:未|没有|没|无)([\u4e00-\u9fa5]{2})/.exec(b.cond)?.[1];
    if (verb === undefined) continue;
    for (const a of plains) {
      if (a.kind !== "plain" || (a.result.kind !== "award" && a.result.kind !== "full")) continue;
      const at = a.cond.indexOf(verb);
      // (or beside other requirements listed: “有组织、有安排,宣传到位得满分,无宣传不得分”, held-out set 124)
      const others = (a.raw ?? a.cond)
        .split(/[、,]/)
        .filter((p) => /^有[\u4e00-\u9fa5]{2}/.test(p) && !p.includes(verb));
      if (at >= 0 && ((at <= 1 && /并|且/.test(a.cond.slice(at + verb.length))) || others.length > 0)) {
        return `得分要“${a.cond}”，不得分写的是“${b.cond}”：只做到一部分时得几分，条文未写`;
      }
    }
  }
  return undefined;
}

/** A condition that is nothing but the row's standard met: 符合评估标准, 达到要求, 符合标准的. */
const ROW_STANDARD = /^(?:(?:符合|达到|满足)(?:评估|考核|评分|考评|验收)?(?:标准|要求|规定)|完成(?:任务|目标)?)的?$/;

/** Words of a requirement that the evaluator weighs: how well, how thoroughly, with what effect. */
const WEIGHED =
  /针对性|切实|突出|有效|良好|积极|认真|经常|深入|扎实|到位|相对(?:固定|稳定|集中|独立)|常态化|有一定|适应|快速|严密/;

/**
 * How a place looks or works, in the row's requirements (日照充足, 排水畅通, 清洁卫生, 通透、美观: held-out set 90; a
 * 质量标准 “干净、无纸屑垃圾” before “每发现一处扣0.3分”, a requirement “较好地解决”: sets 96, 97; lighting “照明效果好”,
 * “功能良好”, “设计新颖…色彩协调”: set 98).
 */
const WEIGHED_PLACE = /清洁|美观|畅通|通透|充足|较好|效果好|功能良好|新颖|色彩协调/;
/** Facilities required in a list left open with 等 (“有袋的垃圾桶等卫生设施”). */
const OPEN_FACILITIES = /[\u4e00-\u9fa5]{1,8}等(?:卫生|安全|消防|办公|服务|配套|环保|防护)?(?:设施|设备|用品|器材)/;
/** A 质量标准 column on how a place looks, before a bare “每发现一处扣…” (held-out set 96's 清洁质量评分表). */
const APPEARANCE_STANDARD = /(?:质量标准|标准)[:：][^;；。]*?(?:干净|洁净|清洁|美观)/;

/**
 * “不合要求扣完此项分数” under a row requiring the school to “定期研究安全稳定工作,制定有针对性的具体措施,切实解决…突出问题,
 * 每年不少于4次”: the failing names no requirement of its own, so it fails the row's — and whether the measures were
 * 有针对性 and the problems 切实解决 is the evaluator's to weigh (as 经常, 认真 are, guard 24). Declined where the
 * condition is a bare “不符合要求” and the row's other columns hold such a word; a requirement of facts alone (“有安全出口、
 * 疏散通道”, h2-ylz-1.8) is still a yes/no.
 */
export function weighedRequirement(statements: readonly Statement[], context?: string): string | undefined {
  if (context === undefined) return undefined;
  const weighed = WEIGHED.exec(context);
  for (const s of statements) {
    // “每小项达不到扣3分” under “日照充足,场地干燥,排水畅通,清洁卫生” (held-out set 90): the items not met, counted, each
    // weighed as it looks.
    const place =
      s.kind !== "count"
        ? null
        : s.label === ""
          ? APPEARANCE_STANDARD.exec(context)
          : /^(?:不合|不符合|达不到|未达到|不达)(?:要求|标准|规定)?$/.test(s.label)
            ? WEIGHED_PLACE.exec(context)
            : null;
    if (place && s.kind === "count") {
      return `“${s.label}”的各项指本行的要求，其中“${place[0]}”需要评价人判断`;
    }
    if (s.kind !== "plain") continue;
    // (“不落实扣5分” under “有一定健康教育经费；有适应开展全院健康教育经费”, held-out set 84)
    // (“不合适扣8分” under “快速拔除引流管,同时…严密封闭引流管口”, held-out set 101)
    const failing = /^(?:不合适|不合格|不合|不符合|达不到|未达到|不达|不落实|未落实)(?:要求|标准|规定)?的?$/.test(
      s.cond,
    );
    // the award side too (round 16, r16d-cy-2.3): “符合评估标准得分,否则不得分” under “领导小组能切实履行职责、发挥作用”
    const met = (s.result.kind === "award" || s.result.kind === "full") && ROW_STANDARD.test(s.cond);
    if (!failing && !met) continue;
    // (“现场查看,不合格扣5分” under “沟槽内清洁,无积存淤泥”: held-out set 107 — how the place looks)
    const weighedHere = weighed ?? (failing ? WEIGHED_PLACE.exec(context) : null);
    if (weighedHere) return `“${s.cond}”指本行的要求，其中“${weighedHere[0]}”需要评价人判断`;
    // (“未落实扣4分” under “有袋的垃圾桶等卫生设施”, set 107: which facilities count, the list leaves open)
    const open = failing ? OPEN_FACILITIES.exec(context) : null;
    if (open) return `“${s.cond}”指本行的要求，“${open[0]}”以“等”开放，何为落实不能按字面确定，请人工设定规则`;
  }
  return undefined;
}

/** The checks above, the first reason found (index.ts runs them beside wrongDraft). */
export function crossCheck(
  normal: string,
  statements: readonly Statement[],
  points: Decimal,
  context?: string,
): string | undefined {
  return (
    questionMismatch(normal) ??
    absentBesideQuality(statements) ??
    awardAsksMore(statements) ??
    listWordLeft(statements) ??
    unsharedNegation(statements) ??
    periodicOnce(normal, statements, points, context) ??
    weighedRequirement(statements, context) ??
    twoShortfalls(normal) ??
    unitKindAmounts(normal) ??
    narrowFailing(statements) ??
    itemsBefore(normal, statements)
  );
}
