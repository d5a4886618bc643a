/**
 * A fake Excel host for tests (Excel does not run here): `run` hands a batch a request context over an in-memory
 * workbook, counting syncs and request bytes; `settings` is Office's document settings store; requirement sets are
 * whatever the test says the host supports.
 */
import type { ExcelHost } from "../../src/excel/host";
import { FakeContext, SyncRecord } from "./context";
import { FakeWorkbook } from "./model";

export { FakeWorkbook, FakeSheet, FakeExcelError } from "./model";
export type { CellData, FakeChart } from "./model";

/** Office.Settings over the fake workbook: changes live in memory until saveAsync writes them into the file. */
class FakeSettings {
  private current: Record<string, unknown>;
  constructor(private readonly book: FakeWorkbook) {
    this.current = JSON.parse(JSON.stringify(book.settings)) as Record<string, unknown>;
  }
  get(name: string): unknown {
    return this.current[name] ?? null;
  }
  set(name: string, value: unknown): void {
    this.current[name] = JSON.parse(JSON.stringify(value));
  }
  remove(name: string): void {
    delete this.current[name];
  }
  saveAsync(callback?: (result: { status: string }) => void): void {
    this.book.settings = JSON.parse(JSON.stringify(this.current)) as Record<string, unknown>;
    setTimeout(() => callback?.({ status: "succeeded" }), 0);
  }
}

export class FakeExcel {
  /** One entry per context.sync(), in order. */
  syncs: SyncRecord[] = [];
  readonly settings: FakeSettings;
  /** The requirement sets this host claims, e.g. { ExcelApi: "1.10" }. */
  supported: Record<string, string>;

  constructor(
    readonly book: FakeWorkbook = new FakeWorkbook(),
    supported: Record<string, string> = { ExcelApi: "1.10" },
  ) {
    this.settings = new FakeSettings(book);
    this.supported = supported;
  }

  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new FakeContext(this.book, (record) => this.syncs.push(record));
    const result = await batch(context as unknown as Excel.RequestContext);
    // Excel.run sends whatever the batch left queued.
    if (context.pending) await context.sync();
    return result;
  }

  isSetSupported(name: string, version: string): boolean {
    const have = this.supported[name];
    if (have === undefined) return false;
    const [a = 0, b = 0] = have.split(".").map(Number);
    const [x = 0, y = 0] = version.split(".").map(Number);
    return a > x || (a === x && b >= y);
  }

  get host(): ExcelHost {
    return {
      run: (batch) => this.run(batch),
      settings: this.settings as unknown as Office.Settings,
      isSetSupported: (name, version) => this.isSetSupported(name, version),
    };
  }

  /** The workbook saved and opened again in a new Excel session. */
  reopen(): FakeExcel {
    return new FakeExcel(this.book.reopen(), { ...this.supported });
  }

  resetCounts(): void {
    this.syncs = [];
  }
}
