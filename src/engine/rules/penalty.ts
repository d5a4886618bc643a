/**
 * 扣分项: "发现或点名通报1例扣2分", "造成人员死亡的，扣3分" [001]. A penalty leaf takes points away from the total:
 * its score is −min(P, Σ countᵢ × dᵢ), and the penalty part as a whole is capped again (扣分项 −5).
 */
import { z } from "zod";
import { minDec, sum } from "../decimal";
import { defineFamily } from "./family";
import { compileTerms, TermInput, termRows, termSchema } from "./terms";
import { joinClauses, points, scoreClause } from "./words";

const params = z.strictObject({
  kind: z.literal("penalty"),
  terms: z.array(termSchema).min(1),
});

export const penalty = defineFamily<z.output<typeof params>, TermInput, z.input<typeof params>>({
  kind: "penalty",
  title: "扣分项",
  sheet: { terms: termRows },
  usableIn: ["penalty"],
  params,
  compile(rule, leaf) {
    const terms = compileTerms(rule.terms, "penalty");
    const taken = (input: TermInput) => minDec(leaf.points, sum(terms.contributions(input)).negated());
    return {
      slots: terms.slots,
      parse: terms.parse,
      evaluate: (input) => taken(input).negated(),
      explain(input, score) {
        const parts = terms.contributions(input).map((c, i) => terms.describeTerm(i, input, c));
        return joinClauses([...parts, `本项最多扣${points(leaf.points)}`, scoreClause(score)]);
      },
      describe: () => `${terms.describe()}（本项最多扣${points(leaf.points)}）`,
    };
  },
});
