/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { ExcelShell, RunOptions } from "../../src/excel";
import { createExcelShell } from "../../src/excel";
import { put, shown } from "../../tools/fake-excel/cells";
import { FakeExcel } from "../../tools/fake-excel";
import { HEADER_000, ORDER_000, scheme000, TABLE_000 } from "../fixtures/doc000";
import { openTab, renderPane } from "./pane";

function pick(name: string, scheme: string) {
  fireEvent.change(screen.getByRole("combobox", { name }), { target: { value: scheme } });
}

/** A workbook with [000]'s table on a sheet 输入 and its header row selected. */
function workbook000() {
  const fake = new FakeExcel();
  put(fake.book, "输入", "A1", [HEADER_000, ...TABLE_000]);
  fake.book.selection = { sheet: "输入", area: { row: 0, col: 0, rows: 1, cols: 6 } };
  return fake;
}

describe("step 2 录入", () => {
  test("generate an input sheet for the chosen scheme, with the units typed in the pane", async () => {
    const { fake } = await renderPane();
    pick("内置方案", "cn-000");
    await openTab("2 录入");
    fireEvent.change(screen.getByRole("textbox", { name: /单位名称/ }), { target: { value: "新泾\n江苏\n\n华阳" } });
    fireEvent.click(screen.getByRole("button", { name: "生成录入表" }));
    const generated = await screen.findByText(
      "已生成录入表“2021 年度各街镇社会救助工作绩效评价录入表”，绑定了 5 个输入列",
    );
    // In a live region that was there before the message, so a screen reader announces it.
    expect(generated.closest("[role=status]")).not.toBeNull();
    expect(shown(fake.book, "2021 年度各街镇社会救助工作绩效评价录入表", "A4:A6").flat()).toEqual([
      "新泾",
      "江苏",
      "华阳",
    ]);
    // The list of inputs now shows where each is bound.
    await waitFor(() => expect(screen.getByText("'2021 年度各街镇社会救助工作绩效评价录入表'!C4:C6")).toBeTruthy());
  });

  test("automatic binding is shown for confirmation first, and bound only when confirmed", async () => {
    const fake = workbook000();
    await renderPane({ fake });
    pick("内置方案", "cn-000");
    await openTab("2 录入");
    fireEvent.click(screen.getByRole("button", { name: "读取表头" }));
    const proposal = await screen.findByRole("table", { name: "建议的绑定（确认后生效）" });
    expect(within(proposal).getByText("基础评价（输入!C2:C11）")).toBeTruthy();
    expect(within(proposal).getByText("2 基础评价")).toBeTruthy();
    expect(within(proposal).getAllByText("指标名称")).toHaveLength(5);
    expect(fake.book.names.size).toBe(0);
    fireEvent.click(screen.getByRole("button", { name: "确认绑定" }));
    expect(await screen.findByText("已绑定 5 个输入列")).toBeTruthy();
    expect(fake.book.names.size).toBe(6);
  });

  test("bind the selected cells to an input chosen in the list", async () => {
    const fake = workbook000();
    await renderPane({ fake });
    pick("内置方案", "cn-000");
    await openTab("2 录入");
    fake.book.selection = { sheet: "输入", area: { row: 1, col: 2, rows: 10, cols: 1 } };
    fireEvent.click(screen.getByRole("button", { name: "绑定 2 基础评价" }));
    expect(await screen.findByText("已绑定：2 基础评价")).toBeTruthy();
    await waitFor(() => expect(screen.getByText("输入!C2:C11")).toBeTruthy());
    // A selection of two columns is refused with a reason.
    fake.book.selection = { sheet: "输入", area: { row: 1, col: 3, rows: 10, cols: 2 } };
    fireEvent.click(screen.getByRole("button", { name: "绑定 3 专项评价" }));
    expect(await screen.findByText("请选中一列数据单元格（不含表头）再绑定")).toBeTruthy();
  });
});

async function bindAll(fake: FakeExcel) {
  const scheme = scheme000();
  const shell = createExcelShell(fake.host);
  const proposal = await shell.proposeBinding(scheme);
  if (!proposal.ok) throw new Error("proposal");
  await shell.confirmBinding(scheme, proposal.value);
}

