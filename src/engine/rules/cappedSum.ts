/**
 * "累计最高不超过5分" [001 加分项]; 附加评价 of [000] 附件2 (items claimed, points each): Σ items, capped. The input
 * lists the items claimed (claims.ts): a cell such as "1、1.2、0.8、2" or "承接市级调研任务0.5分；区级表彰1分", a number
 * for one item, or a JSON list of points or of {"item": "承接市级调研任务", "points": 0.5}.
 */
import { z } from "zod";
import { Claim, parseClaims } from "../claims";
import { dec, minDec, sum } from "../decimal";
import { defineFamily } from "./family";
import { CAP } from "./columns";
import { joinClauses, points, scoreClause } from "./words";

const params = z.strictObject({
  kind: z.literal("cappedSum"),
  /** The cap; defaults to the leaf's points. */
  cap: z.number().positive().optional(),
});

export const cappedSum = defineFamily<z.output<typeof params>, Claim[], z.input<typeof params>>({
  kind: "cappedSum",
  title: "累计封顶",
  sheet: { cap: CAP },
  usableIn: ["base", "bonus"],
  params,
  compile(rule, leaf) {
    const cap = rule.cap === undefined ? leaf.points : dec(rule.cap);
    const total = (items: Claim[]) => sum(items.map((i) => i.points));
    return {
      slots: [
        {
          key: "",
          label: `${leaf.name}（各项内容和分值，如“区级表彰1分；市级调研0.5分”，或只写分值“1、0.5”）`,
          kind: "list",
        },
      ],
      parse: parseClaims,
      evaluate: (items) => minDec(cap, total(items)),
      explain(items, score) {
        if (items.length === 0) return `未申报，${scoreClause(score)}`;
        const listed = items.map((i) => (i.item ? `${i.item}${points(i.points)}` : points(i.points))).join("、");
        const raw = total(items);
        const capped = raw.greaterThan(cap) ? `累计最高不超过${points(cap)}` : "";
        return joinClauses([`申报${items.length}项：${listed}`, `合计${points(raw)}`, capped, scoreClause(score)]);
      },
      describe: () => `各项分值累计，最高不超过${points(cap)}`,
    };
  },
});
