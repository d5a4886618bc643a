/**
 * Two more shapes of “X、Y…各扣N分” (statements.ts `eachListed`), each a closed list whose items a 各 spreads the amount
 * over, one yes/no term per item, as every label of the development set reads them:
 *
 * - a subject before the shared negation and verb: “食用农产品未建立供证供票制度、索证索票制度的各扣1分” (the subject
 *   and “未建立” shared by the bare objects after the first item);
 * - bare subjects before one failing they all share: “调解率、成功率不达标各扣0.5分”, “食品安全示范县和示范乡镇(街道)创建
 *   工作未完成省定目标的各扣2分”.
 *
 * Anything else declines as before: 或 (“没有安排或没按标准及时申报各扣1分” is labelled each, “无下井记录或无…统计表各减1
 * 分” open), 等, a number, a failing that bounds a number (低于指标数: a rate, not a yes/no), an item that negates or
 * acts on its own (“项目没有按照乡镇编制、配变、低压线路没有按照村、队编制”: which items?).
 */

/** A negation: where a failing starts. */
const NEGATION = /未|没有|无|不/;

/** Words of an item that is not a bare name: a negation, a verb of doing, or a bound. */
const NOT_BARE = /未|没有|无|不|缺|漏|低于|高于|少于|多于|超过|达到|完成|建立|开展|落实|按/;

/** The subject before the first item's negation (“食用农产品” of “食用农产品未建立供证供票制度”), "" where it starts there. */
export function subjectOf(first: string): string {
  const at = first.search(NEGATION);
  if (at <= 0) return "";
  const subject = first.slice(0, at);
  return NOT_BARE.test(subject) || subject.length < 2 ? "" : subject;
}

/**
 * “调解率、成功率不达标”: the failing of the last item (from its negation on) shared by bare subjects before it; the items'
 * labels, or undefined where the list is not of that shape.
 */
export function sharedFailing(items: readonly string[]): string[] | undefined {
  const last = items[items.length - 1] ?? "";
  const at = last.search(NEGATION);
  if (at < 2) return undefined;
  const failing = last.slice(at);
  // A failing that bounds a number (低于指标数, 不足95%) is a rate or a count, not a yes/no.
  if (/低于|高于|少于|多于|超过|不足|不到|以上|以下|指标|\d|%/.test(failing)) return undefined;
  const subjects = items.slice(0, -1);
  if (subjects.length === 0 || subjects.some((s) => s.length < 2 || NOT_BARE.test(s))) return undefined;
  return [...subjects.map((s) => `${s}${failing}`), last];
}
