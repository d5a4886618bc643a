/**
 * npm run release: packs a task pane built for an office's address (npm run build -- --base-url …) into one archive
 * named with the version, release/jixiao-addin-<version>.zip:
 *
 *   jixiao-addin-0.1.0/
 *     manifest.xml          for the shared-folder catalog or the Microsoft 365 admin center
 *     web/                  the built folder as it is, to copy under the address (taskpane.html, office-js/, …)
 *     nginx-jixiao.conf     an example nginx server (web/ holds IIS's web.config)
 *     DEPLOY.md             docs/部署.md, the guide for IT staff
 *     VERSION.txt           address, <Id>, <Version> of this build (in Chinese)
 *
 * Names inside the archive are ASCII: older Windows unpackers read other names in the local code page.
 *
 *   npm run release                                  packs dist-addin/ into release/
 *   npm run release -- --from <folder> --out <folder>
 *
 * A build for https://localhost:3000/ is refused: it only works on the machine that runs npm start. So is a build
 * whose <Version> is not package.json's (built before the version changed). The zip is written with the project's own
 * writer (src/xlsx/zip.ts) and Node's zlib.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { basename, join, relative, resolve, sep } from "path";
import { nodeCodec } from "../../src/cli/xlsxFile";
import { OutEntry, writeZip } from "../../src/xlsx/zip";

const ROOT = join(__dirname, "..", "..");

interface Address {
  DEFAULT_BASE_URL: string;
  manifestVersion(version: string): string;
  manifestId(xml: string): string;
  manifestVersionOf(xml: string): string;
  manifestSourceLocation(xml: string): string;
}
const address = require("./address.js") as Address;

export interface ReleaseOptions {
  /** The built task pane (dist-addin/). */
  from: string;
  /** Where the archive goes (release/). */
  out: string;
  /** package.json's version. */
  version: string;
}

export interface Release {
  archive: string;
  /** Every entry's name, in the archive's order. */
  entries: string[];
  baseUrl: string;
  id: string;
}

/** Every file under `dir`, as paths with forward slashes relative to it, sorted. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return out;
}

class ReleaseError extends Error {}

export function release(options: ReleaseOptions): Release {
  const from = resolve(options.from);
  let manifest: string;
  try {
    manifest = readFileSync(join(from, "manifest.xml"), "utf8");
  } catch {
    throw new ReleaseError(`${from} 中没有 manifest.xml：先运行 npm run build -- --base-url https://…/`);
  }
  const source = address.manifestSourceLocation(manifest);
  const baseUrl = source.replace(/taskpane\.html$/, "");
  if (baseUrl === address.DEFAULT_BASE_URL || /localhost/i.test(manifest)) {
    throw new ReleaseError(
      `${from} 是本机（localhost）版本，只能在运行 npm start 的电脑上用。先为单位的地址构建：npm run build -- --base-url https://…/`,
    );
  }
  const version = address.manifestVersion(options.version);
  const built = address.manifestVersionOf(manifest);
  if (built !== version) {
    throw new ReleaseError(
      `${from} 的 <Version> 是 ${built}，而 package.json 是 ${options.version}（${version}）：请重新构建后再打包`,
    );
  }
  const id = address.manifestId(manifest);
  const top = `jixiao-addin-${options.version}`;
  // UTF-8 with a byte-order mark: Notepad on older Windows reads text without one in the local code page (GBK).
  const text = (s: string) => new TextEncoder().encode(`\uFEFF${s}`);
  const info = [
    `绩效评分助手 ${options.version}`,
    ``,
    `任务窗格地址：${baseUrl}`,
    `清单 <Id>：${id}`,
    `清单 <Version>：${built}`,
    ``,
    `web/ 中的全部文件放到上面的地址下（IIS 使用其中的 web.config；nginx 见 nginx-jixiao.conf）；`,
    `manifest.xml 放到共享文件夹目录，或在 Microsoft 365 管理中心上传。详见 DEPLOY.md（即 docs/部署.md）。`,
    `升级时请用同一个 <Id> 构建：npm run build -- --base-url ${baseUrl} --id ${id}`,
    ``,
  ].join("\r\n");
  const entries: OutEntry[] = [
    { name: `${top}/manifest.xml`, data: readFileSync(join(from, "manifest.xml")) },
    ...filesUnder(from).map((file) => ({ name: `${top}/web/${file}`, data: readFileSync(join(from, file)) })),
    { name: `${top}/nginx-jixiao.conf`, data: readFileSync(join(ROOT, "deploy", "nginx-jixiao.conf")) },
    { name: `${top}/DEPLOY.md`, data: text(readFileSync(join(ROOT, "docs", "部署.md"), "utf8")) },
    { name: `${top}/VERSION.txt`, data: text(info) },
  ];
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  const archive = join(out, `${top}.zip`);
  writeFileSync(archive, writeZip(new Uint8Array(0), entries, nodeCodec));
  return { archive, entries: entries.map((e) => ("name" in e ? e.name : e.copy.name)), baseUrl, id };
}

function parseArgs(argv: readonly string[]): { from: string; out: string } {
  const options = { from: join(ROOT, "dist-addin"), out: join(ROOT, "release") };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if ((flag === "--from" || flag === "--out") && value !== undefined) {
      options[flag === "--from" ? "from" : "out"] = value;
      i++;
    } else throw new ReleaseError(`未知的参数 ${flag}（可用：--from <构建文件夹> --out <输出文件夹>）`);
  }
  return options;
}

if (require.main === module) {
  try {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const made = release({ ...parseArgs(process.argv.slice(2)), version });
    console.log(
      `已写入 ${relative(process.cwd(), made.archive) || basename(made.archive)}（${made.entries.length} 个文件）`,
    );
    console.log(`  地址 ${made.baseUrl}  <Id> ${made.id}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
