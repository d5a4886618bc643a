/**
 * Readings drawn from the spent held-out sets' remaining declines (sets 17–82, after their first measurement): wording
 * that recurs across documents and that the labels agree on. Wording varied from the documents'.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("counted things and persons", () => {
  test("一次性 is one word, no count of times (“未配备一次性拖鞋的扣1分”)", () => {
    const r = recognise("17.未配备一次性拖鞋的扣1分", 30, "penalty");
    expect(r.status).toBe("draft");
    expect(score(r, "是", 30, "penalty")).toBe("-1");
    expect(score(r, "否", 30, "penalty")).toBe("0");
  });

  test("things counted per 床, 台, 笔, 支 (“被子未叠,每床扣5分”, “每笔扣5分”)", () => {
    const bed = recognise("②被子未叠,每床扣5分;", 20, "penalty");
    expect(score(bed, 2, 20, "penalty")).toBe("-10");
    expect(score(bed, 5, 20, "penalty")).toBe("-20");
    const loan = recognise("5、未按规定要求进行贷前调查工作的,每笔扣5分;", 50, "penalty");
    expect(score(loan, 3, 50, "penalty")).toBe("-15");
    const truck = recognise("第2项每发现一台车扣50分", 100, "penalty");
    expect(score(truck, 1, 100, "penalty")).toBe("-50");
    const team = recognise("制度不健全的,每支队伍扣0.5分", 2);
    expect(score(team, 1, 2)).toBe("1.5");
    expect(score(team, 4, 2)).toBe("0");
  });

  test("台账, 支部 and 出台 stay words: no 台 or 支 counted in them", () => {
    expect(reasonOf(recognise("每台账缺一项扣1分", 5))).toContain("每台账缺1项");
    expect(recognise("每支部未开展活动扣1分", 5).status).toBe("manual");
    expect(recognise("每出台1部法规加1分", 2).status).toBe("manual");
  });

  test("一次性扣2分, with no condition, is still no yes/no", () => {
    expect(recognise("一次性扣2分", 4).status).toBe("manual");
  });

  test("a sheet weighed as it looks stays the evaluator's, counted per bed or not", () => {
    expect(recognise("③床单皱折未铺平,每床扣2分;", 20, "penalty").status).toBe("manual");
  });

  test("one person of those named failing takes all the points (“其中1名带教医师不符合要求，不得分”)", () => {
    const r = recognise("其中1名带教医师不符合要求，不得分", 1);
    expect(r.status).toBe("draft");
    expect(score(r, 0, 1)).toBe("1");
    expect(score(r, 1, 1)).toBe("0");
    expect(score(r, 2, 1)).toBe("0");
    expect(r.status === "draft" && r.sentence).toContain("带教医师不符合要求");
  });
});

describe("all the points taken", () => {
  test("“无领导小组,5分全扣” takes the 5 points as 扣5分 does", () => {
    const r = recognise("无领导小组,5分全扣;领导小组成员已变动未有文字材料,扣2分。", 5);
    expect(score(r, { "1": "是", "2": "否" }, 5)).toBe("0");
    expect(score(r, { "1": "否", "2": "是" }, 5)).toBe("3");
    expect(score(r, { "1": "否", "2": "否" }, 5)).toBe("5");
  });
});

describe("a bound taking points away in a penalty item", () => {
  test("“兵役登记率未达到100%的，扣1分” is a yes/no on the typed rate", () => {
    const r = recognise("兵役登记率未达到100%的，扣1分。", 10, "penalty");
    expect(r.status).toBe("draft");
    expect(score(r, "100%", 10, "penalty")).toBe("0");
    expect(score(r, "99.9%", 10, "penalty")).toBe("-1");
    expect(score(r, "是", 10, "penalty")).toBe("-1");
    expect(score(r, "否", 10, "penalty")).toBe("0");
  });

  test("a failing joined to the bound by 或 is one condition a rate cannot answer", () => {
    expect(recognise("无职工培训计划或职工年培训率未达到30%扣5分。", 30, "penalty").status).toBe("manual");
  });

  test("a count bound taking points away stays with the count's own readings", () => {
    expect(recognise("调查人员少于2人的,扣2分", 10, "penalty").status).toBe("manual");
  });
});
