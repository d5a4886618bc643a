/**
 * Checkbox options of a scanned form (docs/recogniser.md, “How it reads”): “口开立 5 口未开立 0”, “□有 10 □无 0”. The
 * options are separated by 口/□/☐ (口 only at the start or after a space or the previous option's points), each with its
 * points at the end. Only a yes/no pair is read: two options, one the other's negation (A and 未A / 不A / 没有A / 无A,
 * 有X and 无X / 没有X), one of them worth the 分值. 是 answers the first option as worded: all or nothing where the other
 * gives 0 (`allOrNothing`, `failure` when the first option is the one that loses the points), else a two-rung `levels`
 * rule whose rungs are the options as worded, 是/否 their aliases. More options, options that are not a pair, a number or
 * a comparison in an option (“有20平米以上…10 □有20平米以下…5”, 不小于/小于注册资金: a yes/no or the amount?) decline.
 */
import { dec, Decimal } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";

export type CheckboxRead = { rule: RuleInput } | { reason: string } | undefined;

/** 口腔, 口径, 口岸 …: words, not a box. */
const BOX = /[□☐]|(?:^|(?<=[\s\d分]))口(?!腔|径|岸|罩|头|碑|号|语|述|服)/;
const OPTION = /^(.*?[^\d.\s])\s*(\d+(?:\.\d+)?)\s*分?[\s,;。，；、]*$/;
const NEGATION = /^(?:未|不|没有|没|无)/;
const COMPARISON = /\d|以上|以下|以内|小于|大于|低于|高于|不足|超过|≥|≤|<|>|=|％|%/;

/** Two labels that are a condition and its negation: 开立 / 未开立, 有X / 无X / 没有X. */
function negationOf(a: string, b: string): boolean {
  const bare = (s: string) => s.replace(NEGATION, "");
  if (NEGATION.test(b) && !NEGATION.test(a) && bare(b) === a) return true;
  if (NEGATION.test(a) && !NEGATION.test(b) && bare(a) === b) return true;
  if (/^有/.test(a) && NEGATION.test(b) && bare(b) === a.slice(1)) return true;
  if (/^有/.test(b) && NEGATION.test(a) && bare(a) === b.slice(1)) return true;
  return false;
}

export function readCheckbox(text: string, points: Decimal, part: SchemePart): CheckboxRead {
  const s = text.normalize("NFKC").trim();
  if (!new RegExp(`^(?:${BOX.source})`).test(s)) return undefined;
  const raw = s.split(new RegExp(BOX.source, "g")).map((o) => o.trim());
  if (raw[0] !== "") return undefined;
  const options = raw.slice(1).map((o) => OPTION.exec(o));
  // “口腔…”: not options unless every piece ends with its points.
  if (options.length < 2 || options.some((o) => o === null)) return undefined;
  const read = (options as RegExpExecArray[]).map((o) => ({
    label: (o[1] as string).trim(),
    points: dec(o[2] as string),
  }));
  if (part === "penalty") return { reason: "勾选式选项用于扣分项，计分方式不明确，请人工设定规则" };
  if (read.length !== 2) return { reason: `勾选式选项有${read.length}个，选哪一项需要评价人判断，请人工设定规则` };
  const [first, second] = read as [{ label: string; points: Decimal }, { label: string; points: Decimal }];
  const compared = read.find((o) => COMPARISON.test(o.label));
  if (compared) {
    return { reason: `“${compared.label}”含数量或比较，输入是“是/否”还是实际数值，条款未说明，请人工设定规则` };
  }
  if (!negationOf(first.label, second.label)) {
    return { reason: `“${first.label}”与“${second.label}”不是同一条件的是与否，请人工设定规则` };
  }
  const [high, low] = first.points.greaterThanOrEqualTo(second.points) ? [first, second] : [second, first];
  if (!high.points.equals(points)) {
    return { reason: `选项最高${high.points.toString()}分与本项分值${points.toString()}分不一致，计分方式不明确` };
  }
  if (!low.points.lessThan(points)) return { reason: "两个选项分值相同，计分方式不明确" };
  if (low.points.isZero()) {
    return {
      rule: { kind: "allOrNothing", sense: high === first ? "condition" : "failure", question: first.label },
    };
  }
  if (part !== "base") return { reason: "勾选式两档选项用于加分项，计分方式不明确，请人工设定规则" };
  return {
    rule: {
      kind: "levels",
      levels: [
        { label: first.label, points: first.points.toNumber(), aliases: ["是"] },
        { label: second.label, points: second.points.toNumber(), aliases: ["否"] },
      ],
    },
  };
}
