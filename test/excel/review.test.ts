/**
 * The evaluator's and supervisor's tools on the fake Excel host: the audit marks exactly the reported scores of
 * [004] that do not follow from their rule and removes the marks again; the 工作底稿 of a unit on its own sheet; two
 * 得分表 of [000] compared, with the 对比表 and its chart; the 附加得分表 beside the 得分表.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { inputColumns, loadScheme, Scheme, UnitInput } from "../../src/engine";
import { createExcelShell, ExcelShell, RunOutcome, RunResult } from "../../src/excel";
import { HIGHLIGHT_FILL } from "../../src/excel/audit";
import { builtinScheme } from "../../src/schemes";
import { put, shown, snapshot } from "../../tools/fake-excel/cells";
import { FakeExcel } from "../../tools/fake-excel";
import { input000, twoYears } from "../fixtures/book000";
import { scheme000, TABLE_000 } from "../fixtures/doc000";
import { HONGQIAO_MONTHS } from "../fixtures/hongqiaoMonths";

function builtin(id: string): Scheme {
  const loaded = loadScheme(builtinScheme(id));
  if (!loaded.ok) throw new Error(id);
  return loaded.scheme;
}

function written(outcome: RunOutcome): RunResult {
  if (outcome.kind !== "written") throw new Error(`expected a written table, got ${JSON.stringify(outcome)}`);
  return outcome.result;
}

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, "..", "fixtures", name), "utf8")).units as (UnitInput & {
    reported: Record<string, number>;
  })[];

/**
 * [004]'s 虹桥镇 as a clerk's sheet "复核": a row of input keys and a row of figures, then a column "<id>得分" per
 * published score. A checklist given as a count of failed items (0) is typed as 是 for every item, and C31–C34's
 * stated 100% as the 12 months it stands for.
 */
function hongqiaoSheet(fake: FakeExcel, scheme: Scheme, typed: Record<string, unknown> = {}) {
  const [unit] = fixture("hongqiao-2023.input.json");
  const columns = inputColumns(scheme);
  const cell = (key: string, id: string, slot: string): unknown => {
    const raw = typed[id] ?? HONGQIAO_MONTHS[id] ?? unit!.values[id];
    if (slot === "") return raw;
    const slots = scheme.nodes.get(id)!.rule!.compiled.slots.map((s) => s.key);
    if (Array.isArray(raw)) return raw[slots.indexOf(slot)];
    if (typeof raw === "object" && raw !== null) return (raw as Record<string, unknown>)[slot];
    return slots.indexOf(slot) < Number(raw) ? "否" : "是";
  };
  const reportedIds = Object.keys(unit!.reported);
  put(fake.book, "复核", "A1", [
    ["单位", ...columns.map((c) => c.key), ...reportedIds.map((id) => `${id}得分`)],
    [unit!.name, ...columns.map((c) => cell(c.key, c.id, c.slot)), ...reportedIds.map((id) => unit!.reported[id])],
  ]);
  const width = 1 + columns.length + reportedIds.length;
  fake.book.selection = { sheet: "复核", area: { row: 0, col: 0, rows: 1, cols: width } };
  // The column of each reported score, by id.
  return (id: string) => 1 + columns.length + reportedIds.indexOf(id);
}

async function bindByHeader(shell: ExcelShell, scheme: Scheme) {
  const proposal = await shell.proposeBinding(scheme);
  if (!proposal.ok) throw new Error(proposal.message.zh);
  const confirmed = await shell.confirmBinding(scheme, proposal.value);
  if (!confirmed.ok) throw new Error(confirmed.message.zh);
  return proposal.value;
}

const fillsOf = (fake: FakeExcel, sheet: string) =>
  [...fake.book.requireSheet(sheet).cells.entries()]
    .filter(([, c]) => c.fill !== undefined)
    .map(([k, c]) => [k, c.fill]);

