/**
 * Round 9 counts (issue 11 part 1): shapes of counts and per-item shares the recogniser declined, read where the
 * words fix them and declined beside them. Scores are worked out by hand from each sentence's own words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("每少一项/一样/一部 with no number to reach: the count of items missing", () => {
  test("items a unit must have, counted missing (每少一项)", () => {
    const r = recognise("墙上应有宣传标识,桌上有服务立牌,每少一项扣5分。", 10);
    expect([score(r, 0, 10), score(r, 1, 10), score(r, 2, 10), score(r, 3, 10)]).toEqual(["10", "5", "0", "0"]);
  });

  test("a list of rules not drawn up, in a penalty part (每少一项扣1分)", () => {
    const r = recognise("值班、巡查、培训等工作制度未制定的,每少一项扣1分。", 6, "penalty");
    expect([score(r, 0, 6, "penalty"), score(r, 2, 6, "penalty"), score(r, 9, 6, "penalty")]).toEqual([
      "0",
      "-2",
      "-6",
    ]);
  });

  test("每少一样 and 每少一部 are item counts too", () => {
    const a = recognise("建立隐患和危险品登记册,每少一样扣2分。", 4);
    expect([score(a, 0, 4), score(a, 1, 4), score(a, 2, 4)]).toEqual(["4", "2", "0"]);
    const b = recognise("每少一部要求的调度电话扣0.2分", 2);
    expect([score(b, 0, 2), score(b, 3, 2), score(b, 20, 2)]).toEqual(["2", "1.4", "0"]);
  });

  test.each([
    ["开展培训,每少1次扣1分。", 3],
    ["配备专职人员,每少1人扣1分。", 3],
    ["全年巡查,每少1天扣0.5分。", 3],
    ["每少1个部门扣1分。", 3],
  ])("“%s”: 次, 人, 天, 个 are counted against a number the text does not state", (text, points) => {
    expect(reasonOf(recognise(text, points))).toContain("未说明应达到的数量");
  });

  test("部 and 样 are read only after 每少/每缺 (每出台1部法规, 2部以上 are left as they were)", () => {
    expect(recognise("每出台1部法规加1分", 2).status).toBe("manual");
    expect(recognise("出台2部以上地方性法规的,得2分", 2).status).toBe("manual");
  });

  test("a 部门 is not a 部 of telephones", () => {
    expect(reasonOf(recognise("每少一部门报送扣1分", 3))).not.toBe("");
  });

  test("a number to reach in the sentence makes it a target, not items missing", () => {
    const r = recognise("建立制度少于3项的,每少1项扣1分。", 3);
    expect([score(r, 3, 3), score(r, 2, 3), score(r, 0, 3)]).toEqual(["3", "2", "0"]);
  });

  test("a number in the subject is declined (a target the count may be held against)", () => {
    expect(reasonOf(recognise("建立5项管理制度,每少一项扣1分。", 5))).not.toBe("");
  });
});

describe("a count to reach, and what each one short costs (countTarget.ts)", () => {
  test("不少于N名,记P分;每少…1名,扣x分: the count held against N", () => {
    const r = recognise("招收文职雇员不少于4名,记2分;每少招收1名文职雇员,扣0.5分。", 2);
    expect([score(r, 4, 2), score(r, 7, 2), score(r, 3, 2), score(r, 1, 2), score(r, 0, 2)]).toEqual([
      "2",
      "2",
      "1.5",
      "0.5",
      "0",
    ]);
  });

  test("N次以上得P分,少一次扣x分 (以上 holds N)", () => {
    const r = recognise("全年组织演练3次以上得3分,少一次扣1分。", 3);
    expect([score(r, 3, 3), score(r, 2, 3), score(r, 0, 3)]).toEqual(["3", "2", "0"]);
  });

  test.each([
    ["招收文职雇员超过4名,记2分;每少招收1名,扣0.5分。", 2], // 超过: where counting starts is open
    ["招收文职雇员不少于4名,记1分;每少招收1名,扣0.5分。", 2], // the award is not the 分值
    ["招收文职雇员不少于4名,记2分;每少招收1人,扣0.5分。", 2], // two units
    ["每月开展巡查不少于2次,得2分;每少1次,扣0.5分。", 2], // a frequency per period
  ])("“%s” is not read so", (text, points) => {
    const r = recognise(text, points);
    expect(r.status).toBe("manual");
  });

  test("得P分,否则发现1例扣x分: each case of failing the requirement, floored", () => {
    const r = recognise("退出后每3-6个月开展一次回访,得3分,否则发现1例扣1分,扣完为止。", 3);
    expect([score(r, 0, 3), score(r, 2, 3), score(r, 5, 3)]).toEqual(["3", "1", "0"]);
  });

  test("否则…扣 after an award that is not the 分值, or beside judgement, is declined", () => {
    expect(recognise("开展回访,得2分,否则发现1例扣1分。", 3).status).toBe("manual");
    expect(recognise("开展回访,酌情得分,否则发现1例扣1分。", 3).status).not.toBe("draft");
  });
});

describe("a share of the points per case of a task (countTarget.ts)", () => {
  test("每人的平均分数 = P ÷ 任务数; each case missing takes one share: P × 完成数/任务数, no more above the task", () => {
    const r = recognise("根据任务数,算出每人的平均分数,缺1例,扣减1人平均分", 4);
    expect([
      score(r, { actual: 5, planned: 5 }, 4),
      score(r, { actual: 3, planned: 4 }, 4),
      score(r, { actual: 1, planned: 8 }, 4),
      score(r, { actual: 0, planned: 3 }, 4),
      score(r, { actual: 9, planned: 6 }, 4),
    ]).toEqual(["4", "3", "0.5", "0", "4"]);
  });

  test("少完成1例任务扣减相应的分值 is the same share", () => {
    const r = recognise("根据任务数,算出每人的平均分数,少完成1例任务扣减相应的分值", 10);
    expect(score(r, { actual: 20, planned: 25 }, 10)).toBe("8");
  });

  test.each([
    "根据任务数,算出每人的平均分数,缺1例,扣减2人平均分", // two shares per case: beyond P × r
    "根据任务数,算出每人的平均分数,缺1例,扣1分", // a fixed amount, not the share
    "算出每人的平均分数,缺1例,扣减1人平均分", // the denominator not named
  ])("“%s” is not read so", (text) => {
    expect(recognise(text, 4).status).toBe("manual");
  });
});

describe("the points for a number of listed standards met (countTarget.ts)", () => {
  test("符合3项为3分 … 均不符合为0分: bands on the count met", () => {
    const r = recognise("符合上述3项标准为3分;符合2项标准为2分;符合1项标准为1分;3项标准均不符合为0分。", 3);
    expect([score(r, 3, 3), score(r, 2, 3), score(r, 1, 3), score(r, 0, 3)]).toEqual(["3", "2", "1", "0"]);
  });

  test("uneven points per tier are kept as stated", () => {
    const r = recognise("符合上述4项要求得5分;符合3项得3分;符合2项得2分;符合1项得1分;均不符合不得分。", 5);
    expect([score(r, 4, 5), score(r, 3, 5), score(r, 0, 5)]).toEqual(["5", "3", "0"]);
  });

  test.each([
    ["符合上述3项标准为3分;符合1项标准为1分;3项标准均不符合为0分。", 3], // 2 met is not stated
    ["符合上述3项标准为2分;符合2项标准为1分;3项标准均不符合为0分。", 3], // all met is not the 分值
    ["符合上述3项标准为3分;符合2项标准为2分;符合1项标准为1分;2项标准均不符合为0分。", 3], // none of 2?
  ])("“%s” is declined", (text, points) => {
    expect(recognise(text, points).status).toBe("manual");
  });
});

describe("a named number of items, each its points (countTarget.ts)", () => {
  test("3种…(各1分,共3分): a count of the items met, at most 3", () => {
    const r = recognise("三种策略原理描述准确（各1分，共3分）", 3);
    expect([score(r, 0, 3), score(r, 2, 3), score(r, 3, 3)]).toEqual(["0", "2", "3"]);
    expect(() => score(r, 4, 3)).toThrow();
  });

  test.each([
    ["说出3个以上主要特点（各1分，共5分）", 5], // a threshold, not the items
    ["三种策略原理描述准确（各1分，共3分）", 4], // 共 is not the 分值
    ["四种策略原理描述准确（各1分，共3分）", 3], // 4 × 1 is not 共
  ])("“%s” on %s points is declined", (text, points) => {
    expect(recognise(text, points).status).toBe("manual");
  });
});

describe("round 9's first run on new documents", () => {
  test("少得N分 is a deduction (每少一处信息少得1分); 至少得 is not", () => {
    const r = recognise("全部信息要素齐全得10分,每少一处信息少得1分。", 10);
    expect([score(r, 0, 10), score(r, 3, 10), score(r, 12, 10)]).toEqual(["10", "7", "0"]);
    expect(recognise("开展活动的至少得2分。", 3).status).not.toBe("draft");
  });

  test("少开展1次…扣 beside a frequency per period in the context is declined (per period or over the year?)", () => {
    const text = "未制定考核办法扣1分,少开展1次考评的扣0.5分。";
    const r = recognise(text, 1, "base", { context: "县里每半年对乡镇至少开展1次考评(1分)。" });
    expect(reasonOf(r)).toContain("每期的频次要求");
    expect(reasonOf(recognise(text, 1, "base", { context: "每季度不少于2次考评。" }))).toContain("每期的频次要求");
  });
});

describe("a frequency that only states the requirement", () => {
  test("每4个月至少登记1次… in a piece of its own, then 每发现1户扣: the count of households", () => {
    const r = recognise("出租房屋每4个月至少登记1次巡查信息，未巡查而被提醒后10天未维护的，每发现1户扣0.3分。", 2);
    expect([score(r, 0, 2), score(r, 2, 2), score(r, 7, 2)]).toEqual(["2", "1.4", "0"]);
  });

  test("每月未组织…不得分: 不得分 cannot be per month, a yes/no as worded", () => {
    const r = recognise("每月未组织安全检查不得分；检查记录不完整扣1分。", 2);
    expect([
      score(r, { "1": "否", "2": "否" }, 2),
      score(r, { "1": "否", "2": "是" }, 2),
      score(r, { "1": "是", "2": "否" }, 2),
    ]).toEqual(["2", "1", "0"]);
  });

  test.each([
    ["每月开展巡查,未开展的扣1分。", 3], // per month missed, or once?
    ["每月未组织安全检查扣1分。", 3], // a deduction per month missed, or once?
    ["每月至少检查1次,每少1次扣1分。", 3], // short of a number per month, over the year: from what?
  ])("“%s” stays declined", (text, points) => {
    expect(recognise(text, points).status).toBe("manual");
  });
});

describe("每低于目标值1天 with the target stated once in the row's context", () => {
  const context = "考核项目：城区空气质量优良天数；考核目标：340天；备注：最高分为7分";
  test("the count held against the target", () => {
    const r = recognise("每低于目标值1天,扣0.2分", 7, "base", { context });
    expect([score(r, 340, 7), score(r, 345, 7), score(r, 339, 7), score(r, 306, 7), score(r, 300, 7)]).toEqual([
      "7",
      "7",
      "6.8",
      "0.2",
      "0",
    ]);
  });

  test.each([
    ["考核目标：340天；另一目标：300天"], // two targets
    ["考核目标：12个月"], // another unit
    ["城区空气质量优良天数不少于340天"], // not a 目标 the clause names (read only by the 不少于 reader where it applies)
  ])("context “%s”: declined", (ctx) => {
    expect(recognise("每低于目标值1天,扣0.2分", 7, "base", { context: ctx }).status).toBe("manual");
  });
});

describe("每项…各N分 over items numbered in the row's context (countTarget.ts)", () => {
  const context = "考核目标：1、开征污水处理费;2、开征垃圾处理费;3、依法征收排污费";
  test("a yes/no per item, 是 = completed, in the order listed", () => {
    const r = recognise("每项措施各2分,完成计满分,没有完成计0分", 6, "base", { context });
    expect([
      score(r, { "1": "是", "2": "是", "3": "是" }, 6),
      score(r, { "1": "是", "2": "否", "3": "是" }, 6),
      score(r, { "1": "否", "2": "否", "3": "否" }, 6),
    ]).toEqual(["6", "4", "0"]);
  });

  test.each([
    [undefined, 6], // no list
    ["考核目标：开征污水处理费、垃圾处理费等", 6], // not numbered
    ["考核目标：1、开征污水处理费;2、开征2项收费;3、依法征收排污费", 6], // a number in an item
    [context, 5], // 3 × 2 is not the 分值
  ])("context %s on %s points: declined", (ctx, points) => {
    const r = recognise(
      "每项措施各2分,完成计满分,没有完成计0分",
      points,
      "base",
      ctx === undefined ? {} : { context: ctx },
    );
    expect(r.status).toBe("manual");
  });
});

describe("a base tier, then each one more, up to the 分值 (countTarget.ts)", () => {
  test("N名(B分),每增加1人加k分,加满P分为止: bands on the count, 0 below N", () => {
    const r = recognise("配备专职社工 2 名( 4 分) ,每增加 1 人加 2 分,加满 10 分为止", 10);
    expect([
      score(r, 2, 10),
      score(r, 3, 10),
      score(r, 4, 10),
      score(r, 5, 10),
      score(r, 9, 10),
      score(r, 1, 10),
    ]).toEqual(["4", "6", "8", "10", "10", "0"]);
  });

  test.each([
    ["配备专职社工 2 名( 4 分) ,每增加 1 人加 2 分,加满 12 分为止", 10], // the cap is not the 分值
    ["配备专职社工 2 名( 4 分) ,每增加 1 人加 4 分,加满 10 分为止", 10], // 6 more points are not whole steps of 4
    ["配备专职社工 2 名( 4 分) ,每增加 1 个加 2 分,加满 10 分为止", 10], // two units
  ])("“%s” is not drafted", (text, points) => {
    expect(recognise(text, points).status).not.toBe("draft");
  });
});

describe("每少1人/次 after a failing to attend: the person-times absent", () => {
  test("无故不参加…活动每少1人/次扣1分", () => {
    const r = recognise("部门人员无故不参加统一组织的学习活动每少1人／次扣1分。", 10);
    expect([score(r, 0, 10), score(r, 3, 10), score(r, 12, 10)]).toEqual(["10", "7", "0"]);
  });

  test.each([
    ["部门人员参加统一组织的学习活动每少1人／次扣1分。"], // no failing named: short of what number?
    ["部门人员无故不参加学习活动每少1人扣1分。"], // people, not person-times
  ])("“%s” stays declined", (text) => {
    expect(reasonOf(recognise(text, 10))).toContain("未说明应达到的数量");
  });
});

describe("a score formula linear in a rate, full at 100% (linearFormula.ts)", () => {
  test("得分=70×实际达标率-63 on 7 points: 0.7 a point below 100%, 0 from 90%", () => {
    const r = recognise("得分=70×实际达标率-63", 7);
    expect([
      score(r, "100%", 7),
      score(r, "99%", 7),
      score(r, "95%", 7),
      score(r, "90%", 7),
      score(r, "80%", 7),
    ]).toEqual(["7", "6.3", "3.5", "0", "0"]);
  });

  test.each([
    ["得分=70×实际达标率-63", 10], // 70 − 63 is not the 分值
    ["得分=70×实际达标率-63,最高得5分", 7], // a scoring word after it
    ["得分=70×实际达标率+63", 7], // not a deduction
  ])("“%s” on %s points is not drafted", (text, points) => {
    expect(recognise(text, points).status).not.toBe("draft");
  });
});
