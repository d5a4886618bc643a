/**
 * Damaged workbooks: whatever happens to the bytes of an .xlsx — headers of the zip flipped, the file cut short,
 * entries twice, characters of a part inserted or deleted, attribute values changed, entity references, huge row
 * numbers, UTF-16 of odd length — the reader and the patcher either work or refuse with an XlsxError, and `jixiao
 * score` either writes its result (exit 0) or refuses in Chinese (exit 1). Never an internal error (exit 3), never
 * another exception.
 *
 * A result must also be sound: one zip entry per part name, its 得分表 marked and read back by the tool.
 *
 * The seed is fixed, so CI runs the same cases every time (about 150 per property, a few seconds). More cases, for
 * the bench or a night: JIXIAO_FUZZ_RUNS=<n> (runs per property; the XML property runs twice as many) and
 * JIXIAO_FUZZ_SEED=<n> for other cases than CI's, e.g. `JIXIAO_FUZZ_RUNS=2000 JIXIAO_FUZZ_SEED=7 npx jest
 * test/xlsx/fuzz.test.ts`. A failure prints its seed, path and counterexample, which replay it. What fuzzing found
 * is kept below the properties as plain tests.
 */
import fc from "fast-check";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { nodeCodec } from "../../src/cli/xlsxFile";
import { SCORE_SHEET_NAME } from "../../src/workbook";
import { hasMarker, openXlsx, patchWorkbook, readSheetCells, sheetNamed, worksheets, XlsxError } from "../../src/xlsx";
import { readZip, writeZip } from "../../src/xlsx/zip";
import { HEADER_000, TABLE_000 } from "../fixtures/doc000";
import { run, tempDir, writeParts, zipParts } from "../cli/workbooks";

jest.setTimeout(120_000);

const RUNS = Number(process.env.JIXIAO_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.JIXIAO_FUZZ_SEED ?? 20211);

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

/** [000]'s input as a small workbook: the header as shared strings, the names as inline strings, the scores as numbers. */
function inputWorkbook(path: string): string {
  const strings = HEADER_000;
  const col = (c: number) => String.fromCharCode(65 + c);
  const header = strings.map((_, c) => `<c r="${col(c)}1" t="s"><v>${c}</v></c>`).join("");
  const rows = TABLE_000.map(
    ([name, ...scores], r) =>
      `<row r="${r + 2}"><c r="A${r + 2}" t="inlineStr"><is><t>${name}</t></is></c>${scores
        .map((v, c) => `<c r="${col(c + 1)}${r + 2}"><v>${v}</v></c>`)
        .join("")}</row>`,
  ).join("");
  return writeParts(
    path,
    new Map([
      [
        "[Content_Types].xml",
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}sharedStrings+xml"/></Types>`,
      ],
      [
        "_rels/.rels",
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ],
      [
        "xl/workbook.xml",
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="输入" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ],
      [
        "xl/_rels/workbook.xml.rels",
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ],
      [
        "xl/sharedStrings.xml",
        `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`,
      ],
      [
        "xl/worksheets/sheet1.xml",
        `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1">${header}</row>${rows}</sheetData><mergeCells count="1"><mergeCell ref="H1:I2"/></mergeCells></worksheet>`,
      ],
    ]),
  );
}

/** Two valid workbooks to damage: [000]'s input alone, and the same once scored (得分表, 附加得分表, styles, names). */
interface Base {
  name: string;
  bytes: Buffer;
  parts: Map<string, Buffer>;
}
let bases: Base[];
let dir: string;

beforeAll(async () => {
  dir = tempDir();
  const input = inputWorkbook(join(dir, "input.xlsx"));
  const scored = join(dir, "scored.xlsx");
  const r = await run(["score", input, "--scheme", "changning-2021", "--out", scored]);
  if (r.code !== 0) throw new Error(r.stderr);
  bases = [input, scored].map((path) => ({
    name: path,
    bytes: readFileSync(path),
    parts: new Map([...zipParts(path)].map(([n, p]) => [n, p.data])),
  }));
});

