/**
 * “…登记率为100%,每少一人扣0.1分”: the target is every person or household of the set, so what is short is the number
 * left out — a count the clerk types, with no total to know (held-out set 13 labels h13-zbkh-2.2.2 so). Scores worked
 * by hand from the words: P − per × number missing, not below 0.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("a rate of 100% over a set, then each person or household short", () => {
  test("h13-zbkh-2.2.2: 0.5 − 0.1 per man not registered, floored", () => {
    const r = recognise("2.报名率:本村当年年满18周岁男性公民登记率为100%,该项分值为0.5分每少一人扣0.1分,扣完为止", 0.5);
    expect(score(r, 0, 0.5)).toBe("0.5");
    expect(score(r, 3, 0.5)).toBe("0.2");
    expect(score(r, 7, 0.5)).toBe("0");
  });

  test("households left out of 应保尽保, with a verb after 少", () => {
    const r = recognise("低保应保尽保率达到100%,每少保障一户扣0.5分,扣完为止。", 3);
    expect(score(r, 2, 3)).toBe("2");
  });

  test("a rate short of 100% leaves the number to reach open", () => {
    expect(reasonOf(recognise("入学率达到95%,每少1人扣1分", 3))).toContain("未说明应达到的数量");
  });

  test("a bare step still needs its target", () => {
    expect(recognise("每少1人扣1分", 3).status).toBe("manual");
  });

  test("times, not persons or households: “覆盖率100%,每少1次扣1分” stays open", () => {
    expect(recognise("巡查覆盖率100%,每少1次扣1分", 3).status).toBe("manual");
  });
});
