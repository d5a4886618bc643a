/**
 * What `jixiao` prints, written to stdout as it goes. A command's output can be larger than one JavaScript string
 * holds (the JSON of 200,000 units is gigabytes), so it is written in chunks of about a megabyte, each with
 * blocking writes: a slow reader at the other end of a pipe holds the command up instead of the output piling up in
 * memory. Output smaller than a chunk is held until the command has succeeded, so a command that fails prints
 * nothing on stdout; the commands do everything that can fail (reading, checking, scoring) before they print, so a
 * larger output does not start either unless it can be finished.
 */
import { writeSync } from "fs";
import type { Output } from "./commands";

/** About a megabyte of text per write. */
export const CHUNK_CHARS = 1 << 20;

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `bytes` to `fd`, waiting while a non-blocking pipe is full (EAGAIN) instead of dropping output. */
function writeAll(fd: number, bytes: Buffer): void {
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
      Atomics.wait(pause, 0, 0, 5);
    }
  }
}

export class StdoutOutput implements Output {
  private pending: string[] = [];
  private size = 0;
  /** Whether any output has been written: after that, a failure leaves what was written. */
  started = false;
  /** The reader closed the pipe (`jixiao … | head`): nothing more is written, and that is not an error. */
  private closed = false;

  constructor(
    private readonly fd = 1,
    private readonly chunk = CHUNK_CHARS,
  ) {}

  out(text: string): void {
    this.pending.push(text, "\n");
    this.size += text.length + 1;
    if (this.size >= this.chunk) this.flush();
  }

  /** Writes what is held. */
  flush(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.join("");
    this.pending = [];
    this.size = 0;
    if (this.closed) return;
    this.started = true;
    try {
      writeAll(this.fd, Buffer.from(text, "utf8"));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EPIPE") throw e;
      this.closed = true;
    }
  }

  /** Drops what is held, after a failure. */
  discard(): void {
    this.pending = [];
    this.size = 0;
  }
}
