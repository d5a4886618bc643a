/**
 * Runs in the task pane's frame of the preview, after office.js and before the add-in's taskpane.js: it makes
 * office.js's Office.onReady report an Excel host, gives Office.context the preview workbook's settings, language
 * and requirement sets, and Excel.run the preview's fake host. The add-in's code runs as it would in Excel.
 */
import type { PreviewApi } from "./page";

function previewOf(): PreviewApi | undefined {
  try {
    return window.parent !== window ? window.parent.jixiaoPreview : undefined;
  } catch {
    return undefined;
  }
}

const preview = previewOf();
if (!preview) {
  document.addEventListener("DOMContentLoaded", () => {
    document.body.textContent =
      "请打开 preview.html：任务窗格在预览页中运行 / open preview.html, which hosts this pane";
  });
} else {
  const language = new URLSearchParams(location.search).get("lang") ?? preview.language;
  const info = { host: "Excel", platform: "OfficeOnline" };
  const context = {
    host: info.host,
    platform: info.platform,
    displayLanguage: language,
    contentLanguage: language,
    document: { settings: preview.host.settings, url: "preview.xlsx", mode: "readWrite" },
    requirements: {
      isSetSupported: (name: string, version?: string | number) =>
        preview.host.isSetSupported(name, String(version ?? "1.1")),
    },
  };
  const office = Office as unknown as {
    onReady: (callback?: (info: unknown) => unknown) => Promise<unknown>;
  };
  // Office.context is office.js's own getter over its app factory's context: the preview sets that context.
  const giveContext = () => {
    const factory = (window as { OSF?: { _OfficeAppFactory?: { setContext?: (c: unknown) => void } } }).OSF
      ?._OfficeAppFactory;
    if (typeof factory?.setContext !== "function") {
      throw new Error("preview: this office.js has no OSF._OfficeAppFactory.setContext to give the pane its context");
    }
    factory.setContext(context);
  };
  // office.js's own readiness first (its strings and tables load), then the answer an Excel host gives.
  const officeReady = office.onReady.bind(Office);
  office.onReady = (callback) =>
    officeReady().then(() => {
      giveContext();
      callback?.(info);
      return info;
    });
  (window as unknown as { Excel: unknown }).Excel = {
    run: (batch: unknown) => {
      if (typeof batch !== "function") return Promise.reject(new Error("preview: Excel.run takes a batch function"));
      return preview.host.run(batch as (context: Excel.RequestContext) => Promise<unknown>);
    },
  };
}
