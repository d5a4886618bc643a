/**
 * A “…不得分” beside other terms that combines with them in one way only (issue 11 part 1, round 14; docs/recogniser.md,
 * `zeroBeside.ts`): a bare restatement of an award's failing (无, 没有的, 否者) is that award's 否则不得分; an award of all
 * the points whose failing takes them all, beside deductions only, is a deduction clause (the absence a yes/no of all
 * the points, the deductions applying where the thing exists). A 不得分 that is not the award's failing, an award short
 * of the points, an award or a judgement beside, or a penalty part stay declined as before.
 * Scores are worked out by hand from each sentence's own words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("a bare failing restated after its award", () => {
  test("有,得2分;无不得分 [h10-jkjy-1.2.2]", () => {
    const r = recognise("有,得2分;无不得分。", 2);
    expect([score(r, "是", 2), score(r, "否", 2)]).toEqual(["2", "0"]);
  });

  test("…有专题调研，得2分，没有的不得分 [r10-lyzr-1.3] and 有年度培训计划，得1分；没有的不得分", () => {
    const a = recognise("当年政府领导对旅游工作有专题调研，得2分，没有的不得分。", 2);
    expect([score(a, "是", 2), score(a, "否", 2)]).toEqual(["2", "0"]);
    const b = recognise("有年度培训计划，得1分；没有的不得分。", 1);
    expect([score(b, "是", 1), score(b, "否", 1)]).toEqual(["1", "0"]);
  });

  test("否者 (a slip for 否则): 按时上报统计报表得3分，否者不得分 [and h10-qf-2.3.1]", () => {
    const r = recognise("按时上报统计报表得3分，否者不得分。", 3);
    expect([score(r, "是", 3), score(r, "否", 3)]).toEqual(["3", "0"]);
    const q = recognise("调查反映防疫时带冷藏箱和冰块,实现“,苗不离冰”得2分,否者不得分。", 2);
    expect(score(q, "否", 2)).toBe("0");
  });

  test("after two awards, 无 is each one's failing: 有应急预案,得2分;有演练记录,得2分;无不得分", () => {
    const r = recognise("有应急预案,得2分;有演练记录,得2分;无不得分。", 4);
    expect(score(r, { 1: "是", 2: "是" }, 4)).toBe("4");
    expect(score(r, { 1: "否", 2: "是" }, 4)).toBe("2");
    expect(score(r, { 1: "是", 2: "否" }, 4)).toBe("2");
    expect(score(r, { 1: "否", 2: "否" }, 4)).toBe("0");
  });
});

describe("the absence takes all the points, the deductions where the thing exists", () => {
  test("建立…制度得5分,未按规定建立…的不得分,制度不健全的,少一项扣一分,此项不得负分 [h11-cj-3]", () => {
    const r = recognise(
      "建立村級統計工作各項制度得5分,未按規定建立各項統計工作制度的不得分,制度不健全的,少一項扣一分,此項不得負分。",
      5,
    );
    expect(score(r, { 1: "否", 2: 0 }, 5)).toBe("5");
    expect(score(r, { 1: "否", 2: 3 }, 5)).toBe("2");
    expect(score(r, { 1: "否", 2: 6 }, 5)).toBe("0");
    expect(score(r, { 1: "是", 2: 0 }, 5)).toBe("0");
  });

  test("建立安全生产责任制得4分，未建立责任制的不得分，责任制不完善的，每缺一项扣1分", () => {
    const r = recognise("建立安全生产责任制得4分，未建立责任制的不得分，责任制不完善的，每缺一项扣1分。", 4);
    expect(score(r, { 1: "否", 2: 1 }, 4)).toBe("3");
    expect(score(r, { 1: "是", 2: 0 }, 4)).toBe("0");
    expect(score(r, { 1: "否", 2: 5 }, 4)).toBe("0");
  });

  test("台帐 and 台账 are one word: 健全救助台帐得3分，未按要求装订台账的不得分，… [and h11-cj-4]", () => {
    const r = recognise("健全救助台帐得3分，未按要求装订台账的不得分，台账不完整的，每少一项扣0.5分。", 3);
    expect(score(r, { 1: "否", 2: 3 }, 3)).toBe("1.5");
    expect(score(r, { 1: "是", 2: 0 }, 3)).toBe("0");
    const c = recognise("建立健全村級統計臺帳得5分,未按規定打印裝訂臺賬不得分,打印不完整少一項扣1分。", 5);
    expect(score(c, { 1: "否", 2: 2 }, 5)).toBe("3");
  });
});

describe("declined as before", () => {
  test("a 不得分 that is not the award's failing: 积极开展妇女工作活动的记5分,无专职干部不记分 [h5-xdc-1.6E]", () => {
    expect(reasonOf(recognise("积极开展妇女工作活动的记5分,无专职干部不记分。", 5))).toContain("另有不得分的情形");
  });

  test("an adverse event beside the award and the deductions", () => {
    const r = recognise("建立制度得5分，发生安全事故的不得分，制度不健全的，少一项扣一分。", 5);
    expect(reasonOf(r)).toContain("计分方式不明确");
  });

  test("a failing of degree or in general, which the counted items are part of (不齐全, 未建立完整…, 不完成, 未完成)", () => {
    for (const text of [
      "资料齐全得4分，资料不齐全的不得分，每缺一项扣1分。",
      "建立台账得4分，未建立完整台账的不得分，每缺一项扣1分。",
      "完成各项任务得5分，不完成的不得分，每少一项扣1分。",
      "完成各项任务得5分，未完成的不得分，每少一项扣1分。",
    ])
      expect(recognise(text, 5).status).toBe("manual");
  });

  test("an award short of the points, an award beside, a judgement beside, a penalty part", () => {
    expect(reasonOf(recognise("建立制度得3分，未建立的不得分，少一项扣1分。", 5))).not.toBe("");
    expect(reasonOf(recognise("建立制度得5分，未建立的不得分，少一项扣1分，有创新做法的加1分。", 5))).not.toBe("");
    expect(reasonOf(recognise("建立制度得5分，未建立的不得分，制度执行较差的酌情扣分。", 5))).toContain("酌情");
    const penalty = recognise("建立制度得5分，未建立的不得分，制度不健全的，少一项扣一分。", 5, "penalty");
    expect(penalty.status).not.toBe("draft");
  });
});
