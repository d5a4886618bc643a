/**
 * Rate wordings found declined by trying them (round 16): 及 inside a rate's name (及时率, 普及率) is no “and” joining two
 * rates, 每超 is 每超过, and “满分P分” closing the clause restates the 分值. Scores from the words: P − the amount per point past the mark, not below 0.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("及 inside a word", () => {
  test("“及时率达到100%得满分，每降低1个百分点扣0.5分，低于90%不得分”: 95% → 4 − 2.5", () => {
    const r = recognise("及时率达到100%得满分，每降低1个百分点扣0.5分，低于90%不得分", 4);
    expect(score(r, "95%", 4)).toBe("1.5");
    expect(score(r, "100%", 4)).toBe("4");
    expect(score(r, "89%", 4)).toBe("0");
  });

  test("普及率 likewise", () => {
    expect(score(recognise("普及率达到95%得满分，每降低1%扣0.5分", 4), "93%", 4)).toBe("3");
  });

  test("two rates joined by 和 stay declined", () => {
    expect(reasonOf(recognise("及时率和准确率达到100%得满分，每降低1%扣0.5分", 4))).toContain("两个比率");
  });
});

describe("每超 as 每超过", () => {
  test("“资金结余率控制在10%以内得满分，超过10%的每超1个百分点扣0.5分”: 12% → 3", () => {
    const r = recognise("资金结余率控制在10%以内得满分，超过10%的每超1个百分点扣0.5分", 4);
    expect(score(r, "10%", 4)).toBe("4");
    expect(score(r, "12%", 4)).toBe("3");
    expect(score(r, "20%", 4)).toBe("0");
  });

  test("with no mark to start from, declined", () => {
    expect(recognise("每超1个百分点扣0.5分", 4).status).toBe("manual");
  });
});

describe("满分P分 after the rules", () => {
  test("“每开展一次活动得1分，满分4分”: 1 a time up to 4", () => {
    const r = recognise("每开展一次活动得1分，满分4分", 4);
    expect([0, 3, 6].map((n) => score(r, n, 4))).toEqual(["0", "3", "4"]);
  });

  test("满分 other than the 分值 is declined, not read as a cap on deductions", () => {
    expect(recognise("每发现一例扣1分，满分4分", 5).status).toBe("manual");
  });
});

describe("durations", () => {
  test("“每逾期1天扣0.1分” counts days late (期 of 逾期 is no unit)", () => {
    const r = recognise("每逾期1天扣0.1分", 2);
    expect(score(r, 3, 2)).toBe("1.7");
    expect(r.status === "draft" && r.sentence).toContain("每天");
  });

  test("每延期1天 likewise", () => {
    expect(score(recognise("每延期1天扣0.1分", 2), 30, 2)).toBe("0");
  });

  test("“逾期一周以内扣0.5分，逾期一周以上扣1分”: tiers on a duration sharing a week, not two yes/no", () => {
    expect(recognise("逾期一周以内扣0.5分，逾期一周以上扣1分", 2).status).toBe("manual");
  });

  test("四周 (around) is not a number of weeks", () => {
    expect(score(recognise("房屋四周设置垃圾桶得2分", 2), "是", 2)).toBe("2");
  });
});
