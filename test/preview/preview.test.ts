/**
 * The built task pane in Debian's Chromium, on the preview page: the production build of the add-in beside the fake
 * Excel host's workbook drawn as a grid.
 * - At 320 px (about the width Excel opens a task pane at) and at 500 px, every step is walked through — 方案, 录入
 *   (and 读取表头's proposal), 计算, 结果, 复核, 对比, 通报 — and at each the pane is measured (paneChecks.ts: nothing
 *   beyond its width or cut off, no text a character per line, every tab and button reachable) and axe-core finds
 *   no violation; screenshots go to test-output/screenshots/<width>-<nn>-<step>.png (the user guide embeds them).
 * - Keyboard only: a clerk picks changning-2021, generates the input sheet, types [000]'s figures into the grid's
 *   cells, scores, reads [000]'s 得分表 off the grid and opens a unit's scores, without the mouse; results and
 *   errors land in live regions and focus never falls to the page.
 * Every request must stay on this machine; the served taskpane.html must carry the add-in's Content-Security-Policy.
 */
import { mkdirSync, readFileSync, rmSync } from "fs";
import { join, relative } from "path";
import type { Frame, FrameLocator, Page } from "playwright-core";
import { buildPreview } from "../../scripts/preview/build";
import { Chromium, isLocal, launchChromium } from "../../scripts/preview/chromium";
import { serveFolders, StaticServer } from "../../scripts/preview/server";
import { emptySchemeSheetGrids } from "../../src/workbook/schemeSheets";
import { CLERK_SCHEME_TITLE, clerkSchemeCells, NODES, ROWS } from "../fixtures/clerkScheme";
import { AVERAGES_000, ORDER_000, units000 } from "../fixtures/doc000";
import { axeViolations, focused, inLiveRegion, layoutProblems, unreachableControls } from "./paneChecks";

const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "test-output");
const BUILD = join(OUT, "preview-build");
const SHOTS = join(OUT, "screenshots");

interface InputFile {
  units: { name: string; values: { "5": { item: string; points: number }[] } }[];
}

/** Per unit the five cells a clerk types: [000] 附件1's four block scores as printed, 附件2's bonus items. */
function typedRows(): Map<string, string[]> {
  const input = JSON.parse(
    readFileSync(join(ROOT, "test", "fixtures", "changning-2021.input.json"), "utf8"),
  ) as InputFile;
  const bonus = new Map(input.units.map((u) => [u.name, u.values["5"].map((i) => String(i.points)).join("、")]));
  return new Map(
    units000().map((u) => [u.name, [...["1", "2", "3", "4"].map((k) => String(u.values[k])), bonus.get(u.name) ?? ""]]),
  );
}

