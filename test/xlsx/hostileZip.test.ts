/**
 * Hostile zips are refused from their directory and declared sizes, before anything is inflated, with a Chinese
 * message naming the file: a bomb (declared small, declared honestly, or through ZIP64), one stored entry listed
 * thousands of times, a name twice, a local header that names another part, counts and offsets past the file.
 * `jixiao score` runs on each in a child process with a 256 MB heap: exit 1 and the message, never 3 or a crash.
 */
import ExcelJS from "exceljs";
import { spawn } from "child_process";
import { writeFileSync } from "fs";
import { join } from "path";
import { constants, crc32, deflateRawSync } from "zlib";
import { nodeCodec } from "../../src/cli/xlsxFile";
import { InflateLimitError, type Codec } from "../../src/xlsx/codec";
import { MAX_INFLATED_TOTAL, MAX_PART_SIZE } from "../../src/xlsx/limits";
import { entryData, InflateBudget, readZip, sizeText, ZipEntry, ZipError } from "../../src/xlsx/zip";
import { addInput000, run, scheme000File, tempDir, writeWorkbook, zipParts } from "../cli/workbooks";

jest.setTimeout(180_000);

const ROOT = join(__dirname, "..", "..");
const MB = 1024 ** 2;
const SHEET = "xl/worksheets/sheet1.xml";

/** An entry's local record: its name, its bytes as stored and what its headers declare. */
interface Local {
  name: string;
  raw: Uint8Array;
  method: 0 | 8;
  crc: number;
  size: number;
  /** The local header's name, when it is to differ from the directory's. */
  localName?: string;
}

/** A central directory entry for the local record `local`; `zip64` moves sizes or the offset into a zip64 record. */
interface Directory {
  local: number;
  name?: string;
  zip64?: { size?: number; compressedSize?: number; offset?: number };
}

function deflated(name: string, data: Uint8Array): Local {
  return { name, raw: deflateRawSync(data), method: 8, crc: crc32(data), size: data.length };
}

function stored(name: string, data: Uint8Array): Local {
  return { name, raw: data, method: 0, crc: crc32(data), size: data.length };
}

function u64(value: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(value));
  return b;
}

/**
 * A zip written field by field, so that it can lie: directory entries at any local record, zip64 values of any
 * size, a count of any number, a zip64 end record anywhere.
 */