/** Reads everything a command reads, and patches a new sheet in: each step works or throws an XlsxError. */
function readAndPatch(bytes: Uint8Array): void {
  const file = openXlsx(bytes, "fuzz.xlsx", nodeCodec);
  for (const sheet of worksheets(file)) readSheetCells(file, sheet);
  hasMarker(file, "jixiao_score_table", SCORE_SHEET_NAME);
  if (worksheets(file).length === 0) return;
  const grid = {
    cells: [
      [
        { value: "单位", bold: true },
        { value: 1.5, format: "0.00" },
      ],
    ],
    merges: [],
    bordered: [{ row: 0, col: 0, rows: 1, cols: 2 }],
    widths: [10, 8],
    frozenRows: 1,
  };
  const out = patchWorkbook(file, [{ name: "模糊测试", marker: "jixiao_fuzz", grid }]);
  const again = openXlsx(out, "fuzz-out.xlsx", nodeCodec);
  readSheetCells(again, sheetNamed(again, "模糊测试")!);
}

/**
 * What a damaged workbook did: undefined for a result or a refusal, else what went wrong, which fails the property.
 * `scored` is set when the command wrote its result.
 */
const last = { scored: false };
async function outcome(bytes: Uint8Array): Promise<string | undefined> {
  last.scored = false;
  try {
    readAndPatch(bytes);
  } catch (e) {
    if (!(e instanceof XlsxError)) return `reader/patcher threw ${(e as Error)?.stack ?? String(e)}`;
    if (!/[\u4e00-\u9fff]/.test(e.message)) return `XlsxError without a Chinese message: ${e.message}`;
  }
  const path = join(dir, "fuzz.xlsx");
  writeFileSync(path, bytes);
  const r = await run(["score", path, "--scheme", "changning-2021", "--out", path]);
  if (r.code === 1) {
    return /^jixiao: .*[\u4e00-\u9fff]/.test(r.stderr) && !r.stderr.includes("内部错误")
      ? undefined
      : `exit 1 without a Chinese message: ${r.stderr}`;
  }
  if (r.code !== 0) return `exit ${r.code}: ${r.stderr}`;
  // A result written is one the tool reads back, one part per name.
  last.scored = true;
  try {
    const written = readFileSync(path);
    const names = readZip(written)!.map((e) => e.name.toLowerCase());
    const twice = names.filter((n, i) => names.indexOf(n) !== i);
    if (twice.length > 0) return `result holds ${twice.join(", ")} twice`;
    const file = openXlsx(written, path, nodeCodec);
    const table = readSheetCells(file, sheetNamed(file, SCORE_SHEET_NAME)!);
    if (!hasMarker(file, "jixiao_score_table", SCORE_SHEET_NAME) || table.length < 3) return "result not marked";
  } catch (e) {
    return `its own result unreadable: ${(e as Error).message}`;
  }
  return undefined;
}

// ---- damage to the zip --------------------------------------------------------------------------------------

/** Where the zip's structures lie in a base: local headers, central directory entries, the end record. */
function headerOffsets(bytes: Buffer): number[] {
  const entries = readZip(bytes)!;
  const offsets: number[] = [];
  for (const e of entries) {
    const local = e.dataStart - 30 - e.rawName.length;
    for (let i = 0; i < 30; i++) offsets.push(local + i);
  }
  const end = bytes.length - 22;
  const directory = bytes.readUInt32LE(end + 16);
  for (let at = directory; at < bytes.length; at++) offsets.push(at);
  return offsets;
}

type ZipDamage =
  | { kind: "flip"; at: number; xor: number; anywhere: boolean }
  | { kind: "set"; at: number; value: number; width: 2 | 4 }
  | { kind: "truncate"; keep: number }
  | { kind: "insert"; at: number; bytes: Uint8Array }
  | { kind: "duplicate"; entry: number; other: number; renamed: boolean };

const zipDamage: fc.Arbitrary<ZipDamage> = fc.oneof(
  fc.record({
    kind: fc.constant("flip" as const),
    at: fc.nat(),
    xor: fc.integer({ min: 1, max: 255 }),
    anywhere: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("set" as const),
    at: fc.nat(),
    value: fc.constantFrom(0, 1, 8, 0x7fff, 0xffff, 0x7fffffff, 0xffffffff, 0x04034b50, 0x02014b50),
    width: fc.constantFrom(2 as const, 4 as const),
  }),
  fc.record({ kind: fc.constant("truncate" as const), keep: fc.nat() }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant("duplicate" as const), entry: fc.nat(), other: fc.nat(), renamed: fc.boolean() }),
);

function readsAsZip(bytes: Buffer): boolean {
  try {
    return readZip(bytes) !== undefined;
  } catch {
    return false;
  }
}

