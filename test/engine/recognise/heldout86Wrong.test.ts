/**
 * Held-out sets 86–88's wrong drafts (first measurement at 4651e53: 42 of 65 computable drafted exactly, 24 wrong),
 * closed in general where the Conventions and the labels agree (judgements.ts `SCORED_BY`, guards.ts `EVALUATIVE`;
 * docs/recogniser.md 109); wording varied from the documents'.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("the text leaves open", () => {
  test("two failings each with its own negation joined by 及 under one amount: both, or either", () => {
    expect(reasonOf(recognise("易燃易爆物品未分类存放及无专人负责的扣5分", 10, "penalty"))).toContain("及");
    expect(score(recognise("易燃易爆物品未分类存放或无专人负责的扣5分", 10, "penalty"), "是", 10, "penalty")).toBe(
      "-5",
    );
  });
});

describe("what the evaluator weighs", () => {
  test("the rest of an item scored by how the work ran (“…按实际工作运转情况赋分”)", () => {
    const text = "没有指定领导分管统计工作的不得分,组织协调和保障工作按实际工作运转情况赋分";
    expect(reasonOf(recognise(text, 3))).toContain("赋分");
  });

  test("a case that is only “较严重的”, beside the same case counted plain", () => {
    expect(reasonOf(recognise("存在安全质量问题的,一次扣3分,较严重的一次扣5分。", 10, "penalty"))).toContain("较严重");
  });

  test("知识与能力不适应 in a test on site", () => {
    expect(recognise("1. 不符合的每人次扣2分。2. 现场测试知识与能力不适应的扣5分。", 50).status).toBe("manual");
  });

  test("content 不完整醒目 is weighed; a 醒目处 is a place", () => {
    const r = recognise("没有施行办法,扣1分;标志缺失扣0.5分;内容不完整醒目扣0.5分。", 2);
    expect(r.status).toBe("partial");
    expect(r.status === "partial" && r.reason).toContain("醒目");
    expect(score(r, { "1": "是", "2": "否" }, 2)).toBe("1");
    const place = recognise("卫生许可证未悬挂在大厅、入口等醒目处;扣2分。", 2, "penalty");
    expect(score(place, "是", 2, "penalty")).toBe("-2");
  });

  test("stacking 不正规, 文明生产差 counted, a site not left 工完料净场地清", () => {
    expect(recognise("原材料、成品和废料的摆放不正规、妨碍交通的扣5分", 10, "penalty").status).toBe("manual");
    expect(reasonOf(recognise("施工现场有杂物造成文明生产差的一次扣2分。", 10, "penalty"))).toContain("文明生产差");
    expect(recognise("未做到工完料净场地清的扣4分", 10, "penalty").status).toBe("manual");
  });

  test("handwriting 字迹不符合要求 is weighed; the record kept beside it is read", () => {
    const r = recognise("字迹不符合要求的扣5分,计算机登记未保存电子档案的扣5分。", 10);
    expect(r.status).toBe("partial");
    expect(score(r, { "2": "是" }, 10)).toBe("5");
  });

  test("a gate counted where it does not open 灵活、方便、迅速", () => {
    const text = "1.垃圾定点存放,一处不合格扣0.5分; 2.厂区大门开启灵活、方便、迅速,无卡死现象,一处不合格扣0.5分。";
    expect(reasonOf(recognise(text, 4))).toContain("灵活");
  });

  test("场地清理 and 清除 are acts, not how a site looks", () => {
    expect(score(recognise("未及时进行场地清理的扣2分", 10, "penalty"), "是", 10, "penalty")).toBe("-2");
  });
});
