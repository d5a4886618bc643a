/**
 * Readings added after held-out sets 22–24 were measured, from their declined computable clauses (wording varied from
 * the documents'; scores from the words).
 */
import { recognise } from "../../../src/engine";
import { score } from "./probeHelpers";

describe("“(一)落实责任10分:…” and a yearly duty before one award", () => {
  const r = recognise("(一)落实责任10分:防疫员每年与乡镇中心、村民委员会分别签订责任书得10分,缺一项扣5分。", 10);

  test("the heading restates the 分值; 每年 counts nothing: 0 missing → 10, 1 → 5, 2 → 0", () => {
    expect(score(r, 0, 10)).toBe("10");
    expect(score(r, 1, 10)).toBe("5");
    expect(score(r, 2, 10)).toBe("0");
  });

  test("a heading whose points are not the 分值 is not dropped", () => {
    expect(recognise("(一)落实责任8分:签订责任书得10分,缺一项扣5分。", 10).status).toBe("manual");
  });
});

describe("“每年至少召开消防联席会议2次,少1次扣1分”: the count held against 2", () => {
  const r = recognise("每年至少召开消防联席会议2次,少1次扣1分", 10, "penalty");

  test("3 → none taken, 1 → 1, 0 → 2", () => {
    expect(score(r, 3, 10, "penalty")).toBe("0");
    expect(score(r, 1, 10, "penalty")).toBe("-1");
    expect(score(r, 0, 10, "penalty")).toBe("-2");
  });
});

describe("“以实际评定的好路率X120”: the points times the rate", () => {
  const r = recognise("以实际评定的好路率X120。", 120);

  test("85% → 102, 92.5% → 111, 0% → 0", () => {
    expect(score(r, "85%", 120)).toBe("102");
    expect(score(r, "92.5%", 120)).toBe("111");
    expect(score(r, "0%", 120)).toBe("0");
  });

  test("a coefficient other than the 分值 is still declined", () => {
    expect(recognise("以实际评定的好路率×100。", 120).status).toBe("manual");
  });
});

describe("“扣0.2” with no 分 anywhere in the clause", () => {
  test("“每发现一项不齐全或不完善扣0.2”: 3 → 1.4 of 2", () => {
    const r = recognise("房屋档案资料分类成册。每发现一项不齐全或不完善扣0.2", 2);
    expect(score(r, 3, 2)).toBe("1.4");
  });
});

describe("a bound awarded, then “未达标的,扣P分”", () => {
  const r = recognise("造林苗木质量合格率90%以上,得0.5分;未达标的,扣0.5分。", 0.5);

  test("90% → 0.5, 89% → 0", () => {
    expect(score(r, "90%", 0.5)).toBe("0.5");
    expect(score(r, "89%", 0.5)).toBe("0");
  });

  test("a failing that takes less than the award is no 否则", () => {
    expect(recognise("合格率90%以上,得0.5分;未达标的,扣0.2分。", 0.5).status).toBe("manual");
  });
});

describe("“1名(5分),每增加1人加1分,加满5分为止” under 10分: the 5 is what is added", () => {
  const r = recognise("配备专职工作人员1名(5分),每增加1人加1分,加满5分为止", 10);

  test.each([
    [0, "0"],
    [1, "5"],
    [3, "7"],
    [6, "10"],
    [9, "10"],
  ])("%s persons → %s", (n, expected) => {
    expect(score(r, n, 10)).toBe(expected);
  });

  test("“加满15分为止” under 15分 is the total, as before", () => {
    expect(score(recognise("配备专职工作人员3名(5分),每增加1人加1分,加满15分为止", 15), 13, 15)).toBe("15");
  });
});
