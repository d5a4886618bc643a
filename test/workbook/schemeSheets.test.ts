import { readFileSync } from "fs";
import { join } from "path";
import { loadScheme, SchemeInput, showScheme } from "../../src/engine";
import type { SheetCell } from "../../src/workbook";
import { SCHEME_COLUMNS } from "../../src/workbook/schemeColumns";
import {
  emptySchemeSheetGrids,
  readSchemeSheets,
  SCHEME_SHEET_LIMITS,
  SCHEME_SHEET_NAMES,
  SchemeSheetCells,
  schemeSheetGrids,
} from "../../src/workbook/schemeSheets";

const { nodes: NODES, rows: ROWS, info: INFO } = SCHEME_SHEET_NAMES;

/** The small example of docs/scheme-format.md, with a level rule and a checklist for the 档次与要素 rows. */
const example: SchemeInput = {
  id: "example-2024",
  title: "某区 2024 年社会救助工作绩效评价",
  unitLabel: "所属街镇",
  totalPoints: 10,
  blocks: [
    {
      name: "工作保障",
      points: 6,
      children: [
        {
          name: "规范工作流程",
          points: 4,
          criterion: "按照规定流程受理、审核、审批，得2分；每发现1例违反流程的，扣0.5分，扣完为止。",
          children: [
            {
              name: "规范审核确认工作",
              points: 2,
              rule: { kind: "perCaseDeduction", terms: [{ kind: "count", label: "违反流程", per: 0.5 }] },
            },
            {
              name: "档案管理规范",
              points: 2,
              rule: { kind: "levels", levels: [{ label: "好" }, { label: "一般", points: 1, aliases: ["中"] }] },
            },
          ],
        },
        { name: "继续教育培训", points: 2, rule: { kind: "threshold", op: ">", value: 0.8 } },
      ],
    },
    {
      name: "成效评价",
      points: 4,
      rule: { kind: "checklist", items: ["有制度", "有台账"], per: { share: 0.5 } },
    },
  ],
  vetoes: [{ text: "发生刑事违法案件的，实行一票否决" }],
  grades: [{ label: "优秀", min: 9 }, { label: "一般" }],
};

function cellsOf(input: SchemeInput): Record<string, SheetCell[][]> {
  const out: Record<string, SheetCell[][]> = {};
  for (const { sheet, grid } of schemeSheetGrids(input)) out[sheet] = grid.cells.map((r) => r.map((c) => c.value));
  return out;
}

function show(input: unknown): string {
  const loaded = loadScheme(input);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return showScheme(loaded.scheme);
}

/** Column of a header in a sheet's first row. */
function col(cells: Record<string, SheetCell[][]>, sheet: string, header: string): number {
  const c = (cells[sheet]?.[0] ?? []).indexOf(header);
  if (c < 0) throw new Error(`no column ${header} in ${sheet}`);
  return c;
}

/** Row of a node by its 编号 in 指标体系. */
function rowOf(cells: Record<string, SheetCell[][]>, id: string): number {
  const r = (cells[NODES] ?? []).findIndex((row) => row[0] === id);
  if (r < 0) throw new Error(`no row ${id}`);
  return r;
}

function set(cells: Record<string, SheetCell[][]>, sheet: string, row: number, header: string, value: SheetCell) {
  const line = cells[sheet]?.[row];
  if (!line) throw new Error(`no row ${row}`);
  line[col(cells, sheet, header)] = value;
}

function problems(cells: SchemeSheetCells): string[] {
  const read = readSchemeSheets(cells);
  if (read.ok) throw new Error("read without problems");
  return read.problems.map((p) => `${p.sheet}!${String.fromCharCode(65 + p.col)}${p.row + 1}：${p.message.zh}`);
}

