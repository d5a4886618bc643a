/**
 * `jixiao scheme`: a scheme written as the 指标体系 workbook by the exceljs writer `template` uses, read back from the
 * .xlsx file by src/xlsx, gives the same canonical JSON; a broken workbook is refused cell by cell with nothing
 * written; an imported scheme scores like the file it came from.
 */
import ExcelJS from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { builtinSchemes } from "../../src/schemes";
import { SCHEME_SHEET_NAMES } from "../../src/workbook";
import { AVERAGES_000 } from "../fixtures/doc000";
import { addInput000, readWorkbook, run, scheme000File, tempDir, writeWorkbook } from "./workbooks";

const { nodes: NODES, info: INFO } = SCHEME_SHEET_NAMES;

/** The 1-based column of a header in a sheet's first row. */
function column(sheet: ExcelJS.Worksheet, header: string): number {
  const values = sheet.getRow(1).values as unknown[];
  const c = values.indexOf(header);
  if (c < 1) throw new Error(`no column ${header}`);
  return c;
}

/** The 1-based row of a node by its 编号. */
function nodeRow(sheet: ExcelJS.Worksheet, id: string): number {
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === id) return r;
  throw new Error(`no node ${id}`);
}

async function edit(path: string, out: string, change: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = await readWorkbook(path);
  change(workbook);
  return writeWorkbook(workbook, out);
}

describe("jixiao scheme export, then import, gives back each built-in scheme", () => {
  const dir = tempDir();
  test.each(builtinSchemes.map((s) => [s.id as string]))("%s through an .xlsx file", async (id) => {
    const xlsx = join(dir, `${id}.xlsx`);
    const exported = await run(["scheme", "export", "--scheme", id, "--out", xlsx]);
    expect(exported.code).toBe(0);
    const imported = await run(["scheme", "import", xlsx]);
    expect(imported.stderr).toBe("");
    const shown = await run(["scheme", "show", "--scheme", id, "--json"]);
    expect(imported.stdout).toBe(shown.stdout);
    expect(JSON.parse(shown.stdout)).toMatchObject({ id });
  });

  test("the workbook has the three sheets, the header frozen, 规则 offered from a drop-down", async () => {
    const xlsx = join(dir, "hongqiao-2023.xlsx");
    if (!existsSync(xlsx)) await run(["scheme", "export", "--scheme", "hongqiao-2023", "--out", xlsx]);
    const workbook = await readWorkbook(xlsx);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(Object.values(SCHEME_SHEET_NAMES));
    const nodes = workbook.getWorksheet(NODES)!;
    expect(nodes.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const rule = nodes.getCell(2, column(nodes, "规则")).dataValidation;
    expect(rule.type).toBe("list");
    expect(rule.formulae?.[0]).toContain("比率达标");
  });

  test("an existing file is never written over", async () => {
    const xlsx = join(dir, "taken.xlsx");
    writeFileSync(xlsx, "mine");
    const r = await run(["scheme", "export", "--scheme", "changning-2023", "--out", xlsx]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("已存在");
    expect(readFileSync(xlsx, "utf8")).toBe("mine");
  });
});

describe("a workbook with problems is refused at its cells, and nothing is written", () => {
  const dir = tempDir();
  let exported: string;
  beforeAll(async () => {
    exported = join(dir, "changning-2023.xlsx");
    await run(["scheme", "export", "--scheme", "changning-2023", "--out", exported]);
  });

  test("a hand-broken 分值 names its cell; --out is not written", async () => {
    let cell = "";
    let label = "";
    const broken = await edit(exported, join(dir, "broken.xlsx"), (workbook) => {
      const sheet = workbook.getWorksheet(NODES)!;
      const r = nodeRow(sheet, "2.3");
      const c = column(sheet, "分值");
      label = `2.3 ${String(sheet.getCell(r, column(sheet, "名称")).value)}`;
      cell = sheet.getCell(r, c).address;
      sheet.getCell(r, c).value = Number(sheet.getCell(r, c).value) + 1;
    });
    const out = join(dir, "broken.json");
    const r = await run(["scheme", "import", broken, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`${NODES}!${cell}：${label}：下级指标分值合计 [\\d.]+，与本级分值 [\\d.]+ 不符`),
    );
    expect(r.stderr).toContain("未写入");
    expect(existsSync(out)).toBe(false);
    const check = await run(["scheme", "check", broken]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`${NODES}!${cell}：`);
  });

  test("a built-in scheme's id with other content is refused; the same content is accepted", async () => {
    const renamed = await edit(exported, join(dir, "renamed.xlsx"), (workbook) => {
      const sheet = workbook.getWorksheet(NODES)!;
      sheet.getCell(nodeRow(sheet, "1"), column(sheet, "名称")).value = "重点工作";
    });
    const r = await run(["scheme", "import", renamed]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("方案编号 changning-2023 是内置方案的编号，但内容与内置方案不同");
    expect((await run(["scheme", "import", exported])).code).toBe(0);
  });
});

describe("an imported scheme is used wherever a scheme is taken", () => {
  test("[000]'s scheme, exported, given a new id, imported and used by score: 附件1's averages", async () => {
    const dir = tempDir();
    const xlsx = join(dir, "cn-000.xlsx");
    expect((await run(["scheme", "export", "--scheme", scheme000File(dir), "--out", xlsx])).code).toBe(0);
    const mine = await edit(xlsx, join(dir, "mine.xlsx"), (workbook) => {
      const info = workbook.getWorksheet(INFO)!;
      info.getCell(2, column(info, "内容")).value = "my-district-2021";
    });
    const scheme = join(dir, "mine.json");
    const imported = await run(["scheme", "import", mine, "--out", scheme]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(readFileSync(scheme, "utf8"))).toMatchObject({ id: "my-district-2021" });

    const input = join(dir, "in.xlsx");
    const workbook = new ExcelJS.Workbook();
    addInput000(workbook);
    await writeWorkbook(workbook, input);
    const out = join(dir, "out.xlsx");
    const scored = await run(["score", input, "--scheme", scheme, "--out", out]);
    expect(scored.code).toBe(0);
    const sheet = (await readWorkbook(out)).getWorksheet("得分表")!;
    const averages = [2, 3, 4, 5, 6, 7].map((c) => {
      const v = sheet.getCell(13, c).value;
      return typeof v === "object" && v !== null && "result" in v ? v.result : v;
    });
    expect(averages).toEqual(AVERAGES_000.map(Number));
    const template = await run(["template", "--scheme", scheme, "--out", join(dir, "template.xlsx")]);
    expect(template.code).toBe(0);
  });
});
