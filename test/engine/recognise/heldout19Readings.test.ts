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
