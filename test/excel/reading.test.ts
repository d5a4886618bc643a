/**
 * The add-in reads bound cells as jixiao score reads a sheet (issue 12 §1): the number format of every bound cell
 * comes with its value in the same sync, and the rows under the bound range are checked down to the sheet's last
 * value. Each bad case is an error list naming sheet and cell, with nothing written.
 */
import { loadScheme } from "../../src/engine";
import { createExcelShell, ExcelShell, RunOutcome, RunResult } from "../../src/excel";
import { put, shown } from "../../tools/fake-excel/cells";
import { FakeExcel } from "../../tools/fake-excel";
import { HEADER_000, ORDER_000, scheme000, TABLE_000 } from "../fixtures/doc000";

function written(outcome: RunOutcome): RunResult {
  if (outcome.kind !== "written") throw new Error(`expected a written table, got ${JSON.stringify(outcome)}`);
  return outcome.result;
}

function errors(outcome: RunOutcome) {
  if (outcome.kind !== "inputErrors") throw new Error(`expected input errors, got ${outcome.kind}`);
  return outcome;
}

/** [000]'s header and `rows` on 输入, the columns bound from the header (down to the last row holding a value). */
async function bound(rows: unknown[][] = TABLE_000): Promise<{ fake: FakeExcel; shell: ExcelShell }> {
  const fake = new FakeExcel();
  const shell = createExcelShell(fake.host);
  put(fake.book, "输入", "A1", [HEADER_000, ...rows]);
  fake.book.selection = { sheet: "输入", area: { row: 0, col: 0, rows: 1, cols: 6 } };
  const proposal = await shell.proposeBinding(scheme000());
  if (!proposal.ok) throw new Error(proposal.message.zh);
  await shell.confirmBinding(scheme000(), proposal.value);
  fake.resetCounts();
  return { fake, shell };
}

describe("a number's cell format counts", () => {
  test("[000]: 北新泾's 成效评价 typed as 85% is an error at 输入!E6, not 0.85 points; nothing is written", async () => {
    const { fake, shell } = await bound();
    put(fake.book, "输入", "E6", [["85%"]]);
    const outcome = errors(await shell.run());
    expect(outcome.problems).toEqual([
      {
        at: { sheet: "输入", address: "E6" },
        unit: "北新泾",
        key: "4",
        message: expect.objectContaining({
          zh: "北新泾 · 成效评价是分数，单元格是百分数 85%：请改为常规格式，填写分数",
        }),
      },
    ]);
    expect(fake.book.sheet("得分表")).toBeUndefined();
    // The number formats came with the values: one sync read everything.
    expect(fake.syncs).toHaveLength(1);
  });

  test("a date under 年度重点工作任务 is an error naming its cell", async () => {
    const { fake, shell } = await bound();
    fake.book.requireSheet("输入").cell(2, 1)!.format = "yyyy/m/d";
    const outcome = errors(await shell.run());
    expect(outcome.problems.map((p) => [p.at?.address, p.message.zh])).toEqual([
      ["B3", "江苏 · 年度重点工作任务是分数，单元格是日期格式：请改为常规格式，填写分数"],
    ]);
  });

  test("a number stored as text is read and scored, its cell listed as a warning", async () => {
    const { fake, shell } = await bound();
    put(fake.book, "输入", "C2", [["'29.35"]]);
    const result = written(await shell.run());
    expect(result.warnings.map((w) => [w.at?.address, w.message.zh])).toEqual([
      ["C2", "新泾 · 基础评价：数字 29.35 以文本形式存储，已按数值读取"],
    ]);
    expect(shown(fake.book, "得分表", "A3:G3")[0]).toEqual(["新泾", 6.7, 29.35, 47.4, 14.6, 5, 103.05]);
  });

  test("a rate typed as 85% in the generated sheet's percent cell is read as 85%; 100.5% keeps its sign", async () => {
    const loaded = loadScheme({
      id: "rate",
      title: "比率",
      blocks: [
        {
          name: "产出",
          points: 3,
          children: [{ code: "C31", name: "完成及时率", points: 3, rule: { kind: "rateProportional" } }],
        },
      ],
    });
    if (!loaded.ok) throw new Error("scheme");
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    const generated = await shell.generateInputSheet(loaded.scheme, ["虹桥", "程桥"]);
    if (!generated.ok) throw new Error(generated.message.zh);
    put(fake.book, generated.value.sheet, "B4", [["85%"], ["100.5%"]]);
    const result = written(await shell.run());
    // 3 × 85% = 2.55; 100.5% scores the full 3 points.
    expect(result.evaluation.units.map((u) => u.total?.toString())).toEqual(["2.55", "3"]);
  });
});

describe("the table runs to its last row", () => {
  test("天山 after an empty row is scored; 合计 and 注： rows are listed as not units", async () => {
    const { fake, shell } = await bound([
      ...TABLE_000.slice(0, 3),
      [],
      ...TABLE_000.slice(3),
      ["合计", 64.8, 279.85, 459.3, 145.9, 30.5],
      ["注：附加评价封顶 5 分"],
    ]);
    const result = written(await shell.run());
    expect(shown(fake.book, "得分表", "A3:A12").flat()).toEqual(ORDER_000);
    expect(result.notUnits.map((n) => [n.at?.address, n.message.zh])).toEqual([
      ["A13", "“合计”是合计或平均行，不是单位，未计算"],
      ["A14", "“注：附加评价封顶 5 分”是注释，不是单位"],
    ]);
  });

  test("a row of figures without a unit name is an error naming the row", async () => {
    const { fake, shell } = await bound();
    put(fake.book, "输入", "A8", [[null]]);
    const outcome = errors(await shell.run());
    expect(outcome.problems.map((p) => [p.at?.address, p.message.zh])).toEqual([
      ["A8", "第 8 行有数据，但没有单位名称：请填写单位名称，或删去这一行的数据"],
    ]);
  });

  test("a unit typed under the bound range is an error and nothing is written; extending the binding scores it", async () => {
    const { fake, shell } = await bound(TABLE_000.slice(0, 9));
    // Under the bound rows 2–10, after a blank row: 仙霞 and a 合计 row.
    put(fake.book, "输入", "A12", [TABLE_000[9]!, ["合计", 1, 2, 3, 4, 5]]);
    const outcome = errors(await shell.run());
    expect(outcome.problems.map((p) => [p.at, p.message.zh])).toEqual([
      [
        { sheet: "输入", address: "A12" },
        "仙霞 在绑定范围之外（单位名称绑定在 输入!A2:A10）：请扩展绑定，把它包括进来",
      ],
    ]);
    expect(outcome.extendTo).toBe("输入!A2:A12");
    expect(fake.syncs).toHaveLength(1);
    expect(fake.book.sheet("得分表")).toBeUndefined();

    const extended = await shell.extendBinding(outcome.extendTo!);
    expect(extended.ok).toBe(true);
    expect(fake.book.names.get("jx_units")!.ref!.area).toEqual({ row: 1, col: 0, rows: 11, cols: 1 });
    expect(fake.book.names.get("jx_5")!.ref!.area).toEqual({ row: 1, col: 5, rows: 11, cols: 1 });
    const result = written(await shell.run());
    expect(shown(fake.book, "得分表", "A3:A12").flat()).toEqual(ORDER_000);
    expect(result.notUnits.map((n) => n.at?.address)).toEqual(["A13"]);
  });
});
