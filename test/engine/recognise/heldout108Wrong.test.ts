/**
 * Held-out sets 108–111's wrong drafts (first measurement at 79d882c: 51 of 125 computable drafted exactly, 11 wrong),
 * closed in general where the Conventions and the labels agree (closing.ts, guards.ts `EVALUATIVE`, heldOutPieces.ts,
 * crossCheck.ts `awardAsksMore`, windows.ts, labelChecks/counts.ts; docs/recogniser.md 118), and the wordings their
 * declines showed (normalise.ts, sentenceHeading.ts); wording varied from the documents'.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("what the draft would get wrong", () => {
  test("“扣分不封顶”: deductions past the item's points, where to the document does not say", () => {
    expect(reasonOf(recognise("全年无办案过失的,得5分。出现一例扣3分,不封顶。", 5))).toContain("不封顶");
    expect(reasonOf(recognise("每发现一处扣1分,扣分不封顶", 10))).toContain("不封顶");
  });

  test("work done 不安全、文明, taxes evaded 数额较大: the evaluator's", () => {
    expect(reasonOf(recognise("作业人员不安全、文明作业,每人次扣1分。", 20, "penalty"))).toContain("文明");
    expect(reasonOf(recognise("偷税、漏税数额较大的扣50分", 50, "penalty"))).toContain("数额较大");
  });

  test("one rule over items 18, 19 and 20 of the row: from which, and to what floor, is open", () => {
    const text = "第18项、19项、20项经核查未按规定落实的,每发现1处扣0.5分,扣完为止。";
    expect(reasonOf(recognise(text, 5))).toContain("一条扣分办法管几项");
  });

  test("a thing found and another failing after a comma, one amount for both (“有杂草,杂藤攀绕树木扣1分”)", () => {
    expect(recognise("绿地内有积水,垃圾散落扣1分", 10, "penalty").status).toBe("manual");
    // a condition opening with 若有 is no failing found
    const r = recognise("若有必须检查,井盖缺失扣1分", 5, "penalty");
    expect(score(r, "是", 5, "penalty")).toBe("-1");
  });

  test("the award asks for more than its failing denies (“未制订不得分,已制订并公布得1分”)", () => {
    const text = "制订年度计划。(共1分,未制订不得分,已制订并公布得1分。)";
    expect(reasonOf(recognise(text, 1))).toContain("只做到一部分");
    // with a failing of the rest too, every case is stated
    const both = recognise("建立应急机制,并组织演练的得1分,未建立的扣1分,未组织演练的扣0.5分。", 1);
    expect(score(both, { "1": "否", "2": "是" }, 1)).toBe("0.5");
  });

  test("an award over things gathered in a list left open with 等 (“并收录制度、分工、培训记录等材料(2分)”)", () => {
    const text = "建立工作台账,并收录工作制度、人员分工、培训记录等材料(2分)。建立装备台账(1分)。";
    expect(reasonOf(recognise(text, 3))).toContain("等");
  });
});

describe("wordings read since", () => {
  test("trees counted per 株 and 棵 (“死树未及时清挖,每株扣5分”)", () => {
    const r = recognise("死树未及时清挖,每株扣5分。", 50, "penalty");
    expect(score(r, 3, 50, "penalty")).toBe("-15");
    const t = recognise("行道树缺失,每棵扣1分", 10);
    expect(score(t, 4, 10)).toBe("6");
  });

  test("株洲 is a city, not a tree", () => {
    expect(recognise("每株洲市民投诉扣1分", 5).status).toBe("manual");
  });

  test("“扣完本项为止” is the floor", () => {
    const r = recognise("全年无火灾。每发生一起扣2分,扣完本项为止。", 10);
    expect(score(r, 2, 10)).toBe("6");
    expect(score(r, 6, 10)).toBe("0");
  });

  test("the 分值 and the rule in a closing bracket (“…。(共2分,未建立不得分,已建立得2分。)”)", () => {
    const r = recognise("7、建立健全住房保障机构。(共2分,未建立不得分,已建立得2分。)", 2);
    expect(r.status).toBe("draft");
    expect(score(r, "是", 2)).toBe("2");
    expect(score(r, "否", 2)).toBe("0");
  });

  test("the 分值 closing the requirements before a deduction per item (“…人手一册6分,每缺一项扣2分”)", () => {
    const r = recognise("实行所务公开,开展承诺服务,收费标准上墙公布,规章制度人手一册6分,每缺一项扣2分。", 6);
    expect([0, 1, 3].map((n) => score(r, n, 6))).toEqual(["6", "4", "0"]);
  });
});
