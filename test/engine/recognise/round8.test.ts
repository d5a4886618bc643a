/**
 * The classes of wrong draft round 8 found on documents no round had read (统计调查考核, 党建考核; issue 11 part 1),
 * each closed in general (src/engine/recognise/guards.ts) and tested here on sentences of the same shape. Scores are
 * worked out by hand from each sentence's own words.
 */
import { dec } from "../../../src/engine/decimal";
import { recognise } from "../../../src/engine";
import { restatedHeading } from "../../../src/engine/recognise/heading";
import { reasonOf, score } from "./probeHelpers";

describe("a failing of X beside X's absence: added or not is open", () => {
  test.each([
    ["未建立调查工作网络的扣3分,未对调查工作网络进行动态维护和管理,扣2分。", 5],
    ["未建立工作台账的扣2分；未对工作台账进行定期更新的，扣1分。", 3],
    ["应配专职档案员未配的扣2分；专职档案员未参加业务培训的扣1分。", 3],
    ["应设专职副书记未设的扣3分;专职副书记未列席同级党委会的扣1分。", 4],
    ["未成立领导小组的扣2分，领导小组未定期召开会议的扣1分。", 3],
  ])("“%s” is declined: a unit without it also did not keep it up", (text, points) => {
    expect(reasonOf(recognise(text, points))).toContain("为前提");
  });

  test("two things missing (two absences) are two yes/no terms that add up", () => {
    const r = recognise("未建立统计报表发放登记制度的扣2分；未建立统计报表报送接收情况记录的扣3分。", 5);
    expect([
      score(r, { "1": "否", "2": "否" }, 5),
      score(r, { "1": "是", "2": "否" }, 5),
      score(r, { "1": "否", "2": "是" }, 5),
      score(r, { "1": "是", "2": "是" }, 5),
    ]).toEqual(["5", "3", "2", "0"]);
  });

  test("another thing of the same field (机构 / 人员) is not presupposed", () => {
    const r = recognise("未成立安全生产领导机构的扣2分；无专职安全生产监督管理人员的扣1分。", 3);
    expect([
      score(r, { "1": "是", "2": "是" }, 3),
      score(r, { "1": "否", "2": "是" }, 3),
      score(r, { "1": "是", "2": "否" }, 3),
    ]).toEqual(["0", "2", "1"]);
  });

  test("未配合 is not a setting-up: “未配合上级督查的扣1分；督查整改方案未制定的扣1分” is two yes/no terms", () => {
    const r = recognise("未配合上级督查的扣1分；督查整改方案未制定的扣1分。", 2);
    expect([score(r, { "1": "是", "2": "是" }, 2), score(r, { "1": "否", "2": "是" }, 2)]).toEqual(["0", "1"]);
  });

  test("an absence that takes all the points leaves nothing open", () => {
    const r = recognise("调度室未设置专用显示终端，不得分；显示终端不能正常显示的，扣1分。", 2);
    expect([
      score(r, { "1": "是", "2": "否" }, 2),
      score(r, { "1": "否", "2": "是" }, 2),
      score(r, { "1": "否", "2": "否" }, 2),
    ]).toEqual(["0", "1", "2"]);
  });
});

describe("a degree the evaluator weighs is not a yes/no", () => {
  test.each([
    ["党员的示范带头作用不明显的扣2分。", 5, "不明显"],
    ["宣传工作重点不突出的，扣1分。", 3, "不突出"],
    ["大学生村官全年工作出勤率不高的扣1分。", 2, "不高"],
    ["问题整改不深入的扣2分。", 4, "不深入"],
  ])("“%s” is declined", (text, points, word) => {
    expect(reasonOf(recognise(text, points))).toContain(word);
  });

  test("a stated failing is still a yes/no: 未按要求落实…扣2分 on 5", () => {
    const r = recognise("未按要求落实党支部工作记事制度的扣2分。", 5);
    expect([score(r, "是", 5), score(r, "否", 5)]).toEqual(["3", "5"]);
  });
});

describe("a heading restating the 分值 (“(2)报表报送10分。…”)", () => {
  test("is dropped where its points are the 分值: the terms after it are read", () => {
    const r = recognise("(2)资料报送5分。未按规定时间报送,每迟报一天扣1分;未按要求报送情况说明,一次扣2分。", 5);
    expect([
      score(r, { "1": 0, "2": 0 }, 5),
      score(r, { "1": 2, "2": 0 }, 5),
      score(r, { "1": 1, "2": 1 }, 5),
      score(r, { "1": 4, "2": 1 }, 5),
    ]).toEqual(["5", "3", "2", "0"]);
  });

  test("is not dropped where its points differ from the 分值, or its name is a condition", () => {
    expect(recognise("(2)资料报送6分。每迟报一天扣1分。", 5).status).toBe("manual");
    expect(restatedHeading("未建立台账5分。每缺一项扣1分。", dec(5))).toBe("未建立台账5分。每缺一项扣1分。");
  });
});
