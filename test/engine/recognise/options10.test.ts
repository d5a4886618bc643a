/**
 * Round 10's option shapes (docs/recogniser.md, “How it reads”): numbered options of a form, each with its points and
 * no 得/计 (numberedOptions.ts) — a ladder of states (the input is the option that holds, typed as worded) or criteria
 * adding up to the 分值 (a yes/no per option, keyed in order), with the near-misses that must stay manual. Scores are
 * worked by hand from each clause's own words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("numbered options that are a ladder of states", () => {
  test("three states, the first worth the 分值: the input is the state as worded", () => {
    const r = recognise("(1)有独立办公用房15分(2)与其他单位共用办公用房9分(3)无办公用房 0分", 15);
    expect(r.status).toBe("draft");
    if (r.status === "draft") expect(r.rule.kind).toBe("levels");
    expect(["有独立办公用房", "与其他单位共用办公用房", "无办公用房"].map((x) => score(r, x, 15))).toEqual([
      "15",
      "9",
      "0",
    ]);
  });

  test("full-width brackets and two states; a state not listed is refused, not scored", () => {
    const r = recognise("（1）建立志愿者名册3分；（2）未建立志愿者名册0分", 3);
    expect(["建立志愿者名册", "未建立志愿者名册"].map((x) => score(r, x, 3))).toEqual(["3", "0"]);
    expect(() => score(r, "部分建立", 3)).toThrow();
  });

  test("an option split by a comma into two rungs, and a period (近2年) in the words", () => {
    const r = recognise("(1)近3年会员人数增加10分(2)近3年会员人数持平6分(3)一年减少3分,两年都减少0分", 10);
    expect(["近3年会员人数增加", "近3年会员人数持平", "一年减少", "两年都减少"].map((x) => score(r, x, 10))).toEqual([
      "10",
      "6",
      "3",
      "0",
    ]);
  });

  test("judgement, a measured number, points not falling, or a top off the 分值 decline", () => {
    expect(reasonOf(recognise("(1)能满足工作需要10分(2)不能完全满足工作需要6分(3)无办公设备0分", 10))).toContain(
      "评价人判断",
    );
    expect(reasonOf(recognise("(1)工作较好5分(2)工作一般3分(3)未开展0分", 5))).toContain("评价人判断");
    expect(reasonOf(recognise("(1)专职人员3人以上6分(2)专职人员1至2人3分(3)无专职人员0分", 6))).toContain("数量");
    expect(reasonOf(recognise("(1)有章程5分(2)有制度5分(3)有台账0分", 5))).toContain("递减");
    expect(reasonOf(recognise("(1)有独立办公用房12分(2)共用办公用房9分(3)无办公用房0分", 15))).toContain(
      "计分方式不明确",
    );
    expect(reasonOf(recognise("(1)有章程5分(2)有章程3分", 5))).toContain("相同");
    // no last option at 0: a choice of one or criteria capped at the 分值, the text does not say
    expect(reasonOf(recognise("(1)有章程5分(2)有制度3分(3)有台账2分", 5))).toContain("最后一项不是0分");
  });
});

describe("numbered options that are criteria adding up", () => {
  test("two criteria and a last option restating that neither holds: a yes/no each, keyed in order", () => {
    const r = recognise("(1)任职资格符合章程规定5分(2)产生程序符合章程规定5分(3)上述两项均不符合章程规定0分", 10);
    expect(r.status).toBe("draft");
    if (r.status === "draft") expect(r.rule.kind).toBe("perCaseAward");
    expect(score(r, { "1": "是", "2": "是" }, 10)).toBe("10");
    expect(score(r, { "1": "是", "2": "否" }, 10)).toBe("5");
    expect(score(r, { "1": "否", "2": "是" }, 10)).toBe("5");
    expect(score(r, { "1": "否", "2": "否" }, 10)).toBe("0");
  });

  test("criteria without a closing option, points unequal", () => {
    const r = recognise("(1)有工作计划2分(2)有工作总结1分(3)有活动记录1分", 4);
    expect(score(r, { "1": "是", "2": "否", "3": "是" }, 4)).toBe("3");
  });

  test("a 0-point option that is not “none of the above”, or points not adding up, decline", () => {
    expect(reasonOf(recognise("(1)有工作计划2分(2)有工作总结2分(3)被通报批评0分", 4))).toContain("计分方式不明确");
    expect(reasonOf(recognise("(1)有工作计划2分(2)有工作总结1分", 4))).toContain("计分方式不明确");
  });
});

describe("texts that are not such a list are left to the other readers", () => {
  test("a lead-in, 得/扣, or a penalty part", () => {
    // a lead-in before (1): the statement readers take it (drafted or declined, never as options)
    expect(reasonOf(recognise("办公用房：(1)有独立办公用房15分(2)无办公用房0分", 15))).not.toContain("编号选项");
    // “得N分” is the statements' wording (a ladder needing a closing rung there)
    expect(reasonOf(recognise("(1)全部覆盖的得6分(2)部分覆盖的得3分", 6))).not.toContain("编号选项");
    expect(reasonOf(recognise("(1)发生安全事故5分(2)未发生0分", 5, "penalty"))).not.toContain("编号选项");
  });
});

describe("one threshold on an amount of money in 万, all the points or none", () => {
  test("“达到20万(含)的得20分,未达到的不得分”: the input is the amount in 万元", () => {
    const r = recognise("历年捐款总额达到20万(含)的得20分,未达到的不得分。", 20);
    expect(r.status).toBe("draft");
    if (r.status === "draft") expect(r.rule.kind).toBe("bands");
    expect([0, 19.9, 20, 35].map((n) => score(r, n, 20))).toEqual(["0", "0", "20", "20"]);
  });

  test("不含 excludes the threshold; 万元 and 以上 read alike; a lower threshold (以下) too", () => {
    const r = recognise("村集体经营性收入超过50万(不含)的得5分,否则不得分", 5);
    expect([50, 50.5].map((n) => score(r, n, 5))).toEqual(["0", "5"]);
    const yuan = recognise("筹集资金10万元以上的得3分,未达到的不得分", 3);
    expect([9, 10].map((n) => score(yuan, n, 3))).toEqual(["0", "3"]);
    const low = recognise("管理费用支出总额5万元以下的得2分,否则不得分", 2);
    expect([5, 6].map((n) => score(low, n, 2))).toEqual(["2", "0"]);
  });

  test("万 of what is not money, part of the points, or no 否则 decline", () => {
    expect(reasonOf(recognise("服务人口达到20万(含)的得20分,未达到的不得分", 20))).toContain("数值条件");
    expect(reasonOf(recognise("历年捐款总额达到20万(含)的得10分,未达到的不得分", 20))).toContain("数值条件");
    expect(reasonOf(recognise("历年捐款总额达到20万(含)的得20分", 20))).toContain("数值条件");
  });
});

describe("an item's name “计” its points, then only the per-unit award that earns them", () => {
  test("“b、培植种粮大户计2分,…每户计1分”: the count, capped at the 分值", () => {
    const r = recognise("b、培植种粮大户计2分,双季稻种植达30亩的种粮大户的每户计1分。", 2);
    expect([0, 1, 2, 4].map((n) => score(r, n, 2))).toEqual(["0", "1", "2", "2"]);
    const numbered = recognise("(2)发展专业合作社计3分,每新建一个合作社计1.5分", 3);
    expect([0, 1, 2, 3].map((n) => score(numbered, n, 3))).toEqual(["0", "1.5", "3", "3"]);
  });

  test("a heading off the 分值, a failing word in the name, or more scoring after it is not read this way", () => {
    // 3 points said in the heading of a 2-point item: not a restatement, so the heading is not dropped (the statement
    // readers keep it as a term of its own)
    const off = recognise("b、培植种粮大户计3分,种粮大户每户计1分", 2);
    if (off.status === "draft") expect(JSON.stringify(off.rule)).toContain("培植种粮大户");
    // a failing word in the name: a condition, not a name
    const failing = recognise("b、未培植种粮大户计2分,种粮大户每户计1分", 2);
    if (failing.status === "draft") expect(JSON.stringify(failing.rule)).toContain("未培植种粮大户");
    // the per-unit award is not the only scoring after the heading
    expect(reasonOf(recognise("b、培植种粮大户计2分,种粮大户每户计1分,未完成任务扣1分", 2))).not.toBe("");
  });
});

describe("criteria with points in brackets that require a frequency (每季度, 每月)", () => {
  test("“…每季度召开委员会议…(1分)”: the frequency is words of the criterion, each a yes/no of its points", () => {
    const r = recognise("班子分工明确(1分);坚持民主集中制,每季度召开委员会议(1分);每月开展主题党日活动(0.5分)", 2.5);
    expect(r.status).toBe("draft");
    expect(score(r, { "1": "是", "2": "否", "3": "是" }, 2.5)).toBe("1.5");
    expect(score(r, { "1": "否", "2": "是", "3": "否" }, 2.5)).toBe("1");
  });

  test("a per-unit score (每次, 每项) or a count in the frequency still declines", () => {
    expect(reasonOf(recognise("班子分工明确(1分);每次会议有记录得0.5分(1分)", 2))).not.toBe("");
    expect(reasonOf(recognise("班子分工明确(1分);每季度召开2次委员会议(1分)", 2))).not.toBe("");
  });
});
