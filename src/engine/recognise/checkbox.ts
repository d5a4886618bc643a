/**
 * Checkbox options of a scanned form (docs/recogniser.md, “How it reads”): “口开立 5 口未开立 0”, “□有 10 □无 0”. The
 * options are separated by 口/□/☐ (口 only at the start or after a space or the previous option's points), each with its
 * points at the end. Only a yes/no pair is read: two options, one the other's negation (A and 未A / 不A / 没有A / 无A,
 * 有X and 无X / 没有X), one of them worth the 分值. 是 answers the first option as worded: all or nothing where the other
 * gives 0 (`allOrNothing`, `failure` when the first option is the one that loses the points), else a two-rung `levels`
 * rule whose rungs are the options as worded, 是/否 their aliases. Options that are tiers of a measured quantity or of a
 * ratio of named amounts (“口有20平米以上(含20平米)…10口有20平米以下…5”, “口…净资产不小于登记的注册资金数5口…小于…0”)
 * are bands on the number or the ratio (numeric.ts). More options, options that are not a pair, any other number or
 * comparison in an option decline. A lead-in that scores nothing (“办公住所:”) may stand before the first box.
 */
import { dec, Decimal } from "../decimal";
import type { RuleInput, SchemePart } from "../rules";
import { assemble } from "./assemble";
import { measuredRange, ratioRange } from "./numeric";
import type { Statement } from "./statements";

export type CheckboxRead = { rule: RuleInput } | { reason: string } | undefined;

/** 口腔, 口径, 口岸 …: words, not a box. */
const BOX = /[□☐]|(?:^|(?<=[\s\d分:。]))口(?!腔|径|岸|罩|头|碑|号|语|述|服)/;
/** An option and its points at its end: “开立 5”, “有X10”, “X(5分)”. */
const OPTION = /^(.*?[^\d.\s(])\s*\(?(\d+(?:\.\d+)?)\s*分?\)?[\s,;。，；、]*$/;
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
  const raw = s.split(new RegExp(BOX.source, "g")).map((o) => o.trim());
  // “办公住所:口…”, “核对资产负债表中上年末净资产数额。口…”: a lead-in that scores nothing (no number, no 分/扣) before
  // the first box is what to look at, not an option.
  if (raw.length < 2 || (raw[0] !== "" && (/\d|分|扣|得|□|☐/.test(raw[0] as string) || (raw[0] as string).length > 40)))
    return undefined;
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
  // “口有20平米以上(含20平米)…10口有20平米以下…5”, “口…不小于登记的注册资金数5口…小于…0”: tiers on the number or the
  // ratio (numeric.ts)
  const tiers = optionTiers(read, points);
  if (tiers) return tiers;
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

/**
 * Options that are tiers of one quantity with a unit of measure, or of one ratio of named amounts, each with its points:
 * the bands they make (assemble.ts, as the same tiers written out would be), or undefined where any option is not such
 * a tier.
 */
function optionTiers(options: ReadonlyArray<{ label: string; points: Decimal }>, points: Decimal): CheckboxRead {
  const bands: Statement[] = [];
  for (const o of options) {
    const measured = measuredRange(o.label);
    const range = measured ?? ratioRange(o.label);
    if (range === undefined) return undefined;
    const result = o.points.isZero() ? { kind: "zero" as const } : { kind: "award" as const, points: o.points };
    bands.push({
      kind: "band",
      range,
      result,
      cond: o.label,
      exact: false,
      ...(measured ? { measured: `未能读懂“${o.label}”中的数值条件，请人工设定规则` } : {}),
    });
  }
  const assembled = assemble(bands, "base", points);
  return assembled.ok ? { rule: assembled.rule } : { reason: assembled.reason };
}
