/**
 * Held-out sets 128–131's wrong drafts (first measurement at 50f3668: 37 of 78 computable drafted exactly, 26 wrong; set
 * 128's copy of a 工会 document set 39 holds and set 131's violation list with no scoring words not counted), closed in
 * general where the Conventions and the labels agree (docs/recogniser.md 123); wording varied from the documents'.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("what the evaluator weighs", () => {
  test("“不严格执行” counted per 次", () => {
    const text = "以上制度每缺一项扣2分,制定后不严格执行,经核实后,每次扣2分。";
    expect(recognise(text, 10, "penalty").status).not.toBe("draft");
  });

  test("a case excepted in brackets: a delay a reason excuses, a lane the row excepts", () => {
    const delay = "按期(若有正当理由推迟需办理相关手续)回复已办结事项计2分,少1件次扣0.5分。";
    expect(reasonOf(recognise(delay, 2))).toContain("正当理由");
    const context = "考评要求：车道出现5辆车排队时应在3分钟内开启备用车道。(无备用车道除外)";
    expect(reasonOf(recognise("不达标1次,扣2分。", 8, "base", { context }))).toContain("除外");
  });

  test("“每出现一次不达标” under a requirement worded with a manner (仪容仪表, 着装)", () => {
    const context = "考评要求：着装统一、规范,仪容仪表端庄,持证上岗。";
    expect(reasonOf(recognise("每出现一次不达标扣2分。", 4, "base", { context }))).toContain("需要评价人判断");
    // a requirement of facts: counted
    const facts = "考评要求：持证上岗,佩戴工号牌。";
    expect(score(recognise("每出现一次不达标扣2分。", 4, "base", { context: facts }), 1, 4)).toBe("2");
  });
});

describe("what the words leave open", () => {
  test("any one of several acts, then 每项: each kind, or each time?", () => {
    const text = "(1)发生证件转借、涂改、买卖或者伪造行为之一的,每项扣4分;";
    expect(reasonOf(recognise(text, 10, "penalty"))).toContain("之一");
  });

  test("an award for two things, the count taking cases of the one it negates", () => {
    const text = "按规定及时足额收取款项,不擅自缓减免征的,计4分。擅自缓减免征的,每发现一次扣1分,扣完为止。";
    expect(reasonOf(recognise(text, 4))).toContain("得分还要求");
    // an award for the work itself beside the count: counted
    const one = recognise("按规定收取款项的,计4分。擅自缓减免征的,每发现一次扣1分,扣完为止。", 4);
    expect(score(one, 1, 4)).toBe("3");
  });

  test("a field of work and its points (“…征管秩序工作计4分”), nothing done named", () => {
    expect(reasonOf(recognise("4.乡镇鲜销市场税费征管秩序工作计4分。", 4))).toContain("只写了工作内容");
    // something done: a yes/no
    expect(score(recognise("成立税费征管工作领导小组计4分。", 4), "是", 4)).toBe("4");
  });

  test("the points said again opening the rule's sentence (“。(2分,少一次扣0.5分)”)", () => {
    // 每季度 with the year unstated: declined, not read as short of nothing
    const quarterly = "每季度对基层电教工作开展情况进行检查调研。(2分,少一次扣0.5分)";
    expect(recognise(quarterly, 2).status).toBe("manual");
    // 各项 none named: declined, not counted
    expect(reasonOf(recognise("电教工作各项规章制度健全。(3分,少一项扣0.5分)", 3))).toContain("未列出各项");
  });
});

describe("read since, from their declines", () => {
  test("things counted per 双; a count past a bound in the same unit is open", () => {
    expect(score(recognise("鞋子不按规定方向摆放 每双扣1分", 100, "penalty"), 3, 100, "penalty")).toBe("-3");
    expect(reasonOf(recognise("鞋子超过四双 每双扣4分", 100, "penalty"))).toContain("超出部分");
  });

  test("“扣除考核分1.5分” is 扣1.5分; “扣全分” takes them all", () => {
    const r = recognise("未按照规定书写病历的,每例次扣除考核分1.5分.", 3);
    expect(score(r, 1, 3)).toBe("1.5");
    expect(score(recognise("未真实上报事故扣全分。", 5, "penalty"), "是", 5, "penalty")).toBe("-5");
    // “不能实时有效合作处置”, read once 扣除考核分 is: weighed
    expect(recognise("不能实时有效合作处置的扣除考核分1分", 1, "penalty").status).toBe("manual");
  });

  test("a table's rows copied with “|” between standard and points", () => {
    const text = "占比70%以上 | 8 | 占比50%(含50%)-70% | 4 | 占比50%以下(不含50%) | 0";
    const r = recognise(text, 8);
    expect(score(r, "75%", 8)).toBe("8");
    expect(score(r, "60%", 8)).toBe("4");
    expect(score(r, "40%", 8)).toBe("0");
  });
});

describe("held-out set 132", () => {
  test("运行不畅 and 更换频繁 are weighed", () => {
    expect(reasonOf(recognise("领导机构不健全,管理机制运行不畅,不得分。", 1))).toContain("运行不畅");
    const text = "建立安全管理办公室,有相对固定的工作人员。(0.5分)无办公室门牌,工作人员更换频繁,不得分。";
    expect(reasonOf(recognise(text, 0.5))).toContain("更换频繁");
  });

  test("“扣至最低0分” is 扣完为止", () => {
    const r = recognise("发生轻微事故征候,每发生一次扣10分,扣至最低0分。", 100);
    expect(score(r, 2, 100)).toBe("80");
    expect(score(r, 11, 100)).toBe("0");
  });
});
