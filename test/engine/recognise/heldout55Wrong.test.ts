/**
 * Held-out sets 55–57's wrong drafts (first measurement at e927d80: 43 of 82 computable drafted exactly, 22 wrong), closed
 * in general (labelChecks/, judgements.ts, mannerStart.ts, guards.ts; the engine takes a listed count ticked item by
 * item, rules/terms.ts; docs/recogniser.md 98); wording varied from the documents'. Beside them, the column's name and a
 * restated total around the rules are read (normalise.ts, sentenceHeading.ts).
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("a waiver or a rung the evaluator weighs", () => {
  test("“…如果事件处理的能够让群众满意,此事件可以不扣分” is declined, not drafted without its waiver", () => {
    expect(reasonOf(recognise("每起投诉事件扣2分,如果处理得让群众满意,此事件可以不扣分。", 10))).toContain("免扣");
  });

  test("较好/主动/过硬/差错率低 before 加N分 are weighed", () => {
    expect(recognise("配合部门工作较好加10分", 10, "bonus").status).toBe("manual");
    expect(recognise("工作交接时主动报告加5分", 5, "bonus").status).toBe("manual");
    expect(recognise("技术过硬差错率低的加5分", 5, "bonus").status).toBe("manual");
    // 主动公开 is a kind of disclosure, not a manner
    expect(recognise("按规定主动公开政府信息的,得2分,否则不得分。", 2).status).toBe("draft");
  });

  test("照搬照抄, 结合不紧密 are weighed", () => {
    expect(recognise("责任书内容照搬照抄,与部门实际结合不紧密的,扣2分。", 4, "penalty").status).toBe("manual");
  });
});

describe("counted failings that need judgement or say too little", () => {
  test("“没有巡查记录或记录不全的,每个扣1分”: what one is when there are none — declined", () => {
    expect(reasonOf(recognise("没有巡查记录或记录不全的,每个扣1分;", 20, "penalty"))).toContain("或");
    // 无故 is no absence
    expect(recognise("无故缺勤或代刷卡每次扣0.1分，累计扣分不超过1分。", 1, "penalty").status).toBe("draft");
  });

  test("字迹模糊影响识读 and a failing 被…发现 after 认真 are weighed per case", () => {
    expect(recognise("改字字迹模糊影响识读1处扣2分", 40, "penalty").status).toBe("manual");
    expect(recognise("所属各单位未依法办事、认真履行职责被上级发现的每起扣1分。", 2).status).toBe("manual");
  });

  test("a requirement on how things look, then its failings counted, is declined; the failings alone stay read", () => {
    expect(recognise("1.桌面办公用品摆放整洁,美观。(桌面办公用品乱放,一次扣1分)", 25, "penalty").status).toBe("manual");
    expect(recognise("5.门窗、玻璃无灰尘。(门窗、玻璃有灰尘,一次扣0.5分)", 25, "penalty").status).toBe("manual");
    const r = recognise("2.地板无字纸等杂物。(木地板上有杂物的,一次扣0.5分)", 25, "penalty");
    expect(score(r, 3, 25, "penalty")).toBe("-1.5");
    expect(score(recognise("发现乱堆乱放的,每发现一处扣1分。", 5), 2, 5)).toBe("3");
  });

  test("否则 left in a count's label, and a bare 不按要求 after two requirements, are declined", () => {
    const otherwise = "工作时间,不得随意串岗闲聊,工作日期间必须着正装,佩戴工牌,否则扣2分/次,扣完为止。";
    expect(reasonOf(recognise(otherwise, 5))).toContain("否则");
    const bare = "无乱摊派现象。村务财务要按要求公开。不按要求的每起扣5分。";
    expect(reasonOf(recognise(bare, 20))).toContain("哪一项");
  });

  test("items missing from a list the row leaves open with 等 — declined", () => {
    const context = "医院设备：治疗仪、心电监测仪、生命体征监护仪、氧气瓶和相关设备等";
    expect(reasonOf(recognise("缺1项,不得分", 1, "base", { context }))).toContain("等");
  });

  test("an award of all the points over five or more requirements is no starting point for one counted failing", () => {
    const text =
      "工作日期间必须语言文雅,言辞得当,保持和谐,责任心强,工作态度积极,工作零失误得5分,失误一次扣2分,扣完为止;";
    expect(recognise(text, 5).status).not.toBe("draft");
    // one manner before the count stays read by it (r11b-jg-1.3)
    expect(score(recognise("积极组织参加得30分,一次不参加活动扣6分,扣完为止。", 30), 2, 30)).toBe("18");
  });
});

describe("a count of listed things may be ticked item by item", () => {
  test("“档案室配有计算机、复印机、扫描仪,每项计1分”: 3 or 是/否 per item", () => {
    const r = recognise("档案室配有计算机、复印机、扫描仪,每项计1分。", 3);
    expect(score(r, 2, 3)).toBe("2");
    expect(score(r, { "1": "是", "2": "否", "3": "是" }, 3)).toBe("2");
  });
});

describe("the column's name and a restated total around the rules", () => {
  test("“扣分细则:…本小项4分全扣” and “(扣分标准:…)” are read", () => {
    const r = recognise("扣分细则：测量结束后未将旋钮旋至OFF挡，本小项4分全扣。", 4);
    expect(score(r, "是", 4)).toBe("0");
    expect(score(r, "否", 4)).toBe("4");
    const b = recognise("(扣分标准:每发现一例未登记扣0.5分,扣完为止)", 5);
    expect(score(b, 3, 5)).toBe("3.5");
  });

  test("“(共4分)”, “,共1分。” and “(2.5)” restating the 分值 close the clause", () => {
    expect(score(recognise("未按要求设置分类垃圾桶的,每个点扣0.5分。(共4分)", 4), 3, 4)).toBe("2.5");
    expect(score(recognise("擅自增设机构,每例扣0.5分,共1分。", 1), 1, 1)).toBe("0.5");
  });

  test("“未参加的,该项不加分” is the award's 否则", () => {
    const r = recognise("半年内参加过帮教活动的，加0.5分；未参加的，该项不加分。", 0.5, "bonus");
    expect(score(r, "是", 0.5, "bonus")).toBe("0.5");
    expect(score(r, "否", 0.5, "bonus")).toBe("0");
  });
});
