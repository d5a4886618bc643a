/**
 * Held-out set 8's wrong drafts (first measurement): a manner without a measure (经常, 不断, 认真, 不清楚) drafted as a
 * yes/no, and one deduction without 每 beside 扣完为止. Both classes are declined; a per-case deduction is still read.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("how often or how carefully, without a measure: the evaluator's", () => {
  test.each([
    ["指导退休党员经常开展组织活动得0.2分.", 0.2, "base", "经常"],
    ["不断更新完善退休人员活动场所及活动设施得0.2分,经常开展文体娱乐活动得0.2分.", 0.4, "base", "不断"],
    ["认真开展政策咨询、业务查询工作得0.2分.", 0.2, "base", "认真"],
    ["1、理事长(会长)对学会主要工作不清楚的扣2分。", 15, "penalty", "不清楚"],
  ] as const)("“%s” is declined", (text, points, part, word) => {
    expect(reasonOf(recognise(text, points, part))).toContain(`“${word}”没有可计数的标准`);
  });

  test("the same requirement without the manner word is a yes/no", () => {
    const r = recognise("指导退休党员开展组织活动得0.2分.", 0.2);
    expect([score(r, "是", 0.2), score(r, "否", 0.2)]).toEqual(["0.2", "0"]);
  });

  test("a counted case judged 未认真 is the judgement counted (held-out sets 34, 36, 46): “未认真核查的,每例扣0.5分”", () => {
    expect(reasonOf(recognise("未认真核查的,每例扣0.5分,扣完为止。", 2))).toContain("未认真");
    // a case that is a fact counts
    const r = recognise("未核查的,每例扣0.5分,扣完为止。", 2);
    expect([score(r, 0, 2), score(r, 1, 2), score(r, 5, 2)]).toEqual(["2", "1.5", "0"]);
  });
});

describe("one deduction written once, with 扣完为止", () => {
  test("“未按时下达任务扣1分,扣完为止” on 2 points: whether it repeats is open", () => {
    expect(reasonOf(recognise("未按时下达任务扣1分,扣完为止", 2))).toContain("是否按次重复扣分");
  });

  test("a per-case deduction with 扣完为止 is read", () => {
    const r = recognise("未按时下达任务的,每次扣1分,扣完为止", 2);
    expect([score(r, 0, 2), score(r, 1, 2), score(r, 3, 2)]).toEqual(["2", "1", "0"]);
  });
});
