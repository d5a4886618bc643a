/**
 * "累计最高不超过5分" [001 加分项]; 附加评价 of [000] 附件2 (items claimed, points each): Σ items, capped. The input
 * lists the points of each item claimed — a JSON array, a number for one item, or a cell such as "1、1.2、0.8、2".
 * An item may carry its description: {"item": "承接市级调研任务", "points": 0.5}.
 */
import { z } from "zod";
import { isBlank, parseNumber, splitList } from "../cell";
import { Decimal, dec, minDec, sum } from "../decimal";
import { fail, ok, Parsed } from "../result";
import { defineFamily } from "./family";
import { isPlainObject } from "./parts";
import { joinClauses, points, scoreClause } from "./words";

const params = z.strictObject({
  kind: z.literal("cappedSum"),
  /** The cap; defaults to the leaf's points. */
  cap: z.number().positive().optional(),
});

interface Claimed {
  item?: string;
  points: Decimal;
}

const LIST_SEPARATORS = /[、,，;；+＋\n]+/;

function parseItem(value: unknown, index: number): Parsed<Claimed> {
  let item: string | undefined;
  let raw = value;
  if (isPlainObject(value)) {
    item = typeof value.item === "string" ? value.item : undefined;
    raw = value.points;
  }
  const n = parseNumber(raw);
  if (!n.ok) return { ok: false, error: { ...n.error, part: String(index + 1) } };
  if (n.value.isNegative()) {
    return fail(
      "negative",
      `第${index + 1}项分值不能为负数`,
      `item ${index + 1} cannot be negative`,
      String(index + 1),
    );
  }
  return ok(item === undefined ? { points: n.value } : { item, points: n.value });
}

export const cappedSum = defineFamily<z.output<typeof params>, Claimed[], z.input<typeof params>>({
  kind: "cappedSum",
  title: "累计封顶",
  usableIn: ["base", "bonus"],
  params,
  compile(rule, leaf) {
    const cap = rule.cap === undefined ? leaf.points : dec(rule.cap);
    const total = (items: Claimed[]) => sum(items.map((i) => i.points));
    return {
      slots: [{ key: "", label: `${leaf.name}（各项分值，以“、”分隔）`, kind: "list" }],
      parse(raw) {
        const list = Array.isArray(raw) ? raw : typeof raw === "string" ? splitList(raw, LIST_SEPARATORS) : [raw];
        const items: Claimed[] = [];
        for (let i = 0; i < list.length; i++) {
          if (isBlank(list[i])) continue;
          const parsed = parseItem(list[i], i);
          if (!parsed.ok) return parsed;
          items.push(parsed.value);
        }
        return ok(items);
      },
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
