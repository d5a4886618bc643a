import schemeJson from "../../src/schemes/hongqiao-2023.json";
import fixture from "../fixtures/hongqiao-2023.input.json";
import {
  audit,
  checkChoices,
  dec,
  evaluate,
  fixed,
  gradeOf,
  LabelChoices,
  loadScheme,
  Scheme,
  SchemeNode,
  UnitResult,
} from "../../src/engine";

function load(): Scheme {
  const loaded = loadScheme(schemeJson);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scheme;
}

const scheme = load();
const unit = fixture.units[0]!;
const reported: Record<string, number> = unit.reported;

/** The evaluator's choice for the district's “良好” at D12, which the document leaves open (see the D12 tests). */
const AS_TOP: LabelChoices = { D12: { 良好: "较好" } };

function run(values: Record<string, unknown>, choices: LabelChoices = AS_TOP): UnitResult {
  const e = evaluate(scheme, [{ name: "虹桥镇", values }], { choices });
  expect(e.errors).toEqual([]);
  return e.units[0]!;
}

const result = run(unit.values);
const score = (id: string) => fixed(result.scores.get(id)!, 2);
const byDepth = (depth: number) => [...scheme.nodes.values()].filter((n: SchemeNode) => n.depth === depth);

describe("hongqiao-2023: the structure of [004] 表2-1", () => {
  test("4 一级 (A 决策 20, B 过程 20, C 产出 30, D 效益 30) adding up to 100", () => {
    expect(scheme.blocks.map((b) => [b.id, b.name, b.points.toNumber()])).toEqual([
      ["A", "决策", 20],
      ["B", "过程", 20],
      ["C", "产出", 30],
      ["D", "效益", 30],
    ]);
    expect(scheme.basePoints.toNumber()).toBe(100);
  });
  test("10 二级 (A1–A3, B1–B2, C1–C3, D1–D2) with the points of 表2-1", () => {
    expect(byDepth(2).map((n) => `${n.id}:${n.points.toNumber()}`)).toEqual([
      "A1:8",
      "A2:8",
      "A3:4",
      "B1:9",
      "B2:11",
      "C1:10",
      "C2:10",
      "C3:10",
      "D1:20",
      "D2:10",
    ]);
  });
  test("29 三级 (A 5, B 5, C 12, D 7), every one a scored leaf with its code as id", () => {
    const leaves = scheme.leaves.map((l) => l.id);
    expect(byDepth(3).map((n) => n.id)).toEqual(leaves);
    expect(leaves).toHaveLength(29);
    expect(leaves.filter((id) => id.startsWith("A"))).toEqual(["A11", "A12", "A21", "A22", "A31"]);
    expect(leaves.filter((id) => id.startsWith("B"))).toEqual(["B11", "B12", "B21", "B22", "B23"]);
    expect(leaves.filter((id) => id.startsWith("C"))).toHaveLength(12);
    expect(leaves.filter((id) => id.startsWith("D"))).toEqual(["D11", "D12", "D13", "D14", "D15", "D21", "D22"]);
  });
  test("every leaf carries 评价标准, 指标解释 and 证据来源", () => {
    for (const leaf of scheme.leaves) {
      expect([leaf.id, !!leaf.input.criterion, !!leaf.input.explanation, !!leaf.input.evidence]).toEqual([
        leaf.id,
        true,
        true,
        true,
      ]);
    }
  });
  test("grade bands 90 优 / 80 良 / 60 中 / 差 with inclusive lower bounds", () => {
    const grade = (total: string) => gradeOf(scheme, dec(total), false);
    expect(["90", "89.99", "80", "79.99", "60", "59.99"].map(grade)).toEqual(["优", "良", "良", "中", "中", "差"]);
  });
});

