/**
 * What else in a workbook depends on a sheet the patcher is about to rewrite or remove: tables, pivot tables,
 * slicers and timelines on it, pivot caches that read it, and (for a sheet that goes) formulas and charts that
 * read it. Rewriting the sheet would leave them pointing at nothing, and Excel would "repair" the file; the run is
 * refused instead, naming each one and saying what to do.
 */
import { XlsxError } from "../errors";
import {
  contentTypeOf,
  DefinedName,
  inPart,
  isRelType,
  partText,
  relationshipsOf,
  relIdOf,
  relsPartOf,
  SheetEntry,
  XlsxFile,
} from "../read";
import { parseXml, XmlElement } from "../xml";
import { formulasReferring, refersTo } from "./references";

/** A tab the patch rewrites (replaced) or takes out (removed). */
export interface AffectedSheet {
  entry: SheetEntry;
  removed: boolean;
}

interface Table {
  id: string;
  name: string;
  sheet: string;
}

const CHART_TYPES = [
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  "application/vnd.ms-office.chartex+xml",
];

function parsed(file: XlsxFile, part: string): XmlElement | undefined {
  const xml = partText(file, part);
  return xml === undefined ? undefined : inPart(file.path, part, () => parseXml(xml));
}

function descendants(element: XmlElement, name: string, into: XmlElement[] = []): XmlElement[] {
  for (const c of element.children) {
    if (c.name === name) into.push(c);
    descendants(c, name, into);
  }
  return into;
}

/** The relationships of a part, its targets resolved. */
function relsOf(file: XlsxFile, source: string) {
  const rels = parsed(file, relsPartOf(source));
  return rels ? relationshipsOf(source, rels) : [];
}

/**
 * Throws an XlsxError listing what depends on the affected sheets, or returns when nothing does. `names` are the
 * workbook's defined names, for a pivot cache whose source is a name.
 */
