/**
 * Options written as a label and its bare points, parted by semicolons (or commas: “符合1.0,不符合0”, held-out set 33), in a
 * 计分细则 column beside the requirement they
 * answer (round 16, 中小学校(含托幼机构)卫生工作检查评分标准): “是4;否0” beside “建立晨检记录”, “记录全3;记录不全1;无0”
 * beside “建立学生因病缺勤记录”. Like checkbox options (checkbox.ts, “口有 10 口无 0”) the column holds nothing but the
 * options; two shapes are read, both closed (every case falls on one option, none on two):
 * - 是 and 否 (or 有 and 无, 符合 and 不符合): a yes/no of the requirement, the first worth the 分值 and the second 0 — all or nothing
 *   (the Conventions: two rungs that are a condition and its negation are a yes/no);
 * - a record or set complete, incomplete, absent — X全 / X齐全, X不全 / X不齐全, 无X / 无 / 没有X — the points falling rung by
 *   rung from the 分值 to 0: a `levels` rule whose rungs are the options as worded.
 * Either shape with points not falling to 0 from the 分值, or in a penalty or bonus part, is declined with its reason;
 * any other text, other words before bare points included, is left to the other readers.
 */
import { dec, Decimal } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import { num } from "./assembled";

export type BareOptionsRead = { rule: RuleInput } | { reason: string } | undefined;

/** One option: Chinese words only, then its points, 分 optional (“是4”, “记录不全1”, “无0分”). */
const OPTION = /^([\u4e00-\u9fa5]{1,10}?)\s*(\d+(?:\.\d+)?)\s*分?$/;
const COMPLETE = /^(.*?)(?:齐全|全)$/;
const INCOMPLETE = /^(.*?)(?:不齐全|不全)$/;
const ABSENT = /^(?:无|没有)(.*)$/;

export function readBareOptions(text: string, points: Decimal, part: SchemePart): BareOptionsRead {
  const pieces = text
    .normalize("NFKC")
    .trim()
    .replace(/[。.;；]$/, "")
    .split(/\s*[;；,，]\s*/);
  if (pieces.length < 2) return undefined;
  const options = pieces.map((p) => OPTION.exec(p));
  if (options.some((o) => o === null)) return undefined;
  const read = (options as RegExpExecArray[]).map((o) => ({ label: o[1] as string, points: dec(o[2] as string) }));
  const labels = read.map((o) => o.label);
  const yesNo =
    read.length === 2 &&
    ((labels[0] === "是" && labels[1] === "否") ||
      (labels[0] === "有" && labels[1] === "无") ||
      (labels[0] === "符合" && labels[1] === "不符合"));
  const scale = read.length === 3 && completeness(labels as [string, string, string]);
  // Any other words before bare points (“每处扣1分;每次扣2分”) are for the other readers.
  if (!yesNo && !scale) return undefined;
  if (part !== "base")
    return {
      reason: `“${text}”是各选项的分值，用于${part === "penalty" ? "扣分项" : "加分项"}时计分方式不明确，请人工设定规则`,
    };
  const top = read[0] as { label: string; points: Decimal };
  const last = read[read.length - 1] as { label: string; points: Decimal };
  if (!top.points.equals(points)) {
    return { reason: `“${top.label}”${top.points.toString()}分与本项分值${points.toString()}分不一致，计分方式不明确` };
  }
  if (!last.points.isZero())
    return { reason: `最后一项“${last.label}”不是0分，其余情形如何计分未说明，请人工设定规则` };
  for (let i = 1; i < read.length; i++) {
    if (!(read[i] as { points: Decimal }).points.lessThan((read[i - 1] as { points: Decimal }).points)) {
      return { reason: `“${text}”各选项的分值不是逐项递减，计分方式不明确，请人工设定规则` };
    }
  }
  if (yesNo) return { rule: { kind: "allOrNothing", sense: "condition" } };
  return { rule: { kind: "levels", levels: read.map((o) => ({ label: o.label, points: num(o.points) })) } };
}

/**
 * 记录全 / 记录不全 / 无 (or 无记录): complete, incomplete, absent — one thing named once, or only in the first. Also the
 * rungs of a ladder in words (criteria.ts `namedScale`: “记录齐全得4分,记录不全得1分,无记录不得分”).
 */
export function completeness([full, part, none]: [string, string, string]): boolean {
  const f = COMPLETE.exec(full);
  const p = INCOMPLETE.exec(part);
  const n = ABSENT.exec(none);
  if (!f || !p || !n || INCOMPLETE.test(full)) return false;
  const thing = f[1] as string;
  return (p[1] === thing || p[1] === "") && (n[1] === thing || n[1] === "");
}
