/**
 * Two wordings written in a bracket that closes the clause (docs/recogniser.md, “How it reads”), rewritten (on normal
 * text) into the wording statements.ts reads:
 *
 * - the requirement's points and its per-case deduction: “(1)在清明节前平毁辖区内所有坚固性坟头(30分,发现一座扣1分)”,
 *   “…(10分,每发现一例扣2分)”, “…(5分,缺一项扣1分)”. The bracket's first number is the 分值 restated (it must equal
 *   it); the rest is one per-case deduction (每…1例, or one occurrence: 发现一座, 缺一项), floored at 0. The requirement
 *   before the bracket is words (a date in it bounds nothing); a number in it (每年4次, 95%) may be a target the
 *   deduction counts against, and a scoring word beside the bracket another term: both decline.
 * - per-unit awards with their total: “(1个0.5分,共3分)”, “(每个0.5分,共3分)” — one award per unit (“1个X N分” read as
 *   per X only here), 共N分 the cap, which must equal the 分值 (as bracketAward.ts reads “(2分,1个部门0.5分,满分2分)”).
 *
 * Anything else in such a bracket is left to the other readers; a bracket whose numbers contradict the 分值 declines.
 */
import { dec, Decimal } from "../decimal";
import { DATE, NUM } from "./statements";

export type BracketTermsRead = { text: string } | { reason: string };

/** Units a per-unit award counts in a bracket (also bracketAward.ts). */
export const UNIT = "个|项|次|篇|条|家|人|份|件|场|期|部|类|种";
/** Units a per-case deduction counts in the bracket (座: 坟头, 栋, 辆 as the documents count them). */
const CASE_UNIT = "例|次|个|项|处|起|宗|件|户|人|座|栋|辆|份|种|条";
/** “(30分,发现1座扣1分)” closing the clause: the 分值 restated, then what it deducts. */
const POINTS_THEN_REST = new RegExp(`\\((${NUM})分,([^()]+)\\)[。.]?$`);
/** One per-case deduction: 每…1例 or one occurrence (发现1座, 缺1项), then its amount, optionally floored. */
const PER_CASE = new RegExp(
  `^(每)?(发现|出现|查出|查实|有|缺少?|漏报?|迟报|错报)?(1)?(${CASE_UNIT})([\\u4e00-\\u9fa5]{0,6}?)(?:的)?(?:扣|减)(?:除)?(${NUM})分(?:,?(?:扣完为止|直至扣完|扣完即止|扣完本项分值为止))?$`,
);
/** “(1个0.5分,共3分)” / “(每个0.5分,共3分)” closing the clause. */
const PER_UNIT_TOTAL = new RegExp(
  `\\((?:每|1)(${UNIT})([^\\d,;。()分扣减加得计给]{0,8}?)(?:得|计|加)?(${NUM})分,共(?:计)?(${NUM})分\\)[。.]?$`,
);
/** A bracket that awards per unit (每个1分, 各1分, 1个0.5分) and deducts after it. */
const AWARD_THEN_DEDUCTION = new RegExp(
  `\\((?:每|各|1(?=${UNIT}))(?:${UNIT})?[^()扣减]{0,8}?(?:得|计|加)?${NUM}分[^()]*?(?:扣|减)[^()]*\\)`,
);
/** Words that score in the requirement itself (加强, 减少 and 不得发生 do not). */
const SCORING = /分|扣|减(?:\d|分)|加(?:\d|分)|得(?:\d|分|满)|每|否则|酌情|视情|奖/;

/** The clause rewritten where it ends in one of the two brackets; `reason` where it must decline. */
export function bracketTerms(normal: string, points: Decimal): BracketTermsRead {
  // “约束条件(每个1分,共7分,前3个条件单位错误总共扣1分)”: an award per unit and a deduction in one bracket.
  const mixed = AWARD_THEN_DEDUCTION.exec(normal);
  if (mixed) return { reason: `“${mixed[0]}”中每项得分与扣分并存，两者如何合并计分未说明，请人工设定规则` };
  const unit = PER_UNIT_TOTAL.exec(normal) ?? eachTotal(normal);
  if (unit) return perUnitTotal(normal, unit, points);
  const m = POINTS_THEN_REST.exec(normal);
  if (!m || !/扣|减/.test(m[2] as string) || /得|加|奖/.test(m[2] as string)) return { text: normal };
  const [stated, rest] = [m[1], m[2]] as [string, string];
  if (!dec(stated).equals(points)) {
    return { reason: `括号中的${stated}分与本项分值${points.toString()}分不一致，计分方式不明确` };
  }
  const perCase = PER_CASE.exec(rest);
  if (!perCase) return { text: normal };
  const before = requirement(normal.slice(0, m.index));
  if (SCORING.test(before)) {
    return { reason: `“${before}”与括号中的扣分并存，两者如何合并计分未说明，请人工设定规则` };
  }
  if (/\d/.test(before)) {
    return { reason: `“${before}”含数量要求，括号中的扣分按什么计数（实际数量还是差额）条款未说明，请人工设定规则` };
  }
  const [each, verb, one, caseUnit, , amount] = perCase.slice(1) as Array<string | undefined>;
  if (caseUnit === undefined || amount === undefined) return { text: normal };
  if (!each && !one) return { text: normal };
  if (dec(amount).isZero() || dec(amount).greaterThan(points)) {
    return { reason: `括号中的每${caseUnit}扣${amount}分与本项分值${points.toString()}分不相称，计分方式不明确` };
  }
  // 缺/少/漏 one item stays as worded (statements.ts reads one occurrence and its deduction); 发现 one gains its 每.
  const deduction = rest.replace(/,?(?:扣完为止|直至扣完|扣完即止|扣完本项分值为止)$/, "");
  const lead = each || /^缺|^漏/.test(verb ?? "") ? deduction : `每${deduction}`;
  // The requirement as worded (its dates kept: statements.ts reads a deadline as words) names what is counted.
  const named = normal
    .slice(0, m.index)
    .replace(/^(?:\(\d{1,2}\)|\d{1,2}[.、)](?!\d)|[一二三四五六七八九十]{1,3}、)/, "")
    .replace(/[,;。.]+$/, "");
  return { text: `${named === "" ? "" : `${named},`}${lead},扣完为止` };
}

