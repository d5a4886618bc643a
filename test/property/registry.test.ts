/**
 * The binding registry the shell keeps in the document's settings (issue 7): any registry written and read back —
 * through JSON, as Office stores settings, and through a saved and reopened workbook — is the registry written; a
 * stored value that is not a registry is refused with a message naming what is wrong, never a crash.
 */
import fc from "fast-check";
import {
  emptyRegistry,
  parseRegistry,
  readRegistry,
  Registry,
  SETTINGS_KEY,
  writeRegistry,
} from "../../src/excel/registry";
import { FakeExcel } from "../../tools/fake-excel";

/** Any key but "__proto__", which the registry refuses (no object built from JSON can keep it). */
const key = fc.string().filter((k) => k !== "__proto__");

const table = fc.record(
  {
    name: fc.string(),
    rows: fc.nat(),
    cols: fc.nat(),
    hashes: fc.string(),
    chart: fc.string(),
  },
  { requiredKeys: ["name", "rows", "cols", "hashes"] },
);

const registry: fc.Arbitrary<Registry> = fc.record(
  {
    version: fc.constant(1 as const),
    // The scheme is a JSON file; JSON has no -0, so a value is taken as JSON gives it back.
    scheme: fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown),
    bindings: fc.dictionary(key, fc.string()),
    reported: fc.dictionary(key, fc.string()),
    tables: fc.dictionary(key, table),
    highlights: fc.array(fc.record({ sheet: fc.string(), address: fc.string(), previous: fc.string() })),
  },
  { requiredKeys: ["version", "bindings", "reported", "tables", "highlights"] },
);

describe("a registry written and read back is the same registry", () => {
  test("through JSON, as Office keeps a setting", () => {
    fc.assert(
      fc.property(registry, (r) => {
        const read = parseRegistry(JSON.parse(JSON.stringify(r)));
        expect(read).toEqual({ ok: true, registry: r });
      }),
    );
  });

  test("through the document settings of a workbook saved and opened again", async () => {
    await fc.assert(
      fc.asyncProperty(registry, async (r) => {
        const fake = new FakeExcel();
        await writeRegistry(fake.host.settings, r);
        expect(readRegistry(fake.reopen().host.settings)).toEqual(r);
      }),
      { numRuns: 50 },
    );
  });

  test("nothing stored reads as the empty registry", () => {
    expect(parseRegistry(null)).toEqual({ ok: true, registry: emptyRegistry() });
    expect(readRegistry(new FakeExcel().host.settings)).toEqual(emptyRegistry());
  });
});

describe("a stored value that is not a registry is refused with a clear message", () => {
  test("whatever is stored, reading it never throws, and a refusal says what is wrong in both languages", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), registry.map(spoil)), (stored) => {
        const read = parseRegistry(stored);
        if (!read.ok) {
          expect(read.message.zh).toMatch(/绑定记录/);
          expect(read.message.en).toMatch(/bindings/);
        }
      }),
    );
  });

  test("a binding whose name is not text is named by its path", () => {
    const read = parseRegistry({ version: 1, bindings: { C11: 5 } });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message.zh).toContain("bindings.C11");
  });

  test("a highlight without its previous fill is named by its position", () => {
    const read = parseRegistry({ version: 1, highlights: [{ sheet: "输入", address: "H7" }] });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message.zh).toContain("highlights[0].previous");
  });

  test("a record saved by a newer version is refused as such", () => {
    const read = parseRegistry({ version: 2, bindings: {} });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message.zh).toContain("较新版本");
  });

  test("a key “__proto__” read from JSON is refused, not silently dropped", () => {
    const read = parseRegistry(JSON.parse('{"version":1,"bindings":{"__proto__":"jx_x"}}'));
    expect(read.ok).toBe(false);
  });

  test("text, numbers and arrays stored under the key are refused", () => {
    for (const stored of ["jixiao", 1, [], { bindings: {} }]) {
      const fake = new FakeExcel();
      fake.host.settings.set(SETTINGS_KEY, stored);
      expect(parseRegistry(fake.host.settings.get(SETTINGS_KEY)).ok).toBe(false);
      // The shell then works as if nothing were bound.
      expect(readRegistry(fake.host.settings)).toEqual(emptyRegistry());
    }
  });
});

/** A registry with one field broken. */
function spoil(r: Registry): unknown {
  return { ...r, tables: { score: { name: 1, rows: -1 } } };
}
