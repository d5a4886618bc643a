/**
 * Round 10's mini blind set (issue 11 part 1, test/fixtures/clauses/round10-wrong.json): the classes of wrong draft its
 * first run found, each tested beyond the clauses that showed it (docs/recogniser.md, 错误起草的防线 21–22), with the
 * contrasts still read. Scores are worked out by hand from each sentence's own words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("21. an award for joined requirements beside a 不得分 of its own leaves the cases between open", () => {
  test.each([
    ["旅游业纳入政府年度重点工作且有专题部署，得4分，没有纳入且没有专题部署的不得分。", 4],
    ["县(市)旅游业发展总体规划及时修编并组织实施的，得5分，未修编的不得分。", 5],
    ["建立工作台账并定期更新的，得3分，未建立台账的不得分。", 3],
    ["制定年度计划且按计划实施，得2分，没有制定计划且未实施的不得分。", 2],
    ["成立领导小组，同时明确分管领导的，得2分，未成立领导小组的不得分。", 2],
  ])("“%s” is declined", (text, points) => {
    expect(reasonOf(recognise(text, points, "base"))).toMatch(/两者之间的情形/);
  });

  test("否则 after joined requirements is the award's negation: all or nothing, as before", () => {
    const r = recognise("建立工作台账并定期更新的，得3分，否则不得分。", 3);
    expect([score(r, "是", 3), score(r, "否", 3)]).toEqual(["3", "0"]);
  });

  test("one requirement with its own failing is all or nothing, as before", () => {
    const r = recognise("建立工作台账的，得3分，未建立的不得分。", 3);
    expect([score(r, "是", 3), score(r, "否", 3)]).toEqual(["3", "0"]);
  });
});

describe("22. a clause about the items above it that only takes points away is declined", () => {
  test.each([
    ["以上投入须有凭证，没有凭证不得分。", 20],
    ["上述经费须有支出凭证，无凭证的不得分。", 4],
    ["以上各项资料须存档备查，未存档的扣2分。", 4],
  ])("“%s” is declined", (text, points) => {
    expect(reasonOf(recognise(text, points, "base"))).toMatch(/本条以外的各项/);
  });

  test("a count of what is described above is read as before", () => {
    const r = recognise("每发现上述任何一处情况扣0.5分，2分扣完为止。", 2);
    expect([score(r, 0, 2), score(r, 1, 2), score(r, 5, 2)]).toEqual(["2", "1.5", "0"]);
  });

  test("the same words without 以上 are a failure of the clause's own, as before", () => {
    const r = recognise("投入须有凭证，没有凭证不得分。", 4);
    expect([score(r, "是", 4), score(r, "否", 4)]).toEqual(["0", "4"]);
  });
});
