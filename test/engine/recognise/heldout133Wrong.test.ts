/**
 * Held-out sets 133–136's wrong drafts (first measurement at be6e1cf: 31 of 67 computable drafted exactly, 22 wrong),
 * closed in general where the Conventions and the labels agree (docs/recogniser.md 125); wording varied from the
 * documents'. Scores worked by hand from the words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("what the evaluator weighs", () => {
  test("a report filed “不标准”", () => {
    expect(reasonOf(recognise("报送材料不标准的,扣1分。", 5))).toContain("不标准");
  });

  test("a rule “操作性强”", () => {
    expect(recognise("应急处置制度完善操作性强的得2分。", 2).status).toBe("manual");
  });
});

describe("a count with nothing named to count", () => {
  test("“每超1人” with no limit anywhere", () => {
    expect(reasonOf(recognise("每超1人扣4分。(与上年同口径相比)", 10))).toContain("限额未写明");
  });

  test("“少一项” from a list closed with 等 in the clause", () => {
    const text = "申报材料、公示材料、会议记录等齐全的得3分,少一项扣1分。";
    expect(reasonOf(recognise(text, 3))).toContain("等");
  });

  test("the requirement itself counted: “按要求留样,每检查发现一次”", () => {
    expect(recognise("食品按要求留样,每检查发现一次扣1分。", 20, "penalty").status).toBe("manual");
    // the failing named: counted
    const failing = recognise("食品未按要求留样,每检查发现一次扣1分。", 20, "penalty");
    expect(score(failing, 3, 20, "penalty")).toBe("-3");
  });

  test("“每有一项不相符” where the row lists the matters open with 等", () => {
    const context = "项目资金的拨付、使用、管理等事项符合项目管理相关规定";
    expect(recognise("符合规定得4分,否则每有一项不相符的扣2分。", 4, "base", { context }).status).toBe("manual");
  });
});

describe("a requirement the draft would drop", () => {
  test("a requirement of its own after a bound, before the award", () => {
    expect(reasonOf(recognise("培训人数在100人以上,建立培训档案得5分。", 5))).toContain("建立培训档案");
    // the bound alone: its points when met
    const alone = recognise("培训人数在100人以上的,得5分。", 5);
    expect([score(alone, 100, 5), score(alone, 99, 5)]).toEqual(["5", "0"]);
  });

  test("a requirement between the count to reach and each one short", () => {
    const text = "每年入户指导不少于4次,入户指导资料齐全、规范,每少一次扣5分。";
    expect(recognise(text, 20).status).toBe("manual");
    const alone = recognise("每年入户指导不少于4次,每少一次扣5分。", 20);
    expect([score(alone, 4, 20), score(alone, 3, 20), score(alone, 0, 20)]).toEqual(["20", "15", "0"]);
  });

  test("one failing over a list left open with 等各类", () => {
    const text = "未运用本单位网站、公众号、宣传栏等各类宣传阵地开展宣传教育的,扣3分。";
    expect(recognise(text, 3).status).toBe("manual");
  });
});

describe("tiers with values left between them", () => {
  test("“≤20%得3分,≥40%得0分”: what lies between is not said", () => {
    expect(recognise("超标断面比例≤20%得3分,比例≥40%得0分。", 3).status).toBe("manual");
  });
});

describe("read since (sets 133–136's declines)", () => {
  test("a veto heading that says 直接判定为不合格", () => {
    const context = "存在下列行为之一的,考核直接判定为不合格。";
    const r = recognise("1.未按规定设置车辆冲洗设施的;", 0, "base", { context });
    expect(r.status === "draft" && r.rule.kind).toBe("veto");
  });

  test("an award “一次性” after its condition", () => {
    const r = recognise("被认定为见义勇为的,一次性奖励200分。", 200, "bonus");
    expect([score(r, "是", 200, "bonus"), score(r, "否", 200, "bonus")]).toEqual(["200", "0"]);
  });
});
