/**
 * Wrong-draft classes found by held-out sets 15–18 (first measured after round 16; docs/recogniser.md “错误起草的防线”
 * 80), each closed in general — and by later sets, each piece below naming the set that found it (117–120 for sets
 * 104–119):
 *
 * - (points left inside a term's condition, “采用1篇,得 基本分 15分”, are index.ts `pointsInLabel`'s, widened there);
 * - a per-unit award above the item's points (“每开展1次加3分” on 2分): from this item, the total or a bonus, the text does
 *   not say, as a deduction above the points is declined;
 * - 为 where 未 is meant (“专项规划为纳入城市厕所建设内容”, “责任为落实到部门”), and 末 (held-out set 89): read literally the
 *   failing is an act done, and the clause scores the opposite of what it means;
 * - two bounds joined by 或 (“非正常户率在5%或8%以内”): which applies to which unit, the clause does not say;
 * - a growth rate (增长, 增幅): the engine's rates are not below 0, and a growth can be;
 * - an exemption in brackets (“（无协同单位的专业基地，此处不失分）”): some units are scored otherwise, which the draft
 *   would drop;
 * - an award for a list left open with 等, and one item failing that takes all the points drafted as a yes/no (below).
 */
import { Decimal } from "../decimal";
import type { Statement } from "./statements";

export function awardAbovePoints(statements: readonly Statement[], points?: Decimal): string | undefined {
  if (points === undefined || points.isZero()) return undefined;
  for (const s of statements) {
    if (s.kind === "count" && s.verb === "award" && s.per.greaterThan(points)) {
      return `“${s.label}”每${s.unit}得${s.per.toString()}分，超过本项分值${points.toString()}分：加在本项、总分还是加分项，文件未说明，请人工设定规则`;
    }
  }
  return undefined;
}

/** 为 before an act a failing would negate: 规划为纳入, 责任为落实, 资料为上报, 无故为按月缴纳 (held-out set 68). Not 认为, 作为, 视为, 成为, 更为 …. */
const WEI_FOR_WEI =
  /(?<![认作视成更较最极甚行因称改定评选以])为(?:纳入|落实|建立|制定|开展|完成|上报|报送|签订|公示|配备|设立|按时|及时|按要求|按规定|按月|按季|按期|明确)/;

/**
 * 末 where 未 is meant (“末按照要求进行留养修剪”, “末及时修剪每次扣2分”: held-out set 89's page, the shapes alike): 末 opening
 * a failing before an act, as 为 above.
 */
const MO_FOR_WEI =
  /(?:^|[,;。、)])末(?:按照|按|及时|按时|建立|制定|开展|完成|上报|报送|落实|进行|设置|配备|签订|公示|达到)/;

export function weiForWei(normal: string): string | undefined {
  const mo = MO_FOR_WEI.exec(normal);
  if (mo) {
    const word = mo[0].replace(/^[,;。、)]/, "");
    return `“${word}”疑为“未${word.slice(1)}”之误：按字面计分与条文本意相反，请人工核对后设定规则`;
  }
  const m = WEI_FOR_WEI.exec(normal);
  return m ? `“${m[0]}”疑为“未${m[0].slice(1)}”之误：按字面计分与条文本意相反，请人工核对后设定规则` : undefined;
}

const TWO_BOUNDS = /\d+(?:\.\d+)?%?或\d+(?:\.\d+)?%/;

export function twoBounds(normal: string): string | undefined {
  const m = TWO_BOUNDS.exec(normal);
  return m ? `“${m[0]}”是两个界限：各自适用于哪一类，条款未说明，请人工设定规则` : undefined;
}

const GROWTH = /增长|增幅|增速/;

export function growthRate(statements: readonly Statement[]): string | undefined {
  for (const s of statements) {
    const cond = s.kind === "slope" || s.kind === "band" ? s.cond : s.kind === "plain" ? s.cond : undefined;
    const rated =
      s.kind === "slope" ||
      (s.kind === "band" && s.range.measure === "rate") ||
      (s.kind === "plain" && /%/.test(s.cond));
    if (cond !== undefined && rated && GROWTH.test(cond)) {
      return `“${cond}”是增长率，可能为负数，比率输入不能为负，请人工设定规则`;
    }
  }
  return undefined;
}

