/**
 * “每少一种机构或少一项制度的扣0.5分” (held-out set 10, h10-jsj-1.1.1): two things short, each with its own unit and
 * object (1种 of 机构, 1项 of 制度), joined by 或 under one 每. The label keys two counts, in the order stated; the
 * readers drafted one count of “缺项”, adding institutions and rules into one number and keying one input. Reading the
 * two counts apart is `readTwoShortfalls` below, in one shape; any other draft of such a clause is declined.
 */
import { dec, Decimal } from "../decimal";
import type { SchemePart } from "../rules";
import { assemble } from "./assemble";
import type { StatedTotalRead } from "./statedTotal";
import { NUM, Statement } from "./statements";

/** 少/缺/缺少 (a verb may stand between: 少出台, 少研究), a number, its unit. */
const SHORT = "(?:少|缺少?)[\\u4e00-\\u9fa5]{0,3}?\\d+(?:种|项|个|类|名|本|份|件|套|次|人|户|处)";

const TWO_SHORT = new RegExp(`(${SHORT}[^,;。或]*)或(${SHORT}[^,;。]*?)(?:的|,|扣|$)`);

/** The reason to decline a draft whose clause counts two different things short joined by 或, or undefined. */
export function twoShortfalls(normal: string): string | undefined {
  const m = TWO_SHORT.exec(normal);
  if (!m) return undefined;
  return `“${m[1]}”与“${m[2]}”是两种缺少的情形，各有各的计数单位：分开计数还是合为一个数未能读取，请人工设定规则`;
}

/**
 * The one shape read: the whole clause “每少1种机构或少1项制度的扣0.5分” (optionally 扣完为止) — two things missing,
 * each one of its unit (种, 项, 个, 类, 本, 份, 件, 套: items, counted from none missing, as “每缺少一种” is), joined by
 * 或 under one 每 and one amount: two count terms keyed in the order stated, each the number missing. Declined (left to
 * the readers and the guard above): a shortfall of times or persons (少研究1次, 缺1名: they fall short of a target the
 * clause may not state), a number other than 1, other words between, a second amount.
 */
const ITEM = "(种|项|个|类|本|份|件|套)";
const VERB = "([\\u4e00-\\u9fa5]{0,3}?)";
const WHOLE = new RegExp(
  `^(?:\\(?\\d+[)、.])?每(?:少|缺少?)${VERB}1${ITEM}([^,;。\\d或的]{1,12})或(?:少|缺少?)${VERB}1${ITEM}([^,;。\\d或的]{1,12}?)的?,?(?:扣|减)(?:除)?(${NUM})分([,;]?(?:扣完为止|扣完即止))?[。;]?$`,
);

export function readTwoShortfalls(normal: string, P: Decimal, part: SchemePart): StatedTotalRead | undefined {
  if (part === "bonus") return undefined;
  const m = WHOLE.exec(normal);
  if (!m) return undefined;
  const [, verb1, unit1, what1, verb2, unit2, what2, per, floor] = m as unknown as string[];
  if (/扣|分|得|每|未|不|无/.test(`${verb1}${what1}${verb2}${what2}`)) return undefined;
  const term = (verb: string, unit: string, what: string): Statement => ({
    kind: "count",
    verb: "deduct",
    per: dec(per as string),
    label: `${verb ? `少${verb}的` : "缺少的"}${what}${unit}数`,
    unit,
  });
  const statements: Statement[] = [
    term(verb1 as string, unit1 as string, what1 as string),
    term(verb2 as string, unit2 as string, what2 as string),
    ...(floor ? [{ kind: "floor" } as Statement] : []),
  ];
  const assembled = assemble(statements, part, P);
  return assembled.ok ? { ok: true, rule: assembled.rule } : { ok: false, reason: assembled.reason };
}
