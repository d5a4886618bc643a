/**
 * A shortfall per occasion against the row's context (issue 11 part 1, round 12; docs/recogniser.md): “欠一次扣0.5分”,
 * “通报缺少一次的扣1分”, “每少1次扣0.5分” beside a context stating one yearly target (“一年不少于4次”, “每年不少于二次”)
 * is a `below` term whose input is the count held (docs/ids-and-inputs.md), with or without 每. A target per period,
 * per member or in all (各级…), a second number in its unit, another unit or a target not a whole number of occasions
 * is declined, as is the shortfall with no target at all (guards.ts `shortfallCounted`).
 * Scores are worked out by hand from each sentence's own words: points − (target − held) × amount, floored at 0.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

const YEARLY = "1、乡(镇)党委政府定期研究五保供养工作,一年不少于4次。";

describe("one yearly target in the context, each occasion short deducted", () => {
  test.each([
    "欠一次扣0.5分。",
    "每少1次扣0.5分。",
    "少一次扣0.5分。",
    "缺一次扣0.5分",
    "缺少1次的扣0.5分",
    "每差一次扣0.5分",
  ])("“%s” with 一年不少于4次 on 2 points: 4 held 2, 5 held 2, 3 held 1.5, 1 held 0.5, none 0", (text) => {
    const r = recognise(text, 2, "base", { context: YEARLY });
    expect([4, 5, 3, 1, 0].map((n) => score(r, n, 2))).toEqual(["2", "2", "1.5", "0.5", "0"]);
  });

  test("a subject named in the context (通报) and 每年不少于二次 in Chinese numerals: 2 held 5, 1 held 4, none 3", () => {
    const r = recognise("通报缺少一次的扣1分。", 5, "base", {
      context: "坚持通报情况制度,党政领导向离退休干部通报工作情况每年不少于二次;坚持参加重要会议制度",
    });
    expect([2, 3, 1, 0].map((n) => score(r, n, 5))).toEqual(["5", "5", "4", "3"]);
  });

  test("全年至少召开四次 and 少一次扣1分 on 4 points: 2 held 2", () => {
    const r = recognise("少一次扣1分", 4, "base", { context: "全年至少召开四次专题会议研究工作" });
    expect([4, 2, 0].map((n) => score(r, n, 4))).toEqual(["4", "2", "0"]);
  });
});

describe("near misses are declined", () => {
  test.each([
    ["欠一次扣0.5分。", "1、每月研究五保供养工作不少于1次。"], // per month
    ["每少1次扣1分", "每季度至少召开1次会议"], // per quarter
    ["少一次扣1分", "每半年开展不少于2次检查"], // per half year
    ["走访看望少一次扣1分", "各级党政领导要经常联系老干部,每年走访看望老干部不少于二次"], // per leader or in all
    ["少一次扣1分", "班子成员每人每年讲党课不少于2次"], // per member
    ["少一次扣1分", "全年开展培训不少于4次,其中集中培训2次"], // a second number in the unit
    ["少一次扣1分", "全年开展培训不少于4期"], // another unit
    ["少一次扣1分", "全年开展培训不少于4人次"], // another unit
    ["少一次扣1分", "全年开展培训不少于1.5次"], // not a whole number of occasions
    ["培训少一次扣1分", "1年召开会议研究工作不少于4次"], // the subject not named in the context
    ["少一次扣1分", "全年开展培训不少于4次,覆盖率达到100%"], // a rate beside it
  ])("“%s” with “%s”", (text, context) => {
    const r = recognise(text, 4, "base", { context });
    expect(r.status).toBe("manual");
  });

  test("without a target the shortfall counted from zero stays declined (guard 38)", () => {
    expect(reasonOf(recognise("欠一次扣0.5分。", 2))).toContain("应达到多少未能读出");
    expect(reasonOf(recognise("欠一次扣0.5分。", 2, "base", { context: "定期研究五保供养工作" }))).toContain(
      "应达到多少未能读出",
    );
  });

  test("in a penalty part each occasion short is the same deduction: 4 held 0, 3 held −0.5, none −2", () => {
    const r = recognise("欠一次扣0.5分。", 2, "penalty", { context: YEARLY });
    expect([4, 3, 0].map((n) => score(r, n, 2, "penalty"))).toEqual(["0", "-0.5", "-2"]);
  });
});
