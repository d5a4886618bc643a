/**
 * Reading a scheme back from the three sheets of the 指标体系 workbook: the tree from 编号 and 层级, each rule from
 * its 规则 and parameter columns and its rows of 档次与要素, the scheme's fields from 方案信息. The result goes through
 * `loadScheme` like any scheme file, and each of its problems is mapped back to the cell it is about. Every problem
 * of a read comes back at once; nothing is thrown for bad input.
 */
import { familyOf, loadScheme } from "../engine";
import type { NodeInput, RuleFamily, SchemeInput } from "../engine";
import { draftBasis } from "./draftOutline";
import { draftRefusal, DraftBasis, rowState } from "./draftStatus";
import type { SheetCell } from "./inputTable";
import { isBlankCell } from "./schemeCells";
import { familyParams, META_KINDS, META_VALUE, SCHEME_COLUMNS, sheetFamilies } from "./schemeColumns";
import {
  CRITERION_CHECK_COLUMN,
  DRAFT_COLUMNS,
  INFO_COLUMNS,
  levelColumn,
  NODE_COLUMNS,
  PART_LEVELS,
  ROW_COLUMNS,
  ruleColumn,
  SCHEME_SHEET_NAMES,
  statusColumn,
} from "./schemeLayout";
import { readInfo } from "./schemeInfoRead";
import { ListRow, readListRows, readParams, strayRowCells } from "./schemeRuleRead";
import { Loc, Places, SchemeSheetCells, SchemeSheetProblem, SCHEME_SHEET_LIMITS, Sheet, wording } from "./schemeTable";

export type { SchemeSheetCells, SchemeSheetProblem } from "./schemeTable";
export { SCHEME_SHEET_LIMITS } from "./schemeTable";

export type SchemeSheetsRead = { ok: true; scheme: SchemeInput } | { ok: false; problems: SchemeSheetProblem[] };

// ---------------------------------------------------------------------------------------------------------------
// 指标体系

/** A row of 指标体系 placed in the tree: its 编号, its level and the path of its node in the scheme file. */
interface Placed {
  row: number;
  id: string;
  part: "base" | "bonus" | "penalty";
  depth: number;
  path: string;
  node: Record<string, unknown>;
  children: Placed[];
}

const FAMILY_BY_TITLE = new Map(sheetFamilies.map((f) => [f.title, f]));

/** The tree from 层级: each row under the nearest row above it one level up; 加分项/扣分项 open their part. */
function placeRows(sheet: Sheet, rows: readonly number[]): { blocks: Placed[]; parts: Placed[] } {
  const blocks: Placed[] = [];
  const parts: Placed[] = [];
  const stack: Placed[] = [];
  const seen = new Map<string, number>();
  const idCol = sheet.col(NODE_COLUMNS.id.zh) ?? 0;
  const levelCol = sheet.col(NODE_COLUMNS.level.zh) ?? 0;
  // A level written once and left blank below (or merged) applies to the rows under it; a part's word does not carry.
  let carried: string | undefined;
  for (const row of rows) {
    const id = sheet.text(row, NODE_COLUMNS.id.zh);
    const own = sheet.text(row, NODE_COLUMNS.level.zh);
    const word = own ?? carried;
    carried = own === PART_LEVELS.bonus || own === PART_LEVELS.penalty ? undefined : word;
    if (id === undefined) sheet.problem(row, idCol, "缺少编号", "no id");
    else if (seen.has(id))
      sheet.problem(
        row,
        idCol,
        `编号 ${id} 与第 ${(seen.get(id) ?? 0) + 1} 行重复`,
        `id ${id} repeats row ${(seen.get(id) ?? 0) + 1}`,
      );
    else seen.set(id, row);
    let depth: number | undefined;
    let part: Placed["part"] = "base";
    if (word === PART_LEVELS.bonus || word === PART_LEVELS.penalty) {
      part = word === PART_LEVELS.bonus ? "bonus" : "penalty";
      depth = 1;
    } else if (word !== undefined && /^[1-9]$/.test(word)) depth = Number(word);
    if (depth === undefined) {
      const what =
        word === undefined
          ? "缺少层级"
          : `层级“${word}”应为 1～9 的数字，或“${PART_LEVELS.bonus}”“${PART_LEVELS.penalty}”`;
      sheet.problem(
        row,
        levelCol,
        what,
        word === undefined ? "no level" : `level “${word}” is not 1 to 9, 加分项 or 扣分项`,
      );
      continue;
    }
    if (id === undefined) continue;
    if (depth > stack.length + 1 || (depth > 1 && stack.length === 0)) {
      sheet.problem(
        row,
        levelCol,
        `层级 ${depth} 的上一级不存在：应紧接在层级 ${depth - 1} 的指标之下`,
        `level ${depth} has no parent: it must follow a row of level ${depth - 1}`,
      );
      continue;
    }
    stack.length = depth - 1;
    const parent = stack[depth - 2];
    const placed: Placed = { row, id, part: parent?.part ?? part, depth, path: "", node: {}, children: [] };
    if (parent) {
      placed.path = `${parent.path}.children[${parent.children.length}]`;
      parent.children.push(placed);
    } else if (part === "base") {
      if (parts.length > 0) {
        sheet.problem(
          row,
          levelCol,
          `一级指标应排在“${PART_LEVELS.bonus}”“${PART_LEVELS.penalty}”之前`,
          "blocks come before the bonus and penalty parts",
        );
        continue;
      }
      placed.path = `blocks[${blocks.length}]`;
      blocks.push(placed);
    } else {
      if (parts.some((p) => p.part === part)) {
        sheet.problem(row, levelCol, `“${word ?? ""}”只能有一行`, `only one row may be “${word ?? ""}”`);
        continue;
      }
      placed.path = part;
      parts.push(placed);
    }
    stack.push(placed);
  }
  return { blocks, parts };
}