// (and a case excepted, “(确无症状例外)”, held-out set 84: whether it holds, the evaluator decides)
// (and a delay a reason excuses, “按期(若有正当理由推迟需办理相关手续)回复…”, held-out set 128)
export const EXEMPTION =
  /[(（][^()（）]*(?:不失分|不扣分|免扣|不计扣|视为达标|视为满分|按满分计|例外|除外|有正当理由)[^()（）]*[)）]/;
/**
 * “年内若无建设项目,此项不扣分。年内有建设项目,未开展…评价与审核,不得分。” (held-out set 42): a case the item does not apply
 * to, stated beside its failing — a yes/no of the one would be read as the other.
 */
const IF_EXEMPT =
  /(?:^|[,;。])(?:年内|当年|本年度|考核期内)?(?:若|如|如果|凡)?(?:无|没有|未发生|不涉及)[^,;。]{1,20},?(?:此项|本项|该项)(?:不扣分|不失分|得满分|不考核|不评分|不计分)/;

export function exemption(text: string): string | undefined {
  const m = EXEMPTION.exec(text) ?? IF_EXEMPT.exec(text);
  if (m && /除外|例外|正当理由/.test(m[0]))
    return `“${m[0]}”：除外的单位或情形由评价人认定，草稿会漏掉，请人工设定规则`;
  return m ? `“${m[0]}”：部分单位另有计分，草稿会漏掉，请人工设定规则` : undefined;
}

/**
 * “开展文物保护、非遗申报等工作的得1分” (held-out set 16, h16-zjcs-1.3): an award for a list left open with 等 — whether one
 * of them earns it or all are needed, and what else counts, the clause does not say.
 */
export function openListAward(normal: string): string | undefined {
  const m =
    /(?:^|[,;。])([^,;。]*、[^,;。、]*等(?:工作|活动|项目|内容|事项)?)的?,?(?:得|计|记)(?:\d+(?:\.\d+)?分|满分)/.exec(
      normal,
    );
  // with its failing said (“…等工作,得5分;出现不配合现象不得分”, shicheng-1.5) the award is read as that failing's other side
  if (/不得分|否则|扣|不计分|不记分/.test(normal)) return undefined;
  return m ? `“${m[1] as string}”列表以“等”开放：做到其中一项是否即得分，条款未说明，请人工设定规则` : undefined;
}

/**
 * “产品取得所有认证得3分；出现一项无产品认证得0分” (held-out set 15, h15-gys-1.2): one item failing takes all the points —
 * drafted as a yes/no of the award's condition, the clerk would type 是/否 where the label (as “缺一项不得分”, read as a
 * count since round 15) keys the number of items failing. Until the award and the counted failing are read together,
 * the yes/no draft of it declines.
 */
export function oneItemBesideAward(normal: string, rule: { kind: string }): string | undefined {
  if (rule.kind !== "allOrNothing") return undefined;
  const m = /(?:出现|发现|有|缺少?)1(?:项|个|处|例)[^,;。]*?,?(?:得0分|不得分|计0分)/.exec(normal);
  return m ? `“${m[0]}”：一项即不得分，输入是不符合的项数还是是否全部符合，未能读出，请人工设定规则` : undefined;
}

/** A piece scored by another table or rule the clause only names (“收集内容按媒体宣传考核明细表考核”, held-out set 42). */
const OTHER_TABLE = /按[^,;。]{1,20}(?:明细表|评分表|考核表|细则|办法)(?:进行)?(?:考核|计分|评分|打分|执行)/;

export function scoredElsewhere(normal: string): string | undefined {
  const m = OTHER_TABLE.exec(normal);
  return m ? `“${m[0]}”：这部分按另表计分，草稿会漏掉，请人工设定规则` : undefined;
}

/**
 * “…不符合消防技术标准的直接扣5分,有1项不符合的扣1分” (held-out set 107): the same list failed two ways, all the points “直接”
 * and per item — which case is which (all failing, or a whole missing?), the clause does not say.
 */
const DIRECT_BESIDE_ITEMS =
  /直接(?:扣|扣除|扣减)\d+(?:\.\d+)?分[^。]*?(?:有|每|缺)(?:1|一)?(?:项|个)[^,;。]{0,12}?(?:扣|减)/;

export function directBesideItems(normal: string): string | undefined {
  const m = DIRECT_BESIDE_ITEMS.exec(normal);
  return m
    ? `“${m[0]}”：同一列项既“直接扣”又按项扣，何种情形直接扣、何种情形按项扣，条款未说明，请人工设定规则`
    : undefined;
}

