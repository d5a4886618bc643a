/**
 * "上级考核为较好的，得满分；一般的，得2分；较差的，不得分" [004 D12]; "有培训计划但未完成…得1分；无培训计划…不得分"
 * [001]: a table from a level label to points. Labels match exactly; aliases are listed in the scheme, never guessed.
 */
import { z } from "zod";
import { parseLabel } from "../cell";
import { Decimal, dec } from "../decimal";
import { defineFamily } from "./family";
import { QUESTION, ROW_NAME, ROW_POINTS } from "./columns";
import { joinClauses, points, scoreClause } from "./words";

const level = z.strictObject({
  label: z.string().min(1),
  /** Points for this level; omit for full points. */
  points: z.number().min(0).optional(),
  /** Other words the document uses for the same level. */
  aliases: z.array(z.string().min(1)).optional(),
});

const params = z.strictObject({
  kind: z.literal("levels"),
  levels: z.array(level).min(2),
  question: z.string().optional(),
  /**
   * Answers the document's data uses but its rule does not define, each with the levels it could mean: scoring one is
   * an error asking the evaluator to choose (or they choose once for the scheme). The scheme never decides.
   */
  ambiguous: z
    .array(z.strictObject({ label: z.string().min(1), between: z.array(z.string().min(1)).min(2) }))
    .optional(),
});

const fold = (text: string) => text.normalize("NFKC").replace(/\s/g, "");

/** The problem of scoring an ambiguous answer: which level it means is the evaluator's to say. */
export function ambiguousProblem(label: string, between: readonly string[]) {
  const options = between.map((b) => `“${b}”`);
  return {
    code: "ambiguous-label",
    zh: `“${label}”：文件未定义此档次，请选择按${options.slice(0, -1).join("、")}或${options[options.length - 1] ?? ""}计分`,
    en: `${label}: the document defines no such level; choose whether it scores as ${between.join(" or ")}`,
  };
}

export const levels = defineFamily<z.output<typeof params>, string, z.input<typeof params>>({
  kind: "levels",
  title: "分档评定",
  sheet: {
    levels: {
      type: "rows",
      kind: {
        zh: "档次",
        en: "level",
        fields: { label: ROW_NAME, points: ROW_POINTS, aliases: { zh: "别名", en: "aliases", type: "list" } },
      },
    },
    question: QUESTION,
    ambiguous: {
      type: "rows",
      kind: {
        zh: "待定答案",
        en: "open answer",
        fields: { label: ROW_NAME, between: { zh: "可能档次", en: "could mean", type: "list" } },
      },
    },
  },
  usableIn: ["base", "bonus"],
  params,
  check(rule, leaf) {
    const known = new Set(rule.levels.flatMap((l) => [l.label, ...(l.aliases ?? [])].map(fold)));
    const ambiguous = (rule.ambiguous ?? []).flatMap((a, i) => [
      ...(known.has(fold(a.label))
        ? [{ path: `ambiguous[${i}].label`, message: `“${a.label}”已是本项的等级或别名，不能同时列为待定` }]
        : []),
      ...a.between.flatMap((b, j) =>
        rule.levels.some((l) => l.label === b)
          ? []
          : [{ path: `ambiguous[${i}].between[${j}]`, message: `“${b}”不是本项的等级` }],
      ),
    ]);
    return [
      ...ambiguous,
      ...rule.levels.flatMap((l, i) =>
        l.points !== undefined && dec(l.points).greaterThan(leaf.points)
          ? [
              {
                path: `levels[${i}].points`,
                message: `等级“${l.label}”的分值 ${l.points} 超过本项分值 ${leaf.points.toString()}`,
              },
            ]
          : [],
      ),
    ];
  },
  compile(rule, leaf) {
    const byText = new Map<string, string>();
    const pointsOf = new Map<string, Decimal>();
    for (const l of rule.levels) {
      pointsOf.set(l.label, l.points === undefined ? leaf.points : dec(l.points));
      for (const text of [l.label, ...(l.aliases ?? [])]) byText.set(fold(text), l.label);
    }
    const ambiguous = new Map((rule.ambiguous ?? []).map((a) => [fold(a.label), a]));
    const scoreOf = (label: string) => pointsOf.get(label) as Decimal;
    return {
      slots: [{ key: "", label: rule.question ?? leaf.name, kind: "label", options: rule.levels.map((l) => l.label) }],
      parse(raw) {
        const open = typeof raw === "string" ? ambiguous.get(fold(raw)) : undefined;
        return open ? { ok: false, error: ambiguousProblem(open.label, open.between) } : parseLabel(raw, byText);
      },
      evaluate: scoreOf,
      explain: (label, score) => joinClauses([`评定为“${label}”`, `得${points(scoreOf(label))}`, scoreClause(score)]),
      describe: () => rule.levels.map((l) => `${l.label}得${points(scoreOf(l.label))}`).join("；"),
      ...(rule.ambiguous ? { ambiguous: rule.ambiguous } : {}),
    };
  },
});
