/**
 * Held-out sets 37–39's wrong drafts (first measurement: 41 of 89 computable drafted exactly, 11 wrong), closed in
 * general (labelChecks/, guards.ts, normalise.ts; docs/recogniser.md 92); wording varied from the documents'.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("wrong drafts closed", () => {
  test("“未清洁结合面即测量扣4分” is an act left undone, not appearance weighed", () => {
    const r = recognise("未清洁结合面即测量扣4分;塞尺使用手法不正确扣4分", 8);
    expect(score(r, { "1": "是", "2": "否" }, 8)).toBe("4");
    expect(reasonOf(recognise("室内地面清洁的得2分", 2))).toContain("清洁");
  });

  test("a dash before an amount after a step is 扣, and a numbered item run on after an amount is a new piece", () => {
    const r = recognise("1、配电制度齐全,每缺一种—0.5分2、现场规程齐全,每缺一种—1分", 15);
    expect(score(r, { "1": 4, "2": 3 }, 15)).toBe("10");
    // a range keeps its dash: declined for the range, as before
    expect(reasonOf(recognise("出现火灾事故每例减5-10分", 20))).toContain("区间");
  });

  test("weighed: 无原则, 可行; counted: 不清楚, 无实际内容", () => {
    expect(reasonOf(recognise("闹无原则纠纷,影响村集体正常开展工作的扣2分。", 2))).toContain("无原则");
    expect(reasonOf(recognise("应急预案明确具体、切实可行得1分。", 1))).toContain("可行");
    expect(reasonOf(recognise("人员不清楚自己职责的,每人次扣0.5分。", 5))).toContain("不清楚");
    expect(reasonOf(recognise("召开运行分析会,无实际内容每次扣0.5分", 5))).toContain("无实际内容");
  });

  test("a rate read past — a second of 此两项, or targets in a bracket — declines the draft", () => {
    expect(reasonOf(recognise("征收面达到80%,征收到位率为100%记满分,此两项每少一个百分点扣0.5分;", 10))).toContain(
      "100%",
    );
    expect(
      reasonOf(
        recognise(
          "登记率未达到85%的(第一个月达到30%,第二个月达到60%,第三个月达到85%),每低一个百分点扣0.5分。",
          10,
          "penalty",
        ),
      ),
    ).toContain("30%");
    // one rate, with 100% as its full mark, is read as before
    const r = recognise("申报率100%得满分,申报率每下降一个百分点扣5分,申报率低于96%为0分。", 20);
    expect(score(r, "98%", 20)).toBe("10");
  });

  test("two things parted by 、 under one award with no 否则 are open, as two joined by 和 are", () => {
    expect(reasonOf(recognise("建立应急预案、调控方案的得1分。", 1))).toContain("只做到其中几项");
  });
});

describe("wordings read from sets 37–39's declines", () => {
  test("零件 is a word, not 0件; “本题0分” is 本题不得分", () => {
    const r = recognise("工具使用不正确扣4分,零件摆放不正确扣4分,零件丢失本题0分", 8);
    expect(score(r, { "1": "是", "2": "否", "3": "否" }, 8)).toBe("4");
    expect(score(r, { "1": "否", "2": "否", "3": "是" }, 8)).toBe("0");
    // 零分 is still 0 points
    expect(score(recognise("完成率达到90%得5分,低于90%的得零分", 5), "89%", 5)).toBe("0");
  });
});
