/**
 * Closing phrases and whole-statement readings that need no result found in the text: a judgement, 一票否决, the points
 * times a rate, the 没-for-每 typo, points taken beyond the leaf (追加, 倒扣), and the floors and caps that end a clause
 * (扣完为止, 最多扣5分, 加分上限为3分). Split from `readStatement` (statements.ts), which tries it first.
 */
import { dec } from "../decimal";
import { NUM } from "./statementTypes";
import type { Read } from "./statementTypes";
import { judgement } from "./judgements";
import { listedFailings } from "./windows";

/** "未完成的按实际完成率乘以标准分计分": the points times the rate of the task completed. */
const PROPORTIONAL =
  /^(?:(?:未|没有)完成(?:任务|目标值?)?(?:的)?,?)?按(?:(?:实际)?完成率(?:乘以|×|\*)(?:标准分|基本分|本项分值|分值)|实际完成值占目标值的比(?:重|例))(?:计分|计算得分|计算)$/;

/** 没 for 每 (没少一种, 没缺少一种, 没次扣, 没人扣): a homophone typo that leaves the count open. */
const MEI_TYPO = /没(?:(?:少|缺少?)(?:1|一)|(?:次|人|项|种|户|处|份|个|件)(?:扣|减))/;

/**
 * Deductions bounded by the item's own points, said other ways: "扣至本项分值为止", "扣分至基本分值扣完为止", "扣完本项分值
 * 为止", "扣分以扣完本项分值为止" (基本分值 is the item's points, as in “完成得基本分”). "扣至基本分为止" alone is not read:
 * where a document keeps a 基本分 below full points it may be where deductions stop.
 */
const FLOOR =
  /^(?:此项|该项|本项)?(?:扣分|扣)(?:以扣)?(?:至|到|完)(?:(?:本项|该项|此项|本指标|该指标)(?:的)?(?:基本分值|基本分|分值)(?:扣完)?|(?:基本分值|基本分|分值)扣完|(?:本项|该项|此项)?(?:0分|零分))为止$/;

/** "加分至基本分值为止", "加至本项分值为止": awards bounded by the item's own points. */
const AWARD_TO_POINTS =
  /^(?:此项|该项|本项)?(?:加分|加)(?:至|到)(?:本项|该项|此项)?(?:的)?(?:基本分值|基本分|分值|满分)为止$/;

