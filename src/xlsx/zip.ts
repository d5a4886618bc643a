/**
 * The zip archive behind an .xlsx, read from its central directory and written back entry by entry: an entry that
 * is not changed keeps its compressed bytes, CRC and sizes as they were, so every part the tool does not write
 * leaves the file exactly as it came in.
 */
import { concat, FieldWriter, latin1, u16, u32, u64, utf8, decode } from "./bytes";
import { Codec, InflateLimitError } from "./codec";
import { MAX_INFLATE_RATIO, MAX_INFLATED_TOTAL, MAX_PART_SIZE, RATIO_GRACE_SIZE } from "./limits";

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX32 = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
/** General purpose flags: encrypted, data descriptor after the data, UTF-8 name. */
const ENCRYPTED = 0x0001;
const DATA_DESCRIPTOR = 0x0008;
const UTF8_NAME = 0x0800;

/** One entry as the central directory describes it. */
export interface ZipEntry {
  name: string;
  /** The name's bytes as stored (written back unchanged). */
  rawName: Uint8Array;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  internalAttributes: number;
  externalAttributes: number;
  /** The central directory's extra field, without its zip64 record (the sizes are rewritten). */
  extra: Uint8Array;
  comment: Uint8Array;
  /** Where the entry's local header starts in the archive. */
  headerStart: number;
  /** Where the entry's compressed bytes start in the archive. */
  dataStart: number;
}

/**
 * An archive or entry this reader refuses, its message a complete clause in Chinese (the part and what is wrong);
 * the caller puts the file's name before it.
 */
export class ZipError extends Error {}

/** What a user can do about a damaged or doctored archive that Excel may still open. */
const RESAVE = "请在 Excel 中另存后再试";

const damaged = (what: string) => new ZipError(`压缩包已损坏或被篡改（${what}），${RESAVE}`);

/** A size for a message: "1.3 GB", "600 MB", "48 KB", "900 字节". */
export function sizeText(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, "GB"],
    [1024 ** 2, "MB"],
    [1024, "KB"],
  ];
  for (const [unit, label] of units) {
    if (bytes >= unit) {
      const value = bytes / unit;
      return `${value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10)} ${label}`;
    }
  }
  return `${bytes} 字节`;
}

/**
 * The zip64 values an entry's 32-bit fields stand for when they are 0xFFFFFFFF, in the order zip64 stores them;
 * undefined when the entry has no zip64 record, or one too short for them.
 */
function zip64Values(extra: Uint8Array, wanted: number): number[] | undefined {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = u16(extra, at);
    const length = u16(extra, at + 2);
    if (id === ZIP64_EXTRA) {
      if (8 * wanted > length || at + 4 + length > extra.length) return undefined;
      const values: number[] = [];
      for (let i = 0; i < wanted; i++) values.push(u64(extra, at + 4 + 8 * i));
      return values;
    }
    at += 4 + length;
  }
  return undefined;
}

function withoutZip64(extra: Uint8Array): Uint8Array {
  const kept: Uint8Array[] = [];
  for (let at = 0; at + 4 <= extra.length;) {
    const length = u16(extra, at + 2);
    if (u16(extra, at) !== ZIP64_EXTRA) kept.push(extra.subarray(at, at + 4 + length));
    at += 4 + length;
  }
  return concat(kept);
}

function findEnd(bytes: Uint8Array): number {
  // The end record is at most 22 bytes plus a 65535-byte comment from the end.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (u32(bytes, i) === END_OF_DIRECTORY) return i;
  }
  return -1;
}

/** Names are ASCII in every .xlsx; one not flagged UTF-8, or not valid UTF-8, is read as Latin-1 rather than guessed. */
function nameOf(rawName: Uint8Array, flags: number): string {
  if (flags & UTF8_NAME) {
    try {
      return decode(rawName, "utf-8");
    } catch {
      // Latin-1 below.
    }
  }
  return latin1(rawName);
}

