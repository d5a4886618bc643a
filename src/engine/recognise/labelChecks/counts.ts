/**
 * Counts of things short or missing, and lists left open with 等: a shortfall with nothing named to count, 没少 for 每少,
 * items that cannot make the award's points, a failing that is also one of the items a shortfall counts, and things
 * missing, required or failing in a list that does not close.
 *
 * - 85 (held-out sets 19–21): a shortfall in items with no items named (“缺1项扣0.5分” under “逐步加强…装备建设,配置水平
 *   明显高于平均水平”), and 没少 written for 每少 (“没少完成1项扣0.1分”); “缺项不得分” with no number and no items.
 * - 88 (held-out sets 25–27): an award listing things whose count at the amount cannot make its points (what 每项 counts).
 * - 90–93 (held-out sets 31–42): a failing also among the context's items a shortfall counts.
 * - 94–96 (held-out sets 43–51): a missing thing left open with 等.
 * - 97–102 (held-out sets 52–69): things missing from or required in a list left open with 等; acts left open with 等.
 */
import { dec, Decimal } from "../../decimal";
import type { Recognition } from "../index";
import { MANNER, DEGREE } from "../guards";
import { effortWord } from "../effortAward";
import { draftKind, draftTerms, termTexts } from "../ruleLabels";

/**
 * “查看文件材料,缺项不得分”: whether the input is the number of items missing (the Conventions' “缺一项不得分”) or whether
 * any is, and which items the requirement holds, the clause does not say.
 */
export function bareMissing(read: Recognition): string | undefined {
  const q = termTexts(read).find((t) => t.kind === "question" && /缺项$/.test(t.text));
  return q ? `“${q.text}”：缺的是考核内容中的哪几项、填写缺项数还是“是/否”，条款未说明，请人工设定规则` : undefined;
}

/** A count of items short with no subject but the shortfall itself (“缺”, “少”, “缺少”). */
const BARE_SHORTFALL = /^(?:少|缺|缺少)$/;
/** A count past a limit with nothing but the excess (“超”, “超出”). */
const BARE_EXCESS = /^(?:超|超出|超过|多)$/;
/** Whether a draft takes points away (an award past an unnamed base is `changeWithoutBase`'s). */
function deducting(read: Recognition): boolean {
  const kind = draftKind(read);
  return kind === "perCaseDeduction" || kind === "penalty";
}
/** A list closed with 等 before what makes it whole (“资料、公示材料、文件等齐全”). */
const OPEN_LIST_COMPLETE = /、[^,;。、]{1,12}等(?:[^,;。]{0,6})?(?:齐全|完整|完备|齐备)/;

export function shortOfUnnamed(read: Recognition, normal: string, context = ""): string | undefined {
  // items the clause names itself (“有…方案和面商计划的,记1.5分;少一项…”) are counted from the clause
  const named = /、|和|及|与|有/.test(normal);
  for (const t of termTexts(read)) {
    if (t.kind !== "count") continue;
    if (/^(?:没|未)(?:少|缺)/.test(t.text)) {
      return `“${t.text}”疑为“每${t.text.slice(1)}”之误：按字面无法计分，请人工核对后设定规则`;
    }
    // “每超1人扣4分” (held-out set 136): a count past a limit the clause never names
    if (BARE_EXCESS.test(t.text) && deducting(read)) {
      return `“${t.text}”所超出的限额未写明，超出多少无从计数，请人工设定规则`;
    }
    // “申报资料、公示材料、文件等齐全的得3分,少一项扣1分” (set 133): items named, but the list left open with 等
    if (BARE_SHORTFALL.test(t.text) && OPEN_LIST_COMPLETE.test(normal)) {
      return `“${t.text}”所计的项出自以“等”收尾的列举，哪些项应有条款未列全，请人工设定规则`;
    }
    if (named || !BARE_SHORTFALL.test(t.text)) continue;
    // the items counted are the requirement's; one weighed by how far or how well has no items to count
    const weighed =
      effortWord(context) ?? MANNER.exec(context)?.[0] ?? DEGREE.exec(context)?.[0] ?? /明显|显著/.exec(context)?.[0];
    if (weighed !== undefined) {
      return `“${t.text}”的项要从考核内容中数出，而考核内容中的“${weighed}”需要评价人判断，缺几项无从计数，请人工设定规则`;
    }
  }
  return undefined;
}

/**
 * “签订各类防火责任状、上报各类防火报表、森林火灾隐患排查到位的,计20分,未完成每项扣2分,扣完为止” (held-out set 25): the
 * award lists three things, yet three at 2 each cannot take its 20 — what “每项” counts (each thing listed, or each
 * 责任状 and 报表 of 各类) the text does not say.
 */
