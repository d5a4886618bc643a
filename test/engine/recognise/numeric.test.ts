/**
 * Numeric conditions the statement reader does not bound (numeric.ts; docs/recogniser.md, “Numeric conditions”;
 * docs/ids-and-inputs.md): tiers on a measured quantity (小时, 平方米, 亩 …) as bands on the number; one such condition
 * taking points away as a yes/no of the condition as worded; one met by each case (单起) as a count; a number in the
 * full-points award ahead of per-case deductions as the item's heading. Each read in general, with the near-misses that
 * stay manual. Scores are worked by hand from each clause's own words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("tiers on a measured quantity: bands on the number", () => {
  test("“2小时内…得0.5分，超过2小时…不得分”: the hours, 2 itself within", () => {
    const r = recognise("灾情发生后2小时内通过灾情系统报灾，得0.5分，超过2小时报灾不得分。", 0.5);
    expect(r.status).toBe("draft");
    if (r.status === "draft") expect(r.rule).toMatchObject({ kind: "bands", input: "number" });
    expect([0, 2, 2.01, 6].map((h) => score(r, h, 0.5))).toEqual(["0.5", "0.5", "0", "0"]);
    // The clerk confirms the rule by its sentence: the hours are said in hours, as the clause measures them.
    expect(r).toMatchObject({ status: "draft", sentence: expect.stringContaining("2小时（含）以下得0.5分") });
  });

  test("five tiers of an area in ㎡, the lower bound written before the name (50㎡≤面积<80㎡)", () => {
    const r = recognise(
      "具有独立的办公场所，场所面积≥80㎡的得5分，50㎡≤面积<80㎡的得4分，30㎡≤面积<50㎡的得3分，20㎡≤面积<30㎡的得2分，办公面积<20㎡的不得分。",
      5,
    );
    expect([90, 80, 79, 50, 30, 29.5, 20, 19.9, 0].map((a) => score(r, a, 5))).toEqual([
      "5",
      "5",
      "4",
      "4",
      "3",
      "2",
      "2",
      "0",
      "0",
    ]);
  });

  test("“30亩以上(含30亩)得3分；30亩以下得1分”: the tier that marks 30 as its own (含) keeps it", () => {
    const r = recognise("新建示范基地30亩以上(含30亩)的得3分；30亩以下的得1分", 3);
    expect([30, 45, 29.5, 10].map((a) => score(r, a, 3))).toEqual(["3", "3", "1", "1"]);
    expect(r).toMatchObject({ status: "draft", sentence: expect.stringContaining("30亩（含）以上得3分") });
  });

  test("tiers in different units, or beside a term of another kind, stay manual", () => {
    expect(reasonOf(recognise("2小时内报灾得1分，超过30公里的不得分", 1))).not.toBe("");
    expect(reasonOf(recognise("2小时内报灾得1分，超过2小时不得分；每迟报1次扣0.5分", 1))).toContain("数值条件");
  });
});

describe("one measured condition taking points away: a yes/no of the condition as worded", () => {
  test("“调度室面积小于60平方米的，扣1分” beside a per-case term: 是 = smaller than 60", () => {
    const r = recognise("调度室面积小于60平方米的，扣1分；每发现一处设施损坏扣0.5分", 2);
    expect(r.status).toBe("draft");
    expect(score(r, { "1": "否", "2": 0 }, 2)).toBe("2");
    expect(score(r, { "1": "是", "2": 1 }, 2)).toBe("0.5");
    expect(score(r, { "1": "是", "2": 3 }, 2)).toBe("0");
  });

  test("mkdd-6.1: beside “其它每项不合格的各扣0.5分” (after 每项 the 各 says each again)", () => {
    const r = recognise("调度室面积小于60平方米的，扣1分；其它每项不合格的各扣0.5分", 2);
    expect(score(r, { "1": "否", "2": 0 }, 2)).toBe("2");
    expect(score(r, { "1": "是", "2": 1 }, 2)).toBe("0.5");
    expect(score(r, { "1": "否", "2": 2 }, 2)).toBe("1");
  });

  test("alone: all or nothing on the failing (“面积小于60平方米的，扣1分” on 1 point)", () => {
    const r = recognise("调度室面积小于60平方米的，扣1分", 1);
    expect(r.status).toBe("draft");
    if (r.status === "draft") expect(r.rule).toMatchObject({ kind: "allOrNothing", sense: "failure" });
    expect([score(r, "是", 1), score(r, "否", 1)]).toEqual(["0", "1"]);
  });

  test("an award on a single measured condition stays manual (the number or a yes/no?)", () => {
    expect(reasonOf(recognise("调度室面积不小于60平方米的，得2分；每发现一处设施损坏扣0.5分", 2))).toContain(
      "数值条件",
    );
  });
});

describe("a measured condition met by each case: a count", () => {
  test("“单起受害面积30亩以上的扣10分，扣完为止”: per fire", () => {
    const r = recognise("因履职不到位引发森林火灾的，单起受害面积30亩以上的扣10分，扣完为止。", 40);
    expect(r.status).toBe("draft");
    expect([0, 1, 3, 5].map((n) => score(r, n, 40))).toEqual(["40", "30", "10", "0"]);
  });

  test("an award per such case stays manual", () => {
    expect(reasonOf(recognise("单起面积30亩以上的得2分", 2))).not.toBe("");
  });
});

describe("a number in the full-points award ahead of per-case deductions: the heading", () => {
  test("“低保对象100%全覆盖的，得1分，发现1例未参保的扣0.1分，扣完为止”: the count", () => {
    const r = recognise("落实资助参保举措，低保对象100%全覆盖的，得1分，发现1例未参保的扣0.1分，扣完为止。", 1);
    expect([0, 1, 9, 15].map((n) => score(r, n, 1))).toEqual(["1", "0.9", "0.1", "0"]);
  });

  test("“不低于…平均数的1/2，得1.5分；每有1个…达不到要求的，扣0.5分”", () => {
    const r = recognise(
      "单个内设机构实际人员配置数不低于内设机构人员平均数的1/2，得1.5分；每有1个内设机构实际人员配置数达不到要求的，扣0.5分",
      1.5,
    );
    expect([0, 1, 3, 4].map((n) => score(r, n, 1.5))).toEqual(["1.5", "1", "0", "0"]);
  });

  test("an award of part of the points, or with nothing after it, stays manual", () => {
    expect(reasonOf(recognise("低保对象100%全覆盖的，得0.5分，发现1例未参保的扣0.1分", 1))).toContain("数值条件");
    expect(reasonOf(recognise("低保对象100%全覆盖的，得1分", 1))).toContain("数值条件");
    expect(reasonOf(recognise("低保对象100%全覆盖的，得1分，否则不得分", 1))).toContain("数值条件");
  });
});

describe("“1人以上” among criteria with their points: the count of persons", () => {
  test("“村(居)委残协机构健全1分,…,有工作人员1人以上1分”: 1 or more persons give the point", () => {
    const r = recognise("村(居)委残协机构健全1分,有办公场地1分,有办公设备1分,有工作人员1人以上1分。", 4);
    expect(score(r, { "1": "是", "2": "是", "3": "是", "4": 1 }, 4)).toBe("4");
    expect(score(r, { "1": "否", "2": "否", "3": "否", "4": 3 }, 4)).toBe("1");
    expect(score(r, { "1": "是", "2": "否", "3": "是", "4": 0 }, 4)).toBe("2");
  });

  test("“1人” without 以上, or a bracket holding points in a criterion stay manual (“2人以上”: criterionBound.test.ts)", () => {
    expect(reasonOf(recognise("机构健全1分,有工作人员1人1分", 2))).not.toBe("");
    expect(reasonOf(recognise("机构健全(1分)1分,有办公场地1分", 2))).not.toBe("");
  });
});

describe("a ratio of two named amounts: the ratio as a rate (2倍 = 200%)", () => {
  test("“年末净资产是注册资金的2倍以上(含2倍)…不到…2倍,大于或等于注册资金…低于注册资金”: three tiers", () => {
    const r = recognise(
      "年末净资产是注册资金的2倍以上(含2倍),得10分;年末净资产不到注册资金的2倍,大于或等于注册资金,得5分;年末净资产低于注册资金,得0分",
      10,
    );
    expect(["250%", "200%", "199%", "100%", "99.9%", "10%"].map((v) => score(r, v, 10))).toEqual([
      "10",
      "10",
      "5",
      "5",
      "0",
      "0",
    ]);
  });

  test("a comparison with no amount compared (“不小于注册资金”), or with 符合条件, stays as it was", () => {
    expect(reasonOf(recognise("□不小于注册资金 5 □小于注册资金 0", 5))).toContain("比较");
    expect(reasonOf(recognise("单位的净资产不低于登记的注册资金数，符合条件的得10分，低于不得分。", 10))).not.toBe("");
  });
});

describe("checkbox options that are tiers (checkbox.ts), after a lead-in that scores nothing", () => {
  test("“办公住所:口有20平米以上(含20平米)…10口有20平米以下…5”: the area, 20 in the upper tier", () => {
    const r = recognise("办公住所:口有20平米以上(含20平米)独立办公用房10口有20平米以下独立办公用房5", 10);
    expect([20, 35, 19.5, 12].map((a) => score(r, a, 10))).toEqual(["10", "10", "5", "5"]);
  });

  test("“口上年末净资产不小于登记的注册资金数5 口…小于…0”: the ratio", () => {
    const r = recognise(
      "核对资产负债表中上年末净资产数额。\n口上年末净资产不小于登记的注册资金数5 口上年末净资产小于登记的注册资金数0",
      5,
    );
    expect(["100%", "150%", "99.9%"].map((v) => score(r, v, 5))).toEqual(["5", "5", "0"]);
  });

  test("points in brackets (“□X(5分) □Y(0分)”): options, one ticked, never criteria adding up", () => {
    const r = recognise("□年末净资产不低于注册资金(5分) □年末净资产低于注册资金(0分)", 5);
    expect(["100%", "180%", "99.5%"].map((v) => score(r, v, 5))).toEqual(["5", "5", "0"]);
    const pair = recognise("□开立独立银行账户(5分) □未开立独立银行账户(0分)", 5);
    expect([score(pair, "是", 5), score(pair, "否", 5)]).toEqual(["5", "0"]);
    expect(reasonOf(recognise("□悬挂于办公场所外(5分) □悬挂于办公场所内(3分) □未悬挂(0分)", 5))).toContain("3个");
  });

  test("a lead-in with a number or a score in it is not read as one", () => {
    expect(reasonOf(recognise("满分5分 口开立5 口未开立0", 5))).not.toBe("");
    expect(reasonOf(recognise("办公住所:口有20平米以上独立办公用房10口有30平米以下独立办公用房5", 10))).not.toBe("");
  });
});

describe("wordings beside the class", () => {
  test("“发生安全责任事故，全部扣完”: all the points, a yes/no", () => {
    const r = recognise("未开展安全工作每次扣0.5分；发生安全责任事故，全部扣完。", 10);
    expect(score(r, { "1": 2, "2": "否" }, 10)).toBe("9");
    expect(score(r, { "1": 0, "2": "是" }, 10)).toBe("0");
  });

  test("a bare “100%达要求” above tiers of ≥N%: exactly 100%", () => {
    const r = recognise("100%达要求，得满分 ≥80%达要求，得2分 ≥60%达要求，得1分 ＜60%达要求，不得分", 3);
    expect(["100%", "99%", "80%", "60%", "59%"].map((v) => score(r, v, 3))).toEqual(["3", "2", "2", "1", "0"]);
  });
});
