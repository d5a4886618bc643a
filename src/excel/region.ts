/**
 * A region the add-in owns: a 得分表 or 指标得分表 it wrote, marked by a workbook name over the region and a
 * fingerprint in the registry. The next write goes to the same place (the name follows the region if rows are
 * inserted above it), clears what the previous write left, and touches nothing else. Hand edits inside the region
 * and other content in the way of a larger table are found before anything is written.
 */
import { Grid, GridArea } from "../workbook";
import { localAddress, parseAddress, SheetArea, sheetAddress } from "./address";
import { changedCells, fingerprint } from "./fingerprint";
import { GridWriteOptions, planGridWrite } from "./gridWriter";
import { TableRecord } from "./registry";

export interface CellRef {
  sheet: string;
  address: string;
}

/** What one sync reads about a region: the marker's range and what its sheet holds, and the names in use. */
export interface RegionRead {
  record?: TableRecord;
  marker?: Excel.Range;
  used?: Excel.Range;
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
}

export function queueRegionRead(context: Excel.RequestContext, record: TableRecord | undefined): RegionRead {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name");
  if (!record) return { sheets, names };
  const marker = context.workbook.names.getItem(record.name).getRange().load("address");
  const used = marker.worksheet.getUsedRange(true).load("address,formulas");
  return { record, marker, used, sheets, names };
}

export type RegionCheck =
  | { kind: "ok"; place: RegionPlace }
  /** Cells changed by hand since the last write; `resized` when rows or columns were inserted into the region. */
  | { kind: "handEdits"; cells: CellRef[]; resized: boolean }
  /** Other content where a larger table would go. */
  | { kind: "blocked"; cells: CellRef[] };

export interface RegionPlace {
  sheet: string;
  isNew: boolean;
  area: GridArea;
  /** The previous region, to be cleared first. */
  old?: GridArea;
}

/** A sheet name Excel accepts and no other sheet has: "得分表", "得分表 (2)" … */
export function freeSheetName(base: string, sheets: Excel.WorksheetCollection): string {
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const clean = base.replace(/[[\]:*?/\\']/g, "").slice(0, 31) || "Sheet";
  let name = clean;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${clean.slice(0, 31 - ` (${i})`.length)} (${i})`;
  return name;
}

/** The formulas of `area` out of a loaded used range (cells outside it are empty). */
function slice(used: Excel.Range, usedArea: SheetArea, area: GridArea): unknown[][] {
  return Array.from({ length: area.rows }, (_, i) =>
    Array.from({ length: area.cols }, (_, j) => {
      const r = area.row + i - usedArea.row;
      const c = area.col + j - usedArea.col;
      return used.formulas[r]?.[c] ?? "";
    }),
  );
}

function inside(area: GridArea, row: number, col: number): boolean {
  return row >= area.row && row < area.row + area.rows && col >= area.col && col < area.col + area.cols;
}

const LISTED = 50;

export function checkRegion(read: RegionRead, grid: Grid, sheetBase: string, overwrite: boolean): RegionCheck {
  const rows = grid.cells.length;
  const cols = grid.cells[0]?.length ?? 0;
  const markerArea = read.marker && parseAddress(read.marker.address);
  const usedArea = read.used && parseAddress(read.used.address);
  if (!read.record || !markerArea || !usedArea || !read.used) {
    return {
      kind: "ok",
      place: { sheet: freeSheetName(sheetBase, read.sheets), isNew: true, area: { row: 0, col: 0, rows, cols } },
    };
  }
  const ref = (row: number, col: number): CellRef => ({
    sheet: markerArea.sheet,
    address: localAddress({ row, col, rows: 1, cols: 1 }),
  });
  if (!overwrite) {
    if (markerArea.rows !== read.record.rows || markerArea.cols !== read.record.cols) {
      return { kind: "handEdits", cells: [], resized: true };
    }
    const changed = changedCells(read.record.hashes, slice(read.used, usedArea, markerArea));
    if (changed.length > 0) {
      return {
        kind: "handEdits",
        cells: changed.map((c) => ref(markerArea.row + c.row, markerArea.col + c.col)),
        resized: false,
      };
    }
  }
  const area = { row: markerArea.row, col: markerArea.col, rows, cols };
  const blocked: CellRef[] = [];
  read.used.formulas.forEach((line, i) =>
    line.forEach((value, j) => {
      const r = usedArea.row + i;
      const c = usedArea.col + j;
      if (value !== "" && value !== null && inside(area, r, c) && !inside(markerArea, r, c)) blocked.push(ref(r, c));
    }),
  );
  if (blocked.length > 0) return { kind: "blocked", cells: blocked.slice(0, LISTED) };
  return { kind: "ok", place: { sheet: markerArea.sheet, isNew: false, area, old: markerArea } };
}

/**
 * The sheet of a region the tool wrote that a run has nothing for (a 附加得分表 when nobody claimed a bonus item), when
 * it can go with its sheet: unchanged since it was written and alone on the sheet. A region edited by hand, or a
 * sheet holding anything else, stays (undefined).
 */
export function removableRegion(read: RegionRead): string | undefined {
  const markerArea = read.marker && parseAddress(read.marker.address);
  const usedArea = read.used && parseAddress(read.used.address);
  if (!read.record || !markerArea || !usedArea || !read.used) return undefined;
  if (markerArea.rows !== read.record.rows || markerArea.cols !== read.record.cols) return undefined;
  if (changedCells(read.record.hashes, slice(read.used, usedArea, markerArea)).length > 0) return undefined;
  const elsewhere = read.used.formulas.some((line, i) =>
    line.some((value, j) => value !== "" && value !== null && !inside(markerArea, usedArea.row + i, usedArea.col + j)),
  );
  return elsewhere ? undefined : markerArea.sheet;
}

export interface RegionWrite {
  parts: (() => void)[];
  /** Queued with the last part: the region's computed values and formulas, for read-back and the fingerprint. */
  readBack: () => Excel.Range;
  address: string;
}

/** Queues the write of `grid` at `place`, and moves the marker name `markerName` onto the new region. */
export function queueRegionWrite(
  context: Excel.RequestContext,
  read: RegionRead,
  place: RegionPlace,
  grid: Grid,
  markerName: string,
  options: GridWriteOptions & { activate?: boolean },
): RegionWrite {
  const sheets = context.workbook.worksheets;
  const sheet = place.isNew ? sheets.add(place.sheet) : sheets.getItem(place.sheet);
  const region = () => sheet.getRange(localAddress(place.area));
  const parts = planGridWrite(sheet, place.sheet, place.area, grid, options);
  const first = parts[0];
  parts[0] = () => {
    if (place.old) {
      const old = sheet.getRange(localAddress(place.old));
      old.unmerge();
      old.clear("All");
    }
    first?.();
    if (read.names.items.some((n) => n.name.toLowerCase() === markerName.toLowerCase())) {
      context.workbook.names.getItem(markerName).delete();
    }
    context.workbook.names.add(markerName, region(), "绩效评分助手 wrote this region; it rewrites it in place");
    if (options.activate) sheet.activate();
  };
  return {
    parts,
    readBack: () => region().load("values,formulas"),
    address: sheetAddress({ sheet: place.sheet, ...place.area }),
  };
}

/** The registry record of a region just written, from what Excel holds there now. */
export function recordOf(markerName: string, written: Excel.Range, area: GridArea): TableRecord {
  return { name: markerName, rows: area.rows, cols: area.cols, hashes: fingerprint(written.formulas) };
}
