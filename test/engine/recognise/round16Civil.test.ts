/**
 * Round 16's red-team set r16-civil (test/fixtures/clauses/round16-civil.json, 人社/就业 assessment documents): the class
 * of wrong draft its first run found, tested beyond the clause that showed it (docs/recogniser.md, 错误起草的防线 70),
 * with the contrasts still read. Scores are worked out by hand from each sentence's own words.
 */
import { recognise } from "../../../src/engine";
import { markerAfterAmount } from "../../../src/engine/recognise/normalise";
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

describe("a list marker run into the amount before it starts the next item (normalise.ts, markerAfterAmount)", () => {
  test("the real clause of round 15 (r15e-jshg-1.1.1): “扣 5 分2.识别…” is two items", () => {
    const r = recognise(
      "1.未明确责任人,扣 5 分2.识别和猎取的法律、法规、标准及政府其他要求,1项不符合扣 1 分。",
      50,
      "penalty",
    );
    const s = (input: unknown) => score(r, input, 50, "penalty");
    expect([
      s({ "1": "否", "2": 0 }),
      s({ "1": "是", "2": 0 }),
      s({ "1": "否", "2": 3 }),
      s({ "1": "是", "2": 4 }),
    ]).toEqual(["0", "-5", "-3", "-9"]);
  });

  test("three items in a row, each marker one above the last", () => {
    expect(markerAfterAmount("1.未建立台账,扣2分2.未制定计划,扣1分3.每缺1项记录扣0.5分")).toBe(
      "1.未建立台账,扣2分;2.未制定计划,扣1分;3.每缺1项记录扣0.5分",
    );
    const r = recognise("1.未建立台账,扣2分2.未制定计划,扣1分3.每缺1项记录扣0.5分", 5, "penalty");
    expect(score(r, { "1": "是", "2": "是", "3": 2 }, 5, "penalty")).toBe("-4");
  });

  test.each([
    ["未建立台账扣2分3.制定计划", "no item 2. before it: a number, not a marker"],
    ["1.未建立台账,扣1分2.5倍以上的", "a decimal (2.5倍): no word after the dot"],
    ["1.未建立台账,扣1分,2.未制定计划扣1分", "a separator already there"],
  ])("“%s” is left as it is (%s)", (text) => {
    expect(markerAfterAmount(text)).toBe(text);
  });
});
