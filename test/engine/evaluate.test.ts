import { scheme000, units000 } from "../fixtures/doc000";
import { evaluate, Evaluation, fixed, loadScheme, Scheme, SchemeInput, summarize, topUnits } from "../../src/engine";

function load(input: SchemeInput): Scheme {
  const loaded = loadScheme(input);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scheme;
}

const changning = scheme000();

describe("[000] 附件1: ten 街镇 scored from their block scores", () => {
  const evaluation: Evaluation = evaluate(changning, units000());
  const summary = summarize(evaluation);
  const show = (d: { toFixed(n: number): string } | null) => (d === null ? null : d.toFixed(2));

  test("no input errors", () => {
    expect(evaluation.errors).toEqual([]);
  });
  test("totals add block scores and the bonus: 新泾 103.05, 仙霞 88.04", () => {
    expect(show(evaluation.units[0]!.total)).toBe("103.05");
    expect(show(evaluation.units[9]!.total)).toBe("88.04");
  });
  test("the published 平均分 row: 6.36 / 27.79 / 45.93 / 14.59 / 3.05 / 97.72", () => {
    expect(summary.columns.map((c) => show(c.average))).toEqual(["6.36", "27.79", "45.93", "14.59", "3.05"]);
    expect(show(summary.total.average)).toBe("97.72");
  });
  test("the published order by 总分", () => {
    const order = [...evaluation.units].sort((a, b) => a.rank! - b.rank!).map((u) => u.name);
    expect(order).toEqual(["新泾", "江苏", "华阳", "天山", "北新泾", "虹桥", "程桥", "周桥", "新华", "仙霞"]);
  });
  test("8 units 优秀 (≥ 95) and 2 良好 (≥ 85)", () => {
    expect(summary.grades).toEqual([
      { label: "优秀", count: 8 },
      { label: "良好", count: 2 },
    ]);
  });
  test("top three per block with ties: 成效评价 has 江苏 and 新华 both at 14.85", () => {
    expect(topUnits(evaluation, "4", 3).map((u) => u.name)).toEqual(["江苏", "新华", "周桥"]);
    expect(topUnits(evaluation, "2", 3).map((u) => u.name)).toEqual(["新泾", "江苏", "北新泾"]);
    expect(topUnits(evaluation, "3", 3).map((u) => u.name)).toEqual(["江苏", "新泾", "北新泾"]);
  });
  test("full marks: 年度重点工作任务 华阳 and 北新泾; 附加评价 新泾 and 华阳", () => {
    expect(summary.columns[0]!.fullMarks).toEqual(["华阳", "北新泾"]);
    expect(summary.columns[4]!.fullMarks).toEqual(["新泾", "华阳"]);
  });
  test("得分率 of an average against its full points", () => {
    expect(fixed(summary.columns[1]!.rate!.times(100), 2)).toBe("92.63"); // 27.79 ÷ 30
  });
});

describe("ranks as RANK.EQ: equal totals share a rank and the next is skipped", () => {
  test("1, 2, 2, 4", () => {
    const e = evaluate(changning, [
      { name: "甲", values: { 1: 7, 2: 30, 3: 48, 4: 15 } },
      { name: "乙", values: { 1: 7, 2: 30, 3: 40, 4: 15 } },
      { name: "丙", values: { 1: 7, 2: 30, 3: 40, 4: 15 } },
      { name: "丁", values: { 1: 7, 2: 20, 3: 40, 4: 15 } },
    ]);
    expect(e.units.map((u) => u.rank)).toEqual([1, 2, 2, 4]);
  });
});

