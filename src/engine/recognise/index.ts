/**
 * The 评分标准 recogniser: one clause of scoring text with its 分值 → a drafted rule with the sentence the engine says
 * back and the boundary examples it computes, or `manual` with the reason it declined. Pure and deterministic: no
 * model, no network. It never guesses: judgement (酌情, 视情, 按比例扣减, "每项扣2至5分") and ambiguity are declined.
 */
import { ruleLabels } from "./ruleLabels";
import {
  bareMissing,
  countedAsOne,
  itemsShortOfPoints,
  twoQuestions,
  weighedCount,
  itemCountedTwice,
  changeWithoutBase,
  eachOverRecurring,
  boundBesideRequirements,
  otherwiseInLabel,
  bareFailingOfSeveral,
  itemsNeverListed,
  numberedItemMissing,
  eventUnnamed,
  missingFromOpenList,
  appearanceRequired,
  mannerOrBaseCounted,
  onceBesideCounted,
  openFailings,
  honourLevelsCounted,
  gapBetweenTiers,
  requirementCounted,
  requirementBeforeShortfall,
  scoringWayUnread,
  shareOfSeveralQuotas,
  pointsAlone,
  bracketAmountLeft,
  oneCaseOrVetoLeft,
  occasionsListed,
  openThingsAwarded,
  membersFailing,
  weighedItemsUndone,
  weighedCasesAbove,
  negationOverTwoActs,
  oneOfThenEach,
  countPastBound,
  rowLeavesOpen,
  lackingOrIncomplete,
  eventInContext,
  oneLeftInLabel,
  bareFailingBesideThings,
  unitsAsSubject,
  rateLeftOut,
  weighedAwardedState,
  caseOrAbsence,
  penaltyLadder,
  samplingInCount,
  openMissing,
  frequencyAward,
  weighedItems,
  cutOff,
  eitherEach,
  maskedText,
  partOfAbove,
  openAward,
  sameLabelTwice,
  scoringWordLeft,
  shortOfUnnamed,
  twoEventsJoined,
  failingsBeforeCount,
  pointsSplitInContext,
  openClassCounted,
  everyOrEach,
  requirementsGlued,
  prohibitionDeducted,
} from "./labelChecks";
import { exemption, oneItemBesideAward, openListAward, scoredElsewhere, twoBounds, weiForWei } from "./heldOutPieces";
import { readBaseThenEachMore, readCountTarget } from "./countTarget";
import { readLinearFormula } from "./linearFormula";
import { readProportionalTiers } from "./proportionalTiers";
import { readListedMet } from "./listedMet";
import { readTiersBeside } from "./tiersBeside";
import { dec, Decimal } from "../decimal";
import { veto } from "../rules";
import type { RuleInput, SchemePart } from "../rules";
import { assemble } from "./assemble";
import { uncappedBonus } from "./bonusCap";
import { awardsShort } from "./awardsShort";
import { bracketAward } from "./bracketAward";
import { readBracketEachItem } from "./bracketEachItem";
import { bracketTerms } from "./bracketTerms";
import {
  allItemsEachMissing,
  awardBracket,
  incompleteSet,
  listedShort,
  periodPerOccasion,
  targetInContext,
  taskShort,
} from "./awardBracket";
import { consequenceBeyondScore } from "./beyondScore";
import { rateInCountLabel } from "./rateInLabel";
import { readBareOptions } from "./bareOptions";
import { readCheckbox } from "./checkbox";
import { readNumberedOptions } from "./numberedOptions";
import { readChecklist, withListedItems } from "./checklist";
import { withContextItems } from "./contextItems";
import { basePoints, perUnitWording, readCriteria, readLadder, rungWording } from "./criteria";
import { compileRule, Example, examplesOf, scoreOf } from "./examples";
import { readFormula } from "./formula";
import { rateItemsHeading, readRateStart } from "./rateStart";
import { checkWording } from "./checkWording";
import { crossCheck } from "./crossCheck";
import { DEGREE, deductionBeyondPoints, judgedResult, MANNER, wrongDraft } from "./guards";
import { EVENT } from "./once";
import { openingPoints, restatedHeading } from "./heading";
import { restatedPointsInWords } from "./sentenceHeading";
import { normalise, numberedThings, simplified } from "./normalise";
import { limitsAreWords } from "./windows";
import { Cut, cutJudged, scores, termCount, unmeasuredPartial, unnamedCount } from "./partial";
import { judgedRung } from "./judgedPiece";
import { shortOfTarget } from "./shortOfTarget";
import { perOccasion, pieceMost, UNREAD_REASON, unreadSentences } from "./unreadPart";
import { requirementPoints } from "./requirementPoints";
import { multipliedAmount } from "./multiplied";
import { nilOfOnePiece } from "./narrowFailing";
import { readAttendAbsent, readSeenOne, readStatedTotal } from "./statedTotal";
import { readTwoShortfalls } from "./twoShortfalls";
import { readVerdictLevels } from "./verdictLevels";
import { readRankStep } from "./rankStep";
import { bareFailingAmount } from "./bareFailing";
import {
  clauseJudgement,
  contextJudgement,
  ContextTargets,
  DATE,
  judgement,
  readContext,
  readStatement,
  Statement,
} from "./statements";

export { normalise, chineseNumber } from "./normalise";
export type { Example } from "./examples";

/** 一票否决: not a leaf rule; drafted so the clerk lists the condition among the scheme's vetoes. */
export interface VetoDraft {
  kind: "veto";
  text: string;
}

export interface DraftPart {
  status: "draft" | "manual";
  /** The points this part carries within the leaf. */
  points: number;
  rule?: RuleInput;
  sentence?: string;
  examples?: Example[];
  reason?: string;
  text: string;
  /**
   * Where this part's terms stand among all the terms of the clause, the judgement part's included ("2" for the
   * second term of "每下降2%扣0.5分…；每缺1份扣0.1分"): the keys a probe gives them (docs/ids-and-inputs.md).
   */
  keys?: string[];
}

export type Recognition =
  | { status: "draft"; rule: RuleInput | VetoDraft; sentence: string; examples: Example[] }
  | {
      status: "partial";
      parts: DraftPart[];
      /**
       * The whole leaf as one rule where the computable part is made of terms: the judgement part a 人工评定条款 (a
       * `judged` term the evaluator scores within its points) at its position among the terms.
       */
      rule?: RuleInput;
      sentence: string;
      examples: Example[];
      reason: string;
    }
  | { status: "manual"; reason: string };

/** Texts longer than any real clause are declined before any pattern runs. */
const MAX_LENGTH = 2000;

interface Read {
  statements: Statement[];
  /** `at`: how many statements stand before the declined piece. */
  declines: Array<{ reason: string; text: string; judgement: boolean; at?: number }>;
}

/** Sentences split on 。；, pieces on ，; pieces without a result wait for the next ("每发现1例…的，扣0.5分"). */
/** "X率=(实际…人数/计划…人数)×100%": the rate's definition, its denominator a plan. */
const PLAN_FORMULA = /^[^=]{1,30}率=\(实际[^/()]{1,30}\/计划[^/()]{1,30}\)(?:×|\*)100%$/;
/** "(计划)完成440人低保补助发放": the plan the formula divides by. */
const PLAN = /^(?:计划)?完成\d+(?:人|户|件|个|项)[\u4e00-\u9fa5]{1,20}$/;

