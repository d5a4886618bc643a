/**
 * Failings deducted without 每 where the case may happen many times or in many units — once, or per case, the text does
 * not say: one thing found in a unit no reader counts, a bare failing beside things counted, a failing of 村(居), 每项
 * after failings one of which recurs, a failing beside the same act counted, one case or a part of the cases, occasions
 * listed, persons in a role.
 *
 * - 90–93 (held-out sets 31–42): one thing found in a unit no reader counts; a bare not-met failing beside things
 *   counted; a failing of 村(居).
 * - 97–102 (held-out sets 52–69): 每项 after failings one of which recurs; occasions listed before a failing; a failing
 *   without 每 beside the same act counted, of one case (单笔…), of a part of the cases (涉及…) or of persons in a role
 *   (and “(否决)” left in a label, in the same check as one case).
 */
import type { Decimal } from "../../decimal";
import type { Recognition } from "../index";
import { type DraftTerm, draftTerms } from "../ruleLabels";

/** One thing counted in a unit the statement reader does not count in (“见一株未扶正”, “一床不按要求”). */
const ONE_UNREAD =
  /(?<![\d.第])(?:1|一)(?:株|棵|座|辆|台|块|间|只|头|亩|米|吨|根|张|把|盏|扇|套|床|双|盆|瓶|桶|袋|堆|幅|面|本|册|箱|筐|支|杆|部|盒|副)/;

/**
 * “见一株未扶正扣0.5分” (held-out set 34): one thing found, in a unit no reader counts, left in a yes/no's label — the
 * deduction is per tree by the conventions (“One occurrence and its deduction”), and a draft of it once would be wrong.
 */
export function oneLeftInLabel(read: Recognition): string | undefined {
  const t = draftTerms(read).find((x) => x.kind === "flag" && ONE_UNREAD.test(x.label ?? ""));
  return t ? `“${t.label}”中的数量未能读入：按每一处（株、座…）计扣还是只扣一次，请人工设定规则` : undefined;
}

/** A failing named by the standard alone, with no thing of its own (“实施不达标准”, “不合格”). */
const BARE_NOT_MET = /^[\u4e00-\u9fa5]{0,2}(?:不达标准?|未达标准?|不合格|不符合(?:要求|标准)?|不规范)$/;
/** Things counted one by one (“每缺一条路道”). */
const THINGS = /^(?:条|个|处|座|户|家|所|块|段|片)$/;

/**
 * “每缺一条路道扣5分,实施不达标准扣2分” (held-out set 34): a failing with no thing of its own beside things counted —
 * each road not up to standard, or once for the lot, the words do not say.
 */
export function bareFailingBesideThings(read: Recognition): string | undefined {
  const terms = draftTerms(read);
  if (!terms.some((t) => t.kind === "count" && THINGS.test(t.unit ?? ""))) return undefined;
  const bare = terms.find((t) => t.kind === "flag" && BARE_NOT_MET.test(t.label ?? ""));
  return bare
    ? `“${bare.label}”说的是所计各${terms.find((t) => t.kind === "count")?.unit ?? ""}中的哪些：按每一处计扣还是只扣一次，条款未说明，请人工设定规则`
    : undefined;
}

/** A kind of unit named as the subject of a failing: “村(居)未…”, “各村未…”. */
const UNITS_SUBJECT = /^(?:各)?(?:村|社区|居)[(（](?:居|社区|村)[)）]|^各(?:村|社区|乡镇|镇|街道|单位|部门|科室|项)/;

/**
 * “村(居)未编制简易村庄规划扣2分” (held-out set 34, a 镇(街道) assessed): where the unit assessed is above the 村(居), the
 * failing is per 村 or once; where the 村(居) is the unit assessed (h10-dwfk-1.2, labelled once), once. The clause does
 * not show which unit is assessed, so a yes/no of it is declined.
 */
export function unitsAsSubject(read: Recognition): string | undefined {
  const t = draftTerms(read).find(
    (x) => x.kind === "flag" && UNITS_SUBJECT.test(x.label ?? "") && /未|没有|不|无/.test(x.label ?? ""),
  );
  return t
    ? `“${t.label}”：若考核对象是上一级，按未做到的村(社区)逐个扣还是只扣一次，条款未说明，请人工设定规则`
    : undefined;
}

/** A failing that may happen many times in one item (a page number wrong, a form filled out of order). */
const RECURRING = /有误|错误|不符|不一致|不正确|不准确|不规范|不完整|不全|不清|未按|不按|不及时|遗漏|漏[填报登记]/;

/**
 * “未按顺序填写,页码有误,每项扣1分” (held-out set 52), “台账不全,未列入年度计划,缺少年度总结的,每少一项扣0.5分” (set 30): 每项
 * after failings listed by commas, one of which can happen many times — each listed failing, or each error found (each
 * kind of 台账 missing), the clause does not say. Absences listed so (“无计划、无检查、无总结,
 * 每项扣1分”) happen once each and stay read.
 */
export function eachOverRecurring(read: Recognition, normal: string): string | undefined {
  if (!draftTerms(read).some((x) => x.kind === "count" && x.unit === "项")) return undefined;
  for (const m of normal.matchAll(/([^;。:]*?)的?,每(?:(?:少|缺少?)1)?项(?:扣|减)/g)) {
    // failings parted by commas, each its own (a 、 list is of things under one failing: “X、Y制度…未落实到位的”)
    const pieces = (m[1] as string).split(",").filter((p) => p.length > 1);
    if (!pieces.every((p) => /未|没有|无|不|有误|错误|漏|缺/.test(p) && !/不得分|扣|得\d/.test(p))) continue;
    const recurring = pieces.find((p) => RECURRING.test(p));
    if (pieces.length >= 2 && recurring !== undefined) {
      return `“${m[1]}”后“每项”：是所列每种情形计一项，还是“${recurring}”每出现一处计一项，条款未说明，请人工设定规则`;
    }
  }
  return undefined;
}

