/**
 * Awards and the requirements they are tied to, where the text leaves open what meeting some of them scores: one award
 * over a list or a duty only an event brings, a yes/no whose 是 may be either question, a frequency required, a bound
 * beside other requirements, 否则 or a bare failing after several requirements, points standing alone after them.
 *
 * - 86 (held-out sets 19–21): one award of all the points, no 否则, for a duty only an event brings or over a list of
 *   three or more things.
 * - 88 (held-out sets 25–27): “符合条件的,得3分;发现任何违反…的,不得分” — 是 for the requirement met or the case found.
 * - 94–96 (held-out sets 43–51): a frequency required with its points (“按月…得1分”).
 * - 97–102 (held-out sets 52–69): a bound awarded beside other requirements; 否则 left in a label; a bare not-met or 违反
 *   after several requirements; points standing alone after their requirements.
 */
import type { Recognition } from "../index";
import { draftKind, draftTerms } from "../ruleLabels";

/** An event, then what is due when it happens: “一般农机死亡事故应做好事故通报”. */
const EVENT_DUTY = /(?:事故|案件|事件|险情|灾情|火情|疫情)[^,;。《》]{0,6}(?:应(?!急)|要|须)/;

/**
 * Three or more things under one award's condition (“制订…工作规划、年度工作计划、技术方案和实施方案得1分”), or two joined
 * by 和/及/与 without 且/并 (“拟订节水目标责任制和查核制度得2分”): the development set read some such pairs as one
 * yes/no (round 6 llgd-2.2), held-out set 32 as open — labels that disagree, so the pair is declined as the list is.
 */
function listed(condition: string): boolean {
  const bare = condition.replace(/^\(?\d+[)、.]/, "").replace(/\([^)]*\)|《[^》]*》/g, "");
  const parts = bare.split(/、|和(?!谐)|(?<![以涉普])及(?![时格])|(?<![参给授赋])与/).filter((t) => t !== "");
  if (/、/.test(bare) && parts.length >= 3) return true;
  // two parted by 、 (held-out set 38, “建立应急预案、调控方案的得0.5分”) are a pair as two joined by 和 are
  if (/^[^、]{2,}、[^、]{2,}$/.test(bare) && !/且|并|同时/.test(bare)) return true;
  // two things joined by 和/及/与 (held-out set 32, “明确节水主管部门和节水管理人员得2分”), unless 且/并 says both are due
  return parts.length >= 2 && parts.every((t) => t.length >= 2) && !/且|并|同时/.test(bare);
}

/**
 * Absences listed each with its own 无 among the requirements (“财务管理规范、无假发票、无小金库”): not one 无 over a list
 * (“无臭水潭、污水横流”, “无漏报、迟报、瞒报现象”: none of them, one yes/no).
 */
function absencesListed(condition: string): boolean {
  if (!listed(condition)) return false;
  const parts = condition
    .replace(/^\(?\d+[)、.]/, "")
    .split(/、/)
    .filter((t) => t !== "");
  const absences = parts.filter((t) => /^(?:无|未|没有)/.test(t)).length;
  return absences >= 2 || (absences === 1 && !/^(?:无|未|没有)/.test(parts[0] ?? ""));
}

/**
 * One award of all the points with no 否则: for a duty that only an event brings (what if none happened?), or over a
 * list of things (all of them, or in part?), the text leaves the rest open — held-out sets 20 and 21 labelled both so,
 * where earlier sets had read some lists as a yes/no (contested, so declined).
 */
export function openAward(read: Recognition, normal: string): string | undefined {
  if (read.status !== "draft" || read.rule.kind !== "allOrNothing" || read.rule.sense !== "condition") return undefined;
  const condition = normal.split(/[得记计]\d/)[0] ?? "";
  if (/否则|不得分|不计分|不记分|不给分|(?<![\d.])0分|零分/.test(normal)) return undefined;
  // a failing after the award is its 否则 (“…得2分,无…”); absences listed among the requirements (“账目清楚、无假发票、无小
  // 金库得15分”, held-out set 94) are requirements like the others
  if (/未|没有|无/.test(normal.slice(condition.length)) || (/未|没有|无/.test(condition) && !absencesListed(condition)))
    return undefined;
  const event = EVENT_DUTY.exec(condition.replace(/《[^》]*》/g, ""));
  if (event) return `“${event[0]}”是有事件发生时的要求：未发生时如何计分，条款未说明，请人工设定规则`;
  if (listed(condition)) {
    return `“${condition.replace(/[,;。]$/, "")}”列出几项、共用一个分值且未写“否则不得分”：只做到其中几项时如何计分，条款未说明，请人工设定规则`;
  }
  return undefined;
}

