/**
 * A heading that restates the 分值 at the start of a clause (统计调查考核: “(1)报表收集10分。未按制度要求…扣1分”,
 * “(2)报表报送10分。…”): an item number, the item's name and its points, ending its sentence. Where the points equal
 * the 分值 the heading says nothing the scheme does not, and is dropped, as “(基本分10分)” is (criteria.ts); where they
 * differ, or the name holds a scoring or failing word (“未建立台账2分”), the text is left as it is (and declined as
 * before).
 */
import { dec, Decimal } from "../decimal";
import { NUM } from "./statements";

const HEADING = new RegExp(`^(?:\\(\\d+\\)|\\d+[、.]|其中)?([\\u4e00-\\u9fa5]{2,16}?)(${NUM})分([。:;,])`);
/** Words that make the name a condition or a result rather than a name. */
const SCORING = /扣|得|加|计|记|每|满|未|不|无|没|少|缺|超|低|高|达|按|以|分/;
/** Words that hold one of those characters and say none of it (参加 is to attend, 统计 statistics, 记录 a record). */
const NAMING_WORDS = /参加|增加|附加|统计|会计|设计|记录|登记|书记/g;
const scores = (name: string): boolean => SCORING.test(name.replace(NAMING_WORDS, ""));

/**
 * “b、培植种粮大户计2分,双季稻种植达30亩的种粮大户的每户计1分”: a lettered or numbered item's name and “计” its points
 * ending at a comma, followed only by per-unit awards (每…计/得N分, no 扣, 否则 or other points): the awards are how
 * the heading's points are earned, within them.
 */
const COUNTED_HEADING = new RegExp(`^(?:[a-zA-Z][、.]|\\(\\d+\\)|\\d+[、.])?([\\u4e00-\\u9fa5]{2,12}?)计(${NUM})分,`);
const PER_UNIT_AWARDS = new RegExp(`^[^;。扣减否]*?每[^;。扣减否]*?[计得](${NUM})分[。;]?$`);

export function restatedHeading(normal: string, points: Decimal): string {
  const counted = COUNTED_HEADING.exec(normal);
  if (counted && !scores(counted[1] as string) && dec(counted[2] as string).equals(points)) {
    const rest = normal.slice(counted[0].length);
    const each = PER_UNIT_AWARDS.exec(rest);
    if (each && dec(each[1] as string).lessThan(points) && (rest.match(/分/g) ?? []).length === 1) return rest;
  }
  const m = HEADING.exec(normal);
  if (!m || scores(m[1] as string) || !dec(m[2] as string).equals(points)) return normal;
  const rest = normal.slice(m[0].length);
  // “账簿设置2分,未按…设立账簿、台账,每缺1项扣1分” (round 10): after a comma only where what follows deducts stated
  // points and awards none of its own (“建立制度2分,健全台账1分” is two awards; “单项基准2分,不符合要求,该单项基准分扣完
  // 为止” names the points again, basePoints' to read).
  const deducted = new RegExp(`(?:扣|减)(?:除)?${NUM}分`, "g");
  if (m[3] === "," && (!deducted.test(rest) || /\d分|满分/.test(rest.replace(deducted, "")))) return normal;
  return rest === "" ? normal : rest;
}

/**
 * “(3分,爱国卫生工作没列入单位议事日程扣1分,…,扣完为止)” (held-out set 10): the whole clause in a bracket that opens with
 * the 分值 restated, or “3分,…” without the bracket. Where the points equal the 分值 and what follows only deducts stated
 * points (no award of its own, no other bracket), the restated points and the bracket are dropped; anything else is
 * left as it is.
 */
const OPENING_POINTS = new RegExp(`^(\\()?(${NUM})分,(.+?)(\\))?。?$`);

export function openingPoints(normal: string, points: Decimal): string {
  const m = OPENING_POINTS.exec(normal);
  if (!m || (m[1] === undefined) !== (m[4] === undefined) || !dec(m[2] as string).equals(points)) return normal;
  const rest = m[3] as string;
  if (/[()]/.test(rest)) return normal;
  const deducted = new RegExp(`(?:扣|减)(?:除)?${NUM}分`, "g");
  if (!deducted.test(rest) || /\d分|满分|得分|加分/.test(rest.replace(deducted, ""))) return normal;
  return rest;
}
