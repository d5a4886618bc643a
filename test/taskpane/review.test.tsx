/**
 * @jest-environment jsdom
 */
/**
 * The evaluator's and supervisor's screens over the real shell and the fake host, in both languages: 复核 lists and
 * marks [004]'s differing scores, 结果 writes a 工作底稿, 对比 shows and corrects the matches of two years of [000]
 * and writes the 对比表 with its chart, 通报 drafts the paragraph and copies it.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import { inputColumns, loadScheme, Scheme, UnitInput } from "../../src/engine";
import { createExcelShell } from "../../src/excel";
import { HIGHLIGHT_FILL } from "../../src/excel/audit";
import { builtinScheme } from "../../src/schemes";
import { put, shown } from "../../tools/fake-excel/cells";
import { FakeExcel } from "../../tools/fake-excel";
import { input000, twoYears } from "../fixtures/book000";
import { scheme000, TABLE_000 } from "../fixtures/doc000";
import { HONGQIAO_MONTHS } from "../fixtures/hongqiaoMonths";
import { openTab, renderPane } from "./pane";

function pick(name: string, value: string) {
  fireEvent.change(screen.getByRole("combobox", { name }), { target: { value } });
}

async function bindByHeader(fake: FakeExcel, scheme: Scheme) {
  const shell = createExcelShell(fake.host);
  const proposal = await shell.proposeBinding(scheme);
  if (!proposal.ok) throw new Error(proposal.message.zh);
  await shell.confirmBinding(scheme, proposal.value);
}

/** [004]'s 虹桥镇 with its figures and its published scores ("<id>得分"), bound by its header row. */
async function hongqiao(): Promise<FakeExcel> {
  const loaded = loadScheme(builtinScheme("hongqiao-2023"));
  if (!loaded.ok) throw new Error("scheme");
  const scheme = loaded.scheme;
  const unit = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "hongqiao-2023.input.json"), "utf8"))
    .units[0] as UnitInput & { reported: Record<string, number> };
  const columns = inputColumns(scheme);
  const cell = (id: string, slot: string): unknown => {
    // C31–C34: the 12 months [004]'s stated 100% stands for (a sheet takes the months).
    const raw = HONGQIAO_MONTHS[id] ?? unit.values[id];
    if (slot === "") return raw;
    const slots = scheme.nodes.get(id)!.rule!.compiled.slots.map((s) => s.key);
    if (Array.isArray(raw)) return raw[slots.indexOf(slot)];
    if (typeof raw === "object" && raw !== null) return (raw as Record<string, unknown>)[slot];
    // A checklist given as a count of failed items (0): 是 for every item.
    return slots.indexOf(slot) < Number(raw) ? "否" : "是";
  };
  const ids = Object.keys(unit.reported);
  const fake = new FakeExcel();
  put(fake.book, "复核", "A1", [
    ["单位", ...columns.map((c) => c.key), ...ids.map((id) => `${id}得分`)],
    [unit.name, ...columns.map((c) => cell(c.id, c.slot)), ...ids.map((id) => unit.reported[id])],
  ]);
  fake.book.selection = { sheet: "复核", area: { row: 0, col: 0, rows: 1, cols: 1 + columns.length + ids.length } };
  await bindByHeader(fake, scheme);
  return fake;
}

const marks = (fake: FakeExcel) =>
  [...fake.book.requireSheet("复核").cells.values()].filter((c) => c.fill === HIGHLIGHT_FILL).length;

