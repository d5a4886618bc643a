/**
 * A count over the year the clause itself states, beside what each one short costs (round 10): "全年4次分别于3月底、
 * 6月底、9月底、12月底前到“四代管”中心结报账,每缺1次扣2分", "每年民主理财小组集中4次,…,分别于3月底、…前审核票据,…,
 * 每缺1次扣1分" → a `below` term: the input is the occasions done, the target the total stated (全年/每年/一年/年内 N次),
 * floored at 0. Where 分别于 lists the occasions, the list must hold exactly N of them.
 *
 * Declined (left to the readers after it) outside that one shape: a total per month, quarter or half-year (每月…每少1次:
 * whether short per month or over the year is open, docs/recogniser.md), a bound word (不少于, 以上: other readers'),
 * another number or scoring word, more than one count, or a list whose length is not the total.
 */
import { dec, Decimal } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import { assemble } from "./assemble";
import { NUM } from "./statements";

export type StatedTotalRead = { ok: true; rule: RuleInput } | { ok: false; reason: string };

const SHORT = new RegExp(`^(.+?),每(?:缺|少)1次(?:扣|减)(?:除)?(${NUM})分(?:[,;]?(?:扣完为止|扣完即止))?[。;]?$`);
const TOTAL = /(?:全年|每年|一年|年内)([^,;:。\d]{0,12}?)(\d+)次/g;
/** Words that score, bound or judge beside the shape (any points are “N分”); 每 only as 每年. */
const OTHER =
  /分(?!别)|扣|否则|不得分|不计分|不少于|不得少于|少于|至少|以上|以下|超过|低于|达到|酌情|视情|最多|最高|%|每(?!年)|半年|季度/;
const LIST = /分别(?:于|在)([^,;。]+)/;
/** One occasion of the list: a month's end or a date ("3月底", "12月20日"). */
const OCCASION = /^\d{1,2}月(?:底|末|\d{1,2}日)?(?:前|以前)?/;

export function readStatedTotal(normal: string, P: Decimal, part: SchemePart): StatedTotalRead | undefined {
  if (part !== "base") return undefined;
  const m = SHORT.exec(normal);
  if (!m) return undefined;
  const [, body, per] = m as unknown as string[];
  const totals = [...(body as string).matchAll(TOTAL)];
  if (totals.length !== 1 || OTHER.test(body as string)) return undefined;
  const total = totals[0] as RegExpMatchArray;
  const n = Number(total[2]);
  let rest = (body as string).replace(total[0], "");
  const list = LIST.exec(rest);
  if (list) {
    const items = (list[1] as string).split("、");
    if (!items.every((i) => OCCASION.test(i))) return undefined;
    if (items.length !== n)
      return { ok: false, reason: `“${list[0]}”列出${items.length}次，与“${total[0]}”不一致，应达到的数量不明确` };
    rest = rest.replace(list[0], "");
  } else if (/分别/.test(rest)) return undefined;
  if (/\d/.test(rest) || n < 1 || n > 366) return undefined;
  const assembled = assemble(
    [
      {
        kind: "below",
        target: dec(n),
        per: dec(per as string),
        label: `全年按要求完成的次数（应${n}次）`,
        unit: "次",
      },
      { kind: "floor" },
    ],
    part,
    P,
  );
  return assembled.ok ? { ok: true, rule: assembled.rule } : { ok: false, reason: assembled.reason };
}

/**
 * “每月及时参加专干例会记12分,每缺席1次例会扣3分” (round 10): the points for attending, and each absence deducted — what
 * is counted is the absences (an event named, as “无故缺席…每次扣1分” is), so a frequency in the requirement (每月) bounds
 * nothing: a count term of the absences, floored at 0. Only the award equal to the 分值, attendance named (参加, 出席, 列席)
 * and no other number, bound or scoring word.
 */
const ATTEND_ABSENT = new RegExp(
  `^(?:\\(?\\d+[)、.])?([^,;。\\d]{2,30}?)(?:记|得|计)(${NUM})分,(?:无故)?每(?:次)?缺席1次([^,;。\\d分扣]{0,8}?)(?:扣|减)(?:除)?(${NUM})分(?:[,;]?(?:扣完为止|扣完即止))?[。;]?$`,
);

export function readAttendAbsent(normal: string, P: Decimal, part: SchemePart): StatedTotalRead | undefined {
  if (part !== "base") return undefined;
  const m = ATTEND_ABSENT.exec(normal);
  if (!m) return undefined;
  const [, requirement, award, what, per] = m as unknown as string[];
  const words = (requirement as string).replace(/^每(?:月|季度?|周|年|半年)/, "");
  if (!/参加|出席|列席/.test(words) || /扣|否则|不少于|至少|以上|以下|酌情|视情|最多|最高|%|每|缺/.test(words))
    return undefined;
  if (!dec(award as string).equals(P)) return undefined;
  const assembled = assemble(
    [
      {
        kind: "count",
        verb: "deduct",
        per: dec(per as string),
        label: `缺席${(what as string) || ""}的次数`.replace(/的的/, "的"),
        unit: "次",
      },
      { kind: "floor" },
    ],
    part,
    P,
  );
  return assembled.ok ? { ok: true, rule: assembled.rule } : { ok: false, reason: assembled.reason };
}

/**
 * “土地承包清册或丈口簿,见1个组未交乡代管扣1分,扣完为止” (round 10): 见 (查出, 查到) one unit failing is 发现1处 in other
 * words, per unit found in every label of the development set (“发现一处扣3分”, “发现一笔…扣2分”): a count term of the
 * units, floored at 0. Only a deduction, a unit counted, the failing named, no other number or scoring word, nothing
 * harmful (造成, 事故: once or per case is open there).
 */
const SEEN_ONE = new RegExp(
  `^(?:\\(?\\d+[)、.])?(?:([^,;。\\d]{2,20}),)?(?:每)?(?:见|查出|查到)1个?(组|户|处|例|起|笔|件|人|家|份|本)([^,;。\\d]{2,20}?)(?:的)?,?(?:扣|减)(?:除)?(${NUM})分(?:[,;]?(?:扣完为止|扣完即止))?[。;]?$`,
);

export function readSeenOne(normal: string, P: Decimal, part: SchemePart): StatedTotalRead | undefined {
  if (part !== "base") return undefined;
  const m = SEEN_ONE.exec(normal);
  if (!m) return undefined;
  const [, what, unit, failing, per] = m as unknown as string[];
  const words = `${what ?? ""}${failing as string}`;
  if (/分|扣|得|每|否则|以上|以下|超过|低于|酌情|视情|最多|最高|%|造成|导致|事故|死亡|伤亡/.test(words))
    return undefined;
  if (!/未|不|没有|无|违规|错/.test(failing as string)) return undefined;
  const assembled = assemble(
    [
      {
        kind: "count",
        verb: "deduct",
        per: dec(per as string),
        label: `${what ?? ""}${failing as string}的${unit as string}数`,
        unit: unit as string,
      },
      { kind: "floor" },
    ],
    part,
    P,
  );
  return assembled.ok ? { ok: true, rule: assembled.rule } : { ok: false, reason: assembled.reason };
}