/** A sentence opening with a step short of something, and nothing before it: “每少1%扣1分”, “每少1项扣0.5分”. */
const STEP_OPENING = /^每(?:少|缺少?|低于?|降低|下降)\d/;

function readClause(text: string, context?: ContextTargets): Read {
  const statements: Statement[] = [];
  const declines: Read["declines"] = [];
  let sentences = text.split(/[。;:\n]/);
  // A rate defined against a plan: the formula and the plan's number are its definition, not terms of their own.
  if (sentences.some((s) => PLAN_FORMULA.test(s))) {
    sentences = sentences.filter((s) => !PLAN_FORMULA.test(s) && !PLAN.test(s));
    context = { text: "", ...context, planRate: true };
  }
  /** The words the sentence before left without a result, carried to a step that opens this one (STEP_OPENING). */
  let carried = "";
  for (const [index, sentence] of sentences.entries()) {
    let pending = carried;
    carried = "";
    /** The 每 of a count read earlier in this sentence ("每一项指标未完成月计划扣1分"), which may reach the pieces after it. */
    let each: string | undefined;
    // "有一次未上报扣1分、迟报一次扣0.5分": two deductions parted by 、 are two pieces (not 分别扣1分、2分; awards parted
    // so, “省级奖励3分、市级…”, may be levels and stay one piece).
    for (const piece of sentence.split(/,|(?<=扣\d+(?:\.\d+)?分)、(?=[^\d])/)) {
      if (piece === "") continue;
      const joined = pending === "" ? piece : `${pending},${piece}`;
      const read = readStatement(joined, context);
      if (read === undefined) {
        pending = joined;
        continue;
      }
      pending = "";
      if (read.kind === "decline")
        declines.push({
          reason: read.reason,
          text: joined,
          judgement: judgement(joined) !== undefined,
          at: statements.length,
        });
      else if (each !== undefined && read.kind === "plain" && /^(?:未|不|无|没有)/.test(read.cond)) {
        // "每一项指标未完成月计划扣1分，未完成年度计划扣2分": a deduction with no subject of its own after a 每 in the same
        // sentence; whether the 每 reaches it (each indicator) or not (once) the text does not say.
        declines.push({
          reason: `“${each}”是否也适用于其后的“${joined}”（按每项计扣还是只扣一次）文件未说明`,
          text: joined,
          judgement: false,
          at: statements.length,
        });
      } else statements.push(read.kind === "cap" ? { ...read, sentence, last: sentence.endsWith(joined) } : read);
      if (read.kind === "count") each = /每[^,]*/.exec(joined)?.[0];
    }
    // “…覆盖率要达到100%。每少1%扣1分”, “…建立相应的应急专业救援队伍。每少一项扣0.5分”: a sentence of a requirement and
    // no result, then one that opens with a step short of it. The requirement's pieces after the last with a 每 of its
    // own (“根据每个专项应急预案要求”: not carried) are what the step falls short of, read with it as if a comma parted
    // them; the other readers then decline a number in them as they would in the same sentence.
    const next = sentences[index + 1] ?? "";
    if (pending !== "" && STEP_OPENING.test(next)) {
      const pieces = pending.split(",");
      const from = pieces.reduce((at, piece, i) => (/每/.test(piece) ? i + 1 : at), 0);
      const named = pieces.slice(from).join(",");
      if (named !== "" && judgement(named) === undefined) {
        carried = named;
        pending = pieces.slice(0, from).join(",");
      }
    }
    if (pending !== "") {
      const judged = judgement(pending);
      if (judged !== undefined)
        declines.push({ reason: judged, text: pending, judgement: true, at: statements.length });
      else if (
        // a scoring word left over (“无专职干部不记分” before 不记分 was read; “得” and “分” split by a stray 。)
        /\d|扣|罚|加分|得.{0,2}分|[记计给]分|^[得记计给加]$|^分$/.test(
          pending.replace(/^\(?\d+[)、.]/, "").replace(DATE, ""),
        ) &&
        !/一票否决/.test(pending)
      ) {
        declines.push({ reason: `未能读懂“${pending}”，请人工设定规则`, text: pending, judgement: false });
      }
    }
  }
  return { statements, declines };
}

function draftOf(rule: RuleInput, P: Decimal, part: SchemePart): Recognition | { status: "manual"; reason: string } {
  const unnamed = unnamedCount(rule);
  if (unnamed !== undefined) return { status: "manual", reason: unnamed };
  const compiled = compileRule(rule, P, part);
  if (!compiled.ok) return { status: "manual", reason: `起草的规则不成立：${compiled.problems.join("；")}` };
  return {
    status: "draft",
    rule,
    sentence: compiled.compiled.describe(),
    examples: examplesOf(rule, compiled.compiled, P),
  };
}

/** A deduction taken from the total score (在总分中扣除1分, 扣总分2分, 从总分中扣减). */
const FROM_TOTAL = /(?:在|从)总分中?(?:扣|减)|(?:扣|减)(?:除|减)?总分|总分(?:中)?(?:扣|减)(?:除)?\d/;

export interface RecogniseOptions {
  /**
   * Words from another column of the same row that the clause relies on (the 工作要求 “一年不少于4次” behind “每少1次扣
   * 1分”). Only a single unambiguous target is read from it; everything else in it is ignored.
   */
  context?: string;
  /**
   * The 分值 is a cap the scheme states, not the item's own (a bonus item without points drafted on its part's cap):
   * an uncapped per-count bonus is then bounded by it as the scheme bounds it (bonusCap.ts).
   */
  pointsAreCap?: boolean;
}