interface Reading {
  nodes: Sheet;
  rows: Sheet;
  list: ListRow[];
  places: Places;
}

/** What a row passes to the rows under it for their drafting basis: its points as drafted on, its 指标解释. */
interface Above {
  points?: number;
  explanation?: string;
}

/** A node's fields and rule from its row; a code where 编号 is not the node's position. */
function readNode(placed: Placed, position: string, reading: Reading, above: Above = {}): Record<string, unknown> {
  const { nodes: sheet, places } = reading;
  const { row, path } = placed;
  const col = (name: string) => sheet.col(name) ?? 0;
  places.nodes.set(path, {
    sheet: sheet.name,
    row,
    cols: {
      id: col(NODE_COLUMNS.id.zh),
      name: col(NODE_COLUMNS.name.zh),
      points: col(NODE_COLUMNS.points.zh),
      rule: col(NODE_COLUMNS.rule.zh),
    },
  });
  const at = (field: string, name: string) => {
    const c = sheet.col(name);
    if (c !== undefined) places.at(`${path}.${field}`, { sheet: sheet.name, row, col: c });
  };
  const node: Record<string, unknown> = {};
  const isPart = placed.depth === 1 && placed.part !== "base";
  if (placed.id !== position) {
    if (isPart) {
      sheet.problem(
        row,
        col(NODE_COLUMNS.id.zh),
        `${placed.id === "" ? "" : `编号 ${placed.id}：`}${PART_LEVELS[placed.part as "bonus"]}的编号应为 ${position}（排在一级指标之后顺延）`,
        `the id of a bonus or penalty part is its place after the blocks: ${position}`,
      );
    } else {
      node.code = placed.id;
      at("code", NODE_COLUMNS.id.zh);
    }
  }
  const name = sheet.read(row, NODE_COLUMNS.name);
  node.name = name ?? "";
  at("name", NODE_COLUMNS.name.zh);
  const points = sheet.read(row, NODE_COLUMNS.points);
  if (isPart) {
    if (points !== undefined) node.cap = points;
    at("cap", NODE_COLUMNS.points.zh);
  } else if (points !== undefined) node.points = points;
  at("points", NODE_COLUMNS.points.zh);
  let explanation: string | undefined;
  for (const key of ["weight", "criterion", "explanation", "evidence", "note"] as const) {
    const value = sheet.read(row, NODE_COLUMNS[key]);
    at(key, NODE_COLUMNS[key].zh);
    if (key === "explanation" && typeof value === "string") explanation = value;
    if (value === undefined) continue;
    if (isPart && key !== "criterion" && key !== "note") {
      sheet.problem(
        row,
        col(NODE_COLUMNS[key].zh),
        `“${NODE_COLUMNS[key].zh}”不适用于${PART_LEVELS[placed.part as "bonus"]}本身`,
        `“${NODE_COLUMNS[key].zh}” does not apply to a bonus or penalty part itself`,
      );
    } else node[key] = value;
  }
  const meta = readMeta(reading, placed.id);
  if (meta && isPart)
    sheet.problem(
      row,
      col(NODE_COLUMNS.id.zh),
      `${PART_LEVELS[placed.part as "bonus"]}本身不能有附加信息`,
      "a bonus or penalty part itself takes no document fields",
    );
  else if (meta) node.meta = meta;
  const rule = readRule(placed, reading);
  if (rule) node.rule = rule;
  // The points 起草规则 drafts on: a bonus or penalty item without its own takes its part's (draftOutline.ts).
  const drafted = typeof points === "number" ? points : placed.part !== "base" ? above.points : undefined;
  const criterion = node.criterion as string | undefined;
  checkState(sheet, row, placed.id, draftBasis(criterion, drafted, placed.part, explanation, above.explanation));
  if (placed.children.length > 0) {
    // Children are numbered under the node's id: its code, else its position (a part's id is always its position).
    const base = isPart ? position : ((node.code as string | undefined) ?? position);
    const below: Above = {
      ...(drafted !== undefined ? { points: drafted } : {}),
      ...(explanation !== undefined ? { explanation } : {}),
    };
    node.children = placed.children.map((child, i) => readNode(child, `${base}.${i + 1}`, reading, below));
  }
  return node;
}

