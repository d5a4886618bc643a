/** npm start sideloads as Microsoft's tooling does: a registry value on Windows, a copied manifest on macOS. */
import { join } from "path";

const start = require("../scripts/start.js") as {
  sideloadPlan: (platform: string, home: string, manifest: string, id: string) => Record<string, unknown>;
  manifestId: (xml: string) => string;
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
