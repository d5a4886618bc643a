/**
 * Round 9 (issue 11 part 1): numbers the recogniser read as tiers where the labels read them as words — a time limit
 * of an act (“5个工作日内上报…，未及时上报的扣2分”), an ordinal before one occurrence (“1.发生一起土葬事件,扣10分”) —
 * and the contrasts that stay declined. Scores are worked out by hand from each sentence's own words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("a time limit of an act is words: whether it was done in time is a yes/no", () => {
  test.each([
    ["接到通知后3个工作日内上报处置方案,未及时上报的扣2分。", 2],
    ["对上级部署的专项工作，乡镇在10日内未落实整改措施的，扣3分", 3],
    ["收到督办通知后一个月内未完成整改的，扣4分。", 4],
  ])("“%s” (penalty): 是 takes the amount once, 否 nothing", (text, amount) => {
    const r = recognise(text, 20, "penalty");
    expect([score(r, "是", 20, "penalty"), score(r, "否", 20, "penalty")]).toEqual([`-${amount}`, "0"]);
  });

  test("an award for an act within its limit is all or nothing", () => {
    const r = recognise("受理后15个工作日内办结的，得2分，否则不得分。", 2);
    expect([score(r, "是", 2), score(r, "否", 2)]).toEqual(["2", "0"]);
  });

  test("a count term keeps its limit in the label and counts cases as before", () => {
    const r = recognise("案件办结后7日内未归档的，每件扣0.5分。", 3);
    expect([score(r, 0, 3), score(r, 2, 3), score(r, 10, 3)]).toEqual(["3", "2", "0"]);
  });

  test("a limit beside a bound in the same unit is a number: “超过2小时” makes the hours the input", () => {
    const r = recognise("灾情发生后2小时内通过系统报灾，得0.5分，超过2小时报灾不得分。", 0.5);
    // 以内 holds its number (docs/ids-and-inputs.md: a numeric condition in tiers takes the number itself)
    expect([score(r, 1.5, 0.5), score(r, 2, 0.5), score(r, 2.5, 0.5)]).toEqual(["0.5", "0.5", "0"]);
  });

  test("limits in two statements are tiers of lateness (replacing or added is open): declined", () => {
    expect(reasonOf(recognise("接报后3日内未上报的扣1分；5日内未上报的扣2分。", 10, "penalty"))).not.toBe("");
  });

  test("a limit that is not followed by the act (“10日内的”) is left a number", () => {
    expect(reasonOf(recognise("报送时间在10日内的，得2分。", 2))).not.toBe("");
  });
});

describe("a requirement and then its failing, in a penalty part: the failing is a state, once", () => {
  test("“…上报…,未及时上报的扣2分”", () => {
    const r = recognise("2.原土葬改革区,水泥硬化通公路后未及时上报变更调整火葬区的,扣5分。", 15, "penalty");
    expect([score(r, "是", 15, "penalty"), score(r, "否", 15, "penalty")]).toEqual(["-5", "0"]);
  });

  test("failings listed by commas before one amount, without 各: declined (any one, or each?)", () => {
    const text = "辖区内墓地未有管理制度,未设立安全防范措施,未有防火标志的,扣2分。";
    expect(reasonOf(recognise(text, 10, "penalty"))).toContain("各扣还是合计扣");
    expect(reasonOf(recognise(text, 2))).toContain("各扣还是合计扣");
  });

  test("failings joined by 且 are one condition of both", () => {
    const r = recognise("1、未完成上级下达的目标任务,且未落实整改措施的扣5分。", 20, "penalty");
    expect([score(r, "是", 20, "penalty"), score(r, "否", 20, "penalty")]).toEqual(["-5", "0"]);
  });

  test("beside another term the failing's object is the requirement's: “没有成立的扣2分，…没有及时调整的扣1分” is declined", () => {
    const text =
      "①成立由党政主要领导为主任的安委会,并根据人员变动及时调整,没有成立的扣2分,人员变动没有及时调整的扣1分。";
    expect(reasonOf(recognise(text, 5, "penalty"))).not.toBe("");
  });

  test("an event after the requirement is still declined without 每", () => {
    expect(reasonOf(recognise("汛期值班期间,发生脱岗的,扣2分。", 20, "penalty"))).toContain("每例");
  });
});

describe("an ordinal before one occurrence is not the one counted", () => {
  test("“1.发生一起非法占地事件,扣5分” counts 起, to the item's points", () => {
    const r = recognise("1.发生一起非法占地事件,扣5分。", 10, "penalty");
    expect([0, 1, 2, 3].map((n) => score(r, n, 10, "penalty"))).toEqual(["0", "-5", "-10", "-10"]);
  });

  test("“(1)项” refers to item (1): not stripped as an ordinal, and not a count of one", () => {
    const r = recognise("(1)项不符合任意一项要求扣2分", 2);
    expect([score(r, "否", 2), score(r, "是", 2)]).toEqual(["2", "0"]);
  });
});

describe("a count required and a deduction for each one short, without “少于N次的”", () => {
  test("“召开2次以上专题会议…,少一次扣2.5分”: the count held against 2", () => {
    const r = recognise("党委政府重视召开2次以上专题会议研究民政工作,少一次扣2.5分(以党委会纪要为准)", 5);
    expect([0, 1, 2, 3].map((n) => score(r, n, 5))).toEqual(["0", "2.5", "5", "5"]);
  });

  test("“年内至少3次…（3分，少一次扣1分）”: the bracket restating the 分值", () => {
    const r = recognise("单位领导班子部署河长制相关工作，年内至少3次，查看相关会议记录（3分，少一次扣1分）。", 3);
    expect([0, 1, 2, 3, 5].map((n) => score(r, n, 3))).toEqual(["0", "1", "2", "3", "3"]);
  });

  test("“不少于4次,少一次扣0.5分” on 3 points: none held still keeps what four short leave", () => {
    const r = recognise("全年开展宣传活动不少于4次,少一次扣0.5分", 3);
    expect([0, 2, 4].map((n) => score(r, n, 3))).toEqual(["1", "2", "3"]);
  });

  test.each([
    ["每季度至少召开1次联席会议,少一次扣1分", 4],
    ["召开2次以上专题会议,少一项扣1分", 2],
    ["开展3次以上培训,每次不少于20人,少一次扣1分", 3],
    ["全年开展宣传活动不少于4次（3分，少一次扣0.5分）", 2],
  ])("“%s” is declined: per period, another unit, a second number, or a bracket off the 分值", (text, points) => {
    expect(reasonOf(recognise(text, points))).not.toBe("");
  });
});

describe("“小于目标值的，每少1%…” takes the one target its context states", () => {
  const text = "完成得基本分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止。";

  test.each([["考核指标：中心村规划编制率，考核目标90%"], ["编制率目标值为90%"]])("context “%s”", (context) => {
    const r = recognise(text, 5, "base", { context });
    expect(["90%", "95%", "89%", "86%", "85%", "70%"].map((x) => score(r, x, 5))).toEqual([
      "5",
      "5",
      "4",
      "1",
      "0",
      "0",
    ]);
  });

  test.each([
    ["no context", undefined],
    ["two rates in the context", "考核目标90%，上年实际85%"],
    ["a rate given without being called a target", "中心村规划编制率（90%）"],
  ])("declined with %s", (_, context) => {
    const options = context === undefined ? {} : { context };
    expect(reasonOf(recognise(text, 5, "base", options))).not.toBe("");
  });

  test("a slope naming another rate is not taken to the context's target", () => {
    const r = recognise("完成得基本分;入户率每少1%扣1分。", 5, "base", { context: "考核目标90%" });
    expect(reasonOf(r)).not.toBe("");
  });
});

describe("numbers that count nothing: “(2)项” names an item, “任意一项” is any one", () => {
  test("“(1)项不符合任意一项要求扣2分；(2)项不符合要求扣1分”: two yes/no terms, keyed as listed", () => {
    const r = recognise("（1）项不符合任意一项要求扣2分；（2）项不符合要求扣1分", 3);
    expect([
      score(r, { "1": "否", "2": "否" }, 3),
      score(r, { "1": "是", "2": "否" }, 3),
      score(r, { "1": "否", "2": "是" }, 3),
      score(r, { "1": "是", "2": "是" }, 3),
    ]).toEqual(["3", "1", "2", "0"]);
    expect(r.status === "draft" && JSON.stringify(r.rule)).toContain("(2)项不符合要求");
  });

  test("“不符合任意一项要求不得分”: whether any failed, all or nothing", () => {
    const r = recognise("不符合任意一项要求不得分", 5);
    expect([score(r, "否", 5), score(r, "是", 5)]).toEqual(["5", "0"]);
  });

  test("“缺少一项扣0.3分” stays one occurrence and its deduction: a count", () => {
    const r = recognise("缺少一项扣0.3分", 1);
    expect([score(r, 0, 1), score(r, 2, 1), score(r, 5, 1)]).toEqual(["1", "0.4", "0"]);
  });
});

describe("“未明确一名…”: not even one named is none, a yes/no", () => {
  test("“未成立领导小组的扣1分,未明确一名村干部为专管员的扣1分”", () => {
    const r = recognise("行政村未成立领导小组的扣1分,未明确一名村干部为长效管理专管员的扣1分。", 2);
    expect([
      score(r, { "1": "否", "2": "否" }, 2),
      score(r, { "1": "否", "2": "是" }, 2),
      score(r, { "1": "是", "2": "是" }, 2),
    ]).toEqual(["2", "1", "0"]);
  });

  test("“(2)未确定1至2名专兼职消防管理人的,扣2分” (penalty): once", () => {
    const r = recognise("(2)未确定1至2名专兼职消防管理人的,扣2分。", 4, "penalty");
    expect([score(r, "是", 4, "penalty"), score(r, "否", 4, "penalty")]).toEqual(["-2", "0"]);
  });

  test("a number above one is a threshold (“未配备2名以上专职人员”): not read as a yes/no", () => {
    const r = recognise("未配备2名以上专职人员的扣2分。", 2);
    expect(r.status === "draft" && r.rule.kind === "perCaseDeduction").toBe(false);
  });
});

describe("tiers of how many units fail, above the award for all of them meeting it", () => {
  test("“各专业基地…符合要求，得1分；1个…不符合要求，得0.5分；2个及以上…不得分”: all meeting it is none failing", () => {
    const r = recognise(
      "各专业基地容量测算符合要求，得 1 分；1 个专业基地不符合要求，得 0.5 分；2 个及以上专业基地不符合要求，不得分",
      1,
    );
    expect([0, 1, 2, 4].map((n) => score(r, n, 1))).toEqual(["1", "0.5", "0", "0"]);
  });

  test("four tiers of villages failing", () => {
    const r = recognise(
      "各村档案管理均合格的，得3分；1个村不合格的，得2分；2个村不合格的，得1分；3个及以上村不合格的，不得分",
      3,
    );
    expect([0, 1, 2, 3, 7].map((n) => score(r, n, 3))).toEqual(["3", "2", "1", "0", "0"]);
  });

  test.each([
    ["a gap (no tier for 2)", "各村档案管理均合格的，得3分；1个村不合格的，得2分；3个及以上村不合格的，不得分"],
    ["no open tier (3 and more?)", "各村档案管理均合格的，得3分；1个村不合格的，得2分；2个村不合格的，得1分"],
    [
      "another failing than the award's (未建档)",
      "各村档案管理均合格的，得3分；1个村未建档的，得2分；2个及以上村未建档的，不得分",
    ],
    ["an award not said of all (各/全部)", "档案管理合格的，得3分；1个村不合格的，得2分；2个及以上村不合格的，不得分"],
  ])("declined: %s", (_, text) => {
    expect(reasonOf(recognise(text, 3))).not.toBe("");
  });
});

describe("tiers of one count, each replacing the last", () => {
  test("“无故缺席一次扣3分,两次扣5分,三次(含)以上不得分”", () => {
    const r = recognise("无故缺席一次扣3分,两次扣5分,三次(含)以上不得分。", 10);
    expect([0, 1, 2, 3, 6].map((n) => score(r, n, 10))).toEqual(["10", "7", "5", "0", "0"]);
  });

  test("four tiers: “缺席一次扣1分,两次扣2分,三次扣4分,四次及以上不得分”", () => {
    const r = recognise("缺席一次扣1分,两次扣2分,三次扣4分,四次及以上不得分。", 6);
    expect([0, 1, 2, 3, 4].map((n) => score(r, n, 6))).toEqual(["6", "5", "4", "2", "0"]);
  });

  test.each([
    ["overlapping tiers", "无故缺席一次扣2分,两次(含)以上扣5分,三次(含)以上不得分。"],
    ["a missing tier (no 2)", "发现一次扣1分,三次扣3分,四次及以上不得分。"],
    ["a deduction that shrinks", "缺席一次扣3分,两次扣2分,三次及以上不得分。"],
    ["a tier of another thing", "缺席一次扣1分,迟到两次扣2分,三次及以上不得分。"],
  ])("declined: %s", (_, text) => {
    expect(reasonOf(recognise(text, 10))).not.toBe("");
  });

  test("in a penalty part it is left declined", () => {
    expect(reasonOf(recognise("无故缺席一次扣3分,两次扣5分,三次(含)以上不得分。", 10, "penalty"))).not.toBe("");
  });
});
