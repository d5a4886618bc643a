/**
 * A per-count bonus with no cap in its words. “统计分析资料获得…领导批示的每篇加2分” in a bonus part: the engine caps a
 * bonus item at its 分值, but a bonus item's 分值 is often the section's points a clerk copied (or the part's cap, where
 * the row has none), and whether it bounds this item the text does not say. Declined unless the clause states a cap
 * (最多/最高/上限/封顶/累计不超过…, 加满为止) or its context states one cap equal to the 分值 (“加分累计不超过10分” over
 * the items of a 10-point part), or the 分值 is itself a cap the scheme states (`pointsAreCap`: an item without points
 * on the 指标体系 sheet, drafted on its part's cap). Deductions are left alone: a leaf's points reaching 0 is the documents' 扣完为止.
 */
import type { Decimal } from "../decimal";
import { dec } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import type { TermParams } from "../rules/terms";
import { normalise } from "./normalise";
import { readStatement, Statement } from "./statements";

export const UNCAPPED_BONUS = "条文未写加分上限：是否以本项分值为上限，请人工确认";

/** “加满为止”, “加满10分为止” (of the 分值): the awards stop at the item's points. */
function fullUp(normal: string, P: Decimal): boolean {
  return [...normal.matchAll(/加满(?:(\d+(?:\.\d+)?)分)?(?:为止|即止)/g)].some(
    (m) => m[1] === undefined || dec(m[1]).equals(P),
  );
}

/** The one award cap the context states, where it states exactly one. */
function contextCap(context: string | undefined): Decimal | undefined {
  if (context === undefined) return undefined;
  const caps = normalise(context)
    .split(/[,;。:\n]/)
    // “（加分考核累计不得超过10分）”: the cap in a bracket, after the words naming the bonus it bounds.
    .map((piece) => piece.replace(/^\((.*)\)$/, "$1").replace(/^加分(?:考核|项目|项)?(?=累计|合计|总计|最高|最多)/, ""))
    .map((piece) => readStatement(piece))
    .filter((s): s is Extract<Statement, { kind: "cap" }> => s?.kind === "cap" && s.verb === "award");
  return caps.length === 1 ? caps[0]?.points : undefined;
}

/**
 * Why a drafted bonus is declined, or undefined: a count term awarding per case with no cap of its own, in a clause
 * that states no cap of the 分值 (最高加N分, 累计不超过N分, 加分至本项分值为止, 加满为止) and whose context does not
 * state the 分值 as its cap.
 */
export function uncappedBonus(
  rule: RuleInput,
  statements: readonly Statement[],
  normal: string,
  part: SchemePart,
  P: Decimal,
  options: { context?: string; pointsAreCap?: boolean },
): string | undefined {
  if (part !== "bonus" || rule.kind !== "perCaseAward" || options.pointsAreCap === true) return undefined;
  const terms = rule.terms as TermParams[];
  const open = terms.some((t) => t.kind === "count" && t.deduct !== true && t.cap === undefined);
  if (!open) return undefined;
  // A cap below the 分值 bounds the term it ends (assemble.ts), not the open one.
  const capsAll = (s: Statement) =>
    (s.kind === "cap" && s.verb === "award" && s.points.equals(P)) || s.kind === "awardToPoints";
  if (statements.some(capsAll)) return undefined;
  if (fullUp(normal, P)) return undefined;
  const stated = contextCap(options.context);
  if (stated !== undefined && stated.equals(P)) return undefined;
  return UNCAPPED_BONUS;
}
