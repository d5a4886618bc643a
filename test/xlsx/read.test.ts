import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { openXlsxFile as openXlsx } from "../../src/cli/xlsxFile";
import { readSheetCells, worksheets } from "../../src/xlsx";
import { decodeEntities, parseXml, XmlError } from "../../src/xlsx/xml";
import { readZip } from "../../src/xlsx/zip";
import { sheetCells } from "./exceljsOracle";
import { HEADER_SEARCH_ROWS, SCORE_SHEET_NAME, SheetCell } from "../../src/workbook";
import {
  addInput000,
  addUnrelatedSheet,
  readWorkbook,
  run,
  scheme000File,
  tempDir,
  writeParts,
  writeWorkbook,
} from "../cli/workbooks";

const NO_RESULT = { unreadable: "公式没有保存计算结果：请在 Excel 或 WPS 中打开、计算并保存后再试" };

/** Each worksheet's cells as the zip reader gives them and as the exceljs adaptor gives them. */
async function bothReaders(path: string, maxRows?: number) {
  const file = openXlsx(path);
  const workbook = await readWorkbook(path);
  return worksheets(file).map((sheet) => ({
    name: sheet.name,
    ours: readSheetCells(file, sheet, maxRows),
    exceljs: sheetCells(workbook.getWorksheet(sheet.name)!, file.date1904, maxRows),
  }));
}

function cellsOf(path: string, name: string, maxRows?: number): (readonly SheetCell[])[] {
  const file = openXlsx(path);
  return readSheetCells(
    file,
    worksheets(file).find((s) => s.name === name)!,
    maxRows,
  );
}

/** A sheet of every kind of cell a clerk's workbook can hold, written by exceljs. */
function addVariedSheet(workbook: ExcelJS.Workbook): void {
  const s = workbook.addWorksheet("各类单元格");
  s.getCell("A1").value = `A & B <c> "q" 'a'`;
  s.getCell("B1").value = 12.5;
  s.getCell("C1").value = true;
  s.getCell("D1").value = false;
  s.getCell("E1").value = { error: "#N/A" };
  s.getCell("F1").value = { error: "#DIV/0!" };
  s.getCell("A2").value = { formula: "B1*2", result: 25 };
  s.getCell("B2").value = { formula: 'IF(C1,"是","否")', result: "是" };
  s.getCell("C2").value = { formula: "NOT(D1)", result: true };
  s.getCell("D2").value = { formula: "#REF!+1", result: { error: "#REF!" } };
  s.getCell("E2").value = { formula: "1+2" } as ExcelJS.CellFormulaValue;
  s.getCell("A3").value = {
    formula: "ROW()",
    result: 3,
    shareType: "shared",
    ref: "A3:C3",
  } as ExcelJS.CellFormulaValue;
  s.getCell("B3").value = { sharedFormula: "A3", result: 3 } as ExcelJS.CellSharedFormulaValue;
  s.getCell("C3").value = { sharedFormula: "A3", result: 3 } as ExcelJS.CellSharedFormulaValue;
  s.getCell("A4").value = { richText: [{ text: "29.", font: { bold: true } }, { text: "35" }] };
  s.getCell("B4").value = new Date(Date.UTC(2021, 5, 21));
  s.getCell("C4").value = { text: "民政局", hyperlink: "https://example.invalid/" };
  s.getCell("A5").value = "合并";
  s.mergeCells("A5:C6");
  s.getCell("H1").numFmt = "0.00";
  s.getCell("A9").value = "  前后有空格 ";
  s.getCell("B9").value = "第一行\n第二行";
}

