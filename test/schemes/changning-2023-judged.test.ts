/**
 * [001] 长宁 2023's clauses with a part the evaluator judges (2.4, 2.6, 4.6.1): the judged part stays the evaluator's
 * wherever the score is shown — in 复核 (the rule in words) and in the 工作底稿 (the sentence).
 */
import changningJson from "../../src/schemes/changning-2023.json";
import { audit, evaluate, loadScheme } from "../../src/engine";
import { workingPaperGrid } from "../../src/workbook";
import { PERFECT_CLAUSES as perfect } from "../fixtures/year2023";

const loaded = loadScheme(changningJson);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
const scheme = loaded.scheme;
const show = (d: { toFixed(n: number): string } | null | undefined) => (d == null ? null : d.toFixed(2));

describe("[001] 2.4's judged part stays the evaluator's in 复核 and the 工作底稿", () => {
  const values = { ...perfect, "2.4": { 1: "是", 2: 0.5 } };
  const sentence =
    "对历年社会救助绩效评价结果有落实完善或改进：是，得2分，重复出现上年度绩效评价问题：评价人扣0.5分，故该项指标得分为1.5分";

  test("复核: a reported 2 differs by 0.5, and the rule in words says which part is judgement", () => {
    const result = audit(scheme, [{ name: "新泾", values, reported: { "2.4": 2 } }]);
    expect(result.errors).toEqual([]);
    const finding = result.findings.find((f) => f.id === "2.4")!;
    expect([show(finding.reported), show(finding.computed)]).toEqual(["2.00", "1.50"]);
    expect(finding.rule).toContain("重复出现上年度绩效评价问题，评价人酌情扣分（0～2分）");
    expect(finding.explanation).toBe(sentence);
  });

  test("工作底稿: the input by part and the sentence naming the evaluator's deduction", () => {
    const paper = workingPaperGrid(evaluate(scheme, [{ name: "新泾", values }]), 0, values);
    const row = paper.grid.cells[paper.rows.get("2.4")!]!.map((c) => c.value);
    expect(row).toContain("对历年社会救助绩效评价结果有落实完善或改进 是；重复出现上年度绩效评价问题 0.5");
    expect(row).toContain(sentence);
    expect(row).toContain(1.5);
  });
});