/** A part name as OPC compares them: case-insensitive, without a leading slash. */
export function partKey(name: string): string {
  return name.replace(/^\//, "").toLowerCase();
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The entries of a zip archive, in the order of its central directory; undefined when the bytes are not a zip (no
 * end-of-directory record). An archive that is a zip but cannot be read safely throws a ZipError saying why: a
 * directory or zip64 record pointing past the file, more entries than the file can hold, a local header whose name
 * differs from the directory's, a name twice (Excel reads the last, other readers the first), or two entries whose
 * data overlap (a bomb: one stored entry listed thousands of times).
 */
export function readZip(bytes: Uint8Array): ZipEntry[] | undefined {
  const end = findEnd(bytes);
  if (end < 0) return undefined;
  let count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  /** Where the directory must end: at the zip64 record when there is one, else at the end record. */
  let directoryEnd = end;
  if ((count === 0xffff || at === MAX32) && end >= 20 && u32(bytes, end - 20) === ZIP64_END_LOCATOR) {
    const record = u64(bytes, end - 20 + 8);
    if (record + 56 > end - 20) throw damaged("ZIP64 目录记录指向文件之外");
    if (u32(bytes, record) !== ZIP64_END_OF_DIRECTORY) throw damaged("找不到 ZIP64 目录记录");
    count = u64(bytes, record + 32);
    at = u64(bytes, record + 48);
    directoryEnd = record;
  }
  const directoryStart = at;
  if (directoryStart > directoryEnd) throw damaged("目录指向文件之外");
  // Each entry takes at least 46 bytes of directory and a 30-byte local header before the directory.
  const room = Math.min(Math.floor((directoryEnd - directoryStart) / 46), Math.floor(directoryStart / 30));
  if (count > room) {
    throw new ZipError(`压缩包的目录声称有 ${count} 个部件，而文件只容得下 ${room} 个（已损坏或被篡改），${RESAVE}`);
  }
  const entries: ZipEntry[] = [];
  /** The name each entry's local header gives, beside the entry. */
  const localNames = new Map<ZipEntry, Uint8Array>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > directoryEnd || u32(bytes, at) !== DIRECTORY_ENTRY) throw damaged(`目录的第 ${n + 1} 项不可读`);
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > directoryEnd) throw damaged(`目录的第 ${n + 1} 项超出目录`);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = nameOf(rawName, flags);
    const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    let size = u32(bytes, at + 24);
    let compressedSize = u32(bytes, at + 20);
    let headerStart = u32(bytes, at + 42);
    // Zip64 stores, in this order, only the fields whose 32-bit value is 0xFFFFFFFF.
    const wanted = [size, compressedSize, headerStart].filter((v) => v === MAX32).length;
    if (wanted > 0) {
      const big = zip64Values(extra, wanted);
      if (!big) throw damaged(`${name} 缺少 ZIP64 大小记录`);
      if (size === MAX32) size = big.shift() as number;
      if (compressedSize === MAX32) compressedSize = big.shift() as number;
      if (headerStart === MAX32) headerStart = big.shift() as number;
    }
    // Entries lie before the directory: an offset or a size that runs past it is damage or a doctored zip64 value.
    if (headerStart + 30 > directoryStart) throw damaged(`${name} 的位置超出文件`);
    if (u32(bytes, headerStart) !== LOCAL_HEADER) throw damaged(`${name} 的文件头不可读`);
    const localNameLength = u16(bytes, headerStart + 26);
    const dataStart = headerStart + 30 + localNameLength + u16(bytes, headerStart + 28);
    if (dataStart + compressedSize > directoryStart) throw damaged(`${name} 的数据超出文件`);
    const entry: ZipEntry = {
      name,
      rawName,
      versionMadeBy: u16(bytes, at + 4),
      versionNeeded: u16(bytes, at + 6),
      flags,
      method: u16(bytes, at + 10),
      time: u16(bytes, at + 12),
      date: u16(bytes, at + 14),
      crc: u32(bytes, at + 16),
      compressedSize,
      size,
      internalAttributes: u16(bytes, at + 36),
      externalAttributes: u32(bytes, at + 38),
      extra: withoutZip64(extra),
      comment: bytes.subarray(at + 46 + nameLength + extraLength, next),
      headerStart,
      dataStart,
    };
    entries.push(entry);
    localNames.set(entry, bytes.subarray(headerStart + 30, headerStart + 30 + localNameLength));
    at = next;
  }
  // Each entry's header and data must lie apart from every other's: overlapping entries copy one block of bytes
  // many times over (2,000 names for one stored entry turn 1 MB into 2 GB).
  const byPlace = [...entries].sort((a, b) => a.headerStart - b.headerStart);
  for (let i = 1; i < byPlace.length; i++) {
    const before = byPlace[i - 1] as ZipEntry;
    const entry = byPlace[i] as ZipEntry;
    if (entry.headerStart < before.dataStart + before.compressedSize) {
      throw new ZipError(
        `压缩包中 ${before.name} 与 ${entry.name} 的数据相互重叠（已损坏或被篡改，可能是压缩炸弹），${RESAVE}`,
      );
    }
  }
  // A reader that goes by the local headers would read other parts than one that goes by the directory.
  for (const entry of entries) {
    const localName = localNames.get(entry) as Uint8Array;
    if (!sameBytes(localName, entry.rawName)) {
      const shown = nameOf(localName, u16(bytes, entry.headerStart + 6));
      throw new ZipError(`压缩包中 ${entry.name} 的文件头写的是另一个名称 ${shown}（已损坏或被篡改），${RESAVE}`);
    }
  }
  // Excel and LibreOffice read the last of two parts of one name, other readers the first: neither is safe to score.
  const keys = new Set<string>();
  for (const entry of entries) {
    const key = partKey(entry.name);
    if (keys.has(key)) {
      throw new ZipError(`压缩包中 ${entry.name} 出现两次（Excel 读后一个，本工具无法确定读哪一个），${RESAVE}`);
    }
    keys.add(key);
  }
  return entries;
}

