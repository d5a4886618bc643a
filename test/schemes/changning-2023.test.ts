import changningJson from "../../src/schemes/changning-2023.json";
import { evaluate, fixed, inputColumns, loadScheme, Scheme, SchemeNode } from "../../src/engine";
import { PERFECT_CLAUSES as perfect } from "../fixtures/year2023";

function load(): Scheme {
  const loaded = loadScheme(changningJson);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scheme;
}

const scheme = load();
const show = (d: { toFixed(n: number): string } | null | undefined) => (d == null ? null : d.toFixed(2));
const childCounts = (node: SchemeNode) => node.children.map((c) => c.children.length);

/** Scores of one unit given only some inputs: every leaf with an input is scored, the rest are missing. */
function score(values: Record<string, unknown>) {
  const e = evaluate(scheme, [{ name: "新泾", values }]);
  expect(e.errors).toEqual([]);
  const unit = e.units[0]!;
  return (id: string) => show(unit.scores.get(id) ?? unit.subtotals.get(id) ?? unit.columns.get(id));
}

describe("[001] changning-2023: the scheme as the document lays it out", () => {
  test("loads (every parent's points equal its children's) with base points 100", () => {
    expect(scheme.basePoints.toString()).toBe("100");
    expect(scheme.unitLabel).toBe("所属街镇");
    expect(scheme.precision).toBe(2);
  });

  test("five blocks of 25, 25, 25, 15 and 10 points", () => {
    // counted in [001]: 年度重点工作任务（25分）、工作保障与管理(25分)、困难群众基本生活保障(25分)、专项救助（15分）、成效评价(10分)
    expect(scheme.blocks.map((b) => [b.name, b.points.toNumber()])).toEqual([
      ["年度重点工作任务", 25],
      ["工作保障与管理", 25],
      ["困难群众基本生活保障", 25],
      ["专项救助", 15],
      ["成效评价", 10],
    ]);
  });

  test("indicators per block and numbered clauses per indicator (0 = the indicator is its own leaf)", () => {
    // counted in [001]: 年度重点工作任务 5 评价内容 with 2, 2, 3, –, 2 clauses;
    // 工作保障与管理 8 with 2, –, 3, –, 2, –, –, 5; 困难群众基本生活保障 6 with 4, 5, –, 2, –, 5;
    // 专项救助 6 with 3, 3, 2, –, 2, 3; 成效评价 2 with 2, 2.
    expect(scheme.blocks.map(childCounts)).toEqual([
      [2, 2, 3, 0, 2],
      [2, 0, 3, 0, 2, 0, 0, 5],
      [4, 5, 0, 2, 0, 5],
      [3, 3, 2, 0, 2, 3],
      [2, 2],
    ]);
    // counted in [001]: 10 + 16 + 18 + 14 + 4 = 62 scored items in the base part.
    expect(scheme.leaves.filter((l) => l.part === "base")).toHaveLength(62);
  });

  test("加分项 is block 6, capped at 5, one indicator 工作创新 with three clauses", () => {
    // counted in [001]: 加分项（5分） 工作创新 5, clauses 1、2、3, （累计最高不超过5分）
    expect(scheme.bonus?.id).toBe("6");
    expect(scheme.bonus?.cap.toString()).toBe("5");
    expect(scheme.bonus?.children.map((c) => c.name)).toEqual(["工作创新"]);
    expect(scheme.bonus?.children[0]!.children.map((c) => c.id)).toEqual(["6.1.1", "6.1.2", "6.1.3"]);
  });

  test("扣分项 is block 7, capped at 5; its clause 3 is the one veto, not a deduction", () => {
    // counted in [001]: 扣分项（－5分） 安全管理 －5 with clauses 1、2 that deduct and clause 3 “一票否决”
    expect(scheme.penalty?.id).toBe("7");
    expect(scheme.penalty?.cap.toString()).toBe("5");
    expect(scheme.penalty?.children[0]!.children.map((c) => c.id)).toEqual(["7.1.1", "7.1.2"]);
    expect(scheme.vetoes.map((v) => v.id)).toEqual(["veto.1"]);
    expect(scheme.vetoes[0]!.text).toContain("刑事违法案件");
    expect(scheme.vetoGrade).toBe("不合格");
  });

  test("no grade bands: the document states none beyond the veto's 不合格", () => {
    expect(scheme.grades).toEqual([]);
  });
});

