/**
 * The limits the .xlsx layer puts on a workbook before it spends memory on it: a hostile zip (a bomb, entries that
 * overlap) is refused from its declared sizes, before anything is inflated. docs/limits.md explains them to users.
 */

/** Uncompressed bytes one workbook may have read, all parts together: 200,000 units of the widest scheme fit. */
export const MAX_INFLATED_TOTAL = 1024 ** 3;

/** One part becomes one string, and V8 holds none longer than 2^29 − 24 units (a UTF-8 byte is at most one unit). */
export const MAX_PART_SIZE = 2 ** 29 - 24;

/** A worksheet is decoded in pieces (read.ts), so only the workbook's total bounds it. */
export const MAX_WORKSHEET_SIZE = MAX_INFLATED_TOTAL;

/** Bytes of worksheet XML decoded at a time when a worksheet is read in pieces. */
export const WORKSHEET_PIECE_BYTES = 1 << 26;

/** Declared size over compressed size past which a large entry is a bomb: real parts 3–32:1, a bomb 1000:1. */
export const MAX_INFLATE_RATIO = 100;

/** Entries up to this declared size skip the ratio check: a small part may compress far and costs nothing. */
export const RATIO_GRACE_SIZE = 1024 ** 2;
