/**
 * An input error worded once for the command line and the add-in: the unit, the input and what is wrong, in both
 * languages, after the cell it is about.
 */
import { evaluate, loadScheme } from "../../src/engine";
import { locateInputErrors, problemLine } from "../../src/workbook";
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