describe("复核", () => {
  test("the differing scores are listed with rule, computation and cell, marked, selected on a click, unmarked", async () => {
    const fake = await hongqiao();
    await renderPane({ fake });
    await openTab("复核");
    expect(screen.getByRole("table", { name: "报送得分列" })).toBeTruthy();
    expect(
      within(screen.getByRole("table", { name: "报送得分列" })).getByText("D14 各类社会救助政策及政策变更知晓率"),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "复核报送得分" }));
    expect(
      await screen.findByText("共 1 个单位，核对 28 个报送得分，其中 3 个与规则计算结果不一致（已在表中标出）："),
    ).toBeTruthy();
    // D12's “良好” is no level the document defines: listed as 待定 with its question, not as a difference.
    expect(screen.getByText(/^待定（文件未定义的答案/)).toBeTruthy();
    expect(
      screen.getByText("虹桥镇 · D12 上级考核情况：2，“良好”：文件未定义此档次，请选择按“较好”或“一般”计分", {
        exact: false,
      }),
    ).toBeTruthy();
    // A short list (unit · indicator · reported → the rule's result); opening one shows the rule and the computation
    // and selects the cell in the sheet.
    const items = within(screen.getByRole("list", { name: "复核" })).getAllByRole("listitem");
    const headers = items.map((item) => within(item).getAllByRole("button")[0]!);
    expect(headers.map((h) => h.textContent!.split(" · ")[1]!.split(" ")[0])).toEqual(["A22", "D14", "D15"]);
    expect(headers[1]!.textContent).toBe("虹桥镇 · D14 各类社会救助政策及政策变更知晓率 · 报送 2.1 → 按规则 1.20");
    expect(marks(fake)).toBe(3);
    fireEvent.click(headers[1]!);
    expect(await within(items[1]!).findByText(/达到95%得满分，每降低1%扣权重分的5%/)).toBeTruthy();
    expect(within(items[1]!).getByText(/得30%权重分/)).toBeTruthy();
    await waitFor(() => expect(fake.book.selection?.area.rows).toBe(1));
    expect(fake.book.selection!.area.row).toBe(1);

    // The full table goes on a sheet of its own.
    fireEvent.click(screen.getByRole("button", { name: "写入复核表" }));
    expect(await screen.findByText("复核表已写入 复核表!A1:G5")).toBeTruthy();
    expect(shown(fake.book, "复核表", "A2:G2")).toEqual([
      ["单位", "指标", "报送", "按规则", "规则", "计算过程", "单元格"],
    ]);
    const d14 = shown(fake.book, "复核表", "A4:G4")[0]!;
    expect(d14.slice(0, 4)).toEqual(["虹桥镇", "D14 各类社会救助政策及政策变更知晓率", "2.1", "1.20"]);
    expect(d14[4]).toContain("每降低1%扣权重分的5%");
    expect(d14[5]).toContain("得30%权重分");
    expect(d14[6]).toMatch(/^复核!/);
    fireEvent.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText("已清除 3 处标记")).toBeTruthy();
    expect(marks(fake)).toBe(0);
  });

  test("a reported 总分 that cannot be checked names what is missing by indicator", async () => {
    const fake = new FakeExcel();
    put(fake.book, "输入", "A1", [
      ["所属街镇", "年度重点工作任务", "基础评价", "专项评价", "成效评价", "附加评价", "上报"],
      ...TABLE_000.map((row, i) => [
        ...row.slice(0, 1),
        i === 2 ? null : row[1],
        ...row.slice(2),
        i === 2 ? 102.04 : null,
      ]),
    ]);
    fake.book.selection = { sheet: "输入", area: { row: 0, col: 0, rows: 1, cols: 6 } };
    await bindByHeader(fake, scheme000());
    await renderPane({ fake });
    await openTab("复核");
    fake.book.selection = { sheet: "输入", area: { row: 1, col: 6, rows: 10, cols: 1 } };
    pick("指标", "total");
    fireEvent.click(screen.getByRole("button", { name: "绑定报送得分" }));
    await screen.findByText("已绑定报送得分：总分");
    fireEvent.click(screen.getByRole("button", { name: "复核报送得分" }));
    expect(await screen.findByText("因录入值未填写或待定而无法复核的报送得分：")).toBeTruthy();
    expect(screen.getByText("华阳 · total 总分：102.04，未填写 1 年度重点工作任务", { exact: false })).toBeTruthy();
  });

  test("a unit typed under the bound range blocks the audit by name; the offered extension takes it in", async () => {
    const fake = new FakeExcel();
    put(fake.book, "输入", "A1", [
      ["所属街镇", "年度重点工作任务", "基础评价", "专项评价", "成效评价", "附加评价", "上报"],
      ...TABLE_000.map((row, i) => [
        ...row,
        i === 9 ? 88.4 : [103.05, 102.78, 102.04, 101.58, 101.1, 97.08, 96.37, 95.51, 89.6][i],
      ]),
    ]);
    fake.book.selection = { sheet: "输入", area: { row: 0, col: 0, rows: 1, cols: 6 } };
    await bindByHeader(fake, scheme000());
    await renderPane({ fake });
    await openTab("复核");
    fake.book.selection = { sheet: "输入", area: { row: 1, col: 6, rows: 10, cols: 1 } };
    pick("指标", "total");
    fireEvent.click(screen.getByRole("button", { name: "绑定报送得分" }));
    await screen.findByText("已绑定报送得分：总分");
    // 天山's figures from [000] 附件1 again, under another name, below the binding: its 总分 101.58 as reported.
    put(fake.book, "输入", "A12", [["天山二", ...TABLE_000[3]!.slice(1), 101.58]]);
    fireEvent.click(screen.getByRole("button", { name: "复核报送得分" }));
    expect(await screen.findByText(/天山二 在绑定范围之外/)).toBeTruthy();
    expect(fake.book.requireSheet("输入").cell(10, 6)?.fill).toBeUndefined();
    fireEvent.click(screen.getByRole("button", { name: "扩展绑定到 输入!A2:A12 并重新复核" }));
    expect(
      await screen.findByText("共 11 个单位，核对 11 个报送得分，其中 1 个与规则计算结果不一致（已在表中标出）："),
    ).toBeTruthy();
    // 仙霞's 88.4 (its rule gives 88.04) is the one marked; 天山二's 101.58 agrees.
    expect(fake.book.requireSheet("输入").cell(10, 6)!.fill).toBe(HIGHLIGHT_FILL);
    expect(fake.book.requireSheet("输入").cell(11, 6)?.fill).toBeUndefined();
  });

  test("in English; and a column bound by hand as the reported 总分", async () => {
    const fake = new FakeExcel();
    put(fake.book, "输入", "A1", [
      ["所属街镇", "年度重点工作任务", "基础评价", "专项评价", "成效评价", "附加评价", "上报"],
      ...TABLE_000.map((row, i) => [
        ...row,
        i === 9 ? 88.4 : [103.05, 102.78, 102.04, 101.58, 101.1, 97.08, 96.37, 95.51, 89.6][i],
      ]),
    ]);
    fake.book.selection = { sheet: "输入", area: { row: 0, col: 0, rows: 1, cols: 6 } };
    await bindByHeader(fake, scheme000());
    await renderPane({ fake, language: "en-US" });
    await openTab("Audit");
    expect(screen.getByText("No reported score columns bound yet")).toBeTruthy();
    fake.book.selection = { sheet: "输入", area: { row: 1, col: 6, rows: 10, cols: 1 } };
    pick("Indicator", "total");
    fireEvent.click(screen.getByRole("button", { name: "Bind reported scores" }));
    expect(await screen.findByText("Reported scores bound: Total")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Audit the reported scores" }));
    expect(
      await screen.findByText("10 units, 10 reported scores checked: 1 differ from their rules (marked in the sheet):"),
    ).toBeTruthy();
    const item = within(screen.getByRole("list", { name: "Audit" })).getAllByRole("listitem")[0]!;
    expect(within(item).getAllByRole("button")[0]!.textContent).toBe("仙霞 · 总分 · reported 88.4 → by the rule 88.04");
    expect(fake.book.requireSheet("输入").cell(10, 6)!.fill).toBe(HIGHLIGHT_FILL);
  });
});

