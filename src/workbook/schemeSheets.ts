/**
 * A whole scheme in three sheets a clerk can read, type into and print (docs/scheme-format.md, 指标体系工作簿):
 * `指标体系`, one row per node with its rule's parameters in columns; `档次与要素`, the rows of each rule's lists (levels,
 * checklist items, terms…) keyed by the owner's 编号; `方案信息`, the scheme's own fields. The columns come from the rule
 * families' declarations (schemeColumns.ts). Writing is here; reading back is schemeSheetsRead.ts.
 */
import type { AnySheetParam, NodeInput, RuleInput, SchemeInput } from "../engine";
import { familyOf } from "../engine";
import { Grid, GridCell, textWidth } from "./grid";
import { draftBasis } from "./draftOutline";
import { basisCheck } from "./draftStatus";
import type { SchemePart } from "./draftTypes";
import { columnCell } from "./schemeCells";
import { familyParams, META_KINDS, META_VALUE, rowKindsOf, SCHEME_COLUMNS, SheetColumn } from "./schemeColumns";
import {
  AGGREGATIONS,
  CRITERION_CHECK_COLUMN,
  DRAFT_COLUMNS,
  DRAFT_STATES,
  INFO_COLUMNS,
  INFO_FIELDS,
  levelColumn,
  NODE_COLUMNS,
  NodeColumnKey,
  OPTIONAL_NODE_COLUMNS,
  PART_LEVELS,
  ROW_COLUMNS,
  rowKindColumn,
  ruleColumn,
  SCHEME_SHEET_NAMES,
  statusColumn,
} from "./schemeLayout";

export * from "./schemeLayout";

/** What each 方案信息 field holds, for the header's note and the blank workbook. */
const INFO_HELP: Record<keyof typeof INFO_FIELDS, string> = {
  id: "小写字母、数字和连字符，如 changning-2024",
  title: "方案全称",
  shortTitle: "列表中显示的简称",
  source: "文件名称、文号、日期",
  unitLabel: "录入表第一列的表头，默认“单位”",
  precision: "得分保留的小数位数，默认 2",
  totalPoints: "一级指标分值合计（如 100）",
  aggregation: "求和，或加权平均（文件不给分值时）",
  scale: "加权平均时每项的满分（如 100）",
  aggregationNote: "加权平均时的说明",
  veto: "每行一个一票否决情形（内容），说明可选",
  vetoGrade: "一票否决给的等第，默认“不合格”",
  grade: "每行一档，从高到低：名称为等第，内容为下限（含），最后一档可不写下限",
  section: "不计分的部分：名称、内容",
  sectionItem: "无分值部分的条目：名称写所属部分",
  note: "关于整个方案的说明，每行一条",
};

// ---------------------------------------------------------------------------------------------------------------
// Layout shared by the three sheets

const MAX_WIDTH = 50;
const WRAPPED = new Set<string>([
  NODE_COLUMNS.criterion.zh,
  NODE_COLUMNS.note.zh,
  NODE_COLUMNS.explanation.zh,
  NODE_COLUMNS.evidence.zh,
  DRAFT_COLUMNS.note.zh,
  DRAFT_COLUMNS.examples.zh,
]);
/** Width of the 标准校验码 column: it is for the tool, not for reading. */
const CHECK_WIDTH = 4;

function typeWords(column: SheetColumn): string {
  switch (column.type) {
    case "number":
      return "数字";
    case "integer":
      return "整数";
    case "rate":
      return "比率，如 85% 或 0.85";
    case "yesNo":
      return "是/否";
    case "list":
      return "多项以顿号或换行分隔";
    case "choice":
      return `可选：${(column.choices ?? []).join("、")}`;
    default:
      return "文字";
  }
}

export function headerCell(column: SheetColumn, note?: string): GridCell {
  return {
    value: column.zh,
    bold: true,
    align: "center",
    format: "@",
    note: note ?? `${column.en}（${typeWords(column)}）`,
  };
}

