/**
 * A rule read back from the 指标体系 workbook: the family's scalar parameters from the node's row, its lists from the
 * rows of 档次与要素 under the node's 编号, each walked from the family's own declaration (RuleFamily.sheet).
 */
import type { AnyRowKind, AnySheetParam } from "../engine";
import { isBlankCell } from "./schemeCells";
import { rowKindsOf, SCHEME_COLUMNS } from "./schemeColumns";
import { ROW_COLUMNS, rowKindColumn } from "./schemeLayout";
import { Loc, Places, Sheet } from "./schemeTable";

// ---------------------------------------------------------------------------------------------------------------
// 档次与要素

export interface ListRow {
  row: number;
  owner: string;
  kind: string;
  used: boolean;
}

export function readListRows(sheet: Sheet): ListRow[] {
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
export function strayRowCells(sheet: Sheet, row: number, kind: string, fields: readonly string[]): void {
  const own = new Set(fields);
  for (const column of SCHEME_COLUMNS.rowColumns) {
    const col = sheet.col(column.zh);
    if (col === undefined || own.has(column.zh) || isBlankCell(sheet.rows[row]?.[col])) continue;
    sheet.problem(row, col, `“${column.zh}”不适用于“${kind}”行`, `“${column.zh}” does not apply to a “${kind}” row`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// A rule from its row and its rows

export interface RuleContext {
  nodes: Sheet;
  rows: Sheet;
  row: number;
  owner: string;
  list: ListRow[];
  places: Places;
  /** Parameter columns this family reads. */
  used: Set<string>;
}

export function choiceValue(
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

export function readParams(
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