/** A closing phrase or a whole-statement reading; undefined where the statement is of another kind. */
export function readClosing(text: string): Read | undefined {
  const judged = judgement(text);
  if (judged !== undefined) return { kind: "decline", reason: judged };
  if (/一票否决/.test(text)) return { kind: "veto", cond: text };
  // "未完成的按实际完成率乘以标准分计分": the points times the completion rate (assemble.ts reads it beside 完成得标准分).
  if (PROPORTIONAL.test(text)) return { kind: "proportional" };
  // "没少一种管理制度扣0.5分", "没人扣0.5分": 没 written for its homophone 每; per what, or once, is then unknown.
  const typo = MEI_TYPO.exec(text);
  if (typo) {
    return {
      kind: "decline",
      reason: `“${typo[0]}”中的“没”疑为“每”的笔误：按每项计扣还是只扣一次无从确定，请人工设定规则`,
    };
  }
  // "不得分，并追加扣除20分", "倒扣": points taken beyond the leaf's own; where they count the document does not say.
  // "扣完为止，不倒扣": no points below 0, the floor.
  if (/^(?:扣完为止)?不(?:得|再|予)?倒扣(?:分)?$/.test(text)) return { kind: "floor" };
  // "此项不得负分", "不计负分": the floor said of the score.
  if (/^(?:此项|该项|本项)?(?:得分)?(?:不得|不计|不能|不可|不出现)(?:为)?负分$/.test(text)) return { kind: "floor" };
  // "该项可负分", "扣分不保底": the score may go below 0 — where the points below it count the document does not say.
  if (/(?<!不)(?:可|可以|允许|能)(?:为|出现|计)?负分|不保底/.test(text)) {
    return { kind: "decline", reason: `“${text}”：本项可扣成负分，负分计入何处文件未说明，请人工设定规则` };
  }
  // “出现一例扣3分,不封顶” (held-out set 111), “扣分不封顶”: deductions without limit go past the item's points, where to
  // the document does not say; “加分不封顶”: awards without limit, likewise.
  if (/^(?:扣分|加分|得分)?(?:上)?不封顶(?:,?无上限)?$/.test(text)) {
    return {
      kind: "decline",
      reason: `“${text}”：分数不设上下限，超出本项分值的部分计入何处文件未说明，请人工设定规则`,
    };
  }
  // “每一台扣2分,直到负分” (held-out set 125): deductions past the item's points, and where they go, the words leave open.
  if (/(?:直至|直到|扣至|扣到|可扣至|可为|计)负分/.test(text)) {
    return {
      kind: "decline",
      reason: `“${text}”：扣分可超过本项分值成为负分，超出部分计入何处文件未说明，请人工设定规则`,
    };
  }
  // “夜不归宿要加重扣4分” (held-out set 126): more than the case's own deduction, on top of it or instead of it
  if (/加重扣/.test(text)) {
    return {
      kind: "decline",
      reason: `“${text}”：加重扣分是在原有扣分之外另扣还是取代原有扣分，文件未说明，请人工设定规则`,
    };
  }
  if (/追加|另扣|加扣/.test(text) || (/倒扣/.test(text) && !/不(?:得|再|予)?倒扣/.test(text))) {
    return { kind: "decline", reason: `“${text}”扣分超出本项，计入何处文件未说明，请人工设定规则` };
  }
  // "未协助查处…的,未对…未进行回访的,每1户次扣1分": failings listed before one per-case amount, as before one amount
  // (readPlain) — each counted on its own or together, the clause does not say (wsxg-5.6). “每发现上述1处情况” counts any.
  const perAt = text.indexOf(",每");
  const listedBefore = perAt > 0 && !/上述|以上|前述/.test(text.slice(perAt)) ? text.slice(0, perAt) : "";
  if ((listedBefore.match(/的(?:,|$)/g)?.length ?? 0) > 1 && listedFailings(listedBefore))
    return { kind: "decline", reason: `“${text}”列出几种情形共用一个分值，各扣还是合计扣未能确定` };
  // “…25%(含25%)以上的给满分,未达到的不给分”: 不给分, 不记分 are 不得分 as results.ts reads them.
  if (/^(?:否则|未达到的|达不到的|未达到|达不到)(?:不得分|不计分|不记分|不给分|得0分|计0分)$/.test(text))
    return { kind: "otherwiseZero" };
  if (
    /^(?:此项|该项|本项)?(?:分值|分数|分)?扣完(?:为止|即止)$|^扣分以扣完为止$|^扣至0分为止$|^(?:得分)?最低(?:为|得|计)?0分$|^(?:此项|该项|本项)?扣满为止$|^直(?:至|到)扣完(?:为止)?$|^直(?:至|到)(?:此项|该项|本项)(?:分数|分值)?(?:不得分|扣完(?:为止)?)$/.test(
      text,
    ) ||
    FLOOR.test(text)
  )
    return { kind: "floor" };
  // "本项3分扣完为止", "总分4分,扣完为止": the floor, where 3 is the item's points (assemble.ts checks).
  const numbered = new RegExp(`^(?:此项|该项|本项)?(?:总分)?(${NUM})分,?(?:扣完为止|扣完即止)$`).exec(text);
  if (numbered) return { kind: "floor", points: dec(numbered[1] as string) };
  // "扣满4分为止", "扣完20分为止": at most 4 taken (the leaf's own points bind first where 4 is all of them).
  const fullUp = new RegExp(`^(?:累计|本项|该项|此项)?扣(?:满|完)(${NUM})分为止$`).exec(text);
  if (fullUp) return { kind: "cap", verb: "deduct", points: dec(fullUp[1] as string) };
  // "加分至基本分值为止": awards up to the item's points (assemble.ts: only a bonus part's own points bind them).
  if (AWARD_TO_POINTS.test(text)) return { kind: "awardToPoints" };
  const capDeduct = new RegExp(
    `^(?:累计|本项|该项|此项)?(?:最多|最高|至多)(?:可以|只能|可|只|能)?扣(?:除)?(?:至)?(${NUM})分$|^(?:累计)?扣分(?:最多|最高)?(?:不超过|以|上限为?)(${NUM})分(?:为限)?$`,
  ).exec(text);
  if (capDeduct) return { kind: "cap", verb: "deduct", points: dec((capDeduct[1] ?? capDeduct[2]) as string) };
  const capAward = new RegExp(
    `^(?:累计|本项|该项|此项|总分|加分)?(?:最高|最多|上限为?|封顶|不超过|最高不超过|累计不超过|最多不超过|不得超过|累计最高不超过|以)(?:可以|只能|可|只|能)?(?:加|得|奖励?)?(?:至|到)?(${NUM})分(?:封顶|为限|为止)?$|^(?:加分|积分|得分)?上限为?(${NUM})分$|^(?:本项|该项|此项)?最高限分(${NUM})分$|^(?:加|得)?(?:至|到)(?!0分)(${NUM})分为?止$|^(?:最高|最多)以(${NUM})分为限$|^(?:累计)?(?:最高|最多)?(?:加分)?(?:最高|最多)?(?:不超过|封顶)(${NUM})分$|^累计(?:得分|加分)(?:最高|最多)?(?:不超过|不得超过)(${NUM})分$`,
  ).exec(text);
  if (capAward)
    return {
      kind: "cap",
      verb: "award",
      points: dec(
        (capAward[1] ??
          capAward[2] ??
          capAward[3] ??
          capAward[4] ??
          capAward[5] ??
          capAward[6] ??
          capAward[7]) as string,
      ),
    };
  return undefined;
}
