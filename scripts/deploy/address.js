/**
 * Where the task pane is served from, and what follows from it: the manifest's URLs, <Id> and <Version>, and the
 * pane's Content-Security-Policy. webpack.config.js builds with these; scripts/deploy/build-addin.js passes the address
 * (`--base-url`, or JIXIAO_BASE_URL) and the id (`--new-id`, `--id`) to it.
 *
 * The checked-in manifest.xml is the localhost one `npm start` sideloads; a build for an office's address rewrites
 * its https://localhost:3000/ URLs to that address. Nothing else in the manifest changes.
 */
"use strict";
const { randomUUID } = require("crypto");

/** What `npm start` serves, and what a build without an address is for. */
const DEFAULT_BASE_URL = "https://localhost:3000/";

/** The add-in's own location in the checked-in manifest.xml. */
const SOURCE_ORIGIN = "https://localhost:3000";

/** Office's script host, kept in script-src as it always was (office.js itself is served with the pane). */
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * The folder URL the pane is served from, checked and normalized: http(s), a host, no user name, query or fragment,
 * and a trailing slash (https://jx.example.gov.cn/jixiao → https://jx.example.gov.cn/jixiao/). Throws a message
 * meant for the person who typed it.
 * @param {string | undefined} text
 * @returns {{ href: string, origin: string, isDefault: boolean, secure: boolean }}
 */
function parseBaseUrl(text) {
  const given = (text ?? "").trim();
  if (given === "") return parseBaseUrl(DEFAULT_BASE_URL);
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`--base-url ${given} 不是完整的网址（应形如 https://jx.example.gov.cn/jixiao/）`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`--base-url ${given}：应为 https:// 网址（Office 只从 HTTPS 加载加载项）`);
  }
  if (url.username !== "" || url.password !== "") throw new Error(`--base-url ${given}：网址中不能含用户名或密码`);
  if (url.search !== "" || url.hash !== "") throw new Error(`--base-url ${given}：网址中不能含 ? 或 # 部分`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  // The address goes into XML attributes and the CSP: URL() has escaped spaces, quotes and < >; & and ' remain.
  if (/[&';,]/.test(url.href)) throw new Error(`--base-url ${given}：网址中不能含 & ' ; 或 ,`);
  const href = url.href;
  return { href, origin: url.origin, isDefault: href === DEFAULT_BASE_URL, secure: url.protocol === "https:" };
}

/**
 * The manifest's four-part <Version> of package.json's version: 0.1.0 → 0.1.0.0. Pre-release versions (0.2.0-rc.1)
 * have no place in the manifest's format (1 to 4 numbers of at most 5 digits) and are refused.
 * @param {string} version
 */
function manifestVersion(version) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(version);
  if (!m) {
    throw new Error(
      `package.json 的 version ${version} 无法写成清单的 <Version>（需为 x.y.z，每段至多 5 位数字，不带预发布后缀）`,
    );
  }
  return `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}.0`;
}

/**
 * The <Id> for a build: `id` when given (an earlier build's, to update it), a new one with `newId`, else the
 * checked-in manifest's.
 * @param {{ id?: string, newId?: boolean }} options
 * @returns {string | undefined} undefined: keep the manifest's own
 */
function chooseId(options) {
  if (options.id !== undefined && options.newId) throw new Error("--id 与 --new-id 只能选一个");
  if (options.id !== undefined) {
    if (!UUID.test(options.id))
      throw new Error(`--id ${options.id} 不是 GUID（形如 c1f7b468-565b-418d-8e6c-8d76ad86fd96）`);
    return options.id.toLowerCase();
  }
  return options.newId ? randomUUID() : undefined;
}

/** The <Id> of a manifest. */
function manifestId(xml) {
  const m = /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(xml);
  if (!m) throw new Error("manifest.xml 中没有 <Id>");
  return m[1];
}

/** The <Version> of a manifest. */
function manifestVersionOf(xml) {
  const m = /<Version>\s*([^<\s]+)\s*<\/Version>/.exec(xml);
  if (!m) throw new Error("manifest.xml 中没有 <Version>");
  return m[1];
}

/** The task pane's address a manifest names (<SourceLocation> under <DefaultSettings>). */
function manifestSourceLocation(xml) {
  const m = /<DefaultSettings>\s*<SourceLocation DefaultValue="([^"]+)"/.exec(xml);
  if (!m) throw new Error("manifest.xml 中没有 <DefaultSettings><SourceLocation>");
  return m[1];
}

/**
 * The manifest for an address: every https://localhost:3000/… URL moved under `baseUrl`, the <AppDomain> set to its
 * origin, <Version> set, and <Id> replaced when `id` is given. Throws if anything still names localhost, so a new
 * URL added to manifest.xml in another form cannot slip through.
 * @param {string} xml the checked-in manifest.xml
 * @param {{ baseUrl: string, version: string, id?: string }} options
 */
function rewriteManifest(xml, options) {
  const base = parseBaseUrl(options.baseUrl);
  let out = xml
    .replace(/(DefaultValue=")https:\/\/localhost:3000\/([^"]*)"/g, (_, attr, rest) => `${attr}${base.href}${rest}"`)
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${base.origin}</AppDomain>`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(options.version)}</Version>`);
  if (options.id !== undefined) out = out.replace(/<Id>[^<]*<\/Id>/, `<Id>${options.id}</Id>`);
  if (!base.isDefault && /localhost/i.test(out)) {
    const line = out.split("\n").find((l) => /localhost/i.test(l));
    throw new Error(`manifest.xml 中仍有 localhost：${line?.trim()}（scripts/deploy/address.js 未能改写这一处）`);
  }
  return out;
}

/**
 * The task pane's Content-Security-Policy: scripts, styles, images and fonts from the add-in's own folder (for the
 * localhost build, 'self', so that the same build also runs in the preview from 127.0.0.1), scripts also from
 * Office's office.js host, inline styles (Fluent UI writes its styles at run time), and no connections, frames of
 * others, plugins or form posts.
 * @param {string} [baseUrl]
 */
function contentSecurityPolicy(baseUrl) {
  const base = parseBaseUrl(baseUrl);
  const own = base.isDefault ? "'self'" : base.href;
  return [
    `default-src ${own}`,
    `script-src ${own} ${OFFICE_CDN}`,
    `style-src ${own} 'unsafe-inline'`,
    `img-src ${own} data:`,
    `font-src ${own} data:`,
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = {
  DEFAULT_BASE_URL,
  SOURCE_ORIGIN,
  OFFICE_CDN,
  parseBaseUrl,
  manifestVersion,
  chooseId,
  manifestId,
  manifestVersionOf,
  manifestSourceLocation,
  rewriteManifest,
  contentSecurityPolicy,
};
