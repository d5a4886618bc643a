/**
 * Held-out sets 34–36's wrong drafts (first measurement: 63 of 97 computable drafted exactly, 18 wrong), closed in
 * general (labelChecks/, guards.ts, once.ts, partial.ts, statements.ts, index.ts; docs/recogniser.md 91); wording
 * varied from the documents'.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("judged words and events", () => {
  test.each([
    ["材料不具体、涉嫌抄袭的扣1分。", 5, "不具体"],
    ["不服从指挥、消极怠工者,扣5分", 100, "消极"],
    ["擅自脱岗、偷懒睡觉的,扣5分", 100, "偷懒"],
    ["未开展常态巡查扣3分", 3, "常态"],
  ] as const)("“%s” is declined for its manner", (text, points, word) => {
    expect(reasonOf(recognise(text, points, "penalty"))).toContain(`“${word}”`);
  });

  test("an event brought about (致使) without 每 is once or per case", () => {
    expect(recognise("因个人原因致使出勤延误,扣5分", 100, "penalty").status).toBe("manual");
    // a plain lapse is still a yes/no deducted once (旷工, an act that recurs, is open since held-out set 70: docs 103)
    expect(score(recognise("未参加年度安全培训,扣10分", 100, "penalty"), "是", 100, "penalty")).toBe("-10");
  });

  test("a judged failing counted per case is declined; places an inspection finds, or an event it causes, still count", () => {
    expect(reasonOf(recognise("政策宣传不到位,每户扣1分(随机抽查)", 100, "penalty"))).toContain("不到位");
    expect(reasonOf(recognise("党员走访联系未到位一次扣2分。", 100, "penalty"))).toContain("未到位");
    expect(score(recognise("隐患检查不到位的发现一处扣2分,扣完为止。", 6), 2, 6)).toBe("2");
    expect(score(recognise("因巡查不到位发生火情的,每起扣2分。", 6), 1, 6)).toBe("4");
  });
});

describe("what the clause leaves open", () => {
  test("a row whose 分值 is 0 is not drafted (from what, and how far?); a veto still is", () => {
    expect(reasonOf(recognise("职工投诉一次扣10分,接到群众差评的,一次扣10分。", 0, "penalty"))).toContain("分值为0");
    expect(recognise("发生重大安全事故的,实行一票否决", 0).status).toBe("draft");
  });

  test("a coarse step beside a bare bound of its own measure is declined whole, not a partial", () => {
    expect(recognise("新建房改厕率每下降10%,扣2分;低于80%不得分。", 4).status).toBe("manual");
  });

  test("a clause cut after 实行 is cut off", () => {
    expect(reasonOf(recognise("见一处未扶正扣0.5分,本项实行倒", 5))).toContain("中断");
  });

  test("one thing found in a unit no reader counts (“见一株未扶正扣0.5分”) is not a yes/no", () => {
    expect(reasonOf(recognise("见一株未扶正扣0.5分", 5))).toContain("数量未能读入");
  });

  test("a failing with no thing of its own beside things counted: per thing or once", () => {
    expect(reasonOf(recognise("每缺一条路道扣5分,实施不达标准扣2分,本项扣完为止。", 20))).toContain("实施不达标准");
    // a failing of its own thing is counted beside as before
    const r = recognise("每缺一条路道扣5分;未建立管护台账扣2分;本项扣完为止。", 20);
    expect(score(r, { "1": 1, "2": "是" }, 20)).toBe("13");
  });

  test("a failing of 村(居) or 各村 (per 村 where a 镇 is assessed, or once) is declined", () => {
    expect(reasonOf(recognise("村(居)未编制简易村庄规划扣2分", 100, "penalty"))).toContain("村(社区)");
    expect(recognise("各村未签订责任书的扣2分", 10).status).toBe("manual");
  });

  test("short by one said with its verb (“少报送一条扣0.25分”) is a quota short, not one occurrence", () => {
    expect(recognise("普法信息少报送一条扣0.25分。", 4).status).toBe("manual");
    // one missing (缺一条) is still one occurrence counted
    expect(score(recognise("缺一条扣0.5分", 2), 2, 2)).toBe("1");
  });
});

describe("wordings read from sets 34–36's declines", () => {
  test("“未完成的为零分” is 得0分", () => {
    const r = recognise("完成推碑平坟任务的得15分,未完成的为零分。", 15);
    expect([score(r, "是", 15), score(r, "否", 15)]).toEqual(["15", "0"]);
  });

  test("a step with no subject of its own runs on the context's one rate; “直至本项分值扣完” is 扣完为止", () => {
    const context = "文明社区占辖区内全部社区总数的比例不低于80%。";
    const r = recognise("每低1个百分点扣1分,直至本项分值扣完。", 8, "base", { context });
    expect(["80%", "90%", "77%", "70%"].map((v) => score(r, v, 8))).toEqual(["8", "8", "5", "0"]);
    // with no rate in the context the start stays unsaid
    expect(recognise("每低1个百分点扣1分,扣完为止。", 8, "base", { context: "文明社区建设" }).status).toBe("manual");
  });
});
