/** The few phrases every 工作底稿 sentence shares, so all families write them the same way. */
import { Decimal, plain } from "../decimal";

/** "故该项指标得分为1.63分" */
export function scoreClause(score: Decimal): string {
  return `故该项指标得分为${plain(score)}分`;
}

/** "2分", "0.5分" */
export function points(value: Decimal): string {
  return `${plain(value)}分`;
}

export function joinClauses(clauses: readonly string[]): string {
  return clauses.filter((c) => c !== "").join("，");
}
