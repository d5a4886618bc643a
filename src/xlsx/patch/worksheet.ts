/** A result sheet's worksheet part, written whole from its grid. */
import { areaAddress, cellAddress, columnLetter, Grid, GridCell } from "../../workbook";
import { fileFormula, fileText } from "../text";
import { escapeText } from "../xml";
import { DECLARATION, MAIN_NS, REL_NS } from "./names";
import { CellStyle, styleOf } from "./styles";

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`bug: ${value} in a grid`);
  return String(value);
}

function inlineString(text: string): string {
  const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<is><t${space}>${escapeText(fileText(text))}</t></is>`;
}

function cellXml(ref: string, cell: GridCell, s: number): string {
  const style = s !== 0 ? ` s="${s}"` : "";
  if (cell.formula !== undefined) {
    const f = `<f>${escapeText(fileFormula(cell.formula))}</f>`;
    if (cell.value === null) return `<c r="${ref}"${style}>${f}</c>`;
    if (typeof cell.value === "string") {
      return `<c r="${ref}"${style} t="str">${f}<v>${escapeText(fileText(cell.value))}</v></c>`;
    }
    return `<c r="${ref}"${style}>${f}<v>${numberText(cell.value)}</v></c>`;
  }
  if (typeof cell.value === "number") return `<c r="${ref}"${style}><v>${numberText(cell.value)}</v></c>`;
  if (typeof cell.value === "string" && cell.value !== "") {
    return `<c r="${ref}"${style} t="inlineStr">${inlineString(cell.value)}</c>`;
  }
  return s !== 0 ? `<c r="${ref}"${style}/>` : "";
}

/**
 * A worksheet holding a grid, in the element order of CT_Worksheet (dimension, sheetViews, cols, sheetData,
 * mergeCells, pageMargins): values and formulas with their cached results, text as inline strings, the cell
 * formats, merged areas, column widths and frozen header rows.
 */
export function worksheetXml(
  grid: Grid,
  styles: { xf(style: CellStyle | undefined): number },
  tabSelected = false,
): string {
  const rows = grid.cells.length;
  const cols = grid.cells[0]?.length ?? 1;
  const bordered = grid.cells.map((row) => row.map(() => false));
  for (const area of grid.bordered) {
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.col; c < area.col + area.cols; c++) {
        const line = bordered[r];
        if (line && c < line.length) line[c] = true;
      }
    }
  }
  // A merged-over cell takes the format of the merge's top-left cell, so a bordered merge is drawn whole.
  const masterOf = new Map<string, { row: number; col: number }>();
  for (const m of grid.merges) {
    for (let r = m.row; r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) masterOf.set(`${r},${c}`, m);
    }
  }
  const out: string[] = [DECLARATION, `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`];
  out.push(`<dimension ref="${areaAddress({ row: 0, col: 0, rows: Math.max(rows, 1), cols })}"/>`);
  const selected = tabSelected ? ' tabSelected="1"' : "";
  if (grid.frozenRows > 0) {
    const topLeft = cellAddress(grid.frozenRows, 0);
    out.push(
      `<sheetViews><sheetView${selected} workbookViewId="0">`,
      `<pane ySplit="${grid.frozenRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>`,
      `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`,
    );
  } else {
    out.push(`<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`);
  }
  if (grid.widths.length > 0) {
    out.push("<cols>");
    grid.widths.forEach((width, c) =>
      out.push(`<col min="${c + 1}" max="${c + 1}" width="${numberText(width)}" customWidth="1"/>`),
    );
    out.push("</cols>");
  }
  out.push("<sheetData>");
  const letters = Array.from({ length: cols }, (_, c) => columnLetter(c));
  // Cells of one look share an index: the key is cheap, the lookup in styles.xml is done once per look.
  const indexes = new Map<string, number>();
  grid.cells.forEach((row, r) => {
    let body = "";
    row.forEach((cell, c) => {
      const master = masterOf.get(`${r},${c}`);
      const own = master ? (grid.cells[master.row]?.[master.col] ?? cell) : cell;
      const border = master ? (bordered[master.row]?.[master.col] ?? false) : (bordered[r]?.[c] ?? false);
      const key = `${own.format ?? ""}\u0001${own.bold === true}\u0001${own.align ?? ""}\u0001${own.wrap === true}\u0001${border}`;
      let s = indexes.get(key);
      if (s === undefined) {
        s = styles.xf(styleOf(own, border));
        indexes.set(key, s);
      }
      body += cellXml(`${letters[c] ?? columnLetter(c)}${r + 1}`, master ? { value: null } : cell, s);
    });
    out.push(body === "" ? `<row r="${r + 1}"/>` : `<row r="${r + 1}">${body}</row>`);
  });
  out.push("</sheetData>");
  if (grid.merges.length > 0) {
    out.push(`<mergeCells count="${grid.merges.length}">`);
    for (const m of grid.merges) out.push(`<mergeCell ref="${areaAddress(m)}"/>`);
    out.push("</mergeCells>");
  }
  out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  out.push("</worksheet>");
  return out.join("");
}
