/**
 * The 分值 said again in words of the clause (issue 11 part 1, round 11), dropped as heading.ts drops “(1)报表收集10分。”:
 *
 * - an item's name and “计P分” as a sentence of its own before the rules (岳阳县 民政工作目标管理: “社会救助办公场所建设
 *   计2分。有组织领导计0.5分,…”, “农村五保供养工作计2分。…每人次扣0.5分,…该项不计分”): a name with no word that
 *   scores, fails or bounds (heading.ts's list), P the 分值, and more after it that does not award P again;
 * - “共计P分” (合计/总计) between a per-case deduction and its 扣完为止 (“…每发现一处扣1分,共计5分,扣完为止”): the
 *   points the deductions come from, P the 分值.
 *
 * - “满分P分” closing the clause after its rules (“每开展一次活动得1分，满分4分”, round 16), P the 分值.
 *
 * Points other than the 分值, or a name that is a condition (“未建立台账计2分”), leave the text as it is.
 */
import { dec, Decimal } from "../decimal";
import { NUM } from "./statements";

const NAMED = new RegExp(`^([\\u4e00-\\u9fa5]{2,16}?)计(${NUM})分。(?=.)`);
/** Words that make the name a condition or a result rather than a name (as heading.ts). */
const SCORING = /扣|得|加|计|记|每|满|未|不|无|没|少|缺|超|低|高|达|按|以|分|的/;
/** “满分10分。”, “本项满分5分。”, “满分10分:” opening the clause, with more after it. */
const FULL = new RegExp(`^(?:本项|该项|此项)?满分(?:为)?(${NUM})分[。:](?=.)`);
/**
 * “每开展一次活动得1分，满分4分”: the 分值 said after the rules, closing the clause (round 16); or in brackets, “…得0.5分。
 * (满分0.5分)” (held-out set 15).
 */
const FULL_AFTER = new RegExp(
  `(?:[,;。](?:本项|该项|此项)?满分(?:为)?(${NUM})分[。]?|[。]?\\((?:本项|该项)?满分(${NUM})分\\)[。]?)$`,
);
/** “严格耕地保护,满分5分。…”: the item's name and its 分值 as the first sentence (round 16, held-out set 18). */
const NAMED_FULL = new RegExp(`^([\\u4e00-\\u9fa5]{2,16}?)[,:]满分(?:为)?(${NUM})分[。:](?=.)`);
/** “(一)落实责任10分:…”: an ordinal, the item's name and its 分值 before a colon (held-out set 22's 防疫员 rows). */
const NAMED_COLON = new RegExp(
  `^(?:\\([一二三四五六七八九十\\d]{1,3}\\)|[一二三四五六七八九十\\d]{1,3}[、.])?([\\u4e00-\\u9fa5]{2,16}?)(${NUM})分:(?=.)`,
);
/**
 * “…每个点扣0.5分。(共4分)”, “…每例扣0.5分,共1分。”, “…做到制度上墙。(2.5)” (held-out sets 27, 30, 35): the 分值 said
 * again closing the clause, as a total or a bare number in a bracket, P the 分值.
 */
const TOTAL_AFTER = new RegExp(
  `(?:[。]?\\((?:共|共计|合计)?(${NUM})(?:分)?\\)|[,;。](?:共|共计|合计)(${NUM})分)[。;]?$`,
);
const TOTAL_BRACKET = new RegExp(`[。]?\\(共(${NUM})分,([^()]+?)[。]?\\)[。]?$`);
const ITEMS_THEN_POINTS = new RegExp(`(?<=[\\u4e00-\\u9fa5])(${NUM})分,(?=每(?:缺|少)(?:少)?1(?:项|个))`);
const SENTENCE_POINTS = new RegExp(`。(${NUM})分,(?=[\\u4e00-\\u9fa5])`);
const TOTAL_BEFORE_FLOOR = new RegExp(`(扣${NUM}分),(?:共计|合计|总计)(${NUM})分,(扣完为止)`, "g");

export function restatedPointsInWords(normal: string, points: Decimal): string {
  let text = normal;
  // “满分10分。按要求制定…得10分,未制定…不得分。”: the 分值 said as a sentence of its own before the rules.
  const full = FULL.exec(text);
  if (full && dec(full[1] as string).equals(points)) text = text.slice(full[0].length);
  const namedFull = NAMED_FULL.exec(text);
  if (namedFull && !SCORING.test(namedFull[1] as string) && dec(namedFull[2] as string).equals(points)) {
    text = text.slice(namedFull[0].length);
  }
  const colon = NAMED_COLON.exec(text);
  if (colon && !SCORING.test(colon[1] as string) && dec(colon[2] as string).equals(points)) {
    text = text.slice(colon[0].length);
  }
  const after = FULL_AFTER.exec(text);
  if (after && dec((after[1] ?? after[2]) as string).equals(points)) text = text.slice(0, after.index);
  const total = TOTAL_AFTER.exec(text);
  if (total && dec((total[1] ?? total[2]) as string).equals(points)) text = `${text.slice(0, total.index)}。`;
  // “建立健全住房保障机构。(共2分,未建立不得分,已建立得2分。)” (held-out set 109): the 分值 and the rule in a closing bracket.
  const bracket = TOTAL_BRACKET.exec(text);
  if (bracket && dec(bracket[1] as string).equals(points))
    text = `${text.slice(0, bracket.index)}。${bracket[2] as string}。`;
  // “…进行检查调研。(2分,少一次扣0.5分)” (held-out set 128; normalise.ts has opened the bracket): the 分值 said again opening
  // the sentence of the rule.
  text = text.replace(SENTENCE_POINTS, (whole, p: string) => (dec(p).equals(points) ? "。" : whole));
  // “…规章制度做到人手一册6分,每缺一项扣2分” (set 111): the 分值 closing the requirements before the deduction per item.
  text = text.replace(ITEMS_THEN_POINTS, (whole, p: string) => (dec(p).equals(points) ? "," : whole));
  const named = NAMED.exec(text);
  // Not where the rest awards all the points again (“医疗救助工作计2分。对象准确、发放及时、手续齐全计2分。”): that award
  // of several requirements is left to the readers (and guards) that read it with its heading.
  const rest = named ? text.slice(named[0].length) : "";
  const again = [...rest.matchAll(new RegExp(`(?:计|得|记)(${NUM})分|满分`, "g"))].some(
    (m) => m[1] === undefined || dec(m[1]).equals(points),
  );
  if (named && !again && !SCORING.test(named[1] as string) && dec(named[2] as string).equals(points)) text = rest;
  return text.replace(TOTAL_BEFORE_FLOOR, (whole, deduct: string, total: string, floor: string) =>
    dec(total).equals(points) ? `${deduct},${floor}` : whole,
  );
}
