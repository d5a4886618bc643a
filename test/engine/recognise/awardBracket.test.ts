/**
 * A bracket after the award that restates how the award is lost, and 每少 whose target is stated elsewhere (issue 11
 * part 1, round 11; docs/recogniser.md, `awardBracket.ts`). Each shape is drafted only where the bracket and the award
 * agree; pieces that could overlap, a bracket that names something else, or numbers that do not add up are declined.
 * Scores are worked out by hand from each sentence's own words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("one deduction per item after the award", () => {
  test("X、Y、Z健全,得6分(有一个未健全扣2分): the items failing, 2 each, floored at 0", () => {
    const r = recognise("调解、治保、帮教小组健全,得6分(有一个小组未健全扣2分);", 6);
    expect([0, 1, 2, 3].map((n) => score(r, n, 6))).toEqual(["6", "4", "2", "0"]);
  });

  test("the bracket naming only the verb (有一项未落实) takes the award's items", () => {
    const r = recognise("经费、人员落实,得4分(有一项未落实扣2分)", 4);
    expect([0, 1, 2].map((n) => score(r, n, 4))).toEqual(["4", "2", "0"]);
  });

  test("three listed items at 1 each on 4 points do not add up: declined", () => {
    const r = recognise("调解、治保、帮教小组健全,得4分(有一个小组未健全扣1分)", 4);
    expect(reasonOf(r)).toContain("不一致");
  });

  test("a bracket failing something the award does not name is declined", () => {
    const r = recognise("调解、治保小组健全,得4分(有一项台帐未建立扣2分)", 4);
    expect(reasonOf(r)).toContain("不是同一件事");
  });

  test("an award other than the 分值 is declined", () => {
    const r = recognise("调解、治保小组健全,得6分(有一个小组未健全扣3分)", 4);
    expect(reasonOf(r)).toContain("不一致");
  });
});

describe("the award's negation taking everything", () => {
  test("有X,得2分(未制定不得分): yes/no of the award's condition", () => {
    const r = recognise("3.有年度培训计划,得2分(未制定不得分);", 2);
    expect([score(r, "是", 2), score(r, "否", 2)]).toEqual(["2", "0"]);
  });

  test("(否则不得分) reads the same", () => {
    const r = recognise("建立矛盾纠纷排查台帐,得3分(否则不得分)", 3);
    expect([score(r, "是", 3), score(r, "否", 3)]).toEqual(["3", "0"]);
  });

  test("a bare 未制定 after two requirements is declined: meeting one of them is open", () => {
    const r = recognise("有工作计划、年终总结,得2分(未制定不得分)", 2);
    expect(r.status).toBe("manual");
    expect(recognise("有计划有总结,得2分(未制定不得分)", 2).status).toBe("manual");
  });
});

describe("once-deductions, one for each requirement of the award", () => {
  test("台帐完善,填写规范,得3分(台帐不全扣2分;填写不规范扣1分): two yes/no terms", () => {
    const r = recognise("调解台帐完善,填写规范,得3分(台帐不全扣2分;填写不规范扣1分)。", 3);
    expect(score(r, { "1": "否", "2": "否" }, 3)).toBe("3");
    expect(score(r, { "1": "是", "2": "否" }, 3)).toBe("1");
    expect(score(r, { "1": "否", "2": "是" }, 3)).toBe("2");
    expect(score(r, { "1": "是", "2": "是" }, 3)).toBe("0");
  });

  test("deductions that add up to less than the award are declined", () => {
    const r = recognise("调解台帐完善,填写规范,得3分(台帐不全扣1分;填写不规范扣1分)", 3);
    expect(reasonOf(r)).toContain("不一致");
  });

  test("two failings of the same requirement are declined: they could overlap", () => {
    const r = recognise("调解台帐完善,得3分(台帐不全扣2分;台帐填写不规范扣1分)", 3);
    expect(r.status).toBe("manual");
  });
});

describe("a count to reach in the bracket", () => {
  test("经常研究…,得4分(原则上每年不少于4次,每少1次扣1分): the count held", () => {
    const r = recognise("领导小组经常研究综治工作,得4分(原则上每年不少于4次,每少1次扣1分)", 4);
    expect([5, 4, 3, 0].map((n) => score(r, n, 4))).toEqual(["4", "4", "3", "0"]);
  });

  test("a target per month is declined", () => {
    const r = recognise("领导小组研究综治工作,得4分(每月不少于1次,每少1次扣1分)", 4);
    expect(r.status).toBe("manual");
  });

  test("a target that cannot take the award away (2 × 1 on 4 points) is declined", () => {
    const r = recognise("领导小组研究综治工作,得4分(每年不少于2次,每少1次扣1分)", 4);
    expect(reasonOf(r)).toContain("不一致");
  });
});

describe("每少 with its target elsewhere", () => {
  test("每少1次会议扣1分 with 每年至少召开4次会议 in the context: the meetings held", () => {
    const r = recognise("每少1次会议扣1分。", 4, "base", { context: "每年至少召开4次会议,专门研究信访工作。" });
    expect([4, 6, 3, 0].map((n) => score(r, n, 4))).toEqual(["4", "4", "3", "0"]);
  });

  test("a context target per month, or naming something else, leaves it declined", () => {
    const monthly = recognise("每少1次会议扣1分。", 4, "base", { context: "每月至少召开1次会议。" });
    const other = recognise("每少1次会议扣1分。", 4, "base", { context: "每年至少开展4次培训。" });
    expect([monthly.status, other.status]).toEqual(["manual", "manual"]);
  });

  test("items listed before (2分,每少一项扣1分): the items missing", () => {
    const r = recognise("有一套办公桌椅,一台电脑(2分,每少一项扣1分)", 2);
    expect([0, 1, 2].map((n) => score(r, n, 2))).toEqual(["2", "1", "0"]);
  });

  test("listed items that do not add up to the points are declined", () => {
    const r = recognise("有一套办公桌椅,一台电脑,一部电话(2分,每少一项扣1分)", 2);
    expect(reasonOf(r)).toContain("不一致");
  });

  test("完成…任务的得3分,每少完成1个扣1分 with no number anywhere: the count not completed", () => {
    const r = recognise("完成示范村建设任务的得3分,每少完成1个扣1分,扣完为止。", 3);
    expect([0, 1, 3, 5].map((n) => score(r, n, 3))).toEqual(["3", "2", "0", "0"]);
  });

  test("a task with its number (完成5个…) is not read as the count not completed", () => {
    const r = recognise("完成5个示范村建设任务的得3分,每少完成1个扣1分,扣完为止。", 3);
    expect(r.status).toBe("manual");
  });
});

describe("the count in the award, each one short in the bracket (round 11's first run)", () => {
  test("…不少于3次,得基础分0.5分(每少一次扣0.2分): the count held, floored at 0", () => {
    const r = recognise("参加区级组织的业务培训不少于3次,得基础分0.5分(每少一次扣0.2分);", 0.5);
    expect([4, 3, 2, 1, 0].map((n) => score(r, n, 0.5))).toEqual(["0.5", "0.5", "0.3", "0.1", "0"]);
  });

  test("a count per month in the award is declined", () => {
    const r = recognise("每月参加业务培训不少于1次,得2分(每少一次扣0.5分)", 2);
    expect(r.status).toBe("manual");
  });

  test("an award without the count (参加业务培训,得2分(每少一次扣0.5分)) is declined: short of what?", () => {
    const r = recognise("参加业务培训,得2分(每少一次扣0.5分)", 2);
    expect(reasonOf(r)).toContain("从多少算起");
  });
});

describe("a period of one before 每次 (round 11's first run drafted it per time)", () => {
  test("无故拖延一天,每次扣2分 is declined: a three-day delay may be one time or three", () => {
    const r = recognise("积极配合各项工作,得10分,无故拖延一天,每次扣2分,扣完为止。", 10);
    expect(reasonOf(r)).toContain("按时长计扣还是按次计扣");
  });

  test("每推迟1天扣1分 (the day is the unit) is still read per day", () => {
    const r = recognise("每推迟1天扣1分,扣完为止", 10);
    expect([0, 3, 12].map((n) => score(r, n, 10))).toEqual(["10", "7", "0"]);
  });
});

describe("an incomplete set, each record short (每差1例 after 不全)", () => {
  test("无台账扣2分,台账不全每差一份扣0.5分 on 2 points: the absence takes all, each record missing 0.5", () => {
    const r = recognise("无台账扣2分,台账不全每差一份扣0.5分", 2);
    expect(score(r, { "1": "否", "2": 0 }, 2)).toBe("2");
    expect(score(r, { "1": "否", "2": 3 }, 2)).toBe("0.5");
    expect(score(r, { "1": "是", "2": 0 }, 2)).toBe("0");
    expect(score(r, { "1": "是", "2": 2 }, 2)).toBe("0");
  });

  test("an absence of less than all the points beside the records missing is declined: added or not is open", () => {
    const r = recognise("无台账扣1分,台账不全每差一份扣0.2分", 2);
    expect(reasonOf(r)).toContain("累加");
  });

  test("每差1次 without an incomplete set stays declined: short of what?", () => {
    const r = recognise("每差1次扣0.5分", 2);
    expect(r.status).toBe("manual");
  });
});

describe("a per-period target in the context", () => {
  test("每月至少召开2次会议 behind 每少1次会议扣0.5分 is not read as a yearly target", () => {
    const r = recognise("每少1次会议扣0.5分。", 1, "base", { context: "每月至少召开2次会议" });
    expect(r.status).toBe("manual");
  });
});

describe("numbers that leave a 每少 open", () => {
  test("a number in the listed items (桌椅10套) leaves 每少一项 declined: one item, or one chair?", () => {
    const r = recognise("有桌椅10套,电脑1台(2分,每少一项扣1分)", 2);
    expect(r.status).toBe("manual");
  });

  test("a task whose number is in the row's context (完成5个…) is not read as the count not completed", () => {
    const r = recognise("完成示范村建设任务的得3分,每少完成1个扣1分,扣完为止。", 3, "base", {
      context: "完成5个示范村建设",
    });
    expect(r.status).toBe("manual");
  });
});
