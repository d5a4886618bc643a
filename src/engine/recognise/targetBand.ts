/**
 * The full points for reaching a count beside each one short of the same count: “集中学习培训不少于15天的得10分,少于15天
 * 的每少1天扣1分”. The award is the target of the `below` term said again (from N on the deductions take nothing), so the
 * clause is the `below` term alone. Part of assembly (assemble.ts).
 *
 * Read only where the clause holds exactly one band and one `below` and no other counting term, and the band is
 * “N or more” (inclusive, open above) in the below's unit, at the below's target, giving all the points, and comes
 * first; where the below names what it counts, the band must name the same thing (“会议不少于4次的得4分,培训少于4次
 * 的每少1次扣1分” counts two things, and stays declined).
 */
import type { Decimal } from "../decimal";
import { isFull, pick, type Of } from "./assembled";
import { cleanLabel } from "./results";
import type { Statement } from "./statements";

/** The comparator that opens “N or more”, with what is measured before it. */
const AT_LEAST = /^(.*?)(?:不少于|不得少于|至少|达到|≥|不低于)?\d+(?:\.\d+)?[^\d]{0,4}?(?:及以上|以上)?的?$/;

export function withoutTargetBand(statements: readonly Statement[], P: Decimal): Statement[] | undefined {
  const bands = pick(statements, "band");
  const belows = pick(statements, "below");
  if (bands.length !== 1 || belows.length !== 1 || pick(statements, "count").length > 0) return undefined;
  const band = bands[0] as Of<"band">;
  const below = belows[0] as Of<"below">;
  const { min, max, measure, unit } = band.range;
  if (
    measure !== "count" ||
    unit !== below.unit ||
    max !== undefined ||
    min === undefined ||
    !min.inclusive ||
    !min.value.equals(below.target) ||
    !isFull(band.result, P) ||
    statements.indexOf(band) > statements.indexOf(below)
  ) {
    return undefined;
  }
  if (below.label !== "") {
    const subject = AT_LEAST.exec(band.cond)?.[1];
    if (subject === undefined || cleanLabel(subject) !== below.label) return undefined;
  }
  const label = below.label === "" ? cleanLabel(AT_LEAST.exec(band.cond)?.[1] ?? "") : below.label;
  return statements.filter((s) => s !== band).map((s) => (s === below ? { ...below, label } : s));
}
