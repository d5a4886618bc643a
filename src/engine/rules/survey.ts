/**
 * Survey index, a measure rather than a score: "满意度=(非常满意 + 比较满意×0.75 + 一般×0.5 + 较不满意×0.25)/总样本数"
 * [004 附件2]. Σ countᵢ × wᵢ ÷ Σ countᵢ, with the weights the scheme states; it feeds a rate rule.
 */
import { z } from "zod";
import { parseCount } from "../cell";
import { Decimal, dec, plain, sum, ZERO } from "../decimal";
import { fail, inPart, ok, Parsed } from "../result";
import type { InputSlot } from "./family";
import { ordinalKeys, readParts } from "./parts";

export const surveySchema = z.strictObject({
  kind: z.literal("survey"),
  /** The answer options in questionnaire order, each with its weight. */
  options: z.array(z.strictObject({ label: z.string().min(1), weight: z.number().min(0).max(1) })).min(2),
  /** Where the weights come from, when the document states them in more than one place. */
  note: z.string().optional(),
});
export type SurveyParams = z.infer<typeof surveySchema>;

export interface SurveyMeasure {
  slots: InputSlot[];
  parse(raw: unknown): Parsed<{ rate: Decimal; counts: Decimal[] }>;
  /** "（非常满意70、比较满意15…，按权重1、0.75…计算）" */
  detail(counts: Decimal[]): string;
  describe(): string;
}

export function compileSurvey(params: SurveyParams): SurveyMeasure {
  const weights = params.options.map((o) => dec(o.weight));
  const labels = params.options.map((o) => o.label);
  const keys = ordinalKeys(labels.length);
  return {
    slots: params.options.map((o, i) => ({ key: keys[i] ?? String(i + 1), label: o.label, kind: "count" })),
    parse(raw) {
      const parts = readParts(raw, keys, labels);
      if (!parts.ok) return parts;
      const counts: Decimal[] = [];
      for (let i = 0; i < parts.value.length; i++) {
        const c = parseCount(parts.value[i]);
        if (!c.ok) return inPart(c, keys[i] ?? String(i + 1));
        counts.push(c.value);
      }
      const total = sum(counts);
      if (total.isZero()) return fail("empty-survey", "样本总数为 0，无法计算满意度", "the survey has no answers");
      const weighted = sum(counts.map((c, i) => c.times(weights[i] ?? ZERO)));
      return ok({ rate: weighted.dividedBy(total), counts });
    },
    detail(counts) {
      const answers = counts.map((c, i) => `${labels[i]}${plain(c)}`).join("、");
      return `（${answers}，按权重${weights.map((w) => plain(w)).join("、")}计算）`;
    },
    describe: () => `满意度=Σ(${labels.map((l, i) => `${l}×${plain(weights[i] ?? ZERO)}`).join("+")})/总样本数`,
  };
}