describe("hongqiao-2023: the fixture's raw figures reproduce every published score that follows from its rule", () => {
  test("rules.md §5: C11 1.63, C12 1.84, C13 2.80, C14 3.00, D11 2.35, D13 4.00, D21 3.68, D22 3.00", () => {
    expect(["C11", "C12", "C13", "C14", "D11", "D13", "D21", "D22"].map(score)).toEqual([
      "1.63",
      "1.84",
      "2.80",
      "3.00",
      "2.35",
      "4.00",
      "3.68",
      "3.00",
    ]);
  });

  // The three published scores that do not follow from their own rule and input (see each node's note), and D12,
  // whose input the document leaves to the evaluator.
  const SLIPS = ["A22", "D14", "D15"];
  const OPEN = ["D12"];

  // Text slips that leave these scores alone: 正文 says A11 "得分为3分" (4 everywhere else); 附件4's text says
  // B23 "4分" and C24 "2分" beside scores of 3; 表3-2 prints B11's 业绩值 as 95% (the rate is 99.97%).
  test("every other indicator scores exactly as 表3-2 and 附件4 publish it", () => {
    const others = scheme.leaves.map((l) => l.id).filter((id) => !SLIPS.includes(id) && !OPEN.includes(id));
    expect(others).toHaveLength(25);
    for (const id of others) expect([id, score(id)]).toEqual([id, fixed(dec(reported[id]!), 2)]);
  });

  test("A22: ① and ③ not met, ② met → 2 × 34% off → 1.28", () => {
    // Published 2 ("得50%权重分"): 50% is no outcome of 34% steps; 附件6 a22 gives partial credit 1/0/1 instead.
    expect(score("A22")).toBe("1.28");
    expect(reported["A22"]).toBe(2);
  });
  test("D12: the district's 良好 is no level of 较好 / 一般 / 较差: scoring it asks the evaluator which it means", () => {
    const e = evaluate(scheme, [{ name: "虹桥镇", values: unit.values }]);
    expect(e.errors.map((x) => [x.id, x.problem.code, x.problem.zh])).toEqual([
      ["D12", "ambiguous-label", "“良好”：文件未定义此档次，请选择按“较好”或“一般”计分"],
    ]);
    expect(e.units[0]!.scores.has("D12")).toBe(false);
    expect(e.units[0]!.total).toBeNull();
  });
  test("D12: chosen as 较好 → full 3; as 一般 → 2 (the published 2); 较差 is not among the choices", () => {
    expect(score("D12")).toBe("3.00");
    expect(result.explanations.get("D12")).toContain("评价人认定按“较好”计");
    expect(fixed(run(unit.values, { D12: { 良好: "一般" } }).scores.get("D12")!, 2)).toBe("2.00");
    expect(reported["D12"]).toBe(2);
    expect(checkChoices(scheme, { D12: { 良好: "较差" } })).toEqual([
      "D12：“良好”只能选择按“较好”或“一般”计分，不能按“较差”",
    ]);
    expect(checkChoices(scheme, { D11: { 良好: "较好" } })).toHaveLength(1);
  });
  test("the audit lists D12 as 待定, apart from the slips A22, D14 and D15", () => {
    const a = audit(scheme, [{ name: "虹桥镇", values: unit.values, reported }]);
    expect(a.errors).toEqual([]);
    expect(a.findings.map((f) => f.id)).toEqual(["A22", "D14", "D15"]);
    expect(a.pending.map((p) => [p.id, p.reported?.toNumber()])).toEqual([["D12", 2]]);
  });
  test("D14: 知晓率 81% (是 81, 否 19) is 14 points short of 95% → 4 × (1 − 14 × 5%) = 1.20", () => {
    // Published 2.1 while the same sentence says "得30%权重分", which is 1.2: digits swapped.
    expect(score("D14")).toBe("1.20");
    expect(result.explanations.get("D14")).toContain("得30%权重分");
    expect(reported["D14"]).toBe(2.1);
  });
  test("D15: one item of 第一条 (核对机制) not met, 第二条 met → 5 − 1 = 4", () => {
    // Published 3 ("得60%权重分"); 附件6 d15 takes 2 points off 第一条, which the rule does not say.
    expect(score("D15")).toBe("4.00");
    expect(reported["D15"]).toBe(3);
  });

  test("block subtotals and total under the rules, D12 as 较好: 17.28 / 20 / 29.27 / 21.23, total 87.78, 良", () => {
    // Published 表3-1: 18 / 20 / 29.27 / 20.13, total 87.4 (the differences are A22, D14 and D15 above, and D12).
    expect(scheme.blocks.map((b) => fixed(result.columns.get(b.id)!, 2))).toEqual(["17.28", "20.00", "29.27", "21.23"]);
    expect(fixed(result.total!, 2)).toBe("87.78");
    expect(result.grade).toBe("良");
  });
  test("D12 as 一般: D 2.35 + 2 + 4 + 1.20 + 4 + 6.68 = 20.23, total 86.78, 良", () => {
    const asMiddle = run(unit.values, { D12: { 良好: "一般" } });
    expect(fixed(asMiddle.columns.get("D")!, 2)).toBe("20.23");
    expect(fixed(asMiddle.total!, 2)).toBe("86.78");
    expect(asMiddle.grade).toBe("良");
  });
  test("二级 subtotals under the rules, as 表3-3 to 表3-6 print them where no slip intervenes", () => {
    const sub = (id: string) => fixed(result.subtotals.get(id)!, 2);
    expect(["A1", "A3", "B1", "B2", "C1", "C2", "C3", "D2"].map(sub)).toEqual([
      "8.00",
      "4.00",
      "9.00",
      "11.00",
      "9.27",
      "10.00",
      "10.00",
      "6.68",
    ]);
    // Published A2 6 and D1 13.45 carry the slips; under the rules they are 5.28 and 14.55 (D12 as 较好).
    expect([sub("A2"), sub("D1")]).toEqual(["5.28", "14.55"]);
  });
});

