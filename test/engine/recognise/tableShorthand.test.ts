/**
 * Table shorthand read before the set after round 16 was measured: 4' for 4分 (held-out set 17's 防汛 rows) and tiers
 * after the first that leave out its 达 (held-out set 16's 建家率). Scores from the words.
 */
import { recognise } from "../../../src/engine";
import { score } from "./probeHelpers";

describe("' after a number is the 分 a table writes short", () => {
  const text = "制定基层防汛防台体系建设具体实施计划(4'),并上报省、市防指(2')。";

  test("two criteria with their own points: both 6, the plan alone 4, neither 0", () => {
    const r = recognise(text, 6);
    expect(score(r, { "1": "是", "2": "是" }, 6)).toBe("6");
    expect(score(r, { "1": "是", "2": "否" }, 6)).toBe("4");
    expect(score(r, { "1": "否", "2": "否" }, 6)).toBe("0");
  });

  test("′ (prime) reads as ' does", () => {
    expect(score(recognise(text.replace(/'/g, "\u2032"), 6), { "1": "否", "2": "是" }, 6)).toBe("2");
  });

  test("points that do not add up to the 分值 are still declined", () => {
    expect(recognise(text, 7).status).toBe("manual");
  });

  test("a quote that closes a name is not points", () => {
    expect(recognise("开展'平安'创建活动,得2分,否则不得分", 2).status).toBe("draft");
  });
});

describe("“达70%得3分,60%得2分,50%得1分”: the later tiers take the first's 达", () => {
  const r = recognise("建家率达70%得3分,60%得2分,50%得1分", 3);

  test.each([
    ["75%", "3"],
    ["70%", "3"],
    ["69%", "2"],
    ["60%", "2"],
    ["50%", "1"],
    ["49%", "0"],
  ])("%s → %s", (rate, expected) => {
    expect(score(r, rate, 3)).toBe(expected);
  });

  test("rates that rise after the first are left as written (declined)", () => {
    expect(recognise("建家率达50%得1分,60%得2分,70%得3分", 3).status).toBe("manual");
  });

  test("points that do not fall with the rate are left as written (declined)", () => {
    expect(recognise("建家率达70%得1分,60%得2分", 2).status).toBe("manual");
  });
});
