/**
 * The commands at a size where a spread of every unit into one call overflows the stack (about 125,000) and where
 * quadratic work (ties listed one by one, names matched pair by pair) would not finish: 130,000 units of a scheme of
 * two leaves, so that the test measures the number of units, not the work per unit. Large ties on purpose: a third
 * of the units share first place in block 甲. No timing is asserted; each command must finish and exit 0 with the
 * whole output. The bench group "scale" runs the same commands on changning-2023 (docs/benchmarks.md).
 *
 * Too slow for the everyday suite (about a minute of CPU; a minute on this two-core machine when it is quiet, four
 * when it is shared): plain `jest` leaves test/scale out; `npm run test:scale` runs it, and so does `npm test`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli";
import { loadScheme } from "../../src/engine";
import { writeUnitsJson, writeUnitsXlsx } from "../../scripts/bench/scaleInputs";
import { TWO_LEAVES } from "../fixtures/twoLeaves";

const UNITS = 130_000;
/** A test may take this long on a loaded machine; none should come near it. */
const TIMEOUT = 300_000;

/** Unit i (from 0): every third one full marks in 甲; 乙 from 0 to 49.99 and round again. */
const a1 = (i: number) => (i % 3 === 0 ? 50 : (i % 4900) / 100);
const b1 = (i: number) => (i % 5000) / 100;
const name = (i: number) => `单位${i + 1}`;

interface Printed {
  code: number;
  /** Every piece the command printed (a piece is one or more lines). */
  pieces: string[];
}

async function jixiao(args: string[]): Promise<Printed> {
  const pieces: string[] = [];
  const code = await main(args, { out: (s) => pieces.push(s) });
  return { code, pieces };
}

/** The pieces of `--json` output that are elements of its lists (each printed on its own), parsed. */
function listed(pieces: readonly string[]): Record<string, unknown>[] {
  return pieces.filter((p) => p.startsWith("    {")).map((p) => JSON.parse(p.replace(/,$/, "")));
}

describe(`${UNITS.toLocaleString("en")} units: every command finishes`, () => {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-scale-"));
  const scheme = join(dir, "scheme.json");
  const after = join(dir, "after.json");
  const before = join(dir, "before.json");
  const xlsx = join(dir, "after.xlsx");
  const tied = Math.ceil(UNITS / 3);

  beforeAll(() => {
    writeFileSync(scheme, JSON.stringify(TWO_LEAVES));
    const units = Array.from({ length: UNITS }, (_, i) => ({ name: name(i), values: { A1: a1(i), B1: b1(i) } }));
    writeUnitsJson(after, units);
    const loaded = loadScheme(TWO_LEAVES);
    if (!loaded.ok) throw new Error("the test scheme does not load");
    writeUnitsXlsx(xlsx, loaded.scheme, units);
    // The earlier sheet: every other unit under its full name (matched by dropping 街道), the last ten under other
    // names (found in one sheet only), everyone one point lower in 乙 where they can be.
    writeUnitsJson(
      before,
      units.map((u, i) => ({
        name: i >= UNITS - 10 ? `其他${i}` : i % 2 === 0 ? `${u.name}街道` : u.name,
        values: { A1: a1(i), B1: Math.max(0, b1(i) - 1) },
      })),
    );
  }, TIMEOUT);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test(
    "evaluate --json: every unit, each with its sentences",
    async () => {
      const { code, pieces } = await jixiao(["evaluate", "--scheme", scheme, "--input", after, "--json"]);
      expect(code).toBe(0);
      const units = listed(pieces);
      expect(units).toHaveLength(UNITS);
      expect(units[UNITS - 1]).toMatchObject({ name: name(UNITS - 1), explanations: { A1: expect.any(String) } });
      expect(units.filter((u) => u.rank === 1)).toHaveLength(units.filter((u) => u.total === 99.99).length);
      expect(pieces[pieces.length - 1]).toBe("}");
    },
    TIMEOUT,
  );

  test(
    "report: a third of the units tied first in 甲, listed once each with the tie marked after the last",
    async () => {
      const { code, pieces } = await jixiao(["report", "--scheme", scheme, "--input", after, "--before", before]);
      expect(code).toBe(0);
      const text = pieces.join("\n");
      const block = text.slice(
        text.indexOf("在甲部分，排名前三的是"),
        text.indexOf("全区平均分达到", text.indexOf("在甲部分")),
      );
      const last = name(3 * (tied - 1));
      expect(block.split("、")).toHaveLength(tied - 1);
      expect(block).toContain(`和${last}（并列第一）`);
      expect(block.match(/并列/g)).toHaveLength(1);
      expect(text).toContain("进步较大");
    },
    TIMEOUT,
  );

  test(
    "compare --json: every unit matched, by name or by dropping 街道, and the ten renamed in one sheet only",
    async () => {
      const { code, pieces } = await jixiao([
        "compare",
        "--scheme",
        scheme,
        "--before",
        before,
        "--after",
        after,
        "--json",
      ]);
      expect(code).toBe(0);
      const units = listed(pieces);
      expect(units).toHaveLength(UNITS + 10);
      const methods = new Map<string, number>();
      for (const u of units.slice(0, UNITS - 10)) {
        const method = (u.match as { method: string }).method;
        methods.set(method, (methods.get(method) ?? 0) + 1);
      }
      expect(Object.fromEntries(methods)).toEqual({ exact: (UNITS - 10) / 2, suffix: (UNITS - 10) / 2 });
    },
    TIMEOUT,
  );

  test(
    "score: the 得分表 written and its table printed",
    async () => {
      const out = join(dir, "scored.xlsx");
      const { code, pieces } = await jixiao(["score", xlsx, "--scheme", scheme, "--out", out]);
      expect(code).toBe(0);
      expect(pieces.filter((line) => /^单位\d+\s/.test(line))).toHaveLength(UNITS);
      expect(pieces[pieces.length - 1]).toContain(`读取 ${UNITS} 个单位，得分表写入 ${out}`);
    },
    TIMEOUT,
  );
});
