import { dec, familyOf } from "../../../src/engine";
import { leaf } from "../../helpers";

describe("levels: 上级考核为较好的，得满分；一般的，得2分；较差的，不得分 [004 D12]", () => {
  const rule = {
    kind: "levels" as const,
    levels: [{ label: "较好" }, { label: "一般", points: 2 }, { label: "较差", points: 0 }],
  };
  test("each label gives its points", () => {
    expect(leaf(rule, 3).score("较好")).toBe("3.00");
    expect(leaf(rule, 3).score("一般")).toBe("2.00");
    expect(leaf(rule, 3).score("较差")).toBe("0.00");
  });
  test("a label the scheme does not list is refused, not matched to the nearest", () => {
    expect(leaf(rule, 3).problem("良好")).toBe("unknown-label");
  });
  test("aliases listed in the scheme (another word the document uses for the same level) are accepted", () => {
    const withAlias = { ...rule, levels: [...rule.levels.slice(0, 2), { label: "较差", points: 0, aliases: ["差"] }] };
    expect(leaf(withAlias, 3).score("差")).toBe("0.00");
  });
  test("an answer the document leaves open (良好: 较好 or 一般?) asks the evaluator, naming the levels it could mean", () => {
    const open = { ...rule, ambiguous: [{ label: "良好", between: ["较好", "一般"] }] };
    const parsed = leaf(open, 3).compiled.parse(" 良好 ");
    expect(parsed).toEqual({
      ok: false,
      error: {
        code: "ambiguous-label",
        zh: "“良好”：文件未定义此档次，请选择按“较好”或“一般”计分",
        en: "良好: the document defines no such level; choose whether it scores as 较好 or 一般",
      },
    });
    expect(leaf(open, 3).compiled.ambiguous).toEqual([{ label: "良好", between: ["较好", "一般"] }]);
  });
  test("an open answer must not be a level or alias, and may only point at levels the rule has", () => {
    const family = familyOf("levels")!;
    const check = (ambiguous: unknown) =>
      family.check!(family.params.parse({ ...rule, ambiguous }), {
        id: "D12",
        name: "上级考核情况",
        points: dec(3),
        part: "base",
        precision: 2,
      }).map((p) => [p.path, p.message]);
    expect(check([{ label: "较好", between: ["较好", "一般"] }])).toEqual([
      ["ambiguous[0].label", "“较好”已是本项的等级或别名，不能同时列为待定"],
    ]);
    expect(check([{ label: "良好", between: ["较好", "优秀"] }])).toEqual([
      ["ambiguous[0].between[1]", "“优秀”不是本项的等级"],
    ]);
  });
});

describe("bands: 2名（含）以上持证在岗核对员，得1分；1名…得0.5分 [001]", () => {
  const rule = {
    kind: "bands" as const,
    input: "count" as const,
    bands: [
      { min: 2, points: 1 },
      { min: 1, points: 0.5 },
    ],
  };
  test("2 or more gives 1, 1 gives 0.5, none gives 0", () => {
    expect(leaf(rule, 1).score(3)).toBe("1.00");
    expect(leaf(rule, 1).score(2)).toBe("1.00");
    expect(leaf(rule, 1).score(1)).toBe("0.50");
    expect(leaf(rule, 1).score(0)).toBe("0.00");
  });
});

describe("capped sum: 累计最高不超过5分 [001]; 附加评价 of [000] 附件2", () => {
  const rule = { kind: "cappedSum" as const };
  test("华阳: 1 + 1.2 + 0.8 + 2 = 5", () => {
    expect(leaf(rule, 5).score([1, 1.2, 0.8, 2])).toBe("5.00");
  });
  test("江苏 typed in one cell: 0.8、0.5、0.5、0.6、2 = 4.4", () => {
    expect(leaf(rule, 5).score("0.8、0.5、0.5、0.6、2")).toBe("4.40");
  });
  test("claims above the cap are capped", () => {
    expect(leaf(rule, 5).score([2, 2, 2])).toBe("5.00");
  });
  test("items may carry their description", () => {
    const run = leaf(rule, 5).run([{ item: "承接市级调研任务", points: 0.5 }]);
    expect(run.score).toBe("0.50");
    expect(run.sentence).toContain("承接市级调研任务");
  });
});

describe("highest per project: 部、省、市分别按每例1.5分、1分、0.5分奖励，同一项目依最高分统计。总分不超过3分 [003]", () => {
  const rule = {
    kind: "highestPerProject" as const,
    awards: [
      { level: "部", points: 1.5 },
      { level: "省", points: 1 },
      { level: "市", points: 0.5 },
    ],
  };
  test("a project recognised by 省 and 市 counts 1; another by 部 counts 1.5", () => {
    expect(leaf(rule, 3).score([["省", "市"], ["部"]])).toBe("2.50");
  });
  test("the same typed in a cell", () => {
    expect(leaf(rule, 3).score("省,市;部")).toBe("2.50");
  });
  test("总分不超过3分", () => {
    expect(leaf(rule, 3).score([["部"], ["部"], ["省"]])).toBe("3.00");
  });
  test("an unknown level is refused", () => {
    expect(leaf(rule, 3).problem([["国家级"]])).toBe("unknown-level");
  });
});
