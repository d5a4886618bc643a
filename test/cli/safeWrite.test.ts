/**
 * Every file the command line writes goes through writeAtomically: a temporary file created exclusively under a
 * random name in the output's folder (never through a planted link), the old file's permissions kept, synced and
 * renamed; on a failure or a signal the temporary file goes and the old file stays as it was; a read-only file or a
 * symbolic link is not replaced.
 */
import { spawn } from "child_process";
import {
  chmodSync,
  chownSync,
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import fsp = require("fs/promises");
import { join } from "path";
import { writeAtomically } from "../../src/cli/io";
import { addInput000, addUnrelatedSheet, run, scheme000File, tempDir, writeWorkbook } from "./workbooks";
import ExcelJS from "exceljs";

jest.setTimeout(60_000);

async function input(dir: string, name = "in.xlsx"): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  addInput000(workbook);
  addUnrelatedSheet(workbook);
  return writeWorkbook(workbook, join(dir, name));
}

/** Files left beside the output that are not the input, the scheme or the result. */
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".tmp"));
}

/** The prototype of Node's FileHandle, to inject failures into a write. */
async function fileHandlePrototype(): Promise<Record<string, unknown>> {
  const handle = await fsp.open(__filename, "r");
  await handle.close();
  return Object.getPrototypeOf(handle) as Record<string, unknown>;
}

const mode = (path: string) => statSync(path).mode & 0o777;
const isRoot = process.getuid?.() === 0;

afterEach(() => jest.restoreAllMocks());

describe("the temporary file", () => {
  test("has a random name in the output's folder and is created with O_EXCL, readable by its owner only", async () => {
    const dir = tempDir();
    const path = join(dir, "out.xlsx");
    const opened: { name: string; flags: unknown; mode: unknown; modeAfter: number }[] = [];
    const real = fsp.open;
    jest.spyOn(fsp, "open").mockImplementation(async (name, flags, fileMode) => {
      const handle = await real(name, flags, fileMode);
      if (String(name).endsWith(".tmp")) {
        opened.push({ name: String(name), flags, mode: fileMode, modeAfter: (await handle.stat()).mode & 0o777 });
      }
      return handle;
    });
    await writeAtomically(path, Buffer.from("first"));
    await writeAtomically(path, Buffer.from("second"));
    expect(readFileSync(path, "utf8")).toBe("second");
    expect(opened).toHaveLength(2);
    for (const o of opened) {
      expect(o.name.startsWith(`${dir}/.jixiao-`)).toBe(true);
      expect(o.name).toMatch(/\.jixiao-[0-9a-f]{32}\.tmp$/);
      expect(o).toMatchObject({ flags: "wx", mode: 0o600, modeAfter: 0o600 });
    }
    expect(opened[0]!.name).not.toBe(opened[1]!.name);
    expect(leftovers(dir)).toEqual([]);
  });

  test("a symbolic link planted at the old predictable name is not followed: its target is untouched", async () => {
    const dir = tempDir();
    const path = await input(dir);
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "do not overwrite");
    // The name the tool used to write to, for this process and for the in-place update.
    const planted = join(dir, `.in.xlsx.${process.pid}.tmp`);
    symlinkSync(victim, planted);
    const r = await run(["score", path, "--scheme", scheme000File(dir), "--out", path]);
    expect(r.code).toBe(0);
    expect(readFileSync(victim, "utf8")).toBe("do not overwrite");
    expect(readlinkSync(planted)).toBe(victim);
    expect(readdirSync(dir).filter((f) => f.startsWith(".jixiao-"))).toEqual([]);
  });
});

