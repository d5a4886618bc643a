/**
 * The columns of the 指标体系 workbook, generated from each rule family's own declaration (`RuleFamily.sheet`): the
 * 规则 drop-down lists the families' titles, every scalar parameter is a column of 指标体系, every list of objects a
 * row kind of 档次与要素. A column name means one thing: two declarations that share a name must agree on its type.
 */
import { families } from "../engine";
import type { AnyRowKind, AnySheetParam, CellType, RuleFamily } from "../engine";

/** A column of one of the sheets: its header, English name, type and, for a choice, the words of its drop-down. */
export interface SheetColumn {
  zh: string;
  en: string;
  type: CellType | "choice";
  /** The drop-down's words (a choice's), in declaration order. */
  choices?: string[];
}

/** The rule families, as the workbook walks them. */
export const sheetFamilies = families as unknown as readonly RuleFamily<{ kind: string }, unknown>[];

/** A family's parameter declarations, typed for walking. */
export function familyParams(family: RuleFamily<{ kind: string }, unknown>): Record<string, AnySheetParam> {
  return family.sheet as unknown as Record<string, AnySheetParam>;
}

/** The row kinds a rows parameter takes, by the kind's value (`undefined` for a list of one kind). */
export function rowKindsOf(param: AnySheetParam): [string | undefined, AnyRowKind][] {
  if (param.type !== "rows") return [];
  if ("kinds" in param) return Object.entries(param.kinds);
  return [[undefined, param.kind]];
}

function addColumn(into: Map<string, SheetColumn>, column: SheetColumn, where: string): void {
  const known = into.get(column.zh);
  if (!known) {
    into.set(column.zh, column);
    return;
  }
  const same =
    known.type === column.type &&
    known.en === column.en &&
    (known.choices ?? []).join() === (column.choices ?? []).join();
  if (!same) throw new Error(`bug: column ${column.zh} declared twice with different meanings (${where})`);
}

/** Collects the scalar columns of a declaration (into) and its row kinds (rows). */
function walk(
  params: Record<string, AnySheetParam>,
  into: Map<string, SheetColumn>,
  rows: Map<string, AnyRowKind>,
  where: string,
): void {
  for (const param of Object.values(params)) {
    switch (param.type) {
      case "choice":
        addColumn(into, { zh: param.zh, en: param.en, type: "choice", choices: Object.values(param.choices) }, where);
        break;
      case "either":
        for (const field of Object.values(param.fields)) addColumn(into, { ...field }, where);
        break;
      case "variant":
        addColumn(
          into,
          { zh: param.zh, en: param.en, type: "choice", choices: Object.values(param.variants).map((v) => v.label) },
          where,
        );
        for (const variant of Object.values(param.variants)) walk(variant.fields, into, rows, where);
        break;
      case "rows":
        for (const [, kind] of rowKindsOf(param)) addRowKind(rows, kind, where);
        break;
      case "textRows":
        addRowKind(rows, { zh: param.zh, en: param.en, fields: { label: TEXT_ROW_FIELD } }, where);
        break;
      default:
        addColumn(into, { zh: param.zh, en: param.en, type: param.type }, where);
    }
  }
}

/** The one cell of a row of text (a checklist item): its 名称. */
export const TEXT_ROW_FIELD = { zh: "名称", en: "label", type: "text" } as const;

function addRowKind(rows: Map<string, AnyRowKind>, kind: AnyRowKind, where: string): void {
  const known = rows.get(kind.zh);
  if (known && known !== kind && JSON.stringify(known) !== JSON.stringify(kind)) {
    throw new Error(`bug: row kind ${kind.zh} declared twice with different fields (${where})`);
  }
  rows.set(kind.zh, kind);
}

/** Node meta in 档次与要素: a field of text, and an entry of a list-valued field (评估参考要点). */
export const META_KINDS = {
  text: { zh: "信息", en: "document field" },
  item: { zh: "信息条目", en: "document list entry" },
} as const;
export const META_VALUE: SheetColumn = { zh: "内容", en: "value", type: "text" };

export interface SchemeColumns {
  /** The parameter columns of 指标体系, after its fixed columns. */
  params: SheetColumn[];
  /** Every row kind of 档次与要素, by its name. */
  rowKinds: Map<string, AnyRowKind>;
  /** The value columns of 档次与要素, after 编号, 类型 and 名称. */
  rowColumns: SheetColumn[];
}

function build(): SchemeColumns {
  const params = new Map<string, SheetColumn>();
  const rowKinds = new Map<string, AnyRowKind>();
  for (const family of sheetFamilies) walk(familyParams(family), params, rowKinds, family.kind);
  const rowColumns = new Map<string, SheetColumn>();
  for (const kind of rowKinds.values()) {
    for (const field of Object.values(kind.fields)) {
      const column: SheetColumn =
        field.type === "choice"
          ? { zh: field.zh, en: field.en, type: "choice", choices: Object.values(field.choices) }
          : { zh: field.zh, en: field.en, type: field.type };
      addColumn(rowColumns, column, kind.zh);
    }
  }
  addColumn(rowColumns, META_VALUE, "meta");
  rowColumns.delete(TEXT_ROW_FIELD.zh);
  return { params: [...params.values()], rowKinds, rowColumns: [...rowColumns.values()] };
}

/** Built once from the registry. */
export const SCHEME_COLUMNS: SchemeColumns = build();
