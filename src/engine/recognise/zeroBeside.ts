/**
 * A “…不得分” beside other terms that combines with them in one way only (round 14). Part of assembly (assemble.ts): it
 * puts the statements in a shape the term readers already read, before failingAsOtherwise, and leaves every other
 * statement list as it was.
 *
 * - A bare restatement of an award's failing right after it (“有，得2分；无不得分”, “…有专题调研，得2分，没有的不得分”,
 *   “…得2分，否者不得分”): the award's 否则不得分.
 * - An award of all the points, its failing taking them all, and deductions beside (“建立…制度得5分，未按规定建立…的不得
 *   分，制度不健全的，少一项扣一分”): the absence takes all the points and the deductions apply only where the thing
 *   exists, so the award is the starting point of a deduction clause whose failing is a yes/no of all the points
 *   (test/fixtures/clauses/README.md, “不得分 in a deduction clause”). Only an absence (未建立, 无, 没有) that names
 *   what the award names; a failing of degree or in general (不齐全, 未建立完整…, 未完成, 不…) takes in the counted items,
 *   and anything beside that is not a deduction (another award, a 否则, a second full award) leaves the list as it was.
 */
import type { Decimal } from "../decimal";
import type { SchemePart } from "../rules";
import type { Statement } from "./statements";
import { Of, isFull } from "./assembled";
import { failingOfAward } from "./prepare";

/** “没有的”, “无”, “否者” (a slip for 否则): a failing naming nothing of its own. */
const BARE_FAILING = /^(?:无|没有|没有的|无的|否者)$/;

/** A failing that is an absence of what the award names: not done at all, not 不… of a degree. */
const ABSENCE = /^(?:未|无|没有|缺)/;

/** A failing of degree or of the whole requirement in general, which the items the deductions count are part of. */
const SHORTFALL =
  /^(?:未|没有)(?:按(?:规定|要求)?)?(?:完成|达到|达标|做到|落实到位)|完整|齐全|健全|全面|规范|符合|到位|及时/;

/** 台帐/台账, 记帐/记账: variant characters folded before two conditions are compared. */
const fold = (s: string): string => s.replace(/[帐帳賬]/g, "账");

export function zeroBeside(statements: readonly Statement[], P: Decimal, part: SchemePart): Statement[] {
  return absenceTakesAll(restatedFailings(statements), P, part);
}

function restatedFailings(statements: readonly Statement[]): Statement[] {
  const out: Statement[] = [];
  statements.forEach((s, i) => {
    const before = statements[i - 1];
    if (s.kind !== "plain" || s.result.kind !== "zero") return void out.push(s);
    const raw = (s.raw ?? s.cond).replace(/[,，。；;]+$/, "");
    if (before?.kind === "plain" && before.result.kind === "award" && BARE_FAILING.test(raw)) {
      return void out.push({ kind: "otherwiseZero" });
    }
    out.push(s);
  });
  return out;
}

function absenceTakesAll(statements: Statement[], P: Decimal, part: SchemePart): Statement[] {
  const [start, failing, ...rest] = statements;
  if (part !== "base" || start?.kind !== "plain" || failing?.kind !== "plain") return statements;
  if (start.result.kind !== "award" || !isFull(start.result, P) || /^(?:未|不|无|没有)/.test(start.cond))
    return statements;
  // An absence (未建立, 未按规定打印装订, 无, 没有), not a shortfall said in general (未完成, 未达到, 不符合, 不完整): those
  // take in the items the deductions count, so whether a unit short of one item scores 0 or loses one amount is open.
  if (failing.result.kind !== "zero" || !ABSENCE.test(failing.cond) || SHORTFALL.test(failing.cond)) return statements;
  if (!failingOfAward(fold(failing.cond), fold(start.raw ?? start.cond))) return statements;
  const deductions = rest.filter(
    (s) =>
      (s.kind === "count" && s.verb === "deduct") ||
      s.kind === "below" ||
      (s.kind === "plain" && s.result.kind === "deduct"),
  );
  if (deductions.length === 0) return statements;
  const others = rest.filter((s) => !deductions.includes(s) && s.kind !== "floor" && s.kind !== "cap");
  if (others.length > 0 || rest.some((s) => s.kind === "cap" && s.verb === "award")) return statements;
  return [failing as Of<"plain">, ...rest];
}
