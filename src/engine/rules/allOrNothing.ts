/**
 * "…的，得1分，否则不得分" / "未建立扣2分": full points or none, decided by one yes/no. Yes answers the clause as it
 * is written: for an award clause yes means the condition holds; for a failure clause (`sense: "failure"`) yes means
 * the failure happened and the points are lost.
 */
import { z } from "zod";
import { parseYesNo } from "../cell";
import { ZERO } from "../decimal";
import { defineFamily } from "./family";
import { QUESTION } from "./columns";
import { points, scoreClause } from "./words";

const params = z.strictObject({
  kind: z.literal("allOrNothing"),
  sense: z.enum(["condition", "failure"]).default("condition"),
  /** The condition in the document's words, used as the input column's header. */
  question: z.string().optional(),
});

export const allOrNothing = defineFamily<z.output<typeof params>, boolean, z.input<typeof params>>({
  kind: "allOrNothing",
  title: "全有或全无",
  sheet: {
    sense: { zh: "计分方向", en: "sense", type: "choice", choices: { condition: "符合得分", failure: "出现即失分" } },
    question: QUESTION,
  },
  usableIn: ["base", "bonus"],
  params,
  compile(rule, leaf) {
    const awarded = (yes: boolean) => (rule.sense === "condition" ? yes : !yes);
    return {
      slots: [{ key: "", label: rule.question ?? leaf.name, kind: "yesNo" }],
      parse: (raw) => parseYesNo(raw),
      evaluate: (yes) => (awarded(yes) ? leaf.points : ZERO),
      explain(yes, score) {
        const verdict =
          rule.sense === "condition" ? (yes ? "符合要求" : "不符合要求") : yes ? "存在所述情形" : "未发现所述情形";
        return `${verdict}，${awarded(yes) ? `得${points(leaf.points)}` : "不得分"}，${scoreClause(score)}`;
      },
      describe: () =>
        rule.sense === "condition"
          ? `符合的得${points(leaf.points)}，否则不得分`
          : `出现所述情形的扣${points(leaf.points)}，否则得满分`,
    };
  },
});
