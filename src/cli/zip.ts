/**
 * The zip archive behind an .xlsx, read from its central directory and written back entry by entry: an entry that
 * is not changed keeps its compressed bytes, CRC and sizes as they were, so every part the tool does not write
 * leaves the file exactly as it came in.
 */
import { crc32, deflateRawSync, inflateRawSync } from "zlib";

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
  rawName: Buffer;
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
  extra: Buffer;
  comment: Buffer;
  /** Where the entry's compressed bytes start in the archive. */
  dataStart: number;
}

/** An archive that is not a zip Node can read: the caller words the message for the user. */
export class ZipError extends Error {}

/** Reads the zip64 sizes and offset of an entry whose 32-bit fields are 0xFFFFFFFF. */
function zip64Values(extra: Buffer, wanted: number): number[] {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      const values: number[] = [];
      for (let i = 0; i < wanted && 8 * (i + 1) <= length; i++)
        values.push(Number(extra.readBigUInt64LE(at + 4 + 8 * i)));
      return values;
    }
    at += 4 + length;
  }
  return [];
}

function withoutZip64(extra: Buffer): Buffer {
  const kept: Buffer[] = [];
  for (let at = 0; at + 4 <= extra.length;) {
    const length = extra.readUInt16LE(at + 2);
    if (extra.readUInt16LE(at) !== ZIP64_EXTRA) kept.push(extra.subarray(at, at + 4 + length));
    at += 4 + length;
  }
  return Buffer.concat(kept);
}

function findEnd(bytes: Buffer): number {
  // The end record is at most 22 bytes plus a 65535-byte comment from the end.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return -1;
}