/** The uncompressed bytes an opened workbook may still inflate: each entry counted once, before it is inflated. */
export class InflateBudget {
  private readonly counted = new Set<ZipEntry>();
  used = 0;
  constructor(readonly limit = MAX_INFLATED_TOTAL) {}

  /** Counts `entry` in; throws a ZipError when it would take the total past the limit. */
  charge(entry: ZipEntry): void {
    if (this.counted.has(entry)) return;
    if (this.used + entry.size > this.limit) {
      throw new ZipError(
        `读到部件 ${entry.name} 时，解压后的总量将达 ${sizeText(this.used + entry.size)}，超过本工具对一个工作簿的上限 ${sizeText(this.limit)}，本工具拒绝读取`,
      );
    }
    this.counted.add(entry);
    this.used += entry.size;
  }
}

/**
 * Refuses, from its declared sizes and before inflating anything, an entry too large to read or compressed too far
 * to be a real part (the check of Apache POI's ZipSecureFile).
 */
function checkDeclared(entry: ZipEntry, maxSize: number): void {
  if (entry.size > RATIO_GRACE_SIZE && entry.size > MAX_INFLATE_RATIO * entry.compressedSize) {
    const ratio = entry.compressedSize === 0 ? "无穷" : String(Math.round(entry.size / entry.compressedSize));
    throw new ZipError(
      `部件 ${entry.name} 压缩后 ${sizeText(entry.compressedSize)}、解压后 ${sizeText(entry.size)}，压缩比 ${ratio}:1 超过 ${MAX_INFLATE_RATIO}:1，疑为压缩炸弹，本工具拒绝读取`,
    );
  }
  if (entry.size > maxSize) {
    throw new ZipError(
      `部件 ${entry.name} 解压后有 ${sizeText(entry.size)}，超过本工具单个部件的上限 ${sizeText(maxSize)}，无法读取`,
    );
  }
}

/**
 * The uncompressed bytes of an entry; throws a ZipError for an encrypted, unknown, damaged or hostile entry. Its
 * declared size is checked against the limits (and counted in `budget`) before inflating, and caps the inflating:
 * a stream longer than declared is refused, not truncated. `maxSize` is MAX_PART_SIZE for a part decoded as one
 * string; a worksheet, decoded in pieces, may be larger.
 */
export function entryData(
  bytes: Uint8Array,
  entry: ZipEntry,
  codec: Codec,
  budget?: InflateBudget,
  maxSize = MAX_PART_SIZE,
): Uint8Array {
  if (entry.flags & ENCRYPTED) throw new ZipError(`${entry.name} 已加密`);
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw new ZipError(`${entry.name} 的压缩方式（${entry.method}）无法读取`);
  }
  checkDeclared(entry, maxSize);
  budget?.charge(entry);
  const raw = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const longer = () =>
    new ZipError(
      `部件 ${entry.name} 解压后超出其声明的 ${sizeText(entry.size)}（已损坏或被篡改，可能是压缩炸弹），${RESAVE}`,
    );
  let data: Uint8Array;
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.size) throw new ZipError(`${entry.name} 已损坏（大小不符）`);
    data = raw;
  } else {
    try {
      data = codec.inflateRaw(raw, entry.size);
    } catch (e) {
      if (e instanceof InflateLimitError) throw longer();
      throw new ZipError(`${entry.name} 已损坏（${(e as Error).message}）`);
    }
  }
  // A codec that ignored the cap has spent the memory already; the entry is refused all the same.
  if (data.length > entry.size) throw longer();
  if (data.length !== entry.size || codec.crc32(data) !== entry.crc) {
    throw new ZipError(`${entry.name} 已损坏（校验不符）`);
  }
  return data;
}

