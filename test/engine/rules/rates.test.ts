import { leaf } from "../../helpers";

const survey = {
  kind: "survey" as const,
  options: [
    { label: "非常满意", weight: 1 },
    { label: "比较满意", weight: 0.75 },
    { label: "一般", weight: 0.5 },
    { label: "较不满意", weight: 0.25 },
    { label: "不太满意", weight: 0 },
  ],
};
const ratio = { kind: "ratio" as const, actual: "实际发放人数", planned: "计划发放人数" };

describe("rate, proportional: 计划发放率100%得满分，每偏离1%扣权重1%，60%以下不计分 [004 C11–C14]", () => {
  const rule = { kind: "rateProportional" as const, floor: 0.6, measure: ratio };

  test("虹桥 C11: 358 of 440 scores 1.63", () => {
    expect(leaf(rule, 2, { name: "低保补助计划发放率" }).score({ actual: 358, planned: 440 })).toBe("1.63");
  });
  test("虹桥 C12: 5425 of 5900 scores 1.84", () => {
    expect(leaf(rule, 2).score({ actual: 5425, planned: 5900 })).toBe("1.84");
  });
  test("虹桥 C13: 140 of 150 scores 2.80", () => {
    expect(leaf(rule, 3).score({ actual: 140, planned: 150 })).toBe("2.80");
  });
  test("虹桥 C14: 3618 of 3600 is capped at 100% and scores 3.00", () => {
    expect(leaf(rule, 3).score({ actual: 3618, planned: 3600 })).toBe("3.00");
  });
  test("a typed rate gives the sentence of the 工作底稿", () => {
    const run = leaf(rule, 2, { name: "低保补助计划发放率" }).run("81.36%");
    expect(run.score).toBe("1.63");
    expect(run.sentence).toBe("低保补助计划发放率81.36%，得81.36%权重分，故该项指标得分为1.63分");
  });
  test("60%以下不计分: 59% scores 0, 60% itself is scored", () => {
    const l = leaf(rule, 2);
    expect(l.score("59%")).toBe("0.00");
    expect(l.score("60%")).toBe("1.20");
  });
  test("a planned count of 0 is an error naming the part", () => {
    const parsed = leaf(rule, 2).compiled.parse({ actual: 3, planned: 0 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.part).toBe("planned");
  });
  test("a pair with one half blank names the blank part", () => {
    const parsed = leaf(rule, 2).compiled.parse({ actual: 358, planned: "" });
    expect(!parsed.ok && parsed.error.code).toBe("blank-part");
  });
});

describe("rate, threshold and slope: 达到95%以上得满分，每降低1%扣权重分的5%", () => {
  const d11 = { kind: "rateThreshold" as const, target: 0.95, per: { share: 0.05 }, floor: 0.75, measure: survey };
  const d21 = {
    kind: "rateThreshold" as const,
    target: 0.95,
    per: { share: 0.05 },
    floor: 0.7,
    floorInclusive: true,
    measure: survey,
  };

  test("虹桥 D11: survey 70/15/10/2/3 is 86.75%, 8.25 points short, and scores 2.35", () => {
    const run = leaf(d11, 4, { name: "缓解困难群众经济压力" }).run([70, 15, 10, 2, 3]);
    expect(run.score).toBe("2.35");
    expect(run.sentence).toContain("86.75%");
    expect(run.sentence).toContain("得58.75%权重分");
  });
  test("虹桥 D21: survey 65/20/10/2/3 is 85.5% and scores 3.68 (7 × 52.5% = 3.675)", () => {
    expect(leaf(d21, 7).score([65, 20, 10, 2, 3])).toBe("3.68");
  });
  test("虹桥 D22: 95% scores full 3.00", () => {
    expect(leaf({ ...d21, measure: undefined }, 3).score("95%")).toBe("3.00");
  });
  test("虹桥 D13: 7 of 7 complaints handled is 100% and scores 4.00", () => {
    const d13 = { kind: "rateThreshold" as const, target: 1, per: { share: 0.01 }, floor: 0.6, measure: ratio };
    expect(leaf(d13, 4).score({ actual: 7, planned: 7 })).toBe("4.00");
  });
  test("以下 against 以下（含）: the floor rate itself scores 0 only when the floor is inclusive", () => {
    // 有责投诉处理率=100%得满分；每降低1%，扣1%权重分；60%以下不得分 [004 D13]
    const d13 = { kind: "rateThreshold" as const, target: 1, per: { share: 0.01 }, floor: 0.6 };
    expect(leaf(d13, 4).score("60%")).toBe("2.40");
    expect(leaf({ ...d13, floorInclusive: true }, 4).score("60%")).toBe("0.00");
    expect(leaf(d21, 7).score("70%")).toBe("0.00");
  });
  test("低于75%不得分: 74.99% scores 0, 75% scores what the slope gives", () => {
    expect(leaf(d11, 4).score("74.99%")).toBe("0.00");
    expect(leaf(d11, 4).score("75%")).toBe("0.00"); // 20 points short × 5% = 100% taken
  });
  test("入户调查率每降低1%扣0.1分 [003]: 96% against 100% takes 0.4", () => {
    const rule = { kind: "rateThreshold" as const, target: 1, per: { points: 0.1 } };
    expect(leaf(rule, 4).score("96%")).toBe("3.60");
  });
  test("survey answers that are not counts name the option", () => {
    const parsed = leaf(d11, 4).compiled.parse([70, 15, "十", 2, 3]);
    expect(!parsed.ok && parsed.error.part).toBe("3");
  });
});

describe("rate, stepped: 超期率≤10%，得0.5分，每增加10%，扣0.1分，扣完为止 [001]", () => {
  const item = { label: "民政救助类业务超期率", points: 0.5, threshold: 0.1, step: 0.1, per: 0.1 };

  test("at or under the threshold, full points", () => {
    expect(leaf({ kind: "rateStepped", partialStep: "counts", items: [item] }, 0.5).score("10%")).toBe("0.50");
  });
  test("30% is two steps over: 0.5 − 0.2 = 0.30", () => {
    expect(leaf({ kind: "rateStepped", partialStep: "counts", items: [item] }, 0.5).score("30%")).toBe("0.30");
  });
  test("whether a started step counts is the rule's parameter: 25% is 2 steps or 1", () => {
    expect(leaf({ kind: "rateStepped", partialStep: "counts", items: [item] }, 0.5).score("25%")).toBe("0.30");
    expect(leaf({ kind: "rateStepped", partialStep: "ignored", items: [item] }, 0.5).score("25%")).toBe("0.40");
  });
  test("扣完为止: 90% leaves 0, never negative", () => {
    expect(leaf({ kind: "rateStepped", partialStep: "counts", items: [item] }, 0.5).score("90%")).toBe("0.00");
  });
  test("市级退回率≦5%得0.5分每增加1%扣0.1分 and 住房≦10%每增加2%扣0.1分, scored in one clause of 1 point", () => {
    const rule = {
      kind: "rateStepped" as const,
      partialStep: "counts" as const,
      items: [
        { label: "民政救助类核对工作市级退回率", points: 0.5, threshold: 0.05, step: 0.01, per: 0.1 },
        { label: "住房保障类核对工作市级退回率", points: 0.5, threshold: 0.1, step: 0.02, per: 0.1 },
      ],
    };
    expect(leaf(rule, 1).score({ 1: "7%", 2: "14%" })).toBe("0.60"); // 0.3 + 0.3
  });
});

describe("threshold: 继续教育培训参训率>80%，得1分，否则不得分 [001]", () => {
  const rule = { kind: "threshold" as const, op: ">" as const, value: 0.8 };
  test("> is strict: 80% scores 0, 80.01% scores 1", () => {
    expect(leaf(rule, 1).score("80%")).toBe("0.00");
    expect(leaf(rule, 1).score("80.01%")).toBe("1.00");
  });
  test("≥ includes the bound", () => {
    expect(leaf({ ...rule, op: ">=" }, 1).score("80%")).toBe("1.00");
  });
});
