/**
 * Round 14 (issue 11 part 1): tiers of how far a value lies above an average, beside the level that costs nothing
 * (tiersBeside.ts): “持平不扣分,超过平均值5个点以内扣1分,5个点以外扣2分”. Scores worked out by hand from the words:
 * 持平 costs nothing; 以内 takes the bound in, 以外 leaves it out; the input is how far above the average.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("tiers above an average beside 持平不扣分 are bands on the points above it", () => {
  test("the held-out wording (h11-pa-6): 0 → 2, up to 5 → 1, beyond 5 → 0", () => {
    const r = recognise("持平不扣分,超过平均值5个点以内扣1分,5个点以外扣2分。", 2);
    expect(score(r, 0, 2)).toBe("2");
    expect(score(r, 0.1, 2)).toBe("1");
    expect(score(r, 5, 2)).toBe("1");
    expect(score(r, 5.01, 2)).toBe("0");
    expect(score(r, 30, 2)).toBe("0");
  });

  test("个百分点 and 高于…平均水平, with full-width punctuation: the input is a rate", () => {
    const r = recognise("与全市平均水平持平的不扣分；高于全市平均水平3个百分点以内扣0.5分，3个百分点以外扣1分。", 1.5);
    expect(score(r, "0%", 1.5)).toBe("1.5");
    expect(score(r, "3%", 1.5)).toBe("1");
    expect(score(r, "3.5%", 1.5)).toBe("0.5");
  });

  test("持平或低于 costs nothing below the average either", () => {
    const r = recognise("持平或低于平均值不扣分,高于平均值2个点以内扣1分,2个点以外扣3分", 3);
    expect(score(r, -4, 3)).toBe("3");
    expect(score(r, 2, 3)).toBe("2");
    expect(score(r, 2.5, 3)).toBe("0");
  });
});

describe("outside the one shape it declines as before", () => {
  test("以上 after the bound takes it in, overlapping 以内: declined", () => {
    const r = recognise("持平不扣分,超过平均值5个点以内扣1分,5个点以上扣2分。", 2);
    expect(r.status).toBe("manual");
  });

  test("two different bounds leave a gap: declined with the reason", () => {
    const r = recognise("持平不扣分,超过平均值5个点以内扣1分,8个点以外扣2分。", 2);
    expect(reasonOf(r)).toBe("“以内”与“以外”两档的界限不同，中间的幅度如何计分不明确");
  });

  test("a second tier taking more than the 分值, or no more than the first: declined", () => {
    expect(reasonOf(recognise("持平不扣分,超过平均值5个点以内扣1分,5个点以外扣3分。", 2))).toBe(
      "超出幅度各档的扣分与分值不相称，请人工设定规则",
    );
    expect(recognise("持平不扣分,超过平均值5个点以内扣1分,5个点以外扣1分。", 2).status).toBe("manual");
  });

  test("no average named: declined (持平 with what is not said)", () => {
    expect(recognise("持平不扣分,超过5个点以内扣1分,5个点以外扣2分。", 2).status).toBe("manual");
  });

  test("a bonus or penalty item: declined", () => {
    expect(recognise("持平不扣分,超过平均值5个点以内扣1分,5个点以外扣2分。", 2, "penalty").status).toBe("manual");
  });
});

describe("a count reached, with its award, beside yes/no terms is a bound term on the count", () => {
  test("“开展宣传活动2次以上得1分” between two awards: 2 gives it, 1 does not", () => {
    const r = recognise("建立工作台账得1分;开展宣传活动2次以上得1分;有年度总结得1分", 3);
    expect(score(r, { "1": "是", "2": 2, "3": "否" }, 3)).toBe("2");
    expect(score(r, { "1": "是", "2": 1, "3": "是" }, 3)).toBe("2");
    expect(score(r, { "1": "否", "2": 5, "3": "是" }, 3)).toBe("2");
    expect(score(r, { "1": "是", "2": 2, "3": "是" }, 3)).toBe("3");
    expect(r.status === "draft" && r.sentence).toContain("开展宣传活动次数不低于2得1分");
  });

  test("the held-out-style evidence note in the bracket (r11-xzhb-1's wording)", () => {
    const r = recognise("有分管领导(以党政文件为准记2分);研究环保工作三次以上(以记录为准记1分);有工作计划记2分。", 5);
    expect(score(r, { "1": "是", "2": 3, "3": "是" }, 5)).toBe("5");
    expect(score(r, { "1": "是", "2": 2, "3": "是" }, 5)).toBe("4");
  });

  test.each([
    ["建立工作台账得1分;开展宣传活动2次以上扣1分", "a deduction for reaching a count"],
    ["建立工作台账得1分;开展宣传活动2次以上得1分;开展宣传活动4次以上得2分", "two tiers of the same count"],
    ["建立工作台账得1分;开展宣传活动2次以上的人员得1分", "words after the count: it bounds something else"],
    ["开展宣传活动2次以上得1分", "nothing beside it: one tier alone"],
  ])("“%s” stays declined (%s)", (text) => {
    expect(recognise(text, 3).status).toBe("manual");
  });
});