describe("the audit of [004] in the workbook", () => {
  const scheme = builtin("hongqiao-2023");

  test("automatic binding finds the 29 reported columns beside the inputs", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    hongqiaoSheet(fake, scheme);
    const proposal = await bindByHeader(shell, scheme);
    expect(proposal.reported).toHaveLength(29);
    expect(proposal.reported.find((r) => r.id === "D14")).toMatchObject({
      header: "D14得分",
      address: expect.stringMatching(/^复核!/),
    });
    expect(proposal.unmatched).toEqual([]);
    expect(proposal.missing).toEqual([]);
    const state = await shell.state();
    expect(state.reported).toHaveLength(29);
    expect(state.reported.find((r) => r.id === "D12")!.label).toBe("D12 上级考核情况");
  });

  test("marks exactly A22, D14 and D15 in two syncs, lists D12 as 待定, changes no value; the marks come off", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    const col = hongqiaoSheet(fake, scheme);
    await bindByHeader(shell, scheme);
    // The clerk had coloured D14's cell yellow: the mark must give that back.
    fake.book.requireSheet("复核").touch(1, col("D14")).fill = "#FFFF00";
    const before = snapshot(fake.book, "复核");
    fake.resetCounts();
    const outcome = await shell.audit();
    if (outcome.kind !== "audited") throw new Error(JSON.stringify(outcome));
    expect(fake.syncs).toHaveLength(2);
    const { result } = outcome;
    expect(result.checked).toBe(28);
    expect(result.findings.map((f) => [f.id, f.reported.toFixed(2), f.computed.toFixed(2)])).toEqual([
      ["A22", "2.00", "1.28"],
      ["D14", "2.10", "1.20"],
      ["D15", "3.00", "4.00"],
    ]);
    // The district's “良好” is neither 较好 nor 一般 in [004]: a question for the evaluator, not a slip.
    expect(result.pending.map((u) => [u.id, u.question, u.at])).toEqual([
      [
        "D12",
        "“良好”：文件未定义此档次，请选择按“较好”或“一般”计分",
        { sheet: "复核", address: `${columnName(col("D12"))}2` },
      ],
    ]);
    const d14 = result.findings.find((f) => f.id === "D14")!;
    expect(d14.unit).toBe("虹桥镇");
    expect(d14.rule).toContain("每降低1%扣权重分的5%");
    expect(d14.explanation).toContain("得30%权重分");
    const cellAt = (id: string) => ({ sheet: "复核", address: `${columnName(col(id))}2` });
    expect(result.findings.map((f) => f.at)).toEqual(["A22", "D14", "D15"].map(cellAt));
    expect(fillsOf(fake, "复核").sort()).toEqual(
      ["A22", "D14", "D15"].map((id) => [`1,${col(id)}`, HIGHLIGHT_FILL]).sort(),
    );
    // Only fills changed: every value, formula and format is as it was.
    const strip = (json: string) => json.replace(/,?"fill":"#[0-9A-F]{6}"/g, "");
    expect(strip(snapshot(fake.book, "复核"))).toEqual(strip(before));
    expect((await shell.state()).highlights).toBe(3);

    // Clicking a difference selects its cell.
    await shell.selectCell(result.findings[0]!.at!);
    expect(fake.book.selection).toEqual({ sheet: "复核", area: { row: 1, col: col("A22"), rows: 1, cols: 1 } });

    fake.resetCounts();
    expect(await shell.clearHighlights()).toBe(3);
    expect(fake.syncs).toHaveLength(2);
    expect(snapshot(fake.book, "复核")).toEqual(before);
    expect(fake.book.requireSheet("复核").cell(1, col("D14"))!.fill).toBe("#FFFF00");
    expect((await shell.state()).highlights).toBe(0);
  });

  test("a corrected score loses its mark on the next audit; a mark the user recoloured is left alone", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    const col = hongqiaoSheet(fake, scheme);
    await bindByHeader(shell, scheme);
    expect((await shell.audit()).kind).toBe("audited");
    put(fake.book, "复核", `${columnName(col("D14"))}2`, [[1.2]]);
    fake.book.requireSheet("复核").touch(1, col("D15")).fill = "#00B050";
    const again = await shell.audit();
    if (again.kind !== "audited") throw new Error(again.kind);
    expect(again.result.findings.map((f) => f.id)).toEqual(["A22", "D15"]);
    expect(fake.book.requireSheet("复核").cell(1, col("D14"))!.fill).toBeUndefined();
    // D15 was recoloured green by hand: marked again, and its green comes back when the marks are removed.
    await shell.clearHighlights();
    expect(fake.book.requireSheet("复核").cell(1, col("D15"))!.fill).toBe("#00B050");
    expect(fillsOf(fake, "复核")).toEqual([[`1,${col("D15")}`, "#00B050"]]);
  });

  test("an unreadable input or reported value is named by its cell, and nothing is marked", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    const col = hongqiaoSheet(fake, scheme);
    await bindByHeader(shell, scheme);
    put(fake.book, "复核", `${columnName(col("D21"))}2`, [["三点六八"]]);
    const outcome = await shell.audit();
    if (outcome.kind !== "inputErrors") throw new Error(outcome.kind);
    expect(outcome.problems.map((p) => `${p.at!.sheet}!${p.at!.address}`)).toEqual([`复核!${columnName(col("D21"))}2`]);
    expect(outcome.problems[0]!.message.zh).toContain("虹桥镇 · D21 救助对象满意度（报送得分）");
    expect(fillsOf(fake, "复核")).toEqual([]);
  });

  test("without reported columns the audit says what to bind", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    input000(fake);
    await bindByHeader(shell, scheme000());
    const outcome = await shell.audit();
    expect(outcome.kind).toBe("notBound");
    if (outcome.kind === "notBound") expect(outcome.message.zh).toContain("报送得分");
  });

  test("binding a selected column as the reported 总分 of [000]: ten totals, all following from their rows", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    const totals = [103.05, 102.78, 102.04, 101.58, 101.1, 97.08, 96.37, 95.51, 89.6, 88.04];
    put(fake.book, "输入", "A1", [
      ["所属街镇", "年度重点工作任务", "基础评价", "专项评价", "成效评价", "附加评价", "合计（报送）"],
      ...TABLE_000.map((row, i) => [...row, totals[i]]),
    ]);
    fake.book.selection = { sheet: "输入", area: { row: 0, col: 0, rows: 1, cols: 6 } };
    await bindByHeader(shell, scheme000());
    fake.book.selection = { sheet: "输入", area: { row: 1, col: 6, rows: 10, cols: 1 } };
    const bound = await shell.bindReported(scheme000(), "total");
    if (!bound.ok) throw new Error(bound.message.zh);
    expect(bound.value).toEqual([{ id: "total", label: "总分", address: "输入!G2:G11" }]);
    // A selection on other rows is refused.
    fake.book.selection = { sheet: "输入", area: { row: 2, col: 6, rows: 9, cols: 1 } };
    const refused = await shell.bindReported(scheme000(), "total");
    expect(refused.ok).toBe(false);
    const outcome = await shell.audit();
    if (outcome.kind !== "audited") throw new Error(outcome.kind);
    expect(outcome.result.checked).toBe(10);
    expect(outcome.result.findings).toEqual([]);
    // 仙霞's 总分 typed as 88.40 is marked.
    put(fake.book, "输入", "G11", [[88.4]]);
    const again = await shell.audit();
    if (again.kind !== "audited") throw new Error(again.kind);
    expect(again.result.findings.map((f) => [f.unit, f.id, f.computed.toFixed(2), f.explanation])).toEqual([
      [
        "仙霞",
        "total",
        "88.04",
        "年度重点工作任务 5.2 + 基础评价 24.94 + 专项评价 42.2 + 成效评价 14.6 + 附加评价 1.1 = 88.04",
      ],
    ]);
    expect(fillsOf(fake, "输入")).toEqual([["10,6", HIGHLIGHT_FILL]]);
  });
});

