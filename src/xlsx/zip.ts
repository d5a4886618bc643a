/**
 * The zip archive behind an .xlsx, read from its central directory and written back entry by entry: an entry that
 * is not changed keeps its compressed bytes, CRC and sizes as they were, so every part the tool does not write
 * leaves the file exactly as it came in.
 */
import { concat, FieldWriter, latin1, u16, u32, u64, utf8, decode } from "./bytes";
import type { Codec } from "./codec";

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
  /** Where the entry's compressed bytes start in the archive. */
  dataStart: number;
}

/** An archive or entry this reader refuses: the caller words the message for the user (file and part). */
export class ZipError extends Error {}

/** Reads the zip64 sizes and offset of an entry whose 32-bit fields are 0xFFFFFFFF. */
function zip64Values(extra: Uint8Array, wanted: number): number[] {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = u16(extra, at);
    const length = u16(extra, at + 2);
    if (id === ZIP64_EXTRA) {
      const values: number[] = [];
      for (let i = 0; i < wanted && 8 * (i + 1) <= length; i++) values.push(u64(extra, at + 4 + 8 * i));
      return values;
    }
    at += 4 + length;
  }
  return [];
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

/** The entries of a zip archive, in the order of its central directory; undefined when the bytes are not a zip. */
export function readZip(bytes: Uint8Array): ZipEntry[] | undefined {
  const end = findEnd(bytes);
  if (end < 0) return undefined;
  let count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  if ((count === 0xffff || at === MAX32) && end >= 20 && u32(bytes, end - 20) === ZIP64_END_LOCATOR) {
    const record = u64(bytes, end - 20 + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== ZIP64_END_OF_DIRECTORY) return undefined;
    count = u64(bytes, record + 32);
    at = u64(bytes, record + 48);
  }
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== DIRECTORY_ENTRY) return undefined;
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    let size = u32(bytes, at + 24);
    let compressedSize = u32(bytes, at + 20);
    let offset = u32(bytes, at + 42);
    // Zip64 stores, in this order, only the fields whose 32-bit value is 0xFFFFFFFF.
    const big = zip64Values(extra, 3);
    if (size === MAX32) size = big.shift() ?? size;
    if (compressedSize === MAX32) compressedSize = big.shift() ?? compressedSize;
    if (offset === MAX32) offset = big.shift() ?? offset;
    if (offset + 30 > bytes.length || u32(bytes, offset) !== LOCAL_HEADER) return undefined;
    const dataStart = offset + 30 + u16(bytes, offset + 26) + u16(bytes, offset + 28);
    if (dataStart + compressedSize > bytes.length) return undefined;
    entries.push({
      // Names are ASCII in every .xlsx; a name not flagged UTF-8 is read as Latin-1 rather than guessed.
      name: flags & UTF8_NAME ? decode(rawName, "utf-8") : latin1(rawName),
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
      comment: bytes.subarray(at + 46 + nameLength + extraLength, at + 46 + nameLength + extraLength + commentLength),
      dataStart,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of an entry; throws a ZipError for an encrypted, unknown or damaged entry. */
export function entryData(bytes: Uint8Array, entry: ZipEntry, codec: Codec): Uint8Array {
  if (entry.flags & ENCRYPTED) throw new ZipError(`${entry.name} 已加密`);
  const raw = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let data: Uint8Array;
  if (entry.method === STORED) data = raw;
  else if (entry.method === DEFLATED) {
    try {
      data = codec.inflateRaw(raw, entry.size);
    } catch (e) {
      throw new ZipError(`${entry.name} 已损坏（${(e as Error).message}）`);
    }
  } else throw new ZipError(`${entry.name} 的压缩方式（${entry.method}）无法读取`);
  if (data.length !== entry.size || codec.crc32(data) !== entry.crc)
    throw new ZipError(`${entry.name} 已损坏（校验不符）`);
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
