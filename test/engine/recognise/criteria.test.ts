/**
 * Criteria, per-unit awards and ladders (src/engine/recognise/criteria.ts): each wording class read in general, and the
 * near-misses that must stay manual. Scores are worked by hand from each clause's own words; the real clauses are in
 * test/fixtures/clauses/round6-criteria.json.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("points per named criterion in brackets: each a yes/no of its points", () => {
  test("“目标明确(1分)，目标细化(1.5分)” on 2.5: yes means the criterion as worded", () => {
    const r = recognise("目标明确(1分)，目标细化(1.5分)", 2.5);
    expect(r.status).toBe("draft");
    expect(score(r, { "1": "是", "2": "是" }, 2.5)).toBe("2.5");
    expect(score(r, { "1": "否", "2": "是" }, 2.5)).toBe("1.5");
    expect(score(r, { "1": "是", "2": "否" }, 2.5)).toBe("1");
  });

  test("a table cell without separators: “设有目标(1分)目标明确(1分)目标细化(1分)目标量化(1分)”", () => {
    const r = recognise("设有目标(1分)目标明确(1分)目标细化(1分)目标量化(1分)", 4);
    expect(score(r, { "1": "是", "2": "是", "3": "否", "4": "否" }, 4)).toBe("2");
  });

  test("“有无X(8分)” is yes = 有X", () => {
    const r = recognise("有无路况信息发布渠道(8分),有无信息被上级部门采纳并发布(7分)", 15);
    expect(r.status).toBe("draft");
    if (r.status === "draft" && r.rule.kind === "perCaseAward") {
      expect(r.rule.terms.map((t) => t.label)).toEqual(["有路况信息发布渠道", "有信息被上级部门采纳并发布"]);
    }
    expect(score(r, { "1": "是", "2": "否" }, 15)).toBe("8");
  });

  test("a quality word with its own points is a yes/no: “符合分配办法(2分)分配公平合理(3分)”", () => {
    const r = recognise("符合分配办法(2分)分配公平合理(3分)", 5);
    expect(score(r, { "1": "是", "2": "是" }, 5)).toBe("5");
    expect(score(r, { "1": "是", "2": "否" }, 5)).toBe("2");
  });

  test("bare bracketed numbers after each criterion, where nothing says 分", () => {
    const r = recognise("示范县主要负责同志牵头(1),制定了工作方案且得到基本落实(1)", 2);
    expect(r.status).toBe("draft");
    expect(score(r, { "1": "是", "2": "否" }, 2)).toBe("1");
  });

  test("①②-marked criteria", () => {
    const r = recognise("①建立工作台账（2分）②按月报送统计报表（3分）", 5);
    expect(score(r, { "1": "否", "2": "是" }, 5)).toBe("3");
  });

  test("points that do not add up to the 分值 decline, naming both", () => {
    const r = recognise("目标明确(1分)，目标细化(1.5分)", 3);
    expect(r.status).toBe("manual");
    expect(reasonOf(r)).toContain("合计2.5分");
  });

  test("judgement never drafts: 酌情, a range of points, one criterion graded into levels", () => {
    expect(recognise("资料完整(2分)，台账规范(2分)，其余酌情扣分", 4).status).toBe("manual");
    expect(recognise("方案完整(0-2分)，措施可行(1分)", 3).status).toBe("manual");
    expect(reasonOf(recognise("资料完整(2分)，基本完整(1分)", 3))).toContain("分档");
  });

  test("“是否有遗漏步骤(2分)”: which answer scores is open, so the clause declines", () => {
    const r = recognise("逻辑是否连贯(3分)计算是否正确(3分)是否有遗漏步骤(2分)最终答案是否合理(2分)", 10);
    expect(r.status).toBe("manual");
  });

  test("a lone bracket restating the 分值 is no criterion; brackets of their own beside other scoring text decline", () => {
    expect(recognise("在企业内建立健全了档案工作人员网络（1分）。", 1).status).toBe("manual");
    // Dropping the brackets would leave the deduction alone, or read the criteria as one failure.
    expect(recognise("按时报送(1分)，数据准确(1分)，每迟报一次扣0.5分", 2).status).toBe("manual");
    expect(recognise("目标明确(1分)，目标细化(1分)，未设定目标的不得分", 2).status).toBe("manual");
  });
});

describe("per-unit awards with a cap", () => {
  test("“每开展1次得1分，最高3分”", () => {
    const r = recognise("每开展1次宣传活动得1分，最高3分", 3);
    expect([0, 2, 3, 5].map((n) => score(r, n, 3))).toEqual(["0", "2", "3", "3"]);
  });

  test("“每项1分，最高3分”: the verb left out", () => {
    const r = recognise("增设新技术或产品的，每项1分，最高3分", 3, "bonus");
    expect([0, 2, 4].map((n) => score(r, n, 3, "bonus"))).toEqual(["0", "2", "3"]);
  });

  test("“每个1分，最多3个”: the cap in units", () => {
    const r = recognise("近3年同类项目，每个1分，最多3个", 5);
    expect([2, 3, 4].map((n) => score(r, n, 5))).toEqual(["2", "3", "3"]);
  });

  test("“发布渠道数量(一个渠道3分,最多15分)”", () => {
    const r = recognise("发布渠道数量(一个渠道3分,最多15分)", 15);
    expect(r.status).toBe("draft");
    expect([0, 1, 5, 6].map((n) => score(r, n, 15))).toEqual(["0", "3", "15", "15"]);
  });

  test("“每个2分，满分为止”", () => {
    const r = recognise("每发现一个典型案例，每个2分，满分为止", 6);
    expect([1, 3, 4].map((n) => score(r, n, 6))).toEqual(["2", "6", "6"]);
  });

  test("a per-unit amount in a sentence that also deducts is not read as an award", () => {
    expect(recognise("每项1分，最高3分，发现虚报的扣1分", 3).status).toBe("manual");
  });
});

describe("ladders of states", () => {
  test("a named scale: “合理: 2 分;基本合理: 1 分;不合理: 0 分”", () => {
    const r = recognise("项目预定目标设置是否客观、合理。合理: 2 分;基本合理: 1 分;不合理: 0 分。", 2);
    expect(r.status).toBe("draft");
    expect(["合理", "基本合理", "不合理"].map((l) => score(r, l, 2))).toEqual(["2", "1", "0"]);
  });

  test("a named scale whose first rung names its subject, its last taking all the points (h3-nykf-7)", () => {
    const r = recognise("档案管理制度健全的得5分,基本健全的得3分,不健全的扣5分。", 5);
    expect(r.status).toBe("draft");
    expect(["健全", "基本健全", "不健全", "档案管理制度健全"].map((l) => score(r, l, 5))).toEqual(["5", "3", "0", "5"]);
  });

  test("部分 as the middle of a named scale: “符合得5分,部分符合得2分,不符合不得分” (h9-hzyl-1.5)", () => {
    const r = recognise("符合得3分,部分符合得1.5分,不符合不得分。", 3);
    expect(["符合", "部分符合", "不符合"].map((l) => score(r, l, 3))).toEqual(["3", "1.5", "0"]);
  });

  test("a last rung deducting less than all the points, or a first rung of other words, is no scale", () => {
    expect(recognise("档案管理制度健全的得5分,基本健全的得3分,不健全的扣2分。", 5).status).toBe("manual");
    expect(recognise("档案管理制度健全,台账齐全的得5分,基本健全的得3分,不健全的扣5分。", 5).status).toBe("manual");
  });

  test("“达到要求的得满分，基本达到要求的得一半分，未达到要求的不得分”", () => {
    const r = recognise("达到要求的得满分，基本达到要求的得一半分，未达到要求的不得分", 3);
    expect(["达到要求", "基本达到要求", "未达到要求"].map((l) => score(r, l, 3))).toEqual(["3", "1.5", "0"]);
  });

  test("a condition and its negation with colons is a yes/no: “有批准文件: 2 分;没有批准文件: 0 分”", () => {
    const r = recognise("有批准文件: 2 分;没有批准文件: 0 分。", 2);
    expect([score(r, "是", 2), score(r, "否", 2)]).toEqual(["2", "0"]);
  });

  test("rungs closed by “其他…” or 否则不得分: levels of the rungs as worded", () => {
    const r = recognise("数据库对接方式或前置机方式提供的得2分；其他方式提供的得1分。", 2);
    expect([score(r, "数据库对接方式或前置机方式提供", 2), score(r, "其他方式提供", 2)]).toEqual(["2", "1"]);
    const s = recognise("实行网上审批的得3分，实行窗口集中受理的得2分，否则不得分。", 3);
    expect(["实行网上审批", "实行窗口集中受理", "其他情形", "否则"].map((l) => score(s, l, 3))).toEqual([
      "3",
      "2",
      "0",
      "0",
    ]);
  });

  test("rungs each in their own words may leave a case out: declined", () => {
    const r = recognise(
      "组织开展定期业务培训的，得2分；有培训工作计划但未完成培训任务的，得1分；无培训计划且未开展培训的，不得分。",
      2,
    );
    expect(reasonOf(r)).toContain("覆盖所有情形");
  });

  test("a rung that needs judgement declines; so does a top rung above the 分值", () => {
    expect(recognise("有平台且能满足培训需求，得1分；有平台，得0.5分；否则不得分", 1).status).toBe("manual");
    expect(recognise("较好的得2分，一般的得1分，否则不得分", 2).status).toBe("manual");
    expect(reasonOf(recognise("正确标志失信严重程度的得3分，仅提供失信情况的得1分，否则不得分。", 1))).toContain(
      "超过本项分值",
    );
  });
});

describe("points per criterion written after it without brackets: each a yes/no of its points", () => {
  test("“机构健全2分,有办公场地1分,有办公设备1分,有专职工作人员1分” on 5: yes means the criterion as worded", () => {
    const r = recognise("机构健全2分,有办公场地1分,有办公设备1分,有专职工作人员1分", 5);
    expect(r.status).toBe("draft");
    if (r.status === "draft" && r.rule.kind === "perCaseAward") {
      expect(r.rule.terms.map((t) => t.label)).toEqual(["机构健全", "有办公场地", "有办公设备", "有专职工作人员"]);
    }
    expect(score(r, { "1": "是", "2": "是", "3": "是", "4": "是" }, 5)).toBe("5");
    expect(score(r, { "1": "否", "2": "是", "3": "否", "4": "是" }, 5)).toBe("2");
    expect(score(r, { "1": "是", "2": "否", "3": "否", "4": "否" }, 5)).toBe("2");
  });

  test("separated by ，、； and full-width: “年初有计划1分、年终有总结1分；按时上报1分。”", () => {
    const r = recognise("年初有计划1分、年终有总结1分；按时上报1分。", 3);
    expect(r.status).toBe("draft");
    expect(score(r, { "1": "是", "2": "否", "3": "是" }, 3)).toBe("2");
  });

  test("numbered criteria with commas inside, the points after a comma (农村综合改革标准化试点 考核表)", () => {
    const r = recognise(
      "1.实施方案清晰，明确标准化试点内容和要求、工作步骤，2分；\n2.试点单位内各部门组织有序，分工协调配合，1分；\n3.建立明确的监督检查制度，1分。",
      4,
    );
    expect(r.status).toBe("draft");
    expect(score(r, { "1": "是", "2": "否", "3": "是" }, 4)).toBe("3");
    expect(score(r, { "1": "否", "2": "是", "3": "否" }, 4)).toBe("1");
  });

  test("points that do not add up to the 分值 decline, naming both sums", () => {
    const reason = reasonOf(recognise("年初有计划1分,年终有总结1分,按时上报1分", 4));
    expect(reason).toContain("合计3分");
    expect(reason).toContain("4分");
  });

  test("a criterion with a number in it is a threshold on the typed number (“3人以上”: 3 or more persons)", () => {
    const r = recognise("机构健全2分,有办公场地1分,有办公设备1分,有专职工作人员3人以上1分", 5);
    expect(score(r, { "1": "是", "2": "是", "3": "否", "4": 3 }, 5)).toBe("4");
    expect(score(r, { "1": "是", "2": "是", "3": "否", "4": 2 }, 5)).toBe("3");
    const one = recognise("机构健全2分,有办公场地1分,有办公设备1分,有专职工作人员1人以上1分", 5);
    expect(score(one, { "1": "是", "2": "是", "3": "否", "4": 2 }, 5)).toBe("4");
    // “3种扩展配置完整”: no comparator, so the number is no threshold.
    expect(reasonOf(recognise("机构健全2分,建立3种工作制度1分", 3))).toContain("含数量条件");
  });

  test("judgement, grades, rungs and alternatives never draft", () => {
    expect(reasonOf(recognise("资料完整2分,台账规范2分,其余酌情扣分", 4))).toContain("酌情");
    expect(recognise("资料完整2分,基本完整1分", 3).status).toBe("manual");
    expect(recognise("工作较好2分,宣传到位1分", 3).status).toBe("manual");
    expect(recognise("合格2分,不合格1分", 3).status).toBe("manual");
    expect(recognise("大专学历7分,本科学历8分", 15).status).toBe("manual");
    expect(recognise("省级表彰2分,市级表彰1分", 3).status).toBe("manual");
    expect(recognise("获省级表彰2分,获市级表彰1分", 3, "bonus").status).toBe("manual");
  });

  test("criteria beside other scoring words decline rather than lose their points", () => {
    const r = recognise("按时上报1分,数据准确1分,每迟报一次扣0.5分", 2);
    expect(r.status).toBe("manual");
    expect(reasonOf(r)).toContain("并存");
  });
});

describe("基本分: a heading restating the 分值, and deductions of all the points", () => {
  test("“(基本分10分)” equal to the 分值 is dropped; the deductions are read", () => {
    const r = recognise("（基本分10分）每发现一处扣1分，扣完为止", 10);
    expect(r.status).toBe("draft");
    expect(score(r, 3, 10)).toBe("7");
    expect(score(r, 12, 10)).toBe("0");
  });

  test("a 基本分 other than the 分值 declines, naming both", () => {
    const reason = reasonOf(recognise("（基本分10分）每发现一处扣1分，扣完为止", 8));
    expect(reason).toContain("基本分10分");
    expect(reason).toContain("8分");
  });

  test("“扣完基本分为止” is the floor: 扣完为止", () => {
    const r = recognise("基本分10分，每发现一处扣1分，扣完基本分为止", 10);
    expect(score(r, 4, 10)).toBe("6");
    expect(score(r, 11, 10)).toBe("0");
  });

  test("“…的，扣完基本分” after the heading takes all the points, like 不得分", () => {
    const r = recognise("（基本分10分）未建立台账的，扣完基本分；每发现一处记录不全扣1分", 10);
    expect(r.status).toBe("draft");
    expect(score(r, { "1": "是", "2": 0 }, 10)).toBe("0");
    expect(score(r, { "1": "否", "2": 3 }, 10)).toBe("7");
  });

  test("“该项基本分扣完” in a penalty clause is all of its points", () => {
    const r = recognise("发生较大事故的，该项基本分扣完。", 10, "penalty");
    expect(score(r, "是", 10, "penalty")).toBe("-10");
    expect(score(r, "否", 10, "penalty")).toBe("0");
  });

  test("where “扣完…分” could be the floor or all the points, or 基本分 may not be the 分值, it declines", () => {
    expect(reasonOf(recognise("每缺一次记录扣1分，扣完该项分", 10))).toContain("扣完为止");
    expect(reasonOf(recognise("未建立台账的，扣完基本分；每发现一处记录不全扣1分", 10))).toContain("基本分");
  });
});

describe("a criterion holding a number, in brackets as without", () => {
  test("“有专职工作人员1人以上（1分）”: the number of staff (docs/ids-and-inputs.md), 1 itself included", () => {
    for (const text of ["有办公场地（1分），有专职工作人员1人以上（1分）", "有办公场地1分，有专职工作人员1人以上1分"]) {
      const r = recognise(text, 2);
      expect(score(r, { "1": "是", "2": 1 }, 2)).toBe("2");
      expect(score(r, { "1": "是", "2": 3 }, 2)).toBe("2");
      expect(score(r, { "1": "否", "2": 0 }, 2)).toBe("0");
    }
  });

  test("“2人以上” is the count reached, all or nothing: 2 or more persons give the point, 1 gives none", () => {
    for (const text of ["有办公场地（1分），有专职工作人员2人以上（1分）", "有办公场地1分，有专职工作人员2人以上1分"]) {
      const r = recognise(text, 2);
      expect([2, 5, 1, 0].map((n) => score(r, { "1": "是", "2": n }, 2))).toEqual(["2", "2", "1", "1"]);
    }
  });

  test("a criterion's ordinal is not a number in it", () => {
    const r = recognise("1.有办公场地（1分）；2.有办公设备（1分）", 2);
    expect(r.status).toBe("draft");
    expect(score(r, { "1": "是", "2": "否" }, 2)).toBe("1");
  });
});

describe("criteria in brackets followed by a deduction per item not met", () => {
  test("each bracket worth the deduction and together the 分值: the count of items not met, out of the list", () => {
    const r = recognise(
      "台账建立规范(1分);资料归档及时(1分);信息录入准确(1分)。未达到规定要求的每一项扣1分,扣完为止。",
      3,
    );
    expect(r.status).toBe("draft");
    expect([0, 1, 3].map((n) => score(r, n, 3))).toEqual(["3", "2", "0"]);
    expect(() => score(r, 4, 3)).toThrow();
  });

  test("brackets of other amounts, or off the 分值, still decline", () => {
    expect(reasonOf(recognise("台账建立规范(2分);资料归档及时(1分)。未达到规定要求的每一项扣1分", 3))).toContain(
      "括号中的分值",
    );
    expect(reasonOf(recognise("台账建立规范(1分);资料归档及时(1分)。未达到规定要求的每一项扣1分", 3))).toContain(
      "括号中的分值",
    );
  });
});
