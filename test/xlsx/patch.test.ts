/**
 * `jixiao score` writes its sheets into the workbook by patching the zip: every other part leaves the file exactly
 * as it came in (charts, macros and all), a second run replaces the tool's own sheets in their tabs, and the result
 * opens in exceljs and LibreOffice.
 */
import ExcelJS from "exceljs";
import { existsSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { recalculate } from "../../scripts/libreoffice";
import { openXlsxFile as openXlsx } from "../../src/cli/xlsxFile";
import { patchWorkbook, readSheetCells, sheetNamed } from "../../src/xlsx";
import { parseXml, XmlElement } from "../../src/xlsx/xml";
import { worksheetXml } from "../../src/xlsx/patch/worksheet";
import { BONUS_SHEET_NAME, Grid, SCORE_SHEET_NAME, SCORE_TABLE_MARKER } from "../../src/workbook";
import { HEADER_000, ORDER_000 } from "../fixtures/doc000";
import {
  addInput000,
  addUnrelatedSheet,
  editParts,
  readWorkbook,
  run,
  scheme000File,
  tempDir,
  writeParts,
  writeWorkbook,
  zipParts,
} from "../cli/workbooks";
import { addTypes, CT, MAIN, override, REL, rels, text } from "./parts";

jest.setTimeout(180_000);

const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
/** The parts the tool patches; every other part of the input must come out byte for byte. */
const PATCHED = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];

/** A column chart of 联系人's 材料份数, drawn on that sheet: content exceljs cannot carry over. */
const CHART =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${A_NS}" xmlns:r="${REL}">` +
  `<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
  `<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'联系人'!$E$2:$E$3</c:f></c:numRef></c:val></c:ser>` +
  `<c:axId val="1"/><c:axId val="2"/></c:barChart>` +
  `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
  `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>` +
  `</c:plotArea></c:chart></c:chartSpace>`;
