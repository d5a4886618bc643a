/**
 * Two 得分表 of the workbook scored under different schemes — [000]'s 2021 table and a 2023 table under changning-2023
 * (test/fixtures/year2023.ts) — each sheet's scheme recognised or chosen, then the 对比表 written with 得分率.
 */
import { loadScheme, Scheme } from "../../src/engine";
import { createExcelShell } from "../../src/excel";
import { writeRegistry, emptyRegistry } from "../../src/excel/registry";
import { builtinScheme } from "../../src/schemes";
import { put, shown } from "../../tools/fake-excel/cells";
import { twoSchemes } from "../fixtures/book000";
import { scheme000 } from "../fixtures/doc000";
import { scheme2023 } from "../fixtures/year2023";

function builtin(id: string): Scheme {
  const loaded = loadScheme(builtinScheme(id));
  if (!loaded.ok) throw new Error(id);
  return loaded.scheme;
}
const catalogue = () => ["changning-2021", "changning-2023", "taicang-2017"].map(builtin);

describe("each sheet's scheme recognised from its 得分表", () => {
  test("by the title the add-in wrote: 2021 under [000]'s scheme, 2023 under changning-2023", async () => {
    const shell = createExcelShell(twoSchemes().host);
    const outcome = await shell.compareSheets(scheme000(), "2021得分表", "2023得分表", [], "total", {
      candidates: catalogue(),
    });
    if (!outcome.ok) throw new Error(outcome.message.zh);
    const { schemes, comparison } = outcome.value;
    expect([schemes.before.scheme.id, schemes.before.by]).toEqual(["cn-000", "title"]);
    expect([schemes.after.scheme.id, schemes.after.by]).toEqual(["changning-2023", "title"]);
    expect(comparison.schemesDiffer).toBe(true);
    expect(comparison.units).toHaveLength(10);
    const xj = comparison.units.find((u) => u.name === "新泾镇")!;
    expect(xj.columns[0]!.rate!.before!.times(100).toFixed(2)).toBe("95.71");
  });

  test("by the blocks its header names when the title was changed by hand", async () => {
    const fake = twoSchemes();
    put(fake.book, "2023得分表", "A1", [["2023年度各街镇得分"]]);
    const outcome = await createExcelShell(fake.host).compareSheets(
      scheme000(),
      "2021得分表",
      "2023得分表",
      [],
      "total",
      { candidates: catalogue() },
    );
    if (!outcome.ok) throw new Error(outcome.message.zh);
    expect([outcome.value.schemes.after.scheme.id, outcome.value.schemes.after.by]).toEqual([
      "changning-2023",
      "header",
    ]);
  });

  test("by the marker of the add-in's own 得分表, under the scheme the workbook's bindings keep", async () => {
    const fake = twoSchemes();
    put(fake.book, "2023得分表", "A1", [["得分"]]);
    fake.book.addName("jixiao_score_table", { sheet: "2023得分表", area: { row: 0, col: 0, rows: 13, cols: 11 } });
    await writeRegistry(fake.host.settings, {
      ...emptyRegistry(),
      scheme: builtinScheme("changning-2023"),
      tables: { score: { name: "jixiao_score_table", rows: 13, cols: 11, hashes: "" } },
    });
    // No built-in candidate: only the marker knows changning-2023.
    const outcome = await createExcelShell(fake.host).compareSheets(
      scheme000(),
      "2021得分表",
      "2023得分表",
      [],
      "total",
      { candidates: [] },
    );
    if (!outcome.ok) throw new Error(outcome.message.zh);
    expect([outcome.value.schemes.after.scheme.id, outcome.value.schemes.after.by]).toEqual([
      "changning-2023",
      "marker",
    ]);
  });

  test("a sheet no known scheme reads is refused by name, asking for its scheme", async () => {
    const fake = twoSchemes();
    const outcome = await createExcelShell(fake.host).compareSheets(
      scheme000(),
      "2021得分表",
      "2023得分表",
      [],
      "total",
      { candidates: [builtin("taicang-2017")] },
    );
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.message.zh).toContain(
        "工作表“2023得分表”不能作为得分表读取：表头与已知方案的得分表都不相符，请为它选择方案",
      );
  });

  test("a scheme chosen for a side is used as it is; a wrong one names the missing columns", async () => {
    const shell = createExcelShell(twoSchemes().host);
    const chosen = await shell.compareSheets(scheme000(), "2021得分表", "2023得分表", [], "total", {
      after: scheme2023(),
    });
    if (!chosen.ok) throw new Error(chosen.message.zh);
    expect(chosen.value.schemes.after.by).toBe("chosen");
    expect(chosen.value.schemes.before).toMatchObject({ by: "chosen" });
    const wrong = await shell.compareSheets(scheme000(), "2021得分表", "2023得分表");
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.message.zh).toContain("工作表“2023得分表”不能作为得分表读取");
  });
});

describe("the 对比表 of 2021 against 2023", () => {
  test("基础评价 paired by hand with 工作保障与管理; 得分率 columns; notes; the chart titled for totals of two scales", async () => {
    const fake = twoSchemes();
    const shell = createExcelShell(fake.host);
    const compared = await shell.compareSheets(scheme000(), "2021得分表", "2023得分表", [], "total", {
      candidates: catalogue(),
      blocks: [{ before: "基础评价", after: "工作保障与管理" }],
    });
    if (!compared.ok) throw new Error(compared.message.zh);
    expect(compared.value.labels).toEqual({ before: "2021年", after: "2023年" });
    const outcome = await shell.writeComparison(compared.value);
    if (outcome.kind !== "written") throw new Error(outcome.kind);
    expect(shown(fake.book, "对比表", "D2:H3")).toEqual([
      ["年度重点工作任务（满分7→25分）", "", "", "", ""],
      ["2021年", "2023年", "2021年得分率", "2023年得分率", "得分率变化"],
    ]);
    expect(shown(fake.book, "对比表", "I2")).toEqual([["工作保障与管理（2021年：基础评价，满分30→25分）"]]);
    // 新泾镇 is second by 2023 总分 (104.00 after 天山 104.50).
    expect(shown(fake.book, "对比表", "A5:H5")).toEqual([
      ["新泾镇", "新泾", "新泾镇去掉“镇”后相同", 6.7, 25, 0.9571, 1, 0.0429],
    ]);
    const [chart] = fake.book.requireSheet("对比表").charts;
    expect(chart!.title).toBe("2021年 / 2023年 总分（总分构成不同，请结合排名看）");
    expect(shown(fake.book, "对比表", "A15").flat()[0]).toContain("两表评分方案不同");
    expect(shown(fake.book, "对比表", "A16").flat()[0]).toContain("两表总分构成不同");
  });
});
