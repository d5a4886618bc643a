/**
 * "积极上报综合帮扶优秀案例的，每报一例得0.1分，封顶0.5分" [001]; "引入社会组织…加0.5分；引导…加1分，总分不超过2分"
 * [003]: min(P, Σ awards). A term marked `deduct` takes points away instead ("救助不到位，每发现1例扣0.2分"), and
 * the result stays within [0, P].
 */
import { z } from "zod";
import { clamp, Decimal, sum, ZERO } from "../decimal";
import { defineFamily } from "./family";
import { compileTerms, TermInput, termRows, termSchema } from "./terms";
import { joinClauses, points, scoreClause } from "./words";

const params = z.strictObject({
  kind: z.literal("perCaseAward"),
  terms: z.array(termSchema).min(1),
});

export const perCaseAward = defineFamily<z.output<typeof params>, TermInput, z.input<typeof params>>({
  kind: "perCaseAward",
  title: "按例得分",
  sheet: { terms: termRows },
  usableIn: ["base", "bonus"],
  params,
  compile(rule, leaf) {
    const terms = compileTerms(rule.terms, "award");
    const total = (input: TermInput): Decimal => sum(terms.contributions(input));
    return {
      slots: terms.slots,
      parse: terms.parse,
      evaluate: (input) => clamp(total(input), ZERO, leaf.points),
      explain(input, score) {
        const parts = terms.contributions(input).map((c, i) => terms.describeTerm(i, input, c));
        const raw = total(input);
        const capped = raw.greaterThan(leaf.points) ? `合计${points(raw)}，最高不超过${points(leaf.points)}` : "";
        return joinClauses([...parts, capped, scoreClause(score)]);
      },
      describe: () => `${terms.describe()}，最高不超过${points(leaf.points)}`,
    };
  },
});