/** An entry of the archive to write: one copied from the input as it is, or new content under a name. */
export type OutEntry = { copy: ZipEntry } | { name: string; data: Uint8Array };

/** The MS-DOS time and date of a moment, as zip headers store them (local time, two-second steps). */
function dosDateTime(moment: Date): { time: number; date: number } {
  const year = Math.max(1980, moment.getFullYear());
  return {
    time: (moment.getHours() << 11) | (moment.getMinutes() << 5) | (moment.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((moment.getMonth() + 1) << 5) | moment.getDate(),
  };
}

/** A new entry, deflated fast (a third of the time of the default level): only the parts the tool writes. */
function newEntry(
  name: string,
  data: Uint8Array,
  moment: { time: number; date: number },
  codec: Codec,
): ZipEntry & { raw: Uint8Array } {
  const rawName = utf8(name);
  const raw = codec.deflateRaw(data);
  const ascii = rawName.length === name.length;
  return {
    name,
    rawName,
    versionMadeBy: 20,
    versionNeeded: 20,
    flags: ascii ? 0 : UTF8_NAME,
    method: DEFLATED,
    time: moment.time,
    date: moment.date,
    crc: codec.crc32(data),
    compressedSize: raw.length,
    size: data.length,
    internalAttributes: 0,
    externalAttributes: 0,
    extra: new Uint8Array(0),
    comment: new Uint8Array(0),
    headerStart: 0,
    dataStart: 0,
    raw,
  };
}

function sourceData(source: Uint8Array, entry: ZipEntry): Uint8Array {
  return source.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
}

/**
 * Writes a zip archive: copied entries keep their compressed bytes, CRC, sizes, time, attributes and extra field
 * from `source`; each local header is written anew without a data descriptor, as the sizes are known.
 */
export function writeZip(
  source: Uint8Array,
  entries: readonly OutEntry[],
  codec: Codec,
  moment = new Date(),
): Uint8Array {
  const now = dosDateTime(moment);
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const out of entries) {
    const entry =
      "copy" in out ? { ...out.copy, raw: sourceData(source, out.copy) } : newEntry(out.name, out.data, now, codec);
    const raw = entry.raw;
    if (offset > MAX32 || raw.length >= MAX32 || entry.size >= MAX32) {
      throw new ZipError("工作簿超过 4 GB，无法写入");
    }
    const flags = entry.flags & ~DATA_DESCRIPTOR;
    const local = new FieldWriter(30)
      .u32(0, LOCAL_HEADER)
      .u16(4, entry.versionNeeded)
      .u16(6, flags)
      .u16(8, entry.method)
      .u16(10, entry.time)
      .u16(12, entry.date)
      .u32(14, entry.crc)
      .u32(18, raw.length)
      .u32(22, entry.size)
      .u16(26, entry.rawName.length)
      .u16(28, 0).bytes;
    chunks.push(local, entry.rawName, raw);

    const central = new FieldWriter(46)
      .u32(0, DIRECTORY_ENTRY)
      .u16(4, entry.versionMadeBy)
      .u16(6, entry.versionNeeded)
      .u16(8, flags)
      .u16(10, entry.method)
      .u16(12, entry.time)
      .u16(14, entry.date)
      .u32(16, entry.crc)
      .u32(20, raw.length)
      .u32(24, entry.size)
      .u16(28, entry.rawName.length)
      .u16(30, entry.extra.length)
      .u16(32, entry.comment.length)
      .u16(34, 0)
      .u16(36, entry.internalAttributes)
      .u32(38, entry.externalAttributes)
      .u32(42, offset).bytes;
    directory.push(central, entry.rawName, entry.extra, entry.comment);
    offset += 30 + entry.rawName.length + raw.length;
  }
  const directoryBytes = concat(directory);
  if (entries.length > 0xfffe || offset + directoryBytes.length > MAX32) {
    throw new ZipError("工作簿的部件过多或超过 4 GB，无法写入");
  }
  const end = new FieldWriter(22)
    .u32(0, END_OF_DIRECTORY)
    .u16(8, entries.length)
    .u16(10, entries.length)
    .u32(12, directoryBytes.length)
    .u32(16, offset).bytes;
  return concat([...chunks, directoryBytes, end]);
}