/** An award whose condition only refers to the requirement (“符合条件的,得3分”). */
const GENERIC_AWARD = /^(?:满分\d+(?:\.\d+)?分。)?(?:符合(?:条件|要求|标准)|达到(?:要求|标准))的?,?(?:得|计|记)\d/;
/** A failing that names a case found, not the requirement's negation: “发现任何违反法律法规…的,不得分”. */
const FOUND_FAILING = /[;。,](?:发现|出现|存在|有)[^;。]*?,?(?:不得分|不计分|得0分)/;

/**
 * “符合条件的,得3分;发现任何违反法律法规和不符合行业标准的,不得分” (held-out set 26): a yes/no whose 是 may be the
 * requirement met or the case found — labels key it both ways (h17-jzk-1.1.1 “符合标准…不达标准” by the requirement;
 * h26-zc-2 by the violation found), and a clerk answering the other question would get the opposite score.
 */
export function twoQuestions(read: Recognition, normal: string): string | undefined {
  if (read.status !== "draft" || read.rule.kind !== "allOrNothing") return undefined;
  if (!GENERIC_AWARD.test(normal)) return undefined;
  const found = FOUND_FAILING.exec(normal);
  return found
    ? `“是/否”指“符合条件”还是“${found[0].slice(1).replace(/,?(?:不得分|不计分|得0分)$/, "")}”，条款两说，请人工设定规则`
    : undefined;
}

/** “按月更换宣传阵地内容得1分” (held-out set 49): a frequency required, with no word on a period missed. */
export function frequencyAward(read: Recognition, normal: string): string | undefined {
  if (read.status !== "draft" || read.rule.kind !== "allOrNothing") return undefined;
  const m = /^(?:\d{1,2}[.、])?(按(?:月|季度?|周|旬|年度?|日|天))[\u4e00-\u9fa5]/.exec(normal);
  return m ? `“${m[1]}”是频次要求，少做一期如何计分未说明，请人工设定规则` : undefined;
}

/**
 * “大户数在1户以上,流转双方签订了规范性土地流转合同得5分” (held-out set 133): a requirement of its own after the bound,
 * with no number, run straight into the award — not the award's words (此项, 即可) and not a bracket.
 */
function requirementAfterBound(normal: string): string | undefined {
  const m = /\d[^,;。]*,([^,;。\d()]{4,})(?:的)?,?(?:得|计|记|给)(?:\d|满分)/.exec(normal);
  const other = m?.[1];
  return other === undefined || /^(?:此项|本项|该项|即可|可|则|方可|即)/.test(other) ? undefined : other;
}

/**
 * “已实时录入…数据并可查询3个月及以上数据,且与原始票据核对数据真实的得10分” (held-out set 52): a bound awarded its points
 * beside other requirements joined to it by 并/且 — the draft would give the points on the number alone.
 */
export function boundBesideRequirements(read: Recognition, normal: string): string | undefined {
  if (read.status !== "draft") return undefined;
  const rule = read.rule as { kind: string; bands?: readonly unknown[] };
  if (!((rule.kind === "bands" && (rule.bands?.length ?? 0) === 1) || rule.kind === "threshold")) return undefined;
  // a requirement joined after a comma (“,且与原始票据核对…”) or before the number (“已实时录入…并可查询3个月”); 并 after
  // the number qualifies what is counted (“配备2名以上监察人员并持证上岗”: the count is of those certified) and stays read
  const m = /,(?:并且?|且|同时)[^,;。]{2,}/.exec(normal) ?? /^[^,;。\d]*?(?:并且?|且|同时)[^,;。\d]*/.exec(normal);
  const other = m ? m[0].replace(/^,/, "") : requirementAfterBound(normal);
  return other !== undefined
    ? `数值条件之外还有“${other}”等要求同一给分，只满足其一如何计分未说明，请人工设定规则`
    : undefined;
}

/**
 * “工作时间,不得随意串岗闲聊,…必须着正装,佩戴工牌,否则扣2分/次” (held-out set 56): 否则 left in a term's label — the
 * failing is any of the requirements before it, counted per case or once each, the reading did not see.
 */