/** The entries of a zip archive, in the order of its central directory; undefined when the bytes are not a zip. */
export function readZip(bytes: Buffer): ZipEntry[] | undefined {
  const end = findEnd(bytes);
  if (end < 0) return undefined;
  let count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if ((count === 0xffff || at === MAX32) && end >= 20 && bytes.readUInt32LE(end - 20) === ZIP64_END_LOCATOR) {
    const record = Number(bytes.readBigUInt64LE(end - 20 + 8));
    if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_END_OF_DIRECTORY) return undefined;
    count = Number(bytes.readBigUInt64LE(record + 32));
    at = Number(bytes.readBigUInt64LE(record + 48));
  }
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return undefined;
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    let size = bytes.readUInt32LE(at + 24);
    let compressedSize = bytes.readUInt32LE(at + 20);
    let offset = bytes.readUInt32LE(at + 42);
    // Zip64 stores, in this order, only the fields whose 32-bit value is 0xFFFFFFFF.
    const big = zip64Values(extra, 3);
    if (size === MAX32) size = big.shift() ?? size;
    if (compressedSize === MAX32) compressedSize = big.shift() ?? compressedSize;
    if (offset === MAX32) offset = big.shift() ?? offset;
    if (offset + 30 > bytes.length || bytes.readUInt32LE(offset) !== LOCAL_HEADER) return undefined;
    const dataStart = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
    if (dataStart + compressedSize > bytes.length) return undefined;
    entries.push({
      // Names are ASCII in every .xlsx; a name not flagged UTF-8 is read as Latin-1 rather than guessed.
      name: rawName.toString(flags & UTF8_NAME ? "utf8" : "latin1"),
      rawName,
      versionMadeBy: bytes.readUInt16LE(at + 4),
      versionNeeded: bytes.readUInt16LE(at + 6),
      flags,
      method: bytes.readUInt16LE(at + 10),
      time: bytes.readUInt16LE(at + 12),
      date: bytes.readUInt16LE(at + 14),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize,
      size,
      internalAttributes: bytes.readUInt16LE(at + 36),
      externalAttributes: bytes.readUInt32LE(at + 38),
      extra: withoutZip64(extra),
      comment: bytes.subarray(at + 46 + nameLength + extraLength, at + 46 + nameLength + extraLength + commentLength),
      dataStart,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of an entry; throws a ZipError for an encrypted, unknown or damaged entry. */
export function entryData(bytes: Buffer, entry: ZipEntry): Buffer {
  if (entry.flags & ENCRYPTED) throw new ZipError(`${entry.name} 已加密`);
  const raw = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let data: Buffer;
  if (entry.method === STORED) data = raw;
  else if (entry.method === DEFLATED) {
    try {
      data = inflateRawSync(raw);
    } catch (e) {
      throw new ZipError(`${entry.name} 已损坏（${(e as Error).message}）`);
    }
  } else throw new ZipError(`${entry.name} 的压缩方式（${entry.method}）无法读取`);
  if (data.length !== entry.size || crc32(data) !== entry.crc) throw new ZipError(`${entry.name} 已损坏（校验不符）`);
  return data;
}

/** An entry of the archive to write: one copied from the input as it is, or new content under a name. */
export type OutEntry = { copy: ZipEntry } | { name: string; data: Buffer };

/** The MS-DOS time and date of a moment, as zip headers store them (local time, two-second steps). */
function dosDateTime(moment: Date): { time: number; date: number } {
  const year = Math.max(1980, moment.getFullYear());
  return {
    time: (moment.getHours() << 11) | (moment.getMinutes() << 5) | (moment.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((moment.getMonth() + 1) << 5) | moment.getDate(),
  };
}

/** A new entry, deflated fast (a third of the time of the default level): only the parts the tool writes. */
function newEntry(name: string, data: Buffer, moment: { time: number; date: number }): ZipEntry & { raw: Buffer } {
  const rawName = Buffer.from(name, "utf8");
  const raw = deflateRawSync(data, { level: 1 });
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
    crc: crc32(data),
    compressedSize: raw.length,
    size: data.length,
    internalAttributes: 0,
    externalAttributes: 0,
    extra: Buffer.alloc(0),
    comment: Buffer.alloc(0),
    dataStart: 0,
    raw,
  };
}

function sourceData(source: Buffer, entry: ZipEntry): Buffer {
  return source.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
}

/**
 * Writes a zip archive: copied entries keep their compressed bytes, CRC, sizes, time, attributes and extra field
 * from `source`; each local header is written anew without a data descriptor, as the sizes are known.
 */
export function writeZip(source: Buffer, entries: readonly OutEntry[], moment = new Date()): Buffer {
  const now = dosDateTime(moment);
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const out of entries) {
    const entry =
      "copy" in out ? { ...out.copy, raw: sourceData(source, out.copy) } : newEntry(out.name, out.data, now);
    const raw = entry.raw;
    if (offset > MAX32 || raw.length >= MAX32 || entry.size >= MAX32) {
      throw new ZipError("工作簿超过 4 GB，无法写入");
    }
    const flags = entry.flags & ~DATA_DESCRIPTOR;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(entry.versionNeeded, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(entry.time, 10);
    local.writeUInt16LE(entry.date, 12);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(raw.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(entry.rawName.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, entry.rawName, raw);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(DIRECTORY_ENTRY, 0);
    central.writeUInt16LE(entry.versionMadeBy, 4);
    central.writeUInt16LE(entry.versionNeeded, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt16LE(entry.time, 12);
    central.writeUInt16LE(entry.date, 14);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(raw.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(entry.rawName.length, 28);
    central.writeUInt16LE(entry.extra.length, 30);
    central.writeUInt16LE(entry.comment.length, 32);
    central.writeUInt16LE(0, 34);
    central.writeUInt16LE(entry.internalAttributes, 36);
    central.writeUInt32LE(entry.externalAttributes, 38);
    central.writeUInt32LE(offset, 42);
    directory.push(central, entry.rawName, entry.extra, entry.comment);
    offset += 30 + entry.rawName.length + raw.length;
  }
  const directoryBytes = Buffer.concat(directory);
  if (entries.length > 0xfffe || offset + directoryBytes.length > MAX32) {
    throw new ZipError("工作簿的部件过多或超过 4 GB，无法写入");
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directoryBytes, end]);
}