describe("[001] clauses scored from the document's wording", () => {
  test("规范审核确认工作 “每发现1例违反流程的，扣0.5分，扣完为止”: 3 cases leave 0.5 of 2; 5 cases leave 0", () => {
    expect(score({ "2.3.1": 3 })("2.3.1")).toBe("0.50");
    expect(score({ "2.3.1": 5 })("2.3.1")).toBe("0.00");
  });

  test("最低生活保障 clause 1 scores its 2 points, not the “得3分” the text slips into", () => {
    // [001] writes "得 3分，否则不得分。（2分）"; the indicator is 6 = 2 + 1 + 1 + 2, so the clause is worth 2.
    expect(score({ "3.1.1": "是" })("3.1.1")).toBe("2.00");
    expect(score({ "3.1.1": "否" })("3.1.1")).toBe("0.00");
  });

  test("档案管理规范: two halves of 1 point each, “否则不得分” each", () => {
    expect(score({ "2.3.3": { 1: "是", 2: "否" } })("2.3.3")).toBe("1.00");
  });

  test("超期率 “≤10%，得0.5分，每增加10%，扣0.1分”: a started step counts", () => {
    // 民政救助类 25% is 15 points over 10%: two steps begun → 0.5 − 0.2 = 0.3; 住房保障类 10% keeps 0.5.
    expect(score({ "3.6.3": { 1: "25%", 2: "10%" } })("3.6.3")).toBe("0.80");
    // 12% is already not “≤10%”: one step → 0.4.
    expect(score({ "3.6.3": { 1: "12%", 2: "0%" } })("3.6.3")).toBe("0.90");
  });

  test("市级退回率 “≦5%…每增加1%” and “≦10%…每增加2%”, each floored at 0", () => {
    // 民政救助类 7.5%: 2.5 points over → 3 steps → 0.2; 住房保障类 13%: 3 over in steps of 2 → 2 steps → 0.3.
    expect(score({ "3.6.4": { 1: "7.5%", 2: "13%" } })("3.6.4")).toBe("0.50");
    // 民政救助类 60%: 55 steps of 0.1 far exceed 0.5 → 0 (扣完为止).
    expect(score({ "3.6.4": { 1: "60%", 2: "10%" } })("3.6.4")).toBe("0.50");
  });

  test("继续教育培训参训率 “>80%，得1分，否则不得分”: 80% scores 0, 80.5% scores 1", () => {
    expect(score({ "3.6.5": "80%" })("3.6.5")).toBe("0.00");
    expect(score({ "3.6.5": "80.5%" })("3.6.5")).toBe("1.00");
  });

  test("核对员 “2名（含）以上持证在岗核对员，得1分；1名持证在岗核对员或者2名（含）以上受培训核对员，得0.5分”", () => {
    // The input is the two counts (持证在岗, 受培训), keyed "1" and "2" in the order the clause names them.
    expect(score({ "3.6.1": { 1: 2, 2: 0 } })("3.6.1")).toBe("1.00");
    expect(score({ "3.6.1": { 1: 1, 2: 0 } })("3.6.1")).toBe("0.50");
    expect(score({ "3.6.1": { 1: 0, 2: 2 } })("3.6.1")).toBe("0.50");
    // 否则不得分: one trained and none certified meets neither tier.
    expect(score({ "3.6.1": { 1: 0, 2: 1 } })("3.6.1")).toBe("0.00");
  });

  test("核对员: two input columns, in 名; a level typed when the clause took one is refused, not read", () => {
    const columns = inputColumns(scheme).filter((c) => c.id === "3.6.1");
    expect(columns.map((c) => [c.key, c.header])).toEqual([
      ["3.6.1/1", "3.6.1 持证在岗核对员：持证在岗核对员人数（名）"],
      ["3.6.1/2", "3.6.1 持证在岗核对员：受培训核对员人数（名）"],
    ]);
    const e = evaluate(scheme, [{ name: "新泾", values: { "3.6.1": "2名（含）以上持证在岗核对员" } }]);
    expect(e.errors.map((x) => [x.id, x.problem.zh])).toEqual([
      ["3.6.1", "此项需分项填写：持证在岗核对员人数、受培训核对员人数"],
    ]);
  });

  test("流浪乞讨人员救助: 0.5 + 0.5, less 0.2 per case of 救助不到位, 扣完为止", () => {
    expect(score({ "3.5": { 1: "是", 2: "是", 3: 1 } })("3.5")).toBe("0.80");
    expect(score({ "3.5": { 1: "是", 2: "否", 3: 3 } })("3.5")).toBe("0.00");
  });

  test("综合帮扶: 优秀案例 “每报一例得0.1分，封顶0.5分”", () => {
    // 0.5 + 0.5 + 0 (档案) + 0.25 + 3 × 0.1 = 1.55
    expect(score({ "4.6.3": { 1: "是", 2: "是", 3: "否", 4: "是", 5: 3 } })("4.6.3")).toBe("1.55");
    // seven cases are capped at 0.5: 0.5 + 0.5 + 0.25 + 0.25 + 0.5 = 2
    expect(score({ "4.6.3": { 1: "是", 2: "是", 3: "是", 4: "是", 5: 7 } })("4.6.3")).toBe("2.00");
  });

  test("建立评价制度 “得2分，否则不得分” is computed; “重复出现上年度绩效评价问题，按比例扣分” is the evaluator's", () => {
    expect(score({ "2.4": { 1: "是", 2: 0 } })("2.4")).toBe("2.00");
    expect(score({ "2.4": { 1: "否", 2: 0 } })("2.4")).toBe("0.00");
    // the evaluator takes 0.5 of the 2 for a problem repeated from last year; nothing goes below 0
    expect(score({ "2.4": { 1: "是", 2: 0.5 } })("2.4")).toBe("1.50");
    expect(score({ "2.4": { 1: "否", 2: 1 } })("2.4")).toBe("0.00");
  });

  test("信息系统管理: 2 and 1 “否则不得分”, less the evaluator's deduction for 数据不准确 or “开库”, up to 3", () => {
    expect(score({ "2.6": { 1: "是", 2: "否", 3: 0 } })("2.6")).toBe("2.00");
    expect(score({ "2.6": { 1: "否", 2: "是", 3: 0 } })("2.6")).toBe("1.00");
    expect(score({ "2.6": { 1: "是", 2: "是", 3: 1.5 } })("2.6")).toBe("1.50");
    const e = evaluate(scheme, [{ name: "新泾", values: { "2.6": { 1: "是", 2: "是", 3: 3.5 } } }]);
    expect(e.errors.map((x) => [x.id, x.part, x.problem.code])).toEqual([["2.6", "3", "out-of-bounds"]]);
  });

  test("社会力量名录与参与主体: the 名录 0.5 “否则不得分”, and 参与主体 0.5 given by the evaluator (two subjects: unwritten)", () => {
    expect(score({ "4.6.1": { 1: "是", 2: 0.5 } })("4.6.1")).toBe("1.00");
    expect(score({ "4.6.1": { 1: "否", 2: 0.5 } })("4.6.1")).toBe("0.50");
    expect(score({ "4.6.1": { 1: "是", 2: 0.25 } })("4.6.1")).toBe("0.75");
    const e = evaluate(scheme, [{ name: "新泾", values: { "4.6.1": { 1: "是", 2: 1 } } }]);
    expect(e.errors.map((x) => [x.id, x.part, x.problem.code])).toEqual([["4.6.1", "2", "out-of-bounds"]]);
  });

  test("the 工作底稿 sentence says which part of 2.4 is the evaluator's", () => {
    const e = evaluate(scheme, [{ name: "新泾", values: { "2.4": { 1: "是", 2: 0.5 } } }]);
    expect(e.units[0]!.explanations.get("2.4")).toBe(
      "对历年社会救助绩效评价结果有落实完善或改进：是，得2分，重复出现上年度绩效评价问题：评价人扣0.5分，故该项指标得分为1.5分",
    );
  });

  test("clauses whose judgement decides the whole stay 视情给分, each with a note saying why", () => {
    for (const id of ["2.1.1", "2.1.2", "2.5.1", "2.5.2", "2.8.1", "4.6.2"]) {
      const node = scheme.nodes.get(id)!;
      expect([id, node.rule?.params.kind]).toEqual([id, "manual"]);
      expect(node.input.note).toMatch(/按视情给分处理（0～\d分）/);
    }
  });

  test("视情给分 takes a typed score within the clause's points and refuses one above", () => {
    expect(score({ "1.1.1": 4.5 })("1.1.1")).toBe("4.50");
    const e = evaluate(scheme, [{ name: "新泾", values: { "1.1.1": 6 } }]);
    expect(e.errors.map((x) => [x.id, x.problem.code])).toEqual([["1.1.1", "out-of-bounds"]]);
  });

  test("加分项 “累计最高不超过5分”: 2 + 1.5 (cases) + 1 + 1 = 5.5 counts 5", () => {
    expect(score({ "6.1.1": "2、1.5", "6.1.2": 1, "6.1.3": 1 })("6")).toBe("5.00");
  });

  test("扣分项: 1例通报扣2分; 伤害扣1分、死亡扣3分; the part takes at most 5", () => {
    expect(score({ "7.1.1": 1 })("7")).toBe("-2.00");
    // 2 + 1 + 3 = 6 → −5
    expect(score({ "7.1.1": 1, "7.1.2": { 1: "是", 2: "是" } })("7")).toBe("-5.00");
  });
});

