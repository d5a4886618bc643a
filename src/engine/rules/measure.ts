/**
 * How a rate rule gets its rate: typed as a rate (0.8136, "81.36%"), computed from a pair actual ÷ planned
 * ({"actual": 358, "planned": 440}), or from survey answer counts. A rate can always be typed directly.
 */
import { z } from "zod";
import { parseNumber, parseRate } from "../cell";
import { Decimal, plain } from "../decimal";
import { fail, inPart, ok, Parsed } from "../result";
import type { InputSlot, VariantParam } from "./family";
import { isPlainObject, readParts } from "./parts";
import { compileSurvey, surveySchema } from "./survey";

export const measureSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("rate"), label: z.string().optional() }),
  z.strictObject({
    kind: z.literal("ratio"),
    /** Header for the numerator ("实际发放人数"). */
    actual: z.string().min(1),
    /** Header for the denominator ("计划发放人数"). */
    planned: z.string().min(1),
  }),
  surveySchema,
]);
export type MeasureParams = z.infer<typeof measureSchema>;

/** How a rate rule's measure sits in the 指标体系 sheet: 比率来源 picks the kind, then its own columns. */
export const measureColumns: VariantParam<z.input<typeof measureSchema>> = {
  zh: "比率来源",
  en: "rate from",
  type: "variant",
  variants: {
    rate: { label: "直接填写", fields: { label: { zh: "比率名称", en: "rate label", type: "text" } } },
    ratio: {
      label: "实际÷计划",
      fields: {
        actual: { zh: "实际数名称", en: "actual label", type: "text" },
        planned: { zh: "计划数名称", en: "planned label", type: "text" },
      },
    },
    survey: {
      label: "满意度调查",
      fields: {
        options: {
          type: "rows",
          kind: {
            zh: "调查选项",
            en: "survey option",
            fields: {
              label: { zh: "名称", en: "label", type: "text" },
              weight: { zh: "选项权重", en: "option weight", type: "number" },
            },
          },
        },
        note: { zh: "调查说明", en: "survey note", type: "text" },
      },
    },
  },
};

export interface Measured {
  rate: Decimal;
  /** How the rate was obtained, for the sentence: "（358/440）". Empty when typed directly. */
  detail: string;
}

export interface CompiledMeasure {
  slots: InputSlot[];
  parse(raw: unknown): Parsed<Measured>;
  describe(): string;
}

function typedRate(raw: unknown): Parsed<Measured> {
  const rate = parseRate(raw);
  return rate.ok ? ok({ rate: rate.value, detail: "" }) : rate;
}

export function compileMeasure(params: MeasureParams | undefined, name: string): CompiledMeasure {
  if (params === undefined || params.kind === "rate") {
    return {
      slots: [{ key: "", label: params?.label ?? name, kind: "rate" }],
      parse: typedRate,
      describe: () => "",
    };
  }
  if (params.kind === "ratio") {
    const labels = [params.actual, params.planned];
    return {
      slots: [
        { key: "actual", label: params.actual, kind: "number" },
        { key: "planned", label: params.planned, kind: "number" },
      ],
      parse(raw) {
        if (!isPlainObject(raw) && !Array.isArray(raw)) return typedRate(raw);
        const parts = readParts(raw, ["actual", "planned"], labels);
        if (!parts.ok) return parts;
        const actual = parseNumber(parts.value[0]);
        if (!actual.ok) return inPart(actual, "actual");
        const planned = parseNumber(parts.value[1]);
        if (!planned.ok) return inPart(planned, "planned");
        if (actual.value.isNegative()) {
          return fail("negative", `${params.actual}不能为负数`, `${params.actual} cannot be negative`, "actual");
        }
        if (!planned.value.greaterThan(0)) {
          return fail("zero-planned", `${params.planned}应大于 0`, `${params.planned} must be above 0`, "planned");
        }
        return ok({
          rate: actual.value.dividedBy(planned.value),
          detail: `（${plain(actual.value)}/${plain(planned.value)}）`,
        });
      },
      describe: () => `${params.actual}÷${params.planned}`,
    };
  }
  const survey = compileSurvey(params);
  return {
    slots: survey.slots,
    parse(raw) {
      if (!isPlainObject(raw) && !Array.isArray(raw)) return typedRate(raw);
      const parsed = survey.parse(raw);
      return parsed.ok ? ok({ rate: parsed.value.rate, detail: survey.detail(parsed.value.counts) }) : parsed;
    },
    describe: survey.describe,
  };
}
