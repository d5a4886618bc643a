/**
 * Round 13 (issue 11 part 1): per-point rate steps whose start is said in words the statement reader does not read
 * (rateStart.ts) — a start with 不扣分/满分 and a 0-point bound, a rate short of nothing stated (from 100%), a rise
 * against last year — and the shapes beside them that stay declined. Scores are worked out by hand from each
 * sentence's own words: the step is continuous (docs/recogniser.md, “Slopes are continuous”), the leaf floored at 0.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("a start said with 满分 or 不扣分, a step of one point, a 0-point bound", () => {
  test("申报率100%得满分，每下降一个百分点扣5分，低于96%为0分 (the heading 满分20分 restates the 分值)", () => {
    const r = recognise(
      "针对网格内纳税人申报情况进行考核，满分20分，申报率100%得满分，申报率每下降一个百分点扣5分，申报率低于96%为0分。",
      20,
    );
    expect(score(r, "100%", 20)).toBe("20");
    expect(score(r, "99%", 20)).toBe("15");
    expect(score(r, "98.5%", 20)).toBe("12.5");
    expect(score(r, "96%", 20)).toBe("0");
    expect(score(r, "90%", 20)).toBe("0");
  });

  test("95%(含95%)不扣分 with an aside of what else the unit may do", () => {
    const r = recognise("符合政策生育率 95%(含 95%)不扣分,可进入先进单位评选,每低一个百分点扣 1 分;", 15);
    expect(score(r, "100%", 15)).toBe("15");
    expect(score(r, "95%", 15)).toBe("15");
    expect(score(r, "94%", 15)).toBe("14");
    expect(score(r, "94.5%", 15)).toBe("14.5");
    expect(score(r, "80%", 15)).toBe("0");
  });

  test("100%及以上得满分 … 95%或以下为零分: the bound where the points have run out changes nothing", () => {
    const r = recognise("满分10分。登记率100%及以上得满分，每下降一个百分点扣两分，登记率95%或以下为零分。", 10);
    expect(score(r, "99%", 10)).toBe("8");
    expect(score(r, "96%", 10)).toBe("2");
    expect(score(r, "95%", 10)).toBe("0");
  });

  test("a bound before the points run out is the floor: 低于90%不得分 leaves 90% at 5", () => {
    const r = recognise("合格率95%以上得满分，每低1个百分点扣1分，低于90%不得分", 10);
    expect(score(r, "95%", 10)).toBe("10");
    expect(score(r, "90%", 10)).toBe("5");
    expect(score(r, "89.9%", 10)).toBe("0");
  });

  test("higher is worse: 低于或等于10%得满分，每提高一个百分点扣两分，15%或以上得零分", () => {
    const r = recognise("零申报率低于或等于10%得满分，零申报率每提高一个百分点扣两分，15%或以上得零分。", 10);
    expect(score(r, "5%", 10)).toBe("10");
    expect(score(r, "10%", 10)).toBe("10");
    expect(score(r, "12%", 10)).toBe("6");
    expect(score(r, "15%", 10)).toBe("0");
  });

  test("an exact start at the end of the scale: 违法发生率0%得满分，每增加一个百分点扣2.5分", () => {
    const r = recognise("违法发生率0%得满分，每增加一个百分点扣2.5分，违法发生率4%以上得0分。", 10);
    expect(score(r, "0%", 10)).toBe("10");
    expect(score(r, "1%", 10)).toBe("7.5");
    expect(score(r, "4%", 10)).toBe("0");
  });
});

describe("a rate short of nothing stated is short of 100%", () => {
  test("报表收集率每少一个百分点扣1分, after the failing that leads to it", () => {
    const r = recognise("(1)报表收集10分。未按制度要求做好应报单位催报工作,报表收集率每少一个百分点扣1分。", 10);
    expect(score(r, "100%", 10)).toBe("10");
    expect(score(r, "97.5%", 10)).toBe("7.5");
    expect(score(r, "90%", 10)).toBe("0");
  });

  test("in a penalty part, a shortfall term from 100%", () => {
    const r = recognise("信息报送率每降低1个百分点扣0.5分", 5, "penalty");
    expect(score(r, "100%", 5, "penalty")).toBe("0");
    expect(score(r, "98%", 5, "penalty")).toBe("-1");
  });

  test("a target in the context still comes from the context", () => {
    const r = recognise("入户调查率每降低1%扣0.1分", 1, "base", { context: "镇（区）对新增低保对象入户调查率达到95%" });
    expect(score(r, "95%", 1)).toBe("1");
    expect(score(r, "94%", 1)).toBe("0.9");
  });
});

describe("a rise against last year: the change is the input, a fall costs nothing", () => {
  test("抢劫、抢夺案件总量与本地上年相比，每上升一个百分点扣2分 (a penalty part)", () => {
    const r = recognise("抢劫、抢夺案件总量与本地上年相比，每上升一个百分点扣2分", 30, "penalty");
    expect(score(r, "0%", 30, "penalty")).toBe("0");
    expect(score(r, "-5%", 30, "penalty")).toBe("0");
    expect(score(r, "3%", 30, "penalty")).toBe("-6");
    expect(score(r, "20%", 30, "penalty")).toBe("-30");
  });

  test("in a base part, deducted from the points", () => {
    const r = recognise("火灾起数比上年每上升1个百分点扣0.5分", 5);
    expect(score(r, "2%", 5)).toBe("4");
    expect(score(r, "-3%", 5)).toBe("5");
  });

  test("a rate that is not a change still refuses a negative input", () => {
    const r = recognise("差错率控制在2%以内，每超过一个百分点扣0.5分", 2);
    expect(() => score(r, "-1%", 2)).toThrow(/负数/);
  });
});

describe("a target named in the context as the indicator's rate", () => {
  test("考核指标:…控规编制率(98%) is the 目标值 of “小于目标值的,每少1%扣1分”", () => {
    const r = recognise("完成得基本分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止。", 5, "base", {
      context: "考核指标：近期建设用地范围内控规编制率（98%）",
    });
    expect(score(r, "98%", 5)).toBe("5");
    expect(score(r, "97%", 5)).toBe("4");
    expect(score(r, "93%", 5)).toBe("0");
  });

  test("a bracketed number that is not the indicator's rate (a weight) is not read", () => {
    const r = recognise("完成得基本分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止。", 5, "base", {
      context: "考核指标：近期建设用地范围内控规编制率，权重（20%）",
    });
    expect(r.status).toBe("manual");
  });
});

describe("an award per point above the row's target (a bonus part)", () => {
  test("大于目标值的,每增加1%加1分,最高加2分 with the indicator's 控规编制率(98%)", () => {
    const r = recognise("大于目标值的,每增加1%加1分,最高加2分;", 2, "bonus", {
      context: "考核指标：近期建设用地范围内控规编制率（98%）",
    });
    expect(score(r, "98%", 2, "bonus")).toBe("0");
    expect(score(r, "99%", 2, "bonus")).toBe("1");
    expect(score(r, "100%", 2, "bonus")).toBe("2");
  });

  test("加分至基本分值为止 with 基本分5分 in the context", () => {
    const r = recognise("大于目标值的,每增加1%加0.5分,加分至基本分值为止;", 5, "bonus", {
      context: "考核指标：中心村规划编制率，考核目标90%；基本分5分",
    });
    expect(score(r, "92%", 5, "bonus")).toBe("1");
    expect(score(r, "100%", 5, "bonus")).toBe("5");
    expect(score(r, "80%", 5, "bonus")).toBe("0");
  });

  test.each([
    ["no target in the context", "大于目标值的,每增加1%加1分,最高加2分;", 2, "考核指标：近期建设用地范围内控规编制率"],
    ["a cap other than the 分值", "大于目标值的,每增加1%加1分,最高加3分;", 2, "考核目标98%"],
    ["基本分 other than the 分值", "大于目标值的,每增加1%加0.5分,加分至基本分值为止;", 5, "考核目标90%；基本分4分"],
    ["a coarse step", "大于目标值的,每增加5%加1分,最高加2分;", 2, "考核目标90%"],
  ])("declined: %s", (_what, text, points, context) => {
    expect(recognise(text, points, "bonus", { context }).status).toBe("manual");
  });
});

describe("rate items under a heading that restates the 分值", () => {
  const text =
    "规范开展核对工作，得 1分；民政救助类核对工作市级退回率≦5%,得 0.5 分，每增加 1%，扣 0.1 分，扣完为止；住房保障类核对工作市级退回率≦10％，得 0.5 分，每增加 2%，扣 0.1 分，扣完为止。（1分）";
  test("the shares make up the 分值: each item on its own share, the coarse one the evaluator's", () => {
    const r = recognise(text, 1);
    expect(r.status).toBe("partial");
    expect(score(r, { "1": "5%" }, 1)).toBe("0.5");
    expect(score(r, { "1": "7%" }, 1)).toBe("0.3");
    expect(score(r, { "1": "12%" }, 1)).toBe("0");
  });
  test("shares that do not make up the 分值 leave the heading as a term, and the clause declined", () => {
    expect(recognise(text.replace("得 0.5 分，每增加 1%", "得 0.4 分，每增加 1%"), 1).status).toBe("manual");
  });
});

describe("a second scoring sentence is left to the readers of terms", () => {
  test("申报率100%得满分，每下降1个百分点扣1分；未按时报送扣2分: a shortfall term beside a yes/no", () => {
    const r = recognise("申报率100%得满分，每下降1个百分点扣1分；未按时报送扣2分", 10);
    expect(score(r, { "1": "98%", "2": "是" }, 10)).toBe("6");
  });
});

describe("outside its shapes it stays declined", () => {
  test.each([
    ["a coarse step", "合格率100%得满分，每下降2个百分点扣1分", 10, "整档"],
    ["a start on the side the step runs from", "差错率5%以下不扣分，每低1个百分点扣1分", 10, "方向"],
    ["an exact start other than 100%", "回访率95%得满分，每降低1个百分点扣1分", 10, "恰好"],
    ["a 0-point bound on the good side", "申报率100%得满分，每下降1个百分点扣5分，申报率高于99%为0分", 20, "方向"],
    [
      "a rate that may fall below 0",
      "压缩率达5%以上满分，压缩率每下降一个百分点扣4分，压缩率0%及以下为零分",
      20,
      "负数",
    ],
    [
      "higher is worse, the bound before the points run out",
      "零申报率10%以下得满分，每提高1个百分点扣1分，15%以上得零分",
      10,
      "扣完之前",
    ],
    ["two rates in one step", "调解率、成功率每降低1个百分点扣1分", 5, "两个比率"],
    ["a heading of other points", "满分8分，申报率100%得满分，每下降1个百分点扣1分", 10, "不一致"],
    ["two measures against last year", "刑事案件发案数、治安案件发案数与上年相比，每上升1个百分点扣1分", 10, "各自"],
  ])("%s", (_what, text, points, reason) => {
    expect(reasonOf(recognise(text, points))).toContain(reason);
  });

  test.each([
    ["an unstated target named", "未完成年度目标任务的,优良天数比率每降低1个百分点扣0.25分", 1, ""],
    ["a fall against last year (the sign of the input is open)", "破案率与上年相比，每下降1个百分点扣1分", 10, ""],
    ["a start against an average not stated", "群众知晓率低于前一年度全省平均数的,每低1个百分点扣0.25分", 5, ""],
    ["a rate of change has no 100% to fall short of", "地区生产总值增长率每降低1个百分点扣1分", 10, ""],
    ["a step awarding points", "申报率100%得满分，每提高1个百分点加1分", 10, ""],
    [
      "a bare rate with a number in the context",
      "报表收集率每少1个百分点扣1分",
      10,
      "应报单位报表收集率不低于98%，及时率95%",
    ],
  ])("%s", (_what, text, points, context) => {
    const r = recognise(text, points, "base", context === "" ? {} : { context });
    expect(r.status).toBe("manual");
  });
});