/**
 * “1例未落实的扣8分,延期落实的扣3分” (held-out set 60): a failing without 每 beside the same act counted per case — the
 * late cases per case too, or once, the clause does not say.
 */
export function onceBesideCounted(read: Recognition): string | undefined {
  const terms = draftTerms(read);
  for (const c of terms.filter((t) => t.kind === "count")) {
    const core = /^(?:未|没有|不)([\u4e00-\u9fa5]{2,4})$/.exec(c.label ?? "")?.[1];
    if (core === undefined) continue;
    const flag = terms.find((t) => t.kind === "flag" && (t.label ?? "").endsWith(core) && t.label !== c.label);
    if (flag)
      return `“${flag.label ?? ""}”未写“每”，而“${c.label ?? ""}”按例计扣：是否也按例计，条款未说明，请人工设定规则`;
  }
  // “政治学习因私事请假,每次扣1分,病假扣0.5分” (held-out set 142): a bare kind of the case just counted (病假 after 请假
  // 每次), without 每 — per time as the one before it, or once
  for (let i = 1; i < terms.length; i++) {
    const before = terms[i - 1] as DraftTerm;
    const t = terms[i] as DraftTerm;
    const label = t.label ?? "";
    if (before.kind !== "count" || t.kind !== "flag" || !/^[\u4e00-\u9fa5]{2,3}$/.test(label)) continue;
    if (/未|没|不|无/.test(label) || !(before.label ?? "").includes(label.slice(-1))) continue;
    return `“${label}”未写“每”，紧接按次计扣的“${before.label ?? ""}”：是否也按次计，条款未说明，请人工设定规则`;
  }
  return undefined;
}

/**
 * “单笔不良记录达到或超过500万元,扣3分” beside records counted (held-out set 62): a failing of one case, without 每 — each
 * such case or once; and “(否决)” left in a label, a veto the reading did not see.
 */
export function oneCaseOrVetoLeft(read: Recognition): string | undefined {
  const terms = draftTerms(read);
  const veto = terms.find((t) => /否决/.test(t.label ?? ""));
  if (veto) return `“${(veto.label ?? "").slice(0, 30)}…”中有“否决”未读入规则，请人工设定规则`;
  // (or a part of the cases counted, “1个扣1分,涉及主流程扣5分”, set 65: instead of the 1 or besides, each or once)
  const one = terms.find(
    (t) =>
      t.kind === "flag" &&
      (/^单(?:笔|次|起|项|条|个|例)/.test(t.label ?? "") ||
        (/^(?:涉及|属于|其中)/.test(t.label ?? "") && terms.some((c) => c.kind === "count"))),
  );
  return one ? `“${one.label ?? ""}”未写“每”：每一笔扣还是只扣一次，条款未说明，请人工设定规则` : undefined;
}

/**
 * “寒暑假、“五一”、“十一”假期结束后,不按时返校者扣3分” (held-out set 62): occasions listed before a failing deducted
 * without 每 — each occasion or once, the clause does not say.
 */
export function occasionsListed(read: Recognition, normal: string): string | undefined {
  if (!draftTerms(read).some((t) => t.kind === "flag")) return undefined;
  // (a list marker “1、” is no list)
  const m =
    /(?:^|[,;。])(?:\d{1,2}[、.])?([^,;。:、]*[\u4e00-\u9fa5”]、[^,;。:]*(?:后|前|期间|时)),?(?:未|不|没有)[^,;。]*?(?:的|者)?,?(?:扣|减)\d/.exec(
      normal,
    );
  return m ? `“${m[1]}”列出几个时段：每个时段计扣还是只扣一次，条款未说明，请人工设定规则` : undefined;
}

/**
 * Persons of a group as the failing's subject (“管理人员责任制考核不合格的扣5分”, “各级责任者、管理者未开展…培训,扣8分”: held-out
 * set 92): per person or once, as the Conventions' members of a set.
 */
const MEMBERS_SUBJECT =
  /^(?:各级|全体|所有|各)?[\u4e00-\u9fa5]{0,6}?(?:人员|员工|职工|管理者|责任者|干部|教职工|教师|党员|成员)(?:、[\u4e00-\u9fa5]{1,6})?(?:未|不|没有|(?:责任制)?考核不合格)/;

/**
 * “安全员上岗时,臂章佩戴不符合《标准》的规定,扣2分” (held-out set 64): a failing of persons in a role, without 每 — per person
 * or once, the clause does not say (the Conventions' members of a set).
 */
export function membersFailing(read: Recognition, P: Decimal): string | undefined {
  const t = draftTerms(read).find(
    (x) =>
      x.kind === "flag" &&
      // all the points taken: once and many score alike (“当班人员不打扫卫生的扣10分” on 10, r16c-bmfw-3.1)
      !(x.points !== undefined && P.lessThanOrEqualTo(x.points)) &&
      (/^[\u4e00-\u9fa5]{0,4}(?:员|员工|人员)(?:上岗时|在岗时|工作时|值班时|[\u4e00-\u9fa5]{0,4}(?:佩戴|着装|穿戴))/.test(
        x.label ?? "",
      ) ||
        MEMBERS_SUBJECT.test(x.label ?? "")),
  );
  return t ? `“${t.label ?? ""}”是人员的情形，未写“每人”：按人计扣还是只扣一次，条款未说明，请人工设定规则` : undefined;
}