describe("the file replaced keeps its permissions and owner", () => {
  test("an input of mode 0600 updated in place stays 0600 (and 0640 stays 0640)", async () => {
    const dir = tempDir();
    const scheme = scheme000File(dir);
    for (const wanted of [0o600, 0o640]) {
      const path = await input(dir, `in-${wanted.toString(8)}.xlsx`);
      chmodSync(path, wanted);
      const r = await run(["score", path, "--scheme", scheme, "--out", path]);
      expect(r.code).toBe(0);
      expect(mode(path)).toBe(wanted);
    }
  });

  test("a new file gets the usual permissions (0666 less the umask), not the temporary file's 0600", async () => {
    const dir = tempDir();
    const path = join(dir, "new.bin");
    await writeAtomically(path, Buffer.from("x"));
    const umask = process.umask();
    expect(mode(path)).toBe(0o666 & ~umask);
  });

  (isRoot ? test : test.skip)("as root, the old file's owner and group are kept", async () => {
    const dir = tempDir();
    const path = join(dir, "owned.bin");
    writeFileSync(path, "old");
    chownSync(path, 4321, 4322);
    await writeAtomically(path, Buffer.from("new"));
    expect(readFileSync(path, "utf8")).toBe("new");
    expect([statSync(path).uid, statSync(path).gid]).toEqual([4321, 4322]);
  });
});

