/**
 * "符合所有条件，得满分；一项不符合，扣权重分的34%，扣完为止" [004]; "三项政策，未贯彻落实每项扣1分" [003]:
 * P − failed × d, never below 0 (3 × 34% = 102% → 0). The input is either how many items failed, or one yes/no per
 * item (yes = 符合), keyed "1", "2", … in the document's order.
 */
import { z } from "zod";
import { parseCount, parseYesNo } from "../cell";
import { Decimal, dec, maxDec, percent, ZERO } from "../decimal";
import { fail, inPart, ok, Parsed } from "../result";
import { defineFamily } from "./family";
import { isPlainObject, ordinalKeys, readParts } from "./parts";
import { points, scoreClause } from "./words";

const params = z.strictObject({
  kind: z.literal("checklist"),
  /** The items in the document's words (①…②…). */
  items: z.array(z.string().min(1)).min(1),
  /** What one failed item costs: a share of the leaf's points, or a number of points. */
  per: z.union([z.strictObject({ share: z.number().positive() }), z.strictObject({ points: z.number().positive() })]),
});

interface ChecklistInput {
  failed: number;
  /** Which items failed (1-based), when the input said so item by item. */
  which?: number[];
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩";

export const checklist = defineFamily<z.output<typeof params>, ChecklistInput, z.input<typeof params>>({
  kind: "checklist",
  title: "逐项核查",
  sheet: {
    items: { zh: "核查要素", en: "checklist item", type: "textRows" },
    per: {
      type: "either",
      fields: {
        share: { zh: "每项扣分比例", en: "share per failed item", type: "rate" },
        points: { zh: "每项扣分", en: "points per failed item", type: "number" },
      },
    },
  },
  usableIn: ["base", "bonus"],
  params,
  compile(rule, leaf) {
    const n = rule.items.length;
    const keys = ordinalKeys(n);
    const each: Decimal = "share" in rule.per ? leaf.points.times(rule.per.share) : dec(rule.per.points);
    const perText = "share" in rule.per ? `扣权重分的${percent(dec(rule.per.share))}` : `扣${points(each)}`;

    function parse(raw: unknown): Parsed<ChecklistInput> {
      if (Array.isArray(raw) || isPlainObject(raw)) {
        const parts = readParts(raw, keys, rule.items);
        if (!parts.ok) return parts;
        const which: number[] = [];
        for (let i = 0; i < n; i++) {
          const yes = parseYesNo(parts.value[i]);
          if (!yes.ok) return inPart(yes, keys[i] ?? String(i + 1));
          if (!yes.value) which.push(i + 1);
        }
        return ok({ failed: which.length, which });
      }
      const count = parseCount(raw);
      if (!count.ok) return count;
      if (count.value.greaterThan(n)) {
        return fail(
          "too-many-failed",
          `不符合项数 ${count.value.toString()} 超过本项条件数 ${n}`,
          `${count.value.toString()} failed items, but the item lists only ${n}`,
        );
      }
      return ok({ failed: count.value.toNumber() });
    }

    return {
      slots: rule.items.map((item, i) => ({ key: keys[i] ?? String(i + 1), label: item, kind: "yesNo" as const })),
      parse,
      evaluate: ({ failed }) => maxDec(ZERO, leaf.points.minus(each.times(failed))),
      explain(input, score) {
        if (input.failed === 0) return `符合所有条件，得满分，${scoreClause(score)}`;
        const which = input.which ? `（${input.which.map((i) => CIRCLED[i - 1] ?? `第${i}项`).join("、")}）` : "";
        const share = score.dividedBy(leaf.points);
        return `${input.failed}项不符合${which}，每项${perText}，得${percent(share)}权重分，${scoreClause(score)}`;
      },
      describe: () => `符合所有条件得满分；一项不符合，${perText}，扣完为止（共${n}项：${rule.items.join("；")}）`,
    };
  },
});
