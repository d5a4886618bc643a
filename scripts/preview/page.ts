/**
 * The preview page: an in-memory workbook (the fake Excel host of the unit tests) drawn as a grid, and the built task
 * pane in a frame beside it. The pane's frame takes its Office and Excel from `window.jixiaoPreview` (see pane.ts);
 * every `context.sync()` of the add-in redraws the grid, so a person can watch it work.
 */
import type { ExcelHost } from "../../src/excel/host";
import { FakeExcel } from "../../tools/fake-excel";
import { shown } from "../../tools/fake-excel/cells";
import { parseAddress } from "../../src/excel/address";
import { WorkbookView } from "./grid";

/** What the page offers the pane's frame, and scripts (the end-to-end test) that drive the preview. */
export interface PreviewApi {
  /** The host the pane's Excel.run and Office.context run on. */
  host: ExcelHost;
  /** Office's display language for the pane (zh-CN or en-US). */
  language: string;
  fake: FakeExcel;
  /** Types `rows` of text into a sheet from `address` on, as a person types (Excel's typing rules), and redraws. */
  type(sheet: string, address: string, rows: string[][]): void;
  /** What the cells of a range show, formulas computed ("" for empty). */
  shown(sheet: string, address: string): unknown[][];
}

declare global {
  interface Window {
    jixiaoPreview?: PreviewApi;
  }
}

function start(): void {
  const params = new URLSearchParams(location.search);
  const fake = new FakeExcel(undefined, { ExcelApi: params.get("api") ?? "1.10" });
  fake.book.addSheet("Sheet1");
  const root = document.getElementById("workbook");
  const frame = document.getElementById("pane") as HTMLIFrameElement | null;
  if (!root || !frame) throw new Error("preview.html lacks #workbook or #pane");
  const view = new WorkbookView(root, fake);

  const host: ExcelHost = {
    // Each sync of the add-in's batch reaches the workbook, then the grid is drawn again.
    run: (batch) =>
      fake.run(async (context) => {
        const sync = context.sync.bind(context);
        (context as { sync: () => Promise<void> }).sync = async () => {
          try {
            await sync();
          } finally {
            view.draw();
          }
        };
        return batch(context);
      }),
    settings: fake.settings as unknown as Office.Settings,
    isSetSupported: (name, version) => fake.isSetSupported(name, version),
  };

  const api: PreviewApi = {
    host,
    language: params.get("lang") ?? "zh-CN",
    fake,
    type(sheet, address, rows) {
      const s = fake.book.sheet(sheet);
      const at = parseAddress(`x!${address}`);
      if (!s || !at) throw new Error(`no cell ${sheet}!${address}`);
      rows.forEach((line, i) => line.forEach((v, j) => fake.book.type(s.touch(at.row + i, at.col + j), v)));
      view.draw();
    },
    shown: (sheet, address) => shown(fake.book, sheet, address),
  };
  window.jixiaoPreview = api;

  const loadPane = () => {
    frame.src = `preview-pane.html?lang=${encodeURIComponent(api.language)}`;
  };
  const language = document.getElementById("language") as HTMLSelectElement | null;
  if (language) {
    language.value = api.language;
    language.addEventListener("change", () => {
      api.language = language.value;
      loadPane();
    });
  }
  const excelApi = document.getElementById("api") as HTMLSelectElement | null;
  if (excelApi) {
    excelApi.value = fake.supported.ExcelApi ?? "1.10";
    excelApi.addEventListener("change", () => {
      fake.supported = { ExcelApi: excelApi.value };
      loadPane();
    });
  }
  view.draw();
  loadPane();
}

start();
