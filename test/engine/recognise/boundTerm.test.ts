/**
 * Round 11 (issue 11 part 1): a rate or number condition with one amount, as one term among others (boundTerm.ts),
 * read as a `bound` term; and the shapes beside it that stay declined. Scores are worked out by hand from each
 * sentence's own words: 低于/不足/超过 leave the bound out, 以上/以下/不低于/达到 take it in.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("a bounded rate beside other terms is a yes/no on the typed rate", () => {
  test("低于90%扣1分 beside a failing: at 90% nothing is taken, under it 1", () => {
    const r = recognise("未建立台账扣2分；培训覆盖率低于90%扣1分", 3);
    expect(score(r, { "1": "否", "2": "90%" }, 3)).toBe("3");
    expect(score(r, { "1": "否", "2": "89.9%" }, 3)).toBe("2");
    expect(score(r, { "1": "是", "2": "80%" }, 3)).toBe("0");
  });

  test("达到95%以上得1分 beside an award: 95% gives it, 94.9% does not", () => {
    const r = recognise("档案齐全得1分，回访率达到95%以上得1分", 2);
    expect(score(r, { "1": "是", "2": "95%" }, 2)).toBe("2");
    expect(score(r, { "1": "是", "2": "94.9%" }, 2)).toBe("1");
    expect(score(r, { "1": "否", "2": "100%" }, 2)).toBe("1");
  });

  test("超过95%得1分 leaves 95% out", () => {
    const r = recognise("满意度超过95%得1分，按时报送得1分", 2);
    expect(score(r, { "1": "95%", "2": "是" }, 2)).toBe("1");
    expect(score(r, { "1": "95.1%", "2": "是" }, 2)).toBe("2");
  });

  test("90%以下扣1分 takes 90% in", () => {
    const r = recognise("知晓率90%以下扣1分；未建档扣1分", 2);
    expect(score(r, { "1": "90%", "2": "否" }, 2)).toBe("1");
    expect(score(r, { "1": "90.1%", "2": "否" }, 2)).toBe("2");
  });

  test("a score in 分 is a number: 低于60分扣2分", () => {
    const r = recognise("自评得分低于60分扣2分；未按时上报扣1分", 3);
    expect(score(r, { "1": 60, "2": "否" }, 3)).toBe("3");
    expect(score(r, { "1": 59.5, "2": "否" }, 3)).toBe("1");
    expect(score(r, { "1": 30, "2": "是" }, 3)).toBe("0");
  });

  test("“入户率100%计0.5分” is reaching 100%; the heading restating the 分值 is not a term", () => {
    const r = recognise("救助管理计2分。入户率100%计1分,按时报送计0.5分,台账齐全计0.5分。", 2);
    expect(score(r, { "1": "100%", "2": "是", "3": "是" }, 2)).toBe("2");
    expect(score(r, { "1": "99.9%", "2": "是", "3": "否" }, 2)).toBe("0.5");
  });
});

describe("outside the one shape it stays declined", () => {
  test.each([
    ["two conditions on the same rate (they could overlap)", "覆盖率低于90%扣1分；覆盖率低于80%扣2分；未建档扣1分", 3],
    ["a step beside it (the shortfall kind)", "入户率每降低1%扣0.1分；入户率低于80%扣2分；未建档扣1分", 3],
    ["no direction written: 90% is not 100%", "覆盖率90%扣1分；未建档扣1分", 2],
    ["a count (少于3次: the below kind's)", "培训少于3次扣1分；未建档扣1分", 2],
    ["words after the number bound something else", "10%以上的人员未培训扣2分；未建档扣1分", 3],
    ["否则不得分 beside it", "覆盖率达到90%以上得1分，否则不得分；按时上报得1分", 2],
    ["no subject named before the number", "达到90%以上得1分；按时上报得1分", 2],
    ["a two-sided range", "覆盖率80%-90%扣1分；未建档扣1分", 2],
    ["不得分, not one amount", "覆盖率低于90%不得分；按时上报得1分", 2],
    ["an amount of all the points", "覆盖率低于90%扣3分；未建档扣1分", 3],
    ["alone beside a full-points start (not several terms)", "工作完成得3分；覆盖率低于90%扣1分", 3],
  ])("%s", (_why, text, points) => {
    expect(reasonOf(recognise(text as string, points as number))).not.toBe("");
  });
});
