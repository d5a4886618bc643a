/**
 * Points by a level someone else has already given (issue 11 part 1, round 13; docs/recogniser.md, `verdictLevels.ts`):
 * an outside verdict (上级考核, 年检结论, 评估等级, 评定等级, 被…评为, 考核等次) named in words, every rung a level and its
 * points, is a `levels` rule whose input is the level as the clause names it. A ladder the evaluator weighs, a level
 * with no points, a level open upwards, 分别 lists that do not match, or a ladder beside other terms stay declined.
 * Scores are worked out by hand from each sentence's own words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

const levelsOf = (r: ReturnType<typeof recognise>) =>
  r.status === "draft" && r.rule.kind === "levels" ? r.rule.levels.map((l) => [l.label, l.points]) : undefined;

describe("rung by rung, the verdict named", () => {
  test("上级考核为较好的，得满分；…一般的，得2分；…较差的，不得分 [004 D12]", () => {
    const r = recognise("上级考核为较好的，得满分；上级考核为一般的，得 2 分；上级考核为较差的，不得分。", 3);
    expect(["较好", "一般", "较差"].map((l) => score(r, l, 3))).toEqual(["3", "2", "0"]);
  });

  test("the verdict named once, the rungs after it by their level (年检结论为合格的得3分,基本合格的得1分,…)", () => {
    const r = recognise("年检结论为合格的得3分，基本合格的得1分，不合格的不得分。", 3);
    expect(levelsOf(r)).toEqual([
      ["合格", 3],
      ["基本合格", 1],
      ["不合格", 0],
    ]);
    expect(score(r, "基本合格", 3)).toBe("1");
  });

  test("an assessment grade given elsewhere in a bonus part (评估等级为5A级的加5分;4A级的加3分)", () => {
    const r = recognise("评估等级为5A级的加5分；4A级的加3分；3A级的加1分", 5, "bonus");
    expect(["5A级", "4A级", "3A级"].map((l) => score(r, l, 5, "bonus"))).toEqual(["5", "3", "1"]);
  });

  test("a level not in the ladder is refused at scoring, never scored", () => {
    const r = recognise("上级考核为较好的，得满分；上级考核为一般的，得2分；上级考核为较差的，不得分。", 3);
    expect(() => score(r, "优秀", 3)).toThrow();
  });
});

describe("one 分别 list, levels and points one to one", () => {
  test("评定等级达到优秀、良好、合格…5个等次,分别得基本分60、45、30、10和0分 [h2-meili2020-1.2.1]", () => {
    const r = recognise(
      "(1)等级评定得分:河道交接断面水质评定等级达到优秀、良好、合格、不合格但至少一项指标合格以上和所有指标不合格五个等次,分别得基本分60、45、30、10和0分。",
      60,
    );
    expect(["优秀", "良好", "合格"].map((l) => score(r, l, 60))).toEqual(["60", "45", "30"]);
    expect(levelsOf(r)?.length).toBe(5);
  });

  test("a list of single-word levels without its count (被评为优秀、良好、合格等次的,分别得5分、3分、1分)", () => {
    const r = recognise("年度考核被评为优秀、良好、合格等次的,分别得5分、3分、1分", 5);
    expect(["优秀", "良好", "合格"].map((l) => score(r, l, 5))).toEqual(["5", "3", "1"]);
  });

  test("as many levels as points, or declined: four levels, three points", () => {
    const r = recognise("评估等级为5A级、4A级、3A级、2A级,分别得5分、3分、1分", 5);
    expect(r.status).toBe("manual");
  });

  test("a stated count other than the list's (5个等次 over four levels) is declined", () => {
    const r = recognise("评定等级达到优秀、良好、合格、不合格5个等次,分别得10、8、6和0分", 10);
    expect(r.status).toBe("manual");
  });

  test("a long level name without the count stated is declined (the list could part another way)", () => {
    const r = recognise("评定等级达到优秀、良好、合格、不合格但有1项合格,分别得10、8、6和2分", 10);
    expect(r.status).toBe("manual");
  });
});

describe("declined: the evaluator's own weighing, or the ladder does not hold", () => {
  test("较好/一般/较差 with no outside verdict (README: a ladder that needs judgement)", () => {
    const r = recognise("工作开展较好的，得满分；一般的，得2分；较差的，不得分。", 3);
    expect(r.status).toBe("manual");
  });

  test("参与程度好/较好/差: the evaluator's weighing, no verdict named", () => {
    const r = recognise("参与程度好,得5分;参与程度较好,得4分;参与程度差,得3分。", 5);
    expect(r.status).toBe("manual");
  });

  test("符合/部分符合/不符合 stays declined (contested)", () => {
    const r = recognise("符合要求的得3分，部分符合的得1分，不符合的不得分", 3);
    expect(r.status).toBe("manual");
  });

  test("an assessing panel named (考核组评定为…): the evaluator itself", () => {
    const r = recognise("经考核组评定为优秀的得满分，良好的得2分，一般的不得分", 3);
    expect(r.status).toBe("manual");
  });

  test("综合评定 is the evaluator's", () => {
    const r = recognise("综合评定等级为优秀的得3分，良好的得2分，合格的得1分", 3);
    expect(reasonOf(r)).toContain("综合");
  });

  test("a level open upwards (良好以上) is not one level of the scale", () => {
    const r = recognise("上级考核为良好以上的，得满分；上级考核为合格的，得1分；上级考核为不合格的，不得分", 3);
    expect(r.status).toBe("manual");
  });

  test("a level with no points (一般的,酌情扣分) leaves the ladder open", () => {
    const r = recognise("上级考核为较好的，得满分；上级考核为一般的，酌情扣分", 3);
    expect(levelsOf(r)).toBeUndefined();
  });

  test("the top level short of the 分值 in a base part: the rest of the points unexplained", () => {
    const r = recognise("上级考核为较好的，得2分；上级考核为一般的，得1分；上级考核为较差的，不得分", 3);
    expect(levelsOf(r)).toBeUndefined();
  });

  test("a level above the 分值 is declined with the reason", () => {
    const r = recognise("上级考核为较好的，得5分；上级考核为一般的，得2分；上级考核为较差的，不得分", 3);
    expect(reasonOf(r)).toContain("超过本项分值");
  });

  test("points that do not fall level by level are not read as a ladder", () => {
    const r = recognise("年检结论为合格的得1分，基本合格的得3分，不合格的不得分。", 3);
    expect(levelsOf(r)).toBeUndefined();
  });

  test("the ladder beside another term (…；每发现1例扣0.5分) is not this shape", () => {
    const r = recognise("上级考核为较好的，得满分；上级考核为一般的，得2分；每发现1例违规扣0.5分", 3);
    expect(levelsOf(r)).toBeUndefined();
  });

  test("加 in a base part: on top of what is not said", () => {
    const r = recognise("评估等级为5A级的加5分；4A级的加3分；3A级的加1分", 5);
    expect(levelsOf(r)).toBeUndefined();
  });

  test("a penalty part is not read", () => {
    const r = recognise("上级考核为较好的，得满分；上级考核为一般的，得2分；上级考核为较差的，不得分", 3, "penalty");
    expect(levelsOf(r)).toBeUndefined();
  });

  test("one level alone (没有达到五星级的不得分) is not a ladder", () => {
    const r = recognise("基层党组织星级评定没有达到五星级的不得分。", 4);
    expect(levelsOf(r)).toBeUndefined();
  });
});

describe("awards listed by the level of an honour (round 13's first run)", () => {
  test("形成国家级、省级、示范区…案例的,按照层级,分别加3分、2分、1分: per case or once, added or not — declined", () => {
    const r = recognise(
      "在改革创新工作中,形成国家级、省级、示范区改革创新经验案例的,按照层级,分别加3分、2分、1分。",
      3,
      "bonus",
    );
    expect(reasonOf(r)).toContain("按层级分别加分");
  });

  test("受到国家级、省级表彰的,分别加2分、1分 is declined the same way", () => {
    const r = recognise("受到国家级、省级表彰的,分别加2分、1分", 2, "bonus");
    expect(reasonOf(r)).toContain("按层级分别加分");
  });

  test("deductions by level (区级、市级、部级通报批评的，分别扣1分、2分、3分) are read as before", () => {
    const r = recognise("区级、市级、部级通报批评的，分别扣1分、2分、3分", 6);
    expect(r.status).toBe("draft");
  });
});

describe("one verdict per ladder", () => {
  test("rungs naming two different assessments (上级考核为… ; 年检结论为…) are not one ladder", () => {
    const r = recognise("上级考核为优秀的得满分；年检结论为合格的得2分；年检结论为不合格的不得分", 3);
    expect(levelsOf(r)).toBeUndefined();
  });

  test("a bare 经评定为 names no one outside the evaluation", () => {
    const r = recognise("经评定为优秀的得满分，良好的得2分，合格的得1分", 3);
    expect(levelsOf(r)).toBeUndefined();
  });

  test("星级评定为五星级的得5分，四星级的得3分，三星级的得1分: a grade given by 星级评定", () => {
    const r = recognise("星级评定为五星级的得5分，四星级的得3分，三星级的得1分", 5);
    expect(["五星级", "四星级", "三星级"].map((l) => score(r, l, 5))).toEqual(["5", "3", "1"]);
  });
});

describe("how the clerk writes the level", () => {
  test("5A级 or 5A, 五星级 or 五星: the same level", () => {
    const r = recognise("评估等级为5A级的加5分；4A级的加3分；3A级的加1分", 5, "bonus");
    expect([score(r, "5A", 5, "bonus"), score(r, "4A级", 5, "bonus")]).toEqual(["5", "3"]);
  });

  test("a verdict and its negation alone (年检合格的得2分，不合格的不得分) is a yes/no, not read as levels", () => {
    const r = recognise("年检结论为合格的得2分，不合格的不得分", 2);
    expect(levelsOf(r)).toBeUndefined();
  });
});

test("the draft's examples show each level the rule names and its points", () => {
  const r = recognise("上级考核为较好的，得满分；上级考核为一般的，得2分；上级考核为较差的，不得分。", 3);
  expect(r.status === "draft" ? r.examples.map((e) => [e.input, e.score]) : []).toEqual([
    ["较好", "3.00"],
    ["一般", "2.00"],
    ["较差", "0.00"],
  ]);
});