export function itemsShortOfPoints(read: Recognition, normal: string, P: Decimal): string | undefined {
  if (read.status !== "draft" || read.rule.kind !== "perCaseDeduction") return undefined;
  const terms = draftTerms(read);
  const [only] = terms;
  if (terms.length !== 1 || only?.kind !== "count" || only.unit !== "项" || only.per === undefined) return undefined;
  // items of the award left undone (not cases found: “发现一项的扣5分” counts what is found)
  if (!/^(?:未完成|未做到|做不到)/.test(only.label ?? "")) return undefined;
  const award = /^(?:\(?\d+[)、.])?([^;。]*?)的?,?(?:计|得|记)(\d+(?:\.\d+)?)分/.exec(normal);
  if (!award || !dec(award[2] as string).equals(P)) return undefined;
  const items = (award[1] as string).replace(/\([^)]*\)/g, "").split("、").length;
  if (items < 2 || dec(only.per).times(items).equals(P)) return undefined;
  return `奖励条件列出${items}项、每项扣${only.per}分，与本项分值${P.toString()}分不相合：“每项”所指未说明，请人工设定规则`;
}

/** What a failing's label names once its negation is taken off (“没有报送年度报表” → “报送年度报表”). */
const NEGATION = /^(?:没有|未|无|不)(?:按要求|按时|及时)?/;

/**
 * “少1项扣2分,没有报送年度报表扣5分” under “…有总结、有计划…,年底前按要求向区关工委报送年度报表” (held-out set 31): the
 * failing named on its own is also one of the context's items the shortfall counts — one deduction or both, the text does
 * not say.
 */
export function itemCountedTwice(read: Recognition, context: string): string | undefined {
  const terms = draftTerms(read);
  if (context === "" || !terms.some((t) => t.kind === "count" && BARE_SHORTFALL.test(t.label ?? ""))) return undefined;
  for (const t of terms) {
    const thing = t.kind === "flag" ? (t.label ?? "").replace(NEGATION, "") : "";
    if (thing !== t.label && thing.length >= 4 && context.includes(thing))
      return `“${t.label}”所说的“${thing}”也是考核内容所列的一项：未做到时只扣一处，还是与“${terms.find((x) => x.kind === "count")?.label}”的扣分叠加，条款未说明，请人工设定规则`;
  }
  return undefined;
}

/** “缺重要既往史记录等扣5分” (held-out set 51): what is missing, left open with 等. */
export function openMissing(read: Recognition): string | undefined {
  const t = draftTerms(read).find((x) => x.kind === "flag" && /^(?:缺|缺少|无)[^,;。]{1,16}等$/.test(x.label ?? ""));
  return t ? `“${t.label}”以“等”结尾，缺哪些算作缺失未列全，请人工设定规则` : undefined;
}

/** “酗酒、起哄、摔瓶子等扰乱校园秩序者扣5分” (held-out set 59): acts listed and left open with 等, deducted without 每. */
export function openFailings(read: Recognition, normal: string): string | undefined {
  if (!draftTerms(read).some((x) => x.kind === "flag")) return undefined;
  const m = /[^,;。]*、[^,;。、]{1,8}等[\u4e00-\u9fa5]{2,}?(?:的|者)?,?(?:扣|减)\d/.exec(normal);
  // (a failing over things left open, “未提供人力、物力、财力等条件保障的”, is one failing, r16c-bmzc-1)
  return m && !/未|没有|无|不/.test(m[0])
    ? `“${m[0].replace(/,?(?:扣|减)\d$/, "")}”所列情形以“等”开口，所指未列全，请人工设定规则`
    : undefined;
}

/**
 * “设有能源管理机构,并有能源计量、统计、审计等能源管理岗位并报备案的,得1分” (held-out set 63): an award for having things
 * listed and left open with 等 — which of them must be there, the list does not close.
 */
export function openThingsAwarded(read: Recognition, normal: string): string | undefined {
  if (read.status !== "draft" && read.status !== "partial") return undefined;
  // criteria each with its points (“有相应的储藏、运输等设施(5分)”, “产品通过无公害农产品或绿色食品、有机食品等认证(2分)”: held-out
  // set 95): a criterion over things left open
  const criterion = draftTerms(read).find(
    (t) =>
      t.kind === "flag" &&
      /(?:有|通过|配有|设有|配备|建有|收录|包括|包含)[^,;。]{0,20}、[^,;。]{0,20}?等(?!级|次)/.test(t.label ?? ""),
  );
  if (criterion) return `“${criterion.label ?? ""}”所列以“等”开口，须具备哪些未列全，请人工设定规则`;
  const m = /(?:有|配有|设有|配备|建有)[^,;。、]{0,10}、[^,;。]{0,20}?等[^;。扣减]*?(?:得|加|计|记)\d/.exec(normal);
  return m
    ? `“${m[0].replace(/,?(?:得|加|计|记)\d$/, "")}”所列以“等”开口，须具备哪些未列全，请人工设定规则`
    : undefined;
}

