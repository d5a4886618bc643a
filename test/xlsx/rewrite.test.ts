/**
 * A rewrite leaves nothing stale: a run without bonus claims removes the tool's old 附加得分表 with everything that
 * was only its own; names that pointed into a rewritten or removed sheet go (print settings move onto the new
 * table); tab indexes stay right; and a workbook where something else depends on a sheet the tool would rewrite
 * (a pivot cache reading it, a slicer on a table on it) is refused rather than left for Excel to repair.
 */
import ExcelJS from "exceljs";
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { recalculate } from "../../scripts/libreoffice";
import { openXlsxFile } from "../../src/cli/xlsxFile";
import { contentTypeOf, relationshipsOf, XlsxFile } from "../../src/xlsx/read";
import { sheetsReferenced } from "../../src/xlsx/patch/references";
import { child, parseXml } from "../../src/xlsx/xml";
import { BONUS_SHEET_NAME, BONUS_TABLE_MARKER, SCORE_SHEET_NAME, SCORE_TABLE_MARKER } from "../../src/workbook";
import {
  addInput000,
  addUnrelatedSheet,
  editParts,
  readWorkbook,
  run,
  scheme000File,
  tempDir,
  writeWorkbook,
  zipParts,
} from "../cli/workbooks";
import { addTypes, CT, MAIN, override, REL, rels, text } from "./parts";

jest.setTimeout(180_000);

const addWorkbookRels =
  (...items: string[]) =>
  (xml: string) =>
    xml.replace("</Relationships>", `${items.join("")}</Relationships>`);

/**
 * [000]'s ten rows and 联系人, scored once into book.xlsx: tabs 输入, 联系人, 得分表 (sheet3.xml) and 附加得分表
 * (sheet4.xml), as every unit claimed a bonus.
 */
async function scoredBook(dir: string): Promise<{ book: string; scheme: string }> {
  const workbook = new ExcelJS.Workbook();
  addInput000(workbook);
  addUnrelatedSheet(workbook);
  const input = await writeWorkbook(workbook, join(dir, "in.xlsx"));
  const scheme = scheme000File(dir);
  const book = join(dir, "book.xlsx");
  const r = await run(["score", input, "--scheme", scheme, "--out", book]);
  if (r.code !== 0) throw new Error(r.stderr);
  expect(openXlsxFile(book).sheets.map((s) => s.name)).toEqual(["输入", "联系人", SCORE_SHEET_NAME, BONUS_SHEET_NAME]);
  return { book, scheme };
}

/** The 输入 sheet (sheet1.xml) with its 附加评价 column emptied: nobody claims a bonus item any more. */
const withoutClaims = (xml: string) => xml.replace(/<c r="F([2-9]|1[01])"[^>]*?(\/>|>.*?<\/c>)/g, "");

/** The <sheet> elements of workbook.xml in the order of the names given. */
const reorderTabs = (order: string[]) => (xml: string) => {
  const tabs = new Map([...xml.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*\/>/g)].map((m) => [m[1], m[0]]));
  return xml.replace(/<sheets>.*<\/sheets>/, `<sheets>${order.map((n) => tabs.get(n)).join("")}</sheets>`);
};

/**
 * Problems of a package that Excel would repair: a relationship to a missing part, a part without a content type,
 * an override of a missing part, a tab without its part, a name or a view on a tab that does not exist.
 */
