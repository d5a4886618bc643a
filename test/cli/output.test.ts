/**
 * Output written as it goes: `--json` made element by element is the text JSON.stringify(…, null, 2) gives, and
 * stdout holds what is smaller than a chunk until the command has succeeded, so a failure prints nothing.
 */
import { spawnSync } from "child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { LazyArray, writeJson } from "../../src/cli/json";
import { StdoutOutput } from "../../src/cli/stdout";

function printed(value: unknown): string {
  let text = "";
  writeJson({ out: (s) => (text += `${s}\n`) }, value);
  return text;
}

const lazy = <T>(items: T[]) => new LazyArray(items.length, (i) => items[i]);

describe("JSON written element by element", () => {
  const units = [
    { name: "新泾", scores: { "1.1": 2.5, "1.2": null }, missing: [], explanations: { "1.1": "多行\n文字" } },
    { name: "江苏", scores: {}, missing: ["1.2"], explanations: {} },
  ];

  test("the same text as JSON.stringify(value, null, 2), lists made lazily or not", () => {
    const value = { scheme: "x", units, onlyBefore: [], nested: { deep: units, n: 1 }, improved: ["新泾"] };
    const expected = `${JSON.stringify(value, null, 2)}\n`;
    expect(printed(value)).toBe(expected);
    expect(printed({ ...value, units: lazy(units), onlyBefore: lazy([]), nested: { deep: lazy(units), n: 1 } })).toBe(
      expected,
    );
  });

  test("undefined values are left out as JSON.stringify leaves them; an undefined element is null", () => {
    expect(printed({ a: undefined, b: lazy([1, undefined, 3]), c: 2 })).toBe(
      `${JSON.stringify({ a: undefined, b: [1, null, 3], c: 2 }, null, 2)}\n`,
    );
  });

  test("each element is printed by itself, when it is made", () => {
    const made: number[] = [];
    const pieces: string[] = [];
    writeJson(
      { out: (s) => pieces.push(`${s}|${made.length}`) },
      {
        units: new LazyArray(3, (i) => {
          made.push(i);
          return { i };
        }),
      },
    );
    expect(pieces).toEqual([
      "{|0",
      '  "units": [|0',
      '    {\n      "i": 0\n    },|1',
      '    {\n      "i": 1\n    },|2',
      '    {\n      "i": 2\n    }|3',
      "  ]|3",
      "}|3",
    ]);
  });
});

describe("stdout written as it goes", () => {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-out-"));

  test("under a chunk, nothing is written until flush; discard drops it", () => {
    const path = join(dir, "small.txt");
    const fd = openSync(path, "w");
    try {
      const output = new StdoutOutput(fd, 64);
      output.out("甲");
      output.out("乙");
      expect(readFileSync(path, "utf8")).toBe("");
      expect(output.started).toBe(false);
      output.discard();
      output.flush();
      expect(readFileSync(path, "utf8")).toBe("");
      output.out("丙");
      output.flush();
      expect(readFileSync(path, "utf8")).toBe("丙\n");
    } finally {
      closeSync(fd);
    }
  });

  test("a chunk's worth is written at once, in order, and the rest on flush", () => {
    const path = join(dir, "large.txt");
    const fd = openSync(path, "w");
    try {
      const output = new StdoutOutput(fd, 10);
      for (let i = 0; i < 7; i++) output.out(`第${i}行`);
      expect(output.started).toBe(true);
      const early = readFileSync(path, "utf8");
      expect(early.length).toBeGreaterThan(0);
      output.flush();
      expect(readFileSync(path, "utf8")).toBe(Array.from({ length: 7 }, (_, i) => `第${i}行\n`).join(""));
    } finally {
      closeSync(fd);
    }
  });

  test("as a process: 5 MB of JSON arrive whole through a pipe, also when its reader starts late; a reader that stops early is no error", () => {
    const input = join(dir, "in.json");
    const units = Array.from({ length: 4000 }, (_, i) => ({ name: `单位${i + 1}`, values: {} }));
    writeFileSync(input, JSON.stringify({ units }));
    const jixiao = [process.execPath, require.resolve("tsx/cli"), join(__dirname, "..", "..", "src", "cli", "index.ts")]
      .map((word) => `"${word}"`)
      .join(" ");
    const command = `${jixiao} evaluate --scheme changning-2023 --input "${input}" --json`;
    const whole = spawnSync(
      process.execPath,
      [
        require.resolve("tsx/cli"),
        join(__dirname, "..", "..", "src", "cli", "index.ts"),
        "evaluate",
        "--scheme",
        "changning-2023",
        "--input",
        input,
        "--json",
      ],
      { maxBuffer: 1 << 30 },
    );
    expect(whole.status).toBe(0);
    const parsed = JSON.parse(whole.stdout.toString()) as { units: { name: string }[] };
    expect(parsed.units).toHaveLength(4000);
    expect(whole.stdout.length).toBeGreaterThan(4_000_000);
    // The pipe fills while its reader sleeps: the writes wait for it instead of failing or dropping output.
    const late = spawnSync("bash", ["-c", `set -o pipefail; ${command} | (sleep 1; cat) | wc -c`], {
      encoding: "utf8",
    });
    expect(late.status).toBe(0);
    expect(Number(late.stdout.trim())).toBe(whole.stdout.length);
    // `| head -c 1000`: the pipe closes after the first kilobyte; jixiao stops writing and still exits 0.
    const head = spawnSync("bash", ["-c", `set -o pipefail; ${command} | head -c 1000`]);
    expect(head.status).toBe(0);
    expect(head.stdout).toHaveLength(1000);
    expect(head.stderr.toString()).toBe("");
  });
});
