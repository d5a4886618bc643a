/**
 * Round 16's red-team set r16-civil (test/fixtures/clauses/round16-civil.json, 人社/就业 assessment documents): the class
 * of wrong draft its first run found, tested beyond the clause that showed it (docs/recogniser.md, 错误起草的防线 70),
 * with the contrasts still read. Scores are worked out by hand from each sentence's own words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("70. an award for meeting the row's standard, where the standard is weighed, is declined", () => {
  test("the real clause: “符合评估标准得分,否则不得分” under a 领导小组 that 能切实履行职责、发挥作用 (r16d-cy-2.3)", () => {
    const r = recognise("符合评估标准得分,否则不得分。", 2, "base", {
      context: "2.3创建工作领导小组能切实履行职责、发挥作用。",
    });
    expect(reasonOf(r)).toMatch(/“符合评估标准”指本行的要求，其中“切实”需要评价人判断/);
  });

  test.each([
    ["达到要求的得3分,否则不得分。", 3, "积极开展政策宣传,群众知晓率高。"],
    ["符合标准的得2分,否则不得分。", 2, "台账资料完整,记录认真规范。"],
    ["符合考核要求得满分,否则不得分。", 4, "定期研究部署,有效解决突出问题。"],
  ])("“%s” with a weighed row (%s分) is declined", (text, points, context) => {
    expect(reasonOf(recognise(text, points, "base", { context }))).toMatch(/指本行的要求/);
  });

  test("“完成得满分,未完成不得分” under a weighed row: whether it was 完成 is the evaluator's too", () => {
    const r = recognise("完成得满分,未完成不得分", 15, "base", {
      context: "积极开展就业援助,切实帮助零就业家庭实现就业",
    });
    expect(reasonOf(r)).toMatch(/“完成”指本行的要求，其中“积极”需要评价人判断/);
  });

  test("“完成得满分,未完成不得分” under a standard of facts is all or nothing (r16d-bj-3)", () => {
    const r = recognise("完成得满分,未完成不得分", 15, "base", {
      context: "考评内容：“零就业家庭”就业情况；标准：至少1人就业",
    });
    expect([score(r, "是", 15), score(r, "否", 15)]).toEqual(["15", "0"]);
  });

  test("the same award under a row of facts alone is all or nothing, as before (r16d-cy-2.2)", () => {
    const r = recognise("符合评估标准得分,否则不得分。", 1, "base", {
      context: "2.2创建工作领导小组职责明确、各项工作制度健全。",
    });
    expect([score(r, "是", 1), score(r, "否", 1)]).toEqual(["1", "0"]);
  });

  test("an award that names its own condition is not the row's standard, and is read as before", () => {
    const r = recognise("地方政府工作报告中有明确表述得分,否则不得分。", 1, "base", {
      context: "1.1摆上政府工作重要位置,切实加强领导。",
    });
    expect([score(r, "是", 1), score(r, "否", 1)]).toEqual(["1", "0"]);
  });

  test("without a context the award is all or nothing, as before", () => {
    const r = recognise("符合评估标准得分,否则不得分。", 2);
    expect([score(r, "是", 2), score(r, "否", 2)]).toEqual(["2", "0"]);
  });
});
