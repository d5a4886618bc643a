/**
 * An input error worded once for the command line and the add-in: the unit, the input and what is wrong, in both
 * languages, after the cell it is about.
 */
import { evaluate, loadScheme } from "../../src/engine";
import { groupByCell, groupWorded, locateInputErrors, problemLine, problemListing } from "../../src/workbook";
import { scheme000 } from "../fixtures/doc000";

describe("an input error with its cell", () => {
  const evaluation = evaluate(scheme000(), [
    { name: "新泾", values: { "1": 6.7, "2": 29.35, "3": 47.4, "4": 14.6, "5": 5 } },
    { name: "江苏", values: { "1": 6.5, "2": "二十九", "3": 47.7, "4": 14.85, "5": 4.4 } },
  ]);

  test("江苏's 基础评价 typed as 二十九, in C3 of 输入", () => {
    const [error] = locateInputErrors(evaluation, evaluation.errors, () => "输入!C3");
    expect(error).toMatchObject({ at: "输入!C3", unit: "江苏", key: "2" });
    expect(error!.message.zh).toBe("江苏 · 2 基础评价：“二十九” 不是分数");
    expect(error!.message.en).toMatch(/^江苏 · 2: /);
    expect(problemLine(error!.at, error!.message.zh)).toBe("输入!C3：江苏 · 2 基础评价：“二十九” 不是分数");
  });

  test("where the cell is not known, the message alone", () => {
    const [error] = locateInputErrors(evaluation, evaluation.errors, () => undefined);
    expect(error).not.toHaveProperty("at");
    expect(problemLine(error!.at, error!.message.zh)).toBe("江苏 · 2 基础评价：“二十九” 不是分数");
  });

  test("the add-in's cells are ranges, not text: the cell is passed through as the front end names it", () => {
    const at = { sheet: "输入", address: "C3" };
    expect(locateInputErrors(evaluation, evaluation.errors, () => at)[0]!.at).toBe(at);
  });

  test("an input of several parts names the part: 计划发放人数 0 is keyed C11/planned", () => {
    const loaded = loadScheme({
      id: "parts",
      title: "分项输入",
      blocks: [
        {
          code: "C11",
          name: "低保补助计划发放率",
          points: 2,
          rule: {
            kind: "rateProportional",
            floor: 0.6,
            measure: { kind: "ratio", actual: "实际发放人数", planned: "计划发放人数" },
          },
        },
      ],
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const e = evaluate(loaded.scheme, [{ name: "虹桥镇", values: { C11: { actual: 358, planned: 0 } } }]);
    const [error] = locateInputErrors(e, e.errors, () => undefined);
    expect(error!.key).toBe("C11/planned");
    // Named in the words of its column's header, not by the part's key.
    expect(error!.message.zh).toMatch(/^虹桥镇 · C11 低保补助计划发放率：计划发放人数：/);
  });
});

describe("every problem of a run, grouped by cell", () => {
  test("in sheet order, two problems at one cell on one line, problems without a cell last", () => {
    const groups = groupByCell(
      [
        { at: "输入!C5", row: 4, col: 2, message: "天山 · 2 基础评价：“29.1.3” 不是分数" },
        { message: "没有列的输入" },
        { at: "输入!A3", row: 2, col: 0, message: "单位名称“江苏”与第 2 行重复" },
        { at: "输入!C5", row: 4, col: 2, message: "第二个问题" },
        { at: "输入!B5", row: 4, col: 1, message: "天山 · 1 年度重点工作任务：未填写" },
      ],
      (at) => at,
    );
    expect(problemListing(groups)).toEqual([
      "输入!A3：单位名称“江苏”与第 2 行重复",
      "输入!B5：天山 · 1 年度重点工作任务：未填写",
      "输入!C5：天山 · 2 基础评价：“29.1.3” 不是分数；第二个问题",
      "没有列的输入",
    ]);
  });

  test("the first 50 cells, then how many more", () => {
    const groups = Array.from({ length: 53 }, (_, i) => ({ at: `输入!B${i + 2}`, messages: ["x"] }));
    const lines = problemListing(groups);
    expect(lines).toHaveLength(51);
    expect(lines[50]).toBe("……另有 3 处问题未列出，请先改正以上各处后再运行");
  });

  test("the add-in's list: messages at one cell joined in both languages, then one line counting the rest", () => {
    const at = (address: string) => ({ sheet: "输入", address });
    const problems = [
      { at: at("C3"), message: { code: "a", zh: "甲", en: "A" } },
      { at: at("C3"), message: { code: "b", zh: "乙", en: "B" } },
      ...Array.from({ length: 51 }, (_, i) => ({ at: at(`D${i + 2}`), message: { code: "c", zh: "丙", en: "C" } })),
    ];
    const grouped = groupWorded(problems, (x) => `${x.sheet}!${x.address}`);
    expect(grouped[0]).toEqual({ at: at("C3"), message: { code: "a", zh: "甲；乙", en: "A; B" } });
    expect(grouped).toHaveLength(51);
    expect(grouped[50]!.message.zh).toBe("……另有 2 处问题未列出，请先改正以上各处后再运行");
  });
});
