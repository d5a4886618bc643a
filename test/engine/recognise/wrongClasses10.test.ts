/**
 * Held-out sets 10 and 11, first measurement: four classes of wrong draft, each closed in general
 * (docs/recogniser.md, 错误起草的防线 41–44). Each class is tested on the held-out clause and on wordings of its own.
 */
import { recognise } from "../../../src/engine";
import { dec } from "../../../src/engine/decimal";
import { narrowFailing } from "../../../src/engine/recognise/narrowFailing";
import type { Statement } from "../../../src/engine/recognise/statements";
import { reasonOf, score } from "./probeHelpers";

describe("41. two things short joined by 或 under one 每: two counts, or declined", () => {
  test("“每少一種機構或少一項制度的扣0.5分” (h10-jsj-1.1.1): institutions and rules missing, keyed in order", () => {
    const r = recognise("每少一種機構或少一項制度的扣0.5分。", 10, "penalty");
    expect(r.status).toBe("draft");
    expect(
      [
        { "1": 0, "2": 0 },
        { "1": 1, "2": 0 },
        { "1": 0, "2": 2 },
        { "1": 3, "2": 2 },
        { "1": 15, "2": 10 },
      ].map((i) => score(r, i, 10, "penalty")),
    ).toEqual(["0", "-0.5", "-1", "-2.5", "-10"]);
  });

  test("“每少一个站点或缺一类档案扣0.5分,扣完为止” on 3: two counts from none missing, floored at 0", () => {
    const r = recognise("每少一个站点或缺一类档案扣0.5分,扣完为止", 3);
    expect([score(r, { "1": 0, "2": 0 }, 3), score(r, { "1": 1, "2": 2 }, 3), score(r, { "1": 6, "2": 1 }, 3)]).toEqual(
      ["3", "1.5", "0"],
    );
  });

  test.each([
    // a shortfall of times falls short of a target the clause does not state
    ["每少一种机构或少开展一次活动的扣0.5分", 10, "penalty"],
    ["每少出臺一種意見或少研究一次扣0.5分。", 10, "penalty"],
  ] as const)("“%s” is not drafted as one count", (text, points, part) => {
    expect(recognise(text, points, part).status).toBe("manual");
  });

  test("the guard names the two shortfalls when another reader would draft them as one", () => {
    expect(reasonOf(recognise("每少一种机构或少开展一次活动的扣0.5分", 10, "penalty"))).toContain("两种缺少的情形");
  });

  test("或 inside one item (“花名册或登记簿,每少1项”) is one count, as before", () => {
    const r = recognise("花名册或登记簿,每少1项扣1分,扣完为止", 2);
    expect([score(r, 0, 2), score(r, 1, 2), score(r, 3, 2)]).toEqual(["2", "1", "0"]);
  });
});

describe("42. amounts by the kind of unit assessed: which kind the leaf is, the clause does not say", () => {
  test.each([
    [
      "完整记录包括主题、内容、日期照片、居民签到、工作简报。社区中心、乡镇每次讲座少1项扣0.8分,站、室每次讲座少1项扣0.4分,扣完为止。",
      4,
    ],
    ["卫生院未建立档案扣2分;卫生室未建立档案扣1分", 3],
    ["村未设宣传栏扣1分,社区未设宣传栏扣2分", 2],
    ["中心、乡镇未按时上报扣1分;站、室未按时上报扣0.5分", 1],
  ] as const)("“%s” is declined", (text, points) => {
    expect(reasonOf(recognise(text, points))).toContain("被考核单位属哪一类不在条文中");
  });

  test("levels of an award (市级/县级) are not kinds of units: “市级表彰加2分,县级表彰加1分” is not declined as such", () => {
    // declined since round 16 for another reason (guard 76: per honour or once, each level or the highest, open)
    const reason = reasonOf(recognise("市级表彰加2分,县级表彰加1分", 3, "bonus"));
    expect(reason).not.toContain("被考核单位属哪一类");
    expect(reason).toContain("取最高");
  });

  test("one subject before several failings is read: “乡镇未建立台账扣1分,未配备专人扣1分”", () => {
    const r = recognise("乡镇未建立台账扣1分,未配备专人扣1分", 2);
    expect([score(r, { "1": "否", "2": "否" }, 2), score(r, { "1": "是", "2": "是" }, 2)]).toEqual(["2", "0"]);
  });
});

