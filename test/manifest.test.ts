/**
 * manifest.xml validates offline against Microsoft's manifest schemas with xmllint, and a misspelt element fails;
 * its icons exist at their sizes, its URLs are on https://localhost:3000 and its <Version> is package.json's. The task
 * pane page loads office.js from the add-in itself, under a CSP that allows no other scripts and no connections.
 * (test/deploy/build.test.ts builds for another address.)
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { xmllint } from "./officeSchemas";

const root = join(__dirname, "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  test("validates against OfficeAppManifestV1_1.xsd", () => {
    const p = xmllint(join(root, "manifest.xml"));
    expect(p.stderr).toContain("validates");
    expect(p.status).toBe(0);
  });

  test("a misspelt element fails validation, naming the element", () => {
    const dir = mkdtempSync(join(tmpdir(), "manifest-"));
    const bad = join(dir, "manifest.xml");
    writeFileSync(
      bad,
      manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permission>ReadWriteDocument</Permission>"),
    );
    const p = xmllint(bad);
    expect(p.status).not.toBe(0);
    expect(p.stderr).toContain("Permission");
  });

  test("an Excel task pane add-in: ExcelApi 1.8, ReadWriteDocument, a Home-tab button that shows the task pane", () => {
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
    expect(manifest).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
    expect(manifest).toContain('<Override Locale="en-US" Value="Performance Scoring Assistant"/>');
  });

  test("its <Version> is package.json's version in four parts", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
  });

  test("every URL is on https://localhost:3000 and every icon exists with its size", () => {
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.every((u) => u.startsWith("https://localhost:3000/"))).toBe(true);
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/assets\/icon-(\d+)\.png/g)];
    for (const [, size] of icons) {
      const png = readFileSync(join(root, "assets", `icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(Number(size));
      expect(png.readUInt32BE(20)).toBe(Number(size));
    }
    expect(new Set(icons.map((m) => m[1]))).toEqual(new Set(["16", "32", "64", "80"]));
  });
});

describe("the task pane page", () => {
  const html = readFileSync(join(root, "src", "taskpane", "taskpane.html"), "utf8");
  const config = require(join(root, "webpack.config.js"))({}, { mode: "production" });
  const page = config.plugins.find(
    (p: { constructor: { name: string } }) => p.constructor.name === "HtmlWebpackPlugin",
  );
  const csp: string = page.userOptions.contentSecurityPolicy;

  test("loads office.js from the add-in's own copy, never from a CDN", () => {
    expect(html).toContain('<script src="office-js/office.js"></script>');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  });

  test("its CSP, in a <meta> before office.js, allows scripts only from itself (and Office's office.js host) and no connections", () => {
    const meta = html.indexOf(
      'http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin.options.contentSecurityPolicy %>"',
    );
    expect(meta).toBeGreaterThan(0);
    expect(meta).toBeLessThan(html.indexOf("office-js/office.js"));
    expect(csp).toContain("default-src 'self';");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });

  test("the build copies office.js from node_modules into dist-addin/, and emits no eval-based source maps", () => {
    const config = require(join(root, "webpack.config.js"))({}, { mode: "production" });
    expect(config.output.path).toBe(join(root, "dist-addin"));
    expect(config.devtool).not.toMatch(/eval/);
    const copy = config.plugins.find((p: { constructor: { name: string } }) => p.constructor.name === "CopyPlugin");
    const office = copy.patterns.find((p: { from: string }) => p.from === "office.js");
    expect(office.context).toContain(join("@microsoft", "office-js", "dist"));
    expect(office.to).toBe("office-js/");
  });
});
