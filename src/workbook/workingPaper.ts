/**
 * The 工作底稿 of one unit, in the style of [004] 附件4/附件6: per indicator its points, the criterion in the
 * document's words, the input as the clerk gave it, the computation sentence and the score, with the hierarchy merged
 * down the first columns, a 小计 row after every indicator that has children, the 合计 and the 等第; and [004] 表3-1,
 * the block summary of 权重, 得分 and 得分率. Subtotals, totals and rates are formulas over the sheet's own cells, each
 * carrying the value the engine computed.
 */
import { isBlank, Decimal, Evaluation, roundHalfUp, SchemeNode, toNumber, UnitResult } from "../engine";
import { cellAddress, Grid, GridArea, GridCell, GridValue, scoreFormat, textWidth } from "./grid";

export const WORKING_PAPER_SUFFIX = "工作底稿";

export interface WorkingPaper {
  grid: Grid;
  /** Row of each node (a leaf's row, or the 小计 row of a node with children), by id; "total" for 合计. */
  rows: Map<string, number>;
  /** 0-based columns of 分值, 得分 and 得分率. */
  pointsCol: number;
  scoreCol: number;
  rateCol: number;
}

const LEVEL_NAMES = ["一", "二", "三", "四", "五", "六"];
const RATE_FORMAT = "0.00%";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (Array.isArray(value)) return value.map(valueText).join("、");
  if (isPlainObject(value)) {
    if ("points" in value) return `${typeof value.item === "string" ? value.item : ""}${valueText(value.points)}`;
    return Object.entries(value)
      .map(([k, v]) => `${k} ${valueText(v)}`)
      .join("；");
  }
  return String(value);
}

/**
 * A leaf's raw input as the clerk gave it, with the parts named: "实际发放人数 358；计划发放人数 440",
 * "非常满意 70；比较满意 15…", "81%", "1、1.2、0.8、2".
 */
export function inputText(leaf: SchemeNode, raw: unknown): string {
  if (isBlank(raw)) return "";
  const slots = leaf.rule?.compiled.slots ?? [];
  const labelOf = (key: string) => slots.find((s) => s.key === key)?.label ?? key;
  const parts = slots.length > 1 || (slots.length === 1 && slots[0]?.key !== "");
  if (parts && Array.isArray(raw) && raw.length === slots.length) {
    return raw.map((v, i) => `${slots[i]?.label ?? i + 1} ${valueText(v)}`).join("；");
  }
  if (parts && isPlainObject(raw)) {
    return Object.entries(raw)
      .map(([k, v]) => `${labelOf(k)} ${valueText(v)}`)
      .join("；");
  }
  // Projects and their awards: one project per group.
  if (Array.isArray(raw) && raw.some(Array.isArray)) return raw.map(valueText).join("；");
  return valueText(raw);
}

function depthBelow(node: SchemeNode): number {
  return node.children.length === 0 ? 1 : 1 + Math.max(...node.children.map(depthBelow));
}

/** "D 效益（30分）", "D1 项目效益（20分）" as [004] heads its hierarchy; a part without own points says its cap. */
function nodeLabel(node: SchemeNode): string {
  const points = node.ownPoints || node.part === "base" ? `（${node.points.toString()}分）` : "";
  return `${node.id} ${node.name}${points}`;
}