describe("结果: the 工作底稿", () => {
  test("the selected unit's 工作底稿 goes to a sheet of its own", async () => {
    const fake = new FakeExcel();
    input000(fake);
    await bindByHeader(fake, scheme000());
    await renderPane({ fake });
    await openTab("3 计算");
    fireEvent.click(screen.getByRole("button", { name: "计算并写入得分表" }));
    expect(await screen.findByText("附加得分表已写入 附加得分表!A1:C12")).toBeTruthy();
    await openTab("4 结果");
    fireEvent.click(screen.getByRole("button", { name: "江苏" }));
    fireEvent.click(screen.getByRole("button", { name: "写入工作底稿" }));
    expect(await screen.findByText(/工作底稿已写入 江苏工作底稿!A1:/)).toBeTruthy();
    expect(shown(fake.book, "江苏工作底稿", "A2")).toEqual([["所属街镇：江苏"]]);
  });
});

describe("对比 and 通报", () => {
  test("matches with how each was made, a wrong one corrected, the 对比表 and its chart, then the draft copied", async () => {
    const fake = twoYears();
    await renderPane({ fake });
    pick("内置方案", "cn-000");
    await openTab("对比");
    pick("前表", "2020得分表");
    pick("后表", "2021得分表");
    fireEvent.click(screen.getByRole("button", { name: "对比" }));
    const matches = await screen.findByRole("table", { name: "单位对应（如有误可更正）" });
    expect(within(matches).getByText("江苏路街道去掉“路街道”后相同")).toBeTruthy();
    expect(within(matches).getByText("周桥是周家桥街道的简称")).toBeTruthy();
    expect(within(matches).getByText("去掉空格、全角字符转半角后相同")).toBeTruthy();
    expect(screen.getByText("仅在前表：仙霞")).toBeTruthy();
    expect(screen.getByText("仅在后表：程桥")).toBeTruthy();
    expect(screen.getByText("进步较大：江苏路街道（+2.00）、天山（+1.50）、周家桥街道（+1.00）")).toBeTruthy();

    // Say 周桥 is not 周家桥街道, then match them again by hand.
    fireEvent.click(screen.getByRole("button", { name: "不对应 周家桥街道" }));
    expect(await screen.findByText("已人工指定 1 处对应")).toBeTruthy();
    expect(screen.getByText("仅在前表：周桥、仙霞")).toBeTruthy();
    pick("仅在前表", "周桥");
    pick("对应到后表的", "周家桥街道");
    fireEvent.click(screen.getByRole("button", { name: "设为对应" }));
    // The pair replaces "周桥 has no counterpart": one override in all.
    await waitFor(() =>
      expect(
        within(screen.getByRole("table", { name: "单位对应（如有误可更正）" })).getByText("人工指定"),
      ).toBeTruthy(),
    );
    expect(screen.getByText("已人工指定 1 处对应")).toBeTruthy();
    expect(screen.getByText("仅在前表：仙霞")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "写入对比表" }));
    expect(await screen.findByText(/^对比表已写入 对比表!A1:.*，附总分对比图$/)).toBeTruthy();
    expect(fake.book.requireSheet("对比表").charts.map((c) => c.type)).toEqual(["ColumnClustered"]);

    // The two sides are named by the years in the sheets' names.
    expect((screen.getByRole("textbox", { name: /前表称为/ }) as HTMLInputElement).value).toBe("2020年");
    expect((screen.getByRole("textbox", { name: "后表称为" }) as HTMLInputElement).value).toBe("2021年");

    await openTab("通报");
    expect(screen.getByText("根据“2021得分表”的得分起草")).toBeTruthy();
    expect(screen.getByText("含与“2020年”相比“2021年”进步较大的单位")).toBeTruthy();
    const draft = screen.getByRole("textbox", { name: "通报草稿" }) as HTMLTextAreaElement;
    expect(draft.value).toContain(
      "在总体评价中，江苏路街道、天山和周家桥街道与2020年相比进步较大（按总分提高幅度，分别提高2.00、1.50、1.00分）",
    );
    const writeText = jest.fn(() => Promise.resolve());
    Object.assign(navigator, { clipboard: { writeText } });
    fireEvent.click(screen.getByRole("button", { name: "复制" }));
    expect(await screen.findByText("已复制到剪贴板")).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(draft.value);
  });

  test("进步较大 by the rise of 排名, and a side renamed by the evaluator: the 对比表 and the draft follow", async () => {
    const fake = twoYears();
    await renderPane({ fake });
    pick("内置方案", "cn-000");
    await openTab("对比");
    pick("前表", "2020得分表");
    pick("后表", "2021得分表");
    fireEvent.click(screen.getByRole("radio", { name: "按排名上升位次" }));
    fireEvent.click(screen.getByRole("button", { name: "对比" }));
    // 江苏 4th → 2nd, 天山 5th → 4th; 周桥's 总分 rose by 1.00 but 程桥 came in above it.
    expect(await screen.findByText("进步较大：江苏路街道（上升2位）、天山（上升1位）")).toBeTruthy();
    const earlier = screen.getByRole("textbox", { name: /前表称为/ });
    fireEvent.change(earlier, { target: { value: "上年度" } });
    fireEvent.blur(earlier);
    fireEvent.click(screen.getByRole("button", { name: "写入对比表" }));
    expect(await screen.findByText(/^对比表已写入 对比表!A1:.*，附总分对比图$/)).toBeTruthy();
    expect(fake.book.requireSheet("对比表").charts[0]!.series.map((s) => s.name)).toEqual(["上年度总分", "2021年总分"]);
    // Back to 总分, the name given stays.
    fireEvent.click(screen.getByRole("radio", { name: "按总分提高幅度" }));
    expect(await screen.findByText("进步较大：江苏路街道（+2.00）、天山（+1.50）、周家桥街道（+1.00）")).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "按排名上升位次" }));
    await screen.findByText("进步较大：江苏路街道（上升2位）、天山（上升1位）");
    await openTab("通报");
    const draft = screen.getByRole("textbox", { name: "通报草稿" }) as HTMLTextAreaElement;
    expect(draft.value).toContain(
      "在总体评价中，江苏路街道和天山与上年度相比进步较大（按排名上升位次，分别上升2、1位）",
    );
  });

  test("in English; a sheet that is not a 得分表 is refused by name", async () => {
    const fake = twoYears();
    put(fake.book, "联系人", "A1", [["街镇", "联系人"]]);
    await renderPane({ fake, language: "en-US" });
    pick("Built-in schemes", "cn-000");
    await openTab("Compare");
    pick("Earlier sheet", "联系人");
    pick("Later sheet", "2021得分表");
    fireEvent.click(screen.getByRole("button", { name: "Compare" }));
    expect(await screen.findByText(/the sheet “联系人” cannot be read as a 得分表/)).toBeTruthy();
    pick("Earlier sheet", "2020得分表");
    fireEvent.click(screen.getByRole("button", { name: "Compare" }));
    expect(await screen.findByRole("table", { name: "Unit matches (correct any that is wrong)" })).toBeTruthy();
    expect(screen.getByText("Only in the earlier sheet：仙霞")).toBeTruthy();
    await openTab("Report");
    expect(screen.getByText("Drafted from the scores on “2021得分表”")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Copy" })).toBeTruthy();
  });

  test("the draft of a run, without a comparison; before either, the step says what to do", async () => {
    const empty = await renderPane();
    await openTab("通报");
    expect(screen.getByText("请先在“计算”中完成计算，或在“对比”中对比两张得分表")).toBeTruthy();
    empty.view.unmount();
    const fake = new FakeExcel();
    input000(fake);
    await bindByHeader(fake, scheme000());
    await renderPane({ fake });
    await openTab("3 计算");
    fireEvent.click(screen.getByRole("button", { name: "计算并写入得分表" }));
    await screen.findByText("得分表已写入 得分表!A1:I13");
    await openTab("通报");
    const draft = screen.getByRole("textbox", { name: "通报草稿" }) as HTMLTextAreaElement;
    expect(draft.value).toContain("全区平均得分达到97.72分");
    expect(draft.value).toContain("总体评价排名前三的是新泾、江苏和华阳");
    expect(draft.value).not.toContain("进步较大");
  });
});
