/**
 * The comparison sheet of two 得分表: per unit, for every block, 总分 and 排名, the earlier value, the later value and
 * the change (a formula over the two); the earlier sheet's name and how it was matched, so a wrong match is seen; the
 * units in one sheet only and those whose match is unsure; the units that improved most marked. The two 总分 columns
 * sit side by side for the add-in's chart of both years. Across two schemes, a block whose points changed shows each
 * side's 得分率 beside the raw scores, a block of one side shows only its scores, and notes under the table say so.
 */
import {
  ComparedColumn,
  Comparison,
  Decimal,
  normalizeName,
  plain,
  roundHalfUp,
  toNumber,
  UnitComparison,
  UnitResult,
} from "../engine";
import { cellAddress, Grid, GridArea, GridCell, GridValue, scoreFormat, widestText } from "./grid";
import type { SheetCell } from "./inputTable";

export const COMPARISON_SUFFIX = "对比表";

export interface ComparisonSheetOptions {
  title?: string;
  /** Headers of the two sides ("2020年度", "2021年度"); default 前表 and 后表. */
  labels?: { before: string; after: string };
}

export interface ComparisonSheet {
  grid: Grid;
  firstDataRow: number;
  /** What the add-in charts: the unit names and the two 总分 columns, over the data rows. */
  chart: { title: string; categories: GridArea; series: { name: string; area: GridArea }[] };
}

interface Line {
  name: string;
  beforeName: string;
  how: string;
  before: UnitResult | null;
  after: UnitResult | null;
  comparison: UnitComparison | null;
  note: string;
}

/** One side of a comparison as the workbook names it: its sheet, and the title above its header row if any. */
export interface ComparedSide {
  sheet: string;
  title?: string;
}

/** The first text above a 得分表's header row (its title, "2021年长宁区社会救助工作绩效评价得分表"), if any. */
export function titleAbove(rows: readonly (readonly SheetCell[])[], headerRow: number): string | undefined {
  for (const row of rows.slice(0, headerRow)) {
    for (const cell of row) {
      if (typeof cell === "string" && cell.trim() !== "") return cell.trim();
    }
  }
  return undefined;
}

/** The year a title or sheet name carries ("2021年长宁区…得分表", "2020得分表"), as 2021年. */
function yearIn(text: string | undefined): string | undefined {
  const year = text === undefined ? undefined : /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(text)?.[1];
  return year === undefined ? undefined : `${year}年`;
}

/**
 * The default labels of the two sides (the evaluator may change them): the year in each sheet's title, else in its
 * name, else the sheet's name. Two sheets written under one scheme often share its title's year: when both sides
 * would read the same, the years in the sheets' names, and failing those the names themselves, tell them apart.
 */
export function comparisonLabels(before: ComparedSide, after: ComparedSide): { before: string; after: string } {
  const choices = [
    (s: ComparedSide) => yearIn(s.title) ?? yearIn(s.sheet) ?? s.sheet,
    (s: ComparedSide) => yearIn(s.sheet) ?? s.sheet,
  ];
  for (const label of choices) {
    const pair = { before: label(before), after: label(after) };
    if (pair.before !== pair.after) return pair;
  }
  return { before: before.sheet, after: after.sheet };
}

/** How many places a rate keeps in a cell: a percentage with two decimals (95.71%). */
const RATE_PLACES = 4;
const RATE_FORMAT = "0.00%";

/** The group header of a compared column: its name, and what was paired with what at which points. */
function groupName(col: ComparedColumn, labels: { before: string; after: string }): string {
  if (!col.node) return `${col.name}（仅${labels.before}）`;
  if (!col.beforeNode) return `${col.name}（仅${labels.after}）`;
  const renamed = col.beforeName !== null && normalizeName(col.beforeName) !== normalizeName(col.name);
  const from = renamed ? `${labels.before}：${col.beforeName}，` : "";
  if (col.byRate) return `${col.name}（${from}满分${plain(col.beforeNode.points)}→${plain(col.node.points)}分）`;
  return renamed ? `${col.name}（${labels.before}：${col.beforeName}）` : col.name;
}

