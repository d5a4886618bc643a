/**
 * The address a build is for, and what follows from it (scripts/deploy/address.js), without building: the URL as
 * typed and as used, the manifest's <Version> from package.json's, the <Id> (kept, given or new), the manifest's
 * URLs and the pane's Content-Security-Policy; and how `npm run build -- …` hands them to webpack.
 */
import { readFileSync } from "fs";
import { join } from "path";

interface Address {
  DEFAULT_BASE_URL: string;
  parseBaseUrl(text: string | undefined): { href: string; origin: string; isDefault: boolean; secure: boolean };
  manifestVersion(version: string): string;
  chooseId(options: { id?: string; newId?: boolean }): string | undefined;
  manifestId(xml: string): string;
  manifestSourceLocation(xml: string): string;
  rewriteManifest(xml: string, options: { baseUrl: string; version: string; id?: string }): string;
  contentSecurityPolicy(baseUrl?: string): string;
}
interface BuildAddin {
  parseArgs(
    argv: string[],
    env: Record<string, string | undefined>,
  ): { baseUrl?: string; newId: boolean; id?: string; out?: string };
  plan(options: { baseUrl?: string; newId?: boolean; id?: string; out?: string }): {
    baseUrl: string;
    id?: string;
    out: string;
  };
}

const ROOT = join(__dirname, "..", "..");
const address = require("../../scripts/deploy/address.js") as Address;
const build = require("../../scripts/deploy/build-addin.js") as BuildAddin;
const SOURCE = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const BASE = "https://jx.example.gov.cn/jixiao/";
const ID = "c1f7b468-565b-418d-8e6c-8d76ad86fd96";

describe("the address", () => {
  test("is normalized: a trailing slash added, the default port and the host's case dropped", () => {
    expect(address.parseBaseUrl("https://JX.example.gov.cn:443/jixiao").href).toBe(BASE);
    expect(address.parseBaseUrl(" https://jx.example.gov.cn/jixiao/ ").origin).toBe("https://jx.example.gov.cn");
    expect(address.parseBaseUrl("https://10.1.2.3:8443/").href).toBe("https://10.1.2.3:8443/");
  });
  test("defaults to npm start's https://localhost:3000/", () => {
    expect(address.parseBaseUrl(undefined)).toEqual({
      href: "https://localhost:3000/",
      origin: "https://localhost:3000",
      isDefault: true,
      secure: true,
    });
    expect(address.parseBaseUrl("").isDefault).toBe(true);
  });
  test("http is taken (for a test on this machine) but marked as not secure", () => {
    expect(address.parseBaseUrl("http://127.0.0.1:8080/jixiao/").secure).toBe(false);
  });
  test.each([
    ["jx.example.gov.cn/jixiao/", "不是完整的网址"],
    ["ftp://jx.example.gov.cn/", "应为 https://"],
    ["https://user:pw@jx.example.gov.cn/", "用户名或密码"],
    ["https://jx.example.gov.cn/jixiao/?v=1", "? 或 #"],
    ["https://jx.example.gov.cn/a&b/", "不能含 &"],
    ["https://jx.example.gov.cn/a;b/", "不能含 &"],
  ])("%s is refused, saying why", (text, why) => {
    expect(() => address.parseBaseUrl(text)).toThrow(why);
  });
});

describe("the manifest's <Version> and <Id>", () => {
  test("<Version> is package.json's version in the manifest's four parts", () => {
    expect(address.manifestVersion("0.1.0")).toBe("0.1.0.0");
    expect(address.manifestVersion("1.12.3")).toBe("1.12.3.0");
  });
  test.each(["0.2.0-rc.1", "1.2", "123456.0.0"])("%s cannot be a manifest version", (v) => {
    expect(() => address.manifestVersion(v)).toThrow("无法写成清单的 <Version>");
  });
  test("the <Id> is kept unless asked: --new-id makes one, --id reuses an earlier build's", () => {
    expect(address.chooseId({})).toBeUndefined();
    const made = address.chooseId({ newId: true });
    expect(made).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(address.chooseId({ newId: true })).not.toBe(made);
    expect(address.chooseId({ id: ID.toUpperCase() })).toBe(ID);
    expect(() => address.chooseId({ id: "c1f7b468" })).toThrow("不是 GUID");
    expect(() => address.chooseId({ id: ID, newId: true })).toThrow("只能选一个");
  });
});

