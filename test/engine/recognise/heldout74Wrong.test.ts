/**
 * Held-out sets 74–76's wrong drafts (first measurement at d521027: 25 of 41 computable drafted exactly, 2 wrong — sets 74
 * and 75 none), closed in general (guards.ts `DEGREE`, labelChecks/context.ts `pointsSplitInContext`; docs/recogniser.md
 * 105); wording varied from the documents'.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("an effect awarded as it is weighed", () => {
  test("“…成效显著得5分”, “效果明显得3分” — how marked an effect is, the evaluator weighs", () => {
    const r = recognise("协调联动机制健全得3分,各成员单位在维权工作中成效显著得5分。", 8);
    expect(reasonOf(r)).toContain("成效显著");
    expect(reasonOf(recognise("宣传效果明显得2分,群众知晓得2分。", 4))).toContain("效果明显");
  });

  test("an effect measured by what follows it (“成效显著，获得省级荣誉的，每次得3分”) stays read", () => {
    const r = recognise("创建成效显著，获得省级政府及以上荣誉的，每次得3分，累计最高得6分。", 6);
    expect(score(r, 1, 6)).toBe("3");
    expect(score(r, 3, 6)).toBe("6");
  });
});

describe("the row parts the item's points among its requirements", () => {
  const context = "评分标准:河道清洁,水面无漂浮物(5分);不在河里洗衣物(5分)";

  test("per-case deductions and a 不得分 drafted from one pool of the 分值 — declined", () => {
    const text = "每发现一处漂浮物扣1分(扣完为止);发现有人在河里洗衣物该项不得分";
    expect(reasonOf(recognise(text, 10, "base", { context }))).toContain("5分、5分");
  });

  test("failings each taking no more than its part stay read", () => {
    const r = recognise("车门开关失控的扣3分,未设置缓冲装置的扣3分", 6, "base", {
      context: "车门开关灵活(3分),设有防夹胶条或缓冲装置(3分)",
    });
    expect(score(r, { "1": "是", "2": "否" }, 6)).toBe("3");
  });
});