/** A sheet from its header and rows: borders, widths from the text, the header frozen. */
function tableGrid(header: GridCell[], rows: GridCell[][]): Grid {
  const width = header.length;
  const cells = [header, ...rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? { value: null }))];
  const widths = header.map((h, c) => {
    let widest = textWidth(String(h.value ?? ""));
    for (const row of rows) {
      for (const line of String(row[c]?.value ?? "").split("\n")) widest = Math.max(widest, textWidth(line));
    }
    return Math.min(MAX_WIDTH, Math.max(6, widest + 2));
  });
  for (const row of cells.slice(1)) {
    row.forEach((cell, c) => {
      if (WRAPPED.has(String(header[c]?.value)) && typeof cell.value === "string") cell.wrap = true;
    });
  }
  const check = header.findIndex((h) => h.value === CRITERION_CHECK_COLUMN.zh);
  if (check >= 0) widths[check] = CHECK_WIDTH;
  return {
    cells,
    merges: [],
    bordered: [{ row: 0, col: 0, rows: cells.length, cols: width }],
    widths,
    frozenRows: 1,
  };
}

/** A cell of text, never anything Excel would parse. */
function text(value: string | undefined): GridCell {
  return value === undefined ? { value: null } : { value, format: "@" };
}

function numberCell(value: number | undefined): GridCell {
  return value === undefined ? { value: null } : { value };
}

// ---------------------------------------------------------------------------------------------------------------
// 指标体系 and 档次与要素

interface Layout {
  nodeColumns: SheetColumn[];
  rowColumns: SheetColumn[];
}

function layoutFor(input: SchemeInput | undefined): Layout {
  const used = new Set<NodeColumnKey>(input ? usedOptionalColumns(input) : OPTIONAL_NODE_COLUMNS);
  const fixed = (Object.keys(NODE_COLUMNS) as NodeColumnKey[])
    .filter((k) => !OPTIONAL_NODE_COLUMNS.includes(k) || used.has(k))
    .map((k) => (k === "rule" ? ruleColumn() : k === "level" ? levelColumn() : NODE_COLUMNS[k]));
  const draft = [statusColumn(), DRAFT_COLUMNS.note, DRAFT_COLUMNS.examples];
  return {
    nodeColumns: [...fixed, ...draft, ...SCHEME_COLUMNS.params, CRITERION_CHECK_COLUMN],
    rowColumns: [ROW_COLUMNS.owner, rowKindColumn(), ROW_COLUMNS.name, ...SCHEME_COLUMNS.rowColumns],
  };
}

function usedOptionalColumns(input: SchemeInput): NodeColumnKey[] {
  const used = new Set<NodeColumnKey>();
  if (input.aggregation?.kind === "weightedMean") used.add("weight");
  const visit = (node: NodeInput) => {
    if (node.weight !== undefined) used.add("weight");
    if (node.explanation !== undefined) used.add("explanation");
    if (node.evidence !== undefined) used.add("evidence");
    node.children?.forEach(visit);
  };
  input.blocks.forEach(visit);
  input.bonus?.children?.forEach(visit);
  input.penalty?.children?.forEach(visit);
  return [...used];
}

/** One row of a sheet, by column name. */
export type RowCells = Map<string, GridCell>;

/** A data cell of a column as written: a choice column offers its drop-down, filled or not; text stays text. */
export function dataCell(column: SheetColumn, cell: GridCell = { value: null }): GridCell {
  if (column.choices && cell.list === undefined) cell.list = column.choices;
  if (column.type === "yesNo" && cell.list === undefined) cell.list = ["是", "否"];
  if (column.type === "text" && cell.format === undefined) cell.format = "@";
  return cell;
}

function rowOf(columns: readonly SheetColumn[], cells: RowCells): GridCell[] {
  return columns.map((column) => dataCell(column, cells.get(column.zh)));
}