describe("what is not replaced", () => {
  test("a read-only input updated in place is refused before any work, in Chinese, and stays as it was", async () => {
    const dir = tempDir();
    const path = await input(dir);
    chmodSync(path, 0o444);
    const before = readFileSync(path);
    const r = await run(["score", path, "--scheme", scheme000File(dir), "--out", path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path} 是只读文件（没有写入权限），未替换`);
    expect(r.stderr).toContain("--out");
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(mode(path)).toBe(0o444);
    expect(leftovers(dir)).toEqual([]);
  });

  test("a read-only file is refused by writeAtomically itself, for every writer", async () => {
    const dir = tempDir();
    const path = join(dir, "ro.bin");
    writeFileSync(path, "old");
    chmodSync(path, 0o400);
    await expect(writeAtomically(path, Buffer.from("new"))).rejects.toThrow("是只读文件");
    expect(readFileSync(path, "utf8")).toBe("old");
  });

  test("a symbolic link as the output is refused: the file it points to and the link stay", async () => {
    const dir = tempDir();
    const path = await input(dir);
    const link = join(dir, "link.xlsx");
    symlinkSync(path, link);
    const before = readFileSync(path);
    const r = await run(["score", link, "--scheme", scheme000File(dir), "--out", link]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${link} 是符号链接，未替换`);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readlinkSync(link)).toBe(path);
  });

  test("a folder that does not exist is named, without a bare error code", async () => {
    const dir = tempDir();
    const out = join(dir, "没有的文件夹", "out.xlsx");
    const r = await run(["score", await input(dir), "--scheme", scheme000File(dir), "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`文件夹 ${join(dir, "没有的文件夹")} 不存在`);
    expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  });

  test("an input that does not exist is named in Chinese", async () => {
    const dir = tempDir();
    const r = await run(["score", join(dir, "没有.xlsx"), "--scheme", scheme000File(dir)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`文件不存在：${join(dir, "没有.xlsx")}。请检查工作簿的路径和文件名`);
    expect(r.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  });
});

describe("a failure or a signal during the write leaves the old file and no temporary file", () => {
  test("a full disk while syncing: the message says so, the input is unchanged, no .tmp is left", async () => {
    const dir = tempDir();
    const path = await input(dir);
    const before = readFileSync(path);
    const proto = await fileHandlePrototype();
    jest
      .spyOn(proto as { sync: () => Promise<void> }, "sync")
      .mockRejectedValue(Object.assign(new Error("ENOSPC: no space left on device, fsync"), { code: "ENOSPC" }));
    const r = await run(["score", path, "--scheme", scheme000File(dir), "--out", path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`无法写入 ${path}：磁盘已满，请腾出空间后再试；原文件未改动`);
    expect(r.stderr).not.toMatch(/\bENOSPC\b/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.startsWith("."))).toEqual([]);
  });

  test("a rename refused because Excel holds the file: named, with what to do; no .tmp is left", async () => {
    const dir = tempDir();
    const path = join(dir, "held.bin");
    writeFileSync(path, "old");
    jest
      .spyOn(fsp, "rename")
      .mockRejectedValue(Object.assign(new Error("EBUSY: resource busy or locked, rename"), { code: "EBUSY" }));
    await expect(writeAtomically(path, Buffer.from("new"))).rejects.toThrow(
      `无法替换 ${path}：没有权限，或文件正被其他程序占用（例如在 Excel、WPS 中打开着），请关闭它后再试；原文件未改动`,
    );
    expect(readFileSync(path, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["held.bin"]);
  });

  test("a write that fails halfway: no .tmp is left and no new file appears", async () => {
    const dir = tempDir();
    const path = join(dir, "new.bin");
    const proto = await fileHandlePrototype();
    jest
      .spyOn(proto as { write: () => Promise<unknown> }, "write")
      .mockRejectedValue(Object.assign(new Error("EIO: i/o error, write"), { code: "EIO" }));
    await expect(writeAtomically(path, Buffer.alloc(10))).rejects.toThrow(
      `无法写入 ${path}：读写出错（磁盘或网络故障）；没有写出文件`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  test("SIGINT during the write: the temporary file goes, the signal is raised again, the handlers go", async () => {
    const dir = tempDir();
    const path = join(dir, "out.bin");
    writeFileSync(path, "old");
    const listeners = ["SIGINT", "SIGTERM", "SIGHUP"].map((s) => process.listenerCount(s));
    const kill = jest.spyOn(process, "kill").mockImplementation(() => true);
    const proto = await fileHandlePrototype();
    const write = proto.write as (...args: unknown[]) => Promise<unknown>;
    let during: number[] = [];
    let temporaries: string[] = [];
    jest.spyOn(proto as { write: () => Promise<unknown> }, "write").mockImplementation(function (
      this: unknown,
      ...args: unknown[]
    ) {
      during = ["SIGINT", "SIGTERM", "SIGHUP"].map((s) => process.listenerCount(s));
      temporaries = leftovers(dir);
      process.emit("SIGINT", "SIGINT");
      return write.apply(this, args);
    });
    await expect(writeAtomically(path, Buffer.from("new"))).rejects.toThrow(
      `写入 ${path} 时被中断（SIGINT）：原文件未改动`,
    );
    expect(temporaries).toHaveLength(1);
    expect(during).toEqual(listeners.map((n) => n + 1));
    expect(kill).toHaveBeenCalledWith(process.pid, "SIGINT");
    expect(readFileSync(path, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["out.bin"]);
    expect(["SIGINT", "SIGTERM", "SIGHUP"].map((s) => process.listenerCount(s))).toEqual(listeners);
  });

  test("a real SIGTERM to a process stuck writing: it dies of the signal, leaving the old file and no .tmp", async () => {
    const dir = tempDir();
    const path = join(dir, "out.bin");
    writeFileSync(path, "old");
    const script = join(dir, "child.ts");
    // The child's writes never finish: it says so and waits for the signal.
    writeFileSync(
      script,
      `import { open } from "fs/promises";
import { writeAtomically } from ${JSON.stringify(join(__dirname, "..", "..", "src", "cli", "io"))};
(async () => {
  const h = await open(__filename, "r");
  const proto = Object.getPrototypeOf(h);
  await h.close();
  proto.write = () => { process.stdout.write("writing\\n"); return new Promise(() => undefined); };
  // A write in progress keeps a process alive; this one only pretends to, so the timer does.
  setInterval(() => undefined, 1000);
  await writeAtomically(${JSON.stringify(path)}, Buffer.from("new"));
})();
`,
    );
    // Node itself runs the script (tsx only compiles it), so the signal reaches the process that writes.
    const child = spawn(process.execPath, ["--require", require.resolve("tsx/cjs"), script], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += String(d)));
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on("exit", (code, signal) => resolve({ code, signal })),
    );
    let sawTemporary: string[] = [];
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d) => {
        if (!String(d).includes("writing")) return;
        sawTemporary = leftovers(dir);
        child.kill("SIGTERM");
        resolve();
      });
      child.on("exit", () => reject(new Error(`the child ended before writing: ${stderr}`)));
    });
    const end = await ended;
    expect(sawTemporary).toHaveLength(1);
    expect(end).toEqual({ code: null, signal: "SIGTERM" });
    expect(readFileSync(path, "utf8")).toBe("old");
    expect(leftovers(dir)).toEqual([]);
    expect(existsSync(path)).toBe(true);
  });
});
