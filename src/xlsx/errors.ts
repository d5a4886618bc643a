/**
 * What the .xlsx layer says when a file cannot be read or written: one error type, its message in Chinese and
 * complete (the file, the part, what is wrong), so a shell prints it as it is.
 */

/** A workbook the layer refuses: malformed, hostile, or beyond its limits. Never a bug of ours. */
export class XlsxError extends Error {
  override name = "XlsxError";
}
