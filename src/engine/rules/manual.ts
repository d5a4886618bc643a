/** 视情给分 / 酌情加分 / 视情扣分: the evaluator types the score; it must lie within the leaf's bounds. */
import { z } from "zod";
import { parseScore } from "../cell";
import { Decimal, dec, ZERO } from "../decimal";
import { fail, ok } from "../result";
import { defineFamily } from "./family";
import { points, scoreClause } from "./words";

const params = z.strictObject({
  kind: z.literal("manual"),
  /** Lowest score allowed; defaults to 0 (a penalty leaf: minus its points). */
  min: z.number().optional(),
  /** Highest score allowed; defaults to the leaf's points (a penalty leaf: 0). */
  max: z.number().optional(),
});

export const manual = defineFamily<z.output<typeof params>, Decimal, z.input<typeof params>>({
  kind: "manual",
  title: "视情给分",
  sheet: {
    min: { zh: "最低分", en: "lowest score", type: "number" },
    max: { zh: "最高分", en: "highest score", type: "number" },
  },
  usableIn: ["base", "bonus", "penalty"],
  params,
  compile(rule, leaf) {
    const penalty = leaf.part === "penalty";
    const min = rule.min !== undefined ? dec(rule.min) : penalty ? leaf.points.negated() : ZERO;
    const max = rule.max !== undefined ? dec(rule.max) : penalty ? ZERO : leaf.points;
    return {
      slots: [{ key: "", label: penalty ? "扣分（填负数）" : "得分", kind: "score" }],
      parse(raw) {
        const parsed = parseScore(raw);
        if (!parsed.ok) return parsed;
        const score = parsed.value;
        if (score.lessThan(min) || score.greaterThan(max)) {
          return fail(
            "out-of-bounds",
            `${score.toString()} 超出本项分值范围 ${min.toString()}～${max.toString()}`,
            `${score.toString()} is outside this item's range ${min.toString()} to ${max.toString()}`,
          );
        }
        return ok(score);
      },
      evaluate: (score) => score,
      explain: (_score, rounded) => `评价人视情评定，${scoreClause(rounded)}`,
      describe: () => `视情给分（${points(min)}～${points(max)}）`,
    };
  },
});
