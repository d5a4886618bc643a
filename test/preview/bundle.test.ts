/**
 * The built task pane in Debian's Chromium, on the preview page (as test/preview/preview.test.ts serves it):
 *
 * - what its first screen costs: every script of the add-in's build fetched until the 方案 step is usable, gzipped,
 *   is at most 200 KiB (issue 13 §5; office.js and the preview's own scripts are not counted). The steps after 方案
 *   are chunks fetched when their tab is opened, from the pane's own address under its Content-Security-Policy.
 * - what the preview draws (issue 13 §4): 复核 marks a differing reported score with a fill, and the grid shows the
 *   fill; 写入对比表 adds a chart of both years' 总分, and the grid draws it with its series and categories.
 */
import { join } from "path";
import type { FrameLocator, Page } from "playwright-core";
import { buildPreview, PreviewBuild } from "../../scripts/preview/build";
import { Chromium, launchChromium } from "../../scripts/preview/chromium";
import { FIRST_SCREEN_LIMIT, firstScreenUsable, Recording, recordScripts } from "../../scripts/preview/firstScreen";
import { serveFolders, StaticServer } from "../../scripts/preview/server";
import { HIGHLIGHT_FILL } from "../../src/excel/audit";
import { columnLetter } from "../../src/workbook";
import { shown } from "../../tools/fake-excel/cells";
import { twoYears } from "../fixtures/book000";
import { TABLE_000 } from "../fixtures/doc000";

const ROOT = join(__dirname, "..", "..");
const BUILD = join(ROOT, "test-output", "bundle-build");

let build: PreviewBuild;
let server: StaticServer;
let browser: Chromium;

