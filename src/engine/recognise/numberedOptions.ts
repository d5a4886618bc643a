/**
 * Numbered options of a form, each with its points and no 得/计 (docs/recogniser.md, “How it reads”):
 * “(1)有独立办公用房15分(2)与其他单位共用办公用房9分(3)无办公用房0分”. The whole clause is the list: (1), (2), … in order,
 * every option (or every piece of an option split by a comma, “(3)…一年减少6分,两年都减少0分”) its words then “N分”,
 * nothing else. Such a list is the form's closed choice, read one of two ways the points fix:
 *
 * - a ladder of states: the first option worth the 分值, each next one fewer, the last 0 — a `levels` rule whose
 *   labels are the options as worded (the clerk types the one that holds; anything else is refused);
 * - criteria adding up: every option worth less than the 分值, together exactly the 分值, optionally closed by a 0-point
 *   option restating that none holds (“(3)上述两项均不符合章程规定0分”) — a yes/no term per option, keyed in order.
 *
 * It declines (with the reason) options that need judgement (满足, 规范, 较好 … as for ladders, criteria.ts), carry a
 * number other than a period (“近2年”) or a comparison, repeat a label, or whose points fit neither reading; and it
 * leaves to the other readers any text that is not such a list (a lead-in, 得/计/扣, a bracketed point, a penalty part).
 */
import { dec, Decimal, ZERO } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import { RUNG_JUDGED } from "./criteria";
import { NUM } from "./statementTypes";

export type OptionsRead = { rule: RuleInput } | { reason: string } | undefined;

/** One option piece: its words, then its points, then a separator or the end. */
const PIECE = new RegExp(`([^,;。]+?)(${NUM})分(?:[,;。]|$)`, "gy");
/** Words that make an option score in another way than being the one that holds. */
const SCORING = /[得计给记](?=\d|分|$)|扣|(?:减|加)(?=\d|分)|每|分|否则|最多|最高|封顶|上限|满分|酌情|视情/;
/** A number compared or measured in an option: the input would be the number, not the option. */
const COMPARISON = /以上|以下|以内|不足|超过|低于|高于|小于|大于|不少于|不低于|达到?|％|%|≥|≤|<|>|=/;
/** “(3)上述两项均不符合章程规定”: none of the options above. */
const NONE_OF_ABOVE = /^(?:上述|以上|前述)(?:\d|[两二三四五六七八九十])?[项条个]?(?:均|都|全)(?:不|未|没有|无)/;

export function readNumberedOptions(text: string, points: Decimal, part: SchemePart): OptionsRead {
  if (part === "penalty" || text.length > 600) return undefined;
  const s = text
    .normalize("NFKC")
    .replace(/[\s\u3000\u200B\uFEFF]/g, "")
    .replace(/，/g, ",")
    .replace(/；/g, ";")
    .replace(/[。;,]+$/, "");
  const parts = s.split(/\((\d{1,2})\)/);
  // “(1)…(2)…”: nothing before the first option, the options numbered 1, 2, … in order
  if (parts.length < 5 || parts[0] !== "") return undefined;
  const options: Array<Array<{ label: string; points: Decimal }>> = [];
  for (let i = 1; i < parts.length; i += 2) {
    if (Number(parts[i]) !== options.length + 1) return undefined;
    const body = (parts[i + 1] as string).replace(/[,;。、]+$/, "");
    const pieces: Array<{ label: string; points: Decimal }> = [];
    PIECE.lastIndex = 0;
    let at = 0;
    for (let m = PIECE.exec(body); m !== null; m = PIECE.exec(body)) {
      pieces.push({ label: (m[1] as string).replace(/[,;。、:的]+$/, ""), points: dec(m[2] as string) });
      at = PIECE.lastIndex;
    }
    if (pieces.length === 0 || at !== body.length) return undefined;
    options.push(pieces);
  }
  const rungs = options.flat();
  if (rungs.some((r) => r.label === "" || SCORING.test(r.label) || /[()]/.test(r.label))) return undefined;
  // “近2年”, “一年”: a period is words of the state; any other number, or a comparison, is a quantity to measure.
  const counted = rungs.find((r) => /\d/.test(r.label.replace(/近?\d{1,2}年/g, "")) || COMPARISON.test(r.label));
  if (counted)
    return { reason: `“${counted.label}”含数量或比较，输入是所处的一项还是实际数值，条款未说明，请人工设定规则` };
  if (new Set(rungs.map((r) => r.label)).size !== rungs.length) {
    return { reason: "编号选项中有相同的表述，选哪一项不明确，请人工设定规则" };
  }
  const judged = rungs.find((r) => RUNG_JUDGED.test(r.label));
  if (judged) return { reason: `“${judged.label}”需要评价人判断，按项计分不能由条款直接确定` };
  const top = rungs[0] as { label: string; points: Decimal };
  if (top.points.equals(points) && part === "base") {
    for (let i = 1; i < rungs.length; i++) {
      if (!(rungs[i] as { points: Decimal }).points.lessThan((rungs[i - 1] as { points: Decimal }).points)) {
        return { reason: "编号选项的分值没有逐项递减，是选一项还是逐项相加，条款未说明，请人工设定规则" };
      }
    }
    // “(1)有章程5分(2)有制度3分(3)有台账2分”: with no last option at 0 the options may as well be criteria adding up
    // to a cap; only a ladder down to nothing is a choice of one.
    if (!(rungs[rungs.length - 1] as { points: Decimal }).points.isZero()) {
      return { reason: "编号选项的最后一项不是0分，是选其中一项还是逐项相加，条款未说明，请人工设定规则" };
    }
    return {
      rule: { kind: "levels", levels: rungs.map((r) => ({ label: r.label, points: r.points.toNumber() })) },
    };
  }
  // Criteria adding up: one piece per option, a 0-point option only last and only restating that none holds.
  const last = rungs[rungs.length - 1] as { label: string; points: Decimal };
  const criteria = last.points.isZero() ? rungs.slice(0, -1) : rungs;
  const sum = criteria.reduce((a, r) => a.plus(r.points), ZERO);
  if (
    part === "base" &&
    options.every((o) => o.length === 1) &&
    criteria.length >= 2 &&
    criteria.every((r) => r.points.greaterThan(0) && r.points.lessThan(points)) &&
    sum.equals(points) &&
    (criteria === rungs || NONE_OF_ABOVE.test(last.label))
  ) {
    return {
      rule: {
        kind: "perCaseAward",
        terms: criteria.map((r) => ({ kind: "flag" as const, label: r.label, points: r.points.toNumber() })),
      },
    };
  }
  return {
    reason: `编号选项的分值既不是从本项分值${points.toString()}分逐项递减，也不是合计为本项分值，计分方式不明确，请人工设定规则`,
  };
}
