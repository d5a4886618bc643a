/**
 * Held-out sets 112–115's wrong drafts (first measurement at 3b0fd56: 65 of 108 computable drafted exactly, 24 wrong),
 * closed in general where the Conventions and the labels agree (heldOutPieces.ts, guards.ts `EVALUATIVE`, judgements.ts,
 * crossCheck.ts `periodicOnce`, labelChecks/counts.ts `eventUnnamed`, the veto reader in index.ts;
 * docs/recogniser.md 119); wording varied from the documents'.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("slips and units the words leave open", () => {
  test("two negations together (“没无工作记录”) are a slip; 未无害化处理 is a word", () => {
    expect(reasonOf(recognise("未交台账或没无会议记录者扣4分;", 10, "penalty"))).toContain("没无");
    const r = recognise("病死畜禽未无害化处理的,发现一例扣10分。", 60);
    expect(score(r, 2, 60)).toBe("40");
  });

  test("“每次/月”: per time or per month, the slash leaves open", () => {
    const text = "建有工作网站且更新及时,无网站扣1分,网站更新不及时,每次/月扣0.2分;";
    expect(reasonOf(recognise(text, 1))).toContain("每次/月");
  });

  test("a share of something named, taken (“按该所总信访数比例扣分”), is the evaluator's", () => {
    const text = "解决初信初访的得7分,少处理一次的按该所总信访数比例扣分,同一案件未处理的,每件扣0.2分。";
    expect(reasonOf(recognise(text, 7))).toContain("比例");
    // the points times a rate earned is read as before
    const rate = recognise("完成年度目标任务的,满分;未完成的,按完成比例得分。", 10);
    expect(score(rate, "80%", 10)).toBe("8");
  });
});

describe("what the evaluator weighs", () => {
  test("a supplier 不太配合, a team 战斗力强", () => {
    expect(reasonOf(recognise("出现问题,不太配合解决,每次扣1分。", 10, "penalty"))).toContain("不太");
    expect(reasonOf(recognise("班子团结、战斗力强计12分;职数符合规定计4分。", 16))).toContain("战斗力强");
  });

  test("a veto “原则上”: exceptions the evaluator grants", () => {
    const text = "实行一票否决,凡未缴清会费的班级,原则上不参与先进集体评选。";
    expect(reasonOf(recognise(text, 0))).toContain("原则上");
    expect(recognise("凡未缴清会费的班级,实行一票否决。", 0).status).toBe("draft");
  });

  test("a bare 未做到 under a requirement due every week (“每周…进行一次”): per week or once", () => {
    const ctx = "4.每周对诊疗环境进行一次清洁消毒。";
    expect(reasonOf(recognise("未做到扣1分", 2, "base", { context: ctx }))).toContain("每周");
    // a requirement once, not per period, is still a yes/no
    const once = recognise("未做到扣1分", 2, "base", { context: "4.诊疗室配备紫外线消毒灯。" });
    expect(score(once, "是", 2)).toBe("1");
  });

  test("发生 counted after a requirement said as done: what happens, the clause does not name", () => {
    const text = "更换500元以上的配件及时交办公室查验,发生一次扣2分";
    expect(reasonOf(recognise(text, 4))).toContain("发生的是什么");
    const fire = recognise("全年无森林火灾。每发生一起扣2分,扣完为止。", 10);
    expect(score(fire, 2, 10)).toBe("6");
  });
});
