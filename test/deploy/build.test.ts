/**
 * Deploying to an office (docs/部署.md), end to end: `npm run build -- --base-url https://jx.example.gov.cn/jixiao/
 * --new-id` into test-output/ (one webpack run), then
 * - the built manifest validates offline against Microsoft's XSDs, every URL in it is under the address, its <Version>
 *   is package.json's and its <Id> is new; no file of the build names localhost (office.js's host files name Office's
 *   own pseudo-host document.localhost, and are Microsoft's files byte for byte);
 * - the folder is served as plain static files over HTTPS under /jixiao/ with a certificate from a CA made the way the
 *   guide makes an office's own, Chromium resolving jx.example.gov.cn to this machine: the pane opens from that
 *   address, nothing is fetched from anywhere else, and a clerk reaches 方案 and picks a scheme;
 * - `npm run release` packs it into release/jixiao-addin-<version>.zip.
 */
import { execFile, execFileSync } from "child_process";
import { createHash, X509Certificate } from "crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { get } from "https";
import { connect } from "tls";
import { extname, join, relative, sep } from "path";
import type { Page } from "playwright-core";
import { nodeCodec } from "../../src/cli/xlsxFile";
import { entryData, readZip } from "../../src/xlsx/zip";
import { Chromium, launchChromium } from "../../scripts/preview/chromium";
import { serveFolders, StaticServer } from "../../scripts/preview/server";
import { xmllint } from "../officeSchemas";

const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "test-output", "deploy");
const BUILD = join(OUT, "addin");
const HOST = "jx.example.gov.cn";
const BASE = `https://${HOST}/jixiao/`;
const SOURCE_MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
const OFFICE_JS = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

/** Runs a node script of the project; resolves with its output, rejects with it. */
function node(args: string[], timeout = 900_000): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, timeout, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${args.join(" ")} failed:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`));
      else resolve({ stdout, stderr });
    });
  });
}

/** Every file under `dir`, relative, with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join("/"))
    .sort();
}

let built: { stdout: string; stderr: string };
let manifest: string;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  built = await node(["scripts/deploy/build-addin.js", "--base-url", BASE, "--new-id", "--out", BUILD]);
  manifest = readFileSync(join(BUILD, "manifest.xml"), "utf8");
}, 900_000);

describe("npm run build -- --base-url https://jx.example.gov.cn/jixiao/ --new-id", () => {
  test("says what it built: the address, the new <Id> to keep, the <Version>", () => {
    expect(built.stdout).toContain(`地址 / address   ${BASE}`);
    expect(built.stdout).toMatch(/<Id>\s+[0-9a-f-]{36}（本次指定）/);
    expect(built.stdout).toContain(`<Version>        ${version}.0`);
    expect(built.stdout).toContain("以后升级时用 --id 传入同一个值");
  });

  test("the manifest validates offline against Microsoft's manifest schemas", () => {
    const p = xmllint(join(BUILD, "manifest.xml"));
    expect(p.stderr).toContain("validates");
    expect(p.status).toBe(0);
  });

  test("every URL of the manifest is under the address; <AppDomain> is its origin; <Version> is package.json's; <Id> is new", () => {
    const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith(BASE))).toEqual([]);
    for (const url of urls) expect(filesUnder(BUILD)).toContain(url.slice(BASE.length));
    expect(manifest).toContain(`<AppDomain>https://${HOST}</AppDomain>`);
    expect(manifest).toContain(`<Version>${version}.0</Version>`);
    const id = /<Id>([^<]+)<\/Id>/.exec(manifest)?.[1];
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe(/<Id>([^<]+)<\/Id>/.exec(SOURCE_MANIFEST)?.[1]);
  });

  test("the pane's Content-Security-Policy names the address in place of 'self'", () => {
    const html = readFileSync(join(BUILD, "taskpane.html"), "utf8");
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain(`script-src ${BASE} https://appsforoffice.microsoft.com;`);
    expect(csp).toContain(`default-src ${BASE};`);
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain("'self' ");
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("office-js/office.js"));
  });

  test("no file names localhost, except Office's own pseudo-host document.localhost inside office.js's host files", () => {
    const named: string[] = [];
    const pseudo = new Map<string, number>();
    for (const file of filesUnder(BUILD)) {
      const text = readFileSync(join(BUILD, file), "latin1");
      const own = (text.match(/document\.localhost/gi) ?? []).length;
      if (own > 0) pseudo.set(file, own);
      if (/localhost/i.test(text.replace(/document\.localhost/gi, ""))) named.push(file);
    }
    expect(named).toEqual([]);
    // Only Microsoft's files carry it: the Excel host scripts, where it names the workbook itself, not a server.
    expect([...pseudo.keys()].every((f) => /^office-js\/excel-[a-z0-9]+-16\.0\d(-core)?\.js$/.test(f))).toBe(true);
  });

  test("office.js and the files it loads are Microsoft's, byte for byte (not re-minified by the build)", () => {
    const office = filesUnder(join(BUILD, "office-js"));
    expect(office).toContain("office.js");
    expect(office).toContain("zh-cn/office_strings.js");
    const differ = office.filter(
      (f) => !readFileSync(join(BUILD, "office-js", f)).equals(readFileSync(join(OFFICE_JS, f))),
    );
    expect(differ).toEqual([]);
  });

  test("IIS's web.config is in the folder, and it and the nginx example give every file type of the build its MIME type", () => {
    const webConfig = readFileSync(join(BUILD, "web.config"), "utf8");
    expect(webConfig).toBe(readFileSync(join(ROOT, "deploy", "web.config"), "utf8"));
    const nginx = readFileSync(join(ROOT, "deploy", "nginx-jixiao.conf"), "utf8");
    const types = new Set(filesUnder(BUILD).map((f) => extname(f)));
    types.delete(".config");
    expect([...types].sort()).toEqual([".html", ".js", ".map", ".png", ".txt", ".xml"]);
    for (const type of types) {
      expect(webConfig).toContain(`<mimeMap fileExtension="${type}"`);
      expect(nginx).toMatch(new RegExp(`^\\s+\\S+\\s+(\\w+ )*${type.slice(1)}( \\w+)*;$`, "m"));
    }
    expect(webConfig).toContain('<clientCache cacheControlMode="DisableCache" />');
    expect(nginx).toContain('add_header Cache-Control "no-cache" always;');
    expect(execFileSync("xmllint", ["--noout", join(BUILD, "web.config")], { encoding: "utf8" })).toBe("");
  });

  test("docs/部署.md shows the nginx example as it ships (its comments aside)", () => {
    const lines = (text: string) =>
      text
        .split("\n")
        .map((l) => l.trimEnd())
        .filter((l) => l.trim() !== "" && !l.trim().startsWith("#"));
    const guide = readFileSync(join(ROOT, "docs", "部署.md"), "utf8");
    const shown = /```nginx\n([\s\S]*?)```/.exec(guide)?.[1] ?? "";
    expect(lines(shown)).toEqual(lines(readFileSync(join(ROOT, "deploy", "nginx-jixiao.conf"), "utf8")));
  });
});