describe("hongqiao-2023: C31–C34 完成及时率 from the months (指标解释: 按计划完成补助发放月数/12*100%)", () => {
  const LEAVES = ["C31", "C32", "C33", "C34"];
  const scores = (values: Record<string, unknown>) => {
    const r = run({ ...unit.values, ...values });
    return LEAVES.map((id) => fixed(r.scores.get(id)!, 2));
  };

  test("[004] states the rate, 完成及时率 100%, not the months: the fixture keeps it typed, as the document gives it", () => {
    expect(LEAVES.map((id) => unit.values[id as keyof typeof unit.values])).toEqual(["100%", "100%", "100%", "100%"]);
    expect(LEAVES.map(score)).toEqual(["2.00", "3.00", "2.00", "3.00"]);
    expect(LEAVES.map((id) => reported[id])).toEqual([2, 3, 2, 3]);
  });
  test("by the 指标解释, 100% is 12 of 12 months: typed as months, the published 2, 3, 2, 3 again", () => {
    const months = Object.fromEntries(LEAVES.map((id) => [id, { actual: 12 }]));
    expect(scores(months)).toEqual(["2.00", "3.00", "2.00", "3.00"]);
    expect(run({ ...unit.values, ...months }).explanations.get("C32")).toBe(
      "春节及临时补助完成及时率100%（12/12），得100%权重分，故该项指标得分为3分",
    );
  });
});

describe("hongqiao-2023: the rules as written", () => {
  test("D11 weights are 附件2's (1, 0.75, 0.5, 0.25, 0): 70/15/10/2/3 is 86.75%", () => {
    // With 表2-1's printed 0.8/0.6/0.3 the same answers would give 88.6% and 2.72 points; the report used 附件2.
    expect(result.explanations.get("D11")).toContain("86.75%");
  });
  test("附件2 居民 Q4 from its own counts 80/10/5/2/3 is 90.5%, not the printed 87.75%", () => {
    // No indicator uses this question; the same formula through D21's survey shows the printed figure is a slip.
    expect(run({ ...unit.values, D21: [80, 10, 5, 2, 3] }).explanations.get("D21")).toContain("满意度90.5%");
  });
  test("B11 budget execution: 2615.54 of 2616.24 万元 is 99.97% → full 5; 90% → 5 × 95% = 4.75; below 80% → 0", () => {
    expect(result.explanations.get("B11")).toContain("99.97%");
    expect(fixed(run({ ...unit.values, B11: "90%" }).scores.get("B11")!, 2)).toBe("4.75");
    expect(fixed(run({ ...unit.values, B11: "80%" }).scores.get("B11")!, 2)).toBe("4.25");
    expect(fixed(run({ ...unit.values, B11: "79.99%" }).scores.get("B11")!, 2)).toBe("0.00");
  });
  test("D13 每降低1%扣1%权重分 down to its floor: 6 of 7 handled → 4 × (1 − 14.2857…%) = 3.43; 59% → 0", () => {
    expect(fixed(run({ ...unit.values, D13: { actual: 6, planned: 7 } }).scores.get("D13")!, 2)).toBe("3.43");
    expect(fixed(run({ ...unit.values, D13: "59%" }).scores.get("D13")!, 2)).toBe("0.00");
  });
  test("a 34% checklist with all three items failed floors at 0 (102% → 0)", () => {
    expect(fixed(run({ ...unit.values, A12: 3 }).scores.get("A12")!, 2)).toBe("0.00");
  });
});
