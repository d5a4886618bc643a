/**
 * Full points at 100%, the points times the rate from a floor up, none below it, all said of one rate
 * (src/engine/recognise/proportionalTiers.ts; held-out set 14's 市场监管所 rows). Wording varied from the document's;
 * scores worked by hand: P × the rate, the floor itself scored.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("“完成率达到100%的得满分,完成率≥60%的按比例得分,低于60%的不得分”", () => {
  const r = recognise("覆盖率达到100%的得满分,覆盖率≥60%的按比例得分,低于60%的不得分。", 2);

  test("P × the rate between the floor and 100%", () => {
    expect(r.status).toBe("draft");
    expect(score(r, "90%", 2)).toBe("1.8");
    expect(score(r, "75%", 2)).toBe("1.5");
  });

  test("the floor itself is scored (≥60%), below it nothing", () => {
    expect(score(r, "60%", 2)).toBe("1.2");
    expect(score(r, "59.9%", 2)).toBe("0");
  });

  test("100% and above: the points", () => {
    expect([score(r, "100%", 2), score(r, "110%", 2)]).toEqual(["2", "2"]);
  });

  test("旳 for 的 (a conversion slip) reads as 的", () => {
    const s = recognise("完成率到達100%旳得滿分,完成率≥50%旳按比例得分,低于50%旳不得分。", 1.5);
    expect(score(s, "88%", 1.5)).toBe("1.32");
  });
});

describe("what stays declined", () => {
  test("按比例 without the rate named and its 100% point is judgement", () => {
    expect(reasonOf(recognise("未完成的按比例扣分。", 2))).toContain("按比例");
  });

  test("a floor and a zero tier at different numbers", () => {
    expect(recognise("完成率达到100%的得满分,完成率≥50%的按比例得分,低于40%的不得分。", 2).status).toBe("manual");
  });

  test("an award at 100% other than the 分值", () => {
    expect(recognise("完成率达到100%的得1分,完成率≥50%的按比例得分,低于50%的不得分。", 2).status).toBe("manual");
  });

  test("in a penalty part", () => {
    expect(recognise("完成率达到100%的得满分,完成率≥50%的按比例得分,低于50%的不得分。", 2, "penalty").status).toBe(
      "manual",
    );
  });
});
