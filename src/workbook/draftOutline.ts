/**
 * The outline of the 指标体系 sheet for 起草规则: which rows are leaves, in which part, with which points, and the words
 * a leaf's clause may rely on (its context): the row's own 指标解释, then its parent row's, where a document writes one
 * 工作要求 (“报告的协管信息线索一年不少于6条”) over several clauses. 说明 is the clerk's reading, often with worked
 * numbers (“96.5%扣0.35分”) that would make a target ambiguous; 证据来源 says where evidence comes from: neither is read.
 */
import type { SheetCell } from "./inputTable";
import { readNumber } from "./schemeCells";
import { NODE_COLUMNS, PART_LEVELS } from "./schemeLayout";
import type { DraftRowRef } from "./schemeDraft";
import type { SchemePart } from "./draftTypes";
import type { DraftBasis } from "./draftStatus";

/** What the outline reads of the sheet: its non-blank rows, and a cell or its trimmed text by column name. */
export interface OutlineSheet {
  dataRows(): number[];
  cell(row: number, name: string): SheetCell | undefined;
  text(row: number, name: string): string | undefined;
}

export interface OutlineRow extends DraftRowRef {
  depth: number;
  part: SchemePart;
  leaf: boolean;
  points?: number;
  criterion?: string;
  /** The row's own 指标解释: the document's 工作要求 or 评价内容 (“全年不少于4次”). */
  requirement?: string;
  /** What the clause may rely on: its own requirement, then its parent's (a 工作要求 over several clauses). */
  context?: string;
  /** Whether `points` is the part's cap, the row having no 分值 of its own. */
  pointsFromPart?: boolean;
  /** Everything the row's rule is drafted from, which its 标准校验码 covers (draftStatus.ts). */
  basis: DraftBasis;
}

function joined(texts: readonly (string | undefined)[]): string | undefined {
  const present = texts.filter((t): t is string => t !== undefined);
  return present.length === 0 ? undefined : present.join("；");
}

/** A basis without absent fields, so that the sheet and the scheme writer give the same one. */
export function draftBasis(
  criterion: string | undefined,
  points: number | undefined,
  part: SchemePart,
  explanation: string | undefined,
  parentExplanation: string | undefined,
): DraftBasis {
  return {
    part,
    ...(criterion !== undefined ? { criterion } : {}),
    ...(points !== undefined ? { points } : {}),
    ...(explanation !== undefined ? { explanation } : {}),
    ...(parentExplanation !== undefined ? { parentExplanation } : {}),
  };
}

/** The rows of 指标体系 in order, each placed under its parent by 层级. */
export function outline(nodes: OutlineSheet): OutlineRow[] {
  const out: OutlineRow[] = [];
  const stack: OutlineRow[] = [];
  for (const row of nodes.dataRows()) {
    const word = nodes.text(row, NODE_COLUMNS.level.zh);
    const isPart = word === PART_LEVELS.bonus || word === PART_LEVELS.penalty;
    const depth = isPart ? 1 : word !== undefined && /^[1-9]$/.test(word) ? Number(word) : undefined;
    // A row the read will name as broken is not drafted.
    if (depth === undefined || depth > stack.length + 1) continue;
    stack.length = depth - 1;
    const parent = stack[depth - 2];
    const points = readNumber(nodes.cell(row, NODE_COLUMNS.points.zh));
    const own = points.ok ? points.value : undefined;
    const part: SchemePart = parent?.part ?? (isPart ? (word === PART_LEVELS.bonus ? "bonus" : "penalty") : "base");
    const effective = own ?? (part !== "base" ? parent?.points : undefined);
    const criterion = nodes.text(row, NODE_COLUMNS.criterion.zh);
    const requirement = nodes.text(row, NODE_COLUMNS.explanation.zh);
    const placed: OutlineRow = {
      row,
      id: nodes.text(row, NODE_COLUMNS.id.zh) ?? "",
      name: nodes.text(row, NODE_COLUMNS.name.zh) ?? "",
      depth,
      part,
      leaf: true,
      // A bonus or penalty item without points is bounded by its part's cap.
      points: effective,
      criterion,
      basis: draftBasis(criterion, effective, part, requirement, parent?.requirement),
    };
    if (own === undefined && effective !== undefined) placed.pointsFromPart = true;
    if (requirement !== undefined) placed.requirement = requirement;
    const context = joined([requirement, parent?.requirement]);
    if (context !== undefined) placed.context = context;
    if (parent) parent.leaf = false;
    stack.push(placed);
    out.push(placed);
  }
  return out;
}