describe("the zip reader gives the cells the exceljs adaptor gives, without loading exceljs", () => {
  let path: string;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    addInput000(workbook);
    addUnrelatedSheet(workbook);
    addVariedSheet(workbook);
    path = await writeWorkbook(workbook, join(tempDir(), "varied.xlsx"));
  });

  test.each([
    ["all rows", undefined],
    ["the rows searched for a header", HEADER_SEARCH_ROWS],
    ["the first 5 rows, ending inside a merge", 5],
  ])("every sheet, cell for cell: %s", async (_, maxRows) => {
    for (const { name, ours, exceljs } of await bothReaders(path, maxRows)) {
      expect([name, ours]).toEqual([name, exceljs]);
    }
  });

  test("shared and rich text, booleans, error texts, cached results, dates as serials, merged-over cells empty", () => {
    const rows = cellsOf(path, "各类单元格");
    expect(rows[0]!.slice(0, 6)).toEqual([`A & B <c> "q" 'a'`, 12.5, true, false, "#N/A", "#DIV/0!"]);
    expect(rows[1]!.slice(0, 5)).toEqual([25, "是", true, "#REF!", NO_RESULT]);
    expect(rows[2]!.slice(0, 3)).toEqual([3, 3, 3]);
    // 2021-06-21 is serial 44368 in Excel's 1900 date system.
    expect(rows[3]!.slice(0, 3)).toEqual(["29.35", 44368, "民政局"]);
    expect(rows[4]!.slice(0, 3)).toEqual(["合并", null, null]);
    expect(rows[5]!.slice(0, 3)).toEqual([null, null, null]);
    expect(rows[8]!.slice(0, 2)).toEqual(["  前后有空格 ", "第一行\n第二行"]);
    // The formatted, empty H1 is part of the first row, as Range.values would show it.
    expect(rows[0]).toHaveLength(8);
  });

  test("the 得分表 the tool writes (inline strings, formulas with text results) reads back the same both ways", async () => {
    const dir = tempDir();
    const out = join(dir, "out.xlsx");
    expect((await run(["score", path, "--scheme", scheme000File(dir), "--out", out])).code).toBe(0);
    const sheets = await bothReaders(out);
    expect(sheets.map((s) => s.name)).toContain(SCORE_SHEET_NAME);
    for (const { name, ours, exceljs } of sheets) expect([name, ours]).toEqual([name, exceljs]);
    const table = cellsOf(out, SCORE_SHEET_NAME);
    expect(table[2]!.slice(0, 1).concat(table[2]!.slice(6))).toEqual(["新泾", 103.05, 1, "优秀"]);
  });
});

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A workbook of one sheet whose XML is given: the parts Excel needs and nothing more. */
function handMade(path: string, sheetXml: string, options: { workbookPr?: string; prefix?: string } = {}): string {
  const p = options.prefix ?? "";
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
  return writeParts(
    path,
    new Map([
      [
        "[Content_Types].xml",
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${ct}worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${ct}sharedStrings+xml"/></Types>`,
      ],
      [
        "_rels/.rels",
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ],
      [
        "xl/workbook.xml",
        `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns} xmlns:r="${REL}">${options.workbookPr ?? ""}<${p}sheets><${p}sheet name="输入" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
      ],
      [
        "xl/_rels/workbook.xml.rels",
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ],
      [
        "xl/sharedStrings.xml",
        `<?xml version="1.0" encoding="UTF-8"?><${p}sst ${ns} count="2" uniqueCount="2"><${p}si><${p}t>甲 &amp; 乙</${p}t></${p}si><${p}si><${p}r><${p}t>29.</${p}t></${p}r><${p}r><${p}t>35</${p}t></${p}r><${p}rPh sb="0" eb="1"><${p}t>ピン</${p}t></${p}rPh><${p}phoneticPr fontId="1"/></${p}si></${p}sst>`,
      ],
      ["xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8"?>${sheetXml}`],
    ]),
  );
}

/** Cells as Excel and other writers store them: inline strings, entities, cells without addresses, a merge. */
const SHEET = (p = "") =>
  `<${p}worksheet ${p ? `xmlns:${p.slice(0, -1)}` : "xmlns"}="${MAIN}"><${p}sheetData>` +
  `<${p}row r="1"><${p}c r="A1" t="inlineStr"><${p}is><${p}t>&#65;&#x4E2D;&amp;&lt;&gt;&quot;&apos;</${p}t></${p}is></${p}c>` +
  `<${p}c r="B1" t="s"><${p}v>0</${p}v></${p}c><${p}c r="C1" t="s"><${p}v>1</${p}v></${p}c>` +
  `<${p}c t="b"><${p}v>1</${p}v></${p}c><${p}c t="e"><${p}v>#VALUE!</${p}v></${p}c></${p}row>` +
  `<${p}row r="2"><${p}c r="A2"><${p}f>A1&amp;""</${p}f></${p}c><${p}c r="B2" t="str"><${p}f>"x"&amp;"y"</${p}f><${p}v>x&amp;y</${p}v></${p}c>` +
  `<${p}c r="C2"><${p}v>1.5E3</${p}v></${p}c><${p}c r="D2" t="inlineStr"><${p}is><${p}r><${p}t>前</${p}t></${p}r><${p}r><${p}rPr><${p}b/></${p}rPr><${p}t xml:space="preserve"> 后</${p}t></${p}r></${p}is></${p}c></${p}row>` +
  `<!-- a row written by hand --><${p}row r="4"><${p}c r="B4" s="0"/><${p}c r="C4" s="1"/><${p}c r="D4"><${p}v>7</${p}v></${p}c></${p}row>` +
  `</${p}sheetData><${p}mergeCells count="1"><${p}mergeCell ref="A4:A5"/></${p}mergeCells></${p}worksheet>`;

