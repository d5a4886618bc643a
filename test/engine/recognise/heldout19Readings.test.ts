/**
 * Readings added after held-out sets 19–21 were measured, from their declined computable clauses (wording varied from
 * the documents'; scores from the words).
 */
import { recognise } from "../../../src/engine";
import { score } from "./probeHelpers";

describe("“每少一项” with the items listed in the row's context", () => {
  const context = "建立效能建设常规制度(首问首接责任制、一次性告知制、限时办结制、服务承诺制)";

  test("the input is the items missing: 1 → 2.5, 6 → 0", () => {
    const r = recognise("每少一项扣0.5分", 3, "base", { context });
    expect(score(r, 0, 3)).toBe("3");
    expect(score(r, 1, 3)).toBe("2.5");
    expect(score(r, 6, 3)).toBe("0");
  });

  test("a list left open (等) names no items: declined", () => {
    expect(recognise("每少一项扣0.5分", 3, "base", { context: "建立首问责任制、限时办结制等制度" }).status).toBe(
      "manual",
    );
  });

  test("no list at all: declined", () => {
    expect(recognise("每少一项扣0.5分", 3, "base", { context: "按要求建立各项制度" }).status).toBe("manual");
  });
});

describe("“得2分(1项不合格扣1分)”: the award's items, each failing", () => {
  const r = recognise("有孳生地调查报告和环境治理工作总结得2分(1项不合格扣1分)。", 2);

  test("0 failing → 2, 1 → 1, 2 → 0", () => {
    expect(score(r, 0, 2)).toBe("2");
    expect(score(r, 1, 2)).toBe("1");
    expect(score(r, 2, 2)).toBe("0");
  });

  test("a 、-list whose items at the amount do not make the points is still declined", () => {
    expect(recognise("有调查报告、工作总结、工作计划得2分(1项不合格扣1分)。", 2).status).toBe("manual");
  });
});

describe("“少一次扣1分” against “2次以上” in the context", () => {
  const r = recognise("少一次扣1分", 2, "base", { context: "全年班子研究效能工作2次以上。" });

  test("the input is the count held: 2 → 2, 1 → 1, 0 → 0, 4 → 2", () => {
    expect(score(r, 2, 2)).toBe("2");
    expect(score(r, 1, 2)).toBe("1");
    expect(score(r, 0, 2)).toBe("0");
    expect(score(r, 4, 2)).toBe("2");
  });

  test("a per-month count above is left open", () => {
    const monthly = recognise("少一次扣1分", 2, "base", { context: "每月研究效能工作2次以上。" });
    expect(monthly.status).toBe("manual");
  });
});

describe("a measured quantity whose bound closes the condition, for all the points", () => {
  test("“距离居民区…500米以上,得0.5分”: 500 → 0.5, 499 → 0", () => {
    const r = recognise("距离居民区和主要交通干线500米以上,得0.5分。", 0.5);
    expect(score(r, 500, 0.5)).toBe("0.5");
    expect(score(r, 1200, 0.5)).toBe("0.5");
    expect(score(r, 499, 0.5)).toBe("0");
  });

  test("“(满分0.5分)” closing it restates the 分值", () => {
    expect(score(recognise("距离居民区500米以上,得0.5分。(满分0.5分)", 0.5), 300, 0.5)).toBe("0");
  });

  test("a number describing the thing asked for stays declined", () => {
    expect(recognise("有使用面积在100平方米以上的活动场所,得2分。", 2).status).toBe("manual");
  });

  test("a quantity met by each case (单起) stays declined", () => {
    expect(recognise("单起面积30亩以上的得2分", 2).status).toBe("manual");
  });
});

describe("a distance that says where to look is no bound", () => {
  test("“校园周边200米范围内存在食品摊贩的,扣0.5分”: a yes/no, 是 → 0.5 taken", () => {
    const r = recognise("校园周边200米范围内存在食品摊贩的,扣0.5分。", 3, "penalty");
    expect(score(r, "是", 3, "penalty")).toBe("-0.5");
    expect(score(r, "否", 3, "penalty")).toBe("0");
  });
});

describe("严厉 as a manner", () => {
  test("“出猪台与生产区保持严厉隔离状态,…未严厉隔离扣0.6分” is weighed", () => {
    expect(
      recognise("出猪台与生产区保持严厉隔离状态,出猪台未严厉隔离扣0.6分,任一项未区分扣0.4分。", 1).status,
    ).not.toBe("draft");
  });
});
