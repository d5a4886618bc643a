/**
 * A failing that earns all the points beside deductions (“未建立台账得2分。每缺一项扣1分。”): a slip for 扣, or a heading
 * gone wrong. Read as the deductions alone it would give 2 points to a unit that never set up its 台账 (0 missing), so
 * it is declined; a negated adverse event (“未发生安全事故的得满分”) is what the deductions start from, and is read.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("a failing that earns the full points beside deductions is the evaluator's", () => {
  test.each([
    "未建立台账得2分。每缺一项扣1分。",
    "未建立台账计2分。每缺一项扣1分。",
    "无工作计划的得2分，每发现一处错误扣0.5分",
  ])("%s", (text) => {
    expect(reasonOf(recognise(text, 2))).toContain("是未做到的情形，却得满分");
  });

  test("“未发生安全事故的得2分，每发生一起扣1分”: the deductions count from the full points", () => {
    const r = recognise("未发生安全事故的得2分，每发生一起扣1分", 2);
    expect([0, 1, 2, 5].map((n) => score(r, n, 2))).toEqual(["2", "1", "0", "0"]);
  });

  test("a bound is not a failing: “不少于4次的得2分，每少1次扣0.5分” counts the meetings held", () => {
    const r = recognise("全年召开会议不少于4次的得2分，每少1次扣0.5分", 2);
    expect([4, 5, 3, 0].map((n) => score(r, n, 2))).toEqual(["2", "2", "1.5", "0"]);
  });
});
