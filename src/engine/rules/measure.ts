/**
 * How a rate rule gets its rate: typed as a rate (0.8136, "81.36%"), computed from a pair actual ÷ planned
 * ({"actual": 358, "planned": 440}), from a count over a denominator the document fixes ({"actual": 11} of 12 months),
 * or from survey answer counts. A rate can always be typed directly (over a fixed denominator, with its percent sign).
 */
import { z } from "zod";
import { normalizeText, parseCount, parseNumber, parseRate } from "../cell";
import { Decimal, dec, plain } from "../decimal";
import { fail, inPart, ok, Parsed } from "../result";
import type { InputSlot, VariantParam } from "./family";
import { isPlainObject, readParts } from "./parts";
import { compileSurvey, surveySchema } from "./survey";

export const measureSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("rate"), label: z.string().optional() }),
  z
    .strictObject({
      kind: z.literal("ratio"),
      /** Header for the numerator ("实际发放人数", "按计划完成补助发放月数"). */
      actual: z.string().min(1),
      /** Header for a denominator typed per unit ("计划发放人数"). */
      planned: z.string().min(1).optional(),
      /**
       * A denominator the document fixes ("完成及时率=按计划完成补助发放月数/12*100%": 12): the clerk types only the
       * count, a whole number from 0 to `of`.
       */
      of: z.number().int().positive().optional(),
      /** What the count counts when `of` is fixed ("月"), for the header; default 例. */
      unit: z.string().min(1).optional(),
    })
    .superRefine((ratio, ctx) => {
      if ((ratio.planned === undefined) === (ratio.of === undefined)) {
        ctx.addIssue({
          code: "custom",
          path: ["of"],
          message: "实际÷计划须填写计划数名称（每个单位填写计划数）或固定分母（文件规定的分母，如 12 个月）中的一个",
        });
      }
      if (ratio.unit !== undefined && ratio.of === undefined) {
        ctx.addIssue({ code: "custom", path: ["unit"], message: "计数单位只用于固定分母" });
      }
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
        of: { zh: "固定分母", en: "fixed denominator", type: "integer" },
        unit: { zh: "计数单位", en: "unit counted", type: "text" },
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

const shown = (value: unknown) => (typeof value === "string" ? `“${value}”` : String(value));

/**
 * A count over a denominator the document fixes ("按计划完成补助发放月数/12"). The count is a part of its own
 * ({"actual": 11}), never a bare value: a bare 1 could be one month or 100%, and a column of an input sheet made when
 * the rate was typed must not bind to the months. A bare value is read only as a rate written with its sign ("100%").
 */
function compileFixedRatio(label: string, of: number, unit: string | undefined): CompiledMeasure {
  const whole = dec(of);
  const range = `0 至 ${of} 的整数`;
  const count = (value: unknown): Parsed<Decimal> => {
    const parsed = parseCount(value);
    if (parsed.ok ? !parsed.value.greaterThan(whole) : parsed.error.code === "excel-error") return parsed;
    return fail(
      "count-out-of-range",
      `${shown(value)} 不是${label}：请填写 ${range}`,
      `${shown(value)} is not ${label}: type a whole number from 0 to ${of}`,
    );
  };
  return {
    slots: [{ key: "actual", label, kind: "count", ...(unit !== undefined ? { measure: unit } : {}) }],
    parse(raw) {
      if (isPlainObject(raw) || Array.isArray(raw)) {
        const parts = readParts(raw, ["actual"], [label]);
        if (!parts.ok) return parts;
        const n = count(parts.value[0]);
        if (!n.ok) return inPart(n, "actual");
        return ok({ rate: n.value.dividedBy(whole), detail: `（${plain(n.value)}/${of}）` });
      }
      if (typeof raw === "string" && normalizeText(raw).endsWith("%")) {
        const rate = typedRate(raw);
        if (!rate.ok || !rate.value.rate.greaterThan(1)) return rate;
        return fail(
          "rate-above-whole",
          `${shown(raw)} 超过 100%：${label}最多为 ${of}`,
          `${shown(raw)} is above 100%: ${label} is at most ${of}`,
        );
      }
      return fail(
        "bare-count-or-rate",
        `单独填写的 ${shown(raw)} 无法判断是${label}还是比率：${label}请分项填写（actual，${range}），比率请带百分号（如 100%）`,
        `a bare ${shown(raw)} could be ${label} or a rate: give ${label} as the part "actual" (0 to ${of}), or the rate with its percent sign (100%)`,
      );
    },
    describe: () => `${label}÷${of}`,
  };
}

export function compileMeasure(params: MeasureParams | undefined, name: string): CompiledMeasure {
  if (params === undefined || params.kind === "rate") {
    return {
      slots: [{ key: "", label: params?.label ?? name, kind: "rate" }],
      parse: typedRate,
      describe: () => "",
    };
  }
  if (params.kind === "ratio" && params.of !== undefined)
    return compileFixedRatio(params.actual, params.of, params.unit);
  if (params.kind === "ratio") {
    const plannedLabel = params.planned ?? "";
    const labels = [params.actual, plannedLabel];
    return {
      slots: [
        { key: "actual", label: params.actual, kind: "number" },
        { key: "planned", label: plannedLabel, kind: "number" },
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
          return fail("zero-planned", `${plannedLabel}应大于 0`, `${plannedLabel} must be above 0`, "planned");
        }
        return ok({
          rate: actual.value.dividedBy(planned.value),
          detail: `（${plain(actual.value)}/${plain(planned.value)}）`,
        });
      },
      describe: () => `${params.actual}÷${plannedLabel}`,
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