export function recognise(
  text: string,
  points: number | string,
  part: SchemePart = "base",
  options: RecogniseOptions = {},
): Recognition {
  const whole = recogniseWhole(text, points, part, options);
  // A judgement piece among computable ones: the rest read alone, the piece the manual part (partial.ts).
  const read =
    whole.status === "manual" && cutting === 0 ? (cutPartial(text, dec(points), part, options) ?? whole) : whole;
  if (read.status === "manual" || text.length > MAX_LENGTH) return read;
  // The clause as the readers saw it, folded once for the checks on the whole draft below.
  const folded = normalise(simplified(text));
  const P = dec(points);
  // “职工投诉一次扣10分…” on a 扣分项目 row whose 分值 is 0 (held-out set 36): what the deductions are taken from, and how
  // far, the row does not say — a draft would cap them at nothing.
  if (P.isZero() && !(read.status === "draft" && read.rule.kind === "veto"))
    return { status: "manual", reason: "本项分值为0：扣分（加分）从哪里计、最多多少，条款未说明，请人工设定规则" };
  // “发生一起扣30分” under 6分: a deduction above the item's points contradicts its 分值 (guards.ts).
  const beyond = deductionBeyondPoints(folded, P);
  if (beyond) return { status: "manual", reason: beyond };
  // held-out sets 15–18: 为 for 未, two bounds joined by 或, an exemption in brackets, an open 等-list award
  // (heldOutPieces.ts)
  const slip =
    weiForWei(folded) ??
    twoBounds(folded) ??
    exemption(folded) ??
    openListAward(folded) ??
    cutOff(folded) ??
    maskedText(folded) ??
    partOfAbove(folded) ??
    eitherEach(folded) ??
    scoredElsewhere(folded);
  if (slip) return { status: "manual", reason: slip };
  // “每发现一例，在总分中扣除1分” (round 16): taken from the total, not from this item's points — a 扣分项 of the scheme
  // (the penalty part) says that; drafted on a base or bonus item it would be floored at the item's points.
  const total = part === "penalty" ? null : FROM_TOTAL.exec(folded);
  if (total) return { status: "manual", reason: `“${total[0]}”：扣在总分上而不是本项，请在扣分项中设定规则` };
  // “河塘5分,河道5分,有一处未设置标志扣1分” (held-out set 12): points named in a term's label are points the reading
  // did not place — parts of the 分值 the deduction may be taken from — so the draft is not the clause's.
  const contextText = options.context === undefined ? "" : normalise(simplified(options.context));
  const swallowed =
    (read.status === "draft" ? oneItemBesideAward(folded, read.rule) : undefined) ??
    pointsInLabel(read, P) ??
    rateInCountLabel(read) ??
    countThresholdDeduction(read, P) ??
    awardsBeyondPoints(read, folded, P) ??
    // held-out sets 19–21 (labelChecks/)
    sameLabelTwice(read) ??
    bareMissing(read) ??
    openAward(read, folded) ??
    scoringWordLeft(read) ??
    twoEventsJoined(read) ??
    failingsBeforeCount(read, folded) ??
    countedAsOne(read) ??
    itemsShortOfPoints(read, folded, P) ??
    weighedItems(read, folded) ??
    weighedCount(read) ??
    weighedCasesAbove(read, folded) ??
    negationOverTwoActs(read, folded) ??
    oneOfThenEach(folded) ??
    countPastBound(read) ??
    twoQuestions(read, folded) ??
    shortOfUnnamed(read, folded, contextText) ??
    // held-out sets 31–33 (labelChecks/)
    itemCountedTwice(read, contextText) ??
    lackingOrIncomplete(read) ??
    eventInContext(read, folded, contextText, P) ??
    oneLeftInLabel(read) ??
    bareFailingBesideThings(read) ??
    unitsAsSubject(read) ??
    rateLeftOut(read, folded) ??
    weighedAwardedState(read) ??
    caseOrAbsence(read) ??
    // held-out sets 49–51
    penaltyLadder(read, folded) ??
    samplingInCount(read) ??
    openMissing(read) ??
    frequencyAward(read, folded) ??
    // held-out sets 52–54
    changeWithoutBase(read) ??
    eachOverRecurring(read, folded) ??
    boundBesideRequirements(read, folded) ??
    otherwiseInLabel(read) ??
    bareFailingOfSeveral(read, folded) ??
    missingFromOpenList(read, folded, contextText) ??
    itemsNeverListed(read, folded, contextText) ??
    numberedItemMissing(read, folded, contextText) ??
    eventUnnamed(read) ??
    appearanceRequired(read, folded) ??
    // held-out sets 58–60
    mannerOrBaseCounted(read, contextText, P) ??
    onceBesideCounted(read) ??
    openFailings(read, folded) ??
    honourLevelsCounted(read) ??
    shareOfSeveralQuotas(read, folded, contextText) ??
    // held-out sets 61–63
    pointsAlone(read, folded) ??
    bracketAmountLeft(read, folded) ??
    oneCaseOrVetoLeft(read) ??
    occasionsListed(read, folded) ??
    openThingsAwarded(read, folded) ??
    // held-out sets 64–66
    membersFailing(read, P) ??
    weighedItemsUndone(read, contextText, folded) ??
    // held-out sets 67–69
    // held-out sets 70–71
    rowLeavesOpen(read, folded, contextText) ??
    // held-out sets 72–73
    (read.status === "draft" && read.rule.kind === "allOrNothing" ? nilOfOnePiece(folded) : undefined) ??
    // held-out sets 74–76
    pointsSplitInContext(read, options.context ?? "", P) ??
    // held-out sets 77–79
    openClassCounted(read, folded) ??
    everyOrEach(read, folded, P) ??
    // held-out sets 80–82
    requirementsGlued(read, folded) ??
    // held-out sets 83–85
    prohibitionDeducted(read, folded) ??
    // held-out sets 133–136
    gapBetweenTiers(read, P) ??
    requirementCounted(read) ??
    requirementBeforeShortfall(read, folded) ??
    // held-out sets 141–143
    scoringWayUnread(read, folded);
  return swallowed ? { status: "manual", reason: swallowed } : read;
}

/**
 * “成立由主要领导担任负责人的领导小组的,得1分;成立由其他领导担任负责人的领导小组的,得0.5分。…” (held-out set 14): yes/no
 * awards whose points add up to more than the item's, with no cap in the words — alternatives of one thing (a ladder) or
 * awards capped at the 分值, the text does not say which.
 */
function awardsBeyondPoints(read: Recognition, normal: string, P: Decimal): string | undefined {
  if (read.status !== "draft" || read.rule.kind !== "perCaseAward") return undefined;
  const terms = read.rule.terms as ReadonlyArray<{ kind: string; points?: number }>;
  if (!terms.every((t) => t.kind === "flag" || t.kind === "bound")) return undefined;
  const sum = terms.reduce((a, t) => a.plus(t.points ?? 0), dec(0));
  if (!sum.greaterThan(P) || /最高|最多|封顶|不超过|上限|加满|满分为止|[加得]至满分/.test(normal)) return undefined;
  return `各项得分合计${sum.toString()}分，超过本项分值${P.toString()}分：是择一得分还是以本项分值封顶，条款未说明，请人工设定规则`;
}

/**
 * “少于2次的扣1分” as the whole computable rule: two bands on a count, the lower short of all the points. The Conventions
 * read one numeric condition that takes points away as a yes/no of the condition (mkdd-5.2; held-out set 12 labels
 * “查阅开展…培训情况,少于2次的扣1分” so), an earlier label as the count (xxaq-3): contested, so declined.
 */
function countThresholdDeduction(read: Recognition, P: Decimal): string | undefined {
  const rules =
    read.status === "partial"
      ? read.parts.map((p) => ({ rule: p.rule, top: dec(p.points) }))
      : read.status === "draft"
        ? [{ rule: read.rule, top: P }]
        : [];
  for (const { rule, top } of rules) {
    if (rule === undefined || rule.kind !== "bands" || rule.input !== "count" || rule.bands.length !== 2) continue;
    const [low, high] = rule.bands;
    if (low?.min !== undefined || high?.max !== undefined || high === undefined || low === undefined) continue;
    if (!(dec(high.points).equals(top) || dec(high.points).equals(P)) || dec(low.points).isZero()) continue;
    return "一个数量条件扣一次分（“少于N次的扣M分”）：输入是是否达到还是实际次数，条款未说明，请人工设定规则";
  }
  return undefined;
}

/**
 * A drafted term whose label holds points other than the 分值 (“河塘5分河道5分有未设置标志”; “规范化建设情况(3分…” under 3分
 * only restates it): why the draft is refused, or undefined.
 */
