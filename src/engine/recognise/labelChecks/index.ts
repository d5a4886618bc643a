/**
 * Wrong-draft classes found by held-out sets 19–71 (first measured after round 16's fixes; docs/recogniser.md
 * “错误起草的防线” 81–103), checks on a whole draft's terms, each closed in general. Each check takes the drafted reading
 * (and the clause, its row's context and its 分值 where it needs them) and returns the reason to decline, or undefined;
 * index.ts runs them in a chain. Grouped by what they guard against, each module's header listing its rounds:
 *
 * - copy.ts: the copy itself (cut off, masked, part of the item above) and words of it the draft does not hold (a
 *   scoring word, a rate, a sampling rule, an amount in a bracket);
 * - structure.ts: how the terms stand together (a label twice, events joined, counted twice, a count over two acts,
 *   rungs of one answer, a change with no base, an honour at two levels);
 * - requirements.ts: awards and the requirements they are tied to (a list or an event's duty under one award, two
 *   questions, a frequency, a bound beside other requirements, 否则 left in a label, a failing after several
 *   requirements, points standing alone);
 * - weighed.ts: things the evaluator weighs (items, counts and states weighed, appearance, a manner counted);
 * - counts.ts: shortfalls and things missing, and lists left open with 等;
 * - onceOrEach.ts: failings without 每 that may be once or per case (per thing, unit, occasion or person);
 * - context.ts: what the row's context says (an event, several 规定数, a row that leaves the amount or the count open).
 *
 * A rate bound taking points away (“评优比例低于20%的扣3分”), read as the rate by some labels and as 是/否 by others, is
 * not declined: the engine's bound term takes either (rules/terms.ts).
 */
export {
  scoringWordLeft,
  cutOff,
  maskedText,
  partOfAbove,
  rateLeftOut,
  samplingInCount,
  bracketAmountLeft,
} from "./copy";
export {
  sameLabelTwice,
  twoEventsJoined,
  failingsBeforeCount,
  countedAsOne,
  eitherEach,
  lackingOrIncomplete,
  caseOrAbsence,
  penaltyLadder,
  changeWithoutBase,
  negationOverTwoActs,
  oneOfThenEach,
  countPastBound,
  honourLevelsCounted,
  gapBetweenTiers,
} from "./structure";
export {
  openAward,
  twoQuestions,
  frequencyAward,
  boundBesideRequirements,
  otherwiseInLabel,
  bareFailingOfSeveral,
  itemsNeverListed,
  numberedItemMissing,
  pointsAlone,
  requirementsGlued,
  prohibitionDeducted,
  scoringWayUnread,
} from "./requirements";
export {
  weighedItems,
  weighedCount,
  weighedAwardedState,
  appearanceRequired,
  mannerOrBaseCounted,
  weighedItemsUndone,
  weighedCasesAbove,
} from "./weighed";
export {
  bareMissing,
  shortOfUnnamed,
  itemsShortOfPoints,
  itemCountedTwice,
  openMissing,
  openFailings,
  openThingsAwarded,
  missingFromOpenList,
  eventUnnamed,
  openClassCounted,
  everyOrEach,
  requirementCounted,
  requirementBeforeShortfall,
} from "./counts";
export {
  oneLeftInLabel,
  bareFailingBesideThings,
  unitsAsSubject,
  eachOverRecurring,
  onceBesideCounted,
  oneCaseOrVetoLeft,
  occasionsListed,
  membersFailing,
} from "./onceOrEach";
export { eventInContext, shareOfSeveralQuotas, rowLeavesOpen, pointsSplitInContext } from "./context";
