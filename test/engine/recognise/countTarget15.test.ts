/**
 * Round 15 (issue 11 part 1): a count to reach stated in the clause itself, then each one short deducted, in wordings
 * the readers declined before — ≥N次, the target said twice, a yearly count (一年不少于N次, N次/年), 少1次 without 每
 * after 少于N次的, an award restating a `below` term's target, the shape in one sentence of several — and a number in a
 * quoted name. Scores are worked out by hand from each clause's words; the input is the count held.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("the count to reach in the award (countTarget.ts)", () => {
  test("≥N次,得P分;少1次扣x分: ≥ holds N", () => {
    const r = recognise("≥4次,得4分;少1次扣1分。", 4);
    expect([4, 6, 3, 1, 0].map((n) => score(r, n, 4))).toEqual(["4", "4", "3", "1", "0"]);
  });

  test("the target said twice, over the year, with what is counted after it", () => {
    const r = recognise("开展健康宣传、咨询活动,要求不少于6次,一年开展6次以上健康宣传、咨询活动,得6分,少1次扣1分;", 6);
    expect([6, 8, 5, 2, 0].map((n) => score(r, n, 6))).toEqual(["6", "6", "5", "2", "0"]);
  });

  test.each([
    ["开展健康宣传活动,要求不少于5次,一年开展6次以上健康宣传活动,得6分,少1次扣1分;", 6], // two different counts
    ["每月开展6次以上健康宣传活动,得6分,少1次扣1分。", 6], // a frequency per month
    ["≥4次,得3分;少1次扣1分。", 4], // the award is not all the points
    ["≥4次,得4分;少1人扣1分。", 4], // the 少 term counts another unit
  ])("“%s” is declined", (text, points) => {
    expect(reasonOf(recognise(text, points))).not.toBe("");
  });
});

describe("a count required and each one short, in one sentence of several (shortOfTarget.ts)", () => {
  test("例会一年不少于4次,少一次扣1分 beside a judged sentence: partial, the count held", () => {
    const r = recognise("查看会议通知、签到、记录等资料,例会一年不少于4次,少一次扣1分;资料不完整酌情扣分。", 4);
    expect(r.status).toBe("partial");
    expect([4, 6, 3, 0].map((n) => score(r, { "1": n }, 4))).toEqual(["4", "4", "3", "0"]);
  });

  test("每年 and 全年 are the year's total", () => {
    const r = recognise("每年召开例会不少于4次,少一次扣0.5分。", 2);
    expect([4, 3, 0].map((n) => score(r, n, 2))).toEqual(["2", "1.5", "0"]);
  });

  test.each([
    ["例会不少于4次/月,少一次扣1分。", 4], // per month
    ["例会不少于4次,少一次扣1分;每月召开1次。", 4], // another sentence counts in 次: two counts could be the target
    ["例会每季度不少于1次,少一次扣1分;资料不完整酌情扣分。", 4], // per quarter
  ])("“%s” is declined", (text, points) => {
    expect(reasonOf(recognise(text, points))).not.toBe("");
  });
});

describe("少于N次(/年)的, 少1次扣x分 (statements.ts readBelowStated)", () => {
  test("two yearly targets and a requirement taking all the points, floored", () => {
    const r = recognise(
      "查阅资料,未实行申报、备案制度的不得分;申报数据少于4次/年的,少一次扣1分;开展厨师培训少于2次/年,少一次扣1分,扣完为止。",
      5,
    );
    const at = (a: string, b: number, c: number) => score(r, { "1": a, "2": b, "3": c }, 5);
    expect([at("否", 4, 2), at("否", 3, 2), at("否", 4, 0), at("否", 1, 1), at("否", 0, 0), at("是", 4, 2)]).toEqual([
      "5",
      "4",
      "3",
      "1",
      "0",
      "0",
    ]);
  });

  test("小于N次的 is 少于N次的", () => {
    const r = recognise("指导教师到企业看望学生小于3次的,每少一次扣1分。", 3);
    expect([3, 2, 0].map((n) => score(r, n, 3))).toEqual(["3", "2", "0"]);
  });

  test.each([
    ["申报数据少于4次/月的,少一次扣1分。", 4], // per month
    ["申报数据少于4次/年的,少1人扣1分。", 4], // another unit
  ])("“%s” is declined", (text, points) => {
    expect(reasonOf(recognise(text, points))).not.toBe("");
  });
});

describe("an award restating the target of each one short (targetBand.ts)", () => {
  test("不少于N天的得P分,少于N天的每少1天扣x分: the days held, floored", () => {
    const r = recognise("集中学习培训不少于15天的得10分,少于15天的每少1天扣1分,扣完为止。", 10);
    expect([15, 20, 14, 12, 6, 5, 0].map((n) => score(r, n, 10))).toEqual(["10", "10", "9", "7", "1", "0", "0"]);
  });

  test.each([
    ["集中学习培训不少于14天的得10分,少于15天的每少1天扣1分,扣完为止。", 10], // two targets
    ["集中学习培训不少于15天的得10分,外出考察少于15天的每少1天扣1分。", 10], // two things counted
    ["集中学习培训不少于15天的得8分,少于15天的每少1天扣1分。", 10], // not all the points
  ])("“%s” is declined", (text, points) => {
    expect(reasonOf(recognise(text, points))).not.toBe("");
  });
});

describe("a number inside a quoted name (normalise.ts)", () => {
  test("“三个培养”活动档案,缺一项扣1分: the items missing, 三个 not a bound", () => {
    const r = recognise("“三个培养”活动档案(2分),缺一项扣1分,扣完为止。", 2);
    expect([0, 1, 2, 4].map((n) => score(r, n, 2))).toEqual(["2", "1", "0", "0"]);
  });

  test("a quoted wording with a count keeps its digits (“一次扣1分” is not a name)", () => {
    expect(recognise("按“一次扣1分”执行,发现1次扣1分。", 3).status).not.toBe("draft");
  });
});

describe("the whole not done, or one item missing, under one amount (statements.ts)", () => {
  test("“如不提交或缺1项扣2分” is declined: per item or once is open", () => {
    expect(reasonOf(recognise("不按时提交资料扣1分,如不提交或缺1项扣2分。", 10))).toMatch(/或/);
  });
});