/**
 * Things missing counted from a list left open with 等 — which count as missing, the list does not close:
 * - items (项) listed in the row's context: “缺1项,不得分” under “医院设备：MECT治疗仪、多导心电监测仪、…和相关设备等”
 *   (held-out set 55), “缺一项扣 1分” under “有“办学许可证”、“卫生许可证”…等相关证件” (set 100), a numbered list
 *   whose first line ends “…腹腔镜、胆道镜等” before “2.手术显微镜…” (set 105);
 * - places (处) listed in the clause: “等候厅、会议室、厕所、走廊…等区域内有明显的禁烟标识,10分;缺1处扣2分” (set 68).
 * Items listed so in the clause itself (“…两图等版面,缺一项扣1分”, h41-sihua-14) are read as counts, as labels read them.
 */
export function missingFromOpenList(read: Recognition, normal: string, context: string): string | undefined {
  const counts = draftTerms(read).filter((x) => x.kind === "count");
  // (“公示内容每缺少1项的”, labelled “公示内容（缺少的项数）”: held-out set 85)
  const item = counts.find((x) => x.unit === "项" && /^缺(?:少)?项?|^[^、（(]{1,8}（缺少的项数）$/.test(x.label ?? ""));
  if (
    item &&
    /、[^。;]*等(?:相关)?(?:内容|项目|事项|材料|资料|制度|证件|证照)?(?:[)）]|[。;,]|\s|\d{1,2}[.、]|$)/.test(context)
  ) {
    return `“${item.label ?? ""}”：考核内容所列的项目以“等”结尾，缺哪些算作缺项未列全，请人工设定规则`;
  }
  // “无制定规定的安全操作规程的,扣1分/项” under “制定举升机、钻床、砂轮机、空气压缩机等机电设备的安全操作规程” (held-out set
  // 120): the things counted per 项 are those the context lists open with 等, named by what each must have.
  for (const m of context.matchAll(
    /、[^。;,、]*?等[\u4e00-\u9fa5]{1,8}?的([\u4e00-\u9fa5]{2,8}?)(?=[,;。并及和与]|$)/g,
  )) {
    const thing = m[1] as string;
    const counted = counts.find(
      (x) => x.unit === "项" && /^(?:或)?(?:无|未|没有)/.test(x.label ?? "") && (x.label ?? "").includes(thing),
    );
    if (counted)
      return `“${counted.label ?? ""}”：考核内容所列的${thing}以“等”开口，缺哪些算作一项未列全，请人工设定规则`;
  }
  // “否则每有一项不相符的扣2分” under “资金的拨付、使用、管理等事项符合…规定” (held-out set 133): the matters a 项 is
  // one of are listed open with 等
  const unmet = counts.find((x) => x.unit === "项" && /^(?:不相符|不符合|不符|不合规)$/.test(x.label ?? ""));
  if (unmet && /、[^。;,]*等(?:事项|项目|内容|方面|环节)/.test(context))
    return `“${unmet.label ?? ""}”所计的项出自考核内容以“等”开口的列举，哪些算作一项未列全，请人工设定规则`;
  // (the label may keep the points written before it: “…等区域内有…禁烟标识。8分,缺1处扣1分”, held-out set 108)
  const place = counts.find((x) => x.unit === "处" && /^(?:\d+(?:\.\d+)?分)?(?:缺|少|缺少)$/.test(x.label ?? ""));
  return place && /、[^,;。]*等/.test(normal)
    ? `“缺”所对的场所或项目以“等”开口，缺哪些算作一处未列全，请人工设定规则`
    : undefined;
}

/**
 * “有跨区域受理公证业务等不正当竞争行为的,每起扣5分”, “公证员助理有以公证员名义办证等情况的,每起扣5分” (held-out set 79):
 * cases counted of a class the clause opens with 等 — which acts count as one, the evaluator decides. (Cases of a list
 * left open with no class after it, “错保、漏保或重复保等，每例扣0.5分”, are counted as the development labels read them.)
 */
const OPEN_CLASS = /等[^并和及与,]{0,8}?(?:行为|情况|情形|现象|问题|措施)$/;