export function otherwiseInLabel(read: Recognition): string | undefined {
  const t = draftTerms(read).find((x) => /否则|不然/.test(x.label ?? ""));
  if (t) return `“${(t.label ?? "").slice(0, 30)}”：“否则”所指的是前面哪几项要求，条款未说明，请人工设定规则`;
  // a yes/no's question too (“定期检查…是否相符,不符及时查明原因,否则扣10分”, held-out set 85)
  const question =
    read.status === "draft" && read.rule.kind === "allOrNothing"
      ? (read.rule as { question?: string }).question
      : undefined;
  return question !== undefined && /否则|不然/.test(question)
    ? `“${question.slice(0, 30)}”：“否则”所指的是前面哪几项要求，条款未说明，请人工设定规则`
    : undefined;
}

/**
 * “无乱摊派现象。村务财务要按要求公开。不按要求的每起扣5分。” (held-out set 57): a bare not-met failing after two or more
 * requirement sentences — which of them it counts, the clause does not say.
 */
export function bareFailingOfSeveral(read: Recognition, normal: string): string | undefined {
  const t = draftTerms(read).find((x) =>
    /^(?:(?:不|未|没有)(?:按|符合|达到)(?:要求|规定|标准)|违反|违者)$/.test(x.label ?? ""),
  );
  if (t === undefined) return undefined;
  const before = normal.slice(0, normal.indexOf(t.label ?? ""));
  // (“…务必保存设备配置,不得拆除…,严禁…;须断开…。违反者扣5分”, set 69: requirements parted by commas too)
  const required = before.split(/[,;。]/).filter((p) => /务必|必须|不得|严禁|须|应当?|要求/.test(p)).length;
  return (before.match(/。/g)?.length ?? 0) >= 2 || required >= 2
    ? `“${t.label ?? ""}”之前有几项要求，所计的是哪一项未按要求，条款未说明，请人工设定规则`
    : undefined;
}

/**
 * “弘扬传统美德,遵守社会公德。…关心集体,积极向上。加5分” (held-out set 62): requirements in sentences of their own and the
 * points alone after them — what meeting some of them scores, the clause does not say (a requirement with only its points).
 */
export function pointsAlone(read: Recognition, normal: string): string | undefined {
  if (read.status !== "draft") return undefined;
  const m = /。((?:加|得|计|记)\d+(?:\.\d+)?分)[。;]?$/.exec(normal);
  return m && /[^。]{2,}。/.test(normal.slice(0, m.index + 1))
    ? `“${m[1]}”单独成句，之前所列要求做到几项如何给分，条款未说明，请人工设定规则`
    : undefined;
}

/**
 * “建立党(团)小组或活动党(团)支部,制定公寓党员发展培养考察办法,没有在学生宿舍建立党组织不得分,…” (held-out set 80): the
 * requirements, scoring nothing, read into one failing's label with it — whether failing the rest of them costs anything,
 * the text does not say.
 */
export function requirementsGlued(read: Recognition, normal: string): string | undefined {
  const t = draftTerms(read).find(
    (x) => x.kind === "flag" && /^.{6,}?(?:建立|制定|成立|设立|配备|开展).{2,},?(?:没有|未)/.test(x.label ?? ""),
  );
  if (t === undefined) return undefined;
  const m = /^([^;。]*?(?:建立|制定|成立|设立|配备|开展)[^;。]*?),(?:没有|未)/.exec(normal);
  return m && !/\d|分|扣|得/.test(m[1] as string)
    ? `“${m[1] as string}”是要求，未计分，与后面未做到的情形连在一起：要求的其余部分未做到时如何计分，条款未说明，请人工设定规则`
    : undefined;
}

/**
 * “商品前进陈列,不得有商品绑在货架现象(扣2分)” (held-out set 85): a deduction whose condition is written as a prohibition
 * — 是 may be the rule kept or the thing forbidden found, and each thing found counted or the rule broken once: the
 * text does not say.
 */