const DRAWING =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${A_NS}" xmlns:r="${REL}" xmlns:c="${CHART_NS}">` +
  `<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
  `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${CHART_NS}"><c:chart r:id="rId1"/></a:graphicData></a:graphic>` +
  `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

/** [000]'s ten rows and the 联系人 sheet, with a chart on 联系人 and custom document properties. */
async function withChart(dir: string, name = "in.xlsx"): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  addInput000(workbook);
  addUnrelatedSheet(workbook);
  const path = await writeWorkbook(workbook, join(dir, name));
  return editParts(path, {
    "xl/worksheets/sheet2.xml": (xml) => xml.replace("</worksheet>", '<drawing r:id="rIdChart"/></worksheet>'),
    "xl/worksheets/_rels/sheet2.xml.rels": rels(
      `<Relationship Id="rIdChart" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`,
    ),
    "xl/drawings/drawing1.xml": DRAWING,
    "xl/drawings/_rels/drawing1.xml.rels": rels(
      `<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/>`,
    ),
    "xl/charts/chart1.xml": CHART,
    "docProps/custom.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="填报单位"><vt:lpwstr>长宁区民政局</vt:lpwstr></property></Properties>`,
    "_rels/.rels": (xml) =>
      xml.replace(
        "</Relationships>",
        `<Relationship Id="rIdCustom" Type="${REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
      ),
    "[Content_Types].xml": addTypes(
      override("xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"),
      override("xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"),
      override("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml"),
    ),
  });
}

/** The XML of each child of each collection of a part ("<font>…</font>"), to check that a patched part kept them. */
function childrenXml(xml: string): string[] {
  const root = parseXml(xml);
  const out: string[] = [];
  const walk = (e: XmlElement, depth: number) => {
    if (depth === 2) out.push(xml.slice(e.start, e.end));
    else e.children.forEach((c) => walk(c, depth + 1));
  };
  walk(root, 0);
  return out;
}

describe("every part of the input is carried over byte for byte", () => {
  let dir: string;
  let input: string;
  let out: string;
  beforeAll(async () => {
    dir = tempDir();
    input = await withChart(dir);
    out = join(dir, "out.xlsx");
    const r = await run(["score", input, "--scheme", scheme000File(dir), "--out", out]);
    if (r.code !== 0) throw new Error(r.stderr);
  });

  test("each part the tool does not write keeps its compressed bytes and CRC", () => {
    const before = zipParts(input);
    const after = zipParts(out);
    const copied = [...before.keys()].filter((name) => !PATCHED.includes(name));
    expect(copied).toEqual(
      expect.arrayContaining(["xl/charts/chart1.xml", "docProps/custom.xml", "xl/sharedStrings.xml"]),
    );
    for (const name of copied) {
      expect([name, after.get(name)?.raw.equals(before.get(name)!.raw), after.get(name)?.crc]).toEqual([
        name,
        true,
        before.get(name)!.crc,
      ]);
    }
  });

  test("the parts it patches keep everything they held: sheets, relationships, content types, styles", () => {
    const before = zipParts(input);
    const after = zipParts(out);
    for (const name of PATCHED) {
      const kept = childrenXml(text(before, name));
      // Each <Override>, <Relationship>, <sheet>, <font>, <xf>… of the input is still there, as it was written.
      for (const element of kept) expect([name, text(after, name).includes(element)]).toEqual([name, true]);
    }
    for (const name of ["[Content_Types].xml", "xl/_rels/workbook.xml.rels"]) {
      const root = parseXml(text(before, name));
      for (const e of root.children) expect(text(after, name)).toContain(text(before, name).slice(e.start, e.end));
    }
  });

  test("exceljs reads the result: the input sheets as they were, the 得分表 and 附加得分表 added, marked", async () => {
    const workbook = await readWorkbook(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["输入", "联系人", SCORE_SHEET_NAME, BONUS_SHEET_NAME]);
    expect(workbook.definedNames.model).toContainEqual({
      name: SCORE_TABLE_MARKER,
      ranges: ["'得分表'!$A$1:$I$13"],
    });
    // Formulas elsewhere that read the 得分表 are recalculated on opening (exceljs does not read calcPr back).
    expect(text(zipParts(out), "xl/workbook.xml")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  test("updated in place, the workbook keeps its chart: nothing is refused, nothing is lost", async () => {
    const path = await withChart(dir, "in-place.xlsx");
    const chart = zipParts(path).get("xl/charts/chart1.xml")!;
    const r = await run(["score", path, "--scheme", scheme000File(dir), "--out", path]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("未复制");
    const after = zipParts(path);
    expect(after.get("xl/charts/chart1.xml")!.raw.equals(chart.raw)).toBe(true);
    expect(text(after, "[Content_Types].xml")).toContain('PartName="/xl/charts/chart1.xml"');
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("running again replaces the tool's own sheets in their part and nothing else", () => {
  let dir: string;
  let first: ReturnType<typeof zipParts>;
  let second: ReturnType<typeof zipParts>;
  let path: string;
  beforeAll(async () => {
    dir = tempDir();
    const scheme = scheme000File(dir);
    path = join(dir, "book.xlsx");
    expect((await run(["score", await withChart(dir), "--scheme", scheme, "--out", path])).code).toBe(0);
    // Excel adds a calculation chain, and someone puts a note on the 得分表 (sheet3) with printer settings that the
    // 输入 sheet (sheet1) uses too.
    editParts(path, {
      "xl/calcChain.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="G3" i="3" l="1"/></calcChain>`,
      "xl/_rels/workbook.xml.rels": (xml) =>
        xml.replace(
          "</Relationships>",
          `<Relationship Id="rIdCalc" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
        ),
      "xl/comments9.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>科员</author></authors><commentList><comment ref="A3" authorId="0"><text><t>已核</t></text></comment></commentList></comments>`,
      "xl/printerSettings/printerSettings1.bin": Buffer.from([1, 2, 3, 4]),
      "xl/worksheets/_rels/sheet3.xml.rels": rels(
        `<Relationship Id="rId1" Type="${REL}/comments" Target="../comments9.xml"/>`,
        `<Relationship Id="rId2" Type="${REL}/printerSettings" Target="../printerSettings/printerSettings1.bin"/>`,
      ),
      "xl/worksheets/_rels/sheet1.xml.rels": rels(
        `<Relationship Id="rId1" Type="${REL}/printerSettings" Target="../printerSettings/printerSettings1.bin"/>`,
      ),
      "[Content_Types].xml": addTypes(
        override("xl/calcChain.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"),
        override("xl/comments9.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"),
        '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/>',
      ),
    });
    first = zipParts(path);
    const r = await run(["score", path, "--scheme", scheme, "--out", path]);
    if (r.code !== 0) throw new Error(r.stderr);
    second = zipParts(path);
  });

  test("the 得分表 and 附加得分表 are rewritten in the same parts and tabs, marked once", () => {
    const file = openXlsx(path);
    expect(file.sheets.map((s) => s.name)).toEqual(["输入", "联系人", SCORE_SHEET_NAME, BONUS_SHEET_NAME]);
    expect(sheetNamed(file, SCORE_SHEET_NAME)!.worksheet).toBe("xl/worksheets/sheet3.xml");
    expect(sheetNamed(file, BONUS_SHEET_NAME)!.worksheet).toBe("xl/worksheets/sheet4.xml");
    expect(file.definedNames.map((n) => n.name).sort()).toEqual(["jixiao_bonus_table", "jixiao_score_table"]);
    const table = readSheetCells(file, sheetNamed(file, SCORE_SHEET_NAME)!);
    expect(table.slice(2, 12).map((row) => row[0])).toEqual(ORDER_000);
  });

  test("the calculation chain goes (Excel rebuilds it), with its relationship and content type", () => {
    expect(first.has("xl/calcChain.xml")).toBe(true);
    expect(second.has("xl/calcChain.xml")).toBe(false);
    expect(text(second, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(text(second, "[Content_Types].xml")).not.toContain("calcChain");
  });

  test("what hung on the old 得分表 alone goes with it; what another sheet uses stays", () => {
    expect(second.has("xl/worksheets/_rels/sheet3.xml.rels")).toBe(false);
    expect(second.has("xl/comments9.xml")).toBe(false);
    expect(text(second, "[Content_Types].xml")).not.toContain("comments9");
    expect(
      second
        .get("xl/printerSettings/printerSettings1.bin")
        ?.raw.equals(first.get("xl/printerSettings/printerSettings1.bin")!.raw),
    ).toBe(true);
  });

  test("styles.xml does not grow: the formats added by the first run are found again", () => {
    expect(second.get("xl/styles.xml")!.data.equals(first.get("xl/styles.xml")!.data)).toBe(true);
  });

  test("every other part is the first run's, byte for byte", () => {
    const rewritten = [...PATCHED, "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"];
    const gone = ["xl/calcChain.xml", "xl/comments9.xml", "xl/worksheets/_rels/sheet3.xml.rels"];
    for (const [name, part] of first) {
      if (rewritten.includes(name) || gone.includes(name)) continue;
      expect([name, second.get(name)?.raw.equals(part.raw)]).toEqual([name, true]);
    }
  });
});