/** "A" … "Z", "AA" … for a 0-based column. */
function columnName(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = (n - rem - 1) / 26;
  }
  return out;
}

describe("the 工作底稿 of a unit, on its own sheet", () => {
  const scheme = builtin("hongqiao-2023");

  test("虹桥镇: every indicator with its computation, then 表3-1's block summary computing in the sheet", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    // The evaluator chose 较好 for the district's “良好” and typed it in (the scheme leaves that choice to them).
    hongqiaoSheet(fake, scheme, { D12: "较好" });
    await bindByHeader(shell, scheme);
    const result = written(await shell.run());
    fake.resetCounts();
    const outcome = await shell.writeWorkingPaper(result, 0);
    if (outcome.kind !== "written") throw new Error(outcome.kind);
    expect(fake.syncs).toHaveLength(2);
    const sheet = outcome.table.sheet;
    expect(sheet).toBe("虹桥镇工作底稿");
    const rows = shown(fake.book, sheet, outcome.table.address);
    expect(String(rows[0]![0])).toContain("工作底稿");
    const d14 = rows.find((r) => r.some((v) => String(v).startsWith("D14 ")))!;
    expect(d14.some((v) => String(v).includes("得30%权重分"))).toBe(true);
    expect(d14).toContain(1.2);
    // [004] publishes 合计 87.4; the rule gives A22 −0.72, D14 −0.90 and D15 +1 against it, and D12 read as 较好
    // +1: 87.78.
    const total = rows.find((r) => r[0] === "合计")!;
    expect(total).toContain(87.78);
    // 表3-1 under the paper: its formulas, moved down with it, still add up its own cells.
    const summaryAt = rows.findIndex((r) => r[0] === "指标");
    expect(rows[summaryAt]!.slice(0, 6)).toEqual(["指标", "A 决策", "B 过程", "C 产出", "D 效益", "合计"]);
    expect(rows[summaryAt + 1]![5]).toBe(100);
    expect(rows[summaryAt + 2]![0]).toBe("得分");
    expect(rows[summaryAt + 2]![5]).toBe(87.78);
    expect(rows[summaryAt + 3]![5]).toBe(0.8778);
  });

  test("计算 with the district's “良好” at D12 asks which level it means, naming the cell; nothing is written", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    hongqiaoSheet(fake, scheme);
    await bindByHeader(shell, scheme);
    const sheets = fake.book.sheets.map((x) => x.name);
    const outcome = await shell.run();
    if (outcome.kind !== "inputErrors") throw new Error(outcome.kind);
    const column = 1 + inputColumns(scheme).findIndex((c) => c.key === "D12");
    expect(outcome.problems.map((p) => [p.at, p.message.zh])).toEqual([
      [
        { sheet: "复核", address: `${columnName(column)}2` },
        "虹桥镇 · D12 上级考核情况：“良好”：文件未定义此档次，请选择按“较好”或“一般”计分",
      ],
    ]);
    expect(fake.book.sheets.map((x) => x.name)).toEqual(sheets);
  });

  test("written again in place; a hand edit is asked about first", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    hongqiaoSheet(fake, scheme, { D12: "较好" });
    await bindByHeader(shell, scheme);
    const result = written(await shell.run());
    const first = await shell.writeWorkingPaper(result, 0);
    const count = fake.book.sheets.length;
    const again = await shell.writeWorkingPaper(result, 0);
    expect(again).toEqual(first);
    expect(fake.book.sheets).toHaveLength(count);
    if (first.kind !== "written") throw new Error(first.kind);
    put(fake.book, first.table.sheet, "A2", [["改过"]]);
    const edited = await shell.writeWorkingPaper(result, 0);
    expect(edited.kind).toBe("handEdits");
    expect(shown(fake.book, first.table.sheet, "A2")).toEqual([["改过"]]);
  });
});