/** The CA and server certificate the guide's openssl commands make (docs/部署.md, 证书), for jx.example.gov.cn. */
function officeCertificates(dir: string): { ca: string; key: string; cert: string } {
  mkdirSync(dir, { recursive: true });
  const openssl = (args: string[]) => {
    try {
      execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      throw new Error("openssl is not installed. Debian/Ubuntu: apt-get update && apt-get install -y openssl");
    }
  };
  openssl(
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "3650"]
      .concat(["-subj", "/CN=Example Office CA", "-addext", "basicConstraints=critical,CA:TRUE"])
      .concat(["-addext", "keyUsage=critical,keyCertSign,cRLSign"]),
  );
  openssl([
    "req",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    `${HOST}.key`,
    "-out",
    `${HOST}.csr`,
    "-subj",
    `/CN=${HOST}`,
  ]);
  writeFileSync(
    join(dir, `${HOST}.ext`),
    `subjectAltName=DNS:${HOST}\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n`,
  );
  openssl(
    ["x509", "-req", "-in", `${HOST}.csr`, "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial"].concat([
      "-out",
      `${HOST}.crt`,
      "-days",
      "825",
      "-sha256",
      "-extfile",
      `${HOST}.ext`,
    ]),
  );
  const ca = readFileSync(join(dir, "ca.crt"), "utf8");
  return {
    ca,
    key: readFileSync(join(dir, `${HOST}.key`), "utf8"),
    cert: readFileSync(join(dir, `${HOST}.crt`), "utf8") + ca,
  };
}

/**
 * Outside Office, office.js leaves Office.context empty and never answers as Excel. As the preview does (see
 * scripts/preview/pane.ts), this makes Office.onReady answer as Excel once office.js is ready, gives the pane its
 * context, and an empty workbook to read. It runs in the browser when the page has been parsed — after office.js,
 * before the deferred taskpane.js — and is not part of what the server sends.
 */
