/**
 * @jest-environment jsdom
 */
/**
 * 对比 in the pane on the fake host, two 得分表 scored under different schemes: [000]'s 2021 table (its own scheme) and
 * a 2023 table under changning-2023 (test/fixtures/year2023.ts). Each sheet's scheme is recognised, the blocks are
 * paired by name and by hand, the 对比表 is written with 得分率, and the 通报 says the schemes differ.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { SchemeInput } from "../../src/engine";
import changning2023 from "../../src/schemes/changning-2023.json";
import { shown } from "../../tools/fake-excel/cells";
import { twoSchemes } from "../fixtures/book000";
import { scheme000 } from "../fixtures/doc000";
import { openTab, renderPane } from "./pane";

function pick(name: string, value: string) {
  fireEvent.change(screen.getByRole("combobox", { name }), { target: { value } });
}

const schemes = [scheme000().input as SchemeInput, changning2023 as SchemeInput];

describe("对比 of two years whose schemes differ", () => {
  test("each sheet's scheme recognised by its title; blocks paired by name, then 基础评价 by hand", async () => {
    const fake = twoSchemes();
    await renderPane({ fake, schemes });
    // No scheme chosen in step 1: each sheet's is recognised among the built-in ones.
    await openTab("对比");
    pick("前表", "2021得分表");
    pick("后表", "2023得分表");
    fireEvent.click(screen.getByRole("button", { name: "对比" }));
    const pairs = await screen.findByRole("table", { name: "一级指标对应（两表方案不同）" });
    expect(screen.getByText("前表方案：2021 年度各街镇社会救助工作绩效评价（按表题识别）")).toBeTruthy();
    expect(screen.getByText("后表方案：2023年长宁区社会救助绩效评价指标和评价标准（按表题识别）")).toBeTruthy();
    const row = (name: string) =>
      within(pairs)
        .getAllByRole("row")
        .find((r) => within(r).queryAllByText(name).length > 0)!;
    expect(within(row("年度重点工作任务")).getByText("得分率（满分7→25分）")).toBeTruthy();
    expect(within(row("成效评价")).getByText("得分率（满分15→10分）")).toBeTruthy();
    expect(screen.getByText("仅前表有的指标：基础评价、专项评价、附加评价")).toBeTruthy();
    expect(
      screen.getByText("仅后表有的指标：工作保障与管理、困难群众基本生活保障、专项救助、加分项、扣分项"),
    ).toBeTruthy();
    expect(
      screen.getByText("总分构成不同（前表 100+5 分，后表 100+5−5 分）：总分按原值对比，请结合排名变化判断"),
    ).toBeTruthy();
    // The ten 街镇 are matched by name as before.
    const matches = screen.getByRole("table", { name: "单位对应（如有误可更正）" });
    expect(within(matches).getByText("仙霞是仙霞新村街道的简称")).toBeTruthy();

    // 基础评价 is 工作保障与管理 by another name: paired by hand.
    pick("仅前表有的指标", "基础评价");
    pick("对应到后表指标", "工作保障与管理");
    fireEvent.click(screen.getByRole("button", { name: "设为对应" }));
    expect(await screen.findByText("已人工指定 1 处指标对应")).toBeTruthy();
    expect(within(row("工作保障与管理")).getByText("基础评价")).toBeTruthy();
    expect(within(row("工作保障与管理")).getByText("得分率（满分30→25分）")).toBeTruthy();
    expect(screen.getByText("仅前表有的指标：专项评价、附加评价")).toBeTruthy();
  });

  test("the 对比表 with 得分率 beside the scores, its chart, and the 通报 saying the schemes differ", async () => {
    const fake = twoSchemes();
    await renderPane({ fake, schemes });
    await openTab("对比");
    pick("前表", "2021得分表");
    pick("后表", "2023得分表");
    fireEvent.click(screen.getByRole("button", { name: "对比" }));
    await screen.findByRole("table", { name: "一级指标对应（两表方案不同）" });
    fireEvent.click(screen.getByRole("button", { name: "写入对比表" }));
    expect(await screen.findByText(/^对比表已写入 对比表!A1:.*，附总分对比图$/)).toBeTruthy();
    expect(shown(fake.book, "对比表", "D3:H3")).toEqual([
      ["2021年", "2023年", "2021年得分率", "2023年得分率", "得分率变化"],
    ]);
    // 新泾镇, second by 2023 总分: 6.70 of 7 is 95.71%.
    expect(shown(fake.book, "对比表", "A5:H5")).toEqual([
      ["新泾镇", "新泾", "新泾镇去掉“镇”后相同", 6.7, 25, 0.9571, 1, 0.0429],
    ]);
    expect(fake.book.requireSheet("对比表").charts[0]!.title).toBe(
      "2021年 / 2023年 总分（总分构成不同，请结合排名看）",
    );

    await openTab("通报");
    const draft = screen.getByRole("textbox", { name: "通报草稿" }) as HTMLTextAreaElement;
    expect(draft.value).toContain("本年度与2021年采用的评价方案不同");
    expect(draft.value).toContain("与2021年（满分7分）相比，全区平均得分率由90.86%提高到96.4%");
    expect(draft.value).toContain("2021年的基础评价、专项评价和附加评价");
  });

  test("a scheme chosen for a side: the 2023 sheet read as [000]'s is refused by name", async () => {
    const fake = twoSchemes();
    await renderPane({ fake, schemes });
    await openTab("对比");
    pick("前表", "2021得分表");
    pick("后表", "2023得分表");
    pick("后表方案", "cn-000");
    fireEvent.click(screen.getByRole("button", { name: "对比" }));
    expect(await screen.findByText(/工作表“2023得分表”不能作为得分表读取：.*表头缺少以下列/)).toBeTruthy();
    pick("后表方案", "changning-2023");
    fireEvent.click(screen.getByRole("button", { name: "对比" }));
    await waitFor(() =>
      expect(screen.getByText("后表方案：2023年长宁区社会救助绩效评价指标和评价标准（已选定）")).toBeTruthy(),
    );
  });
});
