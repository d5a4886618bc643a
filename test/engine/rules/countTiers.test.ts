/**
 * countTiers (计数分档) on [001] 3.6.1: "街镇有2名（含）以上持证在岗核对员，得1分；街镇有1名持证在岗核对员或者2名（含）以上
 * 受培训核对员，得0.5分，否则不得分。（1分）". Every expected score is read off that sentence.
 */
import { dec, familyOf, loadScheme, RuleInput } from "../../../src/engine";
import { leaf } from "../../helpers";

const CERTIFIED = "持证在岗核对员人数";
const TRAINED = "受培训核对员人数";

const rule = {
  kind: "countTiers",
  counts: [
    { label: CERTIFIED, unit: "名" },
    { label: TRAINED, unit: "名" },
  ],
  conditions: [
    { count: CERTIFIED, atLeast: 2, points: 1 },
    { count: CERTIFIED, atLeast: 1, points: 0.5 },
    { count: TRAINED, atLeast: 2, points: 0.5 },
  ],
} as const satisfies RuleInput;

const clause = leaf(rule, 1, { name: "持证在岗核对员" });
const score = (certified: unknown, trained: unknown) => clause.score({ 1: certified, 2: trained });

describe("countTiers: 3.6.1 持证在岗核对员, from the two counts the clerk observes", () => {
  test("2名（含）以上持证在岗 → 1, whatever the trained count", () => {
    expect([score(2, 0), score(3, 0), score(2, 5)]).toEqual(["1.00", "1.00", "1.00"]);
  });
  test("1名持证在岗 → 0.5; 2名（含）以上受培训 → 0.5", () => {
    expect([score(1, 0), score(1, 1), score(0, 2), score(0, 7)]).toEqual(["0.50", "0.50", "0.50", "0.50"]);
  });
  test("否则不得分: none certified and fewer than 2 trained → 0", () => {
    expect([score(0, 0), score(0, 1)]).toEqual(["0.00", "0.00"]);
  });
  test("whether 受培训 includes the certified (which the clause leaves open) never changes the score", () => {
    // The same 街镇 counted both ways: trained only (t), or trained including the certified (t + c).
    for (let c = 0; c <= 3; c++)
      for (let t = 0; t <= 3; t++) expect([c, t, score(c, t)]).toEqual([c, t, score(c, t + c)]);
  });

  test("the 工作底稿 sentence names both counts and the condition met", () => {
    expect(clause.run({ 1: 0, 2: 2 }).sentence).toBe(
      "持证在岗核对员人数0名、受培训核对员人数2名，满足“受培训核对员人数2名（含）以上”，得0.5分，故该项指标得分为0.5分",
    );
    expect(clause.run({ 1: 3, 2: 0 }).sentence).toBe(
      "持证在岗核对员人数3名、受培训核对员人数0名，满足“持证在岗核对员人数2名（含）以上”，得1分，故该项指标得分为1分",
    );
    expect(clause.run({ 1: 0, 2: 1 }).sentence).toBe(
      "持证在岗核对员人数0名、受培训核对员人数1名，未达到任何得分档，不得分，故该项指标得分为0分",
    );
  });
  test("the rule in words, tier by tier from the highest", () => {
    expect(clause.compiled.describe()).toBe(
      "持证在岗核对员人数2名（含）以上，得1分；持证在岗核对员人数1名（含）以上或受培训核对员人数2名（含）以上，得0.5分；否则不得分",
    );
  });

  test("one input column per count, keyed 1 and 2 in the clause's order, in 名", () => {
    expect(clause.compiled.slots).toEqual([
      { key: "1", label: CERTIFIED, kind: "count", measure: "名" },
      { key: "2", label: TRAINED, kind: "count", measure: "名" },
    ]);
  });

  test("counts are whole numbers ≥ 0; a wrong one is an error naming its part", () => {
    const problem = (raw: unknown) => {
      const parsed = clause.compiled.parse(raw);
      return parsed.ok ? "ok" : [parsed.error.code, parsed.error.part];
    };
    expect(problem({ 1: 1.5, 2: 0 })).toEqual(["not-a-count", "1"]);
    expect(problem({ 1: 0, 2: -2 })).toEqual(["not-a-count", "2"]);
    expect(problem({ 1: "两名", 2: 0 })).toEqual(["not-a-number", "1"]);
    expect(problem({ 1: 2 })).toEqual(["blank-part", "2"]);
    expect(problem(2)).toEqual(["not-composite", undefined]);
    expect(problem({ 1: "2名", 2: "0" })).toBe("ok");
    expect(problem([2, 0])).toBe("ok");
  });

  test("a single count takes its bare value", () => {
    const one = leaf(
      { kind: "countTiers", counts: [{ label: "人数" }], conditions: [{ count: "人数", atLeast: 3, points: 2 }] },
      2,
    );
    expect(one.compiled.slots).toEqual([{ key: "", label: "人数", kind: "count" }]);
    expect([one.score(3), one.score(2)]).toEqual(["2.00", "0.00"]);
  });
});

