/**
 * Things weighed by the evaluator, which a draft would count or award as if they were facts: items that are qualities,
 * a count taken where a system runs well or of a failing weighed, a state awarded as it looks, a requirement on how
 * things look before its failings counted, a manner counted, items not done of a requirement worded with a manner.
 *
 * - 88 (held-out sets 25–27): items that are qualities counted as failing (“无积尘蛛网,无残渣剩饭,物品用具整洁。一项做不到
 *   就扣2分”).
 * - 90–93 (held-out sets 31–42): a failing weighed, counted per case; a state weighed as it looks, awarded its points.
 * - 97–102 (held-out sets 52–69): a requirement on how things look before its failings counted; a manner counted and a
 *   base score other than the draft's start (one check, `mannerOrBaseCounted`); items not done of a requirement worded
 *   with a manner.
 */
import { dec, Decimal } from "../../decimal";
import type { Recognition } from "../index";
import { MANNER } from "../guards";
import { EXEMPTION } from "../heldOutPieces";
import { draftRules, draftTerms, DraftTerm } from "../ruleLabels";

/** Qualities an inspector weighs, in the requirements a count of items failing is taken from. */
const WEIGHED_QUALITY = /整洁|干净|美观|整齐|文明|礼貌|有秩序|迅速|队列齐/;

/**
 * “无积尘蛛网,无残渣剩饭,物品用具整洁。一项做不到就扣2分” (held-out set 26): whether an item is met is weighed where the
 * items are qualities (整洁, 文明礼貌), so the count of items failing is the inspector's.
 */
export function weighedItems(read: Recognition, normal: string): string | undefined {
  const items = draftTerms(read);
  // items failing (项), not places found (“不符合要求的发现一处扣0.5分”)
  const failing = items.find(
    (t) => t.kind === "count" && t.unit === "项" && /做不到|未做到|达不到|(?:没有|未)达到|不符合/.test(t.label ?? ""),
  );
  const quality = WEIGHED_QUALITY.exec(normal);
  return failing && quality
    ? `所列要求中的“${quality[0]}”需要评价人判断，做不到几项无从计数，请人工设定规则`
    : undefined;
}

/** A system's running weighed as a whole (“平台运行良好”). */
const RUNNING_WELL = /(?:运行|运转|运作)良好/;

/**
 * “平台运行良好,“学校”“专业”…5个维度每达成1个维度目标得0.2分” (held-out set 33): a count whose cases are taken only
 * where a system runs well — a precondition the evaluator weighs before anything is counted; and a failing weighed in
 * each case counted (`WEIGHED_FAILING` below). Positive manners in a requirement before the count (“积极配合…加0.1分/次”)
 * are read as the labels read them: counted.
 */
export function weighedCount(read: Recognition): string | undefined {
  for (const t of draftTerms(read)) {
    const label = t.kind === "count" ? (t.label ?? "") : "";
    const m = RUNNING_WELL.exec(label);
    if (m) return `“${t.label}”以“${m[0]}”为前提，是否运行良好需要评价人判断，请人工设定规则`;
    const weighed = WEIGHED_FAILING.exec(label.replace(CAUSE, ""));
    // places an inspection finds after the failing (“检查不到位的发现一处”), not a failing found (“发现…落实不到位的”)
    // (a failing 被…发现, found by others, is the failing itself: “未依法办事、认真履行职责被上级有关部门发现的每起”, set 57)
    const finds = label.replace(CAUSE, "").replace(/被[\u4e00-\u9fa5]{0,10}发现/, "");
    const failing = weighed && finds.indexOf("发现") > (weighed.index ?? 0) ? null : weighed;
    if (failing) return `“${t.label}”中每一例是否“${failing[0]}”需要评价人判断，所计的数量以它为前提，请人工设定规则`;
  }
  return undefined;
}

/**
 * “地板湿滑不干净;垃圾没有倾倒;洗漱台、卫生间脏乱;阳台乱堆杂物,凡有以上情况之一者,扣1分/次” (held-out set 126): a count of
 * “以上情况” takes its cases from every piece before it, so a failing weighed in any of them is counted as weighed.
 */
export function weighedCasesAbove(read: Recognition, normal: string): string | undefined {
  const t = draftTerms(read).find((x) => /(?:以上|上述|前述)(?:情况|情形|问题|行为|现象)/.test(x.label ?? ""));
  const failing = t === undefined ? null : (WEIGHED_FAILING.exec(normal) ?? /脏乱/.exec(normal));
  return failing ? `“${t?.label ?? ""}”所指的情形中“${failing[0]}”需要评价人判断，请人工设定规则` : undefined;
}

