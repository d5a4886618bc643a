/**
 * Round 16's education and health set (issue 11 part 1, test/fixtures/clauses/round16-edu.json): the classes of wrong
 * draft its first run found, each tested beyond the clauses that showed it (docs/recogniser.md, 错误起草的防线 55–56),
 * with the contrasts still read. Scores are worked out by hand from each sentence's own words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("55. 每学期 is a period below the year, as 每月 and 每季度 are", () => {
  test.each([
    // r16a-yey-C1.1 (幼兒園評估, traditional as the page prints it)
    ["每學期學習活動不少于8次,每少一次扣1分,扣完為止。", 8],
    ["每学期召开家长会不少于2次,每少一次扣1分", 4],
    // 个 between 每 and the period changes nothing (每个月 was drafted before round 16 too)
    ["每个学期召开家长会不少于2次,每少一次扣1分", 4],
    ["每个月召开例会不少于1次,每少一次扣1分", 3],
    ["每个季度开展检查不少于1次,每少一次扣1分", 3],
  ])(
    "“%s”: the count due each period (semester, month, quarter), over an evaluation of how many, is declined",
    (text, points) => {
      expect(reasonOf(recognise(text, points, "base"))).toMatch(/每期的频次要求/);
    },
  );

  test("r16a-yey-C2.1: 每學期 read as 学 and the unit 期 is not a count of 期", () => {
    const r = recognise(
      "園務委員會每月一次集中會議,家委會、伙委會每學期一次集中會議,少任一項扣3分,扣完為止",
      10,
      "base",
    );
    expect(reasonOf(r)).toMatch(/“每学期”是频次要求/);
  });

  test("per class per semester (每班每学期, read as 班每学 and the unit 期) is a frequency, not a count of 期", () => {
    const r = recognise("每班每学期家访不少于10人次,少1人次扣0.1分", 3);
    expect(reasonOf(r)).toMatch(/“每班每学期”是频次要求/);
  });

  test("a shortfall against a per-semester frequency in the row's other column is declined", () => {
    const r = recognise("少一次扣1分", 4, "base", { context: "每学期至少召开2次家长会" });
    expect(reasonOf(r)).toMatch(/按期计还是全年合计/);
  });

  test("the same target over the year is read as before: the count held", () => {
    const r = recognise("每年召开家长会不少于2次,每少一次扣1分", 4);
    expect([score(r, 2, 4), score(r, 1, 4), score(r, 0, 4)]).toEqual(["4", "3", "2"]);
  });

  test("a yearly target in the row's other column is read as before", () => {
    const r = recognise("少一次扣1分", 4, "base", { context: "每年至少召开2次家长会" });
    expect([score(r, 2, 4), score(r, 1, 4), score(r, 0, 4)]).toEqual(["4", "3", "2"]);
  });

  test("期 as the unit counted (宣传栏每少一期) against a yearly target is read as before", () => {
    const r = recognise("宣传栏每少一期扣1分", 4, "base", { context: "全年更换宣传栏内容不少于4期" });
    expect([score(r, 4, 4), score(r, 3, 4), score(r, 0, 4)]).toEqual(["4", "3", "0"]);
  });
});

describe("56. 详实 (翔实, 详尽) is a manner without a measure, as 详细 is", () => {
  test.each([
    // r16a-yey-C2.1's second sentence and C1.1's 不詳實 (traditional as printed)
    ["任一項過程性資料不詳實扣2分,扣完為止。", 10],
    ["每年學習活動不少于8次,每少一次扣1分,不詳實扣3分,扣完為止。", 8],
    ["活动记录翔实得2分,无记录不得分。", 2],
    ["台账资料详尽的得1分。", 1],
  ])("“%s” is declined", (text, points) => {
    expect(reasonOf(recognise(text, points, "base"))).toMatch(/(?:详实|翔实|详尽)”没有可计数的标准/);
  });

  test("a record that is incomplete (不齐全) is still a yes/no", () => {
    const r = recognise("活动资料不齐全扣2分。", 4);
    expect([score(r, "否", 4), score(r, "是", 4)]).toEqual(["4", "2"]);
  });

  test("r16a-fycj-4: 资料零乱 beside a 不得分 is read as two yes/no terms, as 账目混乱 is", () => {
    const r = recognise("资料零乱扣 2分, 乡村两级数据不一致不得分", 8);
    expect([
      score(r, { "1": "否", "2": "否" }, 8),
      score(r, { "1": "是", "2": "否" }, 8),
      score(r, { "1": "否", "2": "是" }, 8),
    ]).toEqual(["8", "6", "0"]);
  });
});

describe("options with bare points parted by semicolons (bareOptions.ts): 是/否, and complete / incomplete / absent", () => {
  test("r16a-wsjc-1.1 “是4;否0” beside “建立校长为第一责任人制度”: all or nothing", () => {
    const r = recognise("是4;否0", 4, "base", { context: "建立校长为第一责任人制度" });
    expect([score(r, "是", 4), score(r, "否", 4)]).toEqual(["4", "0"]);
  });

  test("有/无 is the same pair", () => {
    const r = recognise("有3；无0", 3);
    expect([score(r, "是", 3), score(r, "否", 3)]).toEqual(["3", "0"]);
  });

  test("r16a-wsjc-2.6 “记录全3;记录不全1;无0”: three rungs that leave no case out", () => {
    const r = recognise("记录全3;记录不全1;无0", 3, "base", { context: "建立学生因病缺勤记录" });
    expect([score(r, "记录全", 3), score(r, "记录不全", 3), score(r, "无", 3)]).toEqual(["3", "1", "0"]);
  });

  test("the same rungs in words (记录齐全得4分,记录不全得1分,无记录不得分) are a ladder too", () => {
    const r = recognise("记录齐全得4分,记录不全得1分,无记录不得分", 4);
    expect([score(r, "记录齐全", 4), score(r, "记录不全", 4), score(r, "无记录", 4)]).toEqual(["4", "1", "0"]);
  });

  test.each([
    ["是3;否0", 4, /与本项分值4分不一致/],
    ["是4;否1", 4, /不是0分/],
    ["记录全4;记录不全4;无0", 4, /不是逐项递减/],
  ])("“%s” on %s points is declined", (text, points, reason) => {
    expect(reasonOf(recognise(text as string, points as number, "base"))).toMatch(reason as RegExp);
  });

  test("in a penalty part the options are declined", () => {
    expect(reasonOf(recognise("是4;否0", 4, "penalty"))).toMatch(/扣分项/);
  });

  test.each([
    ["记录全4;记录不全1;资料不全0", 4], // the rungs name two things
    ["市级4;县级2;无0", 4], // not complete / incomplete / absent
    ["记录齐全得4分,记录不全酌情给分,无记录不得分", 4], // a judged middle rung (h10-qf-2.2)
  ])("“%s” is not read as such a ladder", (text, points) => {
    expect(reasonOf(recognise(text, points, "base"))).not.toBe("");
  });
});

describe("57. a consequence beyond the score (取消…资格, 取消评先评优) is declined, not dropped", () => {
  test.each([
    ["发生学生溺水死亡事故的,本项不得分并取消评先资格", 10],
    ["出现食品安全事故的扣5分，并取消当年评先评优资格", 5],
    ["发生1起一般火灾扣1分;重大以上火灾取消评选资格", 5], // h10-pasq-2's piece
    ["有体罚学生行为的，本项不得分，取消年度评优资格", 5],
    ["未达到标准的扣2分，取消文明学校称号", 4],
  ])("“%s” is declined", (text, points) => {
    expect(reasonOf(recognise(text, points, "base"))).toMatch(/不是本项得分/);
  });

  test("the same scores without the disqualification are read as before", () => {
    const once = recognise("出现食品安全事故的扣5分", 5);
    expect([score(once, "否", 5), score(once, "是", 5)]).toEqual(["5", "0"]);
    const fires = recognise("发生1起一般火灾扣1分", 5);
    expect([score(fires, 0, 5), score(fires, 2, 5)]).toEqual(["5", "3"]);
  });

  test("取消 of something scored (取消加分) is not such a consequence", () => {
    expect(reasonOf(recognise("弄虚作假的，取消加分", 2, "bonus"))).not.toMatch(/不是本项得分/);
  });

  test("一票否决 with a disqualification beside it is declined too; 一票否决 alone is a veto as before", () => {
    expect(reasonOf(recognise("发生重大安全责任事故的实行一票否决，并取消评优资格", 0))).toMatch(/不是本项得分/);
    expect(recognise("发生重大安全责任事故的实行一票否决", 0).status).toBe("draft");
  });
});

describe("58. a count whose label swallows a rate the requirement must reach is declined", () => {
  test("“住院病历甲级率达90%,乙级病历每份扣1分,丙级病历每份扣3分”: deducted only below 90%, or always?", () => {
    expect(reasonOf(recognise("住院病历甲级率达90%,乙级病历每份扣1分,丙级病历每份扣3分", 10))).toMatch(
      /比率界限未被读出/,
    );
  });

  test("100% required: each one short is counted, as before", () => {
    const r = recognise("教师持证上岗率100%,每1人无证扣1分", 5);
    expect([score(r, 0, 5), score(r, 2, 5)]).toEqual(["5", "3"]);
  });

  test("a bound that is the failing counted (zj-43's 低于…的每项, cj-zz-7's 未达到80%的每次) is read as before", () => {
    const r = recognise("党员会议到会率未达到80%的，每次扣0.5分", 3);
    expect([score(r, 0, 3), score(r, 2, 3)]).toEqual(["3", "2"]);
  });

  test("a rate bound with its own deduction (not in a count's label) is read as before", () => {
    const r = recognise("报表及时率低于90%的扣1分", 3);
    expect([score(r, "95%", 3), score(r, "85%", 3)]).toEqual(["3", "2"]);
  });
});
