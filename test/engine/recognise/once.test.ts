/**
 * Deductions whose count is the question (issue 11 part 1, round 9): once, per case, or per listed condition. The
 * convention the labels of the development set agree on (docs/recogniser.md “Once, or per case”): a state or a failing
 * written “…的，扣N分” is a yes/no deducted once, in a penalty part as in a base part; an event without 每, a requirement
 * per period, and failings parted by commas before one amount stay declined. Scores are worked out by hand from each
 * sentence's own words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("a state or a failing without 每: a yes/no deducted once", () => {
  test.each([
    ["(5)消防基础工作台帐不健全的,扣2分。", 10, 2],
    ["党委、政府与下级地方党委、政府未签订年度综治目标管理责任书的，扣10分", 20, 10],
    ["2.原土葬改革区,水泥硬化通公路后未及时上报变更调整火葬区的,扣5分。", 15, 5],
    ["7.在不符合规划的原农村公益性墓地继续扩建、新建墓穴的,扣2分。", 30, 2],
    ["社区消防安全管理制度不落实的，扣3分。", 10, 3],
  ])("penalty part: “%s” takes its amount once, whatever happened", (text, points, amount) => {
    const r = recognise(text, points, "penalty");
    expect([score(r, "是", points, "penalty"), score(r, "否", points, "penalty")]).toEqual([`-${amount}`, "0"]);
  });

  test("base part, as before: 台帐不健全的，扣2分 on 5 points gives 3 or 5", () => {
    const r = recognise("消防工作台帐不健全的，扣2分。", 5);
    expect([score(r, "是", 5), score(r, "否", 5)]).toEqual(["3", "5"]);
  });

  test("two failings joined by 且 (both to hold) or 或 (either) are one condition", () => {
    const both = recognise("未完成耕地保护目标任务,且未落实耕地“进出平衡”的扣5分。", 20, "penalty");
    expect(score(both, "是", 20, "penalty")).toBe("-5");
    const either = recognise("协管办无明显标识，或未公示开展的服务项目的，扣0.5分。", 1);
    expect([score(either, "是", 1), score(either, "否", 1)]).toEqual(["0.5", "1"]);
  });

  test("既…也/又 joins two failings in words as 且 does (h10-dwfk-2.1.3); 也 alone does not", () => {
    const r = recognise("既未建立救助台账,又未开展入户核查的扣2分。", 10, "penalty");
    expect([score(r, "是", 10, "penalty"), score(r, "否", 10, "penalty")]).toEqual(["-2", "0"]);
    expect(reasonOf(recognise("未建立救助台账,也未开展入户核查的扣2分。", 10, "penalty"))).toMatch(/几种情形/);
  });

  test("a failing joined by 并 is one condition with the one before it, as by 且", () => {
    const r = recognise("未建立安全生产责任制,并未落实到人的,扣2分。", 10, "penalty");
    expect([score(r, "是", 10, "penalty"), score(r, "否", 10, "penalty")]).toEqual(["-2", "0"]);
  });
});

describe("what stays open", () => {
  test.each([
    ["因照料服务落实不到位，造成人身伤害的扣1分。", 5, "penalty"],
    ["由于程序不当而造成残疾人上访的扣1分", 2, "base"],
    ["发生安全生产事故的，扣3分。", 10, "penalty"],
    ["受到市里通报批评扣1分。", 10, "base"],
  ] as const)("an event “%s” below all the points: per case or once", (text, points, part) => {
    expect(reasonOf(recognise(text, points, part))).toContain("每例");
  });

  test.each([
    ["有违纪无处分的扣2分,有处分无记录的扣2分。", 6],
    ["对问题有记录无处理意见的扣0.5分。", 2],
  ] as const)("cases that exist lacking what each should have (有X无Y) “%s”: per case or once", (text, points) => {
    expect(reasonOf(recognise(text, points))).toContain("每有一件");
  });

  test("有一次…没有 is a count said, not a set: “有一次没有报告的本项不得分” stays a yes/no of all the points", () => {
    const r = recognise("事故迟报一次扣0.5分;有一次没有报告的本项不得分。", 3);
    expect(score(r, { "1": 0, "2": "是" }, 3)).toBe("0");
  });

  test("an event whose amount is all the points: once and many give the same score", () => {
    const r = recognise("因保密审查疏漏导致公开涉及国家秘密等信息的,扣6分。", 6);
    expect([score(r, "是", 6), score(r, "否", 6)]).toEqual(["0", "6"]);
    const p = recognise("发生重大安全事故的，扣10分。", 10, "penalty");
    expect([score(p, "是", 10, "penalty"), score(p, "否", 10, "penalty")]).toEqual(["-10", "0"]);
  });

  test("a requirement per period before the failing (每周…上报): per period or once", () => {
    const r = recognise("每周组织一次矛盾纠纷排查,并于每周一上报司法所,未按时上报的,扣3分。", 100, "penalty");
    expect(reasonOf(r)).toContain("频次");
    expect(reasonOf(recognise("每月参加一次月度调解例会,不参加的,扣10分;迟到扣3分。", 100, "penalty"))).toContain(
      "频次",
    );
  });

  test.each([
    ["6.无人管理,数据信息不及时填报的,扣2分。", "penalty"],
    ["3.辖区内公益性墓地未有管理制度,未设立安全防范措施,未有明显的防火标志的,扣2分。", "penalty"],
    ["管理体制不顺畅,管理权限不明确的扣20分。", "base"],
  ] as const)("failings parted by commas before one amount “%s”: any, each or all", (text, part) => {
    expect(reasonOf(recognise(text, 30, part))).toContain("共用一个分值");
  });
});

describe("各 over a list: one yes/no per item", () => {
  test("bare subjects before the failing they share: 调解率、成功率不达标各扣0.5分", () => {
    const r = recognise("调解率、成功率不达标各扣0.5分。", 1);
    expect([
      score(r, { "1": "否", "2": "否" }, 1),
      score(r, { "1": "是", "2": "否" }, 1),
      score(r, { "1": "是", "2": "是" }, 1),
    ]).toEqual(["1", "0.5", "0"]);
  });

  test("示范县和示范乡镇创建工作未完成省定目标的各扣2分: two items", () => {
    const r = recognise("示范县和示范乡镇创建工作未完成省定目标的各扣2分。", 4);
    expect([score(r, { "1": "是", "2": "否" }, 4), score(r, { "1": "是", "2": "是" }, 4)]).toEqual(["2", "0"]);
  });

  test("a subject before the shared negation and verb: 食用农产品未建立X、Y的各扣1分", () => {
    const r = recognise("食用农产品未建立供证供票制度、索证索票制度的各扣1分。", 2);
    expect(r.status === "draft" && r.rule.kind === "perCaseDeduction" && r.rule.terms.map((t) => t.label)).toEqual([
      "食用农产品未建立供证供票制度",
      "食用农产品未建立索证索票制度",
    ]);
    expect(score(r, { "1": "否", "2": "是" }, 2)).toBe("1");
  });

  test.each([
    ["外来人员登记发证率、出租房许可证发证率低于指标数各减10分。"], // a bound: rates, not yes/no
    ["没有安排或没按标准及时申报各扣1分。"], // 或: labelled each and open
    ["项目没有按照乡镇编制、配变、低压线路没有按照村、队编制，各扣1分。"], // which items?
    ["汇报材料、存档资料等不完整各扣1分。"], // 等: open
  ])("“%s” stays declined", (text) => {
    expect(reasonOf(recognise(text, 20))).not.toBe("");
  });
});

describe("an absence beside a count of faulty instances adds up", () => {
  test("无记录扣1分，记录不完整，每次扣0.5分: no records, no incomplete ones", () => {
    const r = recognise("检查相关的记录，无记录扣1分，记录不完整，每次扣0.5分。", 2);
    expect([
      score(r, { "1": "否", "2": 0 }, 2),
      score(r, { "1": "否", "2": 1 }, 2),
      score(r, { "1": "是", "2": 0 }, 2),
      score(r, { "1": "否", "2": 4 }, 2),
    ]).toEqual(["2", "1.5", "1", "0"]);
  });

  test("a shortfall in how many (少于上年度) beside the absence stays open", () => {
    expect(reasonOf(recognise("本年度未安排工作经费的扣3分，经费少于上年度的扣2分。", 5))).toContain("也属于");
  });
});

describe("two deductions parted by 、 in one piece", () => {
  test("有1次未上报扣1分、迟报1次扣0.5分: two per-occurrence counts", () => {
    const r = recognise("有1次未上报扣1分、迟报1次扣0.5分。", 2);
    expect([score(r, { "1": 1, "2": 1 }, 2), score(r, { "1": 0, "2": 2 }, 2)]).toEqual(["0.5", "1"]);
  });

  test("awards parted so may be levels (省级、市级): still declined", () => {
    expect(reasonOf(recognise("被评为省级先进的奖励3分、市级先进奖励2分。", 5, "bonus"))).not.toBe("");
  });

  test("分别扣1分、2分 is not split", () => {
    const r = recognise("区级、市级通报批评的，分别扣1分、2分。", 3);
    expect(score(r, { "1": "是", "2": "否" }, 3)).toBe("2");
  });
});
