import { leaf } from "../../helpers";

describe("rank: 第一名10分,依次递减0.4分,递减到0分为止 (the input is the rank, 1 for the first)", () => {
  const rule = {
    kind: "perCaseDeduction" as const,
    terms: [{ kind: "rank" as const, label: "贷款余额排名", per: 0.4 }],
  };
  test("the first gets the points; each place behind it costs 0.4; never below 0", () => {
    // 10 − 0.4 × (n − 1): 2nd 9.6, 5th 8.4, 25th 0.4, 26th 0
    expect(leaf(rule, 10).score(1)).toBe("10.00");
    expect(leaf(rule, 10).score(2)).toBe("9.60");
    expect(leaf(rule, 10).score(5)).toBe("8.40");
    expect(leaf(rule, 10).score(25)).toBe("0.40");
    expect(leaf(rule, 10).score(26)).toBe("0.00");
    expect(leaf(rule, 10).score(40)).toBe("0.00");
  });
  test("a rank is a whole number from 1: 0, a fraction or a word is named as wrong", () => {
    expect(leaf(rule, 10).problem(0)).toBe("out-of-bounds");
    expect(() => leaf(rule, 10).score(0)).toThrow("第1名填1");
    expect(leaf(rule, 10).problem(2.5)).not.toBe("ok");
    expect(leaf(rule, 10).problem("靠前")).not.toBe("ok");
  });
  test("the header asks for the rank in 名; the sentences say the step", () => {
    expect(leaf(rule, 10).compiled.slots).toEqual([{ key: "", label: "贷款余额排名", kind: "count", measure: "名" }]);
    expect(leaf(rule, 10).compiled.describe()).toBe(
      "贷款余额排名第1名不扣分，名次每后退1位扣0.4分，扣完为止（本项10分）",
    );
    expect(leaf(rule, 10).run(3).sentence).toBe(
      "贷款余额排名第3名，扣0.8分，共扣0.8分，本项10分，故该项指标得分为9.2分",
    );
  });
  test("beside a yes/no that takes all the points: (如贷款增速低于名义GDP增速,此项不得分)", () => {
    const two = {
      kind: "perCaseDeduction" as const,
      terms: [rule.terms[0]!, { kind: "flag" as const, label: "贷款增速低于名义GDP增速", points: 10 }],
    };
    expect(leaf(two, 10).score({ "1": 4, "2": "否" })).toBe("8.80");
    expect(leaf(two, 10).score({ "1": 1, "2": "是" })).toBe("0.00");
  });
});
