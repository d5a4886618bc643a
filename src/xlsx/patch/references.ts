/**
 * Which sheets a formula reads: enough of Excel's formula grammar to find sheet references ('得分表'!A1, Sheet1!A1,
 * the ends of Sheet1:Sheet3!A1) outside string literals, for the names and formulas that a replaced or removed
 * sheet leaves stale. A reference into another workbook ([1]Sheet1!A1) is not one of this workbook's sheets.
 */
import { decodeEntities } from "../xml";

/** Characters that end an unquoted sheet name or reference. */
const SEPARATOR = /[\s,()+\-*/^&=<>;!"'{}%#@]/;

/** The sheets a formula refers to, lower-cased (Excel's sheet names ignore case). */
export function sheetsReferenced(formula: string): Set<string> {
  const found = new Set<string>();
  const add = (reference: string) => {
    // "[1]Sheet1" is a sheet of another workbook; "Sheet1:Sheet3" a 3-D reference from one sheet to another.
    if (reference.startsWith("[")) return;
    for (const sheet of reference.split(":")) if (sheet !== "") found.add(sheet.toLowerCase());
  };
  let i = 0;
  while (i < formula.length) {
    const c = formula[i] as string;
    if (c === '"') {
      // A string literal: "" inside is a quote.
      i++;
      while (i < formula.length) {
        if (formula[i] === '"' && formula[i + 1] === '"') i += 2;
        else if (formula[i] === '"') break;
        else i++;
      }
      i++;
    } else if (c === "'") {
      let name = "";
      i++;
      while (i < formula.length) {
        if (formula[i] === "'" && formula[i + 1] === "'") {
          name += "'";
          i += 2;
        } else if (formula[i] === "'") break;
        else name += formula[i++];
      }
      i++;
      if (formula[i] === "!") add(name);
    } else if (SEPARATOR.test(c)) {
      i++;
    } else {
      let end = i;
      // Brackets hold a workbook index or a structured reference, whose separators are not the formula's.
      let depth = 0;
      while (end < formula.length) {
        const d = formula[end] as string;
        if (d === "[") depth++;
        else if (d === "]") depth = Math.max(0, depth - 1);
        else if (depth === 0 && SEPARATOR.test(d)) break;
        end++;
      }
      if (formula[end] === "!") add(formula.slice(i, end));
      i = end;
    }
  }
  return found;
}

/** Whether a formula refers to any of the sheets (lower-cased names). */
export function refersTo(formula: string, sheets: ReadonlySet<string>): boolean {
  for (const sheet of sheetsReferenced(formula)) if (sheets.has(sheet)) return true;
  return false;
}

/**
 * The formulas of a part's XML that refer to one of the sheets: cell formulas (<f>), chart series (<c:f>), data
 * validation and conditional formatting (<formula>, <formula1>, <formula2>, <xm:f>). `names` are the sheet names as
 * written, for a quick look before parsing.
 */
export function formulasReferring(xml: string, names: readonly string[], sheets: ReadonlySet<string>): string[] {
  const lower = xml.toLowerCase();
  if (!names.some((n) => lower.includes(n.toLowerCase()))) return [];
  const found: string[] = [];
  const element = /<((?:[\w.-]+:)?(?:f|formula|formula1|formula2))(?:\s[^>]*)?>([^<]*)<\/\1>/g;
  for (let m = element.exec(xml); m !== null; m = element.exec(xml)) {
    const formula = decodeEntities(m[2] as string);
    if (refersTo(formula, sheets)) found.push(formula);
  }
  return found;
}
