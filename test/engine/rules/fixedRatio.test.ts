/**
 * A ratio whose denominator the document fixes: [004] C31 低保补助完成及时率 (2分), "完成及时率=按计划完成补助发放月数
 * /12*100%", "完成及时率100%，得100%权重分；低于100%的，每偏离1%，扣权重1%，60%以下不计分". The clerk types the
 * months; a bare value is never read two ways (a bare 1: one month, or 100%?).
 */
import hongqiaoJson from "../../../src/schemes/hongqiao-2023.json";
import { familyOf, loadScheme, RuleInput } from "../../../src/engine";
import { leaf } from "../../helpers";

const MONTHS = "按计划完成补助发放月数";
const rule = {
  kind: "rateProportional",
  floor: 0.6,
  measure: { kind: "ratio", actual: MONTHS, of: 12, unit: "月" },
} as const satisfies RuleInput;
const c31 = leaf(rule, 2, { name: "低保补助完成及时率" });

const problem = (raw: unknown) => {
  const parsed = c31.compiled.parse(raw);
  return parsed.ok ? "ok" : { code: parsed.error.code, part: parsed.error.part, zh: parsed.error.zh };
};

describe("C31 from the months: 按计划完成补助发放月数/12", () => {
  test("12 of 12 is 100%: the full 2 points, as [004] 表3-2 publishes for 完成及时率 100%", () => {
    expect(c31.run({ actual: 12 })).toEqual({
      score: "2.00",
      sentence: "低保补助完成及时率100%（12/12），得100%权重分，故该项指标得分为2分",
    });
  });
  test("11 of 12 is 91.67%: 2 × 11/12 = 1.833… → 1.83; 8 of 12: 2 × 8/12 = 1.333… → 1.33", () => {
    expect(c31.score({ actual: 11 })).toBe("1.83");
    expect(c31.score({ actual: 8 })).toBe("1.33");
  });
  test("7 of 12 is 58.33%, below 60%: 0; 0 months: 0", () => {
    expect(c31.run({ actual: 7 }).sentence).toBe(
      "低保补助完成及时率58.33%（7/12），60%以下不计分，故该项指标得分为0分",
    );
    expect(c31.score({ actual: 0 })).toBe("0.00");
  });
  test("the months may be typed with their word or as text (“12月”, “11”)", () => {
    expect([c31.score({ actual: "12月" }), c31.score({ actual: "11" })]).toEqual(["2.00", "1.83"]);
  });
  test("one input column, the part actual, a count of 月", () => {
    expect(c31.compiled.slots).toEqual([{ key: "actual", label: MONTHS, kind: "count", measure: "月" }]);
    expect(c31.compiled.describe()).toBe("比率=按计划完成补助发放月数÷12，按比率得权重分（最高100%），60%以下不计分");
  });

  test("13 months, 0.95 or −1 is an error naming the part and saying what to type", () => {
    expect(problem({ actual: 13 })).toEqual({
      code: "count-out-of-range",
      part: "actual",
      zh: "13 不是按计划完成补助发放月数：请填写 0 至 12 的整数",
    });
    expect(problem({ actual: 0.95 })).toMatchObject({ code: "count-out-of-range", part: "actual" });
    expect(problem({ actual: -1 })).toMatchObject({ code: "count-out-of-range", part: "actual" });
    expect(problem({ actual: "100%" })).toMatchObject({ code: "count-out-of-range", part: "actual" });
    expect(problem({ actual: "#N/A" })).toMatchObject({ code: "excel-error", part: "actual" });
  });

  test("a rate typed with its percent sign is the rate itself (“100%” as [004] states it)", () => {
    expect(c31.run("100%")).toEqual({
      score: "2.00",
      sentence: "低保补助完成及时率100%，得100%权重分，故该项指标得分为2分",
    });
    expect(c31.score("９０％")).toBe("1.80");
    // More than every month is no rate of a fixed whole.
    expect(problem("110%")).toMatchObject({ code: "rate-above-whole" });
  });

  test("a bare number is refused: 1 could be one month or 100%, 12 twelve months or 1200%", () => {
    for (const bare of [1, 12, 0.95, "12", "1"]) {
      expect(problem(bare)).toMatchObject({ code: "bare-count-or-rate" });
    }
    expect(problem(1)).toMatchObject({
      zh: "单独填写的 1 无法判断是按计划完成补助发放月数还是比率：按计划完成补助发放月数请分项填写（actual，0 至 12 的整数），比率请带百分号（如 100%）",
    });
  });
});

describe("the ratio measure: a planned label or a fixed denominator, exactly one", () => {
  const family = familyOf("rateProportional")!;
  const issues = (measure: unknown) => {
    const parsed = family.params.safeParse({ kind: "rateProportional", measure });
    return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join("."), i.message]);
  };
  const both = "实际÷计划须填写计划数名称（每个单位填写计划数）或固定分母（文件规定的分母，如 12 个月）中的一个";

  test("a planned label alone, or a fixed denominator alone, loads", () => {
    expect(issues({ kind: "ratio", actual: "实际发放人数", planned: "计划发放人数" })).toEqual([]);
    expect(issues({ kind: "ratio", actual: MONTHS, of: 12, unit: "月" })).toEqual([]);
    expect(issues({ kind: "ratio", actual: MONTHS, of: 12 })).toEqual([]);
  });
  test("both, or neither, is refused at measure.of", () => {
    expect(issues({ kind: "ratio", actual: "实际发放人数", planned: "计划发放人数", of: 12 })).toEqual([
      ["measure.of", both],
    ]);
    expect(issues({ kind: "ratio", actual: "实际发放人数" })).toEqual([["measure.of", both]]);
  });
  test("a unit without a fixed denominator, a denominator of 0 or 1.5", () => {
    expect(issues({ kind: "ratio", actual: "实际", planned: "计划", unit: "月" })).toEqual([
      ["measure.unit", "计数单位只用于固定分母"],
    ]);
    expect(issues({ kind: "ratio", actual: MONTHS, of: 0 }).map(([path]) => path)).toEqual(["measure.of"]);
    expect(issues({ kind: "ratio", actual: MONTHS, of: 1.5 }).map(([path]) => path)).toEqual(["measure.of"]);
  });
  test("a planned label still names its part: C11's 358 of 440, and a planned count of 0", () => {
    const c11 = leaf(
      {
        kind: "rateProportional",
        floor: 0.6,
        measure: { kind: "ratio", actual: "实际发放人数", planned: "计划发放人数" },
      },
      2,
      { name: "低保补助计划发放率" },
    );
    // [004] C11: 358 ÷ 440 = 81.36% → 2 × 81.36% = 1.63.
    expect(c11.score({ actual: 358, planned: 440 })).toBe("1.63");
    expect(c11.compiled.parse({ actual: 3, planned: 0 })).toEqual({
      ok: false,
      error: { code: "zero-planned", zh: "计划发放人数应大于 0", en: "计划发放人数 must be above 0", part: "planned" },
    });
  });
  test("the built-in hongqiao-2023 C31–C34 take the months over 12", () => {
    const loaded = loadScheme(hongqiaoJson);
    if (!loaded.ok) throw new Error("hongqiao-2023 does not load");
    for (const id of ["C31", "C32", "C33", "C34"]) {
      const node = loaded.scheme.nodes.get(id)!;
      expect([id, node.rule?.compiled.slots]).toEqual([
        id,
        [{ key: "actual", label: MONTHS, kind: "count", measure: "月" }],
      ]);
    }
  });
});