describe("the 指标体系 workbook reads back what it was written from", () => {
  test("the example scheme round-trips, its levels, terms and checklist items as rows of 档次与要素", () => {
    const cells = cellsOf(example);
    expect(cells[ROWS]?.map((r) => r[1])).toEqual(["类型", "计数条款", "档次", "档次", "核查要素", "核查要素"]);
    const read = readSchemeSheets(cells);
    expect(read.ok).toBe(true);
    if (read.ok) expect(show(read.scheme)).toBe(show(example));
  });

  test("a node's code is kept where 编号 is not its position, and dotted codes are allowed", () => {
    const cells = cellsOf(example);
    set(cells, NODES, rowOf(cells, "1.2"), "编号", "9.9");
    const read = readSchemeSheets(cells);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.scheme.blocks[0]?.children?.[1]?.code).toBe("9.9");
  });

  test("cells are read as meant: numbers typed as text, 85% in a rate column, 有 for yes", () => {
    const cells = cellsOf(example);
    set(cells, NODES, rowOf(cells, "1"), "分值", "6");
    set(cells, NODES, rowOf(cells, "1.2"), "达标线", "80%");
    set(cells, NODES, rowOf(cells, "2"), "每项扣分比例", "50%");
    const read = readSchemeSheets(cells);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(show(read.scheme)).toBe(show(example));
  });

  test("a block label written once applies to the rows under it (档次与要素's 编号 and 类型 left blank)", () => {
    const cells = cellsOf(example);
    const rows = cells[ROWS] ?? [];
    // The second 档次 and the second 核查要素 row name neither their owner nor their kind: both carry down.
    const second = rows.findIndex((r, i) => i > 0 && r[1] === "档次" && rows[i - 1]?.[1] === "档次");
    const item = rows.findIndex((r, i) => r[1] === "核查要素" && rows[i - 1]?.[1] === "核查要素");
    for (const r of [second, item]) {
      set(cells, ROWS, r, "编号", null);
      set(cells, ROWS, r, "类型", "");
    }
    const read = readSchemeSheets(cells);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(show(read.scheme)).toBe(show(example));
  });

  test("a 层级 written once applies to the rows under it; a part's 层级 does not carry to its items", () => {
    const withBonus: SchemeInput = {
      ...example,
      bonus: { name: "加分项", cap: 2, children: [{ name: "工作创新", rule: { kind: "cappedSum" } }] },
    };
    const cells = cellsOf(withBonus);
    set(cells, NODES, rowOf(cells, "1.1.2"), "层级", null);
    const read = readSchemeSheets(cells);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(show(read.scheme)).toBe(show(withBonus));
    set(cells, NODES, rowOf(cells, "3.1"), "层级", null);
    expect(problems(cells)).toEqual([`${NODES}!B${rowOf(cells, "3.1") + 1}：缺少层级`]);
  });

  test("方案信息's 项目 written once applies to the rows under it (two 一票否决 under one label)", () => {
    const twoVetoes = { ...example, vetoes: [{ text: "发生刑事违法案件" }, { text: "弄虚作假", note: "经查实" }] };
    const cells = cellsOf(twoVetoes);
    const info = cells[INFO] ?? [];
    const second = info.findIndex((r, i) => r[0] === "一票否决" && info[i - 1]?.[0] === "一票否决");
    set(cells, INFO, second, "项目", null);
    const read = readSchemeSheets(cells);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(show(read.scheme)).toBe(show(twoVetoes));
  });

  test("a bonus part is a row of 指标体系 at 层级 加分项, its items under it, its 编号 its place after the blocks", () => {
    const withBonus: SchemeInput = {
      ...example,
      bonus: { name: "加分项", cap: 2, children: [{ name: "工作创新", rule: { kind: "cappedSum" } }] },
    };
    const cells = cellsOf(withBonus);
    const r = rowOf(cells, "3");
    expect(cells[NODES]?.[r]?.slice(0, 4)).toEqual(["3", "加分项", "加分项", 2]);
    const read = readSchemeSheets(cells);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(show(read.scheme)).toBe(show(withBonus));
    set(cells, NODES, r, "编号", "9");
    expect(problems(cells)).toEqual([`${NODES}!A${r + 1}：编号 9：加分项的编号应为 3（排在一级指标之后顺延）`]);
  });

  test("the blank workbook has every parameter column and reads as a workbook with no blocks", () => {
    const grids = emptySchemeSheetGrids();
    const header = grids[0]?.grid.cells[0]?.map((c) => c.value) ?? [];
    for (const column of SCHEME_COLUMNS.params) expect(header).toContain(column.zh);
    const cells: Record<string, SheetCell[][]> = {};
    for (const { sheet, grid } of grids) cells[sheet] = grid.cells.map((r) => r.map((c) => c.value));
    expect(problems(cells)).toEqual([`${NODES}!A1：指标体系中没有一级指标`]);
  });

  test("text is written as text, never as a formula", () => {
    const hostile = { ...example, title: '=HYPERLINK("http://x","y")' };
    const info = schemeSheetGrids(hostile).find((g) => g.sheet === INFO)?.grid;
    const cell = info?.cells.flat().find((c) => c.value === hostile.title);
    expect(cell?.formula).toBeUndefined();
    expect(cell?.format).toBe("@");
    const all = schemeSheetGrids(hostile).flatMap((g) => g.grid.cells.flat());
    expect(all.every((c) => c.formula === undefined)).toBe(true);
  });
});

