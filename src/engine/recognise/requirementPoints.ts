/**
 * A requirement followed by its points with no verb, and then the deductions that take them away: “2.定期组织召开…例会,
 * 及时报送研判报告或会议纪要,1分。不报送或不按时报送的每次扣0.5分,…” (issue 11). The points are the requirement's, the
 * deductions how they are lost. Alone (“1.逐级签订综治责任书,1分。”) such a requirement is the evaluator's: the clause
 * README's conventions label it manual, since nothing says whether it is all or nothing. Rewritten into the wording
 * statements.ts reads (“…,得1分。”), so the guards of that reading hold: a manner without a measure (认真, 经常) or a
 * judgement word declines, and a number in the requirement goes to the numeric readers (which decline what they cannot
 * settle).
 *
 * Only in a base or bonus part, the first sentence, its last piece exactly “N分”, nothing before it scoring (no 扣, 得,
 * 加, 每, 分, …) and no failing (未, 无, 不 …: “未建立台账,1分” may be a deduction), and N no more than the 分值; where the text holds two or more such criteria (“机构健全,2分;有办公场地,1分”) they are the
 * criteria's own points, read by criteria.ts, and nothing is rewritten.
 */
import type { Decimal } from "../decimal";
import { dec } from "../decimal";
import type { SchemePart } from "../rules";
import { EVERY_PERIOD } from "./criteria";
import { NUM } from "./statementTypes";

const BARE = new RegExp(`^(.*[\\u4e00-\\u9fa5)]),(${NUM})分$`);
/**
 * Scoring words: a requirement that holds one is another shape (a rule, a total, a cap). 加强, 计划, 记录, 得到 are words
 * of the requirement, not scoring.
 */
const SCORING = /扣|[减加得奖罚计记给](?:\d|分)|奖励\d|\d分|分值|分数|每|满分|否则|最多|最高|封顶|上限|不超过/;

/**
 * A failing before the points (“未建立台账,1分”): in a deduction column the points may be taken away, not given — not a
 * requirement met. 不少于, 不低于, 不超过 state a bound, not a failing.
 */
const FAILING = /未|没有|无|缺|漏|迟|不(?!少于|低于|超过|得少于|得低于)/;

export function requirementPoints(normal: string, points: Decimal, part: SchemePart): string {
  // In a penalty part “…,N分” is what is taken away.
  if (part === "penalty") return normal;
  const end = normal.search(/[。;]/);
  const first = end === -1 ? normal : normal.slice(0, end);
  const rest = end === -1 ? "" : normal.slice(end);
  const m = BARE.exec(first);
  if (!m) return normal;
  const requirement = m[1] as string;
  const value = dec(m[2] as string);
  const words = requirement.replace(/^(?:\(?\d{1,2}[).、]|\(\d{1,2}\))(?!\d)/, "").replace(EVERY_PERIOD, "");
  if (SCORING.test(words) || FAILING.test(words)) return normal;
  if (value.isZero() || value.greaterThan(points)) return normal;
  // Alone, a requirement with only its points says nothing of how they are given — all or nothing, or weighed by how
  // well it was done — and is the evaluator's (test/fixtures/clauses/README.md, “A requirement with only its points”).
  // Followed by the deductions that take them away (“…,1分。不报送的每次扣0.5分”), the points are the heading of that rule.
  if (!/扣|减/.test(rest)) return normal;
  // Another “N分” with no verb after it: criteria with their own points (criteria.ts), not one requirement.
  if (new RegExp(`(?<![\\d.扣减加得计给记奖罚])${NUM}分`).test(rest)) return normal;
  return `${requirement},得${m[2] as string}分${rest}`;
}