function packageProblems(file: XlsxFile): string[] {
  const problems: string[] = [];
  const parts = new Set(file.entries.filter((e) => !e.name.endsWith("/")).map((e) => e.name.toLowerCase()));
  for (const o of file.contentTypes.root.children.filter((e) => e.name === "Override")) {
    const part = (o.attributes.PartName ?? "").slice(1).toLowerCase();
    if (!parts.has(part)) problems.push(`override of missing ${part}`);
  }
  for (const part of parts) {
    if (part.endsWith(".rels")) {
      const source = part.replace(/(^|\/)_rels\/([^/]+)\.rels$/, "$1$2");
      if (part !== "_rels/.rels" && !parts.has(source)) problems.push(`${part} of a missing part`);
      const xml = readZipText(file, part);
      for (const rel of relationshipsOf(part === "_rels/.rels" ? "" : source, parseXml(xml))) {
        if (rel.part !== undefined && !parts.has(rel.part.toLowerCase())) {
          problems.push(`${part}: ${rel.id} to missing ${rel.part}`);
        }
      }
    } else if (part !== "[content_types].xml" && contentTypeOf(file.contentTypes.root, part) === undefined) {
      problems.push(`${part} without a content type`);
    }
  }
  const count = file.sheets.length;
  for (const sheet of file.sheets) {
    if (!file.relationships.some((r) => r.id === sheet.relId)) problems.push(`tab ${sheet.name} without its part`);
  }
  const names = new Set(file.sheets.map((s) => s.name.toLowerCase()));
  for (const n of file.definedNames) {
    if (n.localSheetId !== undefined && n.localSheetId >= count)
      problems.push(`name ${n.name} on tab ${n.localSheetId}`);
    for (const sheet of sheetsReferenced(n.text)) {
      if (!names.has(sheet)) problems.push(`name ${n.name} refers to missing sheet ${sheet}`);
    }
  }
  for (const view of child(file.workbook.root, "bookViews")?.children ?? []) {
    for (const attribute of ["activeTab", "firstSheet"]) {
      const value = Number(view.attributes[attribute] ?? 0);
      if (value >= count) problems.push(`${attribute} ${value} of ${count} tabs`);
    }
  }
  return problems;
}

function readZipText(file: XlsxFile, part: string): string {
  const entry = file.entries.find((e) => e.name.toLowerCase() === part);
  if (!entry) return "";
  return zipParts(file.path).get(entry.name)!.data.toString("utf8");
}

function namesOf(file: XlsxFile): [string, number | undefined, string][] {
  return file.definedNames.map((n) => [n.name, n.localSheetId, n.text]);
}

describe("sheetsReferenced: the sheets a formula reads", () => {
  test.each([
    ["'得分表'!$A$1:$I$13", ["得分表"]],
    ["得分表!G3+联系人!E2", ["得分表", "联系人"]],
    ["SUM('It''s'!A1,'a b'!B2)", ["it's", "a b"]],
    ['"得分表!A1"&Sheet1!A1', ["sheet1"]],
    ["SUM(输入:附加得分表!B3)", ["输入", "附加得分表"]],
    ["[1]得分表!A1+'[2]附加得分表'!A1", []],
    ["Table1[[#This Row],[总分]]*2", []],
    ["#REF!", ["ref"]],
  ])("%s", (formula, sheets) => {
    expect([...sheetsReferenced(formula)]).toEqual(sheets);
  });
});