function damageZip(base: Buffer, damages: readonly ZipDamage[]): Buffer {
  let bytes = Buffer.from(base);
  for (const d of damages) {
    if (bytes.length === 0) break;
    // Once damaged, the directory may be refused: then the damage lands anywhere.
    const headers = readsAsZip(bytes) ? headerOffsets(bytes) : [];
    const pick = (n: number) => (headers.length > 0 ? (headers[n % headers.length] as number) : n % bytes.length);
    if (d.kind === "flip") {
      const at = d.anywhere || headers.length === 0 ? d.at % bytes.length : pick(d.at);
      bytes[at] = (bytes[at] ?? 0) ^ d.xor;
    } else if (d.kind === "set") {
      const at = Math.min(pick(d.at), bytes.length - d.width);
      if (at < 0) continue;
      if (d.width === 2) bytes.writeUInt16LE(d.value & 0xffff, at);
      else bytes.writeUInt32LE(d.value >>> 0, at);
    } else if (d.kind === "truncate") {
      bytes = bytes.subarray(0, d.keep % bytes.length);
    } else if (d.kind === "insert") {
      const at = d.at % (bytes.length + 1);
      bytes = Buffer.concat([bytes.subarray(0, at), d.bytes, bytes.subarray(at)]);
    } else {
      if (!readsAsZip(bytes)) continue;
      const entries = readZip(bytes);
      if (!entries || entries.length === 0) continue;
      const entry = entries[d.entry % entries.length]!;
      const other = entries[d.other % entries.length]!;
      // The same part twice, or another part's bytes under its name.
      const out = entries.map((e) => ({ copy: e }));
      const copy = d.renamed ? { ...other, name: entry.name, rawName: entry.rawName } : entry;
      out.splice(d.other % (out.length + 1), 0, { copy });
      bytes = Buffer.from(writeZip(bytes, out, nodeCodec));
    }
  }
  return bytes;
}

// ---- damage to the XML of a part ------------------------------------------------------------------------------

const TOKENS = [
  "<",
  ">",
  "&",
  "/",
  '"',
  "'",
  "=",
  "&amp;",
  "&lt;",
  "&#0;",
  "&#xD800;",
  "&#x110000;",
  "&#99999999999;",
  "&#;",
  "&#x;",
  "&nbsp;",
  "&amp",
  "<!DOCTYPE x [<!ENTITY a 'b'>]>",
  "<![CDATA[",
  "]]>",
  "<!--",
  "-->",
  "<?x",
  "?>",
  "</row>",
  "<row>",
  '<row r="1048577">',
  '<row r="4294967297"><c r="A4294967297"><v>1</v></c></row>',
  '<c r="XFE1"><v>1</v></c>',
  '<c r="A1" t="s"><v>99999</v></c>',
  '<c r="B2" t="inlineStr"><is><t>x</t></is></c>',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="A1048576:A1"/>',
  '<sheet name="得分表" sheetId="1" r:id="rId1"/>',
  "<definedName name=\"jixiao_score_table\">'得分表'!$A$1:$I$13</definedName>",
  '<Relationship Id="rId1" Type="x" Target="../../../../etc"/>',
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="x"/>',
  "\u0000",
  "\uffff",
  "\ud800",
  "中",
  "x:",
];

const VALUES = [
  "",
  "0",
  "-1",
  "1",
  "2",
  "65535",
  "1048576",
  "1048577",
  "16385",
  "4294967296",
  "99999999999999999999",
  "1e309",
  "NaN",
  "0x10",
  " 1 ",
  "A0",
  "A",
  "1A",
  "XFD1048576",
  "XFE1",
  "AAAA1",
  "ZZZ99999999",
  "A1:B",
  "rId1",
  "rId999",
  "../../../x.xml",
  "/xl/worksheets/sheet1.xml",
  "/[Content_Types].xml",
  "worksheets/sheet1.xml#x",
  "%2e%2e/x",
  "s",
  "str",
  "inlineStr",
  "e",
  "b",
  "d",
  "n",
  "&amp;",
  "&#0;",
  "&bogus;",
  "得分表",
  "jixiao_score_table",
  "'",
  "x".repeat(300),
];

type XmlDamage =
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "attribute"; nth: number; value: string }
  | { kind: "duplicate"; at: number; length: number };

const xmlDamage: fc.Arbitrary<XmlDamage> = fc.oneof(
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 })),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("attribute" as const), nth: fc.nat(), value: fc.constantFrom(...VALUES) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
);

