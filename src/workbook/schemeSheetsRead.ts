/**
 * Reading a scheme back from the three sheets of the 指标体系 workbook: the tree from 编号 and 层级, each rule from
 * its 规则 and parameter columns and its rows of 档次与要素, the scheme's fields from 方案信息. The result goes through
 * `loadScheme` like any scheme file, and each of its problems is mapped back to the cell it is about. Every problem
 * of a read comes back at once; nothing is thrown for bad input.
 */
import { familyOf, loadScheme, SchemeProblem } from "../engine";
import type { AnyRowKind, AnySheetParam, NodeInput, RuleFamily, SchemeInput } from "../engine";
import type { Wording } from "./inputErrors";
import type { SheetCell } from "./inputTable";
import { isBlankCell, readColumn, readNumber, readText } from "./schemeCells";
import {
  familyParams,
  META_KINDS,
  META_VALUE,
  rowKindsOf,
  SCHEME_COLUMNS,
  SheetColumn,
  sheetFamilies,
} from "./schemeColumns";
import {
  AGGREGATIONS,
  INFO_COLUMNS,
  INFO_FIELDS,
  levelColumn,
  NODE_COLUMNS,
  PART_LEVELS,
  ROW_COLUMNS,
  rowKindColumn,
  ruleColumn,
  SCHEME_SHEET_NAMES,
} from "./schemeLayout";

/** Sheet name → rows of cells from A1, as a host reads them. */
export type SchemeSheetCells = Record<string, readonly (readonly SheetCell[])[]>;

/** A problem at a cell (0-based row and column) of one of the sheets. */
export interface SchemeSheetProblem {
  sheet: string;
  row: number;
  col: number;
  message: Wording;
}

export type SchemeSheetsRead = { ok: true; scheme: SchemeInput } | { ok: false; problems: SchemeSheetProblem[] };

/** Bounds on what a read looks at: a scheme has tens of nodes, not thousands. */
export const SCHEME_SHEET_LIMITS = { rows: 5000, cols: 200 } as const;

interface Loc {
  sheet: string;
  row: number;
  col: number;
}

/** A problem's words; `en` defaults to the Chinese (the engine's scheme problems are worded in Chinese only). */
function wording(zh: string, en = zh): Wording {
  return { code: "scheme-sheet", zh, en };
}

