/**
 * A rank as the input (src/engine/recognise/rankStep.ts): the first gets the points, each place behind it costs the
 * step. Wordings of 人行 信贷 考核 (held-out set 129), 派出所 (set 99), 市场监管 (round 10) and 殡葬 (set 19) documents,
 * varied; scores worked by hand from the words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("“第一名10分,依次递减0.4分,递减到0分为止”", () => {
  const r = recognise("存款余额指标(10分)。各项存款余额从高到低排名,第一名10分,依次递减0.4分,递减到0分为止。", 10);
  test("10 − 0.4 × (rank − 1), never below 0", () => {
    expect(r.status).toBe("draft");
    expect(score(r, 1, 10)).toBe("10");
    expect(score(r, 2, 10)).toBe("9.6");
    expect(score(r, 25, 10)).toBe("0.4");
    expect(score(r, 26, 10)).toBe("0");
    expect(score(r, 31, 10)).toBe("0");
  });
  test("the sentence names the ranking and the step", () => {
    expect(r.status === "draft" && r.sentence).toBe(
      "各项存款余额从高到低排名第1名不扣分，名次每后退1位扣0.4分，扣完为止（本项10分）",
    );
  });
});

describe("other wordings of the step", () => {
  test("“每递减一名，减2分” with no floor written: still never below 0", () => {
    const r = recognise("招商引资行动第一名得30分，每递减一名，减2分；", 30);
    expect([score(r, 1, 30), score(r, 3, 30), score(r, 16, 30), score(r, 20, 30)]).toEqual(["30", "26", "0", "0"]);
  });
  test("“按名次依次递减2分”", () => {
    const r = recognise("(二)治安案件查处量(40分):按照各派出所查处总量排名,第一名40分,按名次依次递减2分。", 40);
    expect([score(r, 1, 40), score(r, 5, 40), score(r, 21, 40)]).toEqual(["40", "32", "0"]);
  });
  test("“名次每减1位减基本分5%”: 5% of the first's points", () => {
    const r = recognise("根据全年公墓建设数量排名,按照排名赋分,第一名得基本分10分,名次每减1位减基本分5%。", 10);
    expect([score(r, 1, 10), score(r, 2, 10), score(r, 11, 10)]).toEqual(["10", "9.5", "5"]);
  });
  test('a bracket that zeroes the item is a yes/no of all the points, keyed "2"', () => {
    const r = recognise(
      "存款增速指标(15分)。各项存款同比增速从高到低排名,第一名15分,依次递减0.6分,递减到0分为止。(如存款增速低于上年增速,此项不得分)",
      15,
    );
    expect(score(r, { "1": 4, "2": "否" }, 15)).toBe("13.2");
    expect(score(r, { "1": 1, "2": "是" }, 15)).toBe("0");
  });
});

describe("what a rank does not settle stays declined", () => {
  test("the first few alike: per place or per tier after them?", () => {
    expect(recognise("年度政治学习排名前3名得满分;其他依次递减0.2分。", 2).status).toBe("manual");
  });
  test("a rank per month averaged over the year", () => {
    const r = recognise(
      "每月进行一次明察暗访,按照发现的私坟进行排名,第一名得基本分30分,名次每减1位减基本分5%。年终按照12个月的得分数取平均值。",
      30,
    );
    expect(r.status).toBe("manual");
  });
  test("ties named, and a first whose points are not the item's", () => {
    expect(recognise("按得分排名,并列名次同分,第一名10分,依次递减1分。", 10).status).toBe("manual");
    expect(reasonOf(recognise("排名第一名得8分,依次递减0.5分。", 10))).toContain("第1名的得分8分");
  });
  test("a bare % step with no 基本分: a share of what?", () => {
    expect(recognise("第一名10分,依次递减1%。", 10).status).toBe("manual");
  });
  test("a prize in a bonus part is no rank step", () => {
    expect(recognise("指导学生参加竞赛,第一名加3分,依次递减1分。", 3, "bonus").status).toBe("manual");
  });
});