describe("missing inputs leave the unit incomplete; bad inputs are errors naming unit and id", () => {
  test("a unit without one block score: the rest is scored, total, rank and grade stay empty", () => {
    const e = evaluate(changning, [
      { name: "新泾", values: { 1: 6.7, 2: 29.35, 3: 47.4 } },
      { name: "江苏", values: { 1: 6.5, 2: 29.33, 3: 47.7, 4: 14.85, 5: 4.4 } },
    ]);
    const [xj, js] = e.units;
    expect(xj!.missing).toEqual(["4"]);
    expect(xj!.scores.get("2")?.toFixed(2)).toBe("29.35");
    expect([xj!.total, xj!.rank, xj!.grade]).toEqual([null, null, null]);
    expect(js!.rank).toBe(1);
    expect(e.errors).toEqual([]);
  });
  test("--strict turns a missing input into an error", () => {
    const e = evaluate(changning, [{ name: "新泾", values: { 1: 6.7, 2: 29.35, 3: 47.4 } }], { strict: true });
    expect(e.errors.map((x) => [x.unit, x.id, x.problem.code])).toEqual([["新泾", "4", "missing"]]);
  });
  test("a blank bonus means nothing claimed: 0, not missing", () => {
    const e = evaluate(changning, [{ name: "仙霞", values: { 1: 5.2, 2: 24.94, 3: 42.2, 4: 14.6 } }]);
    expect(e.units[0]!.total?.toFixed(2)).toBe("86.94");
  });
  test("an unknown id, a score above its points and text in a number cell are each reported", () => {
    const e = evaluate(changning, [{ name: "新泾", values: { 1: 8, 2: "二十九", 3: 47.4, 4: 14.6, "9.9": 1 } }]);
    expect(e.errors.map((x) => [x.unit, x.id, x.problem.code])).toEqual([
      ["新泾", "9.9", "unknown-id"],
      ["新泾", "1", "out-of-bounds"],
      ["新泾", "2", "not-a-number"],
    ]);
    expect(e.units[0]!.total).toBeNull();
  });
});

describe("bonus and penalty parts are capped; a veto sets the grade whatever the score [001]", () => {
  const scheme = load({
    id: "cn23",
    title: "t",
    blocks: [{ name: "基础", points: 100, rule: { kind: "manual" } }],
    bonus: {
      name: "加分项",
      cap: 5,
      children: [
        {
          name: "工作创新",
          points: 5,
          children: [
            { name: "经验做法", rule: { kind: "manual" } },
            { name: "获评典型先进", rule: { kind: "manual" } },
          ],
        },
      ],
    },
    penalty: {
      name: "扣分项",
      cap: 5,
      children: [
        {
          name: "安全管理",
          children: [
            {
              name: "违法违规行为",
              rule: { kind: "penalty", terms: [{ kind: "count", label: "发现或点名通报", per: 2 }] },
            },
            {
              name: "照料服务落实不到位",
              rule: {
                kind: "penalty",
                terms: [
                  { kind: "count", label: "造成人身伤害", per: 1 },
                  { kind: "count", label: "造成人员死亡", per: 3 },
                ],
              },
            },
          ],
        },
      ],
    },
    vetoes: [{ text: "发生刑事违法案件或严重冲击社会道德和社会心理底线事件" }],
    vetoGrade: "不合格",
    grades: [{ label: "优秀", min: 90 }, { label: "合格" }],
  });

  test("bonus clauses 4 + 3 are capped at 5 (累计最高不超过5分)", () => {
    const e = evaluate(scheme, [{ name: "甲", values: { 1: 90, "2.1.1": 4, "2.1.2": 3 } }]);
    expect(e.units[0]!.bonus?.toFixed(2)).toBe("5.00");
    expect(e.units[0]!.total?.toFixed(2)).toBe("95.00");
  });
  test("penalties 2 × 2 + 1 × 3 = 7 are capped at −5", () => {
    const e = evaluate(scheme, [{ name: "甲", values: { 1: 90, "3.1.1": 2, "3.1.2": { 1: 0, 2: 1 } } }]);
    expect(e.units[0]!.penalty?.toFixed(2)).toBe("-5.00");
    expect(e.units[0]!.total?.toFixed(2)).toBe("85.00");
  });
  test("a veto answered yes: grade 不合格, score still shown", () => {
    const e = evaluate(scheme, [{ name: "甲", values: { 1: 98, "veto.1": "是" } }]);
    expect(e.units[0]!.grade).toBe("不合格");
    expect(e.units[0]!.vetoed).toBe(true);
    expect(e.units[0]!.total?.toFixed(2)).toBe("98.00");
  });
  test("a band without a lower bound takes the rest", () => {
    const e = evaluate(scheme, [{ name: "甲", values: { 1: 50 } }]);
    expect(e.units[0]!.grade).toBe("合格");
  });
});