/** Writes a rule's parameters: scalars into the node's row, lists as rows of 档次与要素. */
function writeParams(
  params: Record<string, AnySheetParam>,
  values: Record<string, unknown>,
  row: RowCells,
  owner: string,
  rows: RowCells[],
): void {
  for (const [key, param] of Object.entries(params)) {
    const value = values[key];
    if (value === undefined) continue;
    switch (param.type) {
      case "choice":
        row.set(param.zh, text((param.choices as Record<string, string>)[String(value)] ?? String(value)));
        break;
      case "either": {
        const object = value as Record<string, unknown>;
        for (const [field, column] of Object.entries(param.fields)) {
          if (object[field] !== undefined) row.set(column.zh, columnCell(object[field], column));
        }
        break;
      }
      case "variant": {
        const object = value as { kind: string } & Record<string, unknown>;
        const variant = param.variants[object.kind];
        if (!variant) break;
        row.set(param.zh, text(variant.label));
        writeParams(variant.fields, object, row, owner, rows);
        break;
      }
      case "textRows":
        for (const item of value as string[]) {
          rows.push(
            new Map([
              [ROW_COLUMNS.owner.zh, text(owner)],
              [ROW_COLUMNS.kind.zh, text(param.zh)],
              [ROW_COLUMNS.name.zh, text(item)],
            ]),
          );
        }
        break;
      case "rows": {
        const kinds = new Map(rowKindsOf(param));
        for (const element of value as Record<string, unknown>[]) {
          const kind = kinds.get(typeof element.kind === "string" ? element.kind : undefined) ?? kinds.get(undefined);
          if (!kind) continue;
          const cells: RowCells = new Map([
            [ROW_COLUMNS.owner.zh, text(owner)],
            [ROW_COLUMNS.kind.zh, text(kind.zh)],
          ]);
          for (const [field, column] of Object.entries(kind.fields)) {
            const v = element[field];
            if (v === undefined) continue;
            if (column.type === "choice") {
              cells.set(column.zh, text((column.choices as Record<string, string>)[String(v)] ?? String(v)));
            } else cells.set(column.zh, columnCell(v, column));
          }
          rows.push(cells);
        }
        break;
      }
      default:
        row.set(param.zh, columnCell(value, param));
    }
  }
}

function metaRows(owner: string, meta: NodeInput["meta"], rows: RowCells[]): void {
  for (const [key, value] of Object.entries(meta ?? {})) {
    const kind = Array.isArray(value) ? META_KINDS.item : META_KINDS.text;
    for (const item of Array.isArray(value) ? value : [value]) {
      rows.push(
        new Map([
          [ROW_COLUMNS.owner.zh, text(owner)],
          [ROW_COLUMNS.kind.zh, text(kind.zh)],
          [ROW_COLUMNS.name.zh, text(key)],
          [META_VALUE.zh, text(item)],
        ]),
      );
    }
  }
}

/**
 * A rule as cells, as the writer lays it out: 规则 and its scalar parameters by column name for the node's row of
 * 指标体系, its lists as rows of 档次与要素 (owner, kind and fields by column name). Empty for an unknown family.
 */
export function ruleCells(rule: RuleInput, owner: string): { row: RowCells; rows: RowCells[] } {
  const row: RowCells = new Map();
  const rows: RowCells[] = [];
  const family = familyOf(rule.kind);
  if (family) {
    row.set(NODE_COLUMNS.rule.zh, text(family.title));
    writeParams(familyParams(family), rule as Record<string, unknown>, row, owner, rows);
  }
  return { row, rows };
}

interface NodeLike {
  name: string;
  points?: number;
  weight?: number;
  criterion?: string;
  explanation?: string;
  evidence?: string;
  note?: string;
  meta?: NodeInput["meta"];
  rule?: RuleInput;
  children?: NodeInput[];
}

/** The part a node is in, and what its parent passes to its drafting basis (draftOutline.ts): points, 指标解释. */
interface Above {
  part: SchemePart;
  points?: number;
  explanation?: string;
}

