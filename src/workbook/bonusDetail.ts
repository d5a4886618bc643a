/**
 * The 附加得分表 of [000] 附件2 (layouts.md A): per unit its 附加评价 (分值) and the items it claimed, each with its
 * points, one per line as the 通报 prints them ("1、承接市级调研任务。得0.5分"). For schemes whose bonus part is scored
 * from claimed items (cappedSum leaves); the items are what the rule itself reads from the unit's input, so the sheet
 * lists exactly what was added up.
 */
import { Decimal, Evaluation, plain, Scheme, SchemeNode, sum, toNumber } from "../engine";
import { Grid, GridCell } from "./grid";

export const BONUS_SHEET_NAME = "附加得分表";
/** The workbook name over the region written, as SCORE_TABLE_MARKER marks the 得分表. */
export const BONUS_TABLE_MARKER = "jixiao_bonus_table";

/** One item a unit claimed: what (the rule's item text, or the leaf's name) and its points. */
export interface BonusClaim {
  item: string;
  points: Decimal;
}

export interface BonusDetail {
  grid: Grid;
  /** Input position of the unit on each data row. */
  rowUnits: number[];
  firstDataRow: number;
}

function isClaimedItems(value: unknown): value is { item?: string; points: Decimal }[] {
  return Array.isArray(value) && value.every((v) => typeof v === "object" && v !== null && "points" in v);
}

function bonusLeaves(scheme: Scheme): SchemeNode[] {
  if (!scheme.bonus) return [];
  const out: SchemeNode[] = [];
  const walk = (n: SchemeNode) => (n.rule ? out.push(n) : n.children.forEach(walk));
  walk(scheme.bonus);
  return out;
}

/** Whether the scheme's bonus part is scored from claimed items (at least one cappedSum leaf). */
export function scoresClaimedItems(scheme: Scheme): boolean {
  return bonusLeaves(scheme).some((leaf) => leaf.rule?.params.kind === "cappedSum");
}

/**
 * The items a unit claimed, in the scheme's order: each item a cappedSum leaf's rule reads from the input, then every
 * other bonus leaf that scored, by its name. An input the rule refuses lists nothing (the run reports it).
 */
export function claimedItems(
  evaluation: Evaluation,
  unitIndex: number,
  values: Readonly<Record<string, unknown>>,
): BonusClaim[] {
  const unit = evaluation.units[unitIndex];
  const claims: BonusClaim[] = [];
  for (const leaf of bonusLeaves(evaluation.scheme)) {
    if (leaf.rule?.params.kind === "cappedSum") {
      const raw = values[leaf.id];
      if (raw === undefined || raw === null || raw === "") continue;
      const parsed = leaf.rule.compiled.parse(raw);
      if (!parsed.ok || !isClaimedItems(parsed.value)) continue;
      for (const c of parsed.value) claims.push({ item: c.item ?? leaf.name, points: c.points });
      continue;
    }
    const score = unit?.scores.get(leaf.id);
    if (score && !score.isZero()) claims.push({ item: leaf.name, points: score });
  }
  return claims;
}

/** "1、承接市级调研任务。得0.5分" per line; a single item without its number, as 附件2 writes 周桥's. */
function claimsText(claims: readonly BonusClaim[], cap: Decimal, part: string): string {
  const line = (c: BonusClaim) => `${c.item.replace(/[。.；;，,\s]+$/u, "")}。得${plain(c.points)}分`;
  const lines = claims.length === 1 ? [line(claims[0] as BonusClaim)] : claims.map((c, i) => `${i + 1}、${line(c)}`);
  const raw = sum(claims.map((c) => c.points));
  if (raw.greaterThan(cap)) lines.push(`（申报合计${plain(raw)}分，${part}最高${plain(cap)}分）`);
  return lines.join("\n");
}

/**
 * The 附加得分表 of an evaluation, `values[i]` being unit i's raw input; undefined when the scheme's bonus is not
 * scored from claimed items or no unit claimed any. Rows by 分值, highest first (equals in input order).
 */
export function bonusDetailGrid(
  evaluation: Evaluation,
  values: readonly Readonly<Record<string, unknown>>[],
  title?: string,
): BonusDetail | undefined {
  const { scheme } = evaluation;
  const bonus = scheme.bonus;
  if (!bonus || !scoresClaimedItems(scheme)) return undefined;
  const claims = evaluation.units.map((u) => claimedItems(evaluation, u.index, values[u.index] ?? {}));
  if (claims.every((c) => c.length === 0)) return undefined;

  const valueOf = (i: number) => evaluation.units[i]?.columns.get(bonus.id) ?? null;
  const rowUnits = evaluation.units
    .map((u) => u.index)
    .sort((a, b) => {
      const va = valueOf(a);
      const vb = valueOf(b);
      if (va === null || vb === null) return va === null ? (vb === null ? a - b : 1) : -1;
      return vb.comparedTo(va) || a - b;
    });

  const centred = (value: string, bold = false): GridCell => ({ value, align: "center", ...(bold ? { bold } : {}) });
  const firstDataRow = 2;
  const rows = rowUnits.map((i): GridCell[] => {
    const unit = evaluation.units[i];
    const value = valueOf(i);
    const claimed = claims[i] ?? [];
    return [
      centred(unit?.name ?? ""),
      { value: value === null ? null : toNumber(value, scheme.precision), align: "center" },
      {
        value: claimed.length === 0 ? "未申报" : claimsText(claimed, bonus.cap, bonus.name),
        align: "left",
        wrap: true,
      },
    ];
  });
  const cells: GridCell[][] = [
    [centred(title ?? `${scheme.title}${BONUS_SHEET_NAME}`, true), { value: null }, { value: null }],
    [centred(scheme.unitLabel, true), centred("分值", true), centred(`${bonus.name}申报内容`, true)],
    ...rows,
  ];
  return {
    grid: {
      cells,
      merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
      bordered: [{ row: 1, col: 0, rows: cells.length - 1, cols: 3 }],
      widths: [12, 8, 80],
      frozenRows: 2,
    },
    rowUnits,
    firstDataRow,
  };
}
