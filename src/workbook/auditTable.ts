/**
 * The 复核表: every reported score its rule does not give, one row each — unit, indicator, reported, the rule's
 * result, the rule in words, the computation and the cell that holds the reported score — for an evaluator to print
 * or annotate. The task pane shows these findings as a short list; this is the full table on a sheet.
 */
import { AuditFinding, Evaluation, fixed, plain, TOTAL } from "../engine";
import { Grid, GridCell, widestText } from "./grid";

export const AUDIT_TABLE_SUFFIX = "复核表";

const HEADERS = ["单位", "指标", "报送", "按规则", "规则", "计算过程", "单元格"];
/** The two long columns wrap at this width (characters) rather than widening the sheet. */
const LONG_WIDTH = 40;

/** One finding and, when known, where its reported score is ("复核!D14"). */
export interface AuditTableRow {
  finding: AuditFinding;
  cell?: string;
}

export function auditTableGrid(evaluation: Evaluation, rows: readonly AuditTableRow[]): Grid {
  const p = evaluation.scheme.precision;
  const text = (value: string, extra: Partial<GridCell> = {}): GridCell => ({ value, ...extra });
  const title: GridCell[] = HEADERS.map((_, i) =>
    i === 0
      ? text(`${evaluation.scheme.title}${AUDIT_TABLE_SUFFIX}`, { bold: true, align: "center" })
      : { value: null },
  );
  const header = HEADERS.map((h) => text(h, { bold: true, align: "center" }));
  const body = rows.map(({ finding: f, cell }) => {
    const computation =
      f.reportedParts === undefined
        ? f.explanation
        : `${f.explanation}（报送的下级得分合计 ${fixed(f.reportedParts, p)}）`;
    return [
      text(f.unit),
      text(f.id === TOTAL ? f.name : `${f.id} ${f.name}`),
      // As text: the reported figure as read, the rule's at the scheme's precision, neither rounded again by a format.
      text(plain(f.reported), { align: "right" }),
      text(fixed(f.computed, p), { align: "right" }),
      text(f.rule, { wrap: true }),
      text(computation, { wrap: true }),
      text(cell ?? ""),
    ];
  });
  const cells = [title, header, ...body];
  const widths = HEADERS.map((_, c) => {
    const widest = widestText(cells.slice(1), c);
    return Math.min(c === 4 || c === 5 ? LONG_WIDTH : 30, Math.max(6, widest + 2));
  });
  return {
    cells,
    merges: [{ row: 0, col: 0, rows: 1, cols: HEADERS.length }],
    bordered: [{ row: 1, col: 0, rows: cells.length - 1, cols: HEADERS.length }],
    widths,
    frozenRows: 2,
  };
}
