/**
 * Held-out sets 49–51's wrong drafts (first measurement: 46 of 83 computable drafted exactly, 22 wrong), closed in
 * general (labelChecks/; docs/recogniser.md 96); wording varied from the documents'.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("rungs of one answer in a penalty are not deductions that add up", () => {
  test("“全部符合的不扣分，基本符合扣2分，不符合扣3分” and “支持不扣分，无所谓扣2分，不支持扣4分” are declined", () => {
    expect(reasonOf(recognise("全部符合的不扣分，基本符合扣2分，不符合扣3分", 3, "penalty"))).toContain("基本符合");
    expect(reasonOf(recognise("支持不扣分，无所谓扣2分，不支持扣4分", 4, "penalty"))).toContain("各档");
    expect(reasonOf(recognise("不会引发炒作的不扣分，可能引发扣1分，较大可能扣3分", 3, "penalty"))).toContain("分档");
  });

  test("one rung: 是 for the first state or for the failing, labels key both — declined", () => {
    expect(reasonOf(recognise("符合的不扣分，不符合扣2分", 2, "penalty"))).toContain("哪一档");
    // an exemption after the deduction stays read (wsxg-7.2.1)
    const r = recognise("应当参与创建而未参与的，扣2分；辖区未创建的不扣分。", 2);
    expect(score(r, "是", 2)).toBe("0");
  });
});

describe("what a count or a failing leaves unsaid", () => {
  test("a sampling rule left in a count's label (“每次抽检5个检查单元”) is declined", () => {
    const text = "以200米为一个检查单元，每次抽检5个检查单元，发现塌陷、堵塞的每处扣5分";
    expect(recognise(text, 10, "penalty").status).toBe("manual");
  });

  test("what is missing left open with 等 (“缺重要既往史记录等扣5分”)", () => {
    expect(reasonOf(recognise("缺既往史记录等扣5分。", 10))).toContain("等");
  });

  test("a frequency required (“按月更换宣传阵地内容得1分”) with no word on a period missed", () => {
    expect(reasonOf(recognise("按月更换宣传阵地内容得1分。", 1))).toContain("按月");
  });

  test("“…酌情打分” governing the item declines the bands beside it", () => {
    const text =
      "评估组根据目标完成的数量和质量酌情打分。完成率达到90%及以上且质量高,得18-20分;完成率低于70%的,不得分。";
    expect(recognise(text, 20).status).toBe("manual");
  });
});
