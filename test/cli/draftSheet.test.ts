import { Command } from "commander";
import ExcelJS from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import type { SchemeInput } from "../../src/engine";
import { registerDraft } from "../../src/cli/draft";
import { draftSheetCommand } from "../../src/cli/draftSheet";
import { UserError } from "../../src/cli/io";
import { describeInEnglish } from "../../src/cli/messages";
import { newWorkbook, saveAtomically, writeGrid } from "../../src/cli/xlsx";
import { openXlsxFile } from "../../src/cli/xlsxFile";
import {
  readSchemeSheets,
  SCHEME_SHEET_NAMES,
  SchemeSheetCells,
  schemeSheetGrids,
  SheetCell,
} from "../../src/workbook";
import { criterionCheck } from "../../src/workbook/draftStatus";
import { readSheetCells, sheetNamed } from "../../src/xlsx";
import { fakeDrafter, JUDGEMENT, PER_CASE, THRESHOLD } from "../fixtures/fakeDrafter";
import { run, tempDir } from "./workbooks";

const NODES = SCHEME_SHEET_NAMES.nodes;

/** A small scheme as a clerk starts it in the workbook: names, points and 评分标准, no rules. */
const unruled = {
  id: "draft-cli",
  title: "起草测试",
  totalPoints: 6,
  blocks: [
    {
      name: "工作保障",
      points: 4,
      children: [
        { name: "规范审核确认", points: 2, criterion: `${PER_CASE}。` },
        { name: "继续教育培训", points: 2, criterion: `${THRESHOLD}。` },
      ],
    },
    { name: "工作创新", points: 2, criterion: JUDGEMENT },
  ],
} as unknown as SchemeInput;

async function workbookOf(path: string, scheme: SchemeInput = unruled): Promise<void> {
  const workbook = newWorkbook();
  for (const { sheet, grid } of schemeSheetGrids(scheme)) writeGrid(workbook.addWorksheet(sheet), grid);
  workbook.addWorksheet("备忘").getCell("A1").value = "不相干的内容";
  await saveAtomically(workbook, path);
}

function cellsOf(path: string): SchemeSheetCells {
  const file = openXlsxFile(path);
  const out: Record<string, (readonly SheetCell[])[]> = {};
  for (const name of Object.values(SCHEME_SHEET_NAMES)) {
    const sheet = sheetNamed(file, name);
    if (sheet) out[name] = readSheetCells(file, sheet);
  }
  return out;
}

function capture() {
  const lines: string[] = [];
  return { io: { out: (s: string) => lines.push(s) }, lines };
}

