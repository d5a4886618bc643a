/**
 * Automatic binding: which input each header cell names. A header may give the input key (C11, C11/actual, 2.3.1,
 * veto.1), the generated header ("2.3.1 规范审核确认工作（违反流程，例）", or as templates wrote it before the measure was
 * added: "2.3.1 规范审核确认工作"), a header starting with the id, or — when it is unambiguous — the indicator's name
 * alone. Nothing is matched by similarity: a header
 * either names an input or is left unmatched for the user to bind by hand.
 */
import { InputColumn, normalizeText } from "../engine";

export type MatchedBy = "key" | "header" | "id-prefix" | "name";

export interface HeaderMatch {
  /** Position of the header cell in the row. */
  index: number;
  header: string;
  column: InputColumn;
  by: MatchedBy;
}

export interface HeaderMatching {
  matches: HeaderMatch[];
  /** Header positions that name no input (blank cells are left out). */
  unmatched: number[];
  /** Inputs named by more than one header: none of those headers is used. */
  conflicts: { key: string; indexes: number[] }[];
  /** Inputs no header names. */
  missing: InputColumn[];
}

function norm(text: string): string {
  return normalizeText(text).replace(/[：:]/g, ":").toLowerCase();
}

export function matchHeaders(columns: readonly InputColumn[], headers: readonly unknown[]): HeaderMatching {
  const byKey = new Map(columns.map((c) => [norm(c.key), c]));
  const byHeader = new Map(columns.flatMap((c) => [[norm(c.plainHeader), c] as const, [norm(c.header), c] as const]));
  // A name matches only when exactly one input carries it (a leaf with one cell, or "name:part").
  const names = new Map<string, InputColumn | null>();
  const addName = (name: string, column: InputColumn) => {
    const key = norm(name);
    names.set(key, names.has(key) ? null : column);
  };
  for (const c of columns) {
    const leafName = c.leaf?.name ?? c.label;
    if (c.slot === "") addName(leafName, c);
    else {
      addName(`${leafName}:${c.label}`, c);
      addName(c.label, c);
      if (c.measure !== undefined) addName(`${c.label}（${c.measure}）`, c);
    }
  }

  const found: HeaderMatch[] = [];
  const unmatched: number[] = [];
  headers.forEach((raw, index) => {
    if (raw === null || raw === undefined) return;
    const header = String(raw);
    const h = norm(header);
    if (h === "") return;
    let column = byKey.get(h);
    let by: MatchedBy = "key";
    if (!column) {
      column = byHeader.get(h);
      by = "header";
    }
    if (!column) {
      const id = /^([a-z0-9]+(?:\.[a-z0-9]+)*(?:\/[a-z0-9]+)?)(?=[^a-z0-9./]|$)/.exec(
        normalizeText(header).toLowerCase(),
      );
      if (id && id[1] !== undefined) {
        column = byKey.get(id[1]);
        by = "id-prefix";
      }
    }
    if (!column) {
      column = names.get(h) ?? undefined;
      by = "name";
    }
    if (column) found.push({ index, header, column, by });
    else unmatched.push(index);
  });

  const byTarget = new Map<string, HeaderMatch[]>();
  for (const m of found) byTarget.set(m.column.key, [...(byTarget.get(m.column.key) ?? []), m]);
  const conflicts = [...byTarget.entries()]
    .filter(([, ms]) => ms.length > 1)
    .map(([key, ms]) => ({ key, indexes: ms.map((m) => m.index) }));
  const conflicted = new Set(conflicts.map((c) => c.key));
  const matches = found.filter((m) => !conflicted.has(m.column.key));
  const bound = new Set(matches.map((m) => m.column.key));
  return { matches, unmatched, conflicts, missing: columns.filter((c) => !bound.has(c.key)) };
}