export function prohibitionDeducted(read: Recognition, normal: string): string | undefined {
  if (!draftTerms(read).some((x) => x.kind === "flag")) return undefined;
  const m = /(?:不得有|不得出现|严禁|禁止)[^,;。]{2,24}?(?:现象|行为|情况)?(?:的)?,?\(?(?:扣|减)\d/.exec(normal);
  return m
    ? `“${m[0].replace(/,?\(?(?:扣|减)\d$/, "")}”写成禁止性要求：是/否指做到要求还是出现所禁之事、按次还是一次，条款未说明，请人工设定规则`
    : undefined;
}

/**
 * “收到上级批复文件后在15个工作日内通知各村的,得2分,有一项未达要求扣1分” (held-out set 104): items not met counted under a
 * requirement that lists none — neither the clause nor the row's context parts its requirements (、 ; 和 a numbered list),
 * so what one 项 is (each village? each document?) the words do not say.
 */
export function itemsNeverListed(read: Recognition, normal: string, context: string): string | undefined {
  const t = draftTerms(read).find(
    (x) =>
      x.kind === "count" &&
      ((x.unit === "项" &&
        /^(?:未达|未达到|达不到|不达|不符合|不合|不合格|未落实|不落实|未做到|做不到)(?:要求|标准|规定)?$|^(?:未|不)正确[\u4e00-\u9fa5]{0,4}$/.test(
          x.label ?? "",
        )) ||
        // “过程中一个环节不正确扣10分” (held-out set 139): steps counted, none named
        /环节(?:不正确|错误|未|不)[\u4e00-\u9fa5]{0,4}$/.test(x.label ?? "")),
  );
  // “无操作规程每项扣1分” under “查是否建立各类设备的操作规程” (held-out set 125), “各项规章制度健全。少一项扣0.5分” (set
  // 128): things of a kind counted, none named
  const kind = draftTerms(read).find(
    (x) =>
      x.kind === "count" && x.unit === "项" && /^(?:(?:无|没有)[\u4e00-\u9fa5]{2,8}|少|缺|缺少)$/.test(x.label ?? ""),
  );
  const unnumbered = `${normal.replace(/^\d{1,2}[、.]/, "")}。${context.replace(/^\d{1,2}[、.]/, "")}`;
  if (
    kind &&
    /各类|各种|各项/.test(`${normal}${context}`) &&
    !/、|\d{1,2}[.、)](?!\d)[\u4e00-\u9fa5]|[①-⑩]/.test(unnumbered)
  )
    return `“${kind.label ?? ""}”按项计，但条款与考核内容都未列出各项，一项指什么未说明，请人工设定规则`;
  if (t === undefined) return undefined;
  const listed = /[、;和及与]|\d{1,2}[.、)]|\(\d{1,2}\)|[①-⑩]/;
  // (the row's own number, “2.1 测量前检查：…”, lists nothing)
  const row = /正确|环节/.test(t.label ?? "") ? context.replace(/^\d{1,2}(?:\.\d{1,2})*\s?/, "") : context;
  return listed.test(normal) || listed.test(row)
    ? undefined
    : `“${t.label ?? ""}”按项计，但条款与考核内容都未列出各项，一项指什么未说明，请人工设定规则`;
}

/**
 * “1、缺一项扣5分;” under “基本要求：1、主要症状(或体征)+时间; 2、不超出20个字; 3、能导出第一诊断” (held-out set 121), its
 * siblings “2、…超出20个字扣2分”, “3、不能导出第一诊断扣5分”: a numbered deduction beside numbered requirements answers the
 * requirement of its number, so the items one is missing are those of that requirement, not the requirements listed —
 * which of them count as one, the words do not say.
 */
export function numberedItemMissing(read: Recognition, normal: string, context: string): string | undefined {
  const own = /^\(?(\d{1,2})[、.)](?!\d)/.exec(normal);
  if (!own) return undefined;
  const t = draftTerms(read).find((x) => x.kind === "count" && x.unit === "项" && /^缺(?:少|失)?$/.test(x.label ?? ""));
  if (t === undefined) return undefined;
  const n = Number(own[1]);
  const numbered = new RegExp(`(?:^|[:：;。\\s])${n}[、.][^;。]*[;。]\\s*${n + 1}[、.]`);
  return numbered.test(context)
    ? `“缺一项”：条款编号${n}对应考核内容第${n}条，缺的是该条中的哪几项还是所列各条，条款未说明，请人工设定规则`
    : undefined;
}

/**
 * “按照完成规划治理任务的百分比比例赋分,60%以下不得分” (held-out set 143): a way of scoring said in words (按…赋分, 按…
 * 计分) that no reader took, beside a bound or a count that was read — the draft would score by the bound alone (here
 * the full points from 60% up, where the words ask for the points times the rate).
 */
export function scoringWayUnread(read: Recognition, normal: string): string | undefined {
  const kind = draftKind(read);
  if (kind === undefined || kind === "rateProportional" || kind === "rateThreshold" || kind === "veto")
    return undefined;
  // (a rank scored so, “按照排名赋分,第一名…”, is read by rankStep.ts)
  if (draftTerms(read).some((t) => t.kind === "rank")) return undefined;
  const m = /(?:^|[,;。])(按(?:照)?[^,;。]{0,30}?(?<!不)(?:赋分|计分|给分|打分|折算|记分))(?=[,;。]|$)/.exec(normal);
  return m ? `“${m[1] ?? ""}”是计分办法，草稿没有读到，请人工设定规则` : undefined;
}
