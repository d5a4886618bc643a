/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { loadScheme, showScheme } from "../../src/engine";
import { SETTINGS_KEY } from "../../src/excel/registry";
import { shown } from "../../tools/fake-excel/cells";
import { FakeExcel } from "../../tools/fake-excel";
import { CLERK_SCHEME_TITLE, INFO, NODES, ROWS, clearRows, typeClerkScheme, typeRow } from "../fixtures/clerkScheme";
import { scheme000 } from "../fixtures/doc000";
import { renderPane } from "./pane";
// Loaded on demand in the pane: compiled with the test file rather than inside the first test that reads.
import "../../src/taskpane/components/SchemeSheetsRead";
import "../../src/excel/schemeSheets";

const click = (name: string) => fireEvent.click(screen.getByRole("button", { name }));

function bindings(fake: FakeExcel): Record<string, string> {
  return (fake.book.settings[SETTINGS_KEY] as { bindings: Record<string, string> }).bindings;
}

/** The pane over a workbook in which 新建方案 wrote the sheets and the clerk typed the small scheme. */
async function authored() {
  const pane = await renderPane();
  click("新建方案");
  expect(
    await screen.findByText("已新建工作表“指标体系”、“档次与要素”、“方案信息”：填写后点击“从工作表读取方案”"),
  ).toBeTruthy();
  typeClerkScheme(pane.fake.book);
  return pane;
}