beforeAll(async () => {
  browser = await launchChromium();
  build = await buildPreview(ROOT, BUILD);
  server = await serveFolders([build.addin, build.preview]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The preview page, with the pane's frame, and every script of the add-in's build it fetches, in order. */
async function open(): Promise<{ page: Page; pane: FrameLocator; recording: Recording }> {
  const page = await browser.context.newPage();
  const recording = recordScripts(page, build.addin);
  await page.goto(`${server.origin}/preview.html`);
  return { page, pane: page.frameLocator("#pane"), recording };
}

test("the first screen fetches at most 200 KiB of gzipped JavaScript until 方案 is usable; other steps come on demand", async () => {
  const { page, pane, recording } = await open();
  await firstScreenUsable(pane);
  const first = [...recording.scripts];
  await recording.settled();
  const total = first.reduce((sum, s) => sum + s.gzipBytes, 0);
  console.log(`first screen: ${first.map((s) => `${s.path} ${s.gzipBytes}`).join(", ")}; ${total} bytes gzipped`);
  expect(first.map((s) => s.path)).toContain("/taskpane.js");
  expect(total).toBeLessThanOrEqual(FIRST_SCREEN_LIMIT);

  // Picking a scheme and opening 录入 fetch their chunks, from the pane's address, allowed by its policy.
  await pane.getByRole("combobox", { name: "内置方案" }).selectOption("changning-2021");
  await pane.getByText("当前方案：2021 年度各街镇社会救助工作绩效评价").waitFor();
  await pane.getByRole("tab", { name: "2 录入" }).click();
  await pane.getByRole("button", { name: "生成录入表" }).waitFor();
  const later = recording.scripts.slice(first.length).map((s) => s.path);
  expect(later.some((p) => p.startsWith("/scheme-changning-2021"))).toBe(true);
  expect(later.some((p) => p.startsWith("/step-input"))).toBe(true);
  await page.close();
}, 180_000);

describe("the preview draws what the add-in formats", () => {
  let page: Page;
  let pane: FrameLocator;
  const cell = (address: string) => page.locator(`#workbook td[data-cell="${address}"]`);
  const showSheet = (name: string) => page.locator("#workbook [role=tab]", { hasText: name }).click();

  beforeAll(async () => {
    ({ page, pane } = await open());
    await pane.getByRole("tab", { name: "1 方案" }).waitFor();
    // The workbook a clerk brings: [000]'s table with a 总分 as reported (仙霞's 88.4 is wrong: [000] prints 88.04),
    // and both years' 得分表.
    const reported = [103.05, 102.78, 102.04, 101.58, 101.1, 97.08, 96.37, 95.51, 89.6, 88.4];
    const sheets: [string, string[][]][] = [
      [
        "输入",
        [
          ["所属街镇", "年度重点工作任务", "基础评价", "专项评价", "成效评价", "附加评价", "总分"],
          ...TABLE_000.map((row, i) => [...row, reported[i]].map(String)),
        ],
      ],
      ...(["2020得分表", "2021得分表"] as const).map((name): [string, string[][]] => {
        const years = twoYears().book;
        const used = years.requireSheet(name).used(true)!;
        const last = `${columnLetter(used.col + used.cols - 1)}${used.row + used.rows}`;
        const rows = shown(years, name, `A1:${last}`);
        return [name, rows.map((r) => r.map(String))];
      }),
    ];
    await page.evaluate((sheets) => {
      const preview = window.jixiaoPreview!;
      for (const [name, rows] of sheets) {
        preview.fake.book.addSheet(name);
        preview.type(name, "A1", rows);
      }
      preview.fake.book.activeSheet = "输入";
      preview.fake.book.selection = { sheet: "输入", area: { row: 0, col: 0, rows: 1, cols: 7 } };
      preview.type("输入", "A1", [["所属街镇"]]);
    }, sheets);
    await pane.getByRole("combobox", { name: "内置方案" }).selectOption("changning-2021");
    await pane.getByText("当前方案：2021 年度各街镇社会救助工作绩效评价").waitFor();
  }, 180_000);

  afterAll(async () => {
    await page?.close();
  });

  test("复核's mark on 仙霞's reported 总分 is drawn with its fill; an agreeing score is not", async () => {
    await pane.getByRole("tab", { name: "2 录入" }).click();
    await pane.getByRole("button", { name: "读取表头" }).click();
    await pane.getByRole("button", { name: "确认绑定" }).click();
    await pane.getByText(/^已绑定 \d+ 个输入列/).waitFor();
    await pane.getByRole("tab", { name: "复核" }).click();
    await pane.getByRole("button", { name: "复核报送得分" }).click();
    await pane.getByText("共 10 个单位，核对 10 个报送得分，其中 1 个与规则计算结果不一致（已在表中标出）：").waitFor();
    await showSheet("输入");
    const background = (address: string) => cell(address).evaluate((td) => getComputedStyle(td).backgroundColor);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(HIGHLIGHT_FILL.slice(i, i + 2), 16));
    expect(await cell("G11").innerText()).toBe("88.4");
    expect(await background("G11")).toBe(`rgb(${r}, ${g}, ${b})`);
    expect(await background("G2")).toBe("rgb(255, 255, 255)");
  }, 180_000);

  test("写入对比表's chart is drawn: both years' 总分 as columns over the units", async () => {
    await pane.getByRole("tab", { name: "对比" }).click();
    await pane.getByRole("combobox", { name: "前表", exact: true }).selectOption("2020得分表");
    await pane.getByRole("combobox", { name: "后表", exact: true }).selectOption("2021得分表");
    await pane.getByRole("button", { name: "对比", exact: true }).click();
    await pane.getByRole("button", { name: "写入对比表" }).click();
    await pane.getByText(/^对比表已写入 对比表!A1:.*，附总分对比图$/).waitFor();
    await showSheet("对比表");
    const chart = page.locator("#workbook figure.chart svg[role=img]");
    await chart.waitFor();
    // Named by the years in the sheets' names (both sheets' titles carry the scheme's 2021).
    const series = await chart.locator("text.legend").allTextContents();
    expect(series).toEqual(["2020年总分", "2021年总分"]);
    const bars = chart.locator("rect[data-series]");
    const categories = new Set(await bars.evaluateAll((rects) => rects.map((r) => r.getAttribute("data-category"))));
    // The units as the later year writes them (新泾镇 for [000]'s 新泾).
    expect(categories.has("新泾镇")).toBe(true);
    expect(await bars.count()).toBe(2 * categories.size);
    // Each bar as tall as its 总分: 新泾镇's 103.05 in both years, 江苏路街道's 100.78 then 102.78.
    const height = (year: string, unit: string) =>
      chart
        .locator(`rect[data-series="${year}总分"][data-category="${unit}"]`)
        .evaluate((r) => Number(r.getAttribute("height")));
    expect(await height("2020年", "新泾镇")).toBeCloseTo(await height("2021年", "新泾镇"), 6);
    expect(await height("2020年", "江苏路街道")).toBeLessThan(await height("2021年", "江苏路街道"));
  }, 180_000);
});
