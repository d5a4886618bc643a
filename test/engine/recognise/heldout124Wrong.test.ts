/**
 * Held-out sets 124–127's wrong drafts (first measurement at e7cfa99: 41 of 64 computable drafted exactly, 42 wrong),
 * closed in general where the Conventions and the labels agree, and the readings their declines asked for
 * (docs/recogniser.md 122); wording varied from the documents'.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("one negation over several acts", () => {
  test("parted by a comma, the second act with its own verb: both or either", () => {
    expect(reasonOf(recognise("未掌握施工进度,认清结构形式扣5分。", 5))).toContain("一个否定");
    expect(reasonOf(recognise("未细化工程量,做好施工前准备工作扣10分。", 10))).toContain("一个否定");
    expect(reasonOf(recognise("未监督试验室按频率进行试验,以及按要求进行检测扣10分。", 10))).toContain("一个否定");
    // a noun after the comma continues the object: one failing
    const r = recognise("未确定安全负责人,安全员和安全领导小组的不得分", 3);
    expect(score(r, "是", 3)).toBe("0");
  });

  test("parted by 、 and taking all the points: whether one missed is enough is still open", () => {
    expect(recognise("未做到资料及时准确、沟通现场进度、避免返工扣10分。", 10).status).toBe("manual");
    expect(recognise("资料未按照管理办法归档、评定、汇总扣10分。", 10).status).toBe("manual");
  });

  test("an award over several things met, the failing naming one of them (“有组织、有安排,宣传到位…无宣传不得分”)", () => {
    const text = "有组织、有安排,宣传到位得满分,无宣传不得分。";
    expect(reasonOf(recognise(text, 2))).toContain("只做到一部分");
    // one requirement and its failing stay a yes/no
    expect(score(recognise("有宣传方案得满分,无宣传方案不得分。", 2), "否", 2)).toBe("0");
  });
});

describe("what the evaluator weighs", () => {
  test("qualities in the items counted (迅速, 有秩序, 队列齐), 吵鬧 in traditional characters, 仪容仪表 counted", () => {
    const items = "进出场要求做到准时、迅速、有秩序、队列齐,没有达到要求的有一项扣1分;";
    expect(reasonOf(recognise(items, 10, "penalty"))).toContain("迅速");
    expect(reasonOf(recognise("不吵鬧不吃零食,如有則1人次扣1分。", 10, "penalty"))).toContain("吵闹");
    expect(reasonOf(recognise("仪容仪表整洁规范,违者每人次扣0.5分;", 10, "penalty"))).toContain("仪容仪表");
  });

  test("集合慢, 不合理 counted, and cases “以上情况之一” where one is weighed", () => {
    expect(reasonOf(recognise("课间操集合时要求做到快、静、齐,集合慢扣0.5分", 4, "penalty"))).toContain("集合慢");
    expect(reasonOf(recognise("不合理安排者一次扣1分", 5))).toContain("不合理");
    const above = "每天检查,地板湿滑不干净;垃圾没有倾倒;洗漱台脏乱;阳台乱堆杂物,凡有以上情况之一者,扣1分/次。";
    expect(reasonOf(recognise(above, 20))).toContain("以上情况");
  });

  test("points the evaluator awards beside a failing (“倾斜较多的,酌情加分…;未倾斜的,不得分”)", () => {
    const text = "财政投入向薄弱乡镇倾斜较多的,酌情加分,最高加1分;未倾斜的,不得分;";
    expect(reasonOf(recognise(text, 1))).toContain("酌情给的分");
  });
});

describe("amounts the words leave open", () => {
  test("“直至负分”: deductions past the item", () => {
    expect(reasonOf(recognise("超检验周期使用设备,每一台扣2分,直到负分。", 4, "penalty"))).toContain("负分");
  });

  test("“加重扣4分”: on top of the case's own deduction, or instead of it", () => {
    expect(reasonOf(recognise("夜不归宿要加重扣4分。", 10, "penalty"))).toContain("加重扣分");
  });

  test("points opening with 0 (“每项扣05分”): a decimal point lost", () => {
    expect(reasonOf(recognise("讲话稿缺交,每项扣05分。", 5, "penalty"))).toContain("05分");
    expect(score(recognise("讲话稿缺交,每项扣0.5分。", 5, "penalty"), 2, 5, "penalty")).toBe("-1");
  });

  test("“无负荷率低于50%的…设施”: none below the bound, not a rate to type", () => {
    const text = "无负荷率低于50%的污水处理设施的得5分,否则不得分;";
    expect(reasonOf(recognise(text, 5))).toContain("不是一个比率");
  });

  test("things of a kind counted per 项, none named (“无操作规程每项扣1分” under 各类设备)", () => {
    const context = "考核内容和要求：查是否建立各类设备的操作规程。";
    expect(reasonOf(recognise("无操作规程每项扣1分。", 3, "penalty", { context }))).toContain("未列出各项");
  });
});

describe("read", () => {
  test("the unit written after the amount (“扣0.1分每人”, “扣2分每次”)", () => {
    const r = recognise("检查红领巾佩戴情况,没有佩戴的扣0.1分每人。", 4, "penalty");
    expect(score(r, 6, 4, "penalty")).toBe("-0.6");
  });

  test("an amount per unit with no 分 (“扣2/次”) beside one with it", () => {
    const r = recognise("不服从调度安排的扣2/次,私自外运处置的扣5分/次", 10);
    expect(score(r, { "1": 1, "2": 1 }, 10)).toBe("3");
  });

  test("a range written from its larger end before the name (“40000m2>建筑面积≥30000m2”), rooms counted per 间", () => {
    const area = "建筑面积≥4000㎡,得10分;4000㎡>建筑面积≥1000㎡,得12分;1000㎡>建筑面积,得15分;";
    const r = recognise(area, 15);
    expect(score(r, 4000, 15)).toBe("10");
    expect(score(r, 3999, 15)).toBe("12");
    expect(score(r, 1000, 15)).toBe("12");
    expect(score(r, 999, 15)).toBe("15");
    const rooms = recognise("客房数量≥300间,得12分;300间>客房数量≥100间,得18分;100间>客房数量,得25分;", 25);
    expect(score(rooms, 150, 25)).toBe("18");
  });

  test("a dotted ordinal opening the clause (“3.1主要领导挂帅的得0.5分”) numbers the row", () => {
    expect(score(recognise("3.1主要领导挂帅的得0.5分", 0.5), "是", 0.5)).toBe("0.5");
    // a number with a unit stays a number
    expect(score(recognise("2.5万元以上的得2分", 2), 3, 2)).toBe("2");
  });
});
