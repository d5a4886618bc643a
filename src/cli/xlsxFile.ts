/** The .xlsx layer's file side: reading a workbook's bytes, Node's zlib as its codec, writing the patched bytes. */
import { readFileSync } from "fs";
import { crc32, deflateRawSync, inflateRawSync } from "zlib";
import { Codec, InflateLimitError, openXlsx, XlsxFile } from "../xlsx";
import { readProblem, writeAtomically } from "./io";

/** The largest buffer Node allocates in one piece (2 GiB − 1). */
const MAX_OUTPUT = 2 ** 31 - 1;

/**
 * Node's zlib: `maxOutputLength` stops inflating at the cap instead of after the whole stream, with a RangeError
 * (ERR_BUFFER_TOO_LARGE) that becomes the codec's InflateLimitError.
 */
export const nodeCodec: Codec = {
  inflateRaw(data, maxOutput) {
    // zlib wants a cap of at least one byte: an empty entry's stream that yields one is refused by the size check.
    const cap = Math.max(1, Math.min(maxOutput, MAX_OUTPUT));
    try {
      return inflateRawSync(data, { maxOutputLength: cap });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
        throw new InflateLimitError(`解压超过 ${cap} 字节`);
      }
      throw e;
    }
  },
  deflateRaw: (data) => deflateRawSync(data, { level: 1 }),
  crc32: (data) => crc32(data),
};

/** Opens a workbook from disk; an unreadable file is a UserError naming it. */
export function openXlsxFile(path: string): XlsxFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw readProblem("工作簿", path, e);
  }
  return openXlsx(bytes, path, nodeCodec);
}

/** Writes the patched workbook to `path` through a temporary file beside it (see writeAtomically). */
export async function saveWorkbook(bytes: Uint8Array, path: string): Promise<void> {
  await writeAtomically(path, bytes);
}
