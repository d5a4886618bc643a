/**
 * Items listed before a bracket of their points each (issue 11 part 1, round 11; 昆明市学会目标管理考核表): “有固定办公
 * 地点、学会办事机构、专(兼)职干部(3分,每项1分)”, “建立会员登记档案或会员数据库;发展新会员(4分,每项2分)” → a count
 * term that awards per item met, with `items` the number listed (a count above it is refused).
 *
 * One shape only: the bracket closes the clause, its first number is the 分值, then 每项 and the points of each; the
 * items before it are parted by one separator (、 or ;) and no item holds another (、 , ; ：a comma inside an item
 * — “规章制度健全,档案齐全;财务管理规范(4分,每项2分)” — leaves open which pieces make one item), and their number
 * times each item's points is the 分值. No item scores, fails or leaves the list open (分, 扣, 每, 未, 不, 无, 等…).
 * Anything else is left to the other readers.
 */
import { dec, Decimal } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import { itemsMet } from "./countTarget";
import { NUM } from "./statements";

const BRACKET = new RegExp(`^(?:\\d+[、.])?(.+?)\\((${NUM})分,每项(?:得|计)?(${NUM})分\\)[。.]?$`);
const NOT_AN_ITEM = /分|扣|得|每|未|不|无|没|缺|等|酌情|视情|[,，:：]|\d/;

export type BracketEachRead = { ok: true; rule: RuleInput } | { ok: false; reason: string };

export function readBracketEachItem(normal: string, P: Decimal, part: SchemePart): BracketEachRead | undefined {
  const m = BRACKET.exec(normal);
  if (!m) return undefined;
  const [, list, stated, each] = m as unknown as [string, string, string, string];
  const separators = ["、", ";"].filter((s) => list.includes(s));
  if (separators.length !== 1) return undefined;
  const items = list.split(separators[0] as string);
  if (items.length < 2 || items.length > 20 || items.some((i) => i.length < 2 || NOT_AN_ITEM.test(i))) return undefined;
  if (part !== "base") return { ok: false, reason: "加分项或扣分项中按项计分的括号，请人工设定规则" };
  if (!dec(stated).equals(P) || !dec(each).times(items.length).equals(P))
    return {
      ok: false,
      reason: `括号中的${stated}分、每项${each}分与所列${items.length}项、本项分值${P.toString()}分不相合，计分方式不明确`,
    };
  return { ok: true, rule: itemsMet(`${items.join("、")}（做到的项数）`, dec(each), "项", items.length) };
}