export function workingPaperGrid(
  evaluation: Evaluation,
  unitIndex: number,
  values: Readonly<Record<string, unknown>>,
  title?: string,
): WorkingPaper {
  const { scheme } = evaluation;
  const unit: UnitResult | undefined = evaluation.units[unitIndex];
  if (!unit) throw new Error(`bug: no unit at ${unitIndex}`);
  const p = scheme.precision;
  const format = scoreFormat(p);
  const weighted = scheme.aggregation.kind === "weightedMean";
  const levels = Math.max(...scheme.columns.map(depthBelow));
  const pointsCol = levels;
  const criterionCol = levels + 1;
  const inputCol = levels + 2;
  const sentenceCol = levels + 3;
  const scoreCol = levels + 4;
  const rateCol = levels + 5;
  const width = levels + 6;
  const headerRow = 2;

  const num = (d: Decimal | null | undefined): GridValue => (d === null || d === undefined ? null : toNumber(d, p));
  const blank = (): GridCell => ({ value: null });
  const text = (value: string, extra: Partial<GridCell> = {}): GridCell => ({ value, align: "left", ...extra });
  const centred = (value: string, extra: Partial<GridCell> = {}): GridCell => ({ value, align: "center", ...extra });
  const score = (value: GridValue, extra: Partial<GridCell> = {}): GridCell => ({
    value,
    format,
    align: "right",
    ...extra,
  });
  const rateCell = (value: Decimal | null, points: Decimal, row: number, bold = false): GridCell => {
    if (value === null || !points.greaterThan(0)) return blank();
    return {
      value: toNumber(roundHalfUp(value.dividedBy(points), p + 2)),
      formula: `=ROUND(${cellAddress(row, scoreCol)}/${cellAddress(row, pointsCol)},${p + 2})`,
      format: RATE_FORMAT,
      align: "right",
      bold,
    };
  };

  const cells: GridCell[][] = [];
  const merges: GridArea[] = [];
  const rows = new Map<string, number>();
  const row = (): GridCell[] => Array.from({ length: width }, blank);

  const titleRow = row();
  titleRow[0] = centred(title ?? `${scheme.title}${WORKING_PAPER_SUFFIX}`, { bold: true });
  const unitRow = row();
  unitRow[0] = text(`${scheme.unitLabel}：${unit.name}`);
  const header = row().map((_, col) => {
    if (col < levels) return centred(`${LEVEL_NAMES[col] ?? col + 1}级指标`, { bold: true });
    const names = ["分值", "评价标准", "业绩值", "评分计算过程及依据", "得分", "得分率"];
    return centred(names[col - levels] ?? "", { bold: true });
  });
  cells.push(titleRow, unitRow, header);
  merges.push({ row: 0, col: 0, rows: 1, cols: width }, { row: 1, col: 0, rows: 1, cols: width });

  /** Lays out a node from `row`; returns the rows it took. */
  const layout = (node: SchemeNode, depth: number): void => {
    const first = cells.length;
    if (node.rule) {
      const r = row();
      r[depth] = text(`${node.id} ${node.name}`);
      if (depth < levels - 1) merges.push({ row: first, col: depth, rows: 1, cols: levels - depth });
      r[pointsCol] = node.ownPoints ? { value: node.points.toNumber(), align: "right" } : blank();
      r[criterionCol] = text(node.input.criterion ?? node.rule.compiled.describe());
      const raw = values[node.id];
      r[inputCol] = text(inputText(node, raw));
      const s = unit.scores.get(node.id) ?? null;
      r[sentenceCol] = text(
        s === null ? (unit.missing.includes(node.id) ? "未填写" : "") : (unit.explanations.get(node.id) ?? ""),
      );
      r[scoreCol] = score(num(s));
      r[rateCol] = node.part === "base" && node.ownPoints ? rateCell(s, node.points, first) : blank();
      cells.push(r);
      rows.set(node.id, first);
      return;
    }
    const childRows: number[] = [];
    for (const child of node.children) {
      layout(child, depth + 1);
      childRows.push(rows.get(child.id) as number);
    }
    // The node's name down its column, beside everything below it.
    const span = cells.length - first;
    const top = cells[first] as GridCell[];
    top[depth] = text(nodeLabel(node), { align: "center" });
    if (span > 1) merges.push({ row: first, col: depth, rows: span, cols: 1 });

    const at = cells.length;
    const value = unit.subtotals.get(node.id) ?? null;
    const r = row();
    r[depth] = text(`${node.id} ${node.name} 小计`, { bold: true });
    if (depth < levels - 1) merges.push({ row: at, col: depth, rows: 1, cols: levels - depth });
    r[pointsCol] = { value: node.points.toNumber(), align: "right", bold: true };
    const list = childRows.map((cr) => cellAddress(cr, scoreCol)).join(",");
    let formula: string | undefined;
    if (value !== null && !(weighted && node.part === "base")) {
      const sumOf = `ROUND(SUM(${list}),${p})`;
      const cap = node.points.toString();
      formula =
        node.part === "bonus"
          ? `=MIN(${cap},${sumOf})`
          : node.part === "penalty"
            ? `=MAX(-${cap},${sumOf})`
            : `=${sumOf}`;
    }
    r[scoreCol] = score(num(value), formula === undefined ? { bold: true } : { bold: true, formula });
    r[rateCol] = node.part === "base" ? rateCell(value, node.points, at, true) : blank();
    cells.push(r);
    rows.set(node.id, at);
  };
  for (const column of scheme.columns) layout(column, 0);

  const totalRow = cells.length;
  const total = row();
  total[0] = centred("合计", { bold: true });
  if (levels > 1) merges.push({ row: totalRow, col: 0, rows: 1, cols: levels });
  total[pointsCol] = { value: scheme.basePoints.toNumber(), align: "right", bold: true };
  const columnCells = scheme.columns.map((c) => cellAddress(rows.get(c.id) as number, scoreCol)).join(",");
  total[scoreCol] = score(
    num(unit.total),
    unit.total !== null && !weighted ? { bold: true, formula: `=ROUND(SUM(${columnCells}),${p})` } : { bold: true },
  );
  total[rateCol] = rateCell(unit.total, scheme.basePoints, totalRow, true);
  cells.push(total);
  rows.set("total", totalRow);

  const gradeRow = row();
  gradeRow[0] = centred("等第", { bold: true });
  if (levels > 1) merges.push({ row: cells.length, col: 0, rows: 1, cols: levels });
  const vetoes = unit.vetoes.map((id) => scheme.vetoes.find((v) => v.id === id)?.text ?? id);
  gradeRow[pointsCol] = centred(unit.grade ?? "");
  gradeRow[criterionCol] = text(unit.vetoed ? `一票否决：${vetoes.join("；")}` : "");
  cells.push(gradeRow);

  const widths = Array.from({ length: width }, (_, col) => {
    if (col === criterionCol || col === sentenceCol) return 40;
    if (col === inputCol) return 20;
    if (col < levels) {
      const longest = Math.max(8, ...cells.slice(headerRow).map((r) => textWidth(String(r[col]?.value ?? ""))));
      return Math.min(24, longest + 2);
    }
    return 10;
  });
  return {
    grid: {
      cells,
      merges,
      bordered: [{ row: headerRow, col: 0, rows: cells.length - headerRow, cols: width }],
      widths,
      frozenRows: headerRow + 1,
    },
    rows,
    pointsCol,
    scoreCol,
    rateCol,
  };
}

