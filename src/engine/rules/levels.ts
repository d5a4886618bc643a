/**
 * "上级考核为较好的，得满分；一般的，得2分；较差的，不得分" [004 D12]; "有培训计划但未完成…得1分；无培训计划…不得分"
 * [001]: a table from a level label to points. Labels match exactly; aliases are listed in the scheme, never guessed.
 */
import { z } from "zod";
import { parseLabel } from "../cell";
import { Decimal, dec } from "../decimal";
import { defineFamily } from "./family";
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
});

export const levels = defineFamily<z.output<typeof params>, string, z.input<typeof params>>({
  kind: "levels",
  title: "分档评定",
  usableIn: ["base", "bonus"],
  params,
  check(rule, leaf) {
    return rule.levels.flatMap((l, i) =>
      l.points !== undefined && dec(l.points).greaterThan(leaf.points)
        ? [
            {
              path: `levels[${i}].points`,
              message: `等级“${l.label}”的分值 ${l.points} 超过本项分值 ${leaf.points.toString()}`,
            },
          ]
        : [],
    );
  },
  compile(rule, leaf) {
    const byText = new Map<string, string>();
    const pointsOf = new Map<string, Decimal>();
    for (const l of rule.levels) {
      pointsOf.set(l.label, l.points === undefined ? leaf.points : dec(l.points));
      for (const text of [l.label, ...(l.aliases ?? [])])
        byText.set(text.normalize("NFKC").replace(/\s/g, ""), l.label);
    }
    const scoreOf = (label: string) => pointsOf.get(label) as Decimal;
    return {
      slots: [{ key: "", label: rule.question ?? leaf.name, kind: "label", options: rule.levels.map((l) => l.label) }],
      parse: (raw) => parseLabel(raw, byText),
      evaluate: scoreOf,
      explain: (label, score) => joinClauses([`评定为“${label}”`, `得${points(scoreOf(label))}`, scoreClause(score)]),
      describe: () => rule.levels.map((l) => `${l.label}得${points(scoreOf(l.label))}`).join("；"),
    };
  },
});