/** The Content-Security-Policy of an HTML page's <meta http-equiv>, as directive → sources. */
function metaPolicy(html: string): Map<string, string[]> {
  const match = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]*)"/i.exec(html);
  if (!match) throw new Error("no Content-Security-Policy <meta> in taskpane.html");
  return new Map(
    (match[1] ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

let server: StaticServer;
let browser: Chromium;
const shots: string[] = [];

beforeAll(async () => {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  // Launch first: a missing Chromium fails at once, with the command that installs it.
  browser = await launchChromium();
  const build = await buildPreview(ROOT, BUILD);
  server = await serveFolders([build.addin, build.preview]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (shots.length > 0) console.log(`screenshots:\n${shots.map((s) => `  ${s}`).join("\n")}`);
});

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  shots.push(relative(ROOT, path));
}

test("the served taskpane.html allows scripts only from itself and appsforoffice.microsoft.com, and no connections", async () => {
  const response = await fetch(`${server.origin}/taskpane.html`);
  expect(response.status).toBe(200);
  const policy = metaPolicy(await response.text());
  expect(policy.get("connect-src")).toEqual(["'none'"]);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  expect(new Set(policy.get("script-src"))).toEqual(new Set(["'self'", "https://appsforoffice.microsoft.com"]));
});

/** Opens the preview with the task pane `width` px wide; the pane's frame once its first tab is shown. */
async function openPreview(width: number): Promise<{ page: Page; pane: FrameLocator; frame: Frame; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${server.origin}/preview.html`);
  await page.evaluate((w) => {
    const frame = document.getElementById("pane");
    if (frame) frame.style.width = `${w}px`;
  }, width);
  const pane = page.frameLocator("#pane");
  await pane.getByRole("tab", { name: "1 方案" }).waitFor();
  const frame = page.frames().find((f: Frame) => f.url().includes("preview-pane.html"));
  if (!frame) throw new Error("no task pane frame");
  return { page, pane, frame, errors };
}

/** Calls the preview page's API (window.jixiaoPreview) in the page. */
function preview<T>(page: Page, run: string): Promise<T> {
  return page.evaluate(`(() => { const p = window.jixiaoPreview; ${run} })()`) as Promise<T>;
}

/** The preview's grid cell as shown. */
const gridCell = (page: Page, address: string) => page.locator(`#workbook td[data-cell="${address}"]`);

const INPUT_SHEET = "长宁 2021录入表";

/** A step opened for the first time has come: its chunk fetched, the loading spinner gone. */
async function loaded(pane: FrameLocator): Promise<void> {
  await pane.getByText("正在加载…").waitFor({ state: "detached" });
}

/**
 * The pane at rest, then its screenshot and the layout, reach and axe-core checks. Fluent's motions (an accordion
 * opening, a message appearing) end first; a motion cut short (a step's loading spinner replaced by the step) rejects
 * its promise: that is rest too. Endless animations (a spinner) are not waited for.
 */
async function checkAtRest(page: Page, frame: Frame, shotName: string, step: string): Promise<void> {
  await frame.evaluate(async () => {
    const moving = () =>
      document
        .getAnimations()
        .filter((a) => a.playState === "running" && isFinite(Number(a.effect?.getComputedTiming().endTime)));
    for (let running = moving(); running.length > 0; running = moving()) {
      await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
    }
  });
  await shoot(page, shotName);
  expect({ step, layout: await layoutProblems(frame) }).toEqual({ step, layout: [] });
  expect({ step, axe: await axeViolations(frame) }).toEqual({ step, axe: [] });
  expect({ step, unreachable: await unreachableControls(frame) }).toEqual({ step, unreachable: [] });
}

for (const width of [320, 500]) {
  describe(`the pane at ${width} px`, () => {
    let page: Page;
    let pane: FrameLocator;
    let frame: Frame;
    let errors: string[];
    let shot = 0;

    /** At one step: the screenshot, then the layout, reach and axe-core checks. */
    async function check(step: string): Promise<void> {
      shot++;
      await checkAtRest(page, frame, `${width}-${String(shot).padStart(2, "0")}-${step}`, step);
    }
    const tab = async (name: string) => {
      await pane.getByRole("tab", { name }).click();
      await loaded(pane);
    };

    test(`every step at ${width} px: within the pane, nothing cut off or a character per line, every tab and button reachable, no axe-core violation`, async () => {
      ({ page, pane, frame, errors } = await openPreview(width));
      await check("方案-空");

      await pane.getByRole("combobox", { name: "内置方案" }).selectOption("changning-2021");
      await pane.getByText("当前方案：2021 年度各街镇社会救助工作绩效评价").waitFor();
      await check("方案");

      await tab("2 录入");
      await pane.getByRole("textbox", { name: /单位名称/ }).fill([...ORDER_000].reverse().join("\n"));
      const generate = pane.getByRole("button", { name: "生成录入表" });
      await generate.click();
      await pane.getByText(`已生成录入表“${INPUT_SHEET}”，绑定了 5 个输入列`).waitFor();
      // The button stays focusable while busy: focus is still on it, not on the page.
      expect(await focused(frame)).toBe("button “生成录入表”");
      await check("录入");

      // 读取表头 on the input sheet's header row: the proposal comes into view with focus on its heading.
      await preview(
        page,
        `p.fake.book.selection = { sheet: ${JSON.stringify(INPUT_SHEET)}, area: { row: 2, col: 0, rows: 1, cols: 6 } };`,
      );
      await pane.getByRole("button", { name: "读取表头" }).click();
      const proposal = pane.getByRole("heading", { name: "建议的绑定（确认后生效）" });
      await proposal.waitFor();
      expect(await focused(frame)).toBe("h4 “建议的绑定（确认后生效）”");
      expect(
        await proposal.evaluate((h) => {
          const r = h.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
      ).toBe(true);
      expect(
        await pane.getByRole("table", { name: "建议的绑定（确认后生效）" }).getByRole("columnheader").allInnerTexts(),
      ).toEqual(["表头", "输入", "匹配方式"]);
      await check("读取表头");
      await pane.getByRole("button", { name: "确认绑定" }).click();
      await pane.getByText("已绑定 5 个输入列").waitFor();

      // The figures, typed into the sheet (the keyboard test types them cell by cell).
      const typed = typedRows();
      const units = [...ORDER_000].reverse();
      const rows = units.map((u) => typed.get(u) ?? []);
      await preview(page, `p.type(${JSON.stringify(INPUT_SHEET)}, "B4", ${JSON.stringify(rows)});`);

      await tab("3 计算");
      await check("计算-前");
      await pane.getByRole("button", { name: "计算并写入得分表" }).click();
      await pane.getByText("得分表已写入 得分表!A1:I13").waitFor();
      expect(await focused(frame)).toBe("button “计算并写入得分表”");
      expect(await inLiveRegion(frame, "得分表已写入 得分表!A1:I13")).toBe(true);
      await check("计算");

      await tab("4 结果");
      const xinjing = pane.getByRole("table", { name: "4 结果" }).getByRole("button", { name: "新泾", exact: true });
      await xinjing.click();
      await expect(await xinjing.getAttribute("aria-current")).toBe("true");
      await pane.getByRole("list", { name: "新泾 的指标得分" }).waitFor();
      await check("结果");
      await pane.getByRole("button", { name: "写入指标得分表" }).click();
      await pane.getByText(/指标得分表已写入 新泾指标得分表!/).waitFor();
      await check("结果-已写入");

      // 复核: the reported 总分 in column G of the input sheet, one of them wrong; and a second 得分表 for 对比.
      const scores = await preview<unknown[][]>(page, `return p.shown("得分表", "A3:G12");`);
      const total = new Map(scores.map((r) => [String(r[0]), String(r[6])]));
      const reported = units.map((u) => [u === "华阳" ? "99.99" : (total.get(u) ?? "")]);
      await preview(
        page,
        `p.type(${JSON.stringify(INPUT_SHEET)}, "G4", ${JSON.stringify(reported)});
        p.fake.book.selection = { sheet: ${JSON.stringify(INPUT_SHEET)}, area: { row: 3, col: 6, rows: ${units.length}, cols: 1 } };
        const before = p.shown("得分表", "A1:I13").map((r) => r.map((v) => String(v)));
        p.fake.book.addSheet("2020得分表");
        p.type("2020得分表", "A1", before);`,
      );
      await tab("复核");
      await pane.getByRole("combobox", { name: "指标" }).selectOption("total");
      await pane.getByRole("button", { name: "绑定报送得分" }).click();
      await pane.getByText("已绑定报送得分：总分").waitFor();
      await pane.getByRole("button", { name: "复核报送得分" }).click();
      await pane.getByText(/其中 1 个与规则计算结果不一致/).waitFor();
      const finding = pane.getByRole("list", { name: "复核" }).getByRole("button").first();
      expect(await finding.innerText()).toMatch(/^华阳 · 总分 · 报送 99\.99 → 按规则 \d+\.\d\d$/);
      await finding.click();
      const computation = pane.getByText(/^计算过程：/);
      await computation.waitFor();
      // The opened item is scrolled into view: its computation is on screen without a scroll by hand.
      await frame.waitForFunction(
        (el) => {
          const box = (el as Element).getBoundingClientRect();
          return box.top >= 0 && box.bottom <= (el as Element).ownerDocument.documentElement.clientHeight;
        },
        await computation.elementHandle(),
      );
      await check("复核");
      await pane.getByRole("button", { name: "写入复核表" }).click();
      await pane.getByText(/^复核表已写入 复核表!A1:G3$/).waitFor();
      await check("复核-已写入");

      await tab("对比");
      await pane.getByRole("combobox", { name: "前表", exact: true }).selectOption("2020得分表");
      await pane.getByRole("combobox", { name: "后表", exact: true }).selectOption("得分表");
      await pane.getByRole("button", { name: "对比", exact: true }).click();
      await pane.getByRole("table", { name: "单位对应（如有误可更正）" }).waitFor();
      await check("对比");
      await pane.getByRole("button", { name: "写入对比表" }).click();
      await pane.getByText(/^对比表已写入 对比表!/).waitFor();
      await check("对比-已写入");

      await tab("通报");
      await pane.getByRole("textbox", { name: "通报草稿" }).waitFor();
      await check("通报");
      expect(errors).toEqual([]);
    }, 300_000);
  });
}

describe("keyboard only, at 320 px", () => {
  test("pick changning-2021, generate the input sheet, type [000]'s figures, score, open a unit: [000]'s order and averages; focus never on the page; results and errors in live regions", async () => {
    const { page, pane, frame, errors } = await openPreview(320);
    const press = (key: string) => page.keyboard.press(key);
    /** Tab (or Shift+Tab) until focus is on `target` (its description as focused() gives it), at most 40 times. */
    const tabTo = async (target: string, back = false) => {
      for (let i = 0; i < 40; i++) {
        if ((await focused(frame)) === target) return;
        await press(back ? "Shift+Tab" : "Tab");
      }
      throw new Error(`Tab never reached ${target}; focus is on ${await focused(frame)}`);
    };
    /** From anywhere in the pane to the tab named `name`, selected with the arrow keys and Enter. */
    const toTab = async (name: string) => {
      const selected = await pane.getByRole("tab", { selected: true }).innerText();
      await tabTo(`button[role=tab] “${selected}”`, true);
      const names = await pane.getByRole("tab").allInnerTexts();
      const steps = names.indexOf(name) - names.indexOf(selected);
      for (let i = 0; i < Math.abs(steps); i++) await press(steps > 0 ? "ArrowRight" : "ArrowLeft");
      await press("Enter");
      await pane.getByRole("tab", { name, selected: true }).waitFor();
      await loaded(pane);
    };

    // Into the pane as F6 takes a person there in Excel (the preview has no F6: a click on the selected tab, which
    // changes nothing); from there on, only keys.
    await pane.getByRole("tab", { name: "1 方案" }).click();
    await tabTo("select “内置方案”");
    const options = await pane
      .getByRole("combobox", { name: "内置方案" })
      .locator("option")
      .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value));
    for (let i = 0; i < options.indexOf("changning-2021"); i++) await press("ArrowDown");
    await pane.getByText("当前方案：2021 年度各街镇社会救助工作绩效评价").waitFor();

    const units = [...ORDER_000].reverse();
    await toTab("2 录入");
    await press("Tab");
    await page.keyboard.type(units.join("\n"));
    await tabTo("button “生成录入表”");
    await press("Enter");
    const sheet = INPUT_SHEET;
    await pane.getByText(`已生成录入表“${sheet}”，绑定了 5 个输入列`).waitFor();
    expect(await focused(frame)).toBe("button “生成录入表”");
    expect(await inLiveRegion(frame, `已生成录入表“${sheet}”`)).toBe(true);

    // In the sheet, typed as a clerk types: Tab between figures, Enter to the next unit's row. The grid is the
    // preview's stand-in for Excel; reaching its first cell is Excel's business (Ctrl+G B4 there), so the preview
    // selects it. 天山's 基础评价 goes in wrong first.
    await gridCell(page, "B4").click();
    const typed = typedRows();
    for (let row = 4; row < 4 + units.length; row++) {
      const name = await gridCell(page, `A${row}`).innerText();
      const figures = typed.get(name);
      if (!figures) throw new Error(`row ${row} of the input sheet names ${name}, not a unit of [000]`);
      for (const [i, figure] of figures.entries()) {
        const wrong = name === "天山" && i === 1 ? "29.1.3" : figure;
        if (wrong !== "") await page.keyboard.type(wrong);
        await press(i === figures.length - 1 ? "Enter" : "Tab");
      }
    }
    const xinjing = 4 + units.indexOf("新泾");
    expect(
      await Promise.all([`A${xinjing}`, `B${xinjing}`, `F${xinjing}`].map((a) => gridCell(page, a).innerText())),
    ).toEqual(["新泾", "6.7", "1、0.5、0.5、0.8、2.2"]);

    // Back to the pane (F6 in Excel; here a click on the selected tab).
    await pane.getByRole("tab", { name: "2 录入" }).click();
    await toTab("3 计算");
    await tabTo("button “计算并写入得分表”");
    await press("Enter");
    await pane.getByText("有 1 处输入需要修正，未写入任何内容：").waitFor();
    expect(await inLiveRegion(frame, "有 1 处输入需要修正，未写入任何内容：")).toBe(true);
    expect(await inLiveRegion(frame, "“29.1.3” 不是分数")).toBe(true);
    expect(await focused(frame)).toBe("button “计算并写入得分表”");
    await shoot(page, "keyboard-01-计算-错误");

    const tianshan = 4 + units.indexOf("天山");
    await preview(
      page,
      `p.type(${JSON.stringify(sheet)}, "C${tianshan}", [[${JSON.stringify(typed.get("天山")![1])}]]);`,
    );
    await press("Enter");
    await pane.getByText("得分表已写入 得分表!A1:I13").waitFor();
    await pane.getByText("Excel 计算的总分、排名、等第和平均分与评分引擎一致").waitFor();
    expect(await inLiveRegion(frame, "得分表已写入 得分表!A1:I13")).toBe(true);
    expect(await focused(frame)).toBe("button “计算并写入得分表”");

    // The grid shows the 得分表 the add-in wrote, computed by the fake host's formulas.
    const texts = (addresses: string[]) => Promise.all(addresses.map((a) => gridCell(page, a).innerText()));
    await page.locator("#workbook [role=tab][aria-selected=true]", { hasText: "得分表" }).waitFor();
    expect(await texts(ORDER_000.map((_, i) => `A${3 + i}`))).toEqual(ORDER_000);
    expect(await texts(["A13", "B13", "C13", "D13", "E13", "F13", "G13"])).toEqual(["平均分", ...AVERAGES_000]);
    expect(await texts(["A3", "G3", "H3", "I3"])).toEqual(["新泾", "103.05", "1", "优秀"]);
    await shoot(page, "keyboard-02-计算");

    // A hand edit in the 得分表: the dialog opens on 取消, and closing it gives focus back to the button.
    await preview(page, `p.type("得分表", "B3", [["7"]]);`);
    await press("Enter");
    const dialog = pane.getByRole("dialog");
    await dialog.waitFor();
    expect(await focused(frame)).toBe("button “取消”");
    await press("Enter");
    await dialog.waitFor({ state: "hidden" });
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLIFrameElement>("#pane")?.contentDocument?.activeElement?.textContent ===
        "计算并写入得分表",
      undefined,
      { timeout: 5000 },
    );
    expect(await focused(frame)).toBe("button “计算并写入得分表”");

    await toTab("4 结果");
    await tabTo("button “新泾”");
    await press("Enter");
    expect(await pane.getByRole("button", { name: "新泾", exact: true }).getAttribute("aria-current")).toBe("true");
    await pane.getByRole("list", { name: "新泾 的指标得分" }).waitFor();
    await shoot(page, "keyboard-03-结果");

    // The running pane enforces connect-src 'none': a fetch from it is refused before it leaves the page.
    expect(
      await frame.evaluate(() =>
        fetch("taskpane.html").then(
          () => "fetched",
          () => "refused",
        ),
      ),
    ).toBe("refused");
    expect(errors).toEqual([]);
  }, 300_000);
});

describe("a clerk's own scheme, at 320 px", () => {
  test("新建方案, the scheme typed into the sheets, 从工作表读取方案 (a broken 分值 named at its cell, a click selects it), bound and two units scored", async () => {
    const { page, pane, frame, errors } = await openPreview(320);
    const check = (step: string) => checkAtRest(page, frame, `320-方案表-${step}`, step);
    const read = pane.getByRole("button", { name: "从工作表读取方案" });

    await pane.getByRole("button", { name: "新建方案" }).click();
    await pane.getByText("已新建工作表“指标体系”、“档次与要素”、“方案信息”：填写后点击“从工作表读取方案”").waitFor();
    await check("01-新建");

    // The clerk types the scheme into the grid, with 工作保障's 分值 wrong (5, its children give 4).
    const headers = Object.fromEntries(
      emptySchemeSheetGrids().map((g) => [g.sheet, g.grid.cells[0]!.map((c) => c.value)]),
    );
    const cells = clerkSchemeCells(headers).map(([sheet, address, value]) =>
      sheet === NODES && address === "D2" ? [sheet, address, "5"] : [sheet, address, value],
    );
    await preview(page, `for (const [s, a, v] of ${JSON.stringify(cells)}) p.type(s, a, [[v]]);`);
    await read.click();
    await pane.getByText("工作表中的方案有 2 处问题，未读取（点击单元格即选中）：").waitFor();
    expect(await inLiveRegion(frame, "1 工作保障：下级指标分值合计 4，与本级分值 5 不符")).toBe(true);
    await check("02-问题");
    await pane.getByText("指标体系!D2", { exact: true }).click();
    expect(await preview(page, "return p.fake.book.selection;")).toEqual({
      sheet: NODES,
      area: { row: 1, col: 3, rows: 1, cols: 1 },
    });

    await preview(page, `p.type(${JSON.stringify(NODES)}, "D2", [["4"]]);`);
    await read.click();
    await pane.getByText(`已读取方案并保存在工作簿中：${CLERK_SCHEME_TITLE}`).waitFor();
    await pane.getByText(`当前方案：${CLERK_SCHEME_TITLE}`).waitFor();
    await check("03-已读取");

    await pane.getByRole("tab", { name: "2 录入" }).click();
    await loaded(pane);
    await pane.getByRole("textbox", { name: /单位名称/ }).fill("甲\n乙");
    await pane.getByRole("button", { name: "生成录入表" }).click();
    const sheet = `${CLERK_SCHEME_TITLE}录入表`;
    await pane.getByText(`已生成录入表“${sheet}”，绑定了 3 个输入列`).waitFor();
    // 甲: funds assured, 1 违反流程, no incomplete file; 乙: funds not assured, 3 违反流程, 2 incomplete files.
    await preview(page, `p.type(${JSON.stringify(sheet)}, "B4", [["否", "1", "0"], ["是", "3", "2"]]);`);

    await pane.getByRole("tab", { name: "3 计算" }).click();
    await loaded(pane);
    await pane.getByRole("button", { name: "计算并写入得分表" }).click();
    await pane.getByText(/^得分表已写入 得分表!/).waitFor();
    await check("04-计算");
    const table = await preview<unknown[][]>(page, `return p.shown("得分表", "A1:F5");`);
    const header = table.findIndex((r) => r.includes("总分"));
    const total = table[header]!.indexOf("总分");
    const rows = new Map(table.slice(header + 1).map((r) => [String(r[0]), r.slice(1, total + 1)]));
    // 甲: 工作保障 2 + (2 − 0.5) = 3.5, 成效评价 3 − 0 = 3, 总分 6.5; 乙: 0 + (2 − 1.5) = 0.5, 3 − 2 = 1, 总分 1.5.
    expect(rows.get("甲")).toEqual([3.5, 3, 6.5]);
    expect(rows.get("乙")).toEqual([0.5, 1, 1.5]);
    expect(errors).toEqual([]);
  }, 300_000);
});

describe("起草规则, at 320 px", () => {
  test("a clerk's scheme with 评分标准 but two rules left blank: 起草规则 drafts them, a read refuses the drafts until they are confirmed, then two units score as the clauses say", async () => {
    const { page, pane, frame, errors } = await openPreview(320);
    const check = (step: string) => checkAtRest(page, frame, `320-起草-${step}`, step);
    await pane.getByRole("button", { name: "新建方案" }).click();
    await pane.getByText(/^已新建工作表/).waitFor();

    // The clerk types the small scheme, but leaves 1.2's and 2.1's 规则 blank and types no 档次与要素 rows: their
    // 评分标准 say it (“每发现1例违反流程的，扣0.5分，扣完为止”, “每发现1份档案不全，扣1分，扣完为止”).
    const headers = Object.fromEntries(
      emptySchemeSheetGrids().map((g) => [g.sheet, g.grid.cells[0]!.map((c) => c.value)]),
    );
    const address = (sheet: string, header: string, row: number) =>
      `${String.fromCharCode(65 + (headers[sheet] ?? []).indexOf(header))}${row}`;
    const blanked = new Set([address(NODES, "规则", 4), address(NODES, "规则", 6)]);
    const cells = clerkSchemeCells(headers).filter(
      ([sheet, at]) => sheet !== ROWS && !(sheet === NODES && blanked.has(at)),
    );
    await preview(page, `for (const [s, a, v] of ${JSON.stringify(cells)}) p.type(s, a, [[v]]);`);

    // 起草规则 is opened on demand: its code (and the recogniser's) is not part of the pane's first screen.
    await pane.getByRole("button", { name: "起草规则…" }).click();
    await pane.getByRole("button", { name: "起草所有未填规则的行" }).click();
    await pane.getByText("起草 2 行：2 条草稿、0 条需人工").waitFor();
    await check("01-已起草");
    const state = await preview<unknown[][]>(
      page,
      `return p.shown(${JSON.stringify(NODES)}, ${JSON.stringify(`${address(NODES, "状态", 3)}:${address(NODES, "状态", 6)}`)});`,
    );
    expect(state.map((r) => r[0])).toEqual([null, "草稿", null, "草稿"].map((v) => v ?? ""));

    // A draft is not a rule until the clerk confirms it: the read names both rows at their 状态 cells.
    const read = pane.getByRole("button", { name: "从工作表读取方案" });
    await read.click();
    await pane.getByText("工作表中的方案有 2 处问题，未读取（点击单元格即选中）：").waitFor();
    expect(await inLiveRegion(frame, "编号 1.2 的规则仍是草稿")).toBe(true);
    expect(await inLiveRegion(frame, "编号 2.1 的规则仍是草稿")).toBe(true);

    await preview(
      page,
      `p.type(${JSON.stringify(NODES)}, ${JSON.stringify(address(NODES, "状态", 4))}, [["已确认"]]);
      p.type(${JSON.stringify(NODES)}, ${JSON.stringify(address(NODES, "状态", 6))}, [["已确认"]]);`,
    );
    await read.click();
    await pane.getByText(`已读取方案并保存在工作簿中：${CLERK_SCHEME_TITLE}`).waitFor();

    await pane.getByRole("tab", { name: "2 录入" }).click();
    await loaded(pane);
    await pane.getByRole("textbox", { name: /单位名称/ }).fill("甲\n乙");
    await pane.getByRole("button", { name: "生成录入表" }).click();
    const sheet = `${CLERK_SCHEME_TITLE}录入表`;
    await pane.getByText(`已生成录入表“${sheet}”，绑定了 3 个输入列`).waitFor();
    await preview(page, `p.type(${JSON.stringify(sheet)}, "B4", [["否", "1", "0"], ["是", "3", "2"]]);`);
    await pane.getByRole("tab", { name: "3 计算" }).click();
    await loaded(pane);
    await pane.getByRole("button", { name: "计算并写入得分表" }).click();
    await pane.getByText(/^得分表已写入 得分表!/).waitFor();
    const table = await preview<unknown[][]>(page, `return p.shown("得分表", "A1:F5");`);
    const header = table.findIndex((r) => r.includes("总分"));
    const total = table[header]!.indexOf("总分");
    const rows = new Map(table.slice(header + 1).map((r) => [String(r[0]), r.slice(1, total + 1)]));
    // The drafted rules are the clauses' own: 甲 2 + (2 − 0.5), 3 − 0 → 3.5, 3, 6.5; 乙 0 + (2 − 1.5), 3 − 2 → 0.5, 1, 1.5.
    expect(rows.get("甲")).toEqual([3.5, 3, 6.5]);
    expect(rows.get("乙")).toEqual([0.5, 1, 1.5]);
    expect(errors).toEqual([]);
  }, 300_000);
});

test("nothing was requested from outside this machine", () => {
  expect(browser.requests.length).toBeGreaterThan(0);
  expect(browser.outside).toEqual([]);
  expect(browser.requests.filter((url) => !isLocal(url))).toEqual([]);
});
