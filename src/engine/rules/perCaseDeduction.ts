/**
 * "每发现1例违反流程的，扣0.5分，扣完为止" [001]; "每推迟1个月扣1分", "年审没有落实扣2分" [003]:
 * P − Σ(countᵢ × dᵢ), never below 0. One leaf may carry several counted terms, fixed deductions (yes/no) and a rate
 * shortfall ("入户调查率每降低1%扣0.1分").
 */
import { z } from "zod";
import { Decimal, maxDec, sum, ZERO } from "../decimal";
import { defineFamily } from "./family";
import { compileTerms, TermInput, termRows, termSchema } from "./terms";
import { joinClauses, points, scoreClause } from "./words";

const params = z.strictObject({
  kind: z.literal("perCaseDeduction"),
  terms: z.array(termSchema).min(1),
});

export const perCaseDeduction = defineFamily<z.output<typeof params>, TermInput, z.input<typeof params>>({
  kind: "perCaseDeduction",
  title: "按例扣分",
  sheet: { terms: termRows },
  usableIn: ["base", "bonus"],
  params,
  compile(rule, leaf) {
    const terms = compileTerms(rule.terms, "deduct");
    const total = (input: TermInput): Decimal => sum(terms.contributions(input));
    return {
      slots: terms.slots,
      parse: terms.parse,
      evaluate: (input) => maxDec(ZERO, leaf.points.plus(total(input))),
      explain(input, score) {
        const parts = terms.contributions(input).map((c, i) => terms.describeTerm(i, input, c));
        const taken = total(input).negated();
        const floor = taken.greaterThan(leaf.points) ? "，扣完为止" : "";
        return joinClauses([
          ...parts,
          `共扣${points(taken)}${floor}`,
          `本项${points(leaf.points)}，${scoreClause(score)}`,
        ]);
      },
      describe: () => `${terms.describe()}，扣完为止（本项${points(leaf.points)}）`,
    };
  },
});