/** The words before the bracket without their ordinal, dates and years, which bound nothing counted. */
function requirement(raw: string): string {
  return raw
    .replace(/^(?:\(\d{1,2}\)|\d{1,2}[.、)](?!\d)|[一二三四五六七八九十]{1,3}、)/, "")
    .replace(DATE, "")
    .replace(/\d{4}年(?:度|底|末)?/g, "")
    .replace(/[,;。.]+$/, "");
}

/**
 * “每个特性解释清晰准确(各1分,共4分)”: 各 after a requirement that starts with 每+unit is per that unit. Returned in the
 * shape of a PER_UNIT_TOTAL match (unit, noun, per, cap), its index at the bracket.
 */
function eachTotal(normal: string): RegExpExecArray | undefined {
  const m = new RegExp(`\\(各(?:得|计)?(${NUM})分,共(?:计)?(${NUM})分\\)[。.]?$`).exec(normal);
  const lead = new RegExp(`^每(${UNIT})(?=[\\u4e00-\\u9fa5])`).exec(normal);
  if (!m || !lead) return undefined;
  const read = Object.assign([m[0], lead[1], "", m[1], m[2]], { index: m.index, input: normal }) as RegExpExecArray;
  return read;
}

function perUnitTotal(normal: string, m: RegExpExecArray, points: Decimal): BracketTermsRead {
  const [unit, noun, per, cap] = [m[1], m[2], m[3], m[4]] as [string, string, string, string];
  // “每个失败点描述准确…(每个1分,共7分)”: the 每 before names the unit the bracket counts.
  const before = normal
    .slice(0, m.index)
    .replace(/[,;。.]+$/, "")
    .replace(new RegExp(`^每${unit}(?=[\u4e00-\u9fa5])`), "");
  return perUnitAward(before, { unit, noun, per, cap, capWord: "共" }, points) ?? { text: normal };
}

/**
 * One award per unit capped at the 分值 (“(1个0.5分,共3分)” here, “(2分,1个部门0.5分,满分2分)” in bracketAward.ts),
 * rewritten as “…,每个部门得0.5分,最多得2分”: the words before the bracket name what is counted and must score nothing
 * themselves (undefined: not this reading), hold no number (从几个起算?) and no negation (per failing or per item met?).
 */
export function perUnitAward(
  before: string,
  award: { unit: string; noun: string; per: string; cap: string; capWord: string },
  points: Decimal,
): BracketTermsRead | undefined {
  const { unit, noun, per, cap, capWord } = award;
  if (/分|扣|加|得|每|否则|酌情|视情/.test(before)) return undefined;
  // “说出3个以上主要特点(每个1分,共5分)”: below 3, one point each or none?
  if (/\d/.test(before)) {
    return { reason: `“${before}”含数量要求，括号中的每${unit}得分从几个起算条款未说明，请人工设定规则` };
  }
  // “未上报信息(每个0.5分,共3分)”: an award per failing, or per item met? Declined.
  if (/未|不|无|没/.test(before))
    return { reason: `“${before}”是否定表述，括号中的每${unit}得分计的是什么条款未说明，请人工设定规则` };
  if (!dec(cap).equals(points)) {
    return { reason: `括号中的${capWord}${cap}分与本项分值${points.toString()}分不一致，计分方式不明确` };
  }
  if (dec(per).isZero() || dec(per).greaterThan(points)) {
    return { reason: `每${unit}${noun}${per}分与本项分值${points.toString()}分不相称，计分方式不明确` };
  }
  const lead = before === "" ? "" : `${before},`;
  return { text: `${lead}每${unit}${noun}得${per}分,最多得${points.toString()}分` };
}
