/** 等第: the first band whose inclusive lower bound the total reaches ("90分（含）以上 优"); a veto overrides it. */
import type { Decimal } from "./decimal";
import type { Scheme } from "./scheme";

export function gradeOf(scheme: Scheme, total: Decimal, vetoed: boolean): string | null {
  if (vetoed) return scheme.vetoGrade;
  const band = scheme.grades.find((g) => g.min === undefined || total.greaterThanOrEqualTo(g.min));
  return band ? band.label : null;
}
