/**
 * Wording round 11's mini blind set declined that says nothing about the rule (checkWording.ts): how the evaluator
 * checks, 记分N分, and a 是否 question ending in the 分值. Scores are worked by hand from each sentence's own words.
 */
import { recognise } from "../../../src/engine";
import { dec } from "../../../src/engine/decimal";
import { evidenceDropped, questionPoints, recordedPoints } from "../../../src/engine/recognise/checkWording";
import { reasonOf, score } from "./probeHelpers";

describe("how the evaluator checks is not part of the rule", () => {
  test("“查文件和会议纪要,纳入财政预算得0.5分,未纳入扣0.5分”: a yes/no of 纳入财政预算", () => {
    const r = recognise(
      "3、是否落实经费。乡建和推进小城镇建设项目经费是否纳入乡财政预算，查文件和会议纪要，纳入财政预算得0.5分，未纳入扣0.5分。",
      0.5,
    );
    expect([score(r, "是", 0.5), score(r, "否", 0.5)]).toEqual(["0.5", "0"]);
  });

  test("the evidence piece is dropped at the start, after a question, or closing a sentence", () => {
    expect(evidenceDropped("查看文件,没有领导小组扣1分;无专人负责,扣1分。")).toBe(
      "没有领导小组扣1分;无专人负责,扣1分。",
    );
    expect(evidenceDropped("查看文件资料。无专人扣1分。")).toBe("无专人扣1分。");
    expect(evidenceDropped("是否成立领导小组。核查文件及会议记录,有领导小组得1分。")).toBe(
      "是否成立领导小组。有领导小组得1分。",
    );
    expect(evidenceDropped("现场查看,有值班室得1分。")).toBe("有值班室得1分。");
    expect(evidenceDropped("查看台账,未建立的扣1分。")).toBe("未建立的扣1分。");
  });

  test("a piece that scores, fails or counts is kept: 查处, 检查发现, 查看…不合格", () => {
    for (const text of [
      "对破坏矿产资源行为严肃查处,出现1例未查处扣10分",
      "查处违法案件,每起加1分。",
      "检查发现一处隐患扣0.5分。",
    ]) {
      expect(evidenceDropped(text)).toBe(text);
    }
  });
});

describe("记分N分 is 记N分", () => {
  test("“有校长任组长的记分 10 分，有办事机构和具体负责人的记 10 分”: two criteria of 10", () => {
    const r = recognise("有校长任组长的记分 10 分，有办事机构和具体负责人的记 10 分。", 20);
    expect([score(r, { 1: "是", 2: "否" }, 20), score(r, { 1: "是", 2: "是" }, 20)]).toEqual(["10", "20"]);
  });

  test("only before a number and 分: 记分卡, 记分办法 stay", () => {
    expect(recordedPoints("有专项经费记分10分")).toBe("有专项经费记10分");
    expect(recordedPoints("按记分办法记分")).toBe("按记分办法记分");
  });
});

describe("a 是否 question ending in the 分值 restates it", () => {
  test("“1、…是否纳入乡镇府工作计划2分。…得1分;…得1分。” on 2 points: two criteria", () => {
    const r = recognise(
      "1、小城镇建设工作是否纳入乡镇府工作计划2分。小城镇建设纳入了十二五规划得1分；当年有小城镇建设推进计划得1分。",
      2,
    );
    expect([score(r, { 1: "是", 2: "否" }, 2), score(r, { 1: "是", 2: "是" }, 2)]).toEqual(["1", "2"]);
  });

  test("points other than the 分值 are left, and so is a question without points", () => {
    expect(questionPoints("是否纳入工作计划3分。纳入得2分。", dec(2))).toBe("是否纳入工作计划3分。纳入得2分。");
    expect(questionPoints("是否纳入工作计划2分。纳入得2分。", dec(2))).toBe("是否纳入工作计划。纳入得2分。");
    expect(reasonOf(recognise("是否纳入工作计划3分。纳入得2分。", 2))).not.toBe("");
  });
});
