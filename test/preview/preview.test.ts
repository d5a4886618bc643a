/**
 * The built task pane in Debian's Chromium, on the preview page: the production build of the add-in beside the fake
 * Excel host's workbook drawn as a grid. A clerk picks changning-2021, generates the input sheet, types [000]'s
 * figures into the grid's cells, scores, and reads [000]'s 得分表 off the grid. Every request must stay on this
 * machine; the served taskpane.html must carry the add-in's Content-Security-Policy.
 */
import { mkdirSync, readFileSync, rmSync } from "fs";
import { join, relative } from "path";
import type { Frame, FrameLocator, Page } from "playwright-core";
import { buildPreview } from "../../scripts/preview/build";
import { Chromium, isLocal, launchChromium } from "../../scripts/preview/chromium";
import { serveFolders, StaticServer } from "../../scripts/preview/server";
import { AVERAGES_000, ORDER_000, units000 } from "../fixtures/doc000";

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
  const path = join(SHOTS, `${String(shots.length + 1).padStart(2, "0")}-${name}.png`);
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

describe("a clerk scores [000] in the preview", () => {
  let page: Page;
  let pane: FrameLocator;

  /** The grid's cell as shown. */
  const cell = (address: string) => page.locator(`#workbook td[data-cell="${address}"]`);
  const texts = async (addresses: string[]) => Promise.all(addresses.map((a) => cell(a).innerText()));
  const tabSelected = (name: string) =>
    page.locator("#workbook [role=tab][aria-selected=true]", { hasText: name }).waitFor();

  test("pick changning-2021, generate the input sheet, type [000]'s figures, score: [000]'s order and averages", async () => {
    page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.origin}/preview.html`);
    pane = page.frameLocator("#pane");
    await pane.getByRole("tab", { name: "1 方案" }).waitFor();
    await shoot(page, "opened");

    await pane.getByRole("combobox", { name: "内置方案" }).selectOption("changning-2021");
    await pane.getByText("当前方案：2021 年度各街镇社会救助工作绩效评价").waitFor();
    await shoot(page, "scheme");

    // The units in an order of the clerk's (not the ranking), so the 得分表's order is the add-in's doing.
    const typed = typedRows();
    const units = [...ORDER_000].reverse();
    await pane.getByRole("tab", { name: "2 录入" }).click();
    await pane.getByRole("textbox", { name: /单位名称/ }).fill(units.join("\n"));
    await pane.getByRole("button", { name: "生成录入表" }).click();
    const sheet = "长宁 2021录入表";
    await pane.getByText(`已生成录入表“${sheet}”，绑定了 5 个输入列`).waitFor();
    await tabSelected(sheet);
    expect(await texts(["A2", "B2", "C2", "D2", "E2", "F2"])).toEqual(["编号", "1", "2", "3", "4", "5"]);
    await shoot(page, "input-sheet");

    // Typed as a clerk types: click the first cell, Tab between figures, Enter to the next unit's row.
    await cell("B4").click();
    for (let row = 4; row < 4 + units.length; row++) {
      const name = await cell(`A${row}`).innerText();
      const figures = typed.get(name);
      if (!figures) throw new Error(`row ${row} of the input sheet names ${name}, not a unit of [000]`);
      for (const [i, figure] of figures.entries()) {
        if (figure !== "") await page.keyboard.type(figure);
        await page.keyboard.press(i === figures.length - 1 ? "Enter" : "Tab");
      }
    }
    const xinjing = 4 + units.indexOf("新泾");
    expect(await texts([`A${xinjing}`, `B${xinjing}`, `F${xinjing}`])).toEqual([
      "新泾",
      "6.7",
      "1、0.5、0.5、0.8、2.2",
    ]);
    await shoot(page, "figures-typed");

    await pane.getByRole("tab", { name: "3 计算" }).click();
    await pane.getByRole("button", { name: "计算并写入得分表" }).click();
    await pane.getByText("得分表已写入 得分表!A1:I13").waitFor();
    await pane.getByText("Excel 计算的总分、排名、等第和平均分与评分引擎一致").waitFor();
    await shoot(page, "scored");

    // The grid shows the 得分表 the add-in wrote, computed by the fake host's formulas.
    if ((await page.locator("#workbook [role=tab][aria-selected=true]").innerText()) !== "得分表") {
      await page.locator("#workbook [role=tab]", { hasText: "得分表" }).click();
    }
    await tabSelected("得分表");
    expect(await texts(ORDER_000.map((_, i) => `A${3 + i}`))).toEqual(ORDER_000);
    expect(await texts(["A13", "B13", "C13", "D13", "E13", "F13", "G13"])).toEqual(["平均分", ...AVERAGES_000]);
    expect(await texts(["A3", "G3", "H3", "I3"])).toEqual(["新泾", "103.05", "1", "优秀"]);
    await shoot(page, "score-table");

    await pane.getByRole("tab", { name: "4 结果" }).click();
    await pane.getByRole("table", { name: "4 结果" }).waitFor();
    await shoot(page, "results");

    // The running pane enforces connect-src 'none': a fetch from it is refused before it leaves the page.
    const paneFrame = page.frames().find((f: Frame) => f.url().includes("preview-pane.html"));
    expect(
      await paneFrame?.evaluate(() =>
        fetch("taskpane.html").then(
          () => "fetched",
          () => "refused",
        ),
      ),
    ).toBe("refused");
    expect(errors).toEqual([]);
  }, 180_000);

  test("nothing was requested from outside this machine", () => {
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(browser.outside).toEqual([]);
    expect(browser.requests.filter((url) => !isLocal(url))).toEqual([]);
  });
});