describe("jixiao scheme draft --sheet: 起草规则 over a whole 指标体系 workbook", () => {
  test("every row without a rule is drafted into a new workbook; once confirmed, it reads as a scheme", async () => {
    const dir = tempDir();
    const input = join(dir, "指标体系.xlsx");
    const out = join(dir, "起草.xlsx");
    await workbookOf(input);
    const before = readFileSync(input);
    const { io, lines } = capture();
    await draftSheetCommand({ sheet: input, out }, io, fakeDrafter);
    expect(lines.join("\n")).toContain(`已写入 ${out}\n起草 3 行：2 条草稿、1 条需人工`);
    expect(readFileSync(input).equals(before)).toBe(true);

    const drafted = cellsOf(out);
    const header = drafted[NODES]?.[0] ?? [];
    const status = header.indexOf("状态");
    expect(drafted[NODES]?.slice(1).map((r) => [r[0], r[status]])).toEqual([
      ["1", null],
      ["1.1", "草稿"],
      ["1.2", "草稿"],
      ["2", "人工"],
    ]);
    // jixiao scheme check (and import) names the rows still drafts at their 状态 cells.
    const check = await run(["scheme", "check", out]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(
      "指标体系!H3：编号 1.1 的规则仍是草稿：请核对规则和边界示例，无误后把状态改为“已确认”",
    );
    expect(check.stderr).toContain("指标体系!H4：编号 1.2 的规则仍是草稿");

    // The clerk confirms both drafts in Excel.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([...Object.values(SCHEME_SHEET_NAMES), "备忘"]);
    const sheet = workbook.getWorksheet(NODES) as ExcelJS.Worksheet;
    for (const row of [3, 4]) sheet.getCell(row, status + 1).value = "已确认";
    const confirmed = join(dir, "已确认.xlsx");
    await saveAtomically(workbook, confirmed);
    const again = readSchemeSheets(cellsOf(confirmed));
    expect(again.ok && again.scheme.blocks[0]?.children?.map((c) => c.rule?.kind)).toEqual([
      "perCaseDeduction",
      "threshold",
    ]);
  });

  test("an output that exists is refused, and so is a workbook without 指标体系; nothing is written", async () => {
    const dir = tempDir();
    const input = join(dir, "指标体系.xlsx");
    await workbookOf(input);
    const taken = join(dir, "taken.xlsx");
    writeFileSync(taken, "mine");
    const { io } = capture();
    await expect(draftSheetCommand({ sheet: input, out: taken }, io, fakeDrafter)).rejects.toThrow(
      `${taken} 已存在：为免覆盖，请换一个文件名或先移走它`,
    );
    expect(readFileSync(taken, "utf8")).toBe("mine");

    const empty = join(dir, "空.xlsx");
    const workbook = newWorkbook();
    workbook.addWorksheet("Sheet1");
    await saveAtomically(workbook, empty);
    const out = join(dir, "out.xlsx");
    await expect(draftSheetCommand({ sheet: empty, out }, io, fakeDrafter)).rejects.toThrow(
      new UserError(`${empty} 有 1 处问题，未起草：\n指标体系!A1：缺少工作表“指标体系”`),
    );
    expect(existsSync(out)).toBe(false);
  });

  test("its options have their English", () => {
    const program = new Command();
    registerDraft(program, { out: () => undefined }, fakeDrafter);
    const draft = program.commands.find((c) => c.name() === "draft") as Command;
    const zh = [draft.description(), ...draft.options.map((o) => o.description)];
    describeInEnglish(program);
    const en = [draft.description(), ...draft.options.map((o) => o.description)];
    zh.forEach((text, i) => expect(en[i]).not.toBe(text));
  });
});

describe("jixiao scheme draft: the real recogniser behind one command", () => {
  test("--sheet drafts the workbook's rows with the recogniser: a per-case clause and a threshold drafted, 视情给分 left to the evaluator", async () => {
    const dir = tempDir();
    const input = join(dir, "指标体系.xlsx");
    const out = join(dir, "起草.xlsx");
    await workbookOf(input);
    const r = await run(["scheme", "draft", "--sheet", input, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("起草 3 行：2 条草稿、1 条需人工");
    const drafted = cellsOf(out);
    const header = drafted[NODES]?.[0] ?? [];
    const rule = header.indexOf("规则");
    const status = header.indexOf("状态");
    expect(drafted[NODES]?.slice(1).map((row) => [row[0], row[rule], row[status]])).toEqual([
      ["1", null, null],
      ["1.1", "按例扣分", "草稿"],
      ["1.2", "达标得分", "草稿"],
      ["2", "视情给分", "人工"],
    ]);
  });

  test("one clause or one workbook: both, or half of either, is refused", async () => {
    const both = await run([
      "scheme",
      "draft",
      "--text",
      "视情给分",
      "--points",
      "2",
      "--sheet",
      "a.xlsx",
      "--out",
      "b.xlsx",
    ]);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain("请只用其中一组");
    const half = await run(["scheme", "draft", "--sheet", "a.xlsx"]);
    expect(half.code).toBe(1);
    expect(half.stderr).toContain("需要同时给出 --sheet <in.xlsx> 和 --out <out.xlsx>");
    const none = await run(["scheme", "draft"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("请给出 --text <评分标准> 和 --points <分值>");
  });
});

/**
 * 太仓 2017 2.4 入户调查 (seeds/003): the clause's “每降低1%” counts from the 100% its 评价内容 states, written in the
 * row's 指标解释; 卫生监督协管 2013 6.2: one 工作要求 over the indicator's clauses, in the parent row's 指标解释.
 */
const RUHU = {
  text: "发现不经调查直接给予救助的，每例扣0.5分；镇（区）入户调查率每降低1%扣0.1分，未对基层干部近亲属享受低保进行备案登记的扣1分。",
  context:
    "无不经入户调查直接纳入救助范围的现象；镇（区）对新增低保对象入户调查率达到100%，对基层干部近亲属享受低保进行备案登记，并单独建立台账。",
};
const XIANSUO = { text: "报告的协管信息线索每少一条扣2分，最高扣12分；", context: "报告的协管信息线索一年不少于6条。" };

const withRequirements = {
  id: "draft-context-cli",
  title: "起草依据测试",
  totalPoints: 16,
  blocks: [
    { name: "入户调查", points: 4, criterion: RUHU.text, explanation: RUHU.context },
    {
      name: "协管信息报告",
      points: 12,
      explanation: XIANSUO.context,
      children: [{ name: "报告线索", points: 12, criterion: XIANSUO.text }],
    },
  ],
} as unknown as SchemeInput;

describe("jixiao scheme draft --sheet reads a clause's 工作要求 from 指标解释, as --text does with --context", () => {
  test("the row's own 指标解释 and its parent's give the drafts `--text … --context …` gives", async () => {
    const dir = tempDir();
    const input = join(dir, "指标体系.xlsx");
    const out = join(dir, "起草.xlsx");
    await workbookOf(input, withRequirements);
    const r = await run(["scheme", "draft", "--sheet", input, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("起草 2 行：2 条草稿");

    const drafted = cellsOf(out);
    const nodes = (drafted[NODES] ?? []).map((row) => [...row]);
    const header = nodes[0] ?? [];
    for (const row of nodes.slice(1))
      if (row[header.indexOf("状态")] === "草稿") row[header.indexOf("状态")] = "已确认";
    const read = readSchemeSheets({ ...drafted, [NODES]: nodes });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const [ruhu, xiansuo] = [read.scheme.blocks[0], read.scheme.blocks[1]?.children?.[0]];

    for (const [node, clause, points] of [
      [ruhu, RUHU, "4"],
      [xiansuo, XIANSUO, "12"],
    ] as const) {
      const one = await run([
        "scheme",
        "draft",
        "--text",
        clause.text,
        "--points",
        points,
        "--context",
        clause.context,
        "--json",
      ]);
      expect(one.code).toBe(0);
      const json = JSON.parse(one.stdout) as { status: string; rule: unknown };
      expect(json.status).toBe("draft");
      expect(node?.rule).toEqual(json.rule);
    }
    // The 100% and the 6 read from 指标解释, in 档次与要素's columns.
    expect(ruhu?.rule).toMatchObject({ terms: [{}, { kind: "shortfall", target: 1, per: 0.1 }, {}] });
    expect(xiansuo?.rule).toMatchObject({ terms: [{ kind: "below", target: 6, per: 2 }] });
  });
});

/**
 * 标准校验码 covers 评分标准, 分值 and both 指标解释 (issue 11): a workbook confirmed with the previous version's codes (of
 * 评分标准 only) still checks, and a later change of a row's 指标解释 sends it back to 草稿.
 */
describe("jixiao scheme draft --sheet: a confirmed row whose 指标解释 changes is a draft again", () => {
  test("a workbook of the previous version checks; after an edit of 指标解释, check names the row and draft reopens it", async () => {
    const dir = tempDir();
    const exported = join(dir, "导出.xlsx");
    const confirmed = {
      ...withRequirements,
      blocks: [
        {
          ...withRequirements.blocks[0],
          rule: {
            kind: "perCaseDeduction",
            terms: [
              { kind: "count", label: "不经调查直接给予救助", per: 0.5 },
              { kind: "shortfall", label: "入户调查率", target: 1, per: 0.1 },
              { kind: "flag", label: "未备案登记", points: 1 },
            ],
          },
        },
        { ...withRequirements.blocks[1], children: [{ name: "报告线索", points: 12, rule: { kind: "manual" } }] },
      ],
    } as unknown as SchemeInput;
    await workbookOf(exported, confirmed);

    // The previous version wrote the code of 评分标准 alone: c and 8 hex digits.
    const written = cellsOf(exported)[NODES] ?? [];
    const header = written[0] ?? [];
    const [code, explanation, status] = ["标准校验码", "指标解释", "状态"].map(
      (h) => header.indexOf(h) + 1,
    ) as number[];
    expect(written[1]?.[0]).toBe("1");
    expect(String(written[1]?.[(code as number) - 1])).toMatch(/^d[0-9a-f]{8}$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported);
    const sheet = workbook.getWorksheet(NODES) as ExcelJS.Worksheet;
    sheet.getCell(2, code as number).value = criterionCheck(RUHU.text);
    const old = join(dir, "旧版.xlsx");
    await saveAtomically(workbook, old);
    expect((await run(["scheme", "check", old])).code).toBe(0);

    // The clerk edits the target the clause counts against; the old code cannot see it, so it is first rewritten.
    const upgraded = join(dir, "升级.xlsx");
    const first = await run(["scheme", "draft", "--sheet", old, "--out", upgraded]);
    expect(first.code).toBe(0);
    expect(first.stdout).not.toContain("改回草稿");
    expect(String(cellsOf(upgraded)[NODES]?.[1]?.[(code as number) - 1])).toMatch(/^d[0-9a-f]{8}$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(upgraded);
    const nodes = book.getWorksheet(NODES) as ExcelJS.Worksheet;
    nodes.getCell(2, explanation as number).value = RUHU.context.replace("达到100%", "达到95%");
    const edited = join(dir, "改过.xlsx");
    await saveAtomically(book, edited);

    const check = await run(["scheme", "check", edited]);
    expect(check.code).toBe(1);
    const at = `${String.fromCharCode(64 + (status as number))}2`;
    expect(check.stderr).toContain(
      `指标体系!${at}：编号 1 的评分标准、分值或指标解释（本行或上级行）在起草或确认后改过，规则视为草稿`,
    );
    const out = join(dir, "重新起草.xlsx");
    const again = await run(["scheme", "draft", "--sheet", edited, "--out", out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      "1 行的评分标准、分值或指标解释（本行或上级行）在起草或确认后改过，已改回草稿：1 入户调查",
    );
    const reopened = cellsOf(out)[NODES]?.[1] ?? [];
    expect(reopened[(status as number) - 1]).toBe("草稿");
  });
});