describe("macros and templates", () => {
  async function input(dir: string, name: string, workbookType: string): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    addInput000(workbook);
    const path = await writeWorkbook(workbook, join(dir, name));
    return editParts(path, {
      "[Content_Types].xml": (xml) => xml.replace(`${CT}sheet.main+xml`, workbookType),
    });
  }

  test("a workbook with macros keeps them: its result is an .xlsm holding the VBA project byte for byte", async () => {
    const dir = tempDir();
    const vba = Buffer.from("not really VBA, but bytes the tool must not touch");
    let path = await input(dir, "宏.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    path = editParts(path, {
      "xl/vbaProject.bin": vba,
      "xl/_rels/workbook.xml.rels": (xml) =>
        xml.replace(
          "</Relationships>",
          `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`,
        ),
      "[Content_Types].xml": addTypes('<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'),
    });
    const scheme = scheme000File(dir);
    const refused = await run(["score", path, "--scheme", scheme, "--out", join(dir, "out.xlsx")]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("应以 .xlsm 结尾");
    expect(existsSync(join(dir, "out.xlsx"))).toBe(false);

    expect((await run(["score", path, "--scheme", scheme])).code).toBe(0);
    const out = zipParts(join(dir, "宏-得分表.xlsm"));
    expect(out.get("xl/vbaProject.bin")!.data.equals(vba)).toBe(true);
    expect(text(out, "[Content_Types].xml")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  });

  test("a template (.xltx) is written as a workbook, so Excel opens the .xlsx", async () => {
    const dir = tempDir();
    const path = await input(dir, "模板.xltx", `${CT}template.main+xml`);
    expect((await run(["score", path, "--scheme", scheme000File(dir)])).code).toBe(0);
    const types = text(zipParts(join(dir, "模板-得分表.xlsx")), "[Content_Types].xml");
    expect(types).toContain(`${CT}sheet.main+xml`);
    expect(types).not.toContain("template.main");
  });
});