function paneOutsideOffice(): void {
  document.addEventListener("readystatechange", () => {
    if (document.readyState !== "interactive") return;
    const w = window as unknown as {
      Office: { onReady: (callback?: (info: unknown) => void) => Promise<unknown> };
      OSF: { _OfficeAppFactory: { setContext: (context: unknown) => void } };
      Excel: unknown;
    };
    const store = new Map<string, unknown>();
    const settings = {
      get: (key: string) => (store.has(key) ? store.get(key) : null),
      set: (key: string, value: unknown) => store.set(key, value),
      remove: (key: string) => store.delete(key),
      saveAsync: (callback?: (result: { status: string }) => void) => callback?.({ status: "succeeded" }),
    };
    const info = { host: "Excel", platform: "OfficeOnline" };
    const context = {
      ...info,
      displayLanguage: "zh-CN",
      contentLanguage: "zh-CN",
      document: { settings, url: "deploy.xlsx", mode: "readWrite" },
      requirements: { isSetSupported: () => true },
    };
    const ready = w.Office.onReady.bind(w.Office);
    w.Office.onReady = (callback) =>
      ready().then(() => {
        w.OSF._OfficeAppFactory.setContext(context);
        callback?.(info);
        return info;
      });
    const workbook = {
      names: { load: () => ({ items: [] }) },
      worksheets: { load: () => ({ items: [{ name: "Sheet1" }] }) },
    };
    w.Excel = { run: (batch: (context: unknown) => unknown) => batch({ workbook, sync: () => Promise.resolve() }) };
  });
}

describe("served as plain static files from https://jx.example.gov.cn/jixiao/, in Chromium", () => {
  let server: StaticServer;
  let browser: Chromium;
  let tls: { ca: string; key: string; cert: string };
  const blocked: string[] = [];

  beforeAll(async () => {
    tls = officeCertificates(join(OUT, "tls"));
    server = await serveFolders([BUILD], { base: "/jixiao/", tls: { key: tls.key, cert: tls.cert } });
    // Chromium trusts the office's CA only (by its key) and finds jx.example.gov.cn:443 on this machine's port.
    const caKey = new X509Certificate(tls.ca).publicKey.export({ type: "spki", format: "der" });
    browser = await launchChromium({
      args: [
        `--host-resolver-rules=MAP ${HOST} 127.0.0.1:${server.port}`,
        `--ignore-certificate-errors-spki-list=${createHash("sha256").update(caKey).digest("base64")}`,
      ],
      allow: (url) => url.startsWith(BASE) || /^(data|blob|about):/.test(url),
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (blocked.length > 0)
      console.log(`refused by the pane's CSP before leaving the page:\n  ${blocked.join("\n  ")}`);
  });

  test("the server's certificate chain is the office CA's, for jx.example.gov.cn (checked as a client checks it)", async () => {
    const authorized = await new Promise<boolean>((resolve, reject) => {
      const socket = connect({ host: "127.0.0.1", port: server.port, servername: HOST, ca: tls.ca }, () => {
        resolve(socket.authorized);
        socket.end();
      });
      socket.on("error", reject);
    });
    expect(authorized).toBe(true);
  });

  test("only files, with their MIME types: .html, .js, .json (.map), .png, .xml; nothing outside /jixiao/", async () => {
    const fetchType = (path: string) =>
      new Promise<[number, string]>((resolve, reject) => {
        get({ host: "127.0.0.1", port: server.port, path, servername: HOST, ca: tls.ca }, (res) => {
          res.resume();
          resolve([res.statusCode ?? 0, String(res.headers["content-type"])]);
        }).on("error", reject);
      });
    expect(await fetchType("/jixiao/taskpane.html")).toEqual([200, "text/html; charset=utf-8"]);
    expect(await fetchType("/jixiao/office-js/office.js")).toEqual([200, "text/javascript; charset=utf-8"]);
    expect(await fetchType("/jixiao/taskpane.js.map")).toEqual([200, "application/json"]);
    expect(await fetchType("/jixiao/assets/icon-80.png")).toEqual([200, "image/png"]);
    expect(await fetchType("/jixiao/manifest.xml")).toEqual([200, "application/xml"]);
    expect((await fetchType("/taskpane.html"))[0]).toBe(404);
    expect((await fetchType("/jixiao/../manifest.xml"))[0]).toBe(404);
  });

  test("the pane opens from the address and a clerk picks a scheme in 方案 and opens 录入 (chunks fetched from the address); nothing comes from anywhere else", async () => {
    const page: Page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() !== "error") return;
      if (/violates the following Content Security Policy directive/.test(m.text())) blocked.push(m.text());
      else errors.push(m.text());
    });
    const before = server.served.length;
    await page.addInitScript(paneOutsideOffice);
    const response = await page.goto(`${BASE}taskpane.html`);
    expect(response?.status()).toBe(200);
    await page.getByRole("tab", { name: "1 方案" }).waitFor({ timeout: 60_000 });
    await page.getByRole("combobox", { name: "内置方案" }).selectOption("changning-2021");
    await page.getByText("当前方案：2021 年度各街镇社会救助工作绩效评价").waitFor();
    // 录入 is a chunk of its own, fetched under the address as the scheme was, allowed by the pane's policy.
    await page.getByRole("tab", { name: "2 录入" }).click();
    await page.getByRole("button", { name: "生成录入表" }).waitFor();
    await page.screenshot({ path: join(OUT, "pane-from-the-address.png") });
    expect(errors).toEqual([]);

    expect(browser.outside).toEqual([]);
    const pages = browser.requests.filter((url) => !/^(data|blob|about):/.test(url));
    expect(pages.filter((url) => !url.startsWith(BASE))).toEqual([]);
    expect(pages).toContain(`${BASE}office-js/office.js`);
    expect(pages).toContain(`${BASE}taskpane.js`);
    expect(pages.some((url) => url.startsWith(`${BASE}step-input`))).toBe(true);
    expect(pages.some((url) => url.startsWith(`${BASE}scheme-changning-2021`))).toBe(true);
    expect(server.served.slice(before).filter((s) => s.status !== 200)).toEqual([]);
    // What office.js outside Office tries on its own (a frame of Microsoft's telemetry service) stops at the CSP.
    for (const message of blocked) expect(message).not.toContain(HOST);
  }, 180_000);
});

