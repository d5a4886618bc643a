/**
 * Wording round 11's mini blind set declined that says nothing about the rule, rewritten into the wording the readers
 * take (each a rewrite of the normalised text, or the text unchanged):
 * - how the evaluator checks (“查文件和会议纪要,纳入财政预算得0.5分”, “查看文件,没有领导小组…扣1分”): a piece that only
 *   names the evidence is dropped;
 * - “有专项经费记分10分”: 记分N分 is 记N分;
 * - “1、小城镇建设工作是否纳入乡镇府工作计划2分。…”: a 是否 question ending in the 分值 restates it; the points are dropped
 *   and the question kept (crossCheck.ts compares it with the scoring).
 */
import { dec, Decimal } from "../decimal";
import { NUM } from "./statements";

/** A piece that names only how the evaluator checks: 查文件…, 查看…, 核查…, 现场查看, 查阅资料 (after an item number). */
const EVIDENCE =
  /^(?:\(?\d+[)、.]\)?)?(?:现场)?(?:查看|查阅|核查|核实|查(?=文件|资料|台账|台帐|记录|会议|档案|材料))[\u4e00-\u9fa5]{0,12}$/;
/** Words that make a piece more than the evidence: a result or a condition. */
const SCORING = /\d|分|扣|得|未|无|没|不|缺|少|每|是否|发现|或|且|并/;

export function evidenceDropped(normal: string): string {
  const pieces = normal.split(/(?<=[,;。:])/);
  let out = "";
  for (const piece of pieces) {
    const words = piece.replace(/[,;。:]$/, "");
    const end = piece.slice(words.length);
    if (!EVIDENCE.test(words) || SCORING.test(words)) {
      out += piece;
      continue;
    }
    // a dropped piece that closed a sentence leaves the sentence break to what was kept before it
    if (end !== "," && end !== "" && out !== "" && !/[。;]$/.test(out)) out = out.replace(/[,:]$/, "") + end;
  }
  return out === "" ? normal : out;
}

/** “有专项经费记分10分”, “有校长任组长的记分 10 分” (spaces dropped by normalise): 记分N分 says 记N分. */
export function recordedPoints(normal: string): string {
  return normal.replace(new RegExp(`记分(${NUM})分`, "g"), "记$1分");
}

/**
 * “1、小城镇建设工作是否纳入乡镇府工作计划2分。小城镇建设纳入了十二五规划得1分;…”: a numbered 是否 question ending in
 * the 分值 and its sentence. Where the points equal the 分值 they restate it and are dropped, the question kept.
 */
export function questionPoints(normal: string, points: Decimal): string {
  const m = new RegExp(
    `^((?:\\(\\d+\\)|\\d+[、.])?[\\u4e00-\\u9fa5]{0,20}是否[\\u4e00-\\u9fa5]{2,30}?)(${NUM})分。`,
  ).exec(normal);
  if (!m || !dec(m[2] as string).equals(points)) return normal;
  return `${m[1] as string}。${normal.slice(m[0].length)}`;
}

/** The three rewrites, in order. */
export function checkWording(normal: string, points: Decimal): string {
  return questionPoints(recordedPoints(evidenceDropped(normal)), points);
}