describe("sheets written by other programs", () => {
  test("entities, inline and rich strings without their phonetic guide, addresses left out: the same both ways", async () => {
    const path = handMade(join(tempDir(), "hand.xlsx"), SHEET());
    const { ours, exceljs } = (await bothReaders(path))[0]!;
    expect(ours).toEqual(exceljs);
    expect(ours).toEqual([
      ["A中&<>\"'", "甲 & 乙", "29.35", true, "#VALUE!"],
      [NO_RESULT, "x&y", 1500, "前 后"],
      [],
      [null, null, null, 7],
      [null],
    ]);
  });

  test("elements with a namespace prefix (x:c), as some writers emit them, read the same", () => {
    const plain = handMade(join(tempDir(), "plain.xlsx"), SHEET());
    const prefixed = handMade(join(tempDir(), "prefixed.xlsx"), SHEET("x:"), { prefix: "x:" });
    expect(cellsOf(prefixed, "输入")).toEqual(cellsOf(plain, "输入"));
  });

  test("a formula's empty text result is the empty text (exceljs loses it as no result)", () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="str"><f>IF(1,"","x")</f><v></v></c><c r="B1"><f>1+1</f><v></v></c></row></sheetData></worksheet>`;
    expect(cellsOf(handMade(join(tempDir(), "empty.xlsx"), sheet), "输入")).toEqual([["", NO_RESULT]]);
  });

  test("rows without a number follow the one before; CDATA is text; an ISO date is the serial of its date system", () => {
    const sheet =
      `<worksheet xmlns="${MAIN}"><sheetData><row r="2"><c r="A2" t="str"><v><![CDATA[a<b]]></v></c></row>` +
      `<row><c r="A3" t="d"><v>2021-06-21T00:00:00Z</v></c></row></sheetData></worksheet>`;
    const in1900 = handMade(join(tempDir(), "d1900.xlsx"), sheet);
    const in1904 = handMade(join(tempDir(), "d1904.xlsx"), sheet, { workbookPr: '<workbookPr date1904="1"/>' });
    // 2021-06-21 is serial 44368 in Excel's 1900 date system and 42906 in the 1904 one.
    expect(cellsOf(in1900, "输入")).toEqual([[], ["a<b"], [44368]]);
    expect(cellsOf(in1904, "输入")).toEqual([[], ["a<b"], [42906]]);
  });
});

describe("a damaged workbook is named, with the part that cannot be read", () => {
  test("a worksheet whose XML is broken", () => {
    const path = handMade(
      join(tempDir(), "broken.xlsx"),
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"></c></sheetData>`,
    );
    expect(() => cellsOf(path, "输入")).toThrow(`无法读取工作簿 ${path}：部件 xl/worksheets/sheet1.xml 无法解析`);
  });

  test("a part whose bytes do not match its checksum", async () => {
    const workbook = new ExcelJS.Workbook();
    addInput000(workbook);
    const path = await writeWorkbook(workbook, join(tempDir(), "in.xlsx"));
    // Flip a byte inside the shared strings' data: the zip's directory stays readable, the part does not.
    const bytes = readFileSync(path);
    const entry = readZip(bytes)!.find((e) => e.name === "xl/sharedStrings.xml")!;
    bytes.writeUInt8(bytes.readUInt8(entry.dataStart + 10) ^ 0xff, entry.dataStart + 10);
    writeFileSync(path, bytes);
    expect(() => cellsOf(path, "输入")).toThrow(`无法读取工作簿 ${path}：xl/sharedStrings.xml 已损坏`);
  });

  test("a file that is not an .xlsx says what to do", () => {
    const path = join(tempDir(), "old.xls");
    writeFileSync(path, "\xd0\xcf\x11\xe0 not a zip");
    expect(() => openXlsx(path)).toThrow("不是 .xlsx 文件（.xls、.et 等请先在 Excel 或 WPS 中另存为 .xlsx）");
  });
});

describe("XML text", () => {
  test("the five entities and character references decode; an unknown entity is an error, not a guess", () => {
    expect(decodeEntities("&amp;&lt;&gt;&quot;&apos;&#20013;&#x6587;&#x1F600;")).toBe("&<>\"'中文😀");
    expect(decodeEntities("no entity")).toBe("no entity");
    expect(() => decodeEntities("&nbsp;")).toThrow(XmlError);
  });

  test("elements must nest; comments and the declaration are skipped", () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><a x="1 &amp; 2"><b>t</b><c/></a>');
    expect(root.attributes).toEqual({ x: "1 & 2" });
    expect(root.children.map((c) => c.name)).toEqual(["b", "c"]);
    expect(() => parseXml("<a><b></a></b>")).toThrow(XmlError);
  });
});
