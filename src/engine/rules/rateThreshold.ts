/**
 * "达到95%以上，得4分；每降低1%，扣该项权重分的5%；低于75%，不得分" [004 D11, D14]; "满意度70%以下（含70%）不得分"
 * [004 D21]; "入户调查率每降低1%扣0.1分" [003]. P when r ≥ T; 0 below the floor; otherwise
 * P − (T − r) × 100 × k, k a share of P or a number of points. The shortfall is continuous: 86.75% is 8.25 points
 * short of 95%.
 */
import { z } from "zod";
import { Decimal, dec, HUNDRED, maxDec, percent, plain, ZERO } from "../decimal";
import { defineFamily } from "./family";
import { FLOOR, FLOOR_INCLUSIVE, TARGET } from "./columns";
import { compileMeasure, Measured, measureColumns, measureSchema } from "./measure";
import { joinClauses, points, scoreClause } from "./words";

const params = z.strictObject({
  kind: z.literal("rateThreshold"),
  /** T: at or above it the leaf scores full points. */
  target: z.number().min(0),
  /** k: what each percentage point short of T costs. */
  per: z.union([z.strictObject({ share: z.number().positive() }), z.strictObject({ points: z.number().positive() })]),
  /** Below this rate the leaf scores 0. */
  floor: z.number().min(0).optional(),
  /** True for "70%以下（含70%）": the floor itself scores 0. */
  floorInclusive: z.boolean().default(false),
  measure: measureSchema.optional(),
});

export const rateThreshold = defineFamily<z.output<typeof params>, Measured, z.input<typeof params>>({
  kind: "rateThreshold",
  title: "比率达标",
  sheet: {
    target: TARGET,
    per: {
      type: "either",
      fields: {
        share: { zh: "每降1%扣分比例", en: "share per point short", type: "rate" },
        points: { zh: "每降1%扣分", en: "points per point short", type: "number" },
      },
    },
    floor: FLOOR,
    floorInclusive: FLOOR_INCLUSIVE,
    measure: measureColumns,
  },
  usableIn: ["base", "bonus"],
  params,
  compile(rule, leaf) {
    const measure = compileMeasure(rule.measure, leaf.name);
    const target = dec(rule.target);
    const floor = rule.floor === undefined ? undefined : dec(rule.floor);
    const perPoint: Decimal = "share" in rule.per ? leaf.points.times(rule.per.share) : dec(rule.per.points);
    const perText = "share" in rule.per ? `扣权重分的${percent(dec(rule.per.share))}` : `扣${points(perPoint)}`;
    const below = (r: Decimal) =>
      floor !== undefined && (rule.floorInclusive ? r.lessThanOrEqualTo(floor) : r.lessThan(floor));
    const floorText = floor ? `${percent(floor)}以下${rule.floorInclusive ? "（含）" : ""}不得分` : "";
    const shortfall = (r: Decimal) => target.minus(r).times(HUNDRED);
    const score = (m: Measured): Decimal => {
      if (m.rate.greaterThanOrEqualTo(target)) return leaf.points;
      if (below(m.rate)) return ZERO;
      return maxDec(ZERO, leaf.points.minus(shortfall(m.rate).times(perPoint)));
    };
    return {
      slots: measure.slots,
      parse: measure.parse,
      evaluate: score,
      explain(m, rounded) {
        const stated = `${leaf.name}${percent(m.rate)}${m.detail}`;
        if (m.rate.greaterThanOrEqualTo(target)) {
          return joinClauses([stated, `达到${percent(target)}`, "得100%权重分", scoreClause(rounded)]);
        }
        if (below(m.rate)) return joinClauses([stated, floorText, scoreClause(rounded)]);
        const share = leaf.points.isZero() ? ZERO : score(m).dividedBy(leaf.points);
        return joinClauses([
          stated,
          `较${percent(target)}降低${plain(shortfall(m.rate), 4)}个百分点`,
          `每降低1%${perText}`,
          `得${percent(share)}权重分`,
          scoreClause(rounded),
        ]);
      },
      describe: () =>
        joinClauses([
          measure.describe() && `比率=${measure.describe()}`,
          `达到${percent(target)}得满分`,
          `每降低1%${perText}`,
          floorText,
        ]),
    };
  },
});