describe("problems name their sheet and cell, all at once", () => {
  test("a hand-broken 分值 is refused at its cell with the node and the sums", () => {
    const cells = cellsOf(example);
    const r = rowOf(cells, "1.1");
    set(cells, NODES, r, "分值", 5);
    expect(problems(cells)).toEqual([
      `${NODES}!D${rowOf(cells, "1") + 1}：1 工作保障：下级指标分值合计 7，与本级分值 6 不符`,
      `${NODES}!D${r + 1}：1.1 规范工作流程：下级指标分值合计 4，与本级分值 5 不符`,
    ]);
  });

  test("a duplicate and a missing 编号, an unknown family and a parameter in the wrong column, in one read", () => {
    const cells = cellsOf(example);
    set(cells, NODES, rowOf(cells, "1.1.2"), "编号", "1.1.1");
    set(cells, NODES, rowOf(cells, "1.2"), "编号", null);
    const two = (cells[NODES] ?? []).findIndex((row) => row[0] === "2");
    set(cells, NODES, two, "规则", "按人头计分");
    const first = (cells[NODES] ?? []).findIndex((row) => row[0] === "1.1.1");
    set(cells, NODES, first, "比较方式", "高于");
    const lines = problems(cells);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^指标体系!A\d+：编号 1\.1\.1 与第 \d+ 行重复$/),
        expect.stringMatching(/^指标体系!A\d+：缺少编号$/),
        expect.stringMatching(/^指标体系!G\d+：未知的规则“按人头计分”，可选：视情给分、全有或全无/),
        expect.stringMatching(/^指标体系!\w+\d+：“比较方式”不是“按例扣分”规则的参数$/),
      ]),
    );
  });

  test("a row of 档次与要素 for a rule that takes no such rows, or for an 编号 not in 指标体系", () => {
    const cells = cellsOf(example);
    const rows = cells[ROWS] ?? [];
    rows.push(["1.2", "档次", "好", ...Array<SheetCell>((rows[0]?.length ?? 3) - 3).fill(null)]);
    rows.push(["7.7", "档次", "好", ...Array<SheetCell>((rows[0]?.length ?? 3) - 3).fill(null)]);
    expect(problems(cells)).toEqual([
      `${ROWS}!B${rows.length - 1}：编号 1.2 的规则不用“档次”行`,
      `${ROWS}!A${rows.length}：编号 7.7 不在“指标体系”中`,
    ]);
  });

  test("85 in a rate column may mean 85%: refused, as the engine refuses a typed rate above 1; 120% is read", () => {
    const cells = cellsOf(example);
    set(cells, NODES, rowOf(cells, "1.2"), "达标线", 80);
    expect(problems(cells)).toEqual([
      `${NODES}!${String.fromCharCode(65 + col(cells, NODES, "达标线"))}${rowOf(cells, "1.2") + 1}：达标线：80 大于 1，无法判断是否为百分数：请写作 80% 或 0.xx（超过 100% 的比率请带 % 填写，如 120%）`,
    ]);
    const above = {
      ...example,
      blocks: [example.blocks[0]!, { ...example.blocks[1]!, rule: { kind: "rateProportional" as const, cap: 1.2 } }],
    };
    const written = cellsOf(above);
    expect(written[NODES]?.[rowOf(written, "2")]?.[col(written, NODES, "比率上限")]).toBe("120%");
    const read = readSchemeSheets(written);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(show(read.scheme)).toBe(show(above));
  });

  test("a value in a row's wrong column, a word no drop-down offers, a number that is not one", () => {
    const cells = cellsOf(example);
    const rows = cells[ROWS] ?? [];
    const term = rows.findIndex((r) => r[1] === "计数条款");
    set(cells, ROWS, term, "别名", "甲");
    set(cells, NODES, rowOf(cells, "1.2"), "比较方式", "大约");
    set(cells, NODES, rowOf(cells, "1.2"), "分值", "两分");
    const lines = problems(cells);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^档次与要素!\w+\d+：“别名”不适用于“计数条款”行$/),
        expect.stringMatching(/比较方式“大约”不是可选项：高于、不低于、低于、不高于$/),
        expect.stringMatching(/^指标体系!D\d+：分值：“两分”不是数字$/),
      ]),
    );
  });

  test("a sheet missing, or too large to be a scheme, is refused before it is read", () => {
    const cells = cellsOf(example);
    delete cells[INFO];
    expect(problems(cells)).toEqual([`${INFO}!A1：缺少工作表“${INFO}”`]);
    const huge = cellsOf(example);
    huge[NODES] = Array.from({ length: SCHEME_SHEET_LIMITS.rows + 1 }, () => [null]);
    expect(problems(huge)[0]).toMatch(/过大/);
  });
});

describe("docs/scheme-format.md describes the workbook the code writes", () => {
  const doc = readFileSync(join(__dirname, "..", "..", "docs", "scheme-format.md"), "utf8");
  test("every parameter column and row kind is in the doc", () => {
    for (const column of SCHEME_COLUMNS.params) expect(doc).toContain(column.zh);
    for (const kind of SCHEME_COLUMNS.rowKinds.keys()) expect(doc).toContain(`| ${kind} |`);
    for (const column of SCHEME_COLUMNS.rowColumns) expect(doc).toContain(column.zh);
  });
});
