/**
 * What a new version of the workbook's scheme (指标体系 read again after edits) does to its bindings: which inputs and
 * reported scores were bound to leaves that are gone, renumbered or scored by another rule (schemeDiff.ts), so that
 * the clerk is asked before they are kept, and the registry to store once they have answered. A kept binding follows
 * its leaf to its new 编号; one whose leaf is gone, or whose input the new rule does not take, cannot be kept.
 */
import { describeSchemeChange, diffSchemes, InputColumn, inputColumns, PART_SEPARATOR, Scheme, TOTAL } from "../engine";
import { message, Message } from "./messages";
import { Registry, UNITS_KEY } from "./registry";

/** A binding the new scheme may give another meaning. */
export interface AffectedEntry {
  /** Input key ("2.3.1", "2.3.1/actual", "veto.1") or, for a reported score, the node id. */
  key: string;
  reported: boolean;
  /** In the stored scheme's words: the input's header, or the node ("2.3 规范工作流程") of a reported score. */
  label: string;
  /** The key it is kept under when the clerk keeps it (its leaf's new 编号); absent when it cannot be kept. */
  keepAs?: string;
}

export interface BindingPlan {
  /** What changed since the stored scheme, one line each; absent when the workbook held no scheme. */
  changes?: Message[];
  affected: AffectedEntry[];
}

function changeLines(before: Scheme, after: Scheme) {
  const diff = diffSchemes(before, after);
  const renumbered = new Map<string, string>();
  const removed = new Set<string>();
  for (const change of diff.changes) {
    if (change.kind === "changed" && change.before.id !== change.after.id) {
      renumbered.set(change.before.id, change.after.id);
    }
    if (change.kind === "removed") removed.add(change.before.id);
  }
  const changes = diff.changes.map((c) => {
    const line = describeSchemeChange(c);
    return message("scheme-change", line.zh, line.en);
  });
  return { changes, renumbered, removed, affected: new Set(diff.bindingsAffected) };
}

/** The bindings of `registry` that storing `after` in place of `before` (the stored scheme, if any) affects. */
export function planBindings(registry: Registry, before: Scheme | undefined, after: Scheme): BindingPlan {
  const diff = before ? changeLines(before, after) : undefined;
  const oldColumns = new Map<string, InputColumn>(before ? inputColumns(before).map((c) => [c.key, c]) : []);
  const newKeys = new Set(inputColumns(after).map((c) => c.key));
  const affected: AffectedEntry[] = [];

  for (const key of Object.keys(registry.bindings)) {
    if (key === UNITS_KEY) continue;
    const column = oldColumns.get(key);
    const label = column?.header ?? key;
    if (column && column.leaf === undefined) {
      // A veto column: the same condition under the same id, or asked about.
      const veto = after.vetoes.find((v) => v.id === key);
      const same = veto !== undefined && before?.vetoes.find((v) => v.id === key)?.text === veto.text;
      if (!same) affected.push({ key, reported: false, label, ...(veto ? { keepAs: key } : {}) });
      continue;
    }
    if (column && diff?.affected.has(column.id)) {
      const leaf = diff.renumbered.get(column.id) ?? column.id;
      const target = column.slot === "" ? leaf : `${leaf}${PART_SEPARATOR}${column.slot}`;
      const keepable = !diff.removed.has(column.id) && newKeys.has(target);
      affected.push({ key, reported: false, label, ...(keepable ? { keepAs: target } : {}) });
    } else if (!newKeys.has(key)) {
      affected.push({ key, reported: false, label });
    }
  }

  for (const id of Object.keys(registry.reported)) {
    if (id === TOTAL) continue;
    const name = before?.nodes.get(id)?.name;
    const label = name ? `${id} ${name}` : id;
    const target = diff?.renumbered.get(id) ?? id;
    const gone = diff?.removed.has(id) === true || !after.nodes.has(target);
    if (gone) affected.push({ key: id, reported: true, label });
    else if (target !== id || diff?.affected.has(id) === true)
      affected.push({ key: id, reported: true, label, keepAs: target });
  }

  return diff ? { changes: diff.changes, affected } : { affected };
}

export interface AppliedPlan {
  registry: Registry;
  /** Workbook names of the bindings removed, to delete. */
  dropNames: string[];
  /** The affected bindings removed and kept. */
  removed: AffectedEntry[];
  kept: AffectedEntry[];
}

/** The registry holding `after`, with the affected bindings kept (re-keyed) when `keep` and they can be, else removed. */
export function applyPlan(registry: Registry, after: Scheme, plan: BindingPlan, keep: boolean): AppliedPlan {
  const inputs = new Set(plan.affected.filter((a) => !a.reported).map((a) => a.key));
  const reported = new Set(plan.affected.filter((a) => a.reported).map((a) => a.key));
  const bindings = Object.fromEntries(Object.entries(registry.bindings).filter(([k]) => !inputs.has(k)));
  const reportedNext = Object.fromEntries(Object.entries(registry.reported).filter(([k]) => !reported.has(k)));
  const out: AppliedPlan = {
    registry: { ...registry, scheme: after.input, bindings, reported: reportedNext },
    dropNames: [],
    removed: [],
    kept: [],
  };
  for (const entry of plan.affected) {
    const from = entry.reported ? registry.reported : registry.bindings;
    const into = entry.reported ? reportedNext : bindings;
    const name = from[entry.key];
    if (name === undefined) continue;
    if (keep && entry.keepAs !== undefined && into[entry.keepAs] === undefined) {
      into[entry.keepAs] = name;
      out.kept.push(entry);
    } else {
      out.dropNames.push(name);
      out.removed.push(entry);
    }
  }
  return out;
}