describe("方案 from the 指标体系 sheets", () => {
  test("新建方案, type a scheme, 从工作表读取方案: it becomes the current scheme, stored with the workbook", async () => {
    const { fake } = await authored();
    expect(shown(fake.book, NODES, "A1:C1")).toEqual([["编号", "层级", "名称"]]);
    click("从工作表读取方案");
    const done = await screen.findByText(`已读取方案并保存在工作簿中：${CLERK_SCHEME_TITLE}`);
    expect(done.closest("[role=status]")).not.toBeNull();
    expect(screen.getByText(`当前方案：${CLERK_SCHEME_TITLE}`)).toBeTruthy();
    expect(screen.getByText("1.2 规范审核确认工作")).toBeTruthy();
    expect((fake.book.settings[SETTINGS_KEY] as { scheme: { id: string } }).scheme.id).toBe("mini-2024");
  });

  test("a broken 分值 is listed at its cell; a click selects it; nothing is taken", async () => {
    const { fake } = await authored();
    typeRow(fake.book, NODES, 2, { 分值: 5 });
    click("从工作表读取方案");
    // The block's 分值 no longer matches its children's, nor the blocks' the 满分.
    expect(await screen.findByText("工作表中的方案有 2 处问题，未读取（点击单元格即选中）：")).toBeTruthy();
    expect(screen.getByText(/1 工作保障：下级指标分值合计 4，与本级分值 5 不符/)).toBeTruthy();
    expect(screen.getByText(/一级指标分值合计 8，与总分 7 不符/)).toBeTruthy();
    fireEvent.click(screen.getByText("指标体系!D2"));
    await waitFor(() =>
      expect(fake.book.selection).toEqual({ sheet: NODES, area: { row: 1, col: 3, rows: 1, cols: 1 } }),
    );
    expect(screen.getByText("尚未选择方案")).toBeTruthy();
    expect(fake.book.settings[SETTINGS_KEY]).toBeUndefined();
  });

  test("read again after edits: the changes are listed, and the affected binding is kept when the clerk says so", async () => {
    const { fake, shell } = await authored();
    click("从工作表读取方案");
    await screen.findByText(`已读取方案并保存在工作簿中：${CLERK_SCHEME_TITLE}`);
    const loaded = loadScheme((fake.book.settings[SETTINGS_KEY] as { scheme: unknown }).scheme);
    if (!loaded.ok) throw new Error("stored scheme does not load");
    const generated = await shell.generateInputSheet(loaded.scheme, ["甲", "乙"]);
    if (!generated.ok) throw new Error(generated.message.zh);
    const name = bindings(fake)["1.2"];

    // Each 违反流程 now costs 1 point, and 2.1 is renamed.
    typeRow(fake.book, ROWS, 2, { 每例分值: 1 });
    typeRow(fake.book, NODES, 6, { 名称: "档案管理规范" });
    click("从工作表读取方案");
    const changes = await screen.findByText("与工作簿中原有的方案相比：");
    const list = within(changes.closest("[role=group], .fui-MessageBar") as HTMLElement);
    expect(list.getByText("1.2 规范审核确认工作：评分规则已修改")).toBeTruthy();
    expect(list.getByText("2.1 档案管理：名称“档案管理”→“档案管理规范”")).toBeTruthy();
    expect(screen.getByText("以下 1 个绑定属于已修改、改了编号或已删除的指标，是否保留？")).toBeTruthy();
    expect(screen.getByText(/^1\.2 规范审核确认工作（违反流程，例）：.*!C4:C5$/)).toBeTruthy();
    // Nothing stored before the clerk answers: the pane still shows the scheme as it was read first.
    expect(screen.queryByText(/已读取方案并保存在工作簿中/)).toBeNull();

    click("保留这些绑定");
    expect(await screen.findByText("已保留 1 个绑定")).toBeTruthy();
    expect(screen.getByText(`已读取方案并保存在工作簿中：${CLERK_SCHEME_TITLE}`)).toBeTruthy();
    expect(bindings(fake)["1.2"]).toBe(name);
    expect(screen.getByText("2.1 档案管理规范")).toBeTruthy();

    // Changed back and read again: asked again, about this read's bindings.
    typeRow(fake.book, ROWS, 2, { 每例分值: 0.5 });
    click("从工作表读取方案");
    expect(await screen.findByRole("button", { name: "保留这些绑定" })).toBeTruthy();
    expect(screen.queryByText("已保留 1 个绑定")).toBeNull();
  });

  test("…and removed when the clerk does not keep it", async () => {
    const { fake, shell } = await authored();
    click("从工作表读取方案");
    await screen.findByText(`已读取方案并保存在工作簿中：${CLERK_SCHEME_TITLE}`);
    const loaded = loadScheme((fake.book.settings[SETTINGS_KEY] as { scheme: unknown }).scheme);
    if (!loaded.ok) throw new Error("stored scheme does not load");
    expect((await shell.generateInputSheet(loaded.scheme, ["甲", "乙"])).ok).toBe(true);

    // 2.1 deleted: 成效评价 is judged as a whole.
    clearRows(fake.book, NODES, 5, 6);
    clearRows(fake.book, ROWS, 3, 3);
    typeRow(fake.book, NODES, 5, { 编号: "2", 层级: 1, 名称: "成效评价", 分值: 3, 规则: "视情给分" });
    click("从工作表读取方案");
    expect(await screen.findByText("删除 2.1 档案管理")).toBeTruthy();
    expect(screen.getByText(/^2\.1 档案管理（档案不全，例）：.*!D4:D5（方案中已无此项，将移除）$/)).toBeTruthy();
    // Nothing of it can be kept: only removing is offered.
    expect(screen.queryByRole("button", { name: "保留这些绑定" })).toBeNull();
    click("移除这些绑定");
    expect(await screen.findByText("已移除 1 个绑定")).toBeTruthy();
    expect(bindings(fake)["2.1"]).toBeUndefined();
    expect(Object.keys(bindings(fake)).sort()).toEqual(["1.1", "1.2", "@units"]);
  });

  test("the sheets are never written over: 新建方案 again is refused, naming them", async () => {
    const { fake } = await authored();
    const before = shown(fake.book, NODES, "A1:D6");
    click("新建方案");
    expect(await screen.findByText(/工作簿中已有工作表“指标体系”、“档次与要素”、“方案信息”且不是空的/)).toBeTruthy();
    expect(shown(fake.book, NODES, "A1:D6")).toEqual(before);
  });

  test("新建方案 from a built-in scheme copies it; read back unchanged, it is that scheme", async () => {
    const { fake } = await renderPane();
    fireEvent.change(screen.getByRole("combobox", { name: "底稿" }), { target: { value: "cn-000" } });
    click("新建方案");
    await screen.findByText(/已新建工作表/);
    expect(shown(fake.book, INFO, "A2:C2")).toEqual([["方案编号", "", "cn-000"]]);
    click("从工作表读取方案");
    expect(await screen.findByText("已读取方案并保存在工作簿中：2021 年度各街镇社会救助工作绩效评价")).toBeTruthy();
    // Edited under the built-in's id, it is refused at the id's cell.
    typeRow(fake.book, NODES, 2, { 名称: "年度重点工作" });
    click("从工作表读取方案");
    expect(await screen.findByText(/方案编号 cn-000 是内置方案的编号，但内容与内置方案不同/)).toBeTruthy();
    expect(screen.getByText("方案信息!C2")).toBeTruthy();
  });

  test("保存为方案文件 downloads the scheme as canonical JSON", async () => {
    await renderPane();
    const saved: { blob?: Blob; file?: string } = {};
    const create = jest.fn((blob: Blob) => {
      saved.blob = blob;
      return "blob:scheme";
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
    const clickLink = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.file = this.download;
    });
    try {
      expect(screen.getByRole("button", { name: "保存为方案文件" }).getAttribute("aria-disabled")).toBe("true");
      fireEvent.change(screen.getByRole("combobox", { name: "内置方案" }), { target: { value: "cn-000" } });
      await screen.findByText("当前方案：2021 年度各街镇社会救助工作绩效评价");
      click("保存为方案文件");
      expect(await screen.findByText("已保存为 cn-000.json（在浏览器的下载位置）")).toBeTruthy();
      expect(saved.file).toBe("cn-000.json");
      const text = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsText(saved.blob!);
      });
      expect(text).toBe(showScheme(scheme000()));
    } finally {
      clickLink.mockRestore();
    }
  });
});
