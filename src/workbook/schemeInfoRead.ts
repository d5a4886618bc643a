/** The scheme's own fields read back from 方案信息: one row each, lists (一票否决, 等级划分, 备注…) a row per entry. */
import { isBlankCell, readNumber } from "./schemeCells";
import { SheetColumn } from "./schemeColumns";
import { AGGREGATIONS, INFO_COLUMNS, INFO_FIELDS } from "./schemeLayout";
import { Loc, Places, Sheet } from "./schemeTable";

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
export function readInfo(sheet: Sheet, places: Places): Record<string, unknown> {
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