export function checkDependents(
  file: XlsxFile,
  affected: readonly AffectedSheet[],
  names: readonly DefinedName[],
): void {
  if (affected.length === 0) return;
  const problems: string[] = [];
  const tables: Table[] = [];
  const affectedNames = new Set(affected.map((a) => a.entry.name.toLowerCase()));
  const bySheetId = new Map(affected.map((a) => [String(a.entry.sheetId), a.entry.name]));

  // On the sheet itself.
  for (const { entry } of affected) {
    if (entry.worksheet === undefined) continue;
    for (const rel of relsOf(file, entry.worksheet)) {
      if (rel.part === undefined) continue;
      if (isRelType(rel, "table")) {
        const root = parsed(file, rel.part);
        const name = root?.attributes.displayName ?? root?.attributes.name ?? rel.part;
        tables.push({ id: root?.attributes.id ?? "", name, sheet: entry.name });
        problems.push(`工作表“${entry.name}”上有表格“${name}”（套用表格格式）`);
      } else if (isRelType(rel, "pivotTable")) {
        const name = parsed(file, rel.part)?.attributes.name ?? rel.part;
        problems.push(`工作表“${entry.name}”上有数据透视表“${name}”`);
      } else if (isRelType(rel, "slicer")) {
        problems.push(`工作表“${entry.name}”上有切片器`);
      } else if (isRelType(rel, "timeline")) {
        problems.push(`工作表“${entry.name}”上有日程表`);
      }
    }
  }

  // Elsewhere in the workbook: slicers, timelines and pivot caches reading it.
  const tableNamed = (name: string) => tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  for (const rel of file.relationships) {
    if (rel.part === undefined) continue;
    const slicer = isRelType(rel, "slicerCache");
    if (slicer || isRelType(rel, "timelineCache")) {
      const root = parsed(file, rel.part);
      if (!root) continue;
      const what = slicer ? "切片器" : "日程表";
      const name = root.attributes.name ?? rel.part;
      for (const t of descendants(root, "tableSlicerCache")) {
        const table = tables.find((candidate) => candidate.id !== "" && candidate.id === t.attributes.tableId);
        if (table) problems.push(`${what}“${name}”筛选工作表“${table.sheet}”上的表格“${table.name}”`);
      }
      for (const p of descendants(root, "pivotTable")) {
        const sheet = bySheetId.get(p.attributes.tabId ?? "");
        if (sheet !== undefined) {
          problems.push(`${what}“${name}”筛选工作表“${sheet}”上的数据透视表“${p.attributes.name ?? ""}”`);
        }
      }
    } else if (isRelType(rel, "pivotCacheDefinition")) {
      const root = parsed(file, rel.part);
      for (const source of root ? descendants(root, "worksheetSource") : []) {
        // A source with a relationship is a sheet of another workbook.
        if (relIdOf(source) !== undefined) continue;
        const { sheet, ref, name } = source.attributes;
        if (sheet !== undefined && affectedNames.has(sheet.toLowerCase())) {
          problems.push(`有数据透视表以工作表“${sheet}”${ref ? `的 ${ref}` : ""}为数据源`);
        } else if (name !== undefined) {
          const table = tableNamed(name);
          const named = names.find((n) => n.name.toLowerCase() === name.toLowerCase());
          if (table) problems.push(`有数据透视表以工作表“${table.sheet}”上的表格“${table.name}”为数据源`);
          else if (named && refersTo(named.text, affectedNames)) {
            problems.push(`有数据透视表以名称“${name}”为数据源，它指向${quoteAll(affected, named.text)}`);
          }
        }
      }
    }
  }

  // A sheet that goes: formulas and charts that read it would be left reading nothing.
  const removed = affected.filter((a) => a.removed).map((a) => a.entry.name);
  if (removed.length > 0) {
    const removedSet = new Set(removed.map((n) => n.toLowerCase()));
    const skip = new Set(affected.map((a) => a.entry.worksheet?.toLowerCase()));
    for (const sheet of file.sheets) {
      if (sheet.worksheet === undefined || skip.has(sheet.worksheet.toLowerCase())) continue;
      const part = sheet.worksheet;
      const xml = partText(file, part) ?? "";
      const found = inPart(file.path, part, () => formulasReferring(xml, removed, removedSet));
      if (found.length > 0) problems.push(`工作表“${sheet.name}”的公式引用了它（${found[0]}）`);
    }
    for (const entry of file.entries) {
      const part = entry.name.replace(/^\//, "");
      if (!CHART_TYPES.includes(contentTypeOf(file.contentTypes.root, part) ?? "")) continue;
      const xml = partText(file, part) ?? "";
      const found = inPart(file.path, part, () => formulasReferring(xml, removed, removedSet));
      if (found.length > 0) problems.push(`图表 ${part} 引用了它（${found[0]}）`);
    }
  }

  if (problems.length === 0) return;
  const replaced = affected.filter((a) => !a.removed).map((a) => `“${a.entry.name}”`);
  const doing = [
    replaced.length > 0 ? `重写工作表${replaced.join("、")}` : "",
    removed.length > 0 ? `删除旧的工作表${removed.map((n) => `“${n}”`).join("、")}` : "",
  ]
    .filter((s) => s !== "")
    .join("、");
  throw new XlsxError(
    `无法写入 ${file.path}：jixiao 要${doing}，而工作簿中有内容依赖它，写入后这些内容会失效、Excel 会提示修复文件：\n` +
      problems.map((p) => `- ${p}`).join("\n") +
      `\n未写入。请先在 Excel 中删除或改动这些内容（表格可用“表设计 → 转换为区域”变回普通区域），` +
      `或把这张工作表改名（jixiao 会另建一张），然后再运行`,
  );
}

function quoteAll(affected: readonly AffectedSheet[], formula: string): string {
  const names = affected.filter((a) => refersTo(formula, new Set([a.entry.name.toLowerCase()])));
  return names.map((a) => `工作表“${a.entry.name}”`).join("、");
}
