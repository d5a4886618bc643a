/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { renderPane } from "./pane";

describe("step 1 方案", () => {
  test("pick a scheme: its tree shows every node with its points and each leaf's criterion", async () => {
    await renderPane();
    expect(await screen.findByRole("tab", { name: "1 方案" })).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "内置方案" }), { target: { value: "hongqiao-2023-cd" } });
    expect(await screen.findByText("当前方案：虹桥镇 2023 年各类救助项目绩效评价（C 产出、D 效益）")).toBeTruthy();
    expect(screen.getByText("C 产出")).toBeTruthy();
    expect(screen.getAllByText("（30分）").length).toBeGreaterThan(0);
    expect(screen.getByText("C11 低保补助计划发放率")).toBeTruthy();
    expect(screen.getAllByText("低保补助计划发放率100%，得满分；每偏离1%，扣权重1%，60%以下不计分。")).toHaveLength(1);
  });

  test("a scheme file with mistakes lists every problem with its path, and no scheme is taken", async () => {
    await renderPane();
    const bad = JSON.stringify({
      id: "bad",
      title: "有错的方案",
      blocks: [{ name: "工作保障", points: 6, children: [{ name: "甲", points: 4, rule: { kind: "manual" } }] }],
    });
    const input = screen.getByLabelText("打开方案文件（JSON）");
    fireEvent.change(input, { target: { files: [new File([bad], "bad.json", { type: "application/json" })] } });
    expect(await screen.findByText("方案文件有以下问题：")).toBeTruthy();
    expect(screen.getByText(/blocks\[0\]（1 工作保障）：下级指标分值合计 4，与本级分值 6 不符/)).toBeTruthy();
    expect(screen.getByText("尚未选择方案")).toBeTruthy();
  });

  test("a good scheme file is taken", async () => {
    await renderPane();
    const good = JSON.stringify({
      id: "mini",
      title: "小方案",
      blocks: [{ name: "甲", points: 5, rule: { kind: "manual" } }],
    });
    fireEvent.change(screen.getByLabelText("打开方案文件（JSON）"), {
      target: { files: [new File([good], "mini.json")] },
    });
    await waitFor(() => expect(screen.getByText("当前方案：小方案")).toBeTruthy());
    expect(screen.getByText("1 甲")).toBeTruthy();
  });

  test("in English when Office's display language is English", async () => {
    await renderPane({ language: "en-US" });
    expect(await screen.findByRole("tab", { name: "1 Scheme" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "4 Results" })).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "Built-in schemes" }), { target: { value: "cn-000" } });
    expect(await screen.findByText("Scheme: 2021 年度各街镇社会救助工作绩效评价")).toBeTruthy();
    expect(screen.getAllByText("（7 pts）")).toHaveLength(1);
    expect(screen.getByText("（up to 5 pts）")).toBeTruthy();
    // The scheme's own words stay Chinese in an English pane: a screen reader must read them as Chinese.
    expect(screen.getByText("2 基础评价").getAttribute("lang")).toBe("zh-CN");
    expect(screen.getByText("（up to 5 pts）").closest("[lang]")).toBeNull();
  });
});
