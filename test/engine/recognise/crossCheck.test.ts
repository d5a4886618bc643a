/**
 * The classes of wrong draft round 11's mini blind set (test/fixtures/clauses/round11-mini.json) found on its first run,
 * each closed in general (crossCheck.ts, and 积极 in guards.ts's unmeasuredManner) and tested here on sentences of the
 * same shape. Scores are worked by hand from each sentence's own words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("a question and its scoring that name different kinds of one thing", () => {
  test("“是否编制…详细规划,进行总体规划得0.5分…”: declined, naming both", () => {
    const r = recognise("2、是否编制小城镇建设详细规划,进行总体规划得0.5分，未进行总体规划扣0.5分。", 0.5);
    expect(reasonOf(r)).toContain("详细规划");
    expect(reasonOf(r)).toContain("总体规划");
  });

  test("other things than 规划: 年度计划 asked, 季度计划 scored; 应急预案 asked, 专项预案 scored", () => {
    for (const text of [
      "是否制定年度计划。制定季度计划得1分，未制定季度计划不得分。",
      "是否编制应急预案。有专项预案的得1分，没有专项预案的不得分。",
    ]) {
      expect(reasonOf(recognise(text, 1))).toContain("自相矛盾");
    }
  });

  test("the same kind asked and scored, or no kind in front, is read: 是 = the condition as worded", () => {
    for (const text of [
      "1、是否编制乡镇总体规划。进行总体规划得0.5分，未进行总体规划扣0.5分。",
      "3、是否编制行政村的建设规划。进行建设规划得0.5分，未进行建设规划扣0.5分。",
      "2、是否按规划方案实施建设。按总体规划建设得0.5分，未按总体规划建设扣0.5分。",
    ]) {
      const r = recognise(text, 0.5);
      expect([score(r, "是", 0.5), score(r, "否", 0.5)]).toEqual(["0.5", "0"]);
    }
  });
});

describe("a failing deducted once beside a requirement due every period", () => {
  const context = "应完整、准确做好项目报表统计并按月及时上报。";

  test("“未及时上报的,扣0.5分” where the row says 按月及时上报: declined (each month or once is open)", () => {
    expect(reasonOf(recognise("未及时上报的,扣0.5分。", 2, "base", { context }))).toContain("按月");
  });

  test("the period in the clause itself: “每季度报送一次，未按时报送的扣1分” is declined", () => {
    expect(reasonOf(recognise("每季度报送一次工作信息，未按时报送的扣1分。", 3))).toContain("每季度");
  });

  test("without a period the failing is a yes/no, once (the README's convention): 未及时上报的扣0.5分 on 2 points", () => {
    const r = recognise("未及时上报的,扣0.5分。", 2, "base", { context: "应及时上报年度计划。" });
    expect([score(r, "否", 2), score(r, "是", 2)]).toEqual(["2", "1.5"]);
  });

  test("with 每 it is counted, and a failing of all the points is once whatever the period", () => {
    const each = recognise("未及时上报的，每次扣0.5分。", 2, "base", { context });
    expect([score(each, 0, 2), score(each, 3, 2)]).toEqual(["2", "0.5"]);
    const all = recognise("未按时上报的，不得分。", 2, "base", { context });
    expect([score(all, "否", 2), score(all, "是", 2)]).toEqual(["2", "0"]);
  });

  test("a different act due every period does not decline the failing: 按月召开 beside 未及时上报", () => {
    const r = recognise("未及时上报的,扣0.5分。", 2, "base", { context: "按月召开例会。" });
    expect(score(r, "是", 2)).toBe("1.5");
  });
});

describe("listed items that cannot be told apart", () => {
  test("“无专人、无实施方案、无工作部署记录及工作总结分别扣1分”: three items or four — declined", () => {
    expect(recognise("查看文件资料。无专人、无实施方案、无工作部署记录及工作总结分别扣1分。", 3).status).toBe("manual");
  });

  test("amounts matched one to one do not settle it: “无专人、无实施方案及记录分别扣1分、2分、1分” — declined", () => {
    const r = recognise("无专人、无实施方案及记录分别扣1分、2分、1分。", 4);
    expect(reasonOf(r)).toContain("记录");
  });

  test("the same with 各: “未建立台账、未制定制度和工作计划的各扣1分” — declined", () => {
    expect(recognise("未建立台账、未制定制度和工作计划的各扣1分。", 3).status).toBe("manual");
  });

  test("every item negated, or none, is read one term each", () => {
    const r = recognise("无安全专干、无实施方案、无工作总结的各扣1分。", 3);
    expect([score(r, { 1: "否", 2: "否", 3: "否" }, 3), score(r, { 1: "是", 2: "否", 3: "是" }, 3)]).toEqual([
      "3",
      "1",
    ]);
    const amounts = recognise("无专人、无实施方案、无工作总结分别扣1分、2分、1分。", 4);
    expect(score(amounts, { 1: "否", 2: "是", 3: "是" }, 4)).toBe("1");
    const award = recognise("纳入年度计划、贯彻落实会议精神分别得5分、10分。", 15);
    expect(score(award, { 1: "是", 2: "否" }, 15)).toBe("5");
  });

  test("a list word no reader took is never dropped: traditional 分別 left in a condition is declined", () => {
    const r = recognise("糧食播種面積、總產量達到市下達指標分別得3分;堅決制止和杜絕全年性耕地拋荒得2分。", 8);
    expect(r.status).not.toBe("draft");
    expect(recognise("無專人、無實施方案分別扣1分。", 2).status).not.toBe("draft");
  });
});

describe("积极 is a manner without a measure (guard 24)", () => {
  test("“能积极配合有关部门主动参与周边环境整治记10分,校周边环境良好记20分”: declined", () => {
    const r = recognise("能积极配合有关部门主动参与周边环境整治记10分,校周边环境良好记20分。", 30);
    expect(reasonOf(r)).toContain("积极");
  });

  test("积极分子 is a noun, not a manner: “没有入党积极分子登记簿的扣2分” is a yes/no", () => {
    const r = recognise("没有入党积极分子登记簿的扣2分。", 2);
    expect([score(r, "否", 2), score(r, "是", 2)]).toEqual(["2", "0"]);
  });

  test("a counted case named with it is read by its count", () => {
    const r = recognise("不积极配合处理污染纠纷的，每次扣2分。", 4);
    expect([score(r, 0, 4), score(r, 1, 4), score(r, 3, 4)]).toEqual(["4", "2", "0"]);
  });
});

describe("an award for a thing being complete beside a deduction for its absence", () => {
  test("“机构人员完备得0.5分，无机构和人员扣0.5分”: a body without staff meets neither — declined", () => {
    expect(reasonOf(recognise("机构人员完备得0.5分，无机构和人员扣0.5分。", 0.5))).toContain("完备");
    expect(reasonOf(recognise("台账资料齐全的得2分，没有台账的不得分。", 2))).toContain("齐全");
  });

  test("a deduction that denies the quality is the award's failing: “齐全的得2分，不齐全的扣2分” is a yes/no", () => {
    const r = recognise("项目档案资料齐全的得2分，不齐全的扣2分。", 2);
    expect([score(r, "是", 2), score(r, "否", 2)]).toEqual(["2", "0"]);
  });

  test("a smaller deduction is a term of its own (dangan-1.2.1): “有明确的发展规划和年度工作计划,得3分;无规划扣1分…”", () => {
    const r = recognise("档案工作有明确的发展规划和年度工作计划,得3分;无规划扣1分,无年度计划扣1分。", 3);
    expect(score(r, { 1: "是", 2: "否" }, 3)).toBe("2");
  });
});

describe("a bare 不符合要求 fails the row's requirement, which may need weighing", () => {
  const weighed =
    "学校定期研究安全稳定工作,制定有针对性的具体措施,切实解决学校安全稳定工作方面存在的突出问题,每年不少于4次。";

  test("“不合要求扣完此项分数” under 有针对性 and 切实解决: declined", () => {
    expect(reasonOf(recognise("不合要求扣完此项分数。", 3, "base", { context: weighed }))).toContain("针对性");
    expect(recognise("不符合要求不得分", 2, "base", { context: "各场所卫生状况良好。" }).status).toBe("manual");
  });

  test("a requirement of facts alone is a yes/no (h2-ylz-1.8): 是 = 不符合要求", () => {
    const r = recognise("不符合要求不得分", 2, "base", { context: "标准要求：有安全出口、疏散通道，应急照明设备" });
    expect([score(r, "否", 2), score(r, "是", 2)]).toEqual(["2", "0"]);
  });
});
