/**
 * Counts against a target the clause itself states (issue 11 part 1, round 10; docs/recogniser.md “Counts against a
 * target”): a total over the year (全年/每年 N次), with or without 分别于 listing its N occasions, beside 每缺/每少1次 —
 * the input is the occasions done; and a heading restating the 分值 before a comma (“账簿设置2分,…每缺1项扣1分”).
 * Also the points for attending beside each absence (每月及时参加…记12分,每缺席1次扣3分): the absences counted.
 * A total per month or quarter, a list whose length is not the total, a bound word or another award stays declined.
 * Scores are worked out by hand from each sentence's own words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("a yearly total stated in the clause, each one short deducted", () => {
  test("全年4次 with its four dates, 每缺1次扣2分 on 8 points: 4 done 8, 3 done 6, none 0", () => {
    const r = recognise("全年四次分别于3月底、6月底、9月底、12月底前到中心结报账,每缺一次扣2分。", 8);
    expect([4, 3, 1, 0].map((n) => score(r, n, 8))).toEqual(["8", "6", "2", "0"]);
  });

  test("the list after other words (每年…集中4次,…,分别于…前审核票据,…) reads the same", () => {
    const r = recognise(
      "每年民主理财小组集中四次,村监委会主任参加理财活动,分别于3月底、6月底、9月底、12月底前审核票据,原始凭证加盖民主理财专用章,每缺一次扣1分。",
      4,
    );
    expect([4, 3, 0].map((n) => score(r, n, 4))).toEqual(["4", "3", "0"]);
  });

  test("a total without a list (全年召开2次…每少1次扣1.5分) is the number to reach; floored at 0 past the points", () => {
    const r = recognise("全年召开2次专题会议研究工作,每少1次扣1.5分,扣完为止。", 2);
    expect([2, 1, 0].map((n) => score(r, n, 2))).toEqual(["2", "0.5", "0"]);
  });

  test("more done than the total scores the points, no more", () => {
    const r = recognise("全年四次分别于3月底、6月底、9月底、12月底前报送,每缺一次扣2分。", 8);
    expect(score(r, 6, 8)).toBe("8");
  });

  test("a list of three dates beside 全年4次 is declined: the number to reach is not one", () => {
    const r = recognise("全年四次分别于3月底、6月底、12月底前报送,每缺一次扣2分。", 8);
    expect(reasonOf(r)).toContain("不一致");
  });

  test.each([
    ["每月定期报告工作,全年12次,每少一次扣0.5分。", 6], // a frequency per month beside the total: round 9's open class
    ["每季度召开1次会议,每缺1次扣1分。", 4], // per period, no yearly total
    ["全年不少于4次,每少1次扣1分,另有创新的加1分。", 4], // another award beside it
    ["全年4次、半年2次分别报送,每缺1次扣1分。", 4], // two counts
  ])("declined or read otherwise, never as this shape: “%s”", (text, points) => {
    const r = recognise(text, points);
    if (r.status === "draft") expect(JSON.stringify(r.rule)).not.toContain("全年按要求完成的次数");
    else expect(r.status).toBe("manual");
  });

  test("in a penalty part nothing is drafted by this reader", () => {
    const r = recognise("全年四次分别于3月底、6月底、9月底、12月底前报送,每缺一次扣2分。", 8, "penalty");
    expect(JSON.stringify(r)).not.toContain("全年按要求完成的次数");
  });
});

describe("a heading restating the 分值 before a comma", () => {
  test("账簿设置2分,未按规定设立账簿、台账,每缺一项扣1分: the items missing, 2 points floored", () => {
    const r = recognise("账簿设置2分,未按“四代管”中心规定设立账簿、台账,每缺一项扣1分。", 2);
    expect([0, 1, 2, 3].map((n) => score(r, n, 2))).toEqual(["2", "1", "0", "0"]);
  });

  test("其中结报账8分, as a heading of the part the sentence scores", () => {
    const r = recognise("其中结报账8分,全年四次分别于3月底、6月底、9月底、12月底前报账,每缺一次扣2分。", 8);
    expect([4, 2].map((n) => score(r, n, 8))).toEqual(["8", "4"]);
  });

  test("a second award after the comma is not a heading: the clause stays declined", () => {
    const r = recognise("建立制度2分,健全台账1分,每缺1项扣1分。", 2);
    expect(r.status).toBe("manual");
  });

  test("points that differ from the 分值 are not a heading", () => {
    const r = recognise("账簿设置3分,未按规定设立账簿、台账,每缺一项扣1分。", 2);
    expect(r.status).toBe("manual");
  });

  test("no stated deduction after the comma (单项基准2分,不符合要求,该单项基准分扣完为止) leaves the words to basePoints", () => {
    const r = recognise("单项基准2分,不符合要求,该单项基准分扣完为止。", 2);
    expect([score(r, "是", 2), score(r, "否", 2)]).toEqual(["0", "2"]);
  });
});

describe("the points for attending, and each absence deducted", () => {
  test("每月及时参加专干例会记12分,每缺席一次例会扣3分: the absences counted, the 每月 of the requirement bounds nothing", () => {
    const r = recognise("2、每月及时参加专干例会记12分,每缺席一次例会扣3分", 12);
    expect([0, 1, 3, 4, 6].map((n) => score(r, n, 12))).toEqual(["12", "9", "3", "0", "0"]);
  });

  test("without a frequency: 按时参加联席会议得4分,每缺席1次扣1分", () => {
    const r = recognise("按时参加联席会议得4分,每缺席1次扣1分。", 4);
    expect([0, 1, 5].map((n) => score(r, n, 4))).toEqual(["4", "3", "0"]);
  });

  test("an award below the 分值 is not this shape", () => {
    const r = recognise("每月及时参加专干例会记10分,每缺席一次例会扣3分", 12);
    expect(JSON.stringify(r)).not.toContain("缺席例会的次数");
  });

  test("no attendance named (每月上报报表记6分,每缺席1次扣1分) is not this shape", () => {
    const r = recognise("每月上报报表记6分,每缺席1次扣1分", 6);
    expect(JSON.stringify(r)).not.toContain("缺席的次数");
  });

  test("in a penalty part nothing is drafted by this reader", () => {
    const r = recognise("按时参加联席会议得4分,每缺席1次扣1分。", 4, "penalty");
    expect(JSON.stringify(r)).not.toContain("缺席的次数");
  });
});

describe("见 one unit failing: per unit found, as 发现一处", () => {
  test("档案代管10分:土地承包清册或丈口簿,见一个组未交乡代管扣1分,扣完为止: the groups counted", () => {
    const r = recognise("4、档案代管10分:土地承包清册或丈口簿,见一个组未交乡代管扣1分,扣完为止。", 10);
    expect([0, 1, 5, 10, 12].map((n) => score(r, n, 10))).toEqual(["10", "9", "5", "0", "0"]);
  });

  test("without the thing named first: 查出1户未登记扣0.5分 on 3 points", () => {
    const r = recognise("查出1户未登记扣0.5分。", 3);
    expect([0, 2, 7].map((n) => score(r, n, 3))).toEqual(["3", "2", "0"]);
  });

  test("no failing named (见1个组扣1分) is not this shape", () => {
    const r = recognise("见1个组扣1分。", 10);
    expect(JSON.stringify(r)).not.toContain("的组数");
  });

  test("harm (见1人因未落实造成事故扣5分) is not this shape: once or per case is open", () => {
    const r = recognise("见1人未落实造成事故扣5分。", 10);
    expect(JSON.stringify(r)).not.toContain("的人数");
  });
});

describe("a run of levels in a 分别 list, beside per-case counts", () => {
  const clause =
    "无故不参加或列席会议的每次扣0.5分;对违反决策程序没有及时督促纠正被镇、县及县以上督查通报的,每项分别扣2分、4分、6分。";

  test("镇, 县, 县以上 matched in order with 2, 4, 6, added to the absences counted; 8 points floored", () => {
    const r = recognise(clause, 8);
    const at = (a: number, b: number, c: number, d: number) => score(r, { 1: a, 2: b, 3: c, 4: d }, 8);
    expect([at(0, 0, 0, 0), at(3, 0, 0, 0), at(0, 1, 0, 0), at(0, 0, 1, 0), at(0, 0, 0, 1), at(2, 1, 1, 0)]).toEqual([
      "8",
      "6.5",
      "6",
      "4",
      "2",
      "1",
    ]);
    expect(at(4, 1, 0, 1)).toBe("0");
  });

  test("the list alone: 被县、市、省通报的,每次分别扣1分、2分、3分", () => {
    const r = recognise("工作失误被县、市、省通报的,每次分别扣1分、2分、3分。", 6);
    expect([score(r, { 1: 1, 2: 0, 3: 0 }, 6), score(r, { 1: 0, 2: 1, 3: 1 }, 6)]).toEqual(["5", "1"]);
  });

  test("another list beside the levels (中央、省级交办的…去京…、赴沪…) leaves the pairing open: declined", () => {
    const r = recognise(
      "中央、省级交办的信访案件当事人去京非正常上访、赴沪扰序滋事的，每次分别扣10分、5分",
      30,
      "penalty",
    );
    expect(r.status).toBe("manual");
  });

  test("awards so listed beside per-case awards stay declined", () => {
    const r = recognise("获得表彰的每次加1分;在县、市会上介绍推广的,每次分别加1分、2分", 5, "bonus");
    expect(r.status).toBe("manual");
  });

  test("more levels than amounts stays declined", () => {
    const r = recognise("无故缺席的每次扣0.5分;被镇、县、市、省通报的,每项分别扣2分、4分、6分。", 8);
    expect(r.status).toBe("manual");
  });
});