/** The rule of a node's row: its family from 规则, its parameters from the family's columns and rows. */
function readRule(placed: Placed, reading: Reading): Record<string, unknown> | undefined {
  const { nodes: sheet, places } = reading;
  const { row, path } = placed;
  const col = (name: string) => sheet.col(name) ?? 0;
  const at = (field: string, name: string) => {
    const c = sheet.col(name);
    if (c !== undefined) places.at(`${path}.${field}`, { sheet: sheet.name, row, col: c });
  };
  let rule: Record<string, unknown> | undefined;
  at("rule", NODE_COLUMNS.rule.zh);
  at("rule.kind", NODE_COLUMNS.rule.zh);
  const word = sheet.read(row, ruleColumn()) as string | undefined;
  const used = new Set<string>();
  let family: RuleFamily<{ kind: string }, unknown> | undefined;
  if (word !== undefined) {
    family = FAMILY_BY_TITLE.get(word) ?? familyOf(word);
    if (!family) {
      const titles = sheetFamilies.map((f) => f.title).join("、");
      sheet.problem(
        row,
        col(NODE_COLUMNS.rule.zh),
        `未知的规则“${word}”，可选：${titles}`,
        `unknown rule “${word}”; one of ${titles.replace(/、/g, ", ")}`,
      );
      // Its parameters cannot be told from strays: the one problem is the family.
      for (const l of reading.list) if (l.owner === placed.id) l.used = true;
    } else {
      rule = { kind: family.kind };
      readParams(familyParams(family), rule, `${path}.rule`, {
        nodes: sheet,
        rows: reading.rows,
        row,
        owner: placed.id,
        list: reading.list,
        places,
        used,
      });
    }
  }
  for (const column of SCHEME_COLUMNS.params) {
    const c = sheet.col(column.zh);
    if (c === undefined || (word !== undefined && !family) || used.has(column.zh) || isBlankCell(sheet.rows[row]?.[c]))
      continue;
    sheet.problem(
      row,
      c,
      family ? `“${column.zh}”不是“${family.title}”规则的参数` : `“${column.zh}”是规则的参数，但本行没有选择规则`,
      family
        ? `“${column.zh}” (${column.en}) is not a parameter of the rule “${family.title}”`
        : `“${column.zh}” (${column.en}) is a rule parameter, but the row has no rule`,
    );
  }
  return rule;
}

/** A row still 草稿 (or confirmed before what it was drafted from changed) is not read into a scheme: named at its 状态 cell. */
function checkState(sheet: Sheet, row: number, id: string, basis: DraftBasis): void {
  const col = sheet.col(DRAFT_COLUMNS.status.zh);
  if (col === undefined) return;
  const state = rowState(sheet.text(row, DRAFT_COLUMNS.status.zh), sheet.text(row, CRITERION_CHECK_COLUMN.zh), basis);
  const refusal = draftRefusal(id, state);
  if (refusal !== undefined) sheet.problem(row, col, refusal.zh, refusal.en);
}