describe("two 得分表 of [000] compared: renamed units, one unit missing on each side", () => {
  test("every match with how it was made, the units on one side only, and the most improved; nothing written", async () => {
    const fake = twoYears();
    const shell = createExcelShell(fake.host);
    const before = fake.book.sheets.map((s) => snapshot(fake.book, s.name));
    fake.resetCounts();
    const outcome = await shell.compareSheets(scheme000(), "2020得分表", "2021得分表");
    if (!outcome.ok) throw new Error(outcome.message.zh);
    expect(fake.syncs.length).toBeLessThanOrEqual(2);
    const c = outcome.value.comparison;
    const how = (after: string) => c.units.find((u) => u.match?.afterName === after)!.match!;
    expect(how("江苏路街道")).toMatchObject({ beforeName: "江苏", method: "suffix" });
    expect(how("周家桥街道")).toMatchObject({ beforeName: "周桥", method: "abbreviation" });
    expect(how("华\u3000阳")).toMatchObject({ beforeName: "华阳", method: "normalized" });
    expect(how("新泾镇")).toMatchObject({ beforeName: "新泾", method: "suffix" });
    expect(c.onlyBefore.map((u) => u.name)).toEqual(["仙霞"]);
    expect(c.onlyAfter.map((u) => u.name)).toEqual(["程桥"]);
    expect(c.improved.map((u) => [u.name, u.total.change!.toFixed(2)])).toEqual([
      ["江苏路街道", "2.00"],
      ["天山", "1.50"],
      ["周家桥街道", "1.00"],
    ]);
    expect(fake.book.sheets.map((s) => snapshot(fake.book, s.name))).toEqual(before);
  });

  test("the labels the evaluator gives name the 对比表's columns, the chart's series and its title", async () => {
    const fake = twoYears();
    const shell = createExcelShell(fake.host);
    const compared = await shell.compareSheets(scheme000(), "2020得分表", "2021得分表");
    if (!compared.ok) throw new Error(compared.message.zh);
    const outcome = await shell.writeComparison({ ...compared.value, labels: { before: "上年度", after: "本年度" } });
    if (outcome.kind !== "written") throw new Error(outcome.kind);
    expect(shown(fake.book, "对比表", "B2:B2")).toEqual([["上年度名称"]]);
    expect(shown(fake.book, "对比表", "S3:T3")).toEqual([["上年度", "本年度"]]);
    const [chart] = fake.book.requireSheet("对比表").charts;
    expect(chart!.series.map((s) => s.name)).toEqual(["上年度总分", "本年度总分"]);
    expect(chart!.title).toBe("上年度 / 本年度 总分");
  });

  test("by the rise of 排名: 江苏路街道 4th → 2nd and 天山 5th → 4th", async () => {
    const shell = createExcelShell(twoYears().host);
    const outcome = await shell.compareSheets(scheme000(), "2020得分表", "2021得分表", [], "rank");
    if (!outcome.ok) throw new Error(outcome.message.zh);
    expect(outcome.value.comparison.progress).toBe("rank");
    expect(outcome.value.comparison.improved.map((u) => [u.name, u.rank.change])).toEqual([
      ["江苏路街道", 2],
      ["天山", 1],
    ]);
  });

  test("a wrong match is corrected by an override", async () => {
    const shell = createExcelShell(twoYears().host);
    const outcome = await shell.compareSheets(scheme000(), "2020得分表", "2021得分表", [
      { before: "周桥", after: null },
    ]);
    if (!outcome.ok) throw new Error(outcome.message.zh);
    expect(outcome.value.comparison.onlyBefore.map((u) => u.name).sort()).toEqual(["仙霞", "周桥"].sort());
    expect(outcome.value.comparison.onlyAfter.map((u) => u.name)).toContain("周家桥街道");
  });

  test("a sheet that is not a 得分表 of the scheme is refused, naming the sheet", async () => {
    const fake = twoYears();
    put(fake.book, "联系人", "A1", [["街镇", "联系人"]]);
    const outcome = await createExcelShell(fake.host).compareSheets(scheme000(), "联系人", "2021得分表");
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message.zh).toContain("工作表“联系人”不能作为得分表读取");
  });

  test("the 对比表 with a clustered column chart of both years' 总分 over the unit names; rewritten in place", async () => {
    const fake = twoYears();
    const shell = createExcelShell(fake.host);
    const compared = await shell.compareSheets(scheme000(), "2020得分表", "2021得分表");
    if (!compared.ok) throw new Error(compared.message.zh);
    fake.resetCounts();
    const outcome = await shell.writeComparison(compared.value);
    if (outcome.kind !== "written") throw new Error(outcome.kind);
    expect(fake.syncs).toHaveLength(2);
    expect(outcome.table.sheet).toBe("对比表");
    // 3 heading rows, 8 matched units, 程桥 (2021 only) and 仙霞 (2020 only).
    expect(shown(fake.book, "对比表", "A4:A13").flat()).toEqual([
      "新泾镇",
      "江苏路街道",
      "华\u3000阳",
      "天山",
      "北新泾",
      "虹桥",
      "周家桥街道",
      "新华",
      "程桥",
      "仙霞",
    ]);
    // 总分 of both years side by side in S and T, named by the years in the sheets' names (both sheets' titles carry
    // the scheme's, 2021).
    expect(compared.value.labels).toEqual({ before: "2020年", after: "2021年" });
    expect(shown(fake.book, "对比表", "S2:T3")).toEqual([
      ["总分", ""],
      ["2020年", "2021年"],
    ]);
    expect(shown(fake.book, "对比表", "S5:U5")).toEqual([[100.78, 102.78, 2]]);
    const [chart, ...others] = fake.book.requireSheet("对比表").charts;
    expect(others).toEqual([]);
    expect(chart).toMatchObject({
      type: "ColumnClustered",
      seriesBy: "Columns",
      source: { row: 3, col: 18, rows: 10, cols: 2 },
      series: [
        {
          name: "2020年总分",
          values: { row: 3, col: 18, rows: 10, cols: 1 },
          xAxis: { row: 3, col: 0, rows: 10, cols: 1 },
        },
        {
          name: "2021年总分",
          values: { row: 3, col: 19, rows: 10, cols: 1 },
          xAxis: { row: 3, col: 0, rows: 10, cols: 1 },
        },
      ],
    });
    expect(chart!.title).toBe("2020年 / 2021年 总分");
    // Below the table, clear of its cells.
    expect(chart!.position).toBe("A15:J33");

    const again = await shell.writeComparison(compared.value);
    expect(again).toEqual(outcome);
    expect(fake.book.requireSheet("对比表").charts).toHaveLength(1);
    expect(fake.book.sheets.filter((s) => s.name.startsWith("对比表"))).toHaveLength(1);
  });
});

