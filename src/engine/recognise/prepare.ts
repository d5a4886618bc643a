/**
 * Statements put in the shape the readers expect before any reading: a failing as the award's 否则, an item
 * heading restating the 分值 dropped, each listed condition a plain statement of its own.
 * Part of assembly (assemble.ts), which takes the statements of a clause to one rule or a reason.
 */
import { Decimal, ZERO } from "../decimal";
import type { Statement } from "./statements";
import { Of, isFull } from "./assembled";

/**
 * "按指南要求规范组织实施…，得1分；未组织或组织实施不规范，不得分": a 不得分 right after an award, for its failing
 * (未…, 不…, 无…), is that award's 否则不得分.
 */
export function failingAsOtherwise(statements: readonly Statement[]): Statement[] {
  return statements.map((s, i) => {
    const before = statements[i - 1];
    // “合格率90%以上,得0.5分;未达标的,扣0.5分” (held-out set 22): a bound awarded, then its generic failing taking the
    // award back, is the bound's 否则不得分.
    if (
      s.kind === "plain" &&
      before?.kind === "band" &&
      before.result.kind === "award" &&
      /^(?:未达标|不达标|未达到|达不到|未达到要求|达不到要求)的?$/.test(s.cond) &&
      (s.result.kind === "zero" || (s.result.kind === "deduct" && s.result.points.equals(before.result.points)))
    )
      return { kind: "otherwiseZero" };
    if (s.kind !== "plain" || before?.kind !== "plain" || before.result.kind !== "award") return s;
    // “制定…实施方案，记1分；否则扣1分”: 否则 taking back exactly the award is its 否则不得分.
    if (s.cond === "否则") {
      const back =
        s.result.kind === "zero" || (s.result.kind === "deduct" && s.result.points.equals(before.result.points));
      return back ? { kind: "otherwiseZero" } : s;
    }
    if (!/^(?:未|不|无|没有)/.test(s.cond)) return s;
    // Only the failing of that award: “积极开展妇女工作活动的记5分，无专职干部不记分” names another condition, a term of
    // its own (a shared two-character word ties them: 组织实施, 齐全).
    if (!failingOfAward(s.cond, before.raw ?? before.cond, s.result.kind === "deduct")) return s;
    // "项目档案资料齐全的得2分，不齐全的扣2分": taking back exactly the award is its 否则不得分 too (is 是 then 齐全).
    const takesItBack = s.result.kind === "deduct" && s.result.points.equals(before.result.points);
    return s.result.kind === "zero" || takesItBack ? { kind: "otherwiseZero" } : s;
  });
}

/**
 * Whether a failing is the award's own: it names what the award names (a shared two-character word: “组织实施”, 不齐全
 * beside 齐全), says only that it was not reached (“达不到的”, “未达到”), or is late where the award is on time (“逾期”
 * beside “在规定时限内…及时…”).
 */
export function failingOfAward(failing: string, award: string, deducts = false): boolean {
  const bare = failing.replace(/^(?:未|不|无|没有)/, "").replace(/的$/, "");
  const generic = /^(?:达不到|未达到|未达|达不到要求|未达到要求|不达标|未完成|完不成|不符合|不合格|否)$/;
  if (generic.test(failing.replace(/的$/, ""))) return true;
  if (/^(?:逾期|超期|超时|过期|延期)$/.test(bare) && /时限|及时|按时|限期|前|内/.test(award)) return true;
  // “将…列为主管责任范围，纳入政绩考评内容，记1分，未纳入的扣1分”: an award of several conditions and a deduction for a
  // failing of only some of them — a unit meeting the others but not that one may keep the rest or score 0, so it is not
  // the award's 否则. (A failing that scores 0 — “…的计2分，未按时完成的计0分” — gives 0 either way.)
  const parts = award.split(",").filter((p) => (p.match(/[\u4e00-\u9fa5]/g)?.length ?? 0) >= 4);
  if (deducts && parts.length >= 2) return parts.every((p) => sharesWord(bare, p));
  return sharesWord(bare, award);
}

/** Whether the two texts share a two-character run of Chinese (“组织实施” in both, “齐全” in 不齐全). */
function sharesWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) {
    const w = a.slice(i, i + 2);
    if (/^[\u4e00-\u9fa5]{2}$/.test(w) && b.includes(w)) return true;
  }
  return false;
}

/**
 * "3.完成永久基本农田划定工作计2分。在…以前完成…的计2分，未按时完成的计0分。" (2分): a first award of all the points
 * followed by awards that make up the points again, each with its failing stated (…计0分, 否则不得分), is the item's
 * heading restating its 分值, not a term. Only that shape; anything else is left as it was.
 */
export function restatedPoints(statements: readonly Statement[], P: Decimal): Statement[] {
  const [first, ...rest] = statements;
  if (first?.kind !== "plain" || !isFull(first.result, P) || /^(?:未|不|无|没有)/.test(first.cond))
    return [...statements];
  const awards = rest.filter((s): s is Of<"plain"> => s.kind === "plain" && s.result.kind === "award");
  const others = rest.filter(
    (s) => s.kind !== "otherwiseZero" && s.kind !== "floor" && !awards.includes(s as Of<"plain">),
  );
  const failings = rest.filter((s) => s.kind === "otherwiseZero").length;
  const sum = awards.reduce((a, s) => a.plus((s.result as { points: Decimal }).points), ZERO);
  if (awards.length === 0 || others.length > 0 || failings !== awards.length || !sum.equals(P)) return [...statements];
  return rest;
}

/**
 * "未建立值班制度、报告制度的各扣1分": each listed condition a plain statement of its own, in the order listed, so every
 * reading and check of a plain condition (per case or once, in a penalty part a state) applies to each.
 */
export function eachAsPlain(statements: readonly Statement[]): Statement[] {
  return statements.flatMap((s): Statement[] =>
    s.kind === "each"
      ? s.labels.map((label) => ({
          kind: "plain",
          result: s.verb === "deduct" ? { kind: "deduct", points: s.points } : { kind: "award", points: s.points },
          cond: label,
          raw: label,
        }))
      : [s],
  );
}
