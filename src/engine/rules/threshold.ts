/** "继续教育培训参训率>80%，得1分，否则不得分" [001]: full points or none by one comparison (mind > against ≥). */
import { z } from "zod";
import { Decimal, dec, percent, ZERO } from "../decimal";
import { defineFamily } from "./family";
import { compileMeasure, Measured, measureColumns, measureSchema } from "./measure";
import { joinClauses, points, scoreClause } from "./words";

const params = z.strictObject({
  kind: z.literal("threshold"),
  op: z.enum([">", ">=", "<", "<="]),
  value: z.number().min(0),
  measure: measureSchema.optional(),
});

const OP_WORDS: Record<z.infer<typeof params>["op"], string> = {
  ">": "高于",
  ">=": "达到",
  "<": "低于",
  "<=": "不高于",
};

function holds(op: z.infer<typeof params>["op"], rate: Decimal, value: Decimal): boolean {
  switch (op) {
    case ">":
      return rate.greaterThan(value);
    case ">=":
      return rate.greaterThanOrEqualTo(value);
    case "<":
      return rate.lessThan(value);
    case "<=":
      return rate.lessThanOrEqualTo(value);
  }
}

export const threshold = defineFamily<z.output<typeof params>, Measured, z.input<typeof params>>({
  kind: "threshold",
  title: "达标得分",
  sheet: {
    op: {
      zh: "比较方式",
      en: "comparison",
      type: "choice",
      choices: { ">": "高于", ">=": "不低于", "<": "低于", "<=": "不高于" },
    },
    value: { zh: "达标线", en: "threshold", type: "rate" },
    measure: measureColumns,
  },
  usableIn: ["base", "bonus"],
  params,
  compile(rule, leaf) {
    const measure = compileMeasure(rule.measure, leaf.name);
    const value = dec(rule.value);
    const condition = `${OP_WORDS[rule.op]}${percent(value)}`;
    return {
      slots: measure.slots,
      parse: measure.parse,
      evaluate: (m) => (holds(rule.op, m.rate, value) ? leaf.points : ZERO),
      explain: (m, score) =>
        joinClauses([
          `${leaf.name}${percent(m.rate)}${m.detail}`,
          holds(rule.op, m.rate, value) ? `${condition}，得${points(leaf.points)}` : `未${condition}，不得分`,
          scoreClause(score),
        ]),
      describe: () => `${condition}的得${points(leaf.points)}，否则不得分`,
    };
  },
});