function pointsInLabel(read: Recognition, P: Decimal): string | undefined {
  const labels = ruleLabels(read);
  // also points written N' (“…系统(2'),…(4',少一项扣1分)”) and a result left in the label (“采用1篇得基本分15分”, held-out
  // sets 15 and 17), whatever their number
  const label = labels.find(
    (l) =>
      [...l.matchAll(/(\d+(?:\.\d+)?)分/g)].some((m) => !dec(m[1] as string).equals(P)) ||
      /\d+(?:\.\d+)?['′’]|得基本分|得满分|得\d+(?:\.\d+)?分/.test(l),
  );
  return label === undefined
    ? undefined
    : `“${label}”中写有分值：这些分值属于哪一部分、扣分从哪一部分扣，文件未说明，请人工设定规则`;
}

/** A heading that puts the situations listed under it to a veto (“出现下列情况之一的,予以“一票否决”:”). */
const VETO_HEADING = new RegExp(
  [
    /(?:下列|以下|如下)[\u4e00-\u9fa5]{0,4}(?:情形|情况|行为|问题|事项)之一[^。]{0,30}一票否决/.source,
    // “存在下列行为之一的,考核直接判定为不合格” (held-out set 135), “否决项:存在下列情况之一的,企业评级为“差”” (set 102)
    /(?:下列|以下|如下)[\u4e00-\u9fa5]{0,4}(?:情形|情况|行为|问题|事项)之一[^。]{0,12}直接(?:判定|评定|认定|定)为“?不合格/
      .source,
    /否决项[^。]{0,6}(?:下列|以下|如下)[\u4e00-\u9fa5]{0,4}(?:情形|情况|行为|问题|事项)之一/.source,
  ].join("|"),
);

/** An impact whose weight is the condition (恶劣影响, 严重后果). */
const IMPACT = /(?:恶劣|不良|严重|重大|较大)(?:社会)?(?:影响|后果)/;

/**
 * A veto's condition, drafted as a yes/no veto — or declined where whether it holds is the evaluator's to weigh (“凡土地
 * 流转不完全到位的…,实行一票否决”, held-out set 13), unless an event is the trigger and the weighed words its cause
 * (“管理不到位出现非正常现象和责任事故的”, 太仓 [003]).
 */
function vetoCondition(normal: string, clerk: string, text: string): Recognition {
  // An impact weighed as the event itself (“…组织不得力致使造成恶劣影响的”, held-out set 25) is the evaluator's to
  // weigh, unless an authority's finding settles it (“经市局核实认定…造成重大影响的”, 太仓 [003]).
  const impact = /认定/.test(normal) ? null : IMPACT.exec(normal);
  // “对“水产品质量安全监管”和“渔业生产安全监管”两项指标,实行“一票否决制”” (held-out set 81): indicators named, not what
  // result of them vetoes.
  const indicators = /^(?:\d{1,2}[、.])?对[^,;。]*(?:指标|工作|项目|内容)[^,;。]*,?(?:实行|实施|执行)“?一票否决/.exec(
    normal,
  );
  if (indicators) {
    return { status: "manual", reason: "一票否决所对的是指标或工作：哪种结果触发否决，条款未说明，请人工设定规则" };
  }
  // Alternatives each a condition of their own (“因…查处不力的,或因…处置不当造成重大群体性事件的”, held-out set 81): a
  // weighed word excused as an event's cause only in the alternative that has the event.
  const alternatives = normal.split(/[,;](?=或)/);
  const caused = /(?:发生|出现|造成|导致|引发)[^,;。]{0,20}(?:事故|事件|火灾|死亡|伤亡|案件)/;
  const unexcused =
    alternatives.length < 2
      ? ""
      : (alternatives.find((a) => !caused.test(a) && (MANNER.test(a) || DEGREE.test(a))) ?? "");
  const word =
    impact?.[0] ??
    (EVENT.test(normal) && unexcused === ""
      ? undefined
      : (MANNER.exec(unexcused || normal)?.[0] ?? DEGREE.exec(unexcused || normal)?.[0]));
  // “凡未缴清团费的班级,原则上不参与…评选” (held-out set 112): 原则上 leaves exceptions, the evaluator's to grant
  const exceptions = /原则上/.test(normal) ? "否决条件写的是“原则上”，留有例外，是否否决请人工确认" : undefined;
  const weighed = judgement(normal) ?? exceptions ?? (word && `否决条件中“${word}”需要评价人判断，是否否决请人工确认`);
  if (weighed) return { status: "manual", reason: weighed };
  return {
    status: "draft",
    rule: { kind: "veto", text: clerk.trim() },
    sentence: `出现所述情形的，实行一票否决：${text.trim()}`,
    examples: [
      { input: "否", score: "不否决", note: "未发生" },
      { input: "是", score: "一票否决", note: "发生" },
    ],
  };
}

function recogniseWhole(
  text: string,
  points: number | string,
  part: SchemePart,
  options: RecogniseOptions,
): Recognition {
  if (text.length > MAX_LENGTH) return { status: "manual", reason: `评分标准超过 ${MAX_LENGTH} 字，请拆分后再起草` };
  // Every reader reads simplified characters (“每少一項完成任務” as “每少一项完成任务”); a veto keeps the clerk's words.
  const clerk = text;
  text = simplified(text);
  if (options.context !== undefined) options = { ...options, context: simplified(options.context) };
  // “每项扣05分”, “扣02分” (held-out set 126's page lost its decimal points): a number of points opening with 0 is a slip.
  const slipped = /(?<![\d.:：])0\d+(?:\.\d+)?分(?!钟)/.exec(text.normalize("NFKC"));
  if (slipped)
    return { status: "manual", reason: `“${slipped[0]}”以0开头，疑为漏写小数点，分值无从确定，请人工设定规则` };
  // “…考核扣分分值加倍” for some units: the amount is open (multiplied.ts).
  const multiplied = multipliedAmount(text, options.context);
  if (multiplied) return { status: "manual", reason: multiplied };
  // “…本项不得分并取消评先资格”: a consequence beyond the score, which a draft would drop (beyondScore.ts).
  const beyondScore = consequenceBeyondScore(text);
  if (beyondScore) return { status: "manual", reason: beyondScore };
  const P = dec(points);
  if (P.isNegative()) return { status: "manual", reason: "分值不能为负数" };
  // “⑴、…;⑵、…;(10项)每项0.1分”: the things' amounts must fill the points, else having or lacking them scores apart.
  const things = numberedThings(text);
  if (things && !dec(things.each).times(things.count).equals(P))
    return {
      status: "manual",
      reason: `所列${things.count}项每项${things.each}分，合计与本项分值${P.toString()}分不符：按具备的项数得分还是按缺少的项数扣分，请人工设定规则`,
    };
  // Checkbox options of a scanned form (“口开立 5 口未开立 0”): a yes/no pair, or why not (checkbox.ts).
  const box = readCheckbox(text, P, part);
  if (box) return "rule" in box ? draftOf(box.rule, P, part) : { status: "manual", reason: box.reason };
  // Options with bare points parted by semicolons (“是4;否0”, “记录全3;记录不全1;无0”): bareOptions.ts.
  const bare = readBareOptions(text, P, part);
  if (bare) return "rule" in bare ? draftOf(bare.rule, P, part) : { status: "manual", reason: bare.reason };
  // Numbered options each with its points (“(1)有独立办公用房15分(2)…9分(3)无办公用房0分”): a ladder or criteria (numberedOptions.ts).
  const numbered = readNumberedOptions(text, P, part);
  if (numbered)
    return "rule" in numbered ? draftOf(numbered.rule, P, part) : { status: "manual", reason: numbered.reason };
  // Per-unit awards without a verb, and rungs said “合理: 2 分” or “得一半分”, in the wording statements.ts reads (criteria.ts).
  // A per-unit award inside the bracket restating the 分值 (“(2分,1个部门0.5分,满分2分)”, bracketAward.ts).
  // “有固定办公地点、学会办事机构、专(兼)职干部(3分,每项1分)”: items listed before their points each (bracketEachItem.ts).
  const eachItem = readBracketEachItem(normalise(text), P, part);
  if (eachItem) return eachItem.ok ? draftOf(eachItem.rule, P, part) : { status: "manual", reason: eachItem.reason };
  const bracketed = bracketAward(normalise(text), P);
  if ("reason" in bracketed) return { status: "manual", reason: bracketed.reason };
  // “…,得9分(有1个组织未健全扣1分)”, “每少1次会议扣1分” against the context: awardBracket.ts.
  const perOccasion = periodPerOccasion(bracketed.text);
  if (perOccasion) return { status: "manual", reason: perOccasion };
  const restated = awardBracket(bracketed.text, P);
  if ("reason" in restated) return { status: "manual", reason: restated.reason };
  const listed = listedShort(
    targetInContext(
      taskShort(allItemsEachMissing(incompleteSet(restated.text, P), P), P, options.context),
      options.context,
      P,
    ),
    P,
  );
  if ("reason" in listed) return { status: "manual", reason: listed.reason };
  // “(30分,发现一座扣1分)”, “(1个0.5分,共3分)”: the points and a per-case deduction or award in a closing bracket.
  const inBracket = bracketTerms(listed.text, P);
  if ("reason" in inBracket) return { status: "manual", reason: inBracket.reason };
  // “召开2次以上专题会议…,少一次扣2.5分”: a count required, each one short deducted (shortOfTarget.ts).
  // “1.逐级签订综治责任书,1分。”: a requirement and its points, read as “…,得1分” (requirementPoints.ts).
  const worded = rungWording(perUnitWording(shortOfTarget(requirementPoints(inBracket.text, P, part), P), P), P);
  if (worded === "") return { status: "manual", reason: "评分标准为空" };
  // “(基本分10分)” restating the 分值, and “扣完基本分” / “扣完该项分” (all the points) in the wording statements.ts reads.
  // “(1)报表收集10分。…”: a heading restating the 分值 (heading.ts).
  // “(3分,…扣1分,…,扣完为止)”: the whole clause in a bracket opening with the 分值 restated (heading.ts).
  const based = basePoints(restatedPointsInWords(restatedHeading(openingPoints(checkWording(worded, P), P), P), P), P);
  if ("reason" in based) return { status: "manual", reason: based.reason };
  // “规范开展核对工作,得1分;…≤5%,得0.5分,每增加1%…;…≤10%,得0.5分,每增加2%…”: the first sentence restates the 分值 (rateStart.ts).
  // “变更经营范围未办理许可手续的;” on 10 in a penalty part: the 分值 is what the failing takes (bareFailing.ts).
  const normal = bareFailingAmount(
    rateItemsHeading(based.text, P),
    P,
    part,
    options.context === undefined ? "" : normalise(options.context),
  );
  if (/一票否决/.test(normal)) {
    // “特别被县“一票否决”或“黄牌警告”的村居委会…” (held-out set 17): a veto named, quoted or suffered (被), is what
    // happened to someone before, not this clause's veto
    if (/(?<!实行|予以|给予|执行|进行)[“"‘]一票否决|被[\u4e00-\u9fa5]{0,6}一票否决/.test(normal))
      return { status: "manual", reason: "条文提到的“一票否决”是已发生的处理，不是本条的否决条件，请人工设定规则" };
    if (/\d+(?:\.\d+)?分|满分|不得分|不计分|不记分|不给分|扣分/.test(normal))
      return { status: "manual", reason: "一票否决与计分表述在同一条款中，请将否决条件单列" };
    return vetoCondition(normal, clerk, text);
  }
  // “⑵发生森林火灾过程中出现人员伤亡的;” under “出现下列情况之一的,予以“一票否决”:” (held-out set 25): a situation listed
  // under a veto heading in the context is a veto condition of its own — where it names no amount (a measured bound,
  // “受害森林面积超过50亩”, is left to the clerk: a veto takes only 是/否, and the draft would hide the bound).
  if (options.context !== undefined && VETO_HEADING.test(normalise(options.context))) {
    if (/\d/.test(normal.replace(/^\(?\d{1,2}\)?[.、]?/, "")))
      return { status: "manual", reason: "否决情形中有数量界限，请人工设定规则：按“是/否”填写是否出现该情形" };
    if (/分|一票否决/.test(normal)) return { status: "manual", reason: "否决情形中有计分表述，请人工设定规则" };
    return vetoCondition(normal, clerk, text);
  }
  const assessed =
    clauseJudgement(normal) ??
    (options.context !== undefined ? contextJudgement(normalise(options.context)) : undefined);
  if (assessed !== undefined) return { status: "manual", reason: assessed };
  // “上级考核为较好的，得满分；…一般的，得2分”: a level an outside verdict gave, and its points (verdictLevels.ts).
  const verdict = readVerdictLevels(normal, P, part);
  if (verdict) return "rule" in verdict ? draftOf(verdict.rule, P, part) : { status: "manual", reason: verdict.reason };
  // “配备专职工作人员3名(5分),每增加1人加1分,加满15分为止”: a count from a base tier up to the cap (countTarget.ts).
  const more = readBaseThenEachMore(text, P, part);
  if (more) return more.ok ? draftOf(more.rule, P, part) : { status: "manual", reason: more.reason };
  // Points per named criterion in brackets (“目标明确（1分），目标细化（1.5分）”), before normalise.ts drops them.
  const criteria = readCriteria(text, P, part);
  if (criteria)
    return "rule" in criteria ? draftOf(criteria.rule, P, part) : { status: "manual", reason: criteria.reason };
  const checklist = readChecklist(text);
  if (checklist) return draftOf(checklist, P, part);
  const context =
    options.context === undefined || options.context.length > MAX_LENGTH
      ? undefined
      : readContext(normalise(options.context));
  // “符合政策生育率95%(含95%)不扣分,…每低1个百分点扣1分”, “报表收集率每少1个百分点扣1分”, “与上年相比,每上升1个百分点扣2分”:
  // a per-point step from a start said in words the statements do not read (rateStart.ts).
  const rateStart = readRateStart(normal, P, part, options.context);
  if (rateStart)
    return rateStart.ok ? draftOf(rateStart.rule, P, part) : { status: "manual", reason: rateStart.reason };
  // “完成率达到100%的得满分,完成率≥50%的按比例得分,低于50%的不得分”: P × the rate above a floor (proportionalTiers.ts).
  const tiered = readProportionalTiers(normal, P, part);
  if (tiered) return tiered.ok ? draftOf(tiered.rule, P, part) : { status: "manual", reason: tiered.reason };
  // “第一名10分,依次递减0.4分,递减到0分为止”: the rank typed, each place behind the first deducted (rankStep.ts).
  const ranked = readRankStep(normal, P, part);
  if (ranked) return ranked.ok ? draftOf(ranked.rule, P, part) : { status: "manual", reason: ranked.reason };
  // “得分=70×实际达标率-63” on 7 points: linear in the rate, full at 100% (linearFormula.ts).
  const linear = readLinearFormula(normal, P, part);
  if (linear) return linear.ok ? draftOf(linear.rule, P, part) : { status: "manual", reason: linear.reason };
  // Score formulas and rate slopes read as a whole clause (formula.ts); anything else falls through.
  const formula = readFormula(normal, P, part, context?.text);
  if (formula) return formula.ok ? draftOf(formula.rule, P, part) : { status: "manual", reason: formula.reason };
  // “全年4次分别于3月底、…前…,每缺1次扣2分”: a total over the year the clause states, each one short deducted (statedTotal.ts).
  const total = readStatedTotal(normal, P, part);
  if (total) return total.ok ? draftOf(total.rule, P, part) : { status: "manual", reason: total.reason };
  const absent = readAttendAbsent(normal, P, part);
  if (absent) return absent.ok ? draftOf(absent.rule, P, part) : { status: "manual", reason: absent.reason };
  // “每少一种机构或少一项制度的扣0.5分”: two things missing under one 每, two counts (twoShortfalls.ts).
  const short2 = readTwoShortfalls(normal, P, part);
  if (short2) return short2.ok ? draftOf(short2.rule, P, part) : { status: "manual", reason: short2.reason };
  const seen = readSeenOne(normal, P, part);
  if (seen) return seen.ok ? draftOf(seen.rule, P, part) : { status: "manual", reason: seen.reason };
  // “全部符合以下条件:A、B、C,得3分;符合两项条件,得2分…”: tiers of how many listed conditions are met (listedMet.ts).
  const met = readListedMet(normal, P, part);
  if (met) return met.ok ? draftOf(met.rule, P, part) : { status: "manual", reason: met.reason };
  // “持平不扣分,超过平均值5个点以内扣1分,5个点以外扣2分”: tiers of how far above an average (tiersBeside.ts).
  const above = readTiersBeside(normal, P, part);
  if (above) return above.ok ? draftOf(above.rule, P, part) : { status: "manual", reason: above.reason };
  // A count to reach beside what each one short costs, or a requirement's points beside each case failing it (countTarget.ts).
  const counted = readCountTarget(normal, P, part, options.context);
  if (counted) return counted.ok ? draftOf(counted.rule, P, part) : { status: "manual", reason: counted.reason };
  // “5个工作日内上报…，未及时上报的扣2分”: the time limit is words of the act (windows.ts).
  // The item's points, for an absence that takes them all (guards.ts impliedTiers, presupposedSetUp) — not while a clause
  // is read with a judged piece set aside (cutPartial): beside a judged part the evaluator weighs the whole (lybz-5.1,
  // labelled manual), so the floor settles nothing there.
  const whole = cutting === 0 ? P : undefined;
  const { statements, declines } = readClause(
    normal,
    limitsAreWords(normal) ? { text: "", ...context, limitsAreWords: true } : context,
  );
  if (declines.length === 0) {
    // A ladder of states (“全部覆盖得6分；覆盖…得3分；未覆盖…不得分”): a levels rule, or why not (criteria.ts).
    const ladder = readLadder(statements, part, P);
    if (ladder) {
      const wrong =
        "rule" in ladder
          ? (wrongDraft(normal, statements, whole) ?? crossCheck(normal, statements, P, options.context))
          : ladder.reason;
      return wrong === undefined && "rule" in ladder
        ? draftOf(ladder.rule, P, part)
        : { status: "manual", reason: wrong as string };
    }
    const assembled = assemble(statements, part, P);
    if (!assembled.ok) return { status: "manual", reason: assembled.reason };
    const wrong =
      wrongDraft(normal, statements, whole) ??
      crossCheck(normal, statements, P, options.context) ??
      awardsShort(statements, part, P) ??
      uncappedBonus(assembled.rule, statements, normal, part, P, options);
    if (wrong !== undefined) return { status: "manual", reason: wrong };
    return draftOf(withContextItems(withListedItems(assembled.rule, text), text, options.context), P, part);
  }
  const first = declines[0] as Read["declines"][number];
  if (declines.every((d) => d.judgement) && statements.length > 0) {
    // “倾斜较多的,酌情加分,最高加1分;未倾斜的,不得分” (held-out set 127): points the evaluator awards, within the leaf's
    // own — the rest drafted would start the unit at full points, where the words start it at none.
    const awarded = declines.find((d) => JUDGED_AWARD.test(d.text));
    if (awarded && part === "base")
      return {
        status: "manual",
        reason: `“${awarded.text}”是评价人酌情给的分，其余条件不能从满分起算，请人工设定规则`,
      };
    // "视情扣14分" under 12分: a judgement part that names more than the leaf's points contradicts its 分值.
    const beyond = declines.find((d) =>
      [...d.text.matchAll(/(?:扣|减)(?:除)?(\d+(?:\.\d+)?)分/g)].some((m) => dec(m[1] as string).greaterThan(P)),
    );
    if (beyond !== undefined) return { status: "manual", reason: `“${beyond.text}”的扣分超过本项分值，计分方式不明确` };
    const partial = partialOf(statements, part, P, first, normal);
    const drafted = partial?.status === "partial" ? partial.parts.find((p) => p.status === "draft")?.rule : undefined;
    const wrong =
      partial &&
      // No points here: beside a judged part the evaluator weighs the whole (lybz-5.1, labelled manual), so an absence
      // taking all the points does not settle the deductions beside it (guards.ts impliedTiers, presupposedSetUp).
      (wrongDraft(normal, statements) ??
        crossCheck(normal, statements, P, options.context) ??
        judgedResult(declines) ??
        unkeyed(partial, statements, declines) ??
        (drafted && uncappedBonus(drafted, statements, normal, part, P, options)));
    if (wrong) return { status: "manual", reason: wrong };
    if (partial) return withJudged(partial, P, part, statements);
  }
  return { status: "manual", reason: first.reason };
}

/** Points the evaluator awards: 酌情加分, 视情给分. */
const JUDGED_AWARD = /(?:酌情|视情)(?:加|给|得|计|记)分/;

/** Set while the rest of a cut clause is read, so that rest is read as a whole clause, never cut again. */
let cutting = 0;

/**
 * A clause whose judgement pieces the whole-clause path could not set aside (partial.ts): each judgement piece cut out
 * as the manual part, the rest drafted by the ordinary readers as if it stood alone, its terms keyed by position among
 * all the clause's terms, the judgement pieces counted where they stand. Undefined (the clause stays declined) where
 * the rest does not draft alone or the positions cannot be told.
 */
function cutPartial(text: string, P: Decimal, part: SchemePart, options: RecogniseOptions): Recognition | undefined {
  if (text.length > MAX_LENGTH || P.isNegative() || !P.greaterThan(0)) return undefined;
  const normal = rateItemsHeading(normalise(text), P);
  if (/一票否决/.test(normal) || clauseJudgement(normal) !== undefined) return undefined;
  const alone = (words: string, points: Decimal): Recognition => {
    cutting++;
    try {
      return recognise(words, points.toString(), part, options);
    } finally {
      cutting--;
    }
  };
  // “完成…记5分,未完成的酌情扣分,未订阅不记分”: the stated rungs drafted, the judged one the evaluator's (judgedPiece.ts).
  const rung = judgedRung(normal, P, part);
  if (rung) return rung;
  // A sentence that cannot be computed for want of a number (“每少公开1次扣5分”, “扣1-2分”): the manual part (unreadPart.ts).
  const unread = unreadSentences(normal).flatMap((u) => {
    const piece = alone(u.text, P);
    return piece.status === "manual" && UNREAD_REASON.test(piece.reason) ? [{ ...u, reason: piece.reason }] : [];
  });
  const cut = cutJudged(normal, readClause(normal).declines, P, unread);
  if (cut === undefined) {
    // A criterion or a one-time deduction holding a manner without a measure or a weighed degree (partial.ts).
    const unmeasured = unmeasuredPartial(text, P, part, (words, points) => alone(words, points));
    return unmeasured && withJudged(unmeasured, P, part, []);
  }
  // (points the evaluator awards within the leaf's own: the rest would start at full points, as above)
  if (cut.within && part === "base" && cut.judged.some((j) => JUDGED_AWARD.test(j.text))) return undefined;
  // "视情扣14分" under 12分: a judgement part that names more than the leaf's points contradicts its 分值.
  if (
    cut.judged.some((j) =>
      [...j.text.matchAll(/(?:扣|减)(?:除)?(\d+(?:\.\d+)?)分/g)].some((m) => dec(m[1] as string).greaterThan(P)),
    )
  )
    return undefined;
  const rest = alone(cut.rest, cut.points);
  if (rest.status !== "draft" || rest.rule.kind === "veto") return undefined;
  const rule = rest.rule;
  const n = termCount(rule);
  // Each judged piece's position: the rest's terms before it, told by reading the rest before it alone.
  const before: number[] = [];
  for (const j of cut.judged) {
    if (!scores(j.before.replace(/\(?\d+[)、.]/g, ""))) before.push(0);
    else if (!scores(j.after)) before.push(n);
    else {
      const head = alone(j.before, cut.points);
      if (head.status !== "draft" || head.rule.kind === "veto") return undefined;
      before.push(termCount(head.rule));
    }
  }
  const termKeys: string[] = [];
  const judgedKeys: string[] = [];
  let position = 0;
  for (let t = 0; t <= n; t++) {
    for (const b of before) if (b === t) judgedKeys.push(String(++position));
    if (t < n) termKeys.push(String(++position));
  }
  const reason = (cut.judged[0] as Cut["judged"][number]).reason;
  const restPoints = P.minus(cut.points);
  const manual = cut.within
    ? `在此基础上由评价人判断是否再扣分：${reason}`
    : `其余${restPoints.toString()}分由评价人判断：${reason}`;
  const partial: Recognition = {
    status: "partial",
    parts: [
      {
        status: "draft",
        points: cut.points.toNumber(),
        rule,
        sentence: rest.sentence,
        examples: rest.examples,
        text: cut.rest,
        keys: termKeys,
      },
      {
        status: "manual",
        points: (cut.within ? P : restPoints).toNumber(),
        reason,
        text: cut.judged.map((j) => j.text).join("；"),
        keys: judgedKeys,
      },
    ],
    sentence: `${rest.sentence}（${cut.points.toString()}分）；${manual}`,
    examples: rest.examples,
    reason,
  };
  return withJudged(partial, P, part, readClause(cut.rest).statements);
}

/**
 * A judgement beside computable statements. Where the computable statements make a rule for the whole leaf ("未开展的扣2
 * 分，培训不全的，酌情扣分"), that rule is drafted on all of P and the judgement may take away within it; where they
 * award a stated share ("…得0.5分，否则不得分；…酌情加分"), that share is drafted and the rest is the evaluator's.
 */
function partialOf(
  statements: Statement[],
  part: SchemePart,
  P: Decimal,
  first: Read["declines"][number],
  normal: string,
): Recognition | undefined {
  const make = (points: Decimal, within: boolean): Recognition | undefined => {
    const assembled = assemble(statements, part, points);
    if (!assembled.ok) return undefined;
    const drafted = draftOf(assembled.rule, points, part);
    if (drafted.status !== "draft" || drafted.rule.kind === "veto") return undefined;
    const rest = within ? P : P.minus(points);
    const manual = within
      ? `在此基础上由评价人判断是否再扣分：${first.reason}`
      : `其余${rest.toString()}分由评价人判断：${first.reason}`;
    return {
      status: "partial",
      parts: [
        {
          status: "draft",
          points: points.toNumber(),
          rule: drafted.rule,
          sentence: drafted.sentence,
          examples: drafted.examples,
          text: normal,
        },
        { status: "manual", points: rest.toNumber(), reason: first.reason, text: first.text },
      ],
      sentence: `${drafted.sentence}（${points.toString()}分）；${manual}`,
      examples: drafted.examples,
      reason: first.reason,
    };
  };
  // "…得2分，否则视情扣分": where an award's failing case is the judgement, nothing is computable on its own. Each award
  // must say what failing it gives ("否则不得分").
  const awards = statements.filter(
    (s) => (s.kind === "plain" || s.kind === "band") && (s.result.kind === "award" || s.result.kind === "full"),
  ).length;
  const otherwise = statements.filter((s) => s.kind === "otherwiseZero").length;
  if (awards > otherwise) return undefined;
  const whole = make(P, true);
  if (whole || part === "penalty") return whole;
  const stated = statements.flatMap((s) =>
    (s.kind === "plain" || s.kind === "band") && s.result.kind === "award" ? [s.result.points] : [],
  );
  const share = stated.length === 1 ? (stated[0] as Decimal) : undefined;
  return share && share.greaterThan(0) && share.lessThan(P) ? make(share, false) : undefined;
}

const TERM_FAMILIES = new Set(["perCaseAward", "perCaseDeduction", "penalty"]);

function cleanCondition(cond: string): string {
  return cond.replace(/^[\d.、()]+/, "").replace(/的$/, "");
}

/** The judgement part's words as a term's label: the clause's text without the judgement's own verb. */
function judgedLabel(text: string): string {
  const label = text
    .replace(/^[\d.、()]+/, "")
    .replace(/[,，]?(?:由评价人)?(?:酌情|视情|按比例|根据情况|视情况)(?:扣分|扣减|加分|给分|评分|计分)?[^,]*$/, "")
    .replace(/的$/, "");
  return label === "" ? text : label;
}

/**
 * A partial draft whose computable part is made of terms gains the whole leaf's rule: its terms, and the judgement
 * part as a `judged` term at its position (its keys). Within the leaf's points ("未开展的扣2分，培训不全的，酌情扣分")
 * the evaluator may take away up to all of them; beside a stated share ("…得0.5分，否则不得分；…酌情给分") the
 * evaluator gives up to the rest. Other shapes keep the computable part alone.
 */
function withJudged(partial: Recognition, P: Decimal, part: SchemePart, statements: readonly Statement[]): Recognition {
  if (partial.status !== "partial") return partial;
  const drafted = partial.parts.find((p) => p.status === "draft");
  const manual = partial.parts.filter((p) => p.status === "manual");
  let rule = drafted?.rule as (RuleInput & { terms?: unknown[] }) | undefined;
  // "…的，得0.5分，否则不得分" as the computable part: one yes/no term of its points.
  const met = statements.find((s) => s.kind === "plain" && s.result.kind === "award");
  if (rule?.kind === "allOrNothing" && rule.sense === "condition" && drafted && met?.kind === "plain") {
    const label = rule.question ?? cleanCondition(met.cond);
    rule = { kind: "perCaseAward", terms: [{ kind: "flag", label, points: drafted.points }] };
  }
  if (!drafted || !rule || !TERM_FAMILIES.has(rule.kind) || !Array.isArray(rule.terms) || manual.length !== 1) {
    return partial;
  }
  const judged = manual[0] as DraftPart;
  const within = dec(drafted.points).equals(P);
  if (!within && rule.kind !== "perCaseAward") return partial;
  // “居住条件无明显改善的扣2分”: a judged piece that states its one amount takes no more than it (the evaluator decides
  // whether it applies); otherwise, within the points, as much as they hold.
  const amounts = [...judged.text.matchAll(/(?:扣|减)(\d+(?:\.\d+)?)分(?![-至~])/g)].map((m) => dec(m[1] as string));
  // (not an amount per time or per person short: “每少公开1次扣5分” may take more than 5)
  const stated =
    within && amounts.length === 1 && /^[^-至~]*$/.test(judged.text) && !perOccasion(judged.text)
      ? amounts[0]
      : undefined;
  // its own cap or the top of its range (“工作人员每少1人,扣1分,最多扣3分”, “…扣5-10分”) bounds it likewise (unreadPart.ts)
  const most = within ? (stated ?? pieceMost(judged.text)) : undefined;
  const points = within ? (most !== undefined && most.lessThan(P) ? most : P) : P.minus(drafted.points);
  if (!points.greaterThan(0)) return partial;
  const deduct = within && rule.kind === "perCaseAward" ? { deduct: true } : {};
  // Within the points the judgement takes away for what it names; beside a share it gives the rest, its words kept whole.
  const label = within ? judgedLabel(judged.text) : `其余部分：${judged.text.replace(/^[\d.、()]+/, "")}`;
  const term = { kind: "judged", label, points: points.toNumber(), ...deduct };
  const termKeys = drafted.keys ?? rule.terms.map((_, i) => String(i + 1));
  const judgedKeys = judged.keys ?? [String(termKeys.length + 1)];
  if (judgedKeys.length !== 1 || termKeys.length !== rule.terms.length) return partial;
  const ordered = [
    ...rule.terms.map((t, i) => ({ at: Number(termKeys[i]), t })),
    { at: Number(judgedKeys[0]), t: term },
  ].sort((a, b) => a.at - b.at);
  const whole = { ...rule, terms: ordered.map((o) => o.t) } as unknown as RuleInput;
  const compiled = compileRule(whole, P, part);
  if (!compiled.ok) return partial;
  return {
    ...partial,
    rule: whole,
    sentence: compiled.compiled.describe(),
    examples: examplesOf(whole, compiled.compiled, P),
  };
}

/** Whether a statement is an input of its own: what is counted, flagged or measured; not 满分, 否则不得分 or a cap. */
function makesTerm(s: Statement, before: Statement | undefined, single: boolean): boolean {
  if (single) return s.kind !== "cap" && s.kind !== "floor" && s.kind !== "otherwiseZero" && s.kind !== "veto";
  if (s.kind === "count" || s.kind === "below" || s.kind === "slope") return true;
  if (s.kind !== "plain") return false;
  if (s.result.kind === "full") return false;
  // "…得1分；未组织…，不得分": the failing of the award before it, not a term (assemble.ts, failingAsOtherwise).
  return !(s.result.kind === "zero" && before?.kind === "plain" && before.result.kind === "award");
}

/**
 * Keys a partial draft's parts by their position among all the clause's terms, the judgement part counted where it
 * stands (docs/ids-and-inputs.md): "每下降2%扣0.5分（judgement）；每缺1份扣0.1分" keys the drafted count "2". Returns why
 * the positions cannot be told, or undefined once the parts carry their keys.
 */
function unkeyed(
  partial: Recognition,
  statements: readonly Statement[],
  declines: Read["declines"],
): string | undefined {
  if (partial.status !== "partial") return undefined;
  const drafted = partial.parts.find((p) => p.status === "draft");
  const manual = partial.parts.find((p) => p.status === "manual");
  if (!drafted?.rule || !manual) return undefined;
  const terms = "terms" in drafted.rule ? (drafted.rule.terms as unknown[]).length : 1;
  const single = !("terms" in drafted.rule);
  const termKeys: string[] = [];
  const judgedKeys: string[] = [];
  let position = 0;
  let seen = false;
  const judged = declines.filter((d) => d.judgement);
  for (let i = 0; i <= statements.length; i++) {
    for (const d of judged) if ((d.at ?? statements.length) === i) judgedKeys.push(String(++position));
    const s = statements[i];
    if (s === undefined) continue;
    if (makesTerm(s, statements[i - 1], single && !seen)) {
      seen = true;
      termKeys.push(String(++position));
    }
  }
  if (termKeys.length !== terms) {
    const trailing = judged.every((d) => (d.at ?? statements.length) === statements.length);
    if (!trailing) return "需评价人判断的部分位于可计算项之间，各项输入的次序未能确定，请人工设定规则";
    termKeys.splice(0, termKeys.length, ...Array.from({ length: terms }, (_, i) => String(i + 1)));
    judgedKeys.splice(0, judgedKeys.length, ...judged.map((_, i) => String(terms + i + 1)));
  }
  drafted.keys = termKeys;
  manual.keys = judgedKeys;
  return undefined;
}

/**
 * A partial draft's probe keyed by position among all the clause's terms → the drafted rule's own input (keys 1, 2 …
 * of its terms, or its single value). Keys of the judgement part are the evaluator's and left out; any other key is
 * an error.
 */
function draftedInput(part: DraftPart, judged: readonly string[], raw: unknown): unknown {
  const keys = part.keys;
  if (keys === undefined || typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const given = raw as Record<string, unknown>;
  const unknown = Object.keys(given).filter((k) => !keys.includes(k) && !judged.includes(k));
  if (unknown.length > 0) return raw; // the rule's own parse names what it does not know
  if (keys.length === 1) return (keys[0] as string) in given ? given[keys[0] as string] : raw;
  return Object.fromEntries(keys.filter((k) => k in given).map((k) => [String(keys.indexOf(k) + 1), given[k]]));
}

/**
 * What a drafted clause scores for one probe, rounded to two decimals (`exact`: unrounded); a partial clause scores its
 * drafted part only.
 */
export function probe(
  recognition: Recognition,
  raw: unknown,
  points: number | string,
  part: SchemePart = "base",
  exact = false,
): { score: string } | { error: string } {
  if (recognition.status === "manual") return { error: `此条款需人工评分：${recognition.reason}` };
  let rule: RuleInput | VetoDraft;
  let P = dec(points);
  if (recognition.status === "partial") {
    const drafted = recognition.parts.find((p) => p.status === "draft") as DraftPart;
    rule = drafted.rule as RuleInput;
    P = dec(drafted.points);
    raw = draftedInput(drafted, recognition.parts.find((p) => p.status === "manual")?.keys ?? [], raw);
  } else rule = recognition.rule;
  if (rule.kind === "veto") {
    const happened = veto.parse(raw);
    return happened.ok ? { score: happened.value ? "一票否决" : "不否决" } : { error: happened.error.zh };
  }
  const compiled = compileRule(rule, P, part);
  if (!compiled.ok) return { error: compiled.problems.join("；") };
  return scoreOf(compiled.compiled, raw, exact);
}