function readMeta(reading: Reading, owner: string): NodeInput["meta"] | undefined {
  const sheet = reading.rows;
  const meta: Record<string, string | string[]> = {};
  for (const l of reading.list) {
    if (l.owner !== owner || l.used || (l.kind !== META_KINDS.text.zh && l.kind !== META_KINDS.item.zh)) continue;
    l.used = true;
    const nameCol = sheet.col(ROW_COLUMNS.name.zh) ?? 0;
    const key = sheet.text(l.row, ROW_COLUMNS.name.zh);
    const value = (sheet.read(l.row, META_VALUE) as string | undefined) ?? "";
    strayRowCells(sheet, l.row, l.kind, [META_VALUE.zh]);
    if (key === undefined) {
      sheet.problem(l.row, nameCol, "缺少信息的名称", "the field has no name");
    } else if (l.kind === META_KINDS.text.zh) {
      if (key in meta) sheet.problem(l.row, nameCol, `信息“${key}”重复`, `field “${key}” appears twice`);
      else meta[key] = value;
    } else {
      const items = meta[key];
      if (typeof items === "string") sheet.problem(l.row, nameCol, `信息“${key}”重复`, `field “${key}” appears twice`);
      else meta[key] = [...(items ?? []), value];
    }
  }
  return Object.keys(meta).length > 0 ? meta : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The whole read

function bounded(name: string, rows: readonly (readonly SheetCell[])[] | undefined, problems: SchemeSheetProblem[]) {
  if (rows === undefined) {
    problems.push({ sheet: name, row: 0, col: 0, message: wording(`缺少工作表“${name}”`, `no sheet “${name}”`) });
    return [];
  }
  if (rows.length > SCHEME_SHEET_LIMITS.rows || rows.some((r) => r.length > SCHEME_SHEET_LIMITS.cols)) {
    const zh = `工作表“${name}”过大：最多 ${SCHEME_SHEET_LIMITS.rows} 行、${SCHEME_SHEET_LIMITS.cols} 列`;
    const en = `sheet “${name}” is too large: at most ${SCHEME_SHEET_LIMITS.rows} rows and ${SCHEME_SHEET_LIMITS.cols} columns`;
    problems.push({ sheet: name, row: 0, col: 0, message: wording(zh, en) });
    return [];
  }
  return rows;
}

function byPlace(a: SchemeSheetProblem, b: SchemeSheetProblem): number {
  const order: string[] = Object.values(SCHEME_SHEET_NAMES);
  return order.indexOf(a.sheet) - order.indexOf(b.sheet) || a.row - b.row || a.col - b.col;
}

/** The scheme the three sheets hold, or every problem with its sheet and cell. */
export function readSchemeSheets(cells: SchemeSheetCells): SchemeSheetsRead {
  const problems: SchemeSheetProblem[] = [];
  const names = SCHEME_SHEET_NAMES;
  const nodes = new Sheet(names.nodes, bounded(names.nodes, cells[names.nodes], problems), problems);
  const rowsSheet = new Sheet(names.rows, bounded(names.rows, cells[names.rows] ?? [], problems), problems);
  const info = new Sheet(names.info, bounded(names.info, cells[names.info], problems), problems);
  if (problems.length > 0) return { ok: false, problems };

  const places = new Places();
  nodes.header(
    [
      NODE_COLUMNS.id,
      levelColumn(),
      ...Object.values(NODE_COLUMNS).slice(2),
      statusColumn(),
      DRAFT_COLUMNS.note,
      DRAFT_COLUMNS.examples,
      ...SCHEME_COLUMNS.params,
      CRITERION_CHECK_COLUMN,
    ],
    [NODE_COLUMNS.id.zh, NODE_COLUMNS.level.zh, NODE_COLUMNS.name.zh],
  );
  const list = rowsSheet.rows.length > 0 ? readListRows(rowsSheet) : [];
  const scheme = readInfo(info, places);
  const { blocks, parts } = placeRows(nodes, nodes.dataRows());
  const reading: Reading = { nodes, rows: rowsSheet, list, places };
  scheme.blocks = blocks.map((b, i) => readNode(b, String(i + 1), reading));
  let next = blocks.length + 1;
  for (const part of parts) scheme[part.part] = readNode(part, String(next++), reading);
  if (blocks.length === 0) nodes.problem(0, 0, "指标体系中没有一级指标", "the scheme has no blocks");
  places.at(
    "blocks",
    info.col(INFO_COLUMNS.value.zh) !== undefined && "totalPoints" in scheme
      ? places.cells.get("totalPoints")
      : { sheet: nodes.name, row: 0, col: 0 },
  );

  const ids = new Set([...nodes.dataRows()].map((r) => nodes.text(r, NODE_COLUMNS.id.zh)));
  for (const l of list) {
    if (l.used) continue;
    const col = rowsSheet.col(ids.has(l.owner) ? ROW_COLUMNS.kind.zh : ROW_COLUMNS.owner.zh) ?? 0;
    rowsSheet.problem(
      l.row,
      col,
      ids.has(l.owner) ? `编号 ${l.owner} 的规则不用“${l.kind}”行` : `编号 ${l.owner} 不在“${names.nodes}”中`,
      ids.has(l.owner) ? `the rule of ${l.owner} takes no “${l.kind}” rows` : `no id ${l.owner} in “${names.nodes}”`,
    );
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort(byPlace) };

  const loaded = loadScheme(scheme);
  if (loaded.ok) return { ok: true, scheme: scheme as SchemeInput };
  const fallback: Loc = { sheet: info.name, row: 0, col: 0 };
  for (const p of loaded.problems) {
    const at = places.locate(p, fallback);
    const zh = `${p.node ? `${p.node}：` : ""}${p.message}`;
    problems.push({ sheet: at.sheet, row: at.row, col: at.col, message: wording(zh) });
  }
  return { ok: false, problems: problems.sort(byPlace) };
}