/** The notes under the table when the two sides were scored under different schemes. */
export function comparisonNotes(c: Comparison, labels: { before: string; after: string }): string[] {
  if (!c.schemesDiffer && !c.scale.differs) return [];
  const notes: string[] = [];
  if (c.schemesDiffer) {
    notes.push(
      `两表评分方案不同（${labels.before}：${c.before.scheme.title}；${labels.after}：${c.after.scheme.title}）。` +
        "满分不同的一级指标按得分率（得分÷满分）对比，并列出原始得分；仅一方有的一级指标只列其得分，不计变化。",
    );
  }
  if (c.scale.differs) {
    notes.push(
      `两表总分构成不同（${labels.before} ${c.scale.before} 分，${labels.after} ${c.scale.after} 分）：` +
        "总分按原值对比，请结合排名变化判断。",
    );
  }
  return notes;
}

export function comparisonGrid(c: Comparison, options: ComparisonSheetOptions = {}): ComparisonSheet {
  const { scheme } = c.after;
  const p = Math.max(scheme.precision, c.before.scheme.precision);
  const format = scoreFormat(p);
  const labels = options.labels ?? { before: "前表", after: "后表" };
  const groups = [
    ...c.columns.map((col) => ({ name: groupName(col, labels), cols: col.byRate ? 5 : 3 })),
    { name: "总分", cols: 3 },
    { name: "排名", cols: 3 },
  ];
  const firstGroupCol = 3;
  const groupCol: number[] = [];
  let next = firstGroupCol;
  for (const g of groups) {
    groupCol.push(next);
    next += g.cols;
  }
  const noteCol = next;
  const width = noteCol + 1;
  const firstDataRow = 3;

  const lines: Line[] = [
    ...c.units.map((u) => ({
      name: u.name,
      beforeName: u.match?.beforeName ?? "",
      how: u.match?.detail ?? "",
      before: u.before,
      after: u.after,
      comparison: u,
      note: u.improvedMost ? "进步较大" : "",
    })),
    ...c.onlyAfter.map((u) => ({ ...blankLine(u), note: "仅在后表" })),
    ...c.onlyBefore.map((u) => ({ ...blankLine(u), note: "仅在前表" })),
    ...c.ambiguous.map((a): Line => {
      const unit = (a.side === "before" ? c.before : c.after).units[a.index] ?? null;
      return {
        name: a.name,
        beforeName: "",
        how: "",
        before: a.side === "before" ? unit : null,
        after: a.side === "after" ? unit : null,
        comparison: null,
        note: `对应不明确（${a.side === "before" ? "前表" : "后表"}，可能是：${a.candidates.join("、")}）`,
      };
    }),
  ];

  const num = (d: Decimal | null | undefined): GridValue => (d === null || d === undefined ? null : toNumber(d, p));
  const centred = (value: GridValue, extra: Partial<GridCell> = {}): GridCell => ({ value, align: "center", ...extra });
  const blank = (): GridCell => ({ value: null });
  const row = (): GridCell[] => Array.from({ length: width }, blank);

  const title = row();
  title[0] = centred(options.title ?? `${scheme.title}${COMPARISON_SUFFIX}`, { bold: true });
  const groupRow = row();
  const subRow = row();
  const merges: GridArea[] = [{ row: 0, col: 0, rows: 1, cols: width }];
  const fixedHeads = [scheme.unitLabel, `${labels.before}名称`, "匹配方式"];
  fixedHeads.forEach((h, col) => {
    groupRow[col] = centred(h, { bold: true });
    merges.push({ row: 1, col, rows: 2, cols: 1 });
  });
  groups.forEach((g, i) => {
    const col = groupCol[i] ?? 0;
    groupRow[col] = centred(g.name, { bold: true });
    merges.push({ row: 1, col, rows: 1, cols: g.cols });
    subRow[col] = centred(labels.before, { bold: true });
    subRow[col + 1] = centred(labels.after, { bold: true });
    subRow[col + 2] = centred(g.name === "排名" ? "名次变化" : "变化", { bold: true });
    if (g.cols === 5) {
      subRow[col + 2] = centred(`${labels.before}得分率`, { bold: true });
      subRow[col + 3] = centred(`${labels.after}得分率`, { bold: true });
      subRow[col + 4] = centred("得分率变化", { bold: true });
    }
  });
  groupRow[noteCol] = centred("备注", { bold: true });
  merges.push({ row: 1, col: noteCol, rows: 2, cols: 1 });

  const data = lines.map((line, i) => {
    const r = firstDataRow + i;
    const cells = row();
    cells[0] = centred(line.name);
    cells[1] = centred(line.beforeName);
    cells[2] = { value: line.how, align: "left" };
    /** Earlier, later and the change, as a formula over the two when both are known. */
    const triple = (col: number, before: GridValue, after: GridValue, change: GridValue, rank: boolean) => {
      const fmt = rank ? "0" : format;
      cells[col] = { value: before, align: "right", format: fmt };
      cells[col + 1] = { value: after, align: "right", format: fmt };
      if (before === null || after === null) return;
      const b = cellAddress(r, col);
      const a = cellAddress(r, col + 1);
      cells[col + 2] = rank
        ? { value: change, formula: `=${b}-${a}`, align: "right", format: "+0;-0;0" }
        : { value: change, formula: `=ROUND(${a}-${b},${p})`, align: "right", format: `+${fmt};-${fmt};${fmt}` };
    };
    /** Beside the raw scores: each side's 得分率 (a formula over its score) and the change of the two as shown. */
    const rates = (col: number, compared: ComparedColumn, before: Decimal | null, after: Decimal | null) => {
      const rate = (value: Decimal | null, points: Decimal, at: number): Decimal | null => {
        if (value === null) return null;
        const shown = roundHalfUp(value.dividedBy(points), RATE_PLACES);
        const formula = `=ROUND(${cellAddress(r, at)}/${plain(points)},${RATE_PLACES})`;
        cells[at + 2] = { value: toNumber(shown), formula, align: "right", format: RATE_FORMAT };
        return shown;
      };
      const b = rate(before, compared.beforeNode!.points, col);
      const a = rate(after, compared.node!.points, col + 1);
      if (a === null || b === null) return;
      const [rb, ra] = [cellAddress(r, col + 2), cellAddress(r, col + 3)];
      cells[col + 4] = {
        value: toNumber(a.minus(b)),
        formula: `=ROUND(${ra}-${rb},${RATE_PLACES})`,
        align: "right",
        format: `+${RATE_FORMAT};-${RATE_FORMAT};${RATE_FORMAT}`,
      };
    };
    const u = line.comparison;
    c.columns.forEach((col, k) => {
      const before = col.beforeId !== null ? (line.before?.columns.get(col.beforeId) ?? null) : null;
      const after = col.id !== null ? (line.after?.columns.get(col.id) ?? null) : null;
      const at = groupCol[k] ?? 0;
      if (!col.byRate) {
        triple(at, num(before), num(after), num(u?.columns[k]?.change), false);
        return;
      }
      // Raw scores side by side; their difference means little across different points, so 得分率 takes its place.
      triple(at, num(before), num(after), null, false);
      cells[at + 2] = blank();
      rates(at, col, before, after);
    });
    const totalAt = groupCol[c.columns.length] ?? 0;
    triple(totalAt, num(line.before?.total), num(line.after?.total), num(u?.total.change), false);
    triple(totalAt + 3, line.before?.rank ?? null, line.after?.rank ?? null, u?.rank.change ?? null, true);
    cells[noteCol] = centred(line.note, line.note === "进步较大" ? { bold: true } : {});
    return cells;
  });

  const notes = comparisonNotes(c, labels).map((text) => {
    const cells = row();
    cells[0] = { value: text, align: "left" };
    return cells;
  });
  const table = [title, groupRow, subRow, ...data];
  // The notes sit under the table, a blank row between, outside its borders.
  const cells = notes.length > 0 ? [...table, row(), ...notes] : table;
  const totalCol = groupCol[c.columns.length] ?? 0;
  // An empty comparison still gives the chart one (blank) row to point at.
  const rows = Math.max(1, data.length);
  const body = table.slice(1);
  const widths = Array.from({ length: width }, (_, col) => {
    if (col === 2) return 24;
    if (col === noteCol) return 16;
    const longest = widestText(body, col);
    return Math.min(24, Math.max(8, longest + 2));
  });
  return {
    grid: {
      cells,
      merges,
      bordered: [{ row: 1, col: 0, rows: table.length - 1, cols: width }],
      widths,
      frozenRows: firstDataRow,
    },
    firstDataRow,
    chart: {
      title: `${labels.before} / ${labels.after} 总分${c.scale.differs ? "（总分构成不同，请结合排名看）" : ""}`,
      categories: { row: firstDataRow, col: 0, rows, cols: 1 },
      series: [
        { name: `${labels.before}总分`, area: { row: firstDataRow, col: totalCol, rows, cols: 1 } },
        { name: `${labels.after}总分`, area: { row: firstDataRow, col: totalCol + 1, rows, cols: 1 } },
      ],
    },
  };
}

function blankLine(u: UnitComparison): Omit<Line, "note"> {
  return { name: u.name, beforeName: "", how: "", before: u.before, after: u.after, comparison: u };
}
