/**
 * Held-out set 98's wrong drafts (first measurement at 3e0af3d: 19 of 31 computable drafted exactly, 14 wrong), closed in
 * general where the Conventions and the labels agree (crossCheck.ts `weighedRequirement`, labelChecks/weighed.ts
 * `WEIGHED_FAILING`, counts.ts `everyOrEach`; docs/recogniser.md 114); wording varied from the documents'.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("what the evaluator weighs", () => {
  test("places not up to a requirement of how lighting works or looks (照明效果好, 功能良好, 设计新颖…色彩协调)", () => {
    const context = "城市道路照明设施设置规范,满足功能需要、照明效果好。";
    expect(reasonOf(recognise("不符合要求一处扣0.3分", 3, "penalty", { context }))).toContain("效果好");
    // a requirement that 协调s work is no look (h45-ltdd-2.1)
    const work = "基本要求：1.协调落实生产作业计划，并准确记录";
    expect(score(recognise("查资料。不符合要求1处扣0.5分", 3, "base", { context: work }), 2, 3)).toBe("2");
  });

  test("street lights switched 不适时, counted", () => {
    expect(reasonOf(recognise("不适时开、关路灯一次扣0.1分", 3, "penalty"))).toContain("适时");
  });
});

describe("the text leaves open", () => {
  test("每个…的 earning all the points: every one, or each one found", () => {
    const text = "每个物业工程的特种设备专职管理人员按相关规定持证上岗的,得5分。";
    expect(reasonOf(recognise(text, 5))).toContain("每一个都做到");
    // an award per thing below the points is counted as ever
    expect(score(recognise("每建成1个示范村得1分,最高3分。", 3), 2, 3)).toBe("2");
  });
});