function writeNode(
  node: NodeLike,
  id: string,
  level: string,
  depth: number,
  nodeRows: RowCells[],
  rows: RowCells[],
  above: Above,
): void {
  const row: RowCells = new Map([
    [NODE_COLUMNS.id.zh, text(id)],
    [NODE_COLUMNS.level.zh, text(level)],
    [NODE_COLUMNS.name.zh, text(node.name)],
    [NODE_COLUMNS.points.zh, numberCell(node.points)],
    [NODE_COLUMNS.weight.zh, numberCell(node.weight)],
    [NODE_COLUMNS.criterion.zh, text(node.criterion)],
    [NODE_COLUMNS.note.zh, text(node.note)],
    [NODE_COLUMNS.explanation.zh, text(node.explanation)],
    [NODE_COLUMNS.evidence.zh, text(node.evidence)],
  ]);
  nodeRows.push(row);
  metaRows(id, node.meta, rows);
  // A bonus or penalty item without points is drafted on its part's (draftOutline.ts).
  const points = node.points ?? (above.part !== "base" ? above.points : undefined);
  const basis = draftBasis(node.criterion, points, above.part, node.explanation, above.explanation);
  if (node.rule) {
    const cells = ruleCells(node.rule, id);
    for (const [name, cell] of cells.row) row.set(name, cell);
    rows.push(...cells.rows);
    // A scheme written out is a checked one: its rules are confirmed, against what they would be drafted from.
    row.set(DRAFT_COLUMNS.status.zh, text(DRAFT_STATES.confirmed));
    row.set(CRITERION_CHECK_COLUMN.zh, text(basisCheck(basis)));
  }
  const below: Above = {
    part: above.part,
    ...(points !== undefined ? { points } : {}),
    ...(node.explanation !== undefined ? { explanation: node.explanation } : {}),
  };
  node.children?.forEach((child, i) => {
    const childId = child.code ?? `${id}.${i + 1}`;
    writeNode(child, childId, String(depth + 1), depth + 1, nodeRows, rows, below);
  });
}

