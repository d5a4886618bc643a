import taicangJson from "../../src/schemes/taicang-2017.json";
import { evaluate, fixed, loadScheme, Scheme } from "../../src/engine";

function load(): Scheme {
  const loaded = loadScheme(taicangJson);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scheme;
}

const scheme = load();
const show = (d: { toFixed(n: number): string } | null | undefined) => (d == null ? null : d.toFixed(2));

/** Scores of one unit given only some inputs: every leaf with an input is scored, the rest are missing. */
function score(values: Record<string, unknown>) {
  const e = evaluate(scheme, [{ name: "城厢镇", values }]);
  expect(e.errors).toEqual([]);
  const unit = e.units[0]!;
  return (id: string) => show(unit.scores.get(id) ?? unit.columns.get(id));
}

/** A 镇 where nothing is found against any 评价标准: every count 0, every fixed deduction 否, 入户调查率 100%. */
const perfect: Record<string, unknown> = {
  "1.1": { 1: "否", 2: "否" },
  "1.2": { 1: "否", 2: "否" },
  "1.3": { 1: 0, 2: 0, 3: 0 },
  "1.4": { 1: "否", 2: "否", 3: "否" },
  "1.5": { 1: 0, 2: 0, 3: 0, 4: "否", 5: 0 },
  "1.6": { 1: "否", 2: "否" },
  "1.7": "否",
  "1.8": { 1: 0, 2: 0, 3: 0, 4: 0 },
  "1.9": { 1: 0, 2: 0, 3: 0 },
  "1.10": { 1: "否", 2: "否", 3: "否", 4: 0 },
  "1.11": { 1: 0, 2: 0 },
  "2.1": 0,
  "2.2": { 1: 0, 2: 0 },
  "2.3": { 1: 0, 2: 0, 3: 0 },
  "2.4": { 1: 0, 2: "100%", 3: "否" },
  "2.5": { 1: 0, 2: 0 },
  "2.6": { 1: 0, 2: 0, 3: 0 },
  "2.7": 0,
  "2.8": { 1: 0, 2: 0, 3: "否" },
  "2.9": "否",
  "2.10": { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
  "2.11": 0,
  "2.12": "否",
  "3.1": { 1: "否", 2: 0 },
  "3.2": 0,
};

describe("[003] taicang-2017: the scheme as the document lays it out", () => {
  test("loads (every parent's points equal its children's) with base points 100", () => {
    expect(scheme.basePoints.toString()).toBe("100");
    expect(scheme.unitLabel).toBe("镇（区、街道）");
  });

  test("three 一级指标: 综合保障 40, 救助实施 50, 资金使用 10", () => {
    expect(scheme.blocks.map((b) => [b.name, b.points.toNumber()])).toEqual([
      ["综合保障", 40],
      ["救助实施", 50],
      ["资金使用", 10],
    ]);
  });

  test("二级指标 per block, each scored by one 评价标准 (no deeper levels)", () => {
    // counted in [003]: 综合保障 11 (领导机构 … 信访办理), 救助实施 12 (保障标准 … 救助政策宣传), 资金使用 2.
    expect(scheme.blocks.map((b) => b.children.length)).toEqual([11, 12, 2]);
    expect(scheme.leaves.filter((l) => l.part === "base")).toHaveLength(25);
    // counted in [003]: deduction terms per 二级指标 as 评价标准 lists them
    expect(scheme.blocks.map((b) => b.children.map((c) => c.rule?.compiled.slots.length))).toEqual([
      [2, 2, 3, 3, 5, 2, 1, 4, 3, 4, 2],
      [1, 2, 3, 3, 2, 3, 1, 3, 1, 5, 1, 1],
      [2, 1],
    ]);
  });

  test("创新探索（附加） is block 4: 社会力量介入社会救助 2 and 其他机制创新 3, at most 5 together", () => {
    expect(scheme.bonus?.id).toBe("4");
    expect(scheme.bonus?.cap.toString()).toBe("5");
    expect(scheme.bonus?.children.map((c) => [c.id, c.name, c.points.toNumber()])).toEqual([
      ["4.1", "社会力量介入社会救助", 2],
      ["4.2", "其他机制创新", 3],
    ]);
    expect(scheme.penalty).toBeUndefined();
  });

  test("four 一票否决 conditions, “评为不合格等次”; no grade bands", () => {
    // counted in [003]: 一票否决项目 1.–4.
    expect(scheme.vetoes.map((v) => v.id)).toEqual(["veto.1", "veto.2", "veto.3", "veto.4"]);
    expect(scheme.vetoGrade).toBe("不合格");
    expect(scheme.grades).toEqual([]);
  });
});

describe("[003] 评价标准 applied as written", () => {
  test("信息数据: 少录入 3 月次, 更新不及时 2 月次 at 0.1, 1 个未通过系统申办 at 0.2 → 5 − 0.7 = 4.3", () => {
    expect(score({ "1.8": { 1: 3, 2: 2, 3: 1, 4: 0 } })("1.8")).toBe("4.30");
    // and one 月次 of 业务数据与财务数据不一致 takes 0.5 more
    expect(score({ "1.8": { 1: 3, 2: 2, 3: 1, 4: 1 } })("1.8")).toBe("3.80");
  });

  test("入户调查: “入户调查率每降低1%扣0.1分” counted on the points short of 100%", () => {
    // 96.5% is 3.5 points short → 0.35
    expect(score({ "2.4": { 1: 0, 2: "96.5%", 3: "否" } })("2.4")).toBe("3.65");
    // 1 case without 调查 (0.5) + 95% (0.5) + no 备案登记 (1) → 4 − 2
    expect(score({ "2.4": { 1: 1, 2: "95%", 3: "是" } })("2.4")).toBe("2.00");
  });

  test("人员机构: “…不得分” takes all 3 points; 无专职核对工作人员 takes 1", () => {
    expect(score({ "1.2": { 1: "是", 2: "否" } })("1.2")).toBe("0.00");
    expect(score({ "1.2": { 1: "否", 2: "是" } })("1.2")).toBe("2.00");
  });

  test("政策落实: 1 项 未贯彻落实 (1) + 5 例 没有转换、换证 (0.5) + 2 例 未落实政策 (0.4) → 3.1", () => {
    expect(score({ "1.3": { 1: 1, 2: 5, 3: 2 } })("1.3")).toBe("3.10");
  });

  test("政策落实: “三项政策” lists three: all 3 未贯彻落实 → 5 − 3 = 2; 4 is an error naming the part, not capped", () => {
    expect(score({ "1.3": { 1: 3, 2: 0, 3: 0 } })("1.3")).toBe("2.00");
    const e = evaluate(scheme, [{ name: "城厢镇", values: { "1.3": { 1: 4, 2: 0, 3: 0 } } }]);
    expect(e.errors.map((x) => [x.id, x.part, x.problem.code, x.problem.zh])).toEqual([
      ["1.3", "1", "too-many-items", "填写了 4 项，但“三项政策未贯彻落实”只列了 3 项"],
    ]);
    expect(e.units[0]!.scores.has("1.3")).toBe(false);
  });

  test("材料报表: the three reports named (年审报告、绩效自评价、年终工作总结) → at most 3 × 0.5; 4 is an error", () => {
    expect(score({ "1.9": { 1: 0, 2: 0, 3: 3 } })("1.9")).toBe("1.50");
    const e = evaluate(scheme, [{ name: "城厢镇", values: { "1.9": { 1: 0, 2: 0, 3: 4 } } }]);
    expect(e.errors.map((x) => [x.id, x.part, x.problem.code])).toEqual([["1.9", "3", "too-many-items"]]);
  });

  test("“一户一档一策”: 1 + 1 + 4 = 6 against 4 points stops at 0", () => {
    expect(score({ "1.4": { 1: "是", 2: "是", 3: "是" } })("1.4")).toBe("0.00");
  });

  test("资金管理: 资金台账不清晰 3 例 → 5 − 1.5; 未实行专项管理 → 不得分", () => {
    expect(score({ "3.1": { 1: "否", 2: 3 } })("3.1")).toBe("3.50");
    expect(score({ "3.1": { 1: "是", 2: 0 } })("3.1")).toBe("0.00");
  });

  test("社会力量介入: 引入 0.5 and 引导 1 each, “总分不超过2分”", () => {
    expect(score({ "4.1": { 1: 2, 2: 0 } })("4.1")).toBe("1.00");
    // 3 × 0.5 + 1 = 2.5 → 2
    expect(score({ "4.1": { 1: 3, 2: 1 } })("4.1")).toBe("2.00");
  });

  test("其他机制创新: 部 1.5, 省 1, 市 0.5, “同一项目依最高分统计”, “总分不超过3分”", () => {
    // a project 表彰 by 省 and 市 counts 1, not 1.5; with a 部 project: 1 + 1.5 = 2.5
    expect(score({ "4.2": [["省", "市"], ["部"]] })("4.2")).toBe("2.50");
    // typed in a cell: projects split by “;”
    expect(score({ "4.2": "省,市;部;市" })("4.2")).toBe("3.00");
    // 1.5 + 1.5 + 1 = 4 → 3
    expect(score({ "4.2": [["部"], ["部", "省"], ["省"]] })("4.2")).toBe("3.00");
  });

  test("the whole 附加 part: 2 + 3 = 5", () => {
    expect(score({ "4.1": { 1: 4, 2: 0 }, "4.2": [["部"], ["部"]] })("4")).toBe("5.00");
  });
});

describe("[003] whole 镇", () => {
  test("nothing found against any 评价标准: 100", () => {
    const [unit] = evaluate(scheme, [{ name: "城厢镇", values: perfect }]).units;
    expect(unit!.missing).toEqual([]);
    expect(show(unit!.total)).toBe("100.00");
    expect(unit!.grade).toBeNull();
  });

  test("deductions and 附加 add up by hand", () => {
    const values = {
      ...perfect,
      "1.8": { 1: 3, 2: 2, 3: 1, 4: 0 }, // −0.7
      "2.4": { 1: 0, 2: "96.5%", 3: "否" }, // −0.35
      "4.2": [["省", "市"], ["部"]], // +2.5
    };
    const e = evaluate(scheme, [{ name: "城厢镇", values }]);
    expect(e.errors).toEqual([]);
    const unit = e.units[0]!;
    expect(scheme.columns.map((c) => show(unit.columns.get(c.id)))).toEqual(["39.30", "49.65", "10.00", "2.50"]);
    expect(fixed(unit.total!, 2)).toBe("101.45");
  });

  test("any one of the four 一票否决 conditions: 不合格, score still shown", () => {
    const [unit] = evaluate(scheme, [{ name: "城厢镇", values: { ...perfect, "veto.3": "是" } }]).units;
    expect(show(unit!.total)).toBe("100.00");
    expect(unit!.vetoes).toEqual(["veto.3"]);
    expect(unit!.grade).toBe("不合格");
  });
});
