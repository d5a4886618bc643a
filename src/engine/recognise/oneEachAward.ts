/**
 * One occurrence and its award in a bonus part (issue 11 part 1, round 11): “受到国家表彰的,一次加3分”, “有一项(次)加
 * 1分”, “有一篇加1分”. The Conventions read “1例扣2分”, “一次扣10分”, “缺少一项扣0.3分” per occurrence; an award said so
 * in a 加分 part is the same wording (each occurrence adds it, the part's cap bounding the sum), and the statement reader
 * took it for a tier of exactly one (declined: “数量条件未写以上/以下”).
 *
 * Only in a bonus part (in a base part “有一项…得1分” may be a tier of a count), only where the one ends the condition
 * (“…的,一次”, “有一篇”: nothing counted after it) and the result is an award; then every such tier of the clause is a
 * count term that awards. A clause with any other tier is left as it was.
 */
import type { Decimal } from "../decimal";
import type { SchemePart } from "../rules";
import { cleanLabel, Statement } from "./statements";

const ONE = /^(?:([\u4e00-\u9fa5()、]{2,30}?)(?:的)?,)?有?1(次|项|篇|个|例|件|起|条)(?:\(次\))?$/;

type Band = Extract<Statement, { kind: "band" }>;

function oneOf(s: Band): { label: string; unit: string; per: Decimal } | undefined {
  const { range, result } = s;
  if (!s.exact || range.measure !== "count" || result.kind !== "award") return undefined;
  if (!range.min?.value.equals(1) || !range.max?.value.equals(1)) return undefined;
  const m = ONE.exec(s.cond);
  if (!m) return undefined;
  const unit = m[2] as string;
  const what = m[1] === undefined ? "" : cleanLabel(m[1]);
  return { label: what === "" ? `有1${unit}（每${unit}计）` : what, unit, per: result.points };
}

export function oneEachAward(read: readonly Statement[], part: SchemePart): readonly Statement[] {
  if (part !== "bonus") return read;
  const bands = read.filter((s): s is Band => s.kind === "band");
  if (bands.length === 0 || bands.some((b) => oneOf(b) === undefined)) return read;
  return read.map((s): Statement => {
    if (s.kind !== "band") return s;
    const one = oneOf(s) as NonNullable<ReturnType<typeof oneOf>>;
    return { kind: "count", verb: "award", ...one };
  });
}