describe("[001] whole 街镇", () => {
  test("full marks on every clause: 100, and no grade since the document gives no bands", () => {
    const [unit] = evaluate(scheme, [{ name: "新泾", values: perfect }]).units;
    expect(unit!.missing).toEqual([]);
    expect(show(unit!.total)).toBe("100.00");
    expect(unit!.grade).toBeNull();
  });

  test("some deductions, a bonus and a penalty add up by hand", () => {
    const values = {
      ...perfect,
      "1.1.1": 4.5, // −0.5
      "2.3.1": 3, // −1.5
      "3.6.3": { 1: "25%", 2: "10%" }, // −0.2
      "4.6.3": { 1: "是", 2: "是", 3: "否", 4: "是", 5: 3 }, // −0.45
      "6.1.1": "1、1.5", // +2.5
      "6.1.2": 1, // +1
      "7.1.1": 1, // −2
    };
    const e = evaluate(scheme, [{ name: "新泾", values }]);
    expect(e.errors).toEqual([]);
    const unit = e.units[0]!;
    expect(scheme.columns.map((c) => show(unit.columns.get(c.id)))).toEqual([
      "24.50",
      "23.50",
      "24.80",
      "14.55",
      "10.00",
      "3.50",
      "-2.00",
    ]);
    // 97.35 + 3.5 − 2
    expect(fixed(unit.total!, 2)).toBe("98.85");
  });

  test("一票否决 gives 不合格 whatever the score, and the score is still shown", () => {
    const [unit] = evaluate(scheme, [{ name: "新泾", values: { ...perfect, "veto.1": "是" } }]).units;
    expect(show(unit!.total)).toBe("100.00");
    expect(unit!.vetoed).toBe(true);
    expect(unit!.grade).toBe("不合格");
  });
});
