/**
 * `jixiao score` over real workbooks saved by Excel, Excel Online and Excel for Mac (test/fixtures/excel-saved: Apache
 * POI's test data, Apache-2.0, see its PROVENANCE.md): macros, pivot tables, charts, chart sheets, tables, threaded
 * comments, data validation and conditional formats. Each gets [000]'s input sheet (附件1's header and ten rows),
 * written by the tool's own patcher so every part Excel wrote stays as it was, and is then scored in place three
 * times. After each run: every part the tool does not own is the original's byte for byte, the package keeps Excel's
 * structural rules (test/xlsx/ooxml.ts, checked with an XML parser other than ours), and the 得分表 read back holds
 * [000]'s figures. The second and third runs change nothing but what they rewrite, and styles.xml does not grow.
 */
import DecimalJs from "decimal.js";
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { nodeCodec, openXlsxFile } from "../../src/cli/xlsxFile";
import { BONUS_SHEET_NAME, Grid, SCORE_SHEET_NAME } from "../../src/workbook";
import { openXlsx, patchWorkbook, readSheetCells, sheetNamed } from "../../src/xlsx";
import { AVERAGES_000, HEADER_000, ORDER_000, TABLE_000 } from "../fixtures/doc000";
import { editParts, readWorkbook, run, tempDir, zipParts } from "../cli/workbooks";
import { sheetCells } from "./exceljsOracle";
import { attr, kids, parseStrict, relsOf, relsPartOf, structuralProblems } from "./ooxml";

jest.setTimeout(120_000);

const CORPUS = join(__dirname, "..", "fixtures", "excel-saved");
const WORKBOOKS = readdirSync(CORPUS)
  .filter((f) => /\.xls[xmb]$/i.test(f))
  .sort();

/** The input sheet's marker: a workbook name over the region written, like the tool's own sheets carry. */
const INPUT_MARKER = "jixiao_corpus_input";
const SCHEME = "changning-2021";

type Parts = ReturnType<typeof zipParts>;

function inputGrid(): Grid {
  return {
    cells: [HEADER_000, ...TABLE_000].map((row) => row.map((value) => ({ value }))),
    merges: [],
    bordered: [],
    widths: [],
    frozenRows: 0,
  };
}

/** The package's parts as text (XML) or undefined (binary), for the structural checks. */
function texts(parts: Parts): Map<string, string | undefined> {
  return new Map(
    [...parts].map(([name, p]) => {
      const isXml = /\.(xml|rels|vml)$/i.test(name) || name === "[Content_Types].xml";
      return [name, isXml ? p.data.toString("utf8") : undefined];
    }),
  );
}

/** The parts the tool owns in a package: the workbook, its relationships, content types, styles and calcChain. */
function ownedParts(parts: Parts): string[] {
  const t = new Map([...texts(parts)].flatMap(([n, x]) => (x === undefined ? [] : [[n.toLowerCase(), x] as const])));
  const workbook = relsOf(t, "").find((r) => r.type.endsWith("/officeDocument"))?.part ?? "xl/workbook.xml";
  const rels = relsOf(t, workbook);
  const owned = ["[content_types].xml", workbook, relsPartOf(workbook)];
  for (const kind of ["/styles", "/calcChain"]) {
    const part = rels.find((r) => r.type.endsWith(kind))?.part;
    if (part) owned.push(part);
  }
  return owned;
}

/** The worksheet part (lower case) of a tab. */
function sheetPart(path: string, name: string): string {
  const sheet = sheetNamed(openXlsxFile(path), name);
  if (sheet?.worksheet === undefined) throw new Error(`no worksheet ${name} in ${path}`);
  return sheet.worksheet.toLowerCase();
}

const d = (n: number) => new DecimalJs(n);

/** [000]'s figures as doc000 gives them: each unit's blocks and total (bonus capped at 5), in the published order. */
function expectedTable(): (string | number)[][] {
  const rows = TABLE_000.map(([name, ...scores]) => {
    const bonus = DecimalJs.min(d(scores[4] as number), 5);
    const total = scores.slice(0, 4).reduce((sum, s) => sum.plus(s), bonus);
    return [name, ...scores.slice(0, 4), bonus.toNumber(), total.toNumber()];
  });
  return ORDER_000.map((name) => rows.find((r) => r[0] === name) as (string | number)[]);
}

describe("the corpus", () => {
  test("24 workbooks saved by Excel, with their provenance and licence", () => {
    expect(WORKBOOKS).toHaveLength(24);
    const provenance = readFileSync(join(CORPUS, "PROVENANCE.md"), "utf8");
    expect(provenance).toContain("Apache License 2.0");
    for (const name of WORKBOOKS) expect([name, provenance.includes(name)]).toEqual([name, true]);
  });
});

/*
 * None of the 24 is a workbook the tool refuses to write into (Strict Open XML, .xlsb, encrypted): every one is a
 * transitional .xlsx or .xlsm, and every one is written into. The refusals are tested at the end, on workbooks
 * derived from the corpus.
 */