const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** [000]'s ten rows as a minimal workbook: no styles, no names, no calculation properties; a prefix if given. */
function minimal(path: string, p = ""): string {
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const row = (r: number, cells: (string | number)[]) =>
    `<${p}row r="${r}">${cells
      .map((v, c) =>
        typeof v === "number"
          ? `<${p}c r="${String.fromCharCode(65 + c)}${r}"><${p}v>${v}</${p}v></${p}c>`
          : `<${p}c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><${p}is><${p}t>${v}</${p}t></${p}is></${p}c>`,
      )
      .join("")}</${p}row>`;
  const header = HEADER_000;
  const rows = [header, ["新泾", 6.7, 29.35, 47.4, 14.6, 5], ["江苏", 6.5, 29.33, 47.7, 14.85, 4.4]];
  return writeParts(
    path,
    new Map([
      [
        "[Content_Types].xml",
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}worksheet+xml"/></Types>`,
      ],
      [
        "_rels/.rels",
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ],
      [
        "xl/workbook.xml",
        `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets><${p}sheet name="输入" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
      ],
      [
        "xl/_rels/workbook.xml.rels",
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ],
      [
        "xl/worksheets/sheet1.xml",
        `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}><${p}sheetData>${rows.map((r, i) => row(i + 1, r)).join("")}</${p}sheetData></${p}worksheet>`,
      ],
    ]),
  );
}

describe("workbooks other programs wrote", () => {
  test("without styles.xml, names or calculation properties: the tool adds them where the schema puts them", async () => {
    const dir = tempDir();
    const path = minimal(join(dir, "min.xlsx"));
    expect((await run(["score", path, "--scheme", scheme000File(dir), "--out", path])).code).toBe(0);
    const parts = zipParts(path);
    expect(text(parts, "xl/workbook.xml")).toMatch(
      /<\/sheets><definedNames>.*<\/definedNames><calcPr fullCalcOnLoad="1"\/><\/workbook>/,
    );
    expect(text(parts, "xl/_rels/workbook.xml.rels")).toContain(`${REL}/styles`);
    expect(text(parts, "[Content_Types].xml")).toContain(`${CT}styles+xml`);
    const sheet = (await readWorkbook(path)).getWorksheet(SCORE_SHEET_NAME)!;
    expect(sheet.getCell("B2").font?.bold).toBe(true);
    expect(sheet.getCell("B3").numFmt).toBe("0.00");
    expect(sheet.getCell("G3").value).toEqual({ formula: "ROUND(SUM(B3:F3),2)", result: 103.05 });
  });

  test("a number format Excel has no id for is added to <numFmts>, which goes before <fonts>", async () => {
    const dir = tempDir();
    const path = minimal(join(dir, "min.xlsx"));
    const grid = {
      cells: [[{ value: 0.125, format: "0.000" }], [{ value: 0.5, format: "0.0%" }]],
      merges: [],
      bordered: [],
      widths: [10],
      frozenRows: 0,
    };
    writeFileSync(path, patchWorkbook(openXlsx(path), [{ name: "三位", marker: "jixiao_test", grid }]));
    expect(text(zipParts(path), "xl/styles.xml")).toMatch(
      /<numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"\/><numFmt numFmtId="165" formatCode="0.0%"\/><\/numFmts><fonts/,
    );
    const sheet = (await readWorkbook(path)).getWorksheet("三位")!;
    expect([sheet.getCell("A1").numFmt, sheet.getCell("A2").numFmt]).toEqual(["0.000", "0.0%"]);
  });

  test("with prefixed elements (x:sheet): what the tool adds carries the same prefix", async () => {
    const dir = tempDir();
    const path = minimal(join(dir, "x.xlsx"), "x:");
    expect((await run(["score", path, "--scheme", scheme000File(dir), "--out", path])).code).toBe(0);
    const workbookXml = text(zipParts(path), "xl/workbook.xml");
    expect(workbookXml).toContain('<x:sheet name="得分表" sheetId="2" r:id="rId2"/>');
    expect(workbookXml).toContain("<x:definedNames><x:definedName");
    const file = openXlsx(path);
    expect(readSheetCells(file, sheetNamed(file, SCORE_SHEET_NAME)!)[2]![0]).toBe("新泾");
  });

  test("names with characters XML escapes, or that look like escapes, are written as they were read", async () => {
    const dir = tempDir();
    const names = [`A&B<C>"D"'E'`, "_x0041_字面", "制表\t符"];
    // exceljs writes text unescaped: "_x005F_" before "x0041_" is how a file spells a literal "_x0041_".
    const typed = names.map((n) => n.replace("_x0041_", "_x005F_x0041_"));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("输入");
    sheet.addRow(HEADER_000);
    typed.forEach((name, i) => sheet.addRow([name, 6 - i, 29, 47, 14, 5]));
    const path = await writeWorkbook(workbook, join(dir, "in.xlsx"));
    const out = join(dir, "out.xlsx");
    expect((await run(["score", path, "--scheme", scheme000File(dir), "--out", out])).code).toBe(0);
    const file = openXlsx(out);
    const ours = readSheetCells(file, sheetNamed(file, SCORE_SHEET_NAME)!)
      .slice(2, 5)
      .map((r) => r[0]);
    expect(ours).toEqual(names);
    // exceljs decodes _xHHHH_ in shared strings but not in inline ones (Excel does in both): it sees the other two.
    const excel = (await readWorkbook(out)).getWorksheet(SCORE_SHEET_NAME)!;
    expect([3, 5].map((r) => excel.getCell(r, 1).value)).toEqual([names[0], names[2]]);
  });
});

describe("LibreOffice opens what the tool patched, and the tool patches what LibreOffice wrote", () => {
  test("a workbook with a chart, updated twice; then LibreOffice's own file (data descriptors, its styles) in place", async () => {
    const dir = tempDir();
    const scheme = scheme000File(dir);
    const book = join(dir, "book.xlsx");
    expect((await run(["score", await withChart(dir), "--scheme", scheme, "--out", book])).code).toBe(0);
    expect((await run(["score", book, "--scheme", scheme, "--out", book])).code).toBe(0);
    const outdir = join(dir, "calc");
    recalculate([book], outdir, dir);
    const calc = (await readWorkbook(join(outdir, "book.xlsx"))).getWorksheet(SCORE_SHEET_NAME)!;
    expect([3, 4, 5].map((r) => calc.getCell(r, 1).value)).toEqual(ORDER_000.slice(0, 3));

    // LibreOffice's file, scored again in place and opened again.
    const fromCalc = join(outdir, "book.xlsx");
    const before = zipParts(fromCalc);
    expect((await run(["score", fromCalc, "--scheme", scheme, "--out", fromCalc])).code).toBe(0);
    const after = zipParts(fromCalc);
    for (const [name, part] of before) {
      if (PATCHED.includes(name) || /^xl\/worksheets\/sheet[34]\.xml$/.test(name)) continue;
      expect([name, after.get(name)?.raw.equals(part.raw)]).toEqual([name, true]);
    }
    const again = join(dir, "again");
    recalculate([fromCalc], again, dir);
    const table = (await readWorkbook(join(again, "book.xlsx"))).getWorksheet(SCORE_SHEET_NAME)!;
    expect(table.getCell("G3").value).toMatchObject({ result: 103.05 });
  });
});

describe("text is never a formula in a sheet the tool writes (issue 14)", () => {
  test("text that looks like a formula is an inline string; only the grid's own formula gets an <f>", () => {
    const texts = ["=1+1", "+1+1", "-1+2", "@SUM(1)", "'quoted", 'A"&UPPER("pwned")&"', '=WEBSERVICE("http://x")'];
    const grid: Grid = {
      cells: [[...texts.map((value) => ({ value })), { value: 2, formula: "=ROUND(SUM(1,1),2)" }]],
      merges: [],
      bordered: [],
      widths: [],
      frozenRows: 0,
    };
    const sheet = parseXml(worksheetXml(grid, { xf: () => 0 }));
    const cells = sheet.children.find((c) => c.name === "sheetData")!.children[0]!.children;
    const cellXml = (c: XmlElement) => c.children.map((x) => x.name);
    expect(cells.map(cellXml)).toEqual([...texts.map(() => ["is"]), ["f", "v"]]);
    expect(cells.slice(0, texts.length).map((c) => c.attributes.t)).toEqual(texts.map(() => "inlineStr"));
    const inline = (c: XmlElement) => c.children[0]!.children[0]!;
    expect(cells.slice(0, texts.length).map((c) => inline(c).text)).toEqual(texts);
  });
});
