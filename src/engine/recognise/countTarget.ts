/**
 * Whole-clause readers for counts whose starting point the statement reader cannot see across a sentence or 否则
 * (docs/recogniser.md), each a fixed shape of pieces and nothing else:
 *
 * - a count to reach and what each one short costs: "招收文职雇员不少于5名,记2分;每少招收1名消防文职雇员,扣1分",
 *   "开展培训全年2次以上得1分,少一次扣0.5分" → a `below` term: the input is the count held, the target the number the
 *   full points are given at (an inclusive bound only: 不少于, 至少, 以上, 及以上, 达到);
 * - the points for a requirement, and each case of failing it: "…开展一次回访工作,得3分,否则发现1例扣1分,扣完为止" → a
 *   count term deducting per case, floored at 0 (the requirement's own words, 每3-6个月 included, bound nothing).
 *
 * Only a base part, the points given equal to the 分值 (or 满分), one unit on both sides, no other scoring word.
 */
import { Decimal, dec } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import { assemble } from "./assemble";
import { NUM, Statement } from "./statements";

export type CountTargetRead = { ok: true; rule: RuleInput } | { ok: false; reason: string };

const UNITS = "次|例|名|人|个|项|件|篇|条|户|家|场|期|份|天";
const LEADING_ORDINAL = /^\(?\d+[)、.]/;
const FLOOR = /(?:[,;]?(?:扣完为止|扣完即止|直至扣完))?[。;]?$/;

/** "不少于5名,记2分;每少招收1名…,扣1分" */
const TARGET_SHORTFALL = new RegExp(
  `^(.*?)(不少于|不得少于|至少|达到|)(${NUM})(${UNITS})(及以上|以上|)(?:的)?,?(?:得|记|计)(满分|${NUM}分)[,;]` +
    `(?:每)?(?:少|缺|差)([\\u4e00-\\u9fa5]{0,4}?)1(${UNITS})([^,;。\\d]{0,16}?),?(?:扣|减)(?:除)?(${NUM})分$`,
);

/** "…,得3分,否则发现1例扣1分" */
const OTHERWISE_PER_CASE = new RegExp(
  `^(.*?),?(?:得|记|计)(满分|${NUM}分),?否则,?(?:每)?(?:发现|出现)?1(例|次|处|户|项|件)(?:扣|减)(?:除)?(${NUM})分$`,
);

/** Words that score or bound beside the shape: another reader's, or a judgement. */
const SCORING = /分|扣|得|每|否则|不少于|少于|以上|以下|超过|低于|酌情|视情|最多|最高|封顶|%/;

const points = (s: string, P: Decimal): Decimal => (s === "满分" ? P : dec(s.replace(/分$/, "")));

export function readCountTarget(normal: string, P: Decimal, part: SchemePart): CountTargetRead | undefined {
  if (part !== "base") return undefined;
  const floor = FLOOR.exec(normal);
  const body = normal.slice(0, floor?.index ?? normal.length);
  const target = TARGET_SHORTFALL.exec(body);
  if (target) {
    const [, subject, comparator, n, unit, above, award, verb, unit2, , per] = target as unknown as string[];
    const words = (subject as string).replace(LEADING_ORDINAL, "");
    if ((comparator === "") === (above === "")) return undefined; // exactly one inclusive bound
    if (unit !== unit2 || /\d/.test(words) || SCORING.test(words) || /每(?:月|季|周|年|半年|天|日)/.test(words))
      return undefined;
    if (/[多超]/.test(verb as string)) return undefined;
    if (!points(award as string, P).equals(P))
      return { ok: false, reason: `达到${n}${unit}所得分值与本项分值${P.toString()}分不一致，计分方式不明确` };
    const statement: Statement = {
      kind: "below",
      target: dec(n as string),
      per: dec(per as string),
      label: words.replace(/[,;]/g, "").replace(/的$/, "") || "完成数",
      unit: unit as string,
    };
    return fromStatements([statement, { kind: "floor" }], part, P);
  }
  const otherwise = OTHERWISE_PER_CASE.exec(body);
  if (otherwise) {
    const [, requirement, award, unit, per] = otherwise as unknown as string[];
    const words = (requirement as string).replace(LEADING_ORDINAL, "");
    if (/分|扣|得|否则|酌情|视情|最多|最高|封顶|%/.test(words) || words.length < 4) return undefined;
    if (!points(award as string, P).equals(P))
      return { ok: false, reason: `达到要求所得分值与本项分值${P.toString()}分不一致，计分方式不明确` };
    const statement: Statement = {
      kind: "count",
      verb: "deduct",
      per: dec(per as string),
      label: `未做到“${
        words
          .split(/[,;]/)
          .filter((w) => w !== "")
          .pop() ?? words
      }”`,
      unit: unit as string,
    };
    return fromStatements([statement, { kind: "floor" }], part, P);
  }
  return undefined;
}

function fromStatements(statements: Statement[], part: SchemePart, P: Decimal): CountTargetRead {
  const assembled = assemble(statements, part, P);
  return assembled.ok ? { ok: true, rule: assembled.rule } : { ok: false, reason: assembled.reason };
}