describe("43. a failing narrower than the award's negation: the middle case unstated", () => {
  test.each([
    ["統計人員持有從業資格證書得5分,沒有從業資格證書當年又未參加從業資格考試不得分。", 5],
    ["建立台账得3分,没有台账且未建立登记簿不得分", 3],
    ["按时上报得2分,未按时上报同时未说明原因的扣2分", 2],
  ] as const)("“%s” is declined", (text, points) => {
    expect(reasonOf(recognise(text, points))).toContain("比得分条件的反面窄");
  });

  test("the plain negation is the award's 否则: “建立台账得3分,没有台账不得分”", () => {
    const r = recognise("建立台账得3分,没有台账不得分", 3);
    expect([score(r, "是", 3), score(r, "否", 3)]).toEqual(["3", "0"]);
  });

  const plain = (cond: string, result: Extract<Statement, { kind: "plain" }>["result"]): Statement => ({
    kind: "plain",
    cond,
    result,
  });

  test("a middle rung stated for the first failing alone leaves nothing open (for this guard)", () => {
    expect(
      narrowFailing([
        plain("持有资格证书", { kind: "award", points: dec(5) }),
        plain("无证但当年参加考试", { kind: "award", points: dec(2) }),
        plain("无证又未参加考试", { kind: "zero" }),
      ]),
    ).toBeUndefined();
    expect(
      narrowFailing([
        plain("持有资格证书", { kind: "award", points: dec(5) }),
        plain("无证又未参加考试", { kind: "zero" }),
      ]),
    ).toContain("比得分条件的反面窄");
  });
});

describe("44. 每项 over result-less items listed before it", () => {
  test("“认真参加学习交流;年终学习总结事实就是,每项达达标各扣2分” (h11-xj-1.4) is declined", () => {
    expect(recognise("认真参加学习交流;年终学习总结事实就是,每项达达标各扣2分", 20, "penalty").status).toBe("manual");
  });

  test("an item holding a manner word declines the count: “认真参加学习交流;按时上交年终学习总结,每项不达标各扣2分”", () => {
    expect(reasonOf(recognise("认真参加学习交流;按时上交年终学习总结,每项不达标各扣2分", 20, "penalty"))).toContain(
      "“认真”没有可计数的标准",
    );
  });

  test.each([
    ["参加学习交流;按时上交年终学习总结,每项不达标扣2分", 20, "penalty"],
    ["建立健全各项制度;定期召开会议,每项未做到扣1分", 4, "base"],
  ] as const)("“%s”: a count naming only the last item is declined", (text, points, part) => {
    expect(reasonOf(recognise(text, points, part))).toContain("未读入草稿");
  });

  test("“达达标”: a doubling before 标 is a typo that changes the rule; “项项达标” doubles the item and is read", () => {
    expect(reasonOf(recognise("年终学习总结,每项达达标各扣2分", 20, "penalty"))).toContain("疑有错字");
    const r = recognise("各项指标项项达标得2分", 2);
    expect([score(r, "是", 2), score(r, "否", 2)]).toEqual(["2", "0"]);
  });

  test("a list in one sentence before 每项 is the items reader's, as before (zj-43)", () => {
    const r = recognise(
      "农村公路超限率超过4.5%、卸载率低于82%，县道、乡道、村道交通标志标线完好率分别低于75%、55%、35%的，每项扣5分",
      50,
      "penalty",
    );
    expect(r.status).toBe("draft");
  });
});