describe("the 附加得分表 beside the 得分表", () => {
  test("[000]'s 附加评价 typed as one number per 街镇: written with the 得分表, still in two syncs, in place next time", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    input000(fake);
    await bindByHeader(shell, scheme000());
    fake.resetCounts();
    const result = written(await shell.run());
    expect(fake.syncs).toHaveLength(2);
    expect(result.bonusTable).toEqual({ sheet: "附加得分表", address: "A1:C12" });
    expect(shown(fake.book, "附加得分表", "A2:C4")).toEqual([
      ["所属街镇", "分值", "附加评价申报内容"],
      ["新泾", 5, "附加评价。得5分"],
      ["华阳", 5, "附加评价。得5分"],
    ]);
    expect(fake.book.requireSheet("附加得分表").cell(2, 2)!.wrap).toBe(true);
    put(fake.book, "输入", "F11", [["0.5、0.6"]]);
    const again = written(await shell.run());
    expect(again.bonusTable).toEqual(result.bonusTable);
    expect(shown(fake.book, "附加得分表", "A12:C12")).toEqual([
      ["仙霞", 1.1, "1、附加评价。得0.5分\n2、附加评价。得0.6分"],
    ]);
    expect(fake.book.sheets.map((s) => s.name)).toEqual(["输入", "得分表", "附加得分表"]);
  });

  test("items typed with their descriptions are listed with them; a description starting with = stays text", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    input000(fake);
    await bindByHeader(shell, scheme000());
    // 仙霞 (F11) as 附件2 lists its two items; 新华 (F10) typed with an apostrophe, so the cell holds "=…" as text.
    put(fake.book, "输入", "F10:F11", [
      ["'=承接“党建+社会救助”区级试点工作0.5分；上海民政报道1.1分"],
      ["承接市政府“为民办实事”项目0.5分；学习强国、新华社、上海民政报道社会救助工作经验做法，部分篇幅0.6分"],
    ]);
    written(await shell.run());
    expect(shown(fake.book, "附加得分表", "A11:C12")).toEqual([
      ["新华", 1.6, "1、=承接“党建+社会救助”区级试点工作。得0.5分\n2、上海民政报道。得1.1分"],
      [
        "仙霞",
        1.1,
        "1、承接市政府“为民办实事”项目。得0.5分\n2、学习强国、新华社、上海民政报道社会救助工作经验做法，部分篇幅。得0.6分",
      ],
    ]);
    const single = "=承接“党建+社会救助”区级试点工作";
    put(fake.book, "输入", "F10", [[`'${single}1.6分`]]);
    written(await shell.run());
    const cell = fake.book.requireSheet("附加得分表").cell(10, 2)!;
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(`${single}。得1.6分`);
  });

  test("a cell mixing bare points and described items is refused naming its cell; nothing is written", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    input000(fake);
    await bindByHeader(shell, scheme000());
    put(fake.book, "输入", "F4", [["区级表彰1分；0.5"]]);
    const outcome = await shell.run();
    if (outcome.kind !== "inputErrors") throw new Error(outcome.kind);
    expect(outcome.problems.map((p) => `${p.at!.sheet}!${p.at!.address}`)).toEqual(["输入!F4"]);
    expect(outcome.problems[0]!.message.zh).toContain("第2项“0.5”只有分值、没有内容");
    expect(fake.book.sheets.map((s) => s.name)).toEqual(["输入"]);
  });

  test("claims withdrawn: the 附加得分表 of the earlier run goes with its sheet and name, still in two syncs", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    input000(fake);
    await bindByHeader(shell, scheme000());
    written(await shell.run());
    expect(fake.book.sheets.map((s) => s.name)).toEqual(["输入", "得分表", "附加得分表"]);
    put(
      fake.book,
      "输入",
      "F2:F11",
      Array.from({ length: 10 }, () => [""]),
    );
    fake.resetCounts();
    const again = written(await shell.run());
    expect(fake.syncs).toHaveLength(2);
    expect(again.bonusTable).toBeUndefined();
    expect(fake.book.sheets.map((s) => s.name)).toEqual(["输入", "得分表"]);
    expect(fake.book.names.has("jixiao_bonus_table")).toBe(false);
    // Claims again: a new 附加得分表, not a refusal over a record of the one removed.
    put(fake.book, "输入", "F2", [[5]]);
    expect(written(await shell.run()).bonusTable?.sheet).toBe("附加得分表");
    expect(fake.book.sheets.map((s) => s.name)).toEqual(["输入", "得分表", "附加得分表"]);
    expect(shown(fake.book, "附加得分表", "A3:B3")).toEqual([["新泾", 5]]);
  });

  test("claims withdrawn but the 附加得分表 edited by hand: it stays as the clerk left it", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    input000(fake);
    await bindByHeader(shell, scheme000());
    written(await shell.run());
    put(fake.book, "附加得分表", "C3", [["已核实"]]);
    put(
      fake.book,
      "输入",
      "F2:F11",
      Array.from({ length: 10 }, () => [""]),
    );
    written(await shell.run());
    expect(fake.book.sheets.map((s) => s.name)).toEqual(["输入", "得分表", "附加得分表"]);
    expect(shown(fake.book, "附加得分表", "C3:C3")).toEqual([["已核实"]]);
  });
});