describe("countTiers: parameters that make no sense are refused, each at its path", () => {
  const family = familyOf("countTiers")!;
  const problems = (params: unknown, points = 1) => {
    const parsed = family.params.safeParse(params);
    if (!parsed.success) return parsed.error.issues.map((i) => i.path.join("."));
    const where = { id: "3.6.1", name: "持证在岗核对员", points: dec(points), part: "base" as const, precision: 2 };
    return family.check!(parsed.data, where).map((p) => [p.path, p.message]);
  };
  const withConditions = (conditions: unknown) => ({ ...rule, conditions });

  test("the rule of 3.6.1 has none", () => {
    expect(problems(rule)).toEqual([]);
  });
  test("no counts, no conditions, a count of 0, a tier worth 0", () => {
    expect(problems({ ...rule, counts: [] })).toEqual(["counts"]);
    expect(problems(withConditions([]))).toEqual(["conditions"]);
    expect(problems(withConditions([{ count: CERTIFIED, atLeast: 0, points: 1 }]))).toEqual(["conditions.0.atLeast"]);
    expect(problems(withConditions([{ count: CERTIFIED, atLeast: 1.5, points: 1 }]))).toEqual(["conditions.0.atLeast"]);
    expect(problems(withConditions([{ count: CERTIFIED, atLeast: 1, points: 0 }]))).toEqual(["conditions.0.points"]);
  });
  test("a tier worth more than the clause", () => {
    expect(problems(rule, 0.5)).toEqual([["conditions[0].points", "此档得分 1 高于本项分值 0.5"]]);
  });
  test("tiers not from the highest down", () => {
    const [top, one, trained] = rule.conditions;
    expect(problems(withConditions([one, trained, top]))).toEqual([
      ["conditions[2].points", "条件应按分值从高到低排列，同一档的条件相邻：1 分不能排在 0.5 分之后"],
    ]);
  });
  test("a condition on a count the rule does not have, a count no condition reads, a count named twice", () => {
    expect(
      problems(withConditions([...rule.conditions.slice(0, 2), { count: "培训人数", atLeast: 2, points: 0.5 }])),
    ).toEqual([
      ["counts[1]", "计数项“受培训核对员人数”未用于任何条件"],
      ["conditions[2].count", "“培训人数”不是本项的计数项（可选：持证在岗核对员人数、受培训核对员人数）"],
    ]);
    expect(problems({ ...rule, counts: [...rule.counts, { label: TRAINED }] })).toEqual([
      ["counts[2].label", "计数项“受培训核对员人数”重复"],
    ]);
  });
  test("a condition that can never decide the score: repeated, or met only where a higher one already is", () => {
    const [top, one, trained] = rule.conditions;
    expect(problems(withConditions([top, one, trained, trained]))).toEqual([
      ["conditions[3]", "此条件不影响得分：满足它时“受培训核对员人数2名（含）以上”已得 0.5 分"],
    ]);
    // 持证1名 scoring 1 and 持证2名 scoring 0.5: the second holds only where the first already gives 1.
    expect(problems(withConditions([{ ...one, points: 1 }, { ...top, points: 0.5 }, trained]))).toEqual([
      ["conditions[1]", "此条件不影响得分：满足它时“持证在岗核对员人数1名（含）以上”已得 1 分"],
    ]);
  });
  test("through loadScheme, the problem names the clause and the path inside the file", () => {
    const loaded = loadScheme({
      id: "t",
      title: "核对员",
      blocks: [{ name: "核对机制", points: 0.5, rule }],
    });
    expect(loaded.ok ? [] : loaded.problems).toEqual([
      { path: "blocks[0].rule.conditions[0].points", node: "1 核对机制", message: "此档得分 1 高于本项分值 0.5" },
    ]);
  });
});