function buildZip(
  locals: Local[],
  directory: Directory[] = locals.map((_, local) => ({ local })),
  end: { count?: number; zip64?: { recordAt?: number } } = {},
): Buffer {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const local of locals) {
    const name = Buffer.from(local.localName ?? local.name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(local.method, 8);
    header.writeUInt16LE(0x21, 12);
    header.writeUInt32LE(local.crc >>> 0, 14);
    header.writeUInt32LE(Math.min(local.raw.length, 0xffffffff), 18);
    header.writeUInt32LE(Math.min(local.size, 0xffffffff), 22);
    header.writeUInt16LE(name.length, 26);
    offsets.push(offset);
    chunks.push(header, name, Buffer.from(local.raw));
    offset += 30 + name.length + local.raw.length;
  }
  const directoryStart = offset;
  for (const entry of directory) {
    const local = locals[entry.local]!;
    const name = Buffer.from(entry.name ?? local.name);
    const big = [entry.zip64?.size, entry.zip64?.compressedSize, entry.zip64?.offset].filter((v) => v !== undefined);
    const extra = big.length > 0 ? Buffer.concat([Buffer.from([1, 0, 8 * big.length, 0]), ...big.map(u64)]) : null;
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(entry.zip64 ? 45 : 20, 6);
    record.writeUInt16LE(local.method, 10);
    record.writeUInt16LE(0x21, 14);
    record.writeUInt32LE(local.crc >>> 0, 16);
    record.writeUInt32LE(entry.zip64?.compressedSize !== undefined ? 0xffffffff : local.raw.length, 20);
    record.writeUInt32LE(entry.zip64?.size !== undefined ? 0xffffffff : local.size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt16LE(extra?.length ?? 0, 30);
    record.writeUInt32LE(entry.zip64?.offset !== undefined ? 0xffffffff : offsets[entry.local]!, 42);
    chunks.push(record, name, ...(extra ? [extra] : []));
    offset += 46 + name.length + (extra?.length ?? 0);
  }
  const count = end.count ?? directory.length;
  if (end.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(offset - directoryStart), 40);
    record.writeBigUInt64LE(BigInt(directoryStart), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(end.zip64.recordAt ?? offset), 8);
    locator.writeUInt32LE(1, 16);
    chunks.push(record, locator);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(end.zip64 ? 0xffff : count, 8);
  eocd.writeUInt16LE(end.zip64 ? 0xffff : count, 10);
  eocd.writeUInt32LE(offset - directoryStart, 12);
  eocd.writeUInt32LE(end.zip64 ? 0xffffffff : directoryStart, 16);
  chunks.push(eocd);
  return Buffer.concat(chunks);
}

/**
 * A raw DEFLATE stream of `megabytes` MB of zeros, about 1 KB a megabyte: one fully flushed block of a megabyte,
 * repeated, then an empty final block. With its true CRC, so that only the limits refuse it.
 */
function zeroBomb(megabytes: number): Local & { raw: Buffer } {
  const zeros = Buffer.alloc(MB);
  const block = deflateRawSync(zeros, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = crc32(zeros, crc);
  const raw = Buffer.concat([...Array<Buffer>(megabytes).fill(block), Buffer.from([0x03, 0x00])]);
  return { name: SHEET, raw, method: 8, crc, size: megabytes * MB };
}

/** [000]'s input workbook (written by exceljs) as local records in its order: the parts a hostile file starts from. */
let base: Local[];
/** The worksheet's XML in the base workbook. */
let sheetXml: string;
let dir: string;
let scheme: string;

beforeAll(async () => {
  dir = tempDir();
  scheme = scheme000File(dir);
  const workbook = new ExcelJS.Workbook();
  addInput000(workbook);
  const path = await writeWorkbook(workbook, join(dir, "base.xlsx"));
  const parts = zipParts(path);
  base = [...parts].map(([name, p]) => ({ name, raw: p.raw, method: 8, crc: p.crc, size: p.data.length }));
  sheetXml = parts.get(SHEET)!.data.toString();
});

/** The base workbook with its worksheet replaced by `sheet` (or by each of `sheets`, in their place). */
function withSheet(...sheets: Local[]): Local[] {
  return base.flatMap((local) => (local.name === SHEET ? sheets : [local]));
}

interface ChildRun {
  code: number | string | null;
  stdout: string;
  stderr: string;
}

/** `jixiao score` on `path` in a child process with a 256 MB heap, run from the sources through tsx. */
function scoreInChild(path: string): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--max-old-space-size=256",
        "--import",
        "tsx",
        join(ROOT, "src/cli/index.ts"),
        "score",
        path,
        "--scheme",
        scheme,
      ],
      { cwd: ROOT, env: { ...process.env, JIXIAO_DEBUG: "1" } },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += String(d)));
    child.stderr.on("data", (d) => (stderr += String(d)));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? signal, stdout, stderr }));
  });
}

