/**
 * A per-unit award written inside the bracket that restates the 分值, with its cap (docs/recogniser.md):
 * “出台…的政策。(2分,1个部门0.5分,满分2分)”, “…(3分,每项1分,满分3分)”. The bracket's first number is the 分值 restated
 * (it must equal it), then one award per unit (每项1分, 每项得1分, or “1个部门0.5分”: one unit and its points, read as
 * per unit only here, inside such a bracket with 满分/最高/最多 after it), then the cap, which must equal the 分值.
 * Rewritten (on normal text) into the wording statements.ts reads: “…,每个部门得0.5分,最多得2分”. The words before
 * the bracket name what is counted and must score nothing themselves.
 */
import { dec, Decimal } from "../decimal";
import { BracketTermsRead, perUnitAward, UNIT } from "./bracketTerms";
import { NUM } from "./statements";

/** “(2分,1个部门0.5分,满分2分)” / “(3分,每项1分,最高3分)” closing the clause. */
const BRACKET = new RegExp(
  `\\((${NUM})分,(?:每|1)(${UNIT})([^\\d,;。()分扣减加得计给]{0,8}?)(?:得|计|加)?(${NUM})分,(?:满分|最高|最多|最高得|最多得|满分为)(${NUM})分\\)[。.]?$`,
);

export type BracketRead = BracketTermsRead;

/** The clause rewritten where it ends in such a bracket; `reason` where the bracket's numbers contradict the 分值. */
export function bracketAward(normal: string, points: Decimal): BracketRead {
  const m = BRACKET.exec(normal);
  if (!m) return { text: normal };
  const [stated, unit, noun, per, cap] = [m[1], m[2], m[3], m[4], m[5]] as [string, string, string, string, string];
  const before = normal.slice(0, m.index).replace(/[,;。.]+$/, "");
  if (!dec(stated).equals(points)) {
    return { reason: `括号中的${stated}分与本项分值${points.toString()}分不一致，计分方式不明确` };
  }
  return perUnitAward(before, { unit, noun, per, cap, capWord: "上限" }, points) ?? { text: normal };
}
