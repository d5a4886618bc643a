/**
 * "街镇有2名（含）以上持证在岗核对员，得1分；街镇有1名持证在岗核对员或者2名（含）以上受培训核对员，得0.5分，否则不得分"
 * [001 3.6.1]: tiers over several counts the clerk observes. Each condition reads one count ("持证在岗核对员人数 ≥ 2")
 * and carries its tier's points; a tier is met when any of its conditions holds, and the highest tier met scores (so
 * "1名" of the second tier needs no upper bound: 2 or more already met the first). Nothing met scores 0.
 */
import { z } from "zod";
import { parseCount } from "../cell";
import { Decimal, dec, plain, ZERO } from "../decimal";
import { inPart, ok, Parsed } from "../result";
import { defineFamily, InputSlot, RuleProblem } from "./family";
import { ROW_NAME, ROW_POINTS } from "./columns";
import { ordinalKeys, readParts } from "./parts";
import { joinClauses, points, scoreClause } from "./words";

const count = z.strictObject({
  /** What is counted, in the document's words, for the input column ("持证在岗核对员人数"). */
  label: z.string().min(1),
  /** The measure word ("名"); default 例. */
  unit: z.string().min(1).optional(),
});

const condition = z.strictObject({
  /** The count it reads, by its label. */
  count: z.string().min(1),
  /** Met when the count is at least this ("2名（含）以上": 2). */
  atLeast: z.number().int().positive(),
  /** The points of the tier the condition belongs to: conditions of equal points form one tier. */
  points: z.number().positive(),
});

const params = z.strictObject({
  kind: z.literal("countTiers"),
  /** The counts, in the order the clause names them; the input is keyed "1", "2", … in this order. */
  counts: z.array(count).min(1),
  /** From the highest points down, a tier's conditions side by side, as the clause states them. */
  conditions: z.array(condition).min(1),
});

type Params = z.output<typeof params>;
type Condition = Params["conditions"][number];

/** The counts in order, as read from the input. */
export type CountTiersInput = Decimal[];

const unitOf = (rule: Params, label: string) => rule.counts.find((c) => c.label === label)?.unit ?? "例";

/** "持证在岗核对员人数2名（含）以上" */
function conditionText(rule: Params, c: Condition): string {
  return `${c.count}${c.atLeast}${unitOf(rule, c.count)}（含）以上`;
}

/** Problems of the counts and conditions themselves, apart from the leaf's points. */
function structureProblems(rule: Params): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const labels = rule.counts.map((c) => c.label);
  labels.forEach((label, i) => {
    if (labels.indexOf(label) !== i) problems.push({ path: `counts[${i}].label`, message: `计数项“${label}”重复` });
    else if (!rule.conditions.some((c) => c.count === label)) {
      problems.push({ path: `counts[${i}]`, message: `计数项“${label}”未用于任何条件` });
    }
  });
  rule.conditions.forEach((c, i) => {
    if (!labels.includes(c.count)) {
      problems.push({
        path: `conditions[${i}].count`,
        message: `“${c.count}”不是本项的计数项（可选：${labels.join("、")}）`,
      });
    }
    const before = rule.conditions[i - 1];
    if (before !== undefined && c.points > before.points) {
      problems.push({
        path: `conditions[${i}].points`,
        message: `条件应按分值从高到低排列，同一档的条件相邻：${c.points} 分不能排在 ${before.points} 分之后`,
      });
    }
    // A condition that holds only where another on the same count already gives as much never decides the score.
    const covers = (o: Condition) => o.count === c.count && o.atLeast <= c.atLeast && o.points >= c.points;
    const same = (o: Condition) => o.atLeast === c.atLeast && o.points === c.points;
    const covering = rule.conditions.find((o, j) => j !== i && covers(o) && (!same(o) || j < i));
    if (covering !== undefined) {
      problems.push({
        path: `conditions[${i}]`,
        message: `此条件不影响得分：满足它时“${conditionText(rule, covering)}”已得 ${covering.points} 分`,
      });
    }
  });
  return problems;
}

export const countTiers = defineFamily<Params, CountTiersInput, z.input<typeof params>>({
  kind: "countTiers",
  title: "计数分档",
  sheet: {
    counts: {
      type: "rows",
      kind: {
        zh: "计数项",
        en: "count",
        fields: { label: ROW_NAME, unit: { zh: "计数单位", en: "unit counted", type: "text" } },
      },
    },
    conditions: {
      type: "rows",
      kind: {
        zh: "计数条件",
        en: "count condition",
        fields: { count: ROW_NAME, atLeast: { zh: "至少", en: "at least", type: "integer" }, points: ROW_POINTS },
      },
    },
  },
  usableIn: ["base", "bonus"],
  params,
  check(rule, leaf) {
    return [
      ...structureProblems(rule),
      ...rule.conditions.flatMap((c, i) =>
        dec(c.points).greaterThan(leaf.points)
          ? [
              {
                path: `conditions[${i}].points`,
                message: `此档得分 ${c.points} 高于本项分值 ${leaf.points.toString()}`,
              },
            ]
          : [],
      ),
    ];
  },
  compile(rule) {
    const labels = rule.counts.map((c) => c.label);
    const single = labels.length === 1;
    const keys = single ? [""] : ordinalKeys(labels.length);
    const slots: InputSlot[] = rule.counts.map((c, i) => ({
      key: keys[i] ?? String(i + 1),
      label: c.label,
      kind: "count",
      ...(c.unit !== undefined ? { measure: c.unit } : {}),
    }));
    const indexOf = new Map(labels.map((label, i) => [label, i]));
    const holds = (input: CountTiersInput, c: Condition) =>
      (input[indexOf.get(c.count) ?? 0] as Decimal).greaterThanOrEqualTo(c.atLeast);
    // The conditions are listed from the highest points down: the first that holds names the tier met.
    const met = (input: CountTiersInput) => rule.conditions.find((c) => holds(input, c));
    const tiers = [...new Set(rule.conditions.map((c) => c.points))].map((p) =>
      rule.conditions.filter((c) => c.points === p),
    );

    function parse(raw: unknown): Parsed<CountTiersInput> {
      const values: unknown[] = [];
      if (single && !Array.isArray(raw) && (typeof raw !== "object" || raw === null)) values.push(raw);
      else {
        const parts = readParts(raw, single ? ["1"] : keys, labels);
        if (!parts.ok) return parts;
        values.push(...parts.value);
      }
      const input: CountTiersInput = [];
      for (let i = 0; i < values.length; i++) {
        const parsed = parseCount(values[i]);
        if (!parsed.ok) return single ? parsed : inPart(parsed, keys[i] ?? String(i + 1));
        input.push(parsed.value);
      }
      return ok(input);
    }

    return {
      slots,
      parse,
      evaluate: (input) => {
        const c = met(input);
        return c === undefined ? ZERO : dec(c.points);
      },
      explain(input, score) {
        const stated = rule.counts.map((c, i) => `${c.label}${plain(input[i] as Decimal)}${c.unit ?? "例"}`).join("、");
        const c = met(input);
        const reached =
          c === undefined ? "未达到任何得分档，不得分" : `满足“${conditionText(rule, c)}”，得${points(dec(c.points))}`;
        return joinClauses([stated, reached, scoreClause(score)]);
      },
      describe: () =>
        [
          ...tiers.map(
            (tier) =>
              `${tier.map((c) => conditionText(rule, c)).join("或")}，得${points(dec((tier[0] as Condition).points))}`,
          ),
          "否则不得分",
        ].join("；"),
    };
  },
});
