/**
 * Workbooks built to hurt the reader (issue 14): coordinates that would size arrays, entities looked up through a
 * prototype, character references and encodings that are not text, numbers JavaScript reads and XML does not. Each
 * reported case is scored by `jixiao score` in a child process with a small heap, as a user would run it: a refusal
 * is exit code 1 and a Chinese message naming the file, the part or the sheet, never an abort or an 内部错误.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import { copyFileSync, existsSync } from "fs";
import { join } from "path";
import { openXlsxFile } from "../../src/cli/xlsxFile";
import { readSheetCells, worksheets } from "../../src/xlsx";
import { cellNumber, MAX_COLS, MAX_ROWS, SLOTS_PER_CELL, SPARE_SLOTS } from "../../src/xlsx/read";
import { decodeEntities, parseXml, Token, XmlError, XmlScanner } from "../../src/xlsx/xml";
import { addInput000, editParts, scheme000File, tempDir, writeParts, writeWorkbook, zipParts } from "../cli/workbooks";

const ROOT = join(__dirname, "..", "..");
const SHEET = "xl/worksheets/sheet1.xml";
const BEYOND = "超出 Excel 的范围（最多 XFD 列、1048576 行）";
const UNKNOWN = { unreadable: "无法识别的单元格内容" };

/** `jixiao score` as a user runs it, in its own process with a 256 MB heap: an allocation by coordinates aborts it. */
function scoreInChild(input: string, scheme: string) {
  const p = spawnSync(
    process.execPath,
    [
      "--max-old-space-size=256",
      "--import",
      "tsx",
      join(ROOT, "src", "cli", "index.ts"),
      "score",
      input,
      "--scheme",
      scheme,
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  return { code: p.status, signal: p.signal, stdout: p.stdout, stderr: p.stderr };
}

/** A refusal as the command line gives it: exit code 1, the message, nothing on stdout, no stack, no 内部错误. */
function expectRefused(result: ReturnType<typeof scoreInChild>, ...messages: string[]): void {
  expect({ code: result.code, signal: result.signal }).toEqual({ code: 1, signal: null });
  expect(result.stdout).toBe("");
  for (const message of messages) expect(result.stderr).toContain(message);
  expect(result.stderr).not.toContain("内部错误");
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("jixiao score on hostile workbooks, in a process with a 256 MB heap", () => {
  let dir: string;
  let base: string;
  let scheme: string;
  beforeAll(async () => {
    dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    addInput000(workbook);
    base = await writeWorkbook(workbook, join(dir, "base.xlsx"));
    scheme = scheme000File(dir);
  });

  /** [000]'s input table (A1:F11 on 输入) with some parts edited. */
  function variant(name: string, edits: Parameters<typeof editParts>[1]): string {
    const path = join(dir, name);
    copyFileSync(base, path);
    return editParts(path, edits);
  }
  const beforeSheetDataEnd = (xml: string, rows: string) => xml.replace("</sheetData>", `${rows}</sheetData>`);
  const afterSheetData = (xml: string, merges: string) =>
    xml.replace("</sheetData>", `</sheetData><mergeCells count="1">${merges}</mergeCells>`);

  test("the unchanged workbook scores", () => {
    const result = scoreInChild(base, scheme);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  test('<row r="1000000000"/>: the row number is refused before anything is allocated', () => {
    const path = variant("row.xlsx", { [SHEET]: (xml) => beforeSheetDataEnd(xml, '<row r="1000000000"/>') });
    expectRefused(scoreInChild(path, scheme), `无法读取工作簿 ${path}：工作表“输入”的行号 1000000000 ${BEYOND}`);
  });

  test("a cell ZZZZZZZZ2: the reference is refused", () => {
    const path = variant("column.xlsx", {
      [SHEET]: (xml) => xml.replace('<c r="F2">', '<c r="ZZZZZZZZ2"><v>1</v></c><c r="F2">'),
    });
    expectRefused(scoreInChild(path, scheme), `无法读取工作簿 ${path}：工作表“输入”的单元格引用 ZZZZZZZZ2 ${BEYOND}`);
  });

  test("a merge A5:XFD1048576 is read as Excel shows it: the cells it covers are empty, the table ends at row 5", () => {
    const path = variant("merge.xlsx", { [SHEET]: (xml) => afterSheetData(xml, '<mergeCell ref="A5:XFD1048576"/>') });
    const result = scoreInChild(path, scheme);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // 天山 (A5) keeps its name, its scores are merged over; the names below it are too.
    for (const block of ["1 年度重点工作任务", "2 基础评价", "3 专项评价", "4 成效评价"]) {
      expect(result.stdout).toContain(`天山 · ${block}：未填写`);
    }
    expect(result.stdout).toContain("已从工作表“输入”读取 4 个单位");
  });

  test("a merge A13:XFD1048576 below the table: the workbook scores", () => {
    const path = variant("merge-below.xlsx", {
      [SHEET]: (xml) => afterSheetData(xml, '<mergeCell ref="A13:XFD1048576"/>'),
    });
    const result = scoreInChild(path, scheme);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, "merge-below-得分表.xlsx"))).toBe(true);
  });

  test("a cell at XFD on every row: memory for its cells, not for the columns between", () => {
    let rows = "";
    for (let r = 20; r < 5020; r++) rows += `<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`;
    const path = variant("sparse.xlsx", { [SHEET]: (xml) => beforeSheetDataEnd(xml, rows) });
    expectRefused(scoreInChild(path, scheme), `无法读取工作簿 ${path}：工作表“输入”的单元格过于分散（如 XFD`);
  });

  test("&toString; in a cell is an unknown entity, not the text of a JavaScript function", () => {
    const path = variant("entity.xlsx", {
      [SHEET]: (xml) =>
        beforeSheetDataEnd(xml, '<row r="12"><c r="A12" t="inlineStr"><is><t>&toString;</t></is></c></row>'),
    });
    expectRefused(
      scoreInChild(path, scheme),
      `无法读取工作簿 ${path}：部件 ${SHEET} 无法解析（未知的实体 &toString;）`,
    );
  });

  test("&#-1; in a cell is an invalid character reference", () => {
    const path = variant("charref.xlsx", {
      [SHEET]: (xml) => beforeSheetDataEnd(xml, '<row r="12"><c r="A12" t="inlineStr"><is><t>&#-1;</t></is></c></row>'),
    });
    expectRefused(scoreInChild(path, scheme), `无法读取工作簿 ${path}：部件 ${SHEET} 无法解析（无效的字符引用 &#-1;）`);
  });

  test("a UTF-16 worksheet of an odd number of bytes names the part", () => {
    const xml = partText(base);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le"), Buffer.from([0x20])]);
    const path = variant("utf16.xlsx", { [SHEET]: utf16 });
    expectRefused(scoreInChild(path, scheme), `无法读取工作簿 ${path}：部件 ${SHEET} 不是有效的 UTF-16LE 文本`);
  });

  test("invalid UTF-8 in the shared strings names the part instead of scoring U+FFFD", () => {
    const strings = partData(base, "xl/sharedStrings.xml");
    const at = strings.indexOf(Buffer.from("新泾"));
    strings[at + 1] = 0x28; // the second byte of 新 is no longer a continuation byte
    const path = variant("utf8.xlsx", { "xl/sharedStrings.xml": strings });
    expectRefused(
      scoreInChild(path, scheme),
      `无法读取工作簿 ${path}：部件 xl/sharedStrings.xml 不是有效的 UTF-8 文本`,
    );
  });

  test('a number format "[>=100]0.0" (a ">" inside a quoted attribute) is read as Excel reads it: the workbook scores', () => {
    const format = '<numFmts count="1"><numFmt numFmtId="200" formatCode="[>=100]0.0"/></numFmts>';
    const path = variant("format.xlsx", {
      "xl/styles.xml": (xml) => xml.replace(/(<styleSheet[^>]*>)/, `$1${format}`),
    });
    const result = scoreInChild(path, scheme);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(partText(join(dir, "format-得分表.xlsx"), "xl/styles.xml")).toContain('formatCode="[>=100]0.0"');
  });

  test("a number written 0x6 is named as unreadable, never read as 6", () => {
    const path = variant("hex.xlsx", { [SHEET]: (xml) => xml.replace('<c r="B3"><v>6.5</v>', '<c r="B3"><v>0x6</v>') });
    expectRefused(scoreInChild(path, scheme), "输入!B3：无法识别的单元格内容");
  });
});

/** The text of a part of an .xlsx. */
function partText(path: string, part = SHEET): string {
  return partData(path, part).toString("utf8");
}

function partData(path: string, part: string): Buffer {
  const data = zipParts(path).get(part)?.data;
  if (!data) throw new Error(`no ${part} in ${path}`);
  return Buffer.from(data);
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A workbook of one sheet 输入 whose <sheetData> content, what follows it and its shared strings are given. */
function oneSheet(name: string, rows: string, after = "", strings = ""): string {
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
  return writeParts(
    join(tempDir(), name),
    new Map([
      [
        "[Content_Types].xml",
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}sheet.main+xml"/><Override PartName="/${SHEET}" ContentType="${ct}worksheet+xml"/></Types>`,
      ],
      [
        "_rels/.rels",
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ],
      [
        "xl/workbook.xml",
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="输入" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ],
      [
        "xl/_rels/workbook.xml.rels",
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ],
      ["xl/sharedStrings.xml", `<sst xmlns="${MAIN}">${strings}</sst>`],
      [SHEET, `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData>${after}</worksheet>`],
    ]),
  );
}

function cellsOf(path: string, maxRows?: number) {
  const file = openXlsxFile(path);
  return readSheetCells(file, worksheets(file)[0]!, maxRows);
}

const mergeCells = (...refs: string[]) =>
  `<mergeCells count="${refs.length}">${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`;

describe("memory follows the cells a sheet holds, not their coordinates", () => {
  test("one cell at row 1,000,000: the header rows are read without it, a full read shares one empty row", () => {
    const path = oneSheet(
      "far.xlsx",
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="1000000"><c r="B1000000"><v>2</v></c></row>',
    );
    expect(cellsOf(path, 10)).toEqual([[1], ...Array.from({ length: 9 }, () => [])]);
    const rows = cellsOf(path);
    expect(rows).toHaveLength(1_000_000);
    expect(rows[999_999]).toEqual([null, 2]);
    expect(new Set(rows).size).toBe(3);
  });

  test("a merge of the whole sheet clears the cells it covers but its first, and fills in no 17 billion cells", () => {
    const path = oneSheet(
      "whole.xlsx",
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c><c r="C2"><v>3</v></c></row><row r="3"><c r="C3"><v>4</v></c></row>',
      mergeCells("B2:XFD1048576"),
    );
    const rows = cellsOf(path);
    expect(rows.slice(0, 3)).toEqual([[1], [null, 2, null], [null, null, null]]);
    expect(rows).toHaveLength(MAX_ROWS);
    expect(new Set(rows).size).toBe(4);
    // Its first ten rows are few enough to be filled in, as exceljs shows a merge: every cell there, empty.
    const header = cellsOf(path, 10);
    expect(header.map((row) => row.length)).toEqual([1, ...Array.from({ length: 9 }, () => MAX_COLS)]);
    expect(header.slice(0, 3).map((row) => row.slice(0, 3))).toEqual([[1], [null, 2, null], [null, null, null]]);
    expect(header.flat().filter((cell) => cell !== null)).toEqual([1, 2]);
  });

  test("a merge beyond XFD or row 1048576 is refused, naming the sheet and the merge", () => {
    for (const ref of ["A1:XFE1", "A1:B1048577", "A0:B2", "A1:B2:C3"]) {
      const path = oneSheet("merge-beyond.xlsx", '<row r="1"><c r="A1"><v>1</v></c></row>', mergeCells(ref));
      const problem = /XFE|1048577/.test(ref) ? BEYOND : "无法读取";
      expect(() => cellsOf(path)).toThrow(`无法读取工作簿 ${path}：工作表“输入”的合并单元格 ${ref} ${problem}`);
    }
  });

  test("merges that overlap over and over are refused before they take the time of the sheet once per merge", () => {
    let rows = "";
    for (let r = 1; r <= 5000; r++) rows += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    const path = oneSheet("overlap.xlsx", rows, mergeCells(...Array.from({ length: 1000 }, () => "A1:A1048576")));
    expect(() => cellsOf(path)).toThrow("工作表“输入”的合并单元格过多或相互重叠（如 A1:A1048576）");
  });

  test("formatted empty cells far to the right are left out rather than refused: they hold nothing", () => {
    let rows = "";
    for (let r = 1; r <= 1000; r++) rows += `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="XFD${r}" s="1"/></row>`;
    const read = cellsOf(oneSheet("formatted.xlsx", rows));
    expect(read).toHaveLength(1000);
    expect(read.every((row, r) => row[0] === r + 1)).toBe(true);
    // Some rows reach XFD, within the room kept for empty cells; the rest stop at their last value.
    const slots = read.reduce((sum, row) => sum + row.length, 0);
    expect(slots).toBeGreaterThan(1000);
    expect(slots).toBeLessThanOrEqual(SPARE_SLOTS + SLOTS_PER_CELL * 2000);
  });

  test("rows and cells without their numbers may not run past Excel's grid either", () => {
    const wide = `<row r="1">${"<c><v>1</v></c>".repeat(16_385)}</row>`;
    expect(() => cellsOf(oneSheet("wide.xlsx", wide))).toThrow(`工作表“输入”第 1 行的第 16385 个单元格${BEYOND}`);
    const long = '<row r="1048576"/><row/>';
    expect(() => cellsOf(oneSheet("long.xlsx", long))).toThrow(`工作表“输入”的第 1048577 行${BEYOND}`);
  });

  test("references that are not references are named", () => {
    const cases: [string, string][] = [
      ['<row r="1"><c r="A0"><v>1</v></c></row>', "的单元格引用 A0 无法读取"],
      ['<row r="1"><c r="1A"><v>1</v></c></row>', "的单元格引用 1A 无法读取"],
      ['<row r="abc"/>', "的行号 abc 无法读取"],
      ['<row r="0"/>', "的行号 0 无法读取"],
      ['<row r="1e3"/>', "的行号 1e3 无法读取"],
      ['<c r="A1"><v>1</v></c>', "的 A 列有单元格不在任何行（<row>）中"],
      [`<row r="1"><c r="A${"9".repeat(60)}"><v>1</v></c></row>`, `的单元格引用 A${"9".repeat(39)}… ${BEYOND}`],
    ];
    for (const [rows, message] of cases) {
      expect(() => cellsOf(oneSheet("ref.xlsx", rows))).toThrow(`工作表“输入”${message}`);
    }
  });
});

describe("numbers by the grammar of XML Schema's double, not by JavaScript's Number()", () => {
  test("what is a number and what is not", () => {
    for (const text of ["6", "+6", "-6", "6.", ".5", "1.5E3", "1.5e-3", "007", "-0"]) {
      expect([text, cellNumber(text)]).toEqual([text, Number(text)]);
    }
    for (const text of [
      "0x6",
      " 6",
      "6 ",
      "6e",
      "e6",
      "Infinity",
      "-Infinity",
      "INF",
      "NaN",
      "1_000",
      "",
      ".",
      "1e400",
      "0b1",
      "6,5",
    ]) {
      expect([text, cellNumber(text)]).toEqual([text, undefined]);
    }
  });

  test("a cell holding one of them is unreadable, whatever its type says", () => {
    const row =
      '<row r="1"><c r="A1"><v>0x6</v></c><c r="B1" t="n"><v> 6</v></c><c r="C1"><f>1+1</f><v>Infinity</v></c>' +
      '<c r="D1" t="zz"><v>6</v></c><c r="E1" t="s"><v> 0</v></c><c r="F1" t="s"><v>0</v></c><c r="G1"><v>6</v></c></row>';
    expect(cellsOf(oneSheet("numbers.xlsx", row, "", "<si><t>甲</t></si>"))).toEqual([
      [UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, "甲", 6],
    ]);
  });

  test("an empty shared string <si/> keeps the indexes of the strings after it", () => {
    const row = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>';
    expect(cellsOf(oneSheet("si.xlsx", row, "", "<si/><si><t>乙</t></si>"))).toEqual([["", "乙"]]);
  });
});

describe("XML as the standard reads it", () => {
  test("entities come from a fixed table, never through a prototype", () => {
    expect(decodeEntities("&amp;&lt;&gt;&quot;&apos;&#9;&#xA;&#xD;&#x10FFFF;")).toBe("&<>\"'\t\n\r\u{10FFFF}");
    for (const name of ["toString", "constructor", "__proto__", "hasOwnProperty", "nbsp", ""]) {
      expect(() => decodeEntities(`a&${name};b`)).toThrow(new XmlError(`未知的实体 &${name};`));
    }
  });

  test("a character reference must name a character XML allows", () => {
    for (const ref of [
      "&#-1;",
      "&#0;",
      "&#x0;",
      "&#8;",
      "&#xD800;",
      "&#xDFFF;",
      "&#xFFFE;",
      "&#x110000;",
      "&#99999999999;",
      "&#x;",
      "&#X41;",
      "&#x+41;",
      "&# 65;",
    ]) {
      expect(() => decodeEntities(ref)).toThrow(XmlError);
    }
    expect(() => decodeEntities("&#-1;")).toThrow(new XmlError("无效的字符引用 &#-1;"));
    expect(() => decodeEntities("&#xD800;")).toThrow(new XmlError("无效的字符引用 &#xD800;"));
  });

  test("a bare & is not text XML can hold", () => {
    expect(() => decodeEntities("A & B")).toThrow(XmlError);
    expect(() => decodeEntities("A &B")).toThrow(XmlError);
  });

  test("> and /> inside a quoted attribute value belong to the value; < does not", () => {
    const root = parseXml(`<a f="[>=100]0.0" g='/>'><b h="x>y"/>t</a>`);
    expect({ ...root.attributes }).toEqual({ f: "[>=100]0.0", g: "/>" });
    expect(root.children.map((c) => [c.name, { ...c.attributes }])).toEqual([["b", { h: "x>y" }]]);
    expect(root.text).toBe("t");
    const scanner = new XmlScanner('<c r="A1" s="/>"><v>1</v></c>');
    expect([scanner.next(), scanner.selfClosing, scanner.attribute("s")]).toEqual([Token.Open, false, "/>"]);
    expect(() => parseXml('<a f="<b>"/>')).toThrow(XmlError);
    expect(() => parseXml('<a f="x/>')).toThrow(XmlError);
  });

  test("attributes are an object without a prototype: __proto__ is an attribute, constructor is not there", () => {
    const root = parseXml('<a __proto__="1" constructor="2"/>');
    expect(Object.getPrototypeOf(root.attributes)).toBeNull();
    expect(Object.entries(root.attributes)).toEqual([
      ["__proto__", "1"],
      ["constructor", "2"],
    ]);
    const plain = parseXml("<a/>").attributes;
    expect([plain.constructor, plain.toString, plain.__proto__, plain.hasOwnProperty]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow(new XmlError("<a> 的属性 x 重复"));
  });

  test("a part of many comments is scanned without recursing once per comment", () => {
    expect(parseXml(`<a>${"<!---->".repeat(200_000)}t</a>`).text).toBe("t");
  });
});