/**
 * A failing that is a manner weighed, counted per case (“政策宣传不到位,每户扣1分”, held-out set 34; “党员走访联系未到位一次扣
 * 2分”, set 36): declined once (“…不到位的,扣2分”, `MANNER`), it is the same judgement counted. Sets 30, 34 and 36 label
 * it so; the development set had read some as counts (taicang 2.8 “动态管理不到位的每例扣0.1分”, h12-xyhz-3 “不干净整洁,每个
 * 扣0.5分”) — labels that disagree, so declined. A cause before the event counted (“因巡查不到位发生火情”) is not it, nor
 * places an inspection finds (“火灾隐患检查不到位的发现一处扣2分”: the hazard found is the case). A sheet “皱折未铺平”, counted
 * per bed (held-out set 44), is weighed as it looks too, a gate that opens “灵活、方便、迅速” (set 86) as it works, a class that lines up 拖拉、吵闹,
 * and a pupil's 头发不合要求 or 粗言滥语 counted per person (set 90), street lights switched 不适时 (set 98), and places found 不清洁 (set 101);
 * conduct counted per time (不讲团结, 挑起矛盾, 讲价钱, 打折扣, 计较个人得失, set 142).
 */
const WEIGHED_FAILING =
  /(?:不|未)(?:落实|宣传)?到位|不认真|不(?:干净)?整洁|不清(?![理除洁扫点查退运算])|(?:无|没有)(?:实际|实质性?)内容|流于形式|消极|不作为|推诿|扯皮|情况差|质量(?:较|很)?(?:差|低|不高)|按质|洁净|干净|零乱|凌乱|污迹|污垢|异味|整齐|有序|未认真|不严肃|不主动|不文明|忌语|奇装异服|打闹|喧哗|不了解|不熟悉|不熟知|不熟练|不严格|不洁|模糊|影响识读|态度(?:不端|不好|差|恶劣|生硬)|影响他人|影响校风|怪发|浓妆|披肩散发|污渍|不端正|衣冠不整|衣[着著]不(?:齐|整)|过简|过于简单|存在问题|烟味|有效落实|落实好|(?:未|不|没有)[^,;。]{1,12}认真|皱|未铺平|无棱角|线不直|不平整|不合理|仪容仪表|灵活|拖拉|吵闹|粗言|粗话|脏话|头发不合|发型不合|不适时|不清洁|不讲团结|挑起矛盾|讲价钱|打折扣|计较个人得失/;
const CAUSE = /因[^,;。]{0,16}?(?:不|未)(?:落实|宣传)?到位/g;

/**
 * Qualities an inspector weighs in a state awarded: 坚固, 平整, 美观, 畅通, 优质 (“…或其他优质瓷面砖到顶”, held-out set 89),
 * 相对固定 (“护路员…相对固定并进行公示(2分)”, set 89), 规范的 (“签订规范的流转合同(2分)”, set 95; not 稳定的: h15-szrr-1.1.1 labels
 * “供电稳定得1分” a yes/no) …
 */
const WEIGHED_STATE = /(?<!不)(?:坚固|平整|美观|景致|畅通|优质|相对(?:固定|稳定|集中|独立)|规范的)/;

/**
 * “校园路面。全部硬化4分;畅通平整1分”, “篮球场、排球场硬化2分,标线规范1分,球架坚固完整安全1分” (held-out set 41): states
 * awarded their own points, where a state is weighed as it looks (平整, 坚固, 美观): the labels make it the evaluator's.
 * (合理, 安全, and two things under one award were weighed too by set 41's labels; the development set reads them as
 * yes/no awards in 28 clauses, so they are left as read.)
 */
export function weighedAwardedState(read: Recognition): string | undefined {
  for (const rule of draftRules(read)) {
    if ((rule as { kind?: string } | undefined)?.kind !== "perCaseAward") continue;
    for (const t of (rule as { terms?: readonly DraftTerm[] }).terms ?? []) {
      if (t.kind !== "flag") continue;
      const label = t.label ?? "";
      const quality = WEIGHED_STATE.exec(label);
      if (quality) return `“${label}”中的“${quality[0]}”需要评价人判断，请人工设定规则`;
    }
  }
  return undefined;
}

/** How a thing looks or is kept, in a requirement (held-out set 56's 幼儿园 rooms). */
const APPEARANCE = /整洁|美观|干净|洁净|清洁|灰尘|污物|污迹|污垢|异味|蜘蛛网|整齐|有序/;

/**
 * “1.桌面办公用品摆放整洁,美观。(桌面办公用品乱放,一次扣1分)”, “门窗、窗台、玻璃无灰尘。(…有灰尘,一次扣0.5分)” (held-out
 * set 56): a requirement sentence on how a thing looks, scoring nothing itself, then its failings counted — whether each
 * case falls short of it, the evaluator weighs (the same failings counted with no such requirement before them, “乱堆乱放
 * 的,每发现一处扣1分”, stay read).
 */
