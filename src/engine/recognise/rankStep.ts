/**
 * A rank as the input: "各项贷款余额从高到低排名,第一名10分,依次递减0.4分,递减到0分为止", "市场主体增量行动第一名得40分，
 * 每递减一名，减2分", "第一名得基本分20分,名次每减1位减基本分5%" → a `rank` term deducting from the item's points: the
 * first gets them all, each place behind it costs the step, never below 0. A note in brackets that zeroes the item
 * (“(如贷款增速低于名义GDP增速,此项不得分)”) is a yes/no of all the points beside it, keyed "2".
 *
 * Read only as a whole clause of this shape, in a base part, the first's points the 分值. What a rank does not settle is
 * left to the evaluator: the first few alike (“前3名得满分,其他依次递减”: per place or per tier), ties (并列), a rank per
 * month or quarter averaged over the year, a score said only for some places.
 */
import { dec, Decimal, HUNDRED } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import type { TermParams } from "../rules/terms";
import { NUM } from "./statementTypes";

export type RankStepRead = { ok: true; rule: RuleInput } | { ok: false; reason: string };

const STEP_PLACE = "(?:名|位|个位次|个名次|位次)";
/** “依次递扣0.4分”, “按名次依次递扣2分”, “每递减1名,扣2分”, “名次每减1位减基本分5%”, “每降低1个位次扣5分”. */
const RANK_STEP = new RegExp(
  `^(.*?),?第1名(?:得|为|计|记)?(?:基本分)?(${NUM})分[,;]?` +
    `(?:(?:按名次)?依次递?(?:扣|减)|(?:名次)?每(?:递减|减|降低|下降|后退|后移|退后|落后)1${STEP_PLACE},?(?:扣|减))` +
    `(基本分)?(${NUM})(分|%)` +
    `(?:[,;]?(?:递?扣完为止|(?:递减|扣|减)(?:至|到)0分(?:为止)?|最低(?:为|得)?0分))?[。;]?` +
    `(?:\\(如([^()\\d分扣]{2,30}),此项不得分\\)[。;]?)?$`,
);

/** Words that score, bound or weigh in the words before the first place: another reading, or a judgement. */
const OTHER_SCORING = /分|扣|得|加|每|以上|以下|低于|高于|超过|不足|酌情|视情|否则|不计|%|前\d+名|\d+-\d+名|并列|平均/;

/** “按照排名赋分”: the scoring by rank the clause goes on to state. */
const RANK_SCORED = /,?(?:按照?|根据)(?:排名|名次)赋分/;

/** The ranking the clause names, for the term's label: its last sentence, without the heading and “按照排名赋分”. */
function rankLabel(prefix: string): string {
  const last =
    prefix
      .split(/[。:;]/)
      .filter((s) => s !== "")
      .pop() ?? "";
  const basis = last
    .replace(/^\(?[一二三四五六七八九十\d]+[)、.]/, "")
    .replace(RANK_SCORED, "")
    .replace(/^(?:按照?|根据|依据)/, "")
    .replace(/[,;]+$/, "");
  if (basis === "") return "排名";
  return /排名|名次|排序/.test(basis) ? basis : `${basis}排名`;
}

export function readRankStep(normal: string, P: Decimal, part: SchemePart): RankStepRead | undefined {
  const m = RANK_STEP.exec(normal);
  if (!m || part !== "base") return undefined;
  const [, prefix, first, base, step, unit, zeroing] = m as unknown as [
    string,
    string,
    string,
    string | undefined,
    string,
    string,
    string | undefined,
  ];
  if (OTHER_SCORING.test(prefix.replace(RANK_SCORED, ""))) return undefined;
  const firstPoints = dec(first);
  if (!firstPoints.equals(P)) {
    return { ok: false, reason: `第1名的得分${first}分与本项分值${P.toString()}分不一致，计分方式不明确` };
  }
  // “减基本分5%”: a share of the first's points; a bare % with no 基本分 could be of anything
  if (unit === "%" && base === undefined) return undefined;
  const per = unit === "%" ? firstPoints.times(dec(step)).dividedBy(HUNDRED) : dec(step);
  if (!per.greaterThan(0) || per.greaterThan(P)) {
    return {
      ok: false,
      reason: `名次每后退1位扣${per.toString()}分，与本项分值${P.toString()}分不相合，计分方式不明确`,
    };
  }
  const terms: TermParams[] = [{ kind: "rank", label: rankLabel(prefix), per: per.toNumber() }];
  if (zeroing !== undefined) terms.push({ kind: "flag", label: zeroing, points: P.toNumber() });
  return { ok: true, rule: { kind: "perCaseDeduction", terms } };
}