describe("step 3 计算", () => {
  test("errors are listed with their cells; clicking one selects the cell; the corrected sheet is written", async () => {
    const fake = workbook000();
    await bindAll(fake);
    put(fake.book, "输入", "C5", [["29.1.3"]]);
    await renderPane({ fake });
    await openTab("3 计算");
    fireEvent.click(screen.getByRole("button", { name: "计算并写入得分表" }));
    expect(await screen.findByText("有 1 处输入需要修正，未写入任何内容：")).toBeTruthy();
    expect(screen.getByText(/天山 · 2 基础评价：“29\.1\.3” 不是分数/)).toBeTruthy();
    fireEvent.click(screen.getByText("输入!C5"));
    await waitFor(() =>
      expect(fake.book.selection).toEqual({ sheet: "输入", area: { row: 4, col: 2, rows: 1, cols: 1 } }),
    );
    expect(fake.book.sheet("得分表")).toBeUndefined();

    put(fake.book, "输入", "C5", [[29.13]]);
    fireEvent.click(screen.getByRole("button", { name: "计算并写入得分表" }));
    expect(await screen.findByText("得分表已写入 得分表!A1:I13")).toBeTruthy();
    expect(screen.getByText("Excel 计算的总分、排名、等第和平均分与评分引擎一致")).toBeTruthy();
  });

  test("85% typed as 成效评价's points is listed at its cell and nothing is written", async () => {
    const fake = workbook000();
    await bindAll(fake);
    put(fake.book, "输入", "E6", [["85%"]]);
    await renderPane({ fake });
    await openTab("3 计算");
    fireEvent.click(screen.getByRole("button", { name: "计算并写入得分表" }));
    expect(await screen.findByText("有 1 处输入需要修正，未写入任何内容：")).toBeTruthy();
    expect(screen.getByText(/北新泾 · 成效评价是分数，单元格是百分数 85%/)).toBeTruthy();
    expect(screen.getByText("输入!E6")).toBeTruthy();
    expect(fake.book.sheet("得分表")).toBeUndefined();
  });

  test("a unit typed under the bound range: named, nothing written; the offered extension binds and scores it", async () => {
    const fake = workbook000();
    await bindAll(fake);
    put(fake.book, "输入", "A13", [["天山二", 6.8, 29.13, 47.25, 14.6, 3.8], ["合计"]]);
    await renderPane({ fake });
    await openTab("3 计算");
    fireEvent.click(screen.getByRole("button", { name: "计算并写入得分表" }));
    expect(await screen.findByText(/天山二 在绑定范围之外/)).toBeTruthy();
    expect(screen.getByText("输入!A13")).toBeTruthy();
    expect(fake.book.sheet("得分表")).toBeUndefined();
    fireEvent.click(screen.getByRole("button", { name: "扩展绑定到 输入!A2:A13 并重新计算" }));
    expect(await screen.findByText("得分表已写入 得分表!A1:I14")).toBeTruthy();
    expect(shown(fake.book, "得分表", "A3:A13").flat()).toContain("天山二");
    // The 合计 row under the table is shown, not scored and not an error.
    expect(screen.getByText("以下 1 行不是单位，未计算：")).toBeTruthy();
    expect(screen.getByText(/“合计”是合计或平均行，不是单位/)).toBeTruthy();
  });

  test("every problem of a run at once: a repeated unit and a 二十九, each by its cell; nothing written", async () => {
    const fake = workbook000();
    await bindAll(fake);
    put(fake.book, "输入", "C3", [["二十九"]]);
    put(fake.book, "输入", "A5", [["新泾"]]);
    await renderPane({ fake });
    await openTab("3 计算");
    fireEvent.click(screen.getByRole("button", { name: "计算并写入得分表" }));
    expect(await screen.findByText("有 2 处输入需要修正，未写入任何内容：")).toBeTruthy();
    expect(screen.getByText(/江苏 · 2 基础评价：“二十九” 不是分数/)).toBeTruthy();
    expect(screen.getByText(/单位名称“新泾”重复/)).toBeTruthy();
    expect(screen.getByText("输入!C3")).toBeTruthy();
    expect(screen.getByText("输入!A5")).toBeTruthy();
    expect(fake.book.sheet("得分表")).toBeUndefined();
  });

  test("an indicator left blank is named by the indicator, not its id, after the run", async () => {
    const fake = workbook000();
    await bindAll(fake);
    put(fake.book, "输入", "B4", [[null]]);
    await renderPane({ fake });
    await openTab("3 计算");
    fireEvent.click(screen.getByRole("button", { name: "计算并写入得分表" }));
    expect(await screen.findByText("以下单位有未填写的指标，总分、排名和等第暂不计算：")).toBeTruthy();
    expect(screen.getByText("华阳 · 1 年度重点工作任务：未填写")).toBeTruthy();
  });

  test("hand edits in the 得分表 are asked about before they are overwritten", async () => {
    const fake = workbook000();
    await bindAll(fake);
    await renderPane({ fake });
    await openTab("3 计算");
    fireEvent.click(screen.getByRole("button", { name: "计算并写入得分表" }));
    await screen.findByText("得分表已写入 得分表!A1:I13");
    put(fake.book, "得分表", "B3", [[7]]);
    fireEvent.click(screen.getByRole("button", { name: "计算并写入得分表" }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByText(/得分表!B3/)).toBeTruthy();
    expect(shown(fake.book, "得分表", "B3")).toEqual([[7]]);
    // Under load, Fluent's focus manager (tabster) can leave the surface aria-hidden for a while in jsdom; the button
    // is there and works, which is what this test is about.
    fireEvent.click(await within(dialog).findByRole("button", { name: "覆盖并写入", hidden: true }));
    await screen.findByText("得分表已写入 得分表!A1:I13");
    expect(shown(fake.book, "得分表", "B3")).toEqual([[6.7]]);
  });

  test("a progress bar with the stage while a run takes long", async () => {
    const fake = workbook000();
    await bindAll(fake);
    const real = createExcelShell(fake.host);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // A shell whose run reports that it is writing, then waits until the test lets it go on.
    const slow: ExcelShell = {
      ...real,
      run: async (options?: RunOptions) => {
        options?.onProgress?.({ stage: "write", fraction: 0.6 });
        await gate;
        return real.run(options);
      },
    };
    await renderPane({ fake, shell: slow });
    await openTab("3 计算");
    fireEvent.click(screen.getByRole("button", { name: "计算并写入得分表" }));
    expect(await screen.findByText("写入得分表…")).toBeTruthy();
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.6");
    await act(async () => release());
    expect(await screen.findByText("得分表已写入 得分表!A1:I13")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("in English: the errors in English, with their cells", async () => {
    const fake = workbook000();
    await bindAll(fake);
    put(fake.book, "输入", "C5", [["29.1.3"]]);
    await renderPane({ fake, language: "en-US" });
    await openTab("3 Score");
    fireEvent.click(screen.getByRole("button", { name: "Score and write the table" }));
    expect(await screen.findByText("1 inputs need correcting; nothing was written:")).toBeTruthy();
    expect(screen.getByText(/天山 · 2: “29\.1\.3” is not a score/)).toBeTruthy();
    expect(screen.getByText("输入!C5")).toBeTruthy();
  });
});

describe("step 4 结果", () => {
  async function scored(language = "zh-CN") {
    const fake = workbook000();
    await bindAll(fake);
    const pane = await renderPane({ fake, language });
    await openTab(pane.strings.steps.run);
    fireEvent.click(screen.getByRole("button", { name: pane.strings.run.start }));
    await screen.findByText(pane.strings.run.written("得分表!A1:I13"));
    await openTab(pane.strings.steps.result);
    return pane;
  }

  test("units in the 得分表's order with total, rank and grade; one unit's scores with their sentences", async () => {
    const { fake } = await scored();
    const table = screen.getByRole("table", { name: "4 结果" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell")[0]!.textContent)).toEqual(ORDER_000);
    expect(
      within(rows[0]!)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["新泾", "103.05", "1", "优秀"]);
    const xinjing = within(rows[0]!).getByRole("button", { name: "新泾" });
    expect(xinjing.getAttribute("aria-current")).toBeNull();
    fireEvent.click(xinjing);
    // The open unit is marked for screen readers, not by styling alone.
    expect(xinjing.getAttribute("aria-current")).toBe("true");
    const details = screen.getByRole("list", { name: "新泾 的指标得分" });
    const first = within(details).getAllByRole("listitem")[0]!;
    expect(first.textContent).toMatch(/^1 年度重点工作任务：6\.70.*6\.7/);
    fireEvent.click(screen.getByRole("button", { name: "写入指标得分表" }));
    expect(await screen.findByText(/指标得分表已写入 新泾指标得分表!A1:F\d+/)).toBeTruthy();
    expect(shown(fake.book, "新泾指标得分表", "A2:B2")).toEqual([["一级指标", "权重"]]);
  });

  test("in English", async () => {
    await scored("en-US");
    const table = screen.getByRole("table", { name: "4 Results" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["Unit", "Total", "Rank", "Grade"]);
    fireEvent.click(screen.getByRole("button", { name: "江苏" }));
    expect(screen.getByRole("list", { name: "Indicator scores of 江苏" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Write the indicator table" })).toBeTruthy();
  });

  test("before any run, the step says to score first", async () => {
    await renderPane();
    await openTab("4 结果");
    expect(screen.getByText("请先在“计算”中完成计算")).toBeTruthy();
  });
});
