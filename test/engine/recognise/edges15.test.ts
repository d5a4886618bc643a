/**
 * Round 15 (issue 11 part 1): small readings at the edges that made whole clauses decline — an ASCII full stop ending a
 * sentence, “满分P分。” opening a clause, 缺一条 as one occurrence (少1条 stays open), a checklist item 不达标/不符合,
 * one occurrence that takes all the points (全扣), a cap ending each of several sentences, and a requirement sentence
 * before a bare step. Scores are worked out by hand from each clause's own words; the contrasts must stay declined.
 */
import { recognise } from "../../../src/engine";
import { normalise } from "../../../src/engine/recognise/normalise";
import { reasonOf, score } from "./probeHelpers";

describe("an ASCII full stop ending a sentence (normalise.ts)", () => {
  test("after a word, a bracket or a percentage it is 。; a decimal point, a list marker and dots in a row are kept", () => {
    expect(normalise("扣完为止.")).toBe("扣完为止。");
    expect(normalise("满分10分.按要求")).toBe("满分10分。按要求");
    expect(normalise("覆盖率要达到100%.每少1%扣1分")).toBe("覆盖率要达到100%。每少1%扣1分");
    expect(normalise("11.行政处罚文书不合格每份扣0.5分")).toBe("11.行政处罚文书不合格每份扣0.5分");
    expect(normalise("资料、台账等...")).toBe("资料、台账等...");
  });

  test("“…,扣完为止.” reads as “…,扣完为止。” (h12-wsmb-11)", () => {
    const text = "11.行政处罚文书不合格每份扣5分;发生行政复议或行政诉讼败诉案件一例扣5分,扣完为止.";
    const r = recognise(text, 10);
    expect([
      score(r, { "1": 0, "2": 0 }, 10),
      score(r, { "1": 1, "2": 0 }, 10),
      score(r, { "1": 1, "2": 1 }, 10),
      score(r, { "1": 0, "2": 4 }, 10),
    ]).toEqual(["10", "5", "0", "0"]);
  });

  test("a rate's target ending its sentence in “.” before the step still reads with it (h11-yj-2.2)", () => {
    const r = recognise("常见突发事件应急预案,覆盖率要达到100%.每少1%扣1分", 2);
    expect([score(r, "100%", 2), score(r, "99%", 2), score(r, "95%", 2)]).toEqual(["2", "1", "0"]);
  });
});

describe("“满分P分。” opening the clause restates the 分值 (heading.ts)", () => {
  test("dropped where P is the 分值 (h12-szkj-2)", () => {
    const text = "满分10分.按要求制定落实产业技术及基地实施方案得10分,未制定落实产业技术及基地实施方案不得分.";
    const r = recognise(text, 10);
    expect([score(r, "是", 10), score(r, "否", 10)]).toEqual(["10", "0"]);
  });

  test("other points than the 分值 are left, and declined", () => {
    expect(reasonOf(recognise("满分8分。按要求制定实施方案得10分,未制定实施方案不得分。", 10))).not.toBe("");
  });
});

describe("缺一条/发现一条 as one occurrence, and caps each ending their own sentence (statements.ts, readTerms.ts)", () => {
  test("缺一條 / 發現一條 in traditional characters: one occurrence and its deduction (h12-xyhz-2)", () => {
    const r = recognise("未實現河長全覆蓋,缺一條扣0.5分;未及時更新,發現一條扣0.5分。", 2);
    expect([
      score(r, { "1": 0, "2": 0 }, 2),
      score(r, { "1": 1, "2": 0 }, 2),
      score(r, { "1": 2, "2": 1 }, 2),
      score(r, { "1": 3, "2": 2 }, 2),
    ]).toEqual(["2", "1.5", "0.5", "0"]);
  });

  test("each count capped in its own sentence, the cap ending the clause too", () => {
    const text = "未制定方案的,每缺1项扣1分,最高扣4分;未制定年度计划的,每缺1项扣1分,最高扣4分。";
    const r = recognise(text, 6);
    expect([
      score(r, { "1": 1, "2": 0 }, 6),
      score(r, { "1": 5, "2": 0 }, 6),
      score(r, { "1": 2, "2": 3 }, 6),
      score(r, { "1": 6, "2": 6 }, 6),
    ]).toEqual(["5", "2", "1", "0"]);
  });

  test.each([
    ["未制定“一河一策”的,少1條扣1分,最高扣4分;未制定年度計劃的,每少1條扣1分,最高扣4分。", 6],
    ["未制定“一河一策”的,少1條扣1分。", 6],
    ["报告的协管信息线索每少一条扣2分,最高扣12分。", 12],
  ])(
    "“%s”: short by 条 is short of a quota as often as of things lacking: declined without its target",
    (text, points) => {
      expect(reasonOf(recognise(text, points))).not.toBe("");
    },
  );

  test("a cap ending the clause after an uncapped term still leaves open what it bounds", () => {
    const text = "未制定方案的,每缺1项扣1分;未制定计划的,每缺1项扣1分,最高扣4分。";
    expect(reasonOf(recognise(text, 6))).toContain("上限作用于哪一项不明确");
  });

  test("an ordinal is not one occurrence (违反第1条)", () => {
    expect(reasonOf(recognise("违反本细则第1条的,扣2分", 4))).not.toBe("");
  });
});