/** How the damaged text is stored: UTF-8 as written, or UTF-16 with or without its last byte. */
type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "utf-16le-odd" | "utf-16be-odd" | "bom-only";

function damageXml(xml: string, damages: readonly XmlDamage[]): string {
  let text = xml;
  for (const d of damages) {
    if (d.kind === "insert") {
      const at = d.at % (text.length + 1);
      text = text.slice(0, at) + d.text + text.slice(at);
    } else if (d.kind === "delete") {
      const at = d.at % (text.length + 1);
      text = text.slice(0, at) + text.slice(at + d.length);
    } else if (d.kind === "duplicate") {
      const at = d.at % (text.length + 1);
      text = text.slice(0, at + d.length) + text.slice(at);
    } else {
      const values = [...text.matchAll(/(\s[\w:]+\s*=\s*")([^"]*)"/g)];
      const m = values[d.nth % Math.max(1, values.length)];
      if (!m || m.index === undefined) continue;
      const start = m.index + (m[1] as string).length;
      text = text.slice(0, start) + d.value + text.slice(start + (m[2] as string).length);
    }
  }
  return text;
}

function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === "utf-8") return Buffer.from(text, "utf8");
  if (encoding === "bom-only") return Buffer.from([0xff, 0xfe]);
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  const bytes = encoding.startsWith("utf-16be") ? Buffer.from(le).swap16() : le;
  return encoding.endsWith("-odd") ? bytes.subarray(0, bytes.length - 1) : bytes;
}

function withPart(base: Base, part: string, data: Buffer): Buffer {
  const path = join(dir, "damaged.xlsx");
  const parts = new Map<string, string | Buffer>(base.parts);
  parts.set(part, data);
  return readFileSync(writeParts(path, parts));
}

const baseIndex = fc.nat({ max: 1 });

