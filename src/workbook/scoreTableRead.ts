/**
 * Reading a 得分表 back by its layout (layouts.md A): the header row (所属街镇, a column per block, 总分, and 排名 and
 * 等第 when present) found among the first rows, one row per unit until the 平均分 row or a blank name. What it gives
 * is what the sheet shows — block scores, 总分, rank, grade — not the indicators behind them, which is all a
 * comparison of two years needs. Host-neutral: the add-in hands over Range.values, a file reader the same values.
 */
import {
  Decimal,
  Evaluation,
  fromCellNumber,
  isBlank,
  normalizeText,
  parseScore,
  rankEq,
  Scheme,
  UnitResult,
} from "../engine";
import { CellProblem, HEADER_SEARCH_ROWS, isUnreadable, SheetCell } from "./inputTable";

export interface ScoreTableRead {
  /** The sheet's units as an evaluation of `scheme`: columns, 总分, rank and grade; no indicator scores. */
  evaluation: Evaluation;
  headerRow: number;
  /** 0-based sheet row of each unit. */
  unitRows: number[];
}

export type ScoreTableReading = { ok: true; table: ScoreTableRead } | { ok: false; problems: CellProblem[] };

const AVERAGE_ROW = "平均分";

function text(cell: SheetCell | undefined): string {
  if (cell === null || cell === undefined || isUnreadable(cell)) return "";
  return normalizeText(String(cell));
}

/** The header row: the first row naming 总分 and every column of the scheme. */
function findHeader(scheme: Scheme, rows: readonly (readonly SheetCell[])[]) {
  let closest: { row: number; missing: string[] } | undefined;
  for (let row = 0; row < Math.min(HEADER_SEARCH_ROWS, rows.length); row++) {
    const cells = (rows[row] ?? []).map(text);
    const find = (name: string) => cells.indexOf(normalizeText(name));
    const total = find("总分");
    if (total < 0) continue;
    const columns = scheme.columns.map((c) => find(c.name));
    const missing = scheme.columns.filter((_, i) => (columns[i] ?? -1) < 0).map((c) => c.name);
    if (missing.length === 0) {
      const unitCol = cells.findIndex((c) => c !== "");
      return { found: { row, unitCol, columns, total, rank: find("排名"), grade: find("等第") } };
    }
    if (!closest) closest = { row, missing };
  }
  return { closest };
}

/**
 * The units of a 得分表 written by the add-in or `jixiao score` (or laid out the same way by hand), scored as the
 * sheet shows them. Every problem names its cell: no header row, a block without a column, a value that is not a
 * score, a repeated unit.
 */
export function readScoreTable(scheme: Scheme, rows: readonly (readonly SheetCell[])[]): ScoreTableReading {
  const { found, closest } = findHeader(scheme, rows);
  if (!found) {
    const message = closest
      ? `表头缺少以下列，不是方案 ${scheme.title} 的得分表：${closest.missing.join("、")}`
      : `前 ${HEADER_SEARCH_ROWS} 行中没有含“总分”的表头行：不是得分表（应有${scheme.unitLabel}、各一级指标和总分列）`;
    return { ok: false, problems: [{ row: closest?.row ?? 0, col: 0, message }] };
  }
  const problems: CellProblem[] = [];
  const score = (row: number, col: number): Decimal | null => {
    const cell = rows[row]?.[col];
    if (cell === undefined || cell === null || isBlank(cell)) return null;
    if (isUnreadable(cell)) {
      problems.push({ row, col, message: cell.unreadable });
      return null;
    }
    if (typeof cell === "number") return fromCellNumber(cell);
    const parsed = parseScore(cell);
    if (parsed.ok) return parsed.value;
    problems.push({ row, col, message: parsed.error.zh });
    return null;
  };

  const units: UnitResult[] = [];
  const unitRows: number[] = [];
  const sheetRanks: (number | null)[] = [];
  const seen = new Map<string, number>();
  for (let r = found.row + 1; r < rows.length; r++) {
    const name = text(rows[r]?.[found.unitCol]);
    if (name === "" || name === AVERAGE_ROW) break;
    const shown = String(rows[r]?.[found.unitCol] ?? "").trim();
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      problems.push({ row: r, col: found.unitCol, message: `单位名称“${shown}”与第 ${earlier + 1} 行重复` });
      continue;
    }
    seen.set(name, r);
    const columns = new Map<string, Decimal | null>(
      scheme.columns.map((c, i) => [c.id, score(r, found.columns[i] ?? -1)]),
    );
    const total = score(r, found.total);
    const rank = found.rank >= 0 ? score(r, found.rank) : null;
    const grade = found.grade >= 0 ? text(rows[r]?.[found.grade]) : "";
    const subtotals = new Map<string, Decimal>();
    for (const [id, v] of columns) if (v !== null) subtotals.set(id, v);
    units.push({
      name: shown,
      index: units.length,
      scores: new Map(),
      explanations: new Map(),
      subtotals,
      columns,
      base: null,
      bonus: scheme.bonus ? (columns.get(scheme.bonus.id) ?? null) : null,
      penalty: scheme.penalty ? (columns.get(scheme.penalty.id) ?? null) : null,
      total,
      rank: null,
      grade: grade === "" ? null : grade,
      vetoed: grade !== "" && grade === scheme.vetoGrade,
      vetoes: [],
      missing: [],
    });
    unitRows.push(r);
    sheetRanks.push(rank !== null && rank.isInteger() ? rank.toNumber() : null);
  }
  if (units.length === 0 && problems.length === 0) {
    problems.push({ row: found.row + 1, col: found.unitCol, message: "表头下没有单位" });
  }
  if (problems.length > 0) return { ok: false, problems };
  // The sheet's own 排名 where it has one (RANK.EQ over 总分); otherwise the same rule applied here.
  const ranks = rankEq(units.map((u) => u.total));
  units.forEach((u, i) => (u.rank = u.total === null ? null : (sheetRanks[i] ?? ranks[i] ?? null)));
  return { ok: true, table: { evaluation: { scheme, units, errors: [] }, headerRow: found.row, unitRows } };
}
