/**
 * Inflate, deflate and CRC-32 as the layer needs them, behind an interface: the command line passes Node's zlib, a
 * browser build would pass a pure-JS inflate. The layer itself imports nothing from Node.
 */

export interface Codec {
  /**
   * The raw DEFLATE stream `data` inflated; throws when it is damaged, and throws an InflateLimitError when its
   * output would pass `maxOutput` bytes (checked while inflating, so a bomb never allocates more than the cap).
   */
  inflateRaw(data: Uint8Array, maxOutput: number): Uint8Array;
  /** Raw DEFLATE at a fast level: only the parts the tool writes go through it. */
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

/** A stream that inflates to more than the cap it was given: stopped at the cap, never truncated silently. */
export class InflateLimitError extends Error {
  override name = "InflateLimitError";
}