function writeZipFile(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Runs score on the file in a small heap: refused with exit 1, nothing on stdout, and `message` after the file. */
async function expectRefused(name: string, bytes: Buffer, message: string): Promise<string> {
  const path = writeZipFile(name, bytes);
  const r = await scoreInChild(path);
  expect(r).toEqual({
    code: 1,
    stdout: "",
    stderr: expect.stringContaining(`jixiao: 无法读取工作簿 ${path}：${message}`),
  });
  return r.stderr;
}

describe("jixiao score refuses a hostile zip with exit 1 and a message, in a 256 MB heap", () => {
  test("the base workbook itself scores, so that each refusal below is the hostile part's doing", async () => {
    const path = writeZipFile("base.xlsx", buildZip(base));
    const r = await run(["score", path, "--scheme", scheme, "--out", join(dir, "base-out.xlsx")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  test("a bomb declared small: 50 MB of zeros in 50 KB, declared as 2,000 bytes, stops at 2,000", async () => {
    const bomb = { ...zeroBomb(50), size: 2000, crc: crc32(Buffer.alloc(2000)) };
    await expectRefused(
      "declared-small.xlsx",
      buildZip(withSheet(bomb)),
      `部件 ${SHEET} 解压后超出其声明的 2 KB（已损坏或被篡改，可能是压缩炸弹），请在 Excel 中另存后再试`,
    );
  });

  test("a bomb declared honestly: 1.2 GB of zeros in 1.2 MB is refused by its ratio before inflating", async () => {
    const bomb = zeroBomb(1240);
    await expectRefused(
      "declared-honestly.xlsx",
      buildZip(withSheet(bomb)),
      `部件 ${SHEET} 压缩后 1.2 MB、解压后 1.2 GB，压缩比 1011:1 超过 100:1，疑为压缩炸弹，本工具拒绝读取`,
    );
  });

  test("a ZIP64 bomb: a zip64 record claims 8 GB for the worksheet", async () => {
    const bomb = zeroBomb(8);
    await expectRefused(
      "zip64-bomb.xlsx",
      buildZip(
        withSheet(bomb),
        withSheet(bomb).map((l, local) => ({ local, ...(l === bomb ? { zip64: { size: 8 * 1024 * MB } } : {}) })),
        { zip64: {} },
      ),
      `部件 ${SHEET} 压缩后 8.1 KB、解压后 8 GB，压缩比 ${Math.round((8 * 1024 ** 3) / bomb.raw.length)}:1 超过 100:1，疑为压缩炸弹`,
    );
  });

  test("a ZIP64 size that runs past the file", async () => {
    const directory = base.map((l, local) => ({
      local,
      ...(l.name === SHEET ? { zip64: { compressedSize: 2 ** 40 } } : {}),
    }));
    await expectRefused(
      "zip64-past-end.xlsx",
      buildZip(base, directory),
      `压缩包已损坏或被篡改（${SHEET} 的数据超出文件），请在 Excel 中另存后再试`,
    );
  });

  test("a ZIP64 end record placed past the file", async () => {
    await expectRefused(
      "zip64-record-past-end.xlsx",
      buildZip(base, undefined, { zip64: { recordAt: 2 ** 40 } }),
      "压缩包已损坏或被篡改（ZIP64 目录记录指向文件之外），请在 Excel 中另存后再试",
    );
  });

  test("2,000 directory entries at one stored 600 KB entry (2 GB if copied for each) overlap", async () => {
    const image = stored("xl/media/image1.png", new Uint8Array(600 * 1024).fill(7));
    const locals = [...base, image];
    const directory: Directory[] = [
      ...base.map((_, local) => ({ local })),
      ...Array.from({ length: 2000 }, (_, i) => ({ local: base.length, name: `xl/media/image${i + 1}.png` })),
    ];
    await expectRefused(
      "overlap.xlsx",
      buildZip(locals, directory),
      "压缩包中 xl/media/image1.png 与 xl/media/image2.png 的数据相互重叠（已损坏或被篡改，可能是压缩炸弹），请在 Excel 中另存后再试",
    );
  });

  test("a worksheet twice, the copies differing: Excel would score the last, so neither is chosen", async () => {
    const first = base.find((l) => l.name === SHEET)!;
    const other = sheetXml.replace("</sheetData>", '<row r="99"><c r="B99"><v>1</v></c></row></sheetData>');
    await expectRefused(
      "duplicate.xlsx",
      buildZip(withSheet(first, deflated(SHEET, Buffer.from(other)))),
      `压缩包中 ${SHEET} 出现两次（Excel 读后一个，本工具无法确定读哪一个），请在 Excel 中另存后再试`,
    );
  });

  test("a local header that names another part than the directory does", async () => {
    const sheet = { ...base.find((l) => l.name === SHEET)!, localName: "xl/worksheets/sheet9.xml" };
    await expectRefused(
      "local-name.xlsx",
      buildZip(withSheet(sheet)),
      `压缩包中 ${SHEET} 的文件头写的是另一个名称 xl/worksheets/sheet9.xml（已损坏或被篡改），请在 Excel 中另存后再试`,
    );
  });

  test("more entries than the file can hold", async () => {
    const stderr = await expectRefused(
      "count.xlsx",
      buildZip(base, undefined, { count: 65000 }),
      "压缩包的目录声称有 65000 个部件，而文件只容得下",
    );
    expect(stderr).toContain("（已损坏或被篡改），请在 Excel 中另存后再试");
  });

  test("a file that is not a zip at all is still 'not an .xlsx'", async () => {
    const path = writeZipFile("old.xls", Buffer.from("\xd0\xcf\x11\xe0 not a zip", "latin1"));
    const r = await scoreInChild(path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`无法读取工作簿 ${path}：不是 .xlsx 文件`);
  });
});

/** A zip of small stored entries named `names`, each its own local record. */
function smallZip(names: string[]): Buffer {
  return buildZip(names.map((name, i) => stored(name, Buffer.from(`part ${i}`))));
}

function refusal(bytes: Buffer): string {
  try {
    readZip(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(ZipError);
    return (e as Error).message;
  }
  throw new Error("readZip accepted the archive");
}

describe("readZip refuses what cannot be read safely, and says why", () => {
  test("bytes that are not a zip are undefined, not an error", () => {
    expect(readZip(Buffer.from("not a zip at all"))).toBeUndefined();
    expect(readZip(new Uint8Array(0))).toBeUndefined();
  });

  test("a sound archive reads, each entry with its header and data places", () => {
    const bytes = smallZip(["a.xml", "b/c.xml"]);
    const entries = readZip(bytes)!;
    expect(entries.map((e) => [e.name, e.headerStart, e.dataStart, e.size])).toEqual([
      ["a.xml", 0, 35, 6],
      ["b/c.xml", 41, 78, 6],
    ]);
  });

  test("sound zip64 values read: sizes and offset from the zip64 record, the count from the zip64 end record", () => {
    const locals = [stored("a.xml", Buffer.from("hello")), stored("b.xml", Buffer.from("world!"))];
    const bytes = buildZip(locals, [{ local: 0 }, { local: 1, zip64: { size: 6, compressedSize: 6, offset: 40 } }], {
      zip64: {},
    });
    const entries = readZip(bytes)!;
    expect(entries.map((e) => [e.name, e.size, e.compressedSize, e.headerStart])).toEqual([
      ["a.xml", 5, 5, 0],
      ["b.xml", 6, 6, 40],
    ]);
    expect(Buffer.from(entryData(bytes, entries[1]!, nodeCodec)).toString()).toBe("world!");
  });

  test("names compare as OPC compares them: case-insensitive, a leading slash ignored", () => {
    for (const twin of ["xl/workbook.xml", "XL/Workbook.xml", "/xl/workbook.xml"]) {
      expect(refusal(smallZip(["xl/workbook.xml", twin]))).toBe(
        `压缩包中 ${twin} 出现两次（Excel 读后一个，本工具无法确定读哪一个），请在 Excel 中另存后再试`,
      );
    }
  });

  test("two entries at one local header, and data running into the next entry, overlap", () => {
    const locals = [stored("a.xml", Buffer.from("aaaa")), stored("b.xml", Buffer.from("bbbb"))];
    expect(refusal(buildZip(locals, [{ local: 0 }, { local: 0, name: "c.xml" }]))).toContain(
      "压缩包中 a.xml 与 c.xml 的数据相互重叠",
    );
    // a.xml declares 40 compressed bytes: its data runs over b.xml's header.
    const running = buildZip(locals, [{ local: 0, zip64: { compressedSize: 40 } }, { local: 1 }]);
    expect(refusal(running)).toContain("压缩包中 a.xml 与 b.xml 的数据相互重叠");
  });

  test("a local header naming another part", () => {
    const local = { ...stored("a.xml", Buffer.from("aaaa")), localName: "A.xml" };
    expect(refusal(buildZip([local]))).toContain("压缩包中 a.xml 的文件头写的是另一个名称 A.xml");
  });

  test("counts, offsets and zip64 values past the file", () => {
    const locals = [stored("a.xml", Buffer.from("aaaa"))];
    expect(refusal(buildZip(locals, undefined, { count: 3 }))).toBe(
      "压缩包的目录声称有 3 个部件，而文件只容得下 1 个（已损坏或被篡改），请在 Excel 中另存后再试",
    );
    expect(refusal(buildZip(locals, undefined, { count: 0xfffe, zip64: {} }))).toContain("声称有 65534 个部件");
    expect(refusal(buildZip(locals, [{ local: 0, zip64: { offset: 2 ** 40 } }]))).toContain("a.xml 的位置超出文件");
    expect(refusal(buildZip(locals, [{ local: 0, zip64: { compressedSize: 2 ** 52 } }]))).toContain(
      "a.xml 的数据超出文件",
    );
    expect(refusal(buildZip(locals, undefined, { zip64: { recordAt: 2 ** 52 } }))).toContain(
      "ZIP64 目录记录指向文件之外",
    );
    // A 0xFFFFFFFF size with no zip64 record to stand for it.
    const bytes = buildZip(locals);
    bytes.writeUInt32LE(0xffffffff, bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2])) + 24);
    expect(refusal(bytes)).toContain("a.xml 缺少 ZIP64 大小记录");
  });
});

/** A codec that records whether it was asked to inflate, and inflates with Node's zlib. */
function watchingCodec(): Codec & { inflated: number } {
  const codec = {
    inflated: 0,
    inflateRaw(data: Uint8Array, maxOutput: number) {
      codec.inflated++;
      return nodeCodec.inflateRaw(data, maxOutput);
    },
    deflateRaw: nodeCodec.deflateRaw,
    crc32: nodeCodec.crc32,
  };
  return codec;
}

function only(bytes: Buffer): ZipEntry {
  return readZip(bytes)![0]!;
}

describe("entryData inflates no further than an entry declares, and refuses a bomb before inflating", () => {
  test("Node's codec stops at the cap with an InflateLimitError, and honours an exact fit", () => {
    const bomb = zeroBomb(50).raw;
    expect(() => nodeCodec.inflateRaw(bomb, 1000)).toThrow(InflateLimitError);
    expect(nodeCodec.inflateRaw(bomb, 50 * MB).length).toBe(50 * MB);
    expect(nodeCodec.inflateRaw(deflateRawSync(Buffer.alloc(0)), 0).length).toBe(0);
  });

  test("a stream longer than declared is refused, not truncated; an empty entry that is not empty too", () => {
    const bytes = buildZip([{ ...zeroBomb(50), size: 1000, crc: crc32(Buffer.alloc(1000)) }]);
    expect(() => entryData(bytes, only(bytes), nodeCodec)).toThrow(
      `部件 ${SHEET} 解压后超出其声明的 1000 字节（已损坏或被篡改，可能是压缩炸弹），请在 Excel 中另存后再试`,
    );
    const empty = buildZip([{ ...deflated("a.xml", Buffer.from("x")), size: 0, crc: 0 }]);
    expect(() => entryData(empty, only(empty), nodeCodec)).toThrow("部件 a.xml 解压后超出其声明的 0 字节");
  });

  test("a codec that ignores the cap has its output refused all the same", () => {
    const careless: Codec = { ...nodeCodec, inflateRaw: (data) => nodeCodec.inflateRaw(data, 1e9) };
    const bytes = buildZip([{ ...zeroBomb(5), size: 1000, crc: crc32(Buffer.alloc(1000)) }]);
    expect(() => entryData(bytes, only(bytes), careless)).toThrow("解压后超出其声明的 1000 字节");
  });

  test("the ratio: over 100:1 above 1 MB is refused before inflating; under 1 MB, or at 100:1, it reads", () => {
    const codec = watchingCodec();
    const bomb = buildZip([zeroBomb(20)]);
    expect(() => entryData(bomb, only(bomb), codec)).toThrow(
      `部件 ${SHEET} 压缩后 20 KB、解压后 20 MB，压缩比 1011:1 超过 100:1，疑为压缩炸弹，本工具拒绝读取`,
    );
    expect(codec.inflated).toBe(0);
    // Under the grace size any ratio reads: a small part costs nothing.
    const small = buildZip([deflated("a.xml", Buffer.alloc(MB))]);
    expect(entryData(small, only(small), codec).length).toBe(MB);
    // 2 MB of text at about 4:1 reads.
    const text = Buffer.from(Array.from({ length: 200_000 }, (_, i) => `<c r="A${i}"><v>${i}</v></c>`).join(""));
    const real = buildZip([deflated("b.xml", text)]);
    expect(only(real).size / only(real).compressedSize).toBeLessThan(100);
    expect(Buffer.from(entryData(real, only(real), codec)).equals(text)).toBe(true);
  });

  test("a part past the largest string is refused from its declared size", () => {
    const codec = watchingCodec();
    const entry: ZipEntry = { ...only(smallZip(["a.xml"])), size: MAX_PART_SIZE + 1, compressedSize: 10 * MB };
    expect(() => entryData(new Uint8Array(0), entry, codec)).toThrow(
      `部件 a.xml 解压后有 512 MB，超过本工具单个部件的上限 ${sizeText(MAX_PART_SIZE)}，无法读取`,
    );
    expect(codec.inflated).toBe(0);
  });

  test("a stored entry whose sizes differ is damaged", () => {
    const bytes = buildZip([stored("a.xml", Buffer.from("abcd"))]);
    expect(() => entryData(bytes, { ...only(bytes), size: 3 }, nodeCodec)).toThrow("a.xml 已损坏（大小不符）");
  });
});

describe("the budget: 1 GB of declared sizes for the parts one workbook reads, checked before inflating", () => {
  test("three 400 MB parts: the third is refused before it is inflated; a part read twice counts once", () => {
    const entry = (name: string): ZipEntry => ({ ...only(smallZip([name])), size: 400 * MB });
    const budget = new InflateBudget();
    expect(budget.limit).toBe(MAX_INFLATED_TOTAL);
    const [a, b, c] = [entry("a.xml"), entry("b.xml"), entry("c.xml")];
    budget.charge(a);
    budget.charge(b);
    budget.charge(a);
    expect(budget.used).toBe(800 * MB);
    expect(() => budget.charge(c)).toThrow(
      "读到部件 c.xml 时，解压后的总量将达 1.2 GB，超过本工具对一个工作簿的上限 1 GB，本工具拒绝读取",
    );
  });

  test("entryData charges the budget, and a refused part is not inflated", () => {
    const codec = watchingCodec();
    const bytes = buildZip([deflated("a.xml", Buffer.alloc(600)), deflated("b.xml", Buffer.alloc(600))]);
    const [a, b] = readZip(bytes)!;
    const budget = new InflateBudget(1000);
    expect(entryData(bytes, a!, codec, budget).length).toBe(600);
    expect(entryData(bytes, a!, codec, budget).length).toBe(600);
    expect(() => entryData(bytes, b!, codec, budget)).toThrow("读到部件 b.xml 时");
    expect(codec.inflated).toBe(2);
  });
});
