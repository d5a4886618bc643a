/**
 * "2名（含）以上持证在岗核对员，得1分；1名…得0.5分" [001]: a table from a number to points, each band with an
 * inclusive (含) or exclusive lower bound; the first band (highest first) that the value reaches gives the points.
 */
import { z } from "zod";
import { parseCount, parseNumber, parseRate } from "../cell";
import { Decimal, dec, percent, plain, ZERO } from "../decimal";
import type { Parsed } from "../result";
import { defineFamily } from "./family";
import { QUESTION, ROW_POINTS } from "./columns";
import { joinClauses, points, scoreClause } from "./words";

const params = z.strictObject({
  kind: z.literal("bands"),
  /** What the clerk enters: a count, a number or a rate. */
  input: z.enum(["count", "number", "rate"]),
  /** Header for the input column. */
  question: z.string().optional(),
  /** What a count counts, for the header ("名"); default 例. */
  unit: z.string().min(1).optional(),
  bands: z
    .array(z.strictObject({ min: z.number(), inclusive: z.boolean().default(true), points: z.number().min(0) }))
    .min(1),
});

interface Band {
  min: Decimal;
  inclusive: boolean;
  points: Decimal;
}

export const bands = defineFamily<z.output<typeof params>, Decimal, z.input<typeof params>>({
  kind: "bands",
  title: "数值分档",
  sheet: {
    input: { zh: "录入类型", en: "input", type: "choice", choices: { count: "计数", number: "数值", rate: "比率" } },
    question: QUESTION,
    unit: { zh: "计数单位", en: "unit counted", type: "text" },
    bands: {
      type: "rows",
      kind: {
        zh: "数值档",
        en: "band",
        fields: {
          min: { zh: "下限值", en: "lower bound", type: "number" },
          inclusive: { zh: "档含下限值", en: "bound inclusive", type: "yesNo" },
          points: ROW_POINTS,
        },
      },
    },
  },
  usableIn: ["base", "bonus"],
  params,
  compile(rule, leaf) {
    const table: Band[] = rule.bands
      .map((b) => ({ min: dec(b.min), inclusive: b.inclusive, points: dec(b.points) }))
      .sort((a, b) => b.min.comparedTo(a.min));
    const show = (v: Decimal) => (rule.input === "rate" ? percent(v) : plain(v));
    const bandOf = (v: Decimal) =>
      table.find((b) => (b.inclusive ? v.greaterThanOrEqualTo(b.min) : v.greaterThan(b.min)));
    const parse = (raw: unknown): Parsed<Decimal> =>
      rule.input === "count" ? parseCount(raw) : rule.input === "rate" ? parseRate(raw) : parseNumber(raw);
    return {
      slots: [
        {
          key: "",
          label: rule.question ?? leaf.name,
          kind: rule.input === "count" ? "count" : rule.input,
          ...(rule.input === "count" && rule.unit !== undefined ? { measure: rule.unit } : {}),
        },
      ],
      parse,
      evaluate: (v) => bandOf(v)?.points ?? ZERO,
      explain: (v, score) => {
        const band = bandOf(v);
        const reached = band ? `达到“${show(band.min)}${band.inclusive ? "（含）" : ""}以上”档` : "未达到任何档";
        return joinClauses([`${rule.question ?? leaf.name}${show(v)}`, reached, scoreClause(score)]);
      },
      describe: () =>
        table.map((b) => `${show(b.min)}${b.inclusive ? "（含）" : ""}以上得${points(b.points)}`).join("；") +
        "；否则不得分",
    };
  },
});