describe("npm run release", () => {
  const RELEASE = join(OUT, "release");
  const tsx = require.resolve("tsx/cli", { paths: [ROOT] });

  test("packs the build, its manifest, the nginx example and the guide into release/jixiao-addin-<version>.zip", async () => {
    const { stdout } = await node([tsx, "scripts/deploy/release.ts", "--from", BUILD, "--out", RELEASE], 300_000);
    const archive = join(RELEASE, `jixiao-addin-${version}.zip`);
    expect(stdout).toContain(`已写入 ${relative(ROOT, archive)}`);
    const bytes = new Uint8Array(readFileSync(archive));
    const entries = readZip(bytes) ?? [];
    const names = entries.map((e) => e.name);
    const top = `jixiao-addin-${version}/`;
    expect(names.every((n) => n.startsWith(top))).toBe(true);
    expect(names).toEqual(
      expect.arrayContaining(
        ["manifest.xml", "web/taskpane.html", "web/taskpane.js", "web/web.config", "web/manifest.xml"]
          .concat([
            "web/assets/icon-32.png",
            "web/office-js/office.js",
            "nginx-jixiao.conf",
            "DEPLOY.md",
            "VERSION.txt",
          ])
          .map((n) => top + n),
      ),
    );
    expect(names.filter((n) => n.startsWith(`${top}web/`)).map((n) => n.slice(`${top}web/`.length))).toEqual(
      filesUnder(BUILD),
    );
    const read = (name: string) =>
      Buffer.from(
        entryData(
          bytes,
          entries.find((e) => e.name === top + name)!,
          nodeCodec,
        ),
      );
    expect(read("manifest.xml").equals(readFileSync(join(BUILD, "manifest.xml")))).toBe(true);
    // The two texts carry a byte-order mark, for Notepad on older Windows.
    expect(read("DEPLOY.md").toString("utf8")).toBe(`\uFEFF${readFileSync(join(ROOT, "docs", "部署.md"), "utf8")}`);
    expect(read("web/office-js/office.js").equals(readFileSync(join(OFFICE_JS, "office.js")))).toBe(true);
    const info = read("VERSION.txt").toString("utf8");
    expect(info.startsWith("\uFEFF绩效评分助手")).toBe(true);
    expect(info).toContain(`任务窗格地址：${BASE}`);
    expect(info).toContain(`清单 <Version>：${version}.0`);
    // A second, independent reader: Info-ZIP's, when the machine has it.
    const unzip = (() => {
      try {
        return execFileSync("unzip", ["-Z1", archive], { encoding: "utf8" });
      } catch {
        return undefined;
      }
    })();
    if (unzip !== undefined) expect(unzip.trim().split("\n").sort()).toEqual([...names].sort());
  }, 300_000);

  test("refuses a localhost build, which only works on the machine that runs npm start", async () => {
    const localhost = join(OUT, "localhost-build");
    mkdirSync(localhost, { recursive: true });
    writeFileSync(join(localhost, "manifest.xml"), SOURCE_MANIFEST);
    await expect(
      node([tsx, "scripts/deploy/release.ts", "--from", localhost, "--out", RELEASE], 300_000),
    ).rejects.toThrow("是本机（localhost）版本");
  }, 300_000);
});