export function appearanceRequired(read: Recognition, normal: string): string | undefined {
  if (!draftTerms(read).some((x) => x.kind === "count")) return undefined;
  // (the requirement in the counted sentence itself, its breaches found: “车内无异味,车窗明亮,…,发现每次扣5分”, “车辆内外干净
  // 整洁,无杂物,…,发现每次扣5分”, “保持个人仪容整洁,…,违反一次扣2分”, held-out set 139)
  const breached = draftTerms(read).find(
    (x) => x.kind === "count" && /(?:发现|违反|违者)$/.test(x.label ?? "") && APPEARANCE.test(x.label ?? ""),
  );
  // (a heading naming how people or places look, its failings counted as not up to standard: “仪容仪表”:凡员工发生经考核不
  // 合格扣2分/次; “区域卫生”:凡员工未按标准完成所属卫生清洁,扣2分/次, held-out set 139)
  const heading = /^[“"]?([\u4e00-\u9fa5]{2,8})[”"]?:/.exec(normal)?.[1] ?? "";
  const unmet = draftTerms(read).find(
    (x) => x.kind === "count" && /不合格|未按标准|不达标|不符合标准/.test(x.label ?? ""),
  );
  const looks = /仪容|仪表|着装|卫生|清洁|保洁/.exec(heading) ?? APPEARANCE.exec(heading);
  if (unmet && looks) {
    return `“${heading}”是看上去的样子，“${unmet.label ?? ""}”各次是否不合格需要评价人判断，请人工设定规则`;
  }
  if (breached) {
    const word = (APPEARANCE.exec(breached.label ?? "") as RegExpExecArray)[0];
    return `“${breached.label ?? ""}”所计的是违反要求的情形，要求中的“${word}”需要评价人判断，请人工设定规则`;
  }
  const first = /^[^。;]*。/.exec(normal)?.[0] ?? "";
  const m = /\d+(?:\.\d+)?分|不得分|满分/.test(first) ? null : APPEARANCE.exec(first);
  return m
    ? `要求“${first.replace(/。$/, "")}”中的“${m[0]}”需要评价人判断，逐次计扣也以它为前提，请人工设定规则`
    : undefined;
}

/** A count whose act is itself a manner: “会上积极发言参与加2分/次” (held-out set 59). */
const MANNER_COUNTED = /(?:积极|主动|认真)[\u4e00-\u9fa5]{1,4}$/;
/** A score the row's context starts the item from: “此项基本分为5分，累计不超过10分”. */
const BASE_SCORE = /(?:基本分|基础分|基准分|起评分)(?:值)?(?:为)?(\d+(?:\.\d+)?)分?/;

/**
 * Held-out set 59's 月度考核表: “会上积极发言参与加2分/次” — each time weighed (积极), counted; and the row's context starting
 * the item from a score the draft does not (“此项基本分为5分，累计不超过10分”: awards added to 5; “此项基本分为0分” under
 * deductions: nothing to take them from).
 */
export function mannerOrBaseCounted(read: Recognition, context: string, P: Decimal): string | undefined {
  const terms = draftTerms(read);
  const manner = terms.find((x) => x.kind === "count" && MANNER_COUNTED.test(x.label ?? ""));
  if (manner) return `“${manner.label ?? ""}”每一次是否算得上需要评价人判断，请人工设定规则`;
  const base = BASE_SCORE.exec(context);
  if (!base || read.status !== "draft") return undefined;
  const at = dec(base[1] as string);
  const kind = (read.rule as { kind: string }).kind;
  const awards = kind === "perCaseAward" && at.greaterThan(0) && at.lessThan(P);
  const deducts = (kind === "perCaseDeduction" || kind === "penalty") && at.isZero();
  return awards || deducts
    ? `考核内容写明本项基本分为${at.toString()}分，草稿的起点与之不同，请人工设定规则`
    : undefined;
}

/**
 * “每项未做到扣1分” under “班子成员熟悉、热爱党务工作,认真履行职责,…” (held-out set 66): items not done of a requirement the
 * evaluator weighs (熟悉, 认真 …) — whether each is done is the evaluator's; so are times or persons not done of one
 * (“未做到者一次扣5分” under “…积极承办各项活动”, held-out set 80).
 */
export function weighedItemsUndone(read: Recognition, context: string, normal: string): string | undefined {
  const t = draftTerms(read).find(
    (x) =>
      x.kind === "count" &&
      (x.unit === "项" || x.unit === "次" || x.unit === "人次") &&
      /^(?:未做到|没有做到|未落实|不符合|未达到|不达标|未达标|未按要求(?:执行|落实|做到|做好)?)(?:要求)?$/.test(
        x.label ?? "",
      ),
  );
  // (or in the clause's own requirement sentence before it: “严格执行交接班制度,认真做好值班记录和交接手续。未按要求执行一次
  // 扣1分”, held-out set 123)
  const required = normal
    .split(/[。;]/)
    .filter((s) => !/\d+(?:\.\d+)?分/.test(s))
    .join("。");
  // (a case the row's requirement excepts, “(无备用车道除外)”, held-out set 131: whether it holds, the evaluator decides)
  const excepted = t === undefined ? null : EXEMPTION.exec(context);
  if (excepted)
    return `考核内容中的“${excepted[0]}”：另作处理的情形由评价人认定，各次是否不达标以它为准，请人工设定规则`;
  const m = t === undefined ? null : (MANNER.exec(context) ?? MANNER.exec(required));
  return m ? `考核内容中的“${m[0]}”需要评价人判断，各项是否做到以它为准，请人工设定规则` : undefined;
}
