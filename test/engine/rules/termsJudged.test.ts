/**
 * A judged term: the part of a clause the evaluator scores by judgement ("按比例扣分" without a rate, "酌情扣分"),
 * beside computed terms in one leaf. The clauses are [001]'s (长宁 2023 2.4, 4.6.1); the figures are the clauses'
 * own points.
 */
import { evaluate, inputColumns, loadScheme, showScheme } from "../../../src/engine";
import { SCHEME_SHEET_NAMES } from "../../../src/workbook/schemeLayout";
import { readSchemeSheets, schemeSheetGrids, SchemeSheetCells } from "../../../src/workbook/schemeSheets";
import { leaf } from "../../helpers";

/** [001] 2.4: “…有落实完善或改进的，得2分，否则不得分。（2分）（如重复出现上年度绩效评价问题，按比例扣分。）” */
const evaluationSystem = {
  kind: "perCaseAward" as const,
  terms: [
    { kind: "flag" as const, label: "对历年绩效评价结果有落实完善或改进", points: 2 },
    { kind: "judged" as const, label: "重复出现上年度绩效评价问题", points: 2, deduct: true },
  ],
};

/** [001] 4.6.1: “…名录…的，得0.5分，否则不得分；参与主体多元化（三个及以上）的，得0.5分，主体单一的，酌情扣分。（1分）” */
const socialForces = {
  kind: "perCaseAward" as const,
  terms: [
    { kind: "flag" as const, label: "形成社会力量名录及参与重大救助活动记录", points: 0.5 },
    { kind: "judged" as const, label: "参与主体多元化（三个及以上）", points: 0.5 },
  ],
};