describe("the manifest for an address", () => {
  const xml = address.rewriteManifest(SOURCE, { baseUrl: BASE, version: "0.3.1", id: ID.replace("c1", "d2") });

  test("every URL moves under the address, the <AppDomain> is its origin, and nothing names localhost", () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls).toHaveLength([...SOURCE.matchAll(/DefaultValue="(https?:[^"]+)"/g)].length);
    expect(urls.every((u) => u!.startsWith(BASE))).toBe(true);
    expect(urls).toContain(`${BASE}assets/icon-80.png`);
    expect(address.manifestSourceLocation(xml)).toBe(`${BASE}taskpane.html`);
    expect(xml).toContain("<AppDomain>https://jx.example.gov.cn</AppDomain>");
    expect(xml).not.toMatch(/localhost/i);
  });
  test("<Version> and <Id> are set, and nothing else changes", () => {
    expect(xml).toContain("<Version>0.3.1.0</Version>");
    expect(address.manifestId(xml)).toBe(ID.replace("c1", "d2"));
    const neutral = (s: string) =>
      s
        .replace(/https:\/\/[^/"<]+(\/jixiao)?/g, "URL")
        .replace(/<Id>[^<]*<\/Id>/, "")
        .replace(/<Version>[^<]*<\/Version>/, "");
    expect(neutral(xml)).toBe(neutral(SOURCE));
  });
  test("the localhost build keeps the checked-in manifest (its version is package.json's already)", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(address.rewriteManifest(SOURCE, { baseUrl: address.DEFAULT_BASE_URL, version })).toBe(SOURCE);
  });
  test("a URL the rewrite does not know is an error, not a manifest that still points at localhost", () => {
    const odd = SOURCE.replace("</AppDomains>", "  <AppDomain>https://localhost:3001</AppDomain>\n  </AppDomains>");
    expect(() => address.rewriteManifest(odd, { baseUrl: BASE, version: "0.1.0" })).toThrow("仍有 localhost");
  });
});

describe("the pane's Content-Security-Policy", () => {
  test("for localhost, 'self' (the same build then runs in the preview from 127.0.0.1)", () => {
    expect(address.contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'self'; " +
        "form-action 'none'",
    );
  });
  test("for an office's address, that folder only, in place of 'self'; still no connections", () => {
    const csp = address.contentSecurityPolicy(BASE);
    expect(csp).toContain(`default-src ${BASE};`);
    expect(csp).toContain(`script-src ${BASE} https://appsforoffice.microsoft.com;`);
    expect(csp).toContain(`style-src ${BASE} 'unsafe-inline';`);
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/'self' https:\/\/appsforoffice|unsafe-eval/);
  });
});

describe("npm run build -- …: the words after -- reach scripts/deploy/build-addin.js", () => {
  test("--base-url, --new-id, --id and --out, with a space or an =", () => {
    expect(build.parseArgs(["--base-url", BASE, "--new-id", "--out=x"], {})).toEqual({
      baseUrl: BASE,
      newId: true,
      id: undefined,
      out: "x",
    });
    expect(build.parseArgs([`--id=${ID}`], {}).id).toBe(ID);
  });
  test("JIXIAO_BASE_URL when there is no --base-url; --base-url wins over it", () => {
    expect(build.parseArgs([], { JIXIAO_BASE_URL: BASE }).baseUrl).toBe(BASE);
    expect(build.parseArgs(["--base-url", "https://a.example/"], { JIXIAO_BASE_URL: BASE }).baseUrl).toBe(
      "https://a.example/",
    );
  });
  test("flags npm took for its own (npm run build --base-url …, without --) are refused, saying to add --", () => {
    expect(() => build.parseArgs([BASE], { npm_config_base_url: "true", npm_config_new_id: "true" })).toThrow(
      "npm 把 --base-url --new-id 当成了它自己的选项：请在前面加上 --",
    );
  });
  test("a mistyped flag or a flag without its value is refused before anything is built", () => {
    expect(() => build.parseArgs(["--baseurl", BASE], {})).toThrow("未知的参数 --baseurl");
    expect(() => build.parseArgs(["--base-url"], {})).toThrow("--base-url 后面缺少取值");
    expect(() => build.plan({ baseUrl: "jx.example.gov.cn" })).toThrow("不是完整的网址");
  });
  test("the plan: the normalized address, the id only when asked, dist-addin/ unless --out", () => {
    const p = build.plan({ baseUrl: "https://jx.example.gov.cn/jixiao" });
    expect(p).toEqual({ baseUrl: BASE, secure: true, isDefault: false, id: undefined, out: join(ROOT, "dist-addin") });
  });
});
