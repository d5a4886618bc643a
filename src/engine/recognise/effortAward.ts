/**
 * An award for an effort of extent (round 16, guard 60 of docs/recogniser.md): “1.加强监督管理，防止禁养区养殖场反弹。得5
 * 分。”, “1.加大河流、水库保洁力度，落实…管理责任…，得2分。”, “1.充分利用各类媒体开展河长制公益宣传…，得2分。”,
 * “2.协助协助县级责任单位逐步完善工业聚集区污水集中处理设施（含管网）建设，得2分”, “1.推广…安全科学使用技术，得1.5分。”.
 * The act the points reward is how hard or how far a unit pushed (加强, 加大…力度, 大力, 严厉, 逐步, 充分, 进一步, 加快…
 * 步伐) or a work of extent with no end state named (推进, 推动, 推广, 完善 opening the criterion): how much counts as done is
 * the evaluator's to weigh, as 经常, 认真, 积极, 严格, 全面 are (guards.ts MANNER; held-out set 7 labels “(1)加强对…的监督(6分)”
 * so, set 5 “…作用得到充分发挥(1分)”). The statement reader reads such a criterion as a yes/no award; this declines it.
 *
 * Only in an award (得/计/记 N 分, 得满分), where the words are the thing rewarded: a failing (“未按要求推进…建设,扣4分”,
 * xxaq-7) or a count (“加强河道管理，…出现1例未处理扣2分”, shicheng-2.4.2.3) names its own measure, and a quality said of
 * a thing (“依据是否充分”) is no manner. The verbs of extent count only where they open the criterion (after its number and
 * 协助/配合/积极), as the act rewarded; the adverbs wherever they stand in it. A number in the condition is its measure
 * (“…，年内完成…10例以上”): read by the number, never declined here.
 */
import type { Decimal } from "../decimal";
import type { Statement } from "./statementTypes";

/** Adverbs of how hard or how far, wherever they stand in the criterion. */
const ADVERB = /大力|严厉|逐步|充分(?=利用|发挥|调动|运用)|进一步(?![^《》]*》)/;

/** Verbs of extent that are the act rewarded where they open the criterion. */
const OPENS =
  /^(?:\d{1,2}[.、．)）]|[(（]\d{1,2}[)）])?(?:协助|配合|积极)*(?:加强|加大[^,，。；;]{0,15}力度|加快[^,，。；;]{0,15}步伐|推进|推动|推广|完善|争取)/;

/** The word of effort a criterion's condition rewards (“加大”, “逐步” …), or undefined where it names none. */
export function effortWord(condition: string): string | undefined {
  const cond = condition.replace(/^[\s,，;；。]+/, "");
  if (/\d+(?:\.\d+)?(?:%|个百分点|例|次|件|项|个|人|户|篇)|以上|不少于|不低于/.test(cond)) return undefined;
  const m = OPENS.exec(cond) ?? ADVERB.exec(cond);
  return m
    ? (m[0].match(/加强|加大|加快|推进|推动|推广|完善|争取|大力|严厉|逐步|充分|进一步/) ?? [m[0]])[0]
    : undefined;
}

/**
 * Why an award among the statements is declined for the effort it rewards, or undefined. One award of all the points
 * ahead of deductions is their starting point, not a criterion: “3.加强值班管理,制定年度工作计划,会议记录完整并得到落实,1分。
 * 未落实的每次扣0.5分,扣完为止。” is scored by its deductions (plain11.test.ts).
 */
export function effortAward(statements: readonly Statement[], points?: Decimal): string | undefined {
  const awards = statements.filter(
    (s) => s.kind === "plain" && (s.result.kind === "award" || s.result.kind === "full"),
  );
  const [only] = awards;
  const start =
    awards.length === 1 &&
    only?.kind === "plain" &&
    (only.result.kind === "full" ||
      (only.result.kind === "award" && points !== undefined && only.result.points.equals(points))) &&
    statements
      .slice(statements.indexOf(only) + 1)
      .some((s) => s.kind === "count" || s.kind === "below" || (s.kind === "plain" && s.result.kind === "deduct"));
  if (start) return undefined;
  for (const s of statements) {
    if (s.kind !== "plain" || (s.result.kind !== "award" && s.result.kind !== "full")) continue;
    const cond = s.raw ?? s.cond;
    const word = effortWord(cond);
    if (word === undefined) continue;
    const label = cond
      .replace(/^[\s,，;；。]+/, "")
      .replace(/^(?:\d{1,2}[.、．)）]|[(（]\d{1,2}[)）])/, "")
      .replace(/[\s,，;；。]+$/, "");
    return `“${label}”：“${word}”是努力的程度，做到多少算得分没有可计数的标准，需要评价人判断`;
  }
  return undefined;
}