/** A sheet read by its header row: which column holds which name. */
class Sheet {
  readonly columns = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly rows: readonly (readonly SheetCell[])[],
    readonly problems: SchemeSheetProblem[],
  ) {}

  problem(row: number, col: number, zh: string, en: string): void {
    this.problems.push({ sheet: this.name, row, col, message: wording(zh, en) });
  }

  /** Reads the header row; a column it does not know is a problem (a parameter misspelt would be lost). */
  header(known: readonly SheetColumn[] | readonly { zh: string }[], required: readonly string[]): void {
    const names = new Set(known.map((k) => k.zh));
    (this.rows[0] ?? []).forEach((cell, col) => {
      const t = readText(cell);
      if (!t.ok || t.value === undefined) return;
      const name = t.value.trim();
      if (!names.has(name)) this.problem(0, col, `未知的列“${name}”`, `unknown column “${name}”`);
      else if (this.columns.has(name)) this.problem(0, col, `列“${name}”重复`, `column “${name}” appears twice`);
      else this.columns.set(name, col);
    });
    for (const name of required) {
      if (!this.columns.has(name))
        this.problem(0, 0, `工作表“${this.name}”缺少“${name}”列`, `sheet “${this.name}” has no column “${name}”`);
    }
  }

  col(name: string): number | undefined {
    return this.columns.get(name);
  }

  cell(row: number, name: string): SheetCell | undefined {
    const col = this.columns.get(name);
    return col === undefined ? undefined : this.rows[row]?.[col];
  }

  /** Row numbers under the header that hold anything. */
  dataRows(): number[] {
    const out: number[] = [];
    for (let r = 1; r < this.rows.length; r++) {
      if ((this.rows[r] ?? []).some((c) => !isBlankCell(c))) out.push(r);
    }
    return out;
  }

  /** A cell read as the column's type, a problem at the cell when it cannot be. */
  read(row: number, column: SheetColumn): unknown {
    const col = this.columns.get(column.zh);
    if (col === undefined) return undefined;
    const cell = this.rows[row]?.[col];
    if (column.type === "choice") {
      const t = readText(cell);
      if (!t.ok) return this.problem(row, col, t.message.zh, t.message.en);
      return t.value?.trim();
    }
    const read = readColumn(cell, column);
    if (!read.ok) return this.problem(row, col, `${column.zh}：${read.message.zh}`, `${column.en}: ${read.message.en}`);
    return read.value;
  }

  /** Text of a column, trimmed. */
  text(row: number, name: string): string | undefined {
    const t = readText(this.cell(row, name));
    return t.ok ? t.value?.trim() : undefined;
  }

  /** A block label left blank under its first row (or merged) carries down to the rows under it. */
  carried(rows: readonly number[], name: string): Map<number, string | undefined> {
    const out = new Map<number, string | undefined>();
    let last: string | undefined;
    for (const r of rows) {
      const own = this.text(r, name);
      if (own !== undefined) last = own;
      out.set(r, last);
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Where each field of the scheme came from, so the engine's problems name cells

/** A node's row: its message goes to the cell its wording is about. */
interface NodeLoc {
  sheet: string;
  row: number;
  cols: { id: number; name: number; points: number; rule: number };
}

class Places {
  readonly cells = new Map<string, Loc>();
  readonly nodes = new Map<string, NodeLoc>();

  at(path: string, loc: Loc | undefined): void {
    if (loc) this.cells.set(path, loc);
  }

  /** The cell of a problem at `path`: the path's own, or that of the nearest field holding it. */
  locate(problem: SchemeProblem, fallback: Loc): Loc {
    let path = problem.path;
    for (;;) {
      const cell = this.cells.get(path);
      if (cell) return cell;
      const node = this.nodes.get(path);
      if (node) {
        const m = problem.message;
        const col = /分值|points/.test(m)
          ? node.cols.points
          : /编号|code/.test(m)
            ? node.cols.id
            : /规则|rule/.test(m)
              ? node.cols.rule
              : node.cols.name;
        return { sheet: node.sheet, row: node.row, col };
      }
      const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
      if (cut <= 0) return fallback;
      path = path.slice(0, cut);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 档次与要素

interface ListRow {
  row: number;
  owner: string;
  kind: string;
  used: boolean;
}

function readListRows(sheet: Sheet): ListRow[] {
  sheet.header(
    [ROW_COLUMNS.owner, ROW_COLUMNS.kind, ROW_COLUMNS.name, ...SCHEME_COLUMNS.rowColumns],
    [ROW_COLUMNS.owner.zh, ROW_COLUMNS.kind.zh],
  );
  const rows = sheet.dataRows();
  const owners = sheet.carried(rows, ROW_COLUMNS.owner.zh);
  const kinds = sheet.carried(rows, ROW_COLUMNS.kind.zh);
  const known = new Set(rowKindColumn().choices);
  const out: ListRow[] = [];
  for (const row of rows) {
    const owner = owners.get(row);
    const kind = kinds.get(row);
    if (owner === undefined)
      sheet.problem(row, sheet.col(ROW_COLUMNS.owner.zh) ?? 0, "缺少所属指标的编号", "no id of the row's indicator");
    else if (kind === undefined) sheet.problem(row, sheet.col(ROW_COLUMNS.kind.zh) ?? 0, "缺少类型", "no kind");
    else if (!known.has(kind)) {
      sheet.problem(
        row,
        sheet.col(ROW_COLUMNS.kind.zh) ?? 0,
        `未知的类型“${kind}”，可选：${[...known].join("、")}`,
        `unknown kind “${kind}”; one of ${[...known].join(", ")}`,
      );
    } else out.push({ row, owner, kind, used: false });
  }
  return out;
}

/** Cells of a 档次与要素 row outside its kind's columns: a value typed in the wrong column. */
function strayRowCells(sheet: Sheet, row: number, kind: string, fields: readonly string[]): void {
  const own = new Set(fields);
  for (const column of SCHEME_COLUMNS.rowColumns) {
    const col = sheet.col(column.zh);
    if (col === undefined || own.has(column.zh) || isBlankCell(sheet.rows[row]?.[col])) continue;
    sheet.problem(row, col, `“${column.zh}”不适用于“${kind}”行`, `“${column.zh}” does not apply to a “${kind}” row`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// A rule from its row and its rows

interface RuleContext {
  nodes: Sheet;
  rows: Sheet;
  row: number;
  owner: string;
  list: ListRow[];
  places: Places;
  /** Parameter columns this family reads. */
  used: Set<string>;
}

function choiceValue(
  column: { zh: string },
  choices: Record<string, string>,
  word: string,
  sheet: Sheet,
  row: number,
): string | undefined {
  const entry = Object.entries(choices).find(([key, label]) => label === word || key === word);
  if (entry) return entry[0];
  sheet.problem(
    row,
    sheet.col(column.zh) ?? 0,
    `${column.zh}“${word}”不是可选项：${Object.values(choices).join("、")}`,
    `${column.zh} “${word}” is not one of ${Object.values(choices).join(", ")}`,
  );
  return undefined;
}

function readParams(
  params: Record<string, AnySheetParam>,
  into: Record<string, unknown>,
  path: string,
  ctx: RuleContext,
): void {
  const { nodes, row, places } = ctx;
  const here = (name: string): Loc | undefined => {
    const col = nodes.col(name);
    return col === undefined ? undefined : { sheet: nodes.name, row, col };
  };
  for (const [key, param] of Object.entries(params)) {
    const at = `${path}.${key}`;
    switch (param.type) {
      case "choice": {
        ctx.used.add(param.zh);
        places.at(at, here(param.zh));
        const word = nodes.read(row, { zh: param.zh, en: param.en, type: "choice" }) as string | undefined;
        if (word !== undefined) {
          const value = choiceValue(param, param.choices, word, nodes, row);
          if (value !== undefined) into[key] = value;
        }
        break;
      }
      case "either": {
        const filled: Record<string, unknown> = {};
        for (const [field, column] of Object.entries(param.fields)) {
          ctx.used.add(column.zh);
          places.at(`${at}.${field}`, here(column.zh));
          const value = nodes.read(row, column);
          if (value !== undefined) filled[field] = value;
        }
        const first = Object.values(param.fields)[0];
        if (first) places.at(at, here(first.zh));
        const keys = Object.keys(filled);
        if (keys.length > 1) {
          const names = Object.values(param.fields).map((f) => `“${f.zh}”`);
          nodes.problem(
            row,
            nodes.col(Object.values(param.fields)[1]?.zh ?? "") ?? 0,
            `${names.join("和")}只能填一个`,
            `fill only one of ${names.join(" and ")}`,
          );
        } else if (keys.length === 1) into[key] = filled;
        break;
      }
      case "variant": {
        ctx.used.add(param.zh);
        places.at(at, here(param.zh));
        const word = nodes.read(row, { zh: param.zh, en: param.en, type: "choice" }) as string | undefined;
        const labels = Object.fromEntries(Object.entries(param.variants).map(([k, v]) => [k, v.label]));
        for (const variant of Object.values(param.variants)) {
          for (const p of Object.values(variant.fields)) if ("zh" in p && p.type !== "textRows") ctx.used.add(p.zh);
        }
        if (word === undefined) break;
        const kind = choiceValue(param, labels, word, nodes, row);
        const variant = kind === undefined ? undefined : param.variants[kind];
        if (kind === undefined || !variant) break;
        const object: Record<string, unknown> = { kind };
        readParams(variant.fields, object, at, ctx);
        into[key] = object;
        break;
      }
      case "textRows":
      case "rows": {
        const kinds: [string | undefined, AnyRowKind][] =
          param.type === "textRows" ? [[undefined, { zh: param.zh, en: param.en, fields: {} }]] : rowKindsOf(param);
        const byName = new Map(kinds.map(([k, kind]) => [kind.zh, { key: k, kind }]));
        const mine = ctx.list.filter((l) => l.owner === ctx.owner && !l.used && byName.has(l.kind));
        if (mine.length === 0) break;
        const values: unknown[] = [];
        mine.forEach((l, i) => {
          l.used = true;
          const { key: kindKey, kind } = byName.get(l.kind) as { key: string | undefined; kind: AnyRowKind };
          const rowsSheet = ctx.rows;
          const loc = (name: string): Loc | undefined => {
            const col = rowsSheet.col(name);
            return col === undefined ? undefined : { sheet: rowsSheet.name, row: l.row, col };
          };
          places.at(`${at}[${i}]`, loc(ROW_COLUMNS.kind.zh));
          if (param.type === "textRows") {
            places.at(`${at}[${i}]`, loc(ROW_COLUMNS.name.zh));
            values.push(rowsSheet.read(l.row, ROW_COLUMNS.name));
            strayRowCells(rowsSheet, l.row, l.kind, []);
            return;
          }
          const element: Record<string, unknown> = kindKey === undefined ? {} : { kind: kindKey };
          for (const [field, column] of Object.entries(kind.fields)) {
            places.at(`${at}[${i}].${field}`, loc(column.zh));
            let value: unknown;
            if (column.type === "choice") {
              const word = rowsSheet.read(l.row, { zh: column.zh, en: column.en, type: "choice" }) as
                string | undefined;
              value = word === undefined ? undefined : choiceValue(column, column.choices, word, rowsSheet, l.row);
            } else value = rowsSheet.read(l.row, column);
            if (value !== undefined) element[field] = value;
          }
          strayRowCells(
            rowsSheet,
            l.row,
            kind.zh,
            Object.values(kind.fields).map((f) => f.zh),
          );
          values.push(element);
        });
        into[key] = values;
        break;
      }
      default: {
        ctx.used.add(param.zh);
        places.at(at, here(param.zh));
        const value = nodes.read(row, param);
        if (value !== undefined) into[key] = value;
      }
    }
  }
}

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
  for (const row of rows) {
    const id = sheet.text(row, NODE_COLUMNS.id.zh);
    const word = sheet.text(row, NODE_COLUMNS.level.zh);
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

/** A node's fields and rule from its row; a code where 编号 is not the node's position. */
function readNode(placed: Placed, position: string, reading: Reading): Record<string, unknown> {
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
  for (const key of ["weight", "criterion", "explanation", "evidence", "note"] as const) {
    const value = sheet.read(row, NODE_COLUMNS[key]);
    at(key, NODE_COLUMNS[key].zh);
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
      const rule: Record<string, unknown> = { kind: family.kind };
      readParams(familyParams(family), rule, `${path}.rule`, {
        nodes: sheet,
        rows: reading.rows,
        row,
        owner: placed.id,
        list: reading.list,
        places,
        used,
      });
      node.rule = rule;
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
  if (placed.children.length > 0) {
    const id = placed.id;
    const base = isPart ? position : ((node.code as string | undefined) ?? position);
    node.children = placed.children.map((child, i) => readNode(child, `${isPart ? id : base}.${i + 1}`, reading));
  }
  return node;
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
// 方案信息

const FIELD_BY_WORD = new Map(
  Object.entries(INFO_FIELDS).map(([k, w]) => [w as string, k as keyof typeof INFO_FIELDS]),
);
const VALUE: SheetColumn = { ...INFO_COLUMNS.value, type: "text" };
const NUMBER: SheetColumn = { ...INFO_COLUMNS.value, type: "number" };
const NAME: SheetColumn = { ...INFO_COLUMNS.name, type: "text" };
const NOTE: SheetColumn = { ...INFO_COLUMNS.note, type: "text" };

/** The scheme's own fields; one row each, lists (一票否决, 等级划分, 备注…) a row per entry. */
function readInfo(sheet: Sheet, places: Places): Record<string, unknown> {
  const columns = Object.values(INFO_COLUMNS);
  sheet.header(columns, [INFO_COLUMNS.field.zh, INFO_COLUMNS.value.zh]);
  const rows = sheet.dataRows();
  const fields = sheet.carried(rows, INFO_COLUMNS.field.zh);
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  const vetoes: Record<string, unknown>[] = [];
  const grades: Record<string, unknown>[] = [];
  const sections: { name: string; text: string; items?: string[] }[] = [];
  const notes: string[] = [];
  let aggregation: Record<string, unknown> | undefined;
  const fieldCol = sheet.col(INFO_COLUMNS.field.zh) ?? 0;
  const loc = (row: number, name: string): Loc => ({ sheet: sheet.name, row, col: sheet.col(name) ?? 0 });
  for (const row of rows) {
    // A row with nothing in 名称 and 内容 is a field left unfilled (the blank workbook's rows carry help in 说明).
    if (isBlankCell(sheet.cell(row, INFO_COLUMNS.value.zh)) && isBlankCell(sheet.cell(row, INFO_COLUMNS.name.zh))) {
      continue;
    }
    const word = fields.get(row);
    const field = word === undefined ? undefined : FIELD_BY_WORD.get(word);
    if (field === undefined) {
      sheet.problem(
        row,
        fieldCol,
        word === undefined ? "缺少项目" : `未知的项目“${word}”，可选：${Object.values(INFO_FIELDS).join("、")}`,
        word === undefined ? "no field" : `unknown field “${word}”`,
      );
      continue;
    }
    const single = !["veto", "grade", "section", "sectionItem", "note"].includes(field);
    if (single && seen.has(field)) {
      sheet.problem(row, fieldCol, `“${INFO_FIELDS[field]}”只能有一行`, `only one row may be “${INFO_FIELDS[field]}”`);
      continue;
    }
    seen.add(field);
    const value = ["precision", "totalPoints", "scale"].includes(field)
      ? sheet.read(row, NUMBER)
      : sheet.read(row, VALUE);
    const name = sheet.read(row, NAME) as string | undefined;
    const note = sheet.read(row, NOTE) as string | undefined;
    const at = loc(row, INFO_COLUMNS.value.zh);
    switch (field) {
      case "veto": {
        places.at(`vetoes[${vetoes.length}]`, at);
        places.at(`vetoes[${vetoes.length}].text`, at);
        places.at(`vetoes[${vetoes.length}].note`, loc(row, INFO_COLUMNS.note.zh));
        vetoes.push({ text: value ?? "", ...(note !== undefined ? { note } : {}) });
        break;
      }
      case "grade": {
        const min = readNumber(sheet.cell(row, INFO_COLUMNS.value.zh));
        places.at(`grades[${grades.length}]`, loc(row, INFO_COLUMNS.name.zh));
        places.at(`grades[${grades.length}].label`, loc(row, INFO_COLUMNS.name.zh));
        places.at(`grades[${grades.length}].min`, at);
        grades.push({ label: name ?? "", ...(min.ok && min.value !== undefined ? { min: min.value } : {}) });
        break;
      }
      case "section":
        places.at(`sections[${sections.length}]`, loc(row, INFO_COLUMNS.name.zh));
        sections.push({ name: name ?? "", text: (value as string | undefined) ?? "" });
        break;
      case "sectionItem": {
        const section = sections.find((s) => s.name === name);
        if (!section)
          sheet.problem(
            row,
            sheet.col(INFO_COLUMNS.name.zh) ?? 0,
            `“${name ?? ""}”不是上面列出的无分值部分`,
            `“${name ?? ""}” is not a section listed above`,
          );
        else section.items = [...(section.items ?? []), (value as string | undefined) ?? ""];
        break;
      }
      case "note":
        places.at(`notes[${notes.length}]`, at);
        notes.push((value as string | undefined) ?? "");
        break;
      case "aggregation": {
        places.at("aggregation", at);
        places.at("aggregation.kind", at);
        const kind = Object.entries(AGGREGATIONS).find(([k, w]) => w === value || k === value)?.[0];
        if (value !== undefined && kind === undefined) {
          sheet.problem(
            row,
            at.col,
            `汇总方式“${String(value)}”不是可选项：${Object.values(AGGREGATIONS).join("、")}`,
            `aggregation “${String(value)}” is not one of ${Object.values(AGGREGATIONS).join(", ")}`,
          );
        } else if (kind !== undefined) aggregation = { kind, ...(aggregation ?? {}) };
        break;
      }
      case "scale":
      case "aggregationNote": {
        const key = field === "scale" ? "scale" : "note";
        places.at(`aggregation.${key}`, at);
        if (value !== undefined) aggregation = { ...(aggregation ?? {}), [key]: value };
        break;
      }
      default:
        places.at(field, at);
        if (value !== undefined) out[field] = value;
    }
  }
  if (aggregation !== undefined) {
    if (aggregation.kind === undefined) {
      sheet.problem(
        0,
        fieldCol,
        `写了汇总分制或汇总说明，但缺少“${INFO_FIELDS.aggregation}”`,
        "a scale or note of aggregation without the aggregation",
      );
    } else out.aggregation = aggregation;
  }
  if (vetoes.length > 0) out.vetoes = vetoes;
  if (grades.length > 0) out.grades = grades;
  if (sections.length > 0) out.sections = sections;
  if (notes.length > 0) out.notes = notes;
  return out;
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
    [NODE_COLUMNS.id, levelColumn(), ...Object.values(NODE_COLUMNS).slice(2), ...SCHEME_COLUMNS.params],
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