describe("a list, then “一项不达标/不符合扣N分”: the number of items not met (statements.ts)", () => {
  test("h12-spaq-1.1", () => {
    const r = recognise("查阅台账资料,工作人员、经费、综合协调工作制度一项不达标扣2分.", 8);
    expect([score(r, 0, 8), score(r, 1, 8), score(r, 3, 8)]).toEqual(["8", "6", "2"]);
  });

  test("1项不符合 after the requirements it checks, in a penalty part", () => {
    const r = recognise("识别和获取的法律、法规、标准及政府其他要求,1项不符合扣1分。", 50, "penalty");
    expect([score(r, 0, 50, "penalty"), score(r, 3, 50, "penalty")]).toEqual(["0", "-3"]);
  });
});

describe("one occurrence that takes all the points: 全扣, 不得分 (results.ts, statements.ts, readTerms.ts)", () => {
  test("发现一件全扣 beside 发现一件扣1分: each counted, each case all the points (h12-spaq-2.4)", () => {
    const text =
      "查阅投诉举报记录及办理答复记录,未按规定及时办结并答复的,发现一件扣1分;涉及地沟油加工、黑作坊、黑窝点的未及时取缔的,发现一件全扣.";
    const r = recognise(text, 5);
    expect([
      score(r, { "1": 0, "2": 0 }, 5),
      score(r, { "1": 1, "2": 0 }, 5),
      score(r, { "1": 3, "2": 0 }, 5),
      score(r, { "1": 0, "2": 1 }, 5),
      score(r, { "1": 2, "2": 2 }, 5),
    ]).toEqual(["5", "4", "2", "0", "0"]);
  });

  test("缺一项不得分 alone: counted, one missing takes all (h5-qysz-1.2)", () => {
    const r = recognise("缺一项不得分", 5);
    expect([score(r, 0, 5), score(r, 1, 5), score(r, 2, 5)]).toEqual(["5", "0", "0"]);
  });

  test("不全扣1分 is 不全 (incomplete), not 全扣", () => {
    const r = recognise("资料不全扣1分", 2);
    expect([score(r, "否", 2), score(r, "是", 2)]).toEqual(["2", "1"]);
  });

  test.each([
    ["每发现1例扣1分,发现1例不得分", 5],
    ["未上报的,发现1例扣1分;未上报的,发现1例全扣", 5],
  ])("“%s”: one case of the same thing both costs an amount and takes all: declined", (text, points) => {
    expect(reasonOf(recognise(text, points))).not.toBe("");
  });
});

describe("a requirement sentence, then one opening with a bare step (index.ts)", () => {
  test("every piece of the requirement after its last 每 is what is counted", () => {
    const r = recognise("建立健全安全生产责任制,制定安全操作规程。每少一项扣1分", 3);
    expect(r.status === "draft" && JSON.stringify(r.rule)).toContain("建立健全安全生产责任制");
    expect([score(r, 0, 3), score(r, 2, 3), score(r, 4, 3)]).toEqual(["3", "1", "0"]);
  });

  test("建立…队伍。每少一项扣0.5分: the items the requirement names, counted missing (h11-yj-3.3)", () => {
    const r = recognise("根据每个专项应急预案要求,建立相应的应急专业救援队伍。每少一项扣0.5分", 3);
    expect([score(r, 0, 3), score(r, 1, 3), score(r, 4, 3), score(r, 7, 3)]).toEqual(["3", "2.5", "1", "0"]);
  });

  test.each([
    ["每少一项扣0.5分", 3],
    ["根据每个专项应急预案要求。每少一项扣0.5分", 3],
    ["每季度召开1次会议。每少1次扣1分", 4],
    ["配备3名专职人员,建立台账。每少1项扣1分", 3],
  ])("“%s”: nothing named, a 每 of the requirement's own, a frequency or a number: declined", (text, points) => {
    expect(reasonOf(recognise(text, points))).not.toBe("");
  });
});

describe("a plan 无针对性 is weighed (guards.ts)", () => {
  test("declined as a degree, not drafted as a yes/no (r15e-aqbz-1.2)", () => {
    const text =
      "无年度安全生产目标与指标分解的,不得分;无实施计划或考核办法的,不得分;实施计划无针对性的,不得分;缺一个基层单位和职能部门的指标实施计划或考核办法的,扣1分.";
    expect(reasonOf(recognise(text, 3))).toContain("无针对性");
  });
});
