/** Little-endian fields, text and concatenation over plain Uint8Arrays: what the zip layer needs of Node's Buffer. */

export function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

export function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
}

/** A 64-bit field as a number; values past 2^53 come out inexact, and every caller bounds them far below that. */
export function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x1_0000_0000;
}

/** A little-endian writer over a fixed-size buffer. */
export class FieldWriter {
  readonly bytes: Uint8Array;
  constructor(size: number) {
    this.bytes = new Uint8Array(size);
  }
  u16(at: number, value: number): this {
    this.bytes[at] = value & 0xff;
    this.bytes[at + 1] = (value >>> 8) & 0xff;
    return this;
  }
  u32(at: number, value: number): this {
    return this.u16(at, value & 0xffff).u16(at + 2, (value >>> 16) & 0xffff);
  }
}

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * The text codecs every JavaScript host has (Node and browsers alike), reached through globalThis because this layer
 * compiles without the DOM's and Node's type libraries: that is what keeps `fs`, `Buffer` and `document` out of it.
 */
const host = globalThis as unknown as {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (
    label: string,
    options: { fatal: boolean; ignoreBOM: boolean },
  ) => { decode(b: Uint8Array): string };
};
const encoder = new host.TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Bytes as text in the given encoding; a byte sequence that is not valid there throws (`fatal`). */
export function decode(bytes: Uint8Array, encoding: "utf-8" | "utf-16le" | "utf-16be"): string {
  return new host.TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
}

/** Bytes as Latin-1: one character per byte, never failing. */
export function latin1(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x2000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  }
  return text;
}
