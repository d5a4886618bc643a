/**
 * "超期率≤10%，得0.5分，每增加10%，扣0.1分，扣完为止"; "市级退回率≦5%，得0.5分，每增加1%，扣0.1分" [001]: for a
 * rate where lower is better, each part scores its points when r ≤ T, else points − steps × d, never below 0. Whether a
 * started step counts (12% against ≤10% in steps of 10%: one step or none?) is the rule's `partialStep`, because the
 * documents do not say. A clause may hold several such rates, scored and summed separately.
 */
import { z } from "zod";
import { parseRate } from "../cell";
import { Decimal, dec, maxDec, percent, plain, sum, ZERO } from "../decimal";
import { inPart, ok, Parsed } from "../result";
import { defineFamily } from "./family";
import { ROW_NAME, ROW_POINTS } from "./columns";
import { ordinalKeys, readParts } from "./parts";
import { joinClauses, points, scoreClause } from "./words";

const item = z.strictObject({
  /** The rate's name in the document ("民政救助类业务超期率"). */
  label: z.string().min(1),
  points: z.number().positive(),
  /** T: at or below it, full points. */
  threshold: z.number().min(0),
  /** Size of one step above T (0.10 for "每增加10%"). */
  step: z.number().positive(),
  /** Points per step. */
  per: z.number().positive(),
});

const params = z.strictObject({
  kind: z.literal("rateStepped"),
  /** "counts": a started step is deducted in full (12% is one step over 10%); "ignored": only full steps count. */
  partialStep: z.enum(["counts", "ignored"]),
  items: z.array(item).min(1),
});

interface Part {
  label: string;
  points: Decimal;
  threshold: Decimal;
  step: Decimal;
  per: Decimal;
}

export const rateStepped = defineFamily<z.output<typeof params>, Decimal[], z.input<typeof params>>({
  kind: "rateStepped",
  title: "比率分档扣分",
  sheet: {
    partialStep: {
      zh: "不足一步",
      en: "partial step",
      type: "choice",
      choices: { counts: "按一步扣", ignored: "不扣" },
    },
    items: {
      type: "rows",
      kind: {
        zh: "比率分项",
        en: "stepped rate",
        fields: {
          label: ROW_NAME,
          points: ROW_POINTS,
          threshold: { zh: "达标线", en: "threshold", type: "rate" },
          step: { zh: "步长", en: "step", type: "rate" },
          per: { zh: "每步扣分", en: "points per step", type: "number" },
        },
      },
    },
  },
  usableIn: ["base", "bonus"],
  params,
  check(rule, leaf) {
    const total = sum(rule.items.map((i) => dec(i.points)));
    if (total.equals(leaf.points)) return [];
    return [
      {
        path: "items",
        message: `各比率分值合计 ${total.toString()}，与本项分值 ${leaf.points.toString()} 不符`,
      },
    ];
  },
  compile(rule) {
    const parts: Part[] = rule.items.map((i) => ({
      label: i.label,
      points: dec(i.points),
      threshold: dec(i.threshold),
      step: dec(i.step),
      per: dec(i.per),
    }));
    const keys = parts.length === 1 ? [""] : ordinalKeys(parts.length);
    const steps = (p: Part, r: Decimal): Decimal => {
      if (r.lessThanOrEqualTo(p.threshold)) return ZERO;
      const exact = r.minus(p.threshold).dividedBy(p.step);
      return rule.partialStep === "counts" ? exact.ceil() : exact.floor();
    };
    const partScore = (p: Part, r: Decimal) => maxDec(ZERO, p.points.minus(steps(p, r).times(p.per)));

    function parse(raw: unknown): Parsed<Decimal[]> {
      if (parts.length === 1) {
        const r = parseRate(raw);
        return r.ok ? ok([r.value]) : r;
      }
      const values = readParts(
        raw,
        keys,
        parts.map((p) => p.label),
      );
      if (!values.ok) return values;
      const rates: Decimal[] = [];
      for (let i = 0; i < parts.length; i++) {
        const r = parseRate(values.value[i]);
        if (!r.ok) return inPart(r, keys[i] ?? String(i + 1));
        rates.push(r.value);
      }
      return ok(rates);
    }

    return {
      slots: parts.map((p, i) => ({ key: keys[i] ?? "", label: p.label, kind: "rate" as const })),
      parse,
      evaluate: (rates) => sum(parts.map((p, i) => partScore(p, rates[i] ?? ZERO))),
      explain: (rates, score) =>
        joinClauses([
          ...parts.map((p, i) => {
            const r = rates[i] ?? ZERO;
            const n = steps(p, r);
            return n.isZero()
              ? `${p.label}${percent(r)}，不高于${percent(p.threshold)}，得${points(p.points)}`
              : `${p.label}${percent(r)}，超过${percent(p.threshold)}计${plain(n)}档，每档扣${points(p.per)}，得${points(partScore(p, r))}`;
          }),
          scoreClause(score),
        ]),
      describe: () =>
        parts
          .map(
            (p) =>
              `${p.label}≤${percent(p.threshold)}得${points(p.points)}，每增加${percent(p.step)}扣${points(p.per)}，扣完为止`,
          )
          .join("；") + (rule.partialStep === "counts" ? "（不足一档按一档计）" : "（不足一档不扣）"),
    };
  },
});