describe("a run without bonus claims removes the tool's 附加得分表 of an earlier run", () => {
  let dir: string;
  let book: string;
  let before: ReturnType<typeof zipParts>;
  let after: ReturnType<typeof zipParts>;
  let stdout: string;
  beforeAll(async () => {
    dir = tempDir();
    let scheme: string;
    ({ book, scheme } = await scoredBook(dir));
    // Someone moves the 附加得分表 to second place, notes something on it, sets print areas, print titles and a
    // filter on the 得分表, names ranges on several sheets, and shows the 得分表 from 联系人 on; then the 街镇 take
    // back their claims.
    editParts(book, {
      "xl/worksheets/sheet1.xml": withoutClaims,
      "xl/comments9.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="${MAIN}"><authors><author>科员</author></authors><commentList><comment ref="A3" authorId="0"><text><t>已核</t></text></comment></commentList></comments>`,
      "xl/worksheets/_rels/sheet4.xml.rels": rels(
        `<Relationship Id="rId1" Type="${REL}/comments" Target="../comments9.xml"/>`,
      ),
      "[Content_Types].xml": addTypes(override("xl/comments9.xml", `${CT}comments+xml`)),
      "xl/workbook.xml": (xml) =>
        reorderTabs(["输入", BONUS_SHEET_NAME, "联系人", SCORE_SHEET_NAME])(xml)
          .replace("<sheets>", `<bookViews><workbookView activeTab="3" firstSheet="1"/></bookViews><sheets>`)
          .replace(
            "</definedNames>",
            [
              `<definedName name="_xlnm.Print_Area" localSheetId="2">'联系人'!$A$1:$E$6</definedName>`,
              `<definedName name="_xlnm._FilterDatabase" localSheetId="3" hidden="1">'得分表'!$A$2:$I$12</definedName>`,
              `<definedName name="_xlnm.Print_Area" localSheetId="3">'得分表'!$A$1:$G$13</definedName>`,
              `<definedName name="_xlnm.Print_Titles" localSheetId="3">'得分表'!$1:$2</definedName>`,
              `<definedName name="附加合计" localSheetId="1">'附加得分表'!$B$3:$B$12</definedName>`,
              `<definedName name="总分列">得分表!$G$3:$G$12</definedName>`,
              `<definedName name="电话">'联系人'!$C$2:$C$3</definedName>`,
              `<definedName name="本地" localSheetId="0">'输入'!$A$1</definedName>`,
              "</definedNames>",
            ].join(""),
          ),
    });
    before = zipParts(book);
    const r = await run(["score", book, "--scheme", scheme, "--out", book]);
    if (r.code !== 0) throw new Error(r.stderr);
    stdout = r.stdout;
    after = zipParts(book);
  });

  test("the sheet, its marker, its part and what only it reached are gone; stdout says so", () => {
    const file = openXlsxFile(book);
    expect(file.sheets.map((s) => s.name)).toEqual(["输入", "联系人", SCORE_SHEET_NAME]);
    expect(file.definedNames.map((n) => n.name)).not.toContain(BONUS_TABLE_MARKER);
    for (const gone of ["xl/worksheets/sheet4.xml", "xl/worksheets/_rels/sheet4.xml.rels", "xl/comments9.xml"]) {
      expect([gone, after.has(gone)]).toEqual([gone, false]);
    }
    expect(text(after, "[Content_Types].xml")).not.toMatch(/sheet4|comments9/);
    expect(text(after, "xl/_rels/workbook.xml.rels")).not.toContain("sheet4");
    expect(stdout).toContain(`已删除上次写的“${BONUS_SHEET_NAME}”：这次没有单位申报附加评价`);
    expect(stdout).toContain(`得分表写入 ${book} 的“${SCORE_SHEET_NAME}”工作表`);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("names: the stale ones go, print settings move onto the new table, tab indexes follow the removal", () => {
    expect(namesOf(openXlsxFile(book))).toEqual([
      ["_xlnm.Print_Area", 1, "'联系人'!$A$1:$E$6"],
      ["_xlnm.Print_Area", 2, "'得分表'!$A$1:$I$13"],
      ["_xlnm.Print_Titles", 2, "'得分表'!$1:$2"],
      ["电话", undefined, "'联系人'!$C$2:$C$3"],
      ["本地", 0, "'输入'!$A$1"],
      [SCORE_TABLE_MARKER, undefined, "'得分表'!$A$1:$I$13"],
    ]);
    expect(stdout).toContain("已删除指向旧结果表的名称：附加合计、总分列");
    expect(stdout).toContain("“得分表”的打印区域、“得分表”的打印标题已改为新表的区域");
  });

  test("the views stay on the same tabs: the 得分表 active, 联系人 the first shown", () => {
    expect(text(after, "xl/workbook.xml")).toContain(`<workbookView activeTab="2" firstSheet="1"/>`);
  });

  test("the package holds together, and every part the run did not touch is as it was", () => {
    expect(packageProblems(openXlsxFile(book))).toEqual([]);
    const touched = [
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/worksheets/sheet3.xml",
    ];
    for (const [name, part] of before) {
      if (touched.includes(name) || !after.has(name)) continue;
      expect([name, after.get(name)!.raw.equals(part.raw)]).toEqual([name, true]);
    }
    expect([...before.keys()].filter((name) => !after.has(name)).sort()).toEqual([
      "xl/comments9.xml",
      "xl/worksheets/_rels/sheet4.xml.rels",
      "xl/worksheets/sheet4.xml",
    ]);
  });

  test("LibreOffice opens it: three sheets, the new scores, the print area on the new table", async () => {
    const outdir = join(dir, "calc");
    recalculate([book], outdir, dir);
    const calc = await readWorkbook(join(outdir, "book.xlsx"));
    expect(calc.worksheets.map((s) => s.name)).toEqual(["输入", "联系人", SCORE_SHEET_NAME]);
    const table = calc.getWorksheet(SCORE_SHEET_NAME)!;
    // Without the bonus, 江苏 leads with 98.38.
    expect(table.getCell("A3").value).toBe("江苏");
    expect(table.getCell("G3").value).toMatchObject({ result: 98.38 });
    const names = namesOf(openXlsxFile(join(outdir, "book.xlsx")));
    expect(names).toContainEqual(["_xlnm.Print_Area", 2, "得分表!$A$1:$I$13"]);
    expect(names).toContainEqual(["_xlnm.Print_Titles", 2, "得分表!$1:$2"]);
  });
});

describe("what a run without claims leaves alone", () => {
  test("a 附加得分表 someone made by hand (no marker) stays, and nothing is said about it", async () => {
    const dir = tempDir();
    const workbook = new ExcelJS.Workbook();
    const sheet = addInput000(workbook);
    for (let r = 2; r <= 11; r++) sheet.getCell(r, 6).value = null;
    workbook.addWorksheet(BONUS_SHEET_NAME).getCell("A1").value = "手工填写的附加分";
    const input = await writeWorkbook(workbook, join(dir, "in.xlsx"));
    const r = await run(["score", input, "--scheme", scheme000File(dir), "--out", input]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("已删除");
    const after = await readWorkbook(input);
    expect(after.worksheets.map((s) => s.name)).toEqual(["输入", BONUS_SHEET_NAME, SCORE_SHEET_NAME]);
    expect(after.getWorksheet(BONUS_SHEET_NAME)!.getCell("A1").value).toBe("手工填写的附加分");
  });

  test("the removed tab was the active last one: the view moves to the tab before it, a custom view to the first", async () => {
    const dir = tempDir();
    const { book, scheme } = await scoredBook(dir);
    editParts(book, {
      "xl/worksheets/sheet1.xml": withoutClaims,
      "xl/workbook.xml": (xml) =>
        xml
          .replace("<sheets>", `<bookViews><workbookView activeTab="3"/></bookViews><sheets>`)
          .replace(
            "</workbook>",
            `<customWorkbookViews><customWorkbookView name="审核" guid="{00000000-0000-0000-0000-000000000001}" windowWidth="800" windowHeight="600" activeSheetId="4"/></customWorkbookViews></workbook>`,
          ),
    });
    expect((await run(["score", book, "--scheme", scheme, "--out", book])).code).toBe(0);
    const xml = text(zipParts(book), "xl/workbook.xml");
    expect(xml).toContain(`<workbookView activeTab="2"/>`);
    expect(xml).toContain(`activeSheetId="1"/>`);
    expect(packageProblems(openXlsxFile(book))).toEqual([]);
  });
});

describe("what depends on a sheet the tool would rewrite or remove: refused, nothing written", () => {
  /** Runs in place expecting a refusal; returns stderr after checking the file did not change. */
  async function refused(book: string, scheme: string): Promise<string> {
    const bytes = readFileSync(book);
    const r = await run(["score", book, "--scheme", scheme, "--out", book]);
    expect(r.code).toBe(1);
    expect(readFileSync(book).equals(bytes)).toBe(true);
    expect(r.stderr).toContain("未写入。请先在 Excel 中删除或改动这些内容");
    expect(r.stderr).not.toContain("内部错误");
    return r.stderr;
  }

  test("a pivot cache whose source is the 得分表", async () => {
    const dir = tempDir();
    const { book, scheme } = await scoredBook(dir);
    editParts(book, {
      "xl/pivotCache/pivotCacheDefinition1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" refreshOnLoad="1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A2:I12" sheet="得分表"/></cacheSource><cacheFields count="1"><cacheField name="所属街镇" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`,
      "xl/_rels/workbook.xml.rels": addWorkbookRels(
        `<Relationship Id="rIdPC" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>`,
      ),
      "xl/workbook.xml": (xml) =>
        xml.replace("</workbook>", `<pivotCaches><pivotCache cacheId="1" r:id="rIdPC"/></pivotCaches></workbook>`),
      "[Content_Types].xml": addTypes(
        override("xl/pivotCache/pivotCacheDefinition1.xml", `${CT}pivotCacheDefinition+xml`),
      ),
    });
    const stderr = await refused(book, scheme);
    expect(stderr).toContain(`无法写入 ${book}：jixiao 要重写工作表“得分表”、“附加得分表”`);
    expect(stderr).toContain("- 有数据透视表以工作表“得分表”的 A2:I12为数据源");
  });

  test("a slicer filtering a table someone made on the 得分表", async () => {
    const dir = tempDir();
    const { book, scheme } = await scoredBook(dir);
    editParts(book, {
      "xl/tables/table1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><table xmlns="${MAIN}" id="3" name="表1" displayName="表1" ref="A2:I12"><autoFilter ref="A2:I12"/><tableColumns count="1"><tableColumn id="1" name="所属街镇"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`,
      "xl/worksheets/_rels/sheet3.xml.rels": rels(
        `<Relationship Id="rIdT" Type="${REL}/table" Target="../tables/table1.xml"/>`,
      ),
      "xl/worksheets/sheet3.xml": (xml) =>
        xml.replace(/<\/worksheet>$/, `<tableParts count="1"><tablePart r:id="rIdT"/></tableParts></worksheet>`),
      "xl/slicerCaches/slicerCache1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><slicerCacheDefinition xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" name="切片器_总分" sourceName="总分"><extLst><x:ext xmlns:x="${MAIN}" uri="{2F2917AC-EB37-4324-AD4E-5DD8C200BD13}"><x15:tableSlicerCache tableId="3" column="7"/></x:ext></extLst></slicerCacheDefinition>`,
      "xl/_rels/workbook.xml.rels": addWorkbookRels(
        `<Relationship Id="rIdSC" Type="http://schemas.microsoft.com/office/2007/relationships/slicerCache" Target="slicerCaches/slicerCache1.xml"/>`,
      ),
      "[Content_Types].xml": addTypes(
        override("xl/tables/table1.xml", `${CT}table+xml`),
        override("xl/slicerCaches/slicerCache1.xml", "application/vnd.ms-excel.slicerCache+xml"),
      ),
    });
    const stderr = await refused(book, scheme);
    expect(stderr).toContain("- 工作表“得分表”上有表格“表1”（套用表格格式）");
    expect(stderr).toContain("- 切片器“切片器_总分”筛选工作表“得分表”上的表格“表1”");
    expect(stderr).toContain("转换为区域");
  });

  test("a pivot table on the 得分表 with a timeline on it", async () => {
    const dir = tempDir();
    const { book, scheme } = await scoredBook(dir);
    editParts(book, {
      "xl/pivotTables/pivotTable1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="1" dataCaption="值"><location ref="K2:L5" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>`,
      "xl/worksheets/_rels/sheet3.xml.rels": rels(
        `<Relationship Id="rIdP" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/>`,
      ),
      "xl/timelineCaches/timelineCache1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><timelineCacheDefinition xmlns="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" name="日程表_日期" sourceName="日期"><pivotTables><pivotTable tabId="3" name="数据透视表1"/></pivotTables></timelineCacheDefinition>`,
      "xl/_rels/workbook.xml.rels": addWorkbookRels(
        `<Relationship Id="rIdTC" Type="http://schemas.microsoft.com/office/2011/relationships/timelineCache" Target="timelineCaches/timelineCache1.xml"/>`,
      ),
      "[Content_Types].xml": addTypes(
        override("xl/pivotTables/pivotTable1.xml", `${CT}pivotTable+xml`),
        override("xl/timelineCaches/timelineCache1.xml", "application/vnd.ms-excel.timelineCache+xml"),
      ),
    });
    const stderr = await refused(book, scheme);
    expect(stderr).toContain("- 工作表“得分表”上有数据透视表“数据透视表1”");
    expect(stderr).toContain("- 日程表“日程表_日期”筛选工作表“得分表”上的数据透视表“数据透视表1”");
  });

  test("a formula elsewhere that reads the 附加得分表 the run would remove", async () => {
    const dir = tempDir();
    const { book, scheme } = await scoredBook(dir);
    editParts(book, {
      "xl/worksheets/sheet1.xml": withoutClaims,
      "xl/worksheets/sheet2.xml": (xml) =>
        xml.replace(
          "</sheetData>",
          `<row r="20"><c r="A20"><f>SUM('附加得分表'!B3:B12)</f><v>28</v></c></row></sheetData>`,
        ),
    });
    const stderr = await refused(book, scheme);
    expect(stderr).toContain("jixiao 要重写工作表“得分表”、删除旧的工作表“附加得分表”");
    expect(stderr).toContain("- 工作表“联系人”的公式引用了它（SUM('附加得分表'!B3:B12)）");
  });
});