/** [004] 表3-1: a column per block and 合计; rows 权重 (points), 得分 and 得分率. */
export function blockSummaryGrid(evaluation: Evaluation, unitIndex: number): Grid {
  const { scheme } = evaluation;
  const unit = evaluation.units[unitIndex];
  if (!unit) throw new Error(`bug: no unit at ${unitIndex}`);
  const p = scheme.precision;
  const blocks = scheme.blocks;
  const lastCol = blocks.length + 1;
  const head: GridCell[] = [
    { value: "指标", bold: true, align: "center" },
    ...blocks.map((b): GridCell => ({ value: `${b.id} ${b.name}`, bold: true, align: "center" })),
    { value: "合计", bold: true, align: "center" },
  ];
  const blockRange = `${cellAddress(1, 1)}:${cellAddress(1, blocks.length)}`;
  const points: GridCell[] = [
    { value: "权重", align: "center" },
    ...blocks.map((b): GridCell => ({ value: b.points.toNumber(), align: "right" })),
    { value: scheme.basePoints.toNumber(), align: "right", formula: `=SUM(${blockRange})` },
  ];
  const base = unit.base;
  const scores: GridCell[] = [
    { value: "得分", align: "center" },
    ...blocks.map((b): GridCell => {
      const v = unit.columns.get(b.id) ?? null;
      return { value: v === null ? null : toNumber(v, p), format: scoreFormat(p), align: "right" };
    }),
    {
      value: base === null ? null : toNumber(base, p),
      format: scoreFormat(p),
      align: "right",
      ...(base !== null && scheme.aggregation.kind === "sum"
        ? { formula: `=ROUND(SUM(${cellAddress(2, 1)}:${cellAddress(2, blocks.length)}),${p})` }
        : {}),
    },
  ];
  const rates: GridCell[] = [
    { value: "得分率", align: "center" },
    ...[
      ...blocks.map((b) => [unit.columns.get(b.id) ?? null, b.points] as const),
      [base, scheme.basePoints] as const,
    ].map(([v, pts], i): GridCell =>
      v === null || !pts.greaterThan(0)
        ? { value: null }
        : {
            value: toNumber(roundHalfUp(v.dividedBy(pts), p + 2)),
            formula: `=ROUND(${cellAddress(2, i + 1)}/${cellAddress(1, i + 1)},${p + 2})`,
            format: RATE_FORMAT,
            align: "right",
          },
    ),
  ];
  const cells = [head, points, scores, rates];
  return {
    cells,
    merges: [],
    bordered: [{ row: 0, col: 0, rows: cells.length, cols: lastCol + 1 }],
    widths: head.map((c) => Math.max(10, textWidth(String(c.value ?? "")) + 2)),
    frozenRows: 1,
  };
}
