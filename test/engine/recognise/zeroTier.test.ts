/**
 * Tiers of a count from 1 up beside the act not done (“开展3次以上得3分，2次得2分，1次得1分，未开展不得分”): the act not done
 * is the tier at 0, scored 0 as the tiers' 否则 would. Scores from the words: 0 times 0, 1 time 1, 2 times 2, 3 or more 3.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("未开展不得分 as the tier at 0", () => {
  test.each([
    "开展3次以上得3分，2次得2分，1次得1分，未开展不得分",
    "全年组织培训3次及以上的得3分;组织2次的得2分;组织1次的得1分;未组织的不得分",
  ])("%s", (text) => {
    const r = recognise(text, 3);
    expect([0, 1, 2, 3, 5].map((n) => score(r, n, 3))).toEqual(["0", "1", "2", "3", "3"]);
  });

  test("a gap above 0 (no tier for 1) leaves 1 open", () => {
    expect(reasonOf(recognise("开展3次以上得3分，2次得2分，未开展不得分", 3))).toContain("不带数值");
  });

  test("another failing, not the act the tiers count, stays declined", () => {
    expect(recognise("开展3次以上得3分，2次得2分，1次得1分，未建立制度不得分", 3).status).toBe("manual");
  });
});