describe("a damaged workbook gives a result or a refusal, never an internal error", () => {
  test("damage to the zip: flipped header bytes, fields set to extremes, truncation, insertion, entries twice", async () => {
    await fc.assert(
      fc.asyncProperty(baseIndex, fc.array(zipDamage, { minLength: 1, maxLength: 3 }), async (b, damages) => {
        const problem = await outcome(damageZip(bases[b]!.bytes, damages));
        if (problem !== undefined) throw new Error(problem);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test("damage to the XML of a part: characters, attribute values, entities, row numbers, encodings", async () => {
    const partNames = [
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/sharedStrings.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
      "xl/styles.xml",
    ];
    await fc.assert(
      fc.asyncProperty(
        baseIndex,
        fc.constantFrom(...partNames),
        fc.array(xmlDamage, { minLength: 1, maxLength: 4 }),
        fc.constantFrom<Encoding>(
          "utf-8",
          "utf-8",
          "utf-8",
          "utf-8",
          "utf-16le",
          "utf-16be",
          "utf-16le-odd",
          "utf-16be-odd",
        ),
        async (b, part, damages, encoding) => {
          const base = bases[b]!;
          const xml = base.parts.get(part)?.toString("utf8");
          if (xml === undefined) return;
          const problem = await outcome(withPart(base, part, encode(damageXml(xml, damages), encoding)));
          if (problem !== undefined) throw new Error(problem);
        },
      ),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });

  test("a part stored as UTF-16, whole or cut at an odd length, or nothing but its byte-order mark", async () => {
    await fc.assert(
      fc.asyncProperty(
        baseIndex,
        fc.constantFrom(
          ...["[Content_Types].xml", "xl/workbook.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"],
        ),
        fc.constantFrom<Encoding>("utf-16le", "utf-16be", "utf-16le-odd", "utf-16be-odd", "bom-only"),
        async (b, part, encoding) => {
          const base = bases[b]!;
          const problem = await outcome(withPart(base, part, encode(base.parts.get(part)!.toString("utf8"), encoding)));
          if (problem !== undefined) throw new Error(problem);
        },
      ),
      { seed: SEED, numRuns: Math.min(RUNS, 40) },
    );
  });

  test("the undamaged bases are results, so the properties above test damage and nothing else", async () => {
    for (const base of bases) {
      expect(await outcome(base.bytes)).toBeUndefined();
      expect(last.scored).toBe(true);
    }
  });
});

/** The damage the properties above found, each once: what it did before it was fixed. */
describe("what fuzzing found in the reader, fixed", () => {
  const sheet1 = "xl/worksheets/sheet1.xml";
  const damaged = (b: number, part: string, edit: (xml: string) => string) =>
    withPart(bases[b]!, part, Buffer.from(edit(bases[b]!.parts.get(part)!.toString("utf8"))));
  const refusal = (bytes: Uint8Array) => {
    try {
      readAndPatch(bytes);
    } catch (e) {
      return e instanceof XlsxError ? e.message : `not an XlsxError: ${String(e)}`;
    }
    return "read";
  };

  test("a cell reference of 300 letters is refused (its column overflowed to Infinity: V8 died growing the row)", async () => {
    const bytes = damaged(0, sheet1, (xml) => xml.replace('<c r="A2"', `<c r="${"A".repeat(300)}2"`));
    expect(refusal(bytes)).toMatch(/单元格引用 A{20,}… 超出 Excel 的范围/);
    expect(await outcome(bytes)).toBeUndefined();
  });

  test("a row past 1048576 is refused (r=100000000 allocated without end; r=4294967297 read as no rows)", () => {
    for (const r of ["100000000", "4294967297"]) {
      const bytes = damaged(0, sheet1, (xml) => xml.replace('<row r="11">', `<row r="${r}">`));
      expect(refusal(bytes)).toContain(`行号 ${r} 超出 Excel 的范围`);
    }
    // Not a row number at all: refused as unreadable, never read as some row.
    for (const r of ["0", "-1", "1.5", "x"]) {
      const bytes = damaged(0, sheet1, (xml) => xml.replace('<row r="11">', `<row r="${r}">`));
      expect(refusal(bytes)).toContain("工作表“输入”");
    }
  });

  test("a merge over the whole sheet is read without filling it in (17 billion cells were filled in before)", () => {
    const bytes = damaged(0, sheet1, (xml) =>
      xml.replace('<mergeCell ref="H1:I2"/>', '<mergeCell ref="H1:I2"/><mergeCell ref="K1:XFD1048576"/>'),
    );
    const file = openXlsx(bytes, "merge.xlsx", nodeCodec);
    const cells = readSheetCells(file, worksheets(file)[0]!);
    // The merge's area is not filled in: the cell slots handed over stay near what the sheet's own cells need.
    let slots = 0;
    for (const row of cells) slots += row.length;
    expect(slots).toBeLessThan(100_000);
    expect(cells.slice(0, 11).map((row) => row.slice(0, 6))).toEqual([HEADER_000, ...TABLE_000]);
  });

  test("tabs over one part, two tabs of one name, two relationships of one id: refused (the tool wrote one sheet over another, or a second 得分表 tab)", async () => {
    const cases: [string, (xml: string) => string, string][] = [
      [
        "xl/workbook.xml",
        (xml) =>
          xml.replace(
            '<sheet name="附加得分表" sheetId="3" r:id="rId4"/>',
            '<sheet name="附加得分表" sheetId="3" r:id="rId3"/>',
          ),
        "工作表“附加得分表”与另一张工作表共用部件 xl/worksheets/sheet2.xml，文件已损坏",
      ],
      [
        "xl/workbook.xml",
        (xml) => xml.replace('<sheet name="附加得分表" sheetId="3"', '<sheet name="得分表" sheetId="3"'),
        "有两张名为“得分表”的工作表，文件已损坏",
      ],
      [
        "xl/_rels/workbook.xml.rels",
        (xml) =>
          xml.replace(
            '<Relationship Id="rId4"',
            `<Relationship Id="rId4" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId4"`,
          ),
        "部件 xl/_rels/workbook.xml.rels 中关系 rId4 出现了两次，文件已损坏",
      ],
    ];
    for (const [part, edit, message] of cases) {
      const bytes = damaged(1, part, edit);
      expect(refusal(bytes)).toContain(message);
      expect(await outcome(bytes)).toBeUndefined();
      expect(last.scored).toBe(false);
    }
  });

  test("a zip holding one part twice is refused (the result held both, the old one after the new)", async () => {
    const entries = readZip(bases[1]!.bytes)!;
    const twice = entries.find((e) => e.name === "xl/workbook.xml")!;
    const bytes = writeZip(bases[1]!.bytes, [...entries.map((copy) => ({ copy })), { copy: twice }], nodeCodec);
    expect(refusal(bytes)).toContain("压缩包中 xl/workbook.xml 出现两次");
    expect(await outcome(bytes)).toBeUndefined();
    expect(last.scored).toBe(false);
  });
});
