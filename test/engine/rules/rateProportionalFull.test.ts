/**
 * 比率计分 with full points from a rate below 100% (`full`): 南昌市“森林城乡、花园南昌”建设2009年度考核评分标准,
 * “造林成活率达95%,得10分,低于95%,得分=造林成活率×10分”. At 95% and above the leaf scores 10; below, 10 × the rate,
 * so 94% scores 9.4 (the document's rule jumps at 95%).
 */
import { compileRule } from "../../../src/engine/recognise/examples";
import { dec } from "../../../src/engine";
import { leaf } from "../../helpers";

describe("rate, proportional, full from 95%: 造林成活率达95%,得10分,低于95%,得分=造林成活率×10分", () => {
  const rule = { kind: "rateProportional" as const, full: 0.95 };

  test("95% and above score the 10 points", () => {
    expect(["95%", "96%", "100%"].map((r) => leaf(rule, 10).score(r))).toEqual(["10.00", "10.00", "10.00"]);
  });

  test("below 95%, 10 × the rate: 94% scores 9.40, 80% scores 8.00", () => {
    expect(["94%", "80%", "0%"].map((r) => leaf(rule, 10).score(r))).toEqual(["9.40", "8.00", "0.00"]);
  });

  test("the sentence says where full points begin", () => {
    const l = leaf(rule, 10, { name: "造林成活率" });
    expect(l.compiled.describe()).toBe("达到95%得满分，低于95%的，按比率得权重分（最高100%）");
    expect(l.run("96%").sentence).toContain("达到95%");
    expect(l.run("94%").sentence).toContain("得94%权重分");
  });

  test("a floor still scores nothing below it, and full points must lie above the floor", () => {
    expect(leaf({ ...rule, floor: 0.6 }, 10).score("59%")).toBe("0.00");
    const refused = compileRule({ kind: "rateProportional", full: 0.5, floor: 0.6 }, dec(10), "base");
    expect(refused.ok).toBe(false);
  });
});