describe("a judged deduction beside a yes/no award (长宁 2023 2.4)", () => {
  const rule = leaf(evaluationSystem, 2);

  test("the yes/no scores 2; the evaluator's deduction comes off it, not below 0", () => {
    expect(rule.score({ "1": "是", "2": 0 })).toBe("2.00");
    expect(rule.score({ "1": "是", "2": 1 })).toBe("1.00");
    expect(rule.score({ "1": "是", "2": "0.5分" })).toBe("1.50");
    expect(rule.score({ "1": "是", "2": 2 })).toBe("0.00");
    expect(rule.score({ "1": "否", "2": 0 })).toBe("0.00");
    expect(rule.score({ "1": "否", "2": 1 })).toBe("0.00");
  });

  test("the part is typed as the evaluator's points, and its header says so", () => {
    expect(rule.compiled.slots).toEqual([
      { key: "1", label: "对历年绩效评价结果有落实完善或改进", kind: "yesNo" },
      { key: "2", label: "重复出现上年度绩效评价问题", kind: "score", measure: "评价人扣分，0～2分" },
    ]);
  });

  test("the rule and the 工作底稿 sentence say which part is the evaluator's", () => {
    expect(rule.compiled.describe()).toBe(
      "对历年绩效评价结果有落实完善或改进得2分；重复出现上年度绩效评价问题，评价人酌情扣分（0～2分），最高不超过2分",
    );
    expect(rule.run({ "1": "是", "2": 1 }).sentence).toBe(
      "对历年绩效评价结果有落实完善或改进：是，得2分，重复出现上年度绩效评价问题：评价人扣1分，故该项指标得分为1分",
    );
    expect(rule.run({ "1": "是", "2": 0 }).sentence).toBe(
      "对历年绩效评价结果有落实完善或改进：是，得2分，重复出现上年度绩效评价问题：评价人不扣分，故该项指标得分为2分",
    );
  });

  test("points outside 0 to 2 are refused, naming the part", () => {
    for (const typed of [3, 2.01, -1, "-0.5"]) {
      const parsed = rule.compiled.parse({ "1": "是", "2": typed });
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.error.code).toBe("out-of-bounds");
      expect(parsed.error.part).toBe("2");
      expect(parsed.error.zh).toContain("“重复出现上年度绩效评价问题”扣分应在 0～2 分之间");
    }
    expect(rule.problem({ "1": "是", "2": "两分" })).not.toBe("ok");
  });

  test("a blank part is an error naming it, not a zero", () => {
    const parsed = rule.compiled.parse({ "1": "是", "2": "" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect([parsed.error.code, parsed.error.part, parsed.error.zh]).toEqual([
        "blank-part",
        "2",
        "“重复出现上年度绩效评价问题”未填写",
      ]);
    expect(rule.problem({ "1": "是" })).toBe("blank-part");
    // The old single score of a wholly manual 2.4 is no longer its input: the parts are asked for.
    expect(rule.problem(2)).toBe("not-composite");
  });
});

describe("a judged award beside a yes/no award (长宁 2023 4.6.1)", () => {
  const rule = leaf(socialForces, 1);

  test("the evaluator's points add to the yes/no's", () => {
    expect(rule.score({ "1": "是", "2": 0.5 })).toBe("1.00");
    expect(rule.score({ "1": "是", "2": 0.25 })).toBe("0.75");
    expect(rule.score({ "1": "否", "2": 0.3 })).toBe("0.30");
    expect(rule.score({ "1": "否", "2": 0 })).toBe("0.00");
  });

  test("its words: given, not taken", () => {
    expect(rule.compiled.slots[1]).toEqual({
      key: "2",
      label: "参与主体多元化（三个及以上）",
      kind: "score",
      measure: "评价人给分，0～0.5分",
    });
    expect(rule.compiled.describe()).toContain("参与主体多元化（三个及以上），评价人酌情给分（0～0.5分）");
    expect(rule.run({ "1": "是", "2": 0.25 }).sentence).toBe(
      "形成社会力量名录及参与重大救助活动记录：是，得0.5分，参与主体多元化（三个及以上）：评价人给0.25分，故该项指标得分为0.75分",
    );
    expect(rule.run({ "1": "是", "2": 0 }).sentence).toContain("参与主体多元化（三个及以上）：评价人不给分");
  });

  test("above its 0.5 is refused, though the leaf is worth 1", () => {
    const parsed = rule.compiled.parse({ "1": "否", "2": 0.6 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.zh).toBe("“参与主体多元化（三个及以上）”给分应在 0～0.5 分之间，填写了 0.6");
      expect(parsed.error.part).toBe("2");
    }
  });
});

describe("the same sign logic as the other term kinds", () => {
  test("in 按例扣分 a judged term takes points away from P, as every term there does", () => {
    const rule = leaf(
      {
        kind: "perCaseDeduction",
        terms: [
          { kind: "count", label: "违反流程", per: 0.5 },
          { kind: "judged", label: "工作不规范", points: 1 },
        ],
      },
      2,
    );
    // 2 − 1 × 0.5 − 0.5 = 1
    expect(rule.score({ "1": 1, "2": 0.5 })).toBe("1.00");
    expect(rule.compiled.slots[1]?.measure).toBe("评价人扣分，0～1分");
    expect(rule.run({ "1": 1, "2": 0.5 }).sentence).toBe(
      "违反流程1例，扣0.5分，工作不规范：评价人扣0.5分，共扣1分，本项2分，故该项指标得分为1分",
    );
  });

  test("in 扣分项 it takes away, within the leaf's points", () => {
    const rule = leaf(
      {
        kind: "penalty",
        terms: [
          { kind: "count", label: "发现或点名通报", per: 2 },
          { kind: "judged", label: "情节", points: 3 },
        ],
      },
      5,
      { part: "penalty" },
    );
    expect(rule.score({ "1": 1, "2": 1.5 })).toBe("-3.50");
    // 2 × 2 + 3 = 7, at most 5
    expect(rule.score({ "1": 2, "2": 3 })).toBe("-5.00");
    expect(rule.compiled.describe()).toBe("发现或点名通报每例扣2分；情节，评价人酌情扣分（0～3分）（本项最多扣5分）");
  });

  test("a judged term alone takes a bare value", () => {
    const rule = leaf({ kind: "perCaseAward", terms: [{ kind: "judged", label: "措施多元", points: 1 }] }, 1);
    expect(rule.score(0.8)).toBe("0.80");
    expect(rule.compiled.slots).toEqual([{ key: "", label: "措施多元", kind: "score", measure: "评价人给分，0～1分" }]);
  });
});

describe("in a scheme", () => {
  const input = {
    id: "judged-example",
    title: "示例",
    unitLabel: "所属街镇",
    blocks: [{ name: "建立评价制度", points: 2, rule: evaluationSystem }],
  };

  test("the input sheet's header says what the evaluator types", () => {
    const loaded = loadScheme(input);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(inputColumns(loaded.scheme).map((c) => c.header)).toEqual([
      "1 建立评价制度：对历年绩效评价结果有落实完善或改进（是/否）",
      "1 建立评价制度：重复出现上年度绩效评价问题（评价人扣分，0～2分）",
    ]);
    const e = evaluate(loaded.scheme, [{ name: "新泾", values: { "1": { "1": "是", "2": 5 } } }]);
    expect(e.errors.map((x) => [x.id, x.part, x.problem.code])).toEqual([["1", "2", "out-of-bounds"]]);
  });

  test("a judged term's points must be positive, and it takes no cap", () => {
    const withTerm = (term: object) => ({
      ...input,
      blocks: [{ name: "建立评价制度", points: 2, rule: { kind: "perCaseAward", terms: [term] } }],
    });
    expect(loadScheme(withTerm({ kind: "judged", label: "问题", points: 0 })).ok).toBe(false);
    expect(loadScheme(withTerm({ kind: "judged", label: "问题", points: 2, cap: 1 })).ok).toBe(false);
    expect(loadScheme(withTerm({ kind: "judged", label: "问题", points: 2 })).ok).toBe(true);
  });
});

describe("in the 指标体系 workbook", () => {
  const input = {
    id: "judged-example",
    title: "示例",
    unitLabel: "所属街镇",
    blocks: [
      { name: "建立评价制度", points: 2, rule: evaluationSystem },
      { name: "社会力量名录与参与主体", points: 1, rule: socialForces },
    ],
  };
  const cells: SchemeSheetCells = {};
  for (const { sheet, grid } of schemeSheetGrids(input)) cells[sheet] = grid.cells.map((r) => r.map((c) => c.value));

  test("a judged term is a 人工评定条款 row of 档次与要素: 名称, 分值, 倒扣", () => {
    const rows = cells[SCHEME_SHEET_NAMES.rows]!;
    const header = rows[0]!;
    const judged = rows.filter((r) => r.includes("人工评定条款"));
    expect(judged).toHaveLength(2);
    const cell = (r: readonly unknown[], name: string) => r[header.indexOf(name)];
    expect(judged.map((r) => [cell(r, "名称"), cell(r, "分值"), cell(r, "倒扣")])).toEqual([
      ["重复出现上年度绩效评价问题", 2, "是"],
      ["参与主体多元化（三个及以上）", 0.5, null],
    ]);
  });

  test("and reads back to the same scheme", () => {
    const read = readSchemeSheets(cells);
    if (!read.ok) throw new Error(read.problems.map((p) => p.message.zh).join("\n"));
    const show = (x: unknown) => {
      const loaded = loadScheme(x);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
      return showScheme(loaded.scheme);
    };
    expect(show(read.scheme)).toBe(show(input));
  });
});