export function openClassCounted(read: Recognition, normal: string): string | undefined {
  // (and a failing of measures left open, “未进行兜底管理等相应措施扣1分”, held-out set 104, even once)
  const t = draftTerms(read).find((x) => {
    const label = (x.label ?? "").replace(/的$/, "");
    return (
      (x.kind === "count" && OPEN_CLASS.test(label)) || (x.kind === "flag" && /等[^并和及与,]{0,8}?措施$/.test(label))
    );
  });
  if (t) return `“${t.label ?? ""}”所列以“等”开口，哪些情形计作一起由评价人认定，请人工设定规则`;
  // “不能独立完成工作,如CAD、PPT等办公软件…,扣2分/项” (held-out set 142): items counted from examples left open with 等
  const example = /(?<=^|[,;。(])如(?![实期数约下上此何果])[^,;。]*、[^,;。]*等[\u4e00-\u9fa5]{0,8}/.exec(normal);
  if (example && draftTerms(read).some((x) => x.kind === "count" && x.unit === "项"))
    return `“${example[0]}”只是举例，按项计扣的项以“等”开口，哪些算作一项未列全，请人工设定规则`;
  // “未运用本单位官方网站、微信公众号、宣传栏、显示屏等各类宣传阵地开展…的,扣3分” (held-out set 136): one failing over a
  // list left open with 等各类 — whether some of them used is enough, the words do not say
  const open = /^(?:\d{1,2}[.、])?((?:未|没有|无)[^,;。]*、[^,;。]*等各(?:类|种|项)[^,;。]*)/.exec(normal);
  const once = termTexts(read).some((x) => x.kind === "flag" || x.kind === "question");
  return open && once ? `“${open[1]}”所列以“等各类”开口，做到其中几项算作做到，条款未说明，请人工设定规则` : undefined;
}

/**
 * “每个物业工程的…专职管理人员按相关规定持证上岗的,得5分” on 5 (held-out set 98): 每个 before a condition that ends in 的 and
 * earns all the points — every one of them, or each one found, the words do not say; counted per 个, one alone would take
 * the points.
 */
export function everyOrEach(read: Recognition, normal: string, P: Decimal): string | undefined {
  const m = /每(?:个|一个|家|户|所|名)([^\d,;。]{4,})的,?(?:得|计|记)(\d+(?:\.\d+)?)分/.exec(normal);
  if (!m || !draftTerms(read).some((t) => t.kind === "count")) return undefined;
  return dec(m[2] as string).greaterThanOrEqualTo(P)
    ? `“${m[0].replace(/,?(?:得|计|记)\d.*$/, "")}”得全部分值：是每一个都做到才得分，还是有一个做到即得分，条款未说明，请人工设定规则`
    : undefined;
}

/**
 * “更换1000元以上的破损部件及时交办公室查验,发生一次扣2分” (held-out set 113): 发生 counted after a requirement said as
 * done — what happens once (the failing) the clause does not name.
 */
export function eventUnnamed(read: Recognition): string | undefined {
  const t = draftTerms(read).find(
    (x) =>
      x.kind === "count" &&
      (x.label ?? "").length >= 6 &&
      /发生$/.test(x.label ?? "") &&
      !/未|不|没|无|违|迟|漏|缺|错|丢失|失误|造成|导致|损害|损坏|逾|拒|擅自|私自|乱|事故|案|投诉|火灾|灾害|伤亡/.test(
        x.label ?? "",
      ),
  );
  return t ? `“${t.label ?? ""}”：发生的是什么（哪一种未做到）条款未写，请人工设定规则` : undefined;
}

/** A failing's words: a negation, a lapse or a fault. */
const FAILING_WORDS = /未|不|没|无|缺|漏|迟|违|错|差|超|乱|丢|失|损|拒|私|擅|少|误|假|欠|过期|逾期|脱|空/;

/**
 * “食品按要求留样,每检查发现一次扣1分” (held-out set 134): what is counted is the requirement itself (按要求…), with no
 * failing named — a sample missing, too small, unrecorded: which, the text does not say.
 */
export function requirementCounted(read: Recognition): string | undefined {
  if (!deducting(read)) return undefined;
  for (const t of draftTerms(read)) {
    if (t.kind !== "count" || t.label === undefined) continue;
    if (/^[^是否]{0,10}按(?:要求|规定)[\u4e00-\u9fa5]{1,6}$/.test(t.label) && !FAILING_WORDS.test(t.label)) {
      return `“${t.label}”是要求本身，每次发现的是哪种不符合条款未写明，请人工设定规则`;
    }
  }
  return undefined;
}

/**
 * “…每年进村入户指导药具发放工作不少于4次,进村入户指导工作相关资料齐全、规范,每少一次扣5分” (held-out set 134): a
 * requirement of its own between the count to reach and what each one short costs — the draft would count the visits
 * and drop it.
 */
export function requirementBeforeShortfall(read: Recognition, normal: string): string | undefined {
  if (!draftTerms(read).some((t) => t.kind === "below")) return undefined;
  const m = /(?:不少于|不得少于|至少|以上)[^,;。]*,([^,;。\d]{4,}),(?:每)?(?:少|缺|差)1/.exec(normal);
  const other = m?.[1];
  if (other === undefined || /^(?:全年|每年|年内|共计?|合计|累计)/.test(other)) return undefined;
  return `次数要求之外还有“${other}”，未达到时如何计分条款未写，请人工设定规则`;
}
