/**
 * The cells a scheme needs: one input column per slot of every leaf, then one per veto condition. Shells (the
 * add-in, the workbook command) read cells by these columns and hand them back through `assembleValues`, which builds
 * the same raw input a JSON file would hold.
 */
import { defaultMeasure, InputSlot, SlotKind } from "./rules";
import type { Scheme, SchemeNode } from "./scheme";

export interface InputColumn {
  /** "C11" for a one-cell leaf, "C11/actual" or "2.3.1/2" for one part of a several-cell leaf, "veto.1". */
  key: string;
  /** The leaf (or veto) id. */
  id: string;
  /** The slot key inside the leaf ("" when the leaf takes one cell). */
  slot: string;
  /**
   * The header a generated input sheet writes: the id and the name, the part's label, and what to type in the
   * clause's words ("2.3.1 规范审核确认工作（违反流程，例）", "1.1 领导机构：未建立（是/否）", "…超期率（%）").
   */
  header: string;
  /** The header without what to type, as templates wrote it before ("2.3.1 规范审核确认工作"): still read. */
  plainHeader: string;
  /** What to type: the slot's measure ("例", "是/否", "%"), for a one-cell leaf with the noun it counts. */
  measure?: string;
  /** The part's label alone ("实际发放人数"), or the leaf name for one-cell leaves. */
  label: string;
  kind: SlotKind;
  options?: string[];
  /** The leaf, absent for a veto column. */
  leaf?: SchemeNode;
  /** The criterion text, for a cell note. */
  criterion?: string;
}

export const PART_SEPARATOR = "/";

/**
 * What to type, for the header: the measure, and for a one-cell leaf whose clause names what it counts or asks
 * (“违反流程”, “工作经费未列入财政预算或得不到保障”) that noun too, so the polarity reads as the clause states it.
 */
function measureOf(leaf: SchemeNode, slot: InputSlot, single: boolean): string | undefined {
  const measure = slot.measure ?? defaultMeasure(slot.kind);
  if (measure === undefined) return undefined;
  return single && slot.label !== leaf.name ? `${slot.label}，${measure}` : measure;
}

function columnFor(leaf: SchemeNode, slot: InputSlot, single: boolean): InputColumn {
  const plainHeader = single ? `${leaf.id} ${leaf.name}` : `${leaf.id} ${leaf.name}：${slot.label}`;
  const measure = measureOf(leaf, slot, single);
  const column: InputColumn = {
    key: single ? leaf.id : `${leaf.id}${PART_SEPARATOR}${slot.key}`,
    id: leaf.id,
    slot: slot.key,
    header: measure === undefined ? plainHeader : `${plainHeader}（${measure}）`,
    plainHeader,
    label: single ? leaf.name : slot.label,
    kind: slot.kind,
    leaf,
  };
  if (measure !== undefined) column.measure = measure;
  if (slot.options) column.options = slot.options;
  if (leaf.input.criterion) column.criterion = leaf.input.criterion;
  return column;
}

export function inputColumns(scheme: Scheme): InputColumn[] {
  const columns: InputColumn[] = [];
  for (const leaf of scheme.leaves) {
    const slots = leaf.rule?.compiled.slots ?? [];
    const single = slots.length === 1 && slots[0]?.key === "";
    for (const slot of slots) columns.push(columnFor(leaf, slot, single));
  }
  for (const v of scheme.vetoes) {
    const plainHeader = `${v.id} 一票否决：${v.text}`;
    columns.push({
      key: v.id,
      id: v.id,
      slot: "",
      header: `${plainHeader}（是/否）`,
      plainHeader,
      measure: "是/否",
      label: v.text,
      kind: "yesNo",
      criterion: v.text,
    });
  }
  return columns;
}

/** Raw inputs per id from cell values per column key (blank cells may be left out or given as null/""). */
export function assembleValues(
  columns: readonly InputColumn[],
  cells: ReadonlyMap<string, unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const column of columns) {
    const cell = cells.get(column.key);
    if (column.slot === "") {
      if (cell !== undefined) values[column.id] = cell;
      continue;
    }
    const parts = (values[column.id] ??= {}) as Record<string, unknown>;
    parts[column.slot] = cell ?? null;
  }
  return values;
}
