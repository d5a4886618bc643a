/**
 * Round 7's wording classes (docs/recogniser.md, “How it reads”): a score formula whose coefficient is named (×标准分值,
 * ×该项分值, ×权重分), a per-unit award inside the bracket restating the 分值 (“(2分,1个部门0.5分,满分2分)”,
 * bracketAward.ts), and 基准分/基础分/标准分 as synonyms of 基本分 (criteria.ts basePoints). Each read in general, with
 * the near-misses that must stay manual. Scores are worked by hand from each clause's own words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("a score formula whose coefficient is named: the 分值", () => {
  test("“考核得分=抽查合格村数量/抽查村总数量×标准分值”: P × the ratio, typed as the rate", () => {
    const r = recognise("考核得分=抽查合格村数量/抽查村总数量×标准分值", 5);
    expect(r.status).toBe("draft");
    if (r.status === "draft") expect(r.rule.kind).toBe("rateProportional");
    // 8 of 10 villages: 5 × 0.8 = 4
    expect(score(r, "80%", 5)).toBe("4");
    expect(score(r, "100%", 5)).toBe("5");
    expect(score(r, "0%", 5)).toBe("0");
  });

  test("×标准分, ×该项分值, ×权重分, ×权重分值, ×此项分值", () => {
    for (const text of [
      "得分=完成数/任务数×标准分",
      "得分=完成率×该项分值",
      "得分=任务完成率×权重分",
      "得分=任务完成率×权重分值",
      "得分=任务完成率×此项分值",
    ]) {
      const r = recognise(text, 4);
      expect([text, r.status]).toEqual([text, "draft"]);
      // 3 of 4 done: 4 × 0.75 = 3
      expect(score(r, "75%", 4)).toBe("3");
    }
  });

  test("a formula whose named coefficient is not the 分值, or whose operand is not a rate, declines", () => {
    // 基准分 in a formula: which 基准分 (a heading elsewhere? the 分值?) the formula alone does not say
    expect(reasonOf(recognise("得分=完成率×基准分", 5))).toContain("系数");
    // three factors
    expect(recognise("得分=完成率×标准分值×权重", 5).status).toBe("manual");
    // 满意度 may be a score out of 100, not a rate
    expect(recognise("得分=满意度×标准分值", 5).status).toBe("manual");
    // a number that is not the 分值
    expect(recognise("得分=完成率×10", 5).status).toBe("manual");
  });
});

describe("a per-unit award inside the bracket restating the 分值", () => {
  test("“出台…的政策。(2分, 1个部门0.5分,满分2分)”: 1个X read as per X, capped at the 分值", () => {
    const r = recognise("出台支持农村综合改革的政策。(2分, 1个部门0.5分,满分2分)", 2);
    expect(r.status).toBe("draft");
    // the input is the number of departments
    expect([0, 1, 3, 4, 6].map((n) => score(r, n, 2))).toEqual(["0", "0.5", "1.5", "2", "2"]);
  });

  test("“(3分，每项1分，满分3分)” and “(3分,每项1分,最高3分)”", () => {
    for (const text of ["制定配套制度（3分，每项1分，满分3分）", "制定配套制度(3分,每项1分,最高3分)"]) {
      const r = recognise(text, 3);
      expect([text, r.status]).toEqual([text, "draft"]);
      expect([0, 2, 3, 5].map((n) => score(r, n, 3))).toEqual(["0", "2", "3", "3"]);
    }
  });

  test("a bracket whose first number or cap is not the 分值 declines, naming it", () => {
    expect(reasonOf(recognise("制定配套制度(3分,每项1分,满分3分)", 2))).toContain("3分与本项分值2分");
    expect(reasonOf(recognise("制定配套制度(3分,每项1分,满分2分)", 3))).toContain("上限2分");
  });

  test("near-misses stay manual: no cap after 1个X, scoring words before the bracket, a deduction in it", () => {
    // “1个部门0.5分” without 满分/最高/最多: per department, or once for one?
    expect(recognise("出台相关政策(2分,1个部门0.5分)", 2).status).toBe("manual");
    // a deduction before the bracket: how it combines with the award the text does not say
    expect(recognise("未出台政策的扣1分(2分,每项1分,满分2分)", 2).status).toBe("manual");
    // a negative before the bracket: an award per failing, or per item met?
    expect(recognise("未建立配套制度(2分,每项1分,满分2分)", 2).status).toBe("manual");
    // a per-unit amount larger than the 分值
    expect(recognise("制定配套制度(2分,每项3分,满分2分)", 2).status).toBe("manual");
  });
});

describe("基准分, 基础分, 标准分 as 基本分", () => {
  test("“单项基准2分,不符合要求,该单项基准分扣完为止”: one failing takes all the points (是 = 不符合要求)", () => {
    const r = recognise("单项基准2分,不符合要求,该单项基准分扣完为止", 2);
    expect(r.status).toBe("draft");
    expect(score(r, "是", 2)).toBe("0");
    expect(score(r, "否", 2)).toBe("2");
  });

  test("“（基础分5分）资料不全的，基础分扣完为止”; “标准分3分,未建立制度,标准分扣完为止”", () => {
    const a = recognise("（基础分5分）资料不全的，基础分扣完为止", 5);
    expect([score(a, "是", 5), score(a, "否", 5)]).toEqual(["0", "5"]);
    const b = recognise("标准分3分,未建立制度,标准分扣完为止", 3);
    expect([score(b, "是", 3), score(b, "否", 3)]).toEqual(["0", "3"]);
  });

  test("after a per-case deduction, “该单项基准分扣完为止” is the floor", () => {
    const r = recognise("单项基准2分,每发现一处不符合要求扣0.5分,该单项基准分扣完为止", 2);
    expect([0, 1, 5].map((n) => score(r, n, 2))).toEqual(["2", "1.5", "0"]);
  });

  test("a heading other than the 分值, or no heading at all, declines", () => {
    expect(reasonOf(recognise("单项基准2分,不符合要求,该单项基准分扣完为止", 3))).toContain("单项基准2分");
    // without the heading, which 基准分 is meant the clause does not say
    expect(recognise("不符合要求,该单项基准分扣完为止", 2).status).toBe("manual");
    // a condition holding a number is no plain failing
    expect(recognise("单项基准2分,少于3次,该单项基准分扣完为止", 2).status).toBe("manual");
  });

  test("“得标准分…乘以标准分” (the result, not a heading) reads as before", () => {
    const r = recognise("完成年度任务的得标准分，未完成的按实际完成率乘以标准分计分", 10);
    expect(r.status).toBe("draft");
    expect(score(r, "80%", 10)).toBe("8");
  });
});
