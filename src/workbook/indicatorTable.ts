/**
 * The single-unit 指标得分表 (layouts.md B, [004] 表3-2): one row per leaf indicator, the hierarchy shown by merged
 * cells down the first columns (一级指标 | 权重 | 二级指标 | 三级指标 …), then 分值, 标杆值 (when the scheme gives
 * one), 业绩值 (what the clerk entered), 得分 and the 工作底稿 sentence, closed by a 合计 row and a 等第 row.
 */
import { Evaluation, fromCellNumber, leavesOf, percent, plain, SchemeNode, sum, toNumber } from "../engine";
import { Grid, GridArea, GridCell, scoreFormat, textWidth } from "./grid";

export interface IndicatorTable {
  grid: Grid;
  /** 0-based row of the first leaf and of the 合计 row. */
  firstDataRow: number;
  totalRow: number;
  /** Leaf ids, one per data row. */
  rowLeaves: string[];
}

const LEVEL_NAMES = ["一级指标", "二级指标", "三级指标", "四级指标", "五级指标", "六级指标"];
/** The scheme field (node meta) that carries a 标杆值, as [004] 表3-2 prints it. */
export const BENCHMARK = "标杆值";

function label(node: SchemeNode, leaf: boolean): string {
  if (leaf || !node.ownPoints) return `${node.id} ${node.name}`;
  return `${node.id} ${node.name}（${plain(node.points)}分）`;
}

/** The raw input of one cell as a clerk reads it back: rates as percentages, yes/no as 是/否, lists with 、. */
function shown(raw: unknown, rate: boolean): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "boolean") return raw ? "是" : "否";
  if (typeof raw === "number") {
    const d = fromCellNumber(raw);
    return rate ? percent(d) : plain(d);
  }
  if (Array.isArray(raw)) return raw.map((item) => shown(item, rate)).join("、");
  if (typeof raw === "object") {
    const { item, points } = raw as { item?: unknown; points?: unknown };
    return [shown(item, false), shown(points, false)].filter((s) => s !== "").join(" ");
  }
  return String(raw);
}

/** 业绩值 of a leaf from its raw input, each part named when the leaf takes several cells. */
function performance(leaf: SchemeNode, raw: unknown): string {
  const slots = leaf.rule?.compiled.slots ?? [];
  if (slots.length === 1 && slots[0]?.key === "") return shown(raw, slots[0].kind === "rate");
  if (raw === null || typeof raw !== "object") return shown(raw, false);
  // Parts come keyed by slot from cells, or in slot order from a JSON file ([70, 15, 10, 2, 3]).
  const part = (i: number, key: string): unknown =>
    Array.isArray(raw) ? raw[i] : (raw as Record<string, unknown>)[key];
  return slots
    .map((s, i) => ({ s, v: part(i, s.key) }))
    .filter(({ v }) => v !== undefined && v !== null && v !== "")
    .map(({ s, v }) => `${s.label} ${shown(v, s.kind === "rate")}`)
    .join("；");
}

function weightOf(evaluation: Evaluation, block: SchemeNode): string {
  const scheme = evaluation.scheme;
  if (block.part !== "base") return "";
  if (scheme.aggregation.kind === "weightedMean") {
    const all = sum(scheme.blocks.map((b) => b.weight.times(leavesOf(b).length)));
    return all.isZero() ? "" : percent(block.weight.times(leavesOf(block).length).dividedBy(all));
  }
  return scheme.basePoints.isZero() ? "" : percent(block.points.dividedBy(scheme.basePoints));
}