describe.each(WORKBOOKS)("%s: [000]'s input sheet added, scored in place three times", (name) => {
  let dir: string;
  let path: string;
  let original: Parts;
  /** The package after the input sheet was added, and after each run. */
  const runs: Parts[] = [];
  let inputPart: string;
  let scorePart: string;
  let bonusPart: string;
  const codes: number[] = [];
  const stderr: string[] = [];

  beforeAll(async () => {
    dir = tempDir();
    path = join(dir, name);
    copyFileSync(join(CORPUS, name), path);
    original = zipParts(path);
    const file = openXlsx(readFileSync(path), path, nodeCodec);
    writeFileSync(path, patchWorkbook(file, [{ name: "输入", marker: INPUT_MARKER, grid: inputGrid() }]));
    inputPart = sheetPart(path, "输入");
    runs.push(zipParts(path));
    for (let i = 0; i < 3; i++) {
      const r = await run(["score", path, "--scheme", SCHEME, "--out", path]);
      codes.push(r.code);
      stderr.push(r.stderr);
      if (r.code !== 0) return;
      runs.push(zipParts(path));
    }
    scorePart = sheetPart(path, SCORE_SHEET_NAME);
    bonusPart = sheetPart(path, BONUS_SHEET_NAME);
  });

  test("each run succeeds", () => {
    expect(codes.map((code, i) => [code, stderr[i]])).toEqual([
      [0, ""],
      [0, ""],
      [0, ""],
    ]);
  });

  test("after every run, each part the tool does not own keeps the original's compressed bytes and CRC", () => {
    const owned = ownedParts(original);
    const copied = [...original.keys()].filter((part) => !owned.includes(part.toLowerCase()));
    expect(copied.length).toBeGreaterThan(0);
    for (const parts of runs) {
      for (const part of copied) {
        const before = original.get(part)!;
        const after = parts.get(part);
        expect([part, after?.raw.equals(before.raw), after?.crc]).toEqual([part, true, before.crc]);
      }
      // Nothing else is added but the sheets written (and styles.xml to a workbook that had none).
      const added = [...parts.keys()].filter((part) => !original.has(part)).map((p) => p.toLowerCase());
      const allowed = [inputPart, scorePart, bonusPart, ...ownedParts(parts)];
      expect(added.filter((part) => !allowed.includes(part))).toEqual([]);
    }
  });

  test("the parts it patches keep what they held: sheets, names, relationships and content types", () => {
    const textOf = (parts: Parts, part: string) =>
      [...parts].find(([n]) => n.toLowerCase() === part.toLowerCase())?.[1].data.toString("utf8") ?? "";
    const [types, workbook, workbookRels] = ownedParts(original);
    const calcChain = relsOf(
      new Map([[workbookRels as string, textOf(original, workbookRels as string)]]),
      workbook as string,
    ).find((r) => r.type.endsWith("/calcChain"));
    for (const parts of runs) {
      const sheetsOf = (xml: string) =>
        kids(kids(parseStrict(xml), "sheets")[0], "sheet").map((s) => JSON.stringify(s.attributes));
      const before = sheetsOf(textOf(original, workbook as string));
      expect(sheetsOf(textOf(parts, workbook as string)).slice(0, before.length)).toEqual(before);

      const namesOf = (xml: string) =>
        kids(kids(parseStrict(xml), "definedNames")[0], "definedName").map(
          (n) => `${JSON.stringify(n.attributes)}${n.text}`,
        );
      expect(namesOf(textOf(parts, workbook as string))).toEqual(
        expect.arrayContaining(namesOf(textOf(original, workbook as string))),
      );

      const relsIn = (p: Parts) =>
        relsOf(new Map([[workbookRels as string, textOf(p, workbookRels as string)]]), workbook as string)
          .filter((r) => r.id !== calcChain?.id)
          .map((r) => JSON.stringify(r));
      expect(relsIn(parts)).toEqual(expect.arrayContaining(relsIn(original)));

      const overrides = (p: Parts) =>
        parseStrict(textOf(p, types as string))
          .children.filter((c) => attr(c, "PartName")?.toLowerCase() !== `/${calcChain?.part}`)
          .map((c) => JSON.stringify(c.attributes))
          // The workbook's own type changes only for a template.
          .filter((c) => !c.includes(`"/${workbook}"`));
      expect(overrides(parts)).toEqual(expect.arrayContaining(overrides(original)));
    }
  });

  test("after every run the package keeps Excel's structural rules", () => {
    expect(structuralProblems(texts(original), [])).toEqual([]);
    for (const parts of runs) {
      expect(structuralProblems(texts(parts), [inputPart, scorePart, bonusPart])).toEqual([]);
    }
  });

  test("the 得分表 read back, by our reader and by exceljs, holds [000]'s ten units, totals and averages", async () => {
    const file = openXlsxFile(path);
    const ours = readSheetCells(file, sheetNamed(file, SCORE_SHEET_NAME)!);
    const workbook = await readWorkbook(path);
    const theirs = sheetCells(workbook.getWorksheet(SCORE_SHEET_NAME)!, false);
    for (const table of [ours, theirs]) {
      expect(table[1]!.slice(0, 7)).toEqual([...HEADER_000, "总分"]);
      expect(table.slice(2, 12).map((row) => row.slice(0, 7))).toEqual(expectedTable());
      expect(table[12]!.slice(0, 7)).toEqual(["平均分", ...AVERAGES_000.map(Number)]);
      expect(table.slice(2, 12).map((row) => row[7])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
  });

  test("runs two and three leave every part as it was but those the tool writes; styles.xml does not grow", () => {
    const [, first, second, third] = runs as [Parts, Parts, Parts, Parts];
    const dataOf = (p: Parts, part: string) => [...p].find(([n]) => n.toLowerCase() === part)?.[1].data;
    const styles = ownedParts(first).find((p) => p.endsWith("styles.xml"))!;
    expect(dataOf(second, styles)!.equals(dataOf(first, styles)!)).toBe(true);
    expect(dataOf(third, styles)!.equals(dataOf(first, styles)!)).toBe(true);
    for (const [before, after] of [
      [first, second],
      [second, third],
    ] as const) {
      const writes = [...ownedParts(before), scorePart, bonusPart];
      for (const [part, p] of before) {
        if (writes.includes(part.toLowerCase())) continue;
        const again = after.get(part);
        expect([part, again?.raw.equals(p.raw), again?.crc]).toEqual([part, true, p.crc]);
      }
    }
    // The third run finds nothing to change: what it writes comes out as the second run wrote it.
    expect([...third.keys()]).toEqual([...second.keys()]);
    for (const [part, p] of second) expect([part, third.get(part)!.data.equals(p.data)]).toEqual([part, true]);
  });
});

describe("refused with a Chinese message, the file untouched: workbooks the corpus has none of, derived from it", () => {
  async function refused(path: string): Promise<string> {
    const before = readFileSync(path);
    const r = await run(["score", path, "--scheme", SCHEME, "--out", path]);
    expect(r.code).toBe(1);
    expect(readFileSync(path).equals(before)).toBe(true);
    return r.stderr;
  }

  /** A corpus workbook with [000]'s input sheet, as the suite above starts from. */
  function withInput(name: string): string {
    const path = join(tempDir(), name);
    const file = openXlsx(readFileSync(join(CORPUS, name)), path, nodeCodec);
    writeFileSync(path, patchWorkbook(file, [{ name: "输入", marker: INPUT_MARKER, grid: inputGrid() }]));
    return path;
  }

  test("SheetTabColors.xlsx saved as Strict Open XML (its namespaces rewritten as Excel writes them)", async () => {
    const path = withInput("SheetTabColors.xlsx");
    const namespaces = [
      ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"],
      [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
      ],
      ["http://schemas.openxmlformats.org/drawingml/2006/", "http://purl.oclc.org/ooxml/drawingml/"],
    ];
    const strict = (xml: string) => namespaces.reduce((text, [from, to]) => text.split(from!).join(to!), xml);
    const xmlParts = [...zipParts(path).keys()].filter((n) => /\.(xml|rels)$/.test(n));
    editParts(path, Object.fromEntries(xmlParts.map((n) => [n, strict])));
    expect(await refused(path)).toContain(
      "这是严格（Strict）Open XML 格式的工作簿，请在 Excel 中另存为普通的 Excel 工作簿（.xlsx）后再试",
    );
  });

  test("SimpleMacro.xlsm as a binary workbook (.xlsb): its package points at xl/workbook.bin", async () => {
    const path = join(tempDir(), "SimpleMacro.xlsb");
    copyFileSync(join(CORPUS, "SimpleMacro.xlsm"), path);
    editParts(path, {
      "_rels/.rels": (xml) => xml.replace('Target="xl/workbook.xml"', 'Target="xl/workbook.bin"'),
      "xl/workbook.bin": Buffer.from([0x83, 0x01, 0x00]),
    });
    expect(await refused(path)).toContain("这是二进制工作簿（.xlsb），请在 Excel 中另存为 .xlsx 后再试");
  });

  test("an encrypted workbook: a compound file, as Excel saves an .xlsx with an opening password", async () => {
    const path = join(tempDir(), "加密.xlsx");
    // The compound file header (signature, minor and major version, byte order) and nothing of the encrypted package.
    const header = Buffer.alloc(512);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
    header.writeUInt16LE(0x3e, 24);
    header.writeUInt16LE(3, 26);
    header.writeUInt16LE(0xfffe, 28);
    writeFileSync(path, header);
    expect(await refused(path)).toContain(
      "这是设有打开密码的工作簿或旧版 .xls 文件，请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再试",
    );
  });
});