function nodeSheets(input: SchemeInput, layout: Layout): { nodes: Grid; rows: Grid } {
  const nodeRows: RowCells[] = [];
  const rows: RowCells[] = [];
  input.blocks.forEach((block, i) =>
    writeNode(block, block.code ?? String(i + 1), "1", 1, nodeRows, rows, { part: "base" }),
  );
  let next = input.blocks.length + 1;
  for (const key of ["bonus", "penalty"] as const) {
    const part = input[key];
    if (!part) continue;
    const { cap, ...rest } = part;
    writeNode({ ...rest, points: cap }, String(next++), PART_LEVELS[key], 1, nodeRows, rows, { part: key });
  }
  return {
    nodes: tableGrid(
      layout.nodeColumns.map((c) => headerCell(c)),
      nodeRows.map((r) => rowOf(layout.nodeColumns, r)),
    ),
    rows: tableGrid(
      layout.rowColumns.map((c) => headerCell(c)),
      rows.map((r) => rowOf(layout.rowColumns, r)),
    ),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 方案信息

const INFO_HEADER_COLUMNS: SheetColumn[] = [
  { ...INFO_COLUMNS.field, type: "choice", choices: Object.values(INFO_FIELDS) },
  { ...INFO_COLUMNS.name, type: "text" },
  { ...INFO_COLUMNS.value, type: "text" },
  { ...INFO_COLUMNS.note, type: "text" },
];

function infoRow(field: keyof typeof INFO_FIELDS, value: GridCell, name?: string, note?: string): GridCell[] {
  const fieldCell: GridCell = { value: INFO_FIELDS[field], format: "@", bold: true, list: Object.values(INFO_FIELDS) };
  if (field === "aggregation") value = { ...value, list: Object.values(AGGREGATIONS) };
  return [fieldCell, text(name), value, text(note)];
}

function infoGrid(input: SchemeInput | undefined): Grid {
  const rows: GridCell[][] = [];
  if (!input) {
    for (const field of Object.keys(INFO_FIELDS) as (keyof typeof INFO_FIELDS)[]) {
      rows.push(infoRow(field, { value: null }, undefined, INFO_HELP[field]));
    }
  } else {
    rows.push(infoRow("id", text(input.id)));
    rows.push(infoRow("title", text(input.title)));
    if (input.shortTitle !== undefined) rows.push(infoRow("shortTitle", text(input.shortTitle)));
    if (input.source !== undefined) rows.push(infoRow("source", text(input.source)));
    if (input.unitLabel !== undefined) rows.push(infoRow("unitLabel", text(input.unitLabel)));
    if (input.precision !== undefined) rows.push(infoRow("precision", numberCell(input.precision)));
    if (input.totalPoints !== undefined) rows.push(infoRow("totalPoints", numberCell(input.totalPoints)));
    const aggregation = input.aggregation;
    if (aggregation !== undefined) {
      rows.push(infoRow("aggregation", text(AGGREGATIONS[aggregation.kind])));
      if (aggregation.kind === "weightedMean") {
        rows.push(infoRow("scale", numberCell(aggregation.scale)));
        rows.push(infoRow("aggregationNote", text(aggregation.note)));
      }
    }
    for (const veto of input.vetoes ?? []) rows.push(infoRow("veto", text(veto.text), undefined, veto.note));
    if (input.vetoGrade !== undefined) rows.push(infoRow("vetoGrade", text(input.vetoGrade)));
    for (const grade of input.grades ?? []) rows.push(infoRow("grade", numberCell(grade.min), grade.label));
    for (const section of input.sections ?? []) {
      rows.push(infoRow("section", text(section.text), section.name));
      for (const item of section.items ?? []) rows.push(infoRow("sectionItem", text(item), section.name));
    }
    for (const note of input.notes ?? []) rows.push(infoRow("note", text(note)));
  }
  const grid = tableGrid(
    INFO_HEADER_COLUMNS.map((c) => headerCell(c, c.en)),
    rows,
  );
  grid.widths = grid.widths.map((w, c) => (c === 2 ? MAX_WIDTH : w));
  for (const row of grid.cells.slice(1)) {
    const value = row[2];
    if (value && typeof value.value === "string") value.wrap = true;
  }
  return grid;
}

// ---------------------------------------------------------------------------------------------------------------
// The API

/** Blank rows of an empty 指标体系 workbook, formatted and with their drop-downs. */
export const BLANK_SCHEME_ROWS = 30;

/** The three sheets of a scheme, in the order a workbook holds them. */
export function schemeSheetGrids(input: SchemeInput): { sheet: string; grid: Grid }[] {
  const layout = layoutFor(input);
  const { nodes, rows } = nodeSheets(input, layout);
  return [
    { sheet: SCHEME_SHEET_NAMES.nodes, grid: nodes },
    { sheet: SCHEME_SHEET_NAMES.rows, grid: rows },
    { sheet: SCHEME_SHEET_NAMES.info, grid: infoGrid(input) },
  ];
}

/** The three sheets with their headers, drop-downs and formats, and no scheme in them. */
export function emptySchemeSheetGrids(): { sheet: string; grid: Grid }[] {
  const layout = layoutFor(undefined);
  const blank = (columns: SheetColumn[]) =>
    tableGrid(
      columns.map((c) => headerCell(c)),
      Array.from({ length: BLANK_SCHEME_ROWS }, () => rowOf(columns, new Map())),
    );
  return [
    { sheet: SCHEME_SHEET_NAMES.nodes, grid: blank(layout.nodeColumns) },
    { sheet: SCHEME_SHEET_NAMES.rows, grid: blank(layout.rowColumns) },
    { sheet: SCHEME_SHEET_NAMES.info, grid: infoGrid(undefined) },
  ];
}

export { readSchemeSheets, SCHEME_SHEET_LIMITS } from "./schemeSheetsRead";
export type { SchemeSheetCells, SchemeSheetProblem, SchemeSheetsRead } from "./schemeSheetsRead";