export function indicatorTableGrid(
  evaluation: Evaluation,
  unitIndex: number,
  values: Readonly<Record<string, unknown>> = {},
): IndicatorTable {
  const { scheme } = evaluation;
  const unit = evaluation.units[unitIndex];
  if (!unit) throw new Error(`bug: no unit ${unitIndex}`);
  const p = scheme.precision;
  const leaves = scheme.columns.flatMap(leavesOf);
  const levels = Math.max(1, ...leaves.map((l) => l.depth));
  const benchmark = leaves.some((l) => l.input.meta?.[BENCHMARK] !== undefined);
  // Columns: level 1, 权重, levels 2…n, 分值, [标杆值], 业绩值, 得分, 评分依据.
  const levelCol = (depth: number) => (depth === 1 ? 0 : depth);
  const pointsCol = levels + 1;
  const benchmarkCol = benchmark ? pointsCol + 1 : -1;
  const valueCol = pointsCol + (benchmark ? 2 : 1);
  const scoreCol = valueCol + 1;
  const reasonCol = scoreCol + 1;
  const nCols = reasonCol + 1;
  const format = scoreFormat(p);

  const text = (value: string | null, extra: Partial<GridCell> = {}): GridCell => ({
    value,
    align: "center",
    ...extra,
  });
  const blankRow = (): GridCell[] => Array.from({ length: nCols }, () => text(null));

  const title = blankRow();
  title[0] = text(`${scheme.title}指标得分表（${unit.name}）`, { bold: true });
  const header: GridCell[] = blankRow().map((c) => ({ ...c, bold: true }));
  for (let d = 1; d <= levels; d++) header[levelCol(d)] = text(LEVEL_NAMES[d - 1] ?? `${d}级指标`, { bold: true });
  header[1] = text("权重", { bold: true });
  header[pointsCol] = text("分值", { bold: true });
  if (benchmark) header[benchmarkCol] = text(BENCHMARK, { bold: true });
  header[valueCol] = text("业绩值", { bold: true });
  header[scoreCol] = text("得分", { bold: true });
  header[reasonCol] = text("评分依据", { bold: true });

  const firstDataRow = 2;
  const merges: GridArea[] = [{ row: 0, col: 0, rows: 1, cols: nCols }];
  const rows: GridCell[][] = leaves.map((leaf) => {
    const row = blankRow();
    const chain: SchemeNode[] = [];
    for (let n: SchemeNode | undefined = leaf; n; n = n.parent) chain.unshift(n);
    chain.forEach((node, i) => {
      row[levelCol(i + 1)] = text(label(node, node === leaf), { align: node === leaf ? "left" : "center" });
    });
    const block = chain[0] as SchemeNode;
    // Text cells that look like numbers ("20%", "358") stay text: Excel would turn them into numbers.
    row[1] = text(weightOf(evaluation, block), { format: "@" });
    const score = unit.scores.get(leaf.id);
    row[pointsCol] = { value: leaf.ownPoints ? toNumber(leaf.points) : null, align: "right" };
    if (benchmark) {
      const b = leaf.input.meta?.[BENCHMARK];
      row[benchmarkCol] = text(Array.isArray(b) ? b.join("、") : (b ?? null), { format: "@" });
    }
    row[valueCol] = text(performance(leaf, values[leaf.id]), { format: "@" });
    row[scoreCol] = { value: score === undefined ? null : toNumber(score, p), format, align: "right" };
    row[reasonCol] = text(unit.explanations.get(leaf.id) ?? (unit.missing.includes(leaf.id) ? "未填写" : ""), {
      align: "left",
    });
    return row;
  });

  // Merge each ancestor down the rows it spans, and a shallow leaf across the deeper level columns.
  const ancestorAt = (leaf: SchemeNode, depth: number): SchemeNode | undefined => {
    let n: SchemeNode | undefined = leaf;
    while (n && n.depth > depth) n = n.parent;
    return n && n.depth === depth ? n : undefined;
  };
  const mergeDown = (col: number, key: (leaf: SchemeNode) => SchemeNode | undefined) => {
    let start = 0;
    for (let i = 1; i <= leaves.length; i++) {
      const prev = leaves[start];
      const cur = leaves[i];
      const same = cur !== undefined && prev !== undefined && key(cur) !== undefined && key(cur) === key(prev);
      if (same) continue;
      if (i - start > 1 && prev && key(prev)) merges.push({ row: firstDataRow + start, col, rows: i - start, cols: 1 });
      start = i;
    }
  };
  for (let d = 1; d <= levels; d++)
    mergeDown(levelCol(d), (leaf) => (leaf.depth > d ? ancestorAt(leaf, d) : undefined));
  mergeDown(1, (leaf) => ancestorAt(leaf, 1));
  leaves.forEach((leaf, i) => {
    // Level columns 2… hold the leaf from its own depth on (blank under a leaf that is itself a block).
    const first = Math.max(leaf.depth, 2);
    if (leaf.depth < levels && levels > first) {
      merges.push({ row: firstDataRow + i, col: first, rows: 1, cols: levels - first + 1 });
    }
  });

  const totalRow = firstDataRow + rows.length;
  const total = blankRow();
  total[0] = text("合计", { bold: true });
  total[pointsCol] = { value: toNumber(scheme.basePoints), align: "right", bold: true };
  total[scoreCol] = {
    value: unit.total === null ? null : toNumber(unit.total, p),
    format,
    align: "right",
    bold: true,
  };
  const grade = blankRow();
  grade[0] = text("等第", { bold: true });
  grade[scoreCol] = text(unit.grade);
  if (unit.vetoed) {
    const texts = scheme.vetoes.filter((v) => unit.vetoes.includes(v.id)).map((v) => v.text);
    grade[reasonCol] = text(`一票否决：${texts.join("；")}`, { align: "left" });
  }
  merges.push(
    { row: totalRow, col: 0, rows: 1, cols: pointsCol },
    { row: totalRow + 1, col: 0, rows: 1, cols: pointsCol },
  );

  const cells = [title, header, ...rows, total, grade];
  const widths = Array.from({ length: nCols }, (_, col) =>
    Math.min(
      col === reasonCol ? 60 : 30,
      Math.max(6, ...cells.slice(1).map((row) => textWidth(String(row[col]?.value ?? "")) + 2)),
    ),
  );
  return {
    grid: {
      cells,
      merges,
      bordered: [{ row: 1, col: 0, rows: cells.length - 1, cols: nCols }],
      widths,
      frozenRows: 2,
    },
    firstDataRow,
    totalRow,
    rowLeaves: leaves.map((l) => l.id),
  };
}
