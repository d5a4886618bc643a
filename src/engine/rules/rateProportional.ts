/**
 * "计划发放率100%，得满分；每偏离1%，扣权重1%，60%以下不计分" [004 C11–C14]: P × r, with r capped at 100%
 * (3618 ÷ 3600 scores full) and 0 below the floor. "60%以下" leaves 60% itself scored; `floorInclusive` is for
 * "（含60%）". "造林成活率达95%,得10分,低于95%,得分=造林成活率×10分": full points from `full` on, P × r below it.
 */
import { z } from "zod";
import { dec, minDec, percent, ZERO } from "../decimal";
import { defineFamily } from "./family";
import { FLOOR, FLOOR_INCLUSIVE, TARGET } from "./columns";
import { compileMeasure, Measured, measureColumns, measureSchema } from "./measure";
import { joinClauses, scoreClause } from "./words";

const params = z.strictObject({
  kind: z.literal("rateProportional"),
  /** Below this rate the leaf scores 0 (0.6 for "60%以下不计分"). */
  floor: z.number().min(0).max(1).default(0),
  floorInclusive: z.boolean().default(false),
  /** Rates above this count as this (1 = 100%). */
  cap: z.number().positive().default(1),
  /** At and above this rate the leaf scores full points (0.95 for "达95%,得10分,低于95%,得分=成活率×10分"). */
  full: z.number().min(0).max(1).optional(),
  measure: measureSchema.optional(),
});

export const rateProportional = defineFamily<z.output<typeof params>, Measured, z.input<typeof params>>({
  kind: "rateProportional",
  title: "比率计分",
  sheet: {
    floor: FLOOR,
    floorInclusive: FLOOR_INCLUSIVE,
    cap: { zh: "比率上限", en: "rate cap", type: "rate" },
    full: TARGET,
    measure: measureColumns,
  },
  usableIn: ["base", "bonus"],
  params,
  check(rule) {
    if (rule.full === undefined || rule.full > rule.floor) return [];
    return [{ path: "full", message: "达标值须高于下限" }];
  },
  compile(rule, leaf) {
    const measure = compileMeasure(rule.measure, leaf.name);
    const floor = dec(rule.floor);
    const cap = dec(rule.cap);
    const full = rule.full === undefined ? undefined : dec(rule.full);
    const reached = (m: Measured) => full !== undefined && m.rate.greaterThanOrEqualTo(full);
    const below = (m: Measured) => (rule.floorInclusive ? m.rate.lessThanOrEqualTo(floor) : m.rate.lessThan(floor));
    const floorText = `${percent(floor)}以下${rule.floorInclusive ? "（含）" : ""}不计分`;
    return {
      slots: measure.slots,
      parse: measure.parse,
      evaluate: (m) => (reached(m) ? leaf.points : below(m) ? ZERO : leaf.points.times(minDec(m.rate, cap))),
      explain(m, score) {
        const stated = `${leaf.name}${percent(m.rate)}${m.detail}`;
        if (full !== undefined && reached(m)) {
          return joinClauses([stated, `达到${percent(full)}`, "得100%权重分", scoreClause(score)]);
        }
        if (below(m)) return joinClauses([stated, floorText, scoreClause(score)]);
        const over = m.rate.greaterThan(cap) ? `超过${percent(cap)}按${percent(cap)}计` : "";
        return joinClauses([stated, over, `得${percent(minDec(m.rate, cap))}权重分`, scoreClause(score)]);
      },
      describe: () =>
        joinClauses([
          measure.describe() && `比率=${measure.describe()}`,
          full !== undefined ? `达到${percent(full)}得满分` : "",
          `${full !== undefined ? `低于${percent(full)}的，` : ""}按比率得权重分（最高${percent(cap)}）`,
          rule.floor > 0 ? floorText : "",
        ]),
    };
  },
});