/** Grades of one thing: 甲级/乙级, 省级/市级, 一等奖/二等奖. */
const GRADE = /(?:国家级|省级|市级|县级|区级|校级|院级|甲级|乙级|丙级|[一二三]等奖?)$/;

/**
 * “取得…专业证照，乙级加3分，甲级加5分” (held-out set 105): points for grades of one thing, each its own yes/no — whether
 * a unit holding both takes both or the higher, and whether each certificate counts, the clause does not say.
 */
export function gradeFlags(statements: readonly Statement[]): string | undefined {
  const graded = statements.filter(
    (s) => s.kind === "plain" && (s.result.kind === "award" || s.result.kind === "full") && GRADE.test(s.cond),
  );
  if (graded.length < 2) return undefined;
  const names = graded.map((s) => (s.kind === "plain" ? (GRADE.exec(s.cond)?.[0] ?? "") : ""));
  return `“${names.join("”“")}”是同一事项的不同等级：兼有时累加还是取高、每项各计还是只计一次，条款未说明，请人工设定规则`;
}

/**
 * “对完不成分配工作任务的扣分,不做分配工作的不得分” (held-out set 104): a failing “…的扣分” with no amount — how much it
 * takes, the clause does not say; read on, the failing would join the next one's condition.
 */
const AMOUNTLESS = /([\u4e00-\u9fa5]{2,20}的)扣分(?=[,;。]|$)/;

export function amountlessDeduction(normal: string): string | undefined {
  const m = AMOUNTLESS.exec(normal);
  return m ? `“${m[0]}”未写扣多少分，请人工设定规则` : undefined;
}

/**
 * “第18项、19项、20项…未按规定落实的,每发现1处扣0.5分,扣完为止” (held-out set 109): one rule over several items of the row,
 * each with points of its own — which item a deduction comes from, and whether 扣完为止 stops at each or at their sum, the
 * clause does not say.
 */
const SEVERAL_ITEMS = /第\d+项(?:[、和及与]第?\d+项)+/;

export function severalItemsNamed(normal: string): string | undefined {
  const m = SEVERAL_ITEMS.exec(normal);
  return m ? `“${m[0]}”：一条扣分办法管几项，从哪一项扣、扣到各项还是合计为止，条款未说明，请人工设定规则` : undefined;
}

/**
 * “未交工作日志或没无工作记录者扣4分” (held-out set 112): two negations together (没无; not 未无, as in 未无害化处理) — a
 * slip, and read literally the failing says the opposite of what is meant.
 */
const DOUBLE_NEGATION = /没无|无没|没未/;

export function doubleNegation(normal: string): string | undefined {
  const m = DOUBLE_NEGATION.exec(normal);
  return m ? `“${m[0]}”两个否定词相连，疑为笔误：按字面计分与条文本意相反，请人工核对后设定规则` : undefined;
}

/** “网站更新不及时,每次/月扣0.2分” (held-out set 112): per time or per month, the slash leaves open. */
const SLASHED_UNIT = /每(?:次|个|项|件|人)\/(?:月|年|周|季度?|日|天)/;

export function slashedUnit(normal: string): string | undefined {
  const m = SLASHED_UNIT.exec(normal);
  return m ? `“${m[0]}”：按次计还是按月（期）计，条款未说明，请人工设定规则` : undefined;
}

/**
 * “有安全管理措施上墙、签订安全生产责任状、…消防设施齐全、年度发生一般以上农机安全生产事故不计分” (held-out set 119):
 * requirements met (有…, 签订…) and an event (发生…) listed under one result — read as one failing, the draft would ask
 * whether all of them happened; which of them takes the points, the clause does not say.
 */
const MET = /^(?:有|签订|建立|配备|制定|设有)/;
const EVENT_PIECE = /^(?:[\u4e00-\u9fa5]{0,4}?)(?:发生|出现)/;

export function requirementsBesideEvent(statements: readonly Statement[]): string | undefined {
  for (const s of statements) {
    if (s.kind !== "plain" || (s.result.kind !== "zero" && s.result.kind !== "deduct")) continue;
    const pieces = (s.raw ?? s.cond).split("、");
    if (pieces.length < 2) continue;
    if (pieces.some((p) => MET.test(p)) && pieces.some((p) => EVENT_PIECE.test(p))) {
      return `“${s.cond}”把要做到的事与发生的事并列，共用一个计分结果：哪一项导致扣分，条款未说明，请人工设定规则`;
    }
  }
  return undefined;
}
