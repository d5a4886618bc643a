/**
 * The evaluator's and supervisor's tools on the documents themselves, with the built-in schemes: the audit of [004]
 * finds exactly the published scores that do not follow from their own rule, and the 通报 draft of [000] states what
 * the 通报 states, from the table's numbers.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { audit, draftReport, evaluate, loadScheme, Scheme } from "../src/engine";
import { builtinScheme } from "../src/schemes";

function builtin(id: string): Scheme {
  const loaded = loadScheme(builtinScheme(id));
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return loaded.scheme;
}

function fixture(name: string) {
  return JSON.parse(readFileSync(join(__dirname, "fixtures", name), "utf8")).units;
}

describe("audit of [004] with its raw figures and its published indicator scores", () => {
  const result = audit(builtin("hongqiao-2023"), fixture("hongqiao-2023.input.json"));

  test("lists exactly the indicators whose published score differs from its rule, and no others", () => {
    expect(result.errors).toEqual([]);
    expect(result.checked).toBe(28);
    // A22: ① and ③ not met → 4 − 2 × 34% × 4 = 1.28, published 2 ("得50%权重分" cannot come from 34% steps).
    // D14: 81% → 4 − 14 × 5% × 4 = 1.20 ("得30%权重分" itself), published 2.1.
    // D15: one item of 第一条 not met → 扣1分 → 4, published 3.
    expect(result.findings.map((f) => [f.id, f.reported.toFixed(2), f.computed.toFixed(2)])).toEqual([
      ["A22", "2.00", "1.28"],
      ["D14", "2.10", "1.20"],
      ["D15", "3.00", "4.00"],
    ]);
  });

  test("D12's 良好 is neither 较好 nor 一般 in the document: 待定, apart from the slips", () => {
    expect(result.pending.map((p) => [p.id, p.reported?.toFixed(2), p.question])).toEqual([
      ["D12", "2.00", "“良好”：文件未定义此档次，请选择按“较好”或“一般”计分"],
    ]);
  });

  test("once the evaluator reads 良好 as 较好, the published 2 is a difference (3); as 一般, it is not", () => {
    const units = fixture("hongqiao-2023.input.json");
    const asTop = audit(builtin("hongqiao-2023"), units, { choices: { D12: { 良好: "较好" } } });
    expect(asTop.findings.map((f) => f.id)).toEqual(["A22", "D12", "D14", "D15"]);
    const asMiddle = audit(builtin("hongqiao-2023"), units, { choices: { D12: { 良好: "一般" } } });
    expect(asMiddle.findings.map((f) => f.id)).toEqual(["A22", "D14", "D15"]);
    expect(asMiddle.pending).toEqual([]);
  });

  test("each finding carries the rule in words and the computation", () => {
    const d14 = result.findings.find((f) => f.id === "D14")!;
    expect(d14.explanation).toContain("81%");
    expect(d14.explanation).toContain("得30%权重分");
    expect(d14.rule).toContain("每降低1%扣权重分的5%");
  });
});

describe("the 通报 draft from [000]'s ten rows, with the built-in changning-2021", () => {
  const evaluation = evaluate(builtin("changning-2021"), fixture("changning-2021.input.json"));
  const text = draftReport(evaluation).text;

  test("the overall average, the grade counts and the top three", () => {
    expect(evaluation.errors).toEqual([]);
    expect(text).toContain("97.72");
    expect(text).toContain("有8个街镇总分在95分以上，达到优秀；2个街镇总分在85分以上，达到良好");
    expect(text).toContain("总体评价排名前三的是新泾、江苏和华阳");
  });

  test("each block's top three (ties included), its average against its full points, and its full marks", () => {
    expect(text).toContain("在基础评价部分，排名前三的是新泾、江苏和北新泾，全区平均分达到27.79分（满分30分）");
    expect(text).toContain("在专项评价部分，排名前三的是江苏、新泾和北新泾，全区平均分达到45.93分（满分48分）");
    // 成效评价: 江苏 and 新华 tie at 14.85; the narrative's 14.58 is a slip, the table's numbers give 14.59.
    expect(text).toContain(
      "在成效评价部分，排名前三的是江苏、新华（并列第一）和周桥，全区平均分达到14.59分（满分15分）",
    );
    expect(text).toContain("华阳和北新泾得到满分");
    expect(text).toContain("新泾和华阳得到满分");
  });
});
