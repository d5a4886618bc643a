/** npm start sideloads as Microsoft's tooling does: a registry value on Windows, a copied manifest on macOS. */
import { join } from "path";

const start = require("../scripts/start.js") as {
  sideloadPlan: (platform: string, home: string, manifest: string, id: string) => Record<string, unknown>;
  previewPlan: (
    platform: string,
    env: Record<string, string>,
    argv: string[],
    hasXdgOpen: boolean,
  ) => { serve: boolean; url?: string; open?: [string, string[]] };
  manifestId: (xml: string) => string;
  PREVIEW_URL: string;
};
const ID = "c1f7b468-565b-418d-8e6c-8d76ad86fd96";

describe("sideloading manifest.xml", () => {
  test("Windows: a value named by the add-in's id under HKCU\\…\\WEF\\Developer pointing at the manifest", () => {
    const plan = start.sideloadPlan("win32", "C:\\Users\\clerk", "C:\\jixiao\\manifest.xml", ID);
    expect(plan.add).toEqual([
      "reg",
      [
        "add",
        "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer",
        "/v",
        ID,
        "/t",
        "REG_SZ",
        "/d",
        "C:\\jixiao\\manifest.xml",
        "/f",
      ],
    ]);
    expect(plan.remove).toEqual([
      "reg",
      ["delete", "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer", "/v", ID, "/f"],
    ]);
  });

  test("macOS: a copy in Excel's wef folder", () => {
    const plan = start.sideloadPlan("darwin", "/Users/clerk", "/src/jixiao/manifest.xml", ID);
    expect(plan.file).toBe(
      join("/Users/clerk", "Library", "Containers", "com.microsoft.Excel", "Data", "Documents", "wef", "manifest.xml"),
    );
  });

  test("Linux: instructions to upload the manifest to Excel on the web", () => {
    const plan = start.sideloadPlan("linux", "/home/clerk", "/src/jixiao/manifest.xml", ID);
    expect(plan.kind).toBe("web");
    expect((plan.after as string[]).join("\n")).toContain("Upload My Add-in");
    expect((plan.after as string[]).join("\n")).toContain("/src/jixiao/manifest.xml");
  });

  test("the id is read from the manifest", () => {
    expect(start.manifestId(`<OfficeApp><Id>${ID}</Id></OfficeApp>`)).toBe(ID);
  });
});

describe("the preview page with npm start", () => {
  const desktop = { DISPLAY: ":0" };

  test("Linux with a desktop: served and opened with xdg-open", () => {
    expect(start.previewPlan("linux", desktop, [], true)).toEqual({
      serve: true,
      url: "https://localhost:3000/preview.html",
      open: ["xdg-open", ["https://localhost:3000/preview.html"]],
    });
    expect(start.previewPlan("linux", { WAYLAND_DISPLAY: "wayland-0" }, [], true).open).toBeDefined();
  });

  test("Linux without a display, or without xdg-open: served, and its URL printed instead", () => {
    expect(start.previewPlan("linux", {}, [], true)).toEqual({ serve: true, url: start.PREVIEW_URL });
    expect(start.previewPlan("linux", desktop, [], false)).toEqual({ serve: true, url: start.PREVIEW_URL });
  });

  test("--no-preview on Linux serves the task pane only", () => {
    expect(start.previewPlan("linux", desktop, ["--no-preview"], true)).toEqual({ serve: false });
  });

  test("Windows and macOS keep their behaviour: no preview unless --preview, and then only its URL", () => {
    expect(start.previewPlan("win32", desktop, [], true)).toEqual({ serve: false });
    expect(start.previewPlan("darwin", desktop, [], true)).toEqual({ serve: false });
    expect(start.previewPlan("darwin", desktop, ["--preview"], true)).toEqual({ serve: true, url: start.PREVIEW_URL });
  });
});
