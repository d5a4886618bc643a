/**
 * What changed between two versions of a scheme a clerk authored (指标体系 read again after edits): nodes added,
 * removed, renamed, moved (a new 编号 or a new parent), their points or their rule changed, and the scheme's own fields.
 * Nodes are paired by 编号 and 名称 together first, then by 名称 alone (a row inserted above shifts dotted 编号), then by
 * 编号 alone (a rename). A name found more than once on a side is never paired by name: it is left to the 编号.
 */
import { normalizeText } from "./cell";
import type { Scheme, SchemeNode } from "./scheme";

/** What happened to one node. */
export type NodeChangeKind = "renamed" | "moved" | "points" | "rule";

export interface NodeSide {
  id: string;
  name: string;
  /** The points as written ("2"), or undefined when inherited from a cap. */
  points?: string;
  /** Whether the node is scored by a rule (a leaf): its inputs are what bindings point at. */
  leaf: boolean;
}

export type SchemeChange =
  | { kind: "added"; after: NodeSide }
  | { kind: "removed"; before: NodeSide }
  | { kind: "changed"; changes: NodeChangeKind[]; before: NodeSide; after: NodeSide }
  /** A top-level field of the scheme (名称, 精度, 等级划分, 一票否决 …), by its key in the scheme file. */
  | { kind: "field"; field: string };

export interface SchemeDiff {
  changes: SchemeChange[];
  /**
   * Ids (in the stored scheme) of leaves whose inputs may no longer mean what their bindings were made for: removed,
   * given another 编号, or scored by another rule. Their bindings are kept only when the clerk confirms.
   */
  bindingsAffected: string[];
}

/** Fields of the scheme file compared as a whole; the node tree is compared node by node. */
const FIELDS = [
  "id",
  "title",
  "shortTitle",
  "source",
  "unitLabel",
  "precision",
  "totalPoints",
  "aggregation",
  "vetoes",
  "vetoGrade",
  "grades",
  "sections",
  "notes",
] as const;

function allNodes(scheme: Scheme): SchemeNode[] {
  const out: SchemeNode[] = [];
  const walk = (node: SchemeNode) => {
    out.push(node);
    node.children.forEach(walk);
  };
  scheme.columns.forEach(walk);
  return out;
}

/** JSON with object keys sorted, so two equal values print alike whatever order their file wrote them in. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(record[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function side(node: SchemeNode): NodeSide {
  const out: NodeSide = { id: node.id, name: node.name, leaf: node.rule !== undefined };
  if (node.ownPoints) out.points = node.points.toString();
  return out;
}

/** Names that occur once on their side, normalised (全角, spaces), each to its node. */
function uniqueNames(nodes: readonly SchemeNode[]): Map<string, SchemeNode> {
  const seen = new Map<string, SchemeNode | null>();
  for (const node of nodes) {
    const key = normalizeText(node.name);
    seen.set(key, seen.has(key) ? null : node);
  }
  const out = new Map<string, SchemeNode>();
  for (const [key, node] of seen) if (node !== null) out.set(key, node);
  return out;
}

export function diffSchemes(before: Scheme, after: Scheme): SchemeDiff {
  const oldNodes = allNodes(before);
  const newNodes = allNodes(after);
  const pairs: [SchemeNode, SchemeNode][] = [];
  const pairedOld = new Set<SchemeNode>();
  const pairedNew = new Set<SchemeNode>();
  const pair = (a: SchemeNode, b: SchemeNode) => {
    pairs.push([a, b]);
    pairedOld.add(a);
    pairedNew.add(b);
  };

  // 1. Same 编号 and same 名称.
  for (const a of oldNodes) {
    const b = after.nodes.get(a.id);
    if (b && normalizeText(b.name) === normalizeText(a.name)) pair(a, b);
  }
  // 2. Same 名称, each unique on its side among the nodes left: the node moved or its 编号 shifted.
  const oldNames = uniqueNames(oldNodes.filter((n) => !pairedOld.has(n)));
  const newNames = uniqueNames(newNodes.filter((n) => !pairedNew.has(n)));
  for (const [name, a] of oldNames) {
    const b = newNames.get(name);
    if (b) pair(a, b);
  }
  // 3. Same 编号, another 名称: renamed.
  for (const a of oldNodes) {
    if (pairedOld.has(a)) continue;
    const b = after.nodes.get(a.id);
    if (b && !pairedNew.has(b)) pair(a, b);
  }

  const changes: SchemeChange[] = [];
  const affected: string[] = [];
  const order = new Map(newNodes.map((n, i) => [n, i]));
  pairs.sort((x, y) => (order.get(x[1]) ?? 0) - (order.get(y[1]) ?? 0));
  for (const [a, b] of pairs) {
    const kinds: NodeChangeKind[] = [];
    if (normalizeText(a.name) !== normalizeText(b.name)) kinds.push("renamed");
    if (a.id !== b.id || (a.parent?.id ?? a.part) !== (b.parent?.id ?? b.part)) kinds.push("moved");
    if (a.ownPoints !== b.ownPoints || !a.points.equals(b.points)) kinds.push("points");
    const ruleOf = (n: SchemeNode) => (n.rule ? stableJson(n.rule.params) : n.children.length > 0 ? "children" : "");
    if (ruleOf(a) !== ruleOf(b)) kinds.push("rule");
    if (kinds.length === 0) continue;
    changes.push({ kind: "changed", changes: kinds, before: side(a), after: side(b) });
    if (a.rule && (a.id !== b.id || kinds.includes("rule"))) affected.push(a.id);
  }
  for (const b of newNodes) if (!pairedNew.has(b)) changes.push({ kind: "added", after: side(b) });
  for (const a of oldNodes) {
    if (pairedOld.has(a)) continue;
    changes.push({ kind: "removed", before: side(a) });
    if (a.rule) affected.push(a.id);
  }
  for (const field of FIELDS) {
    if (stableJson(before.input[field]) !== stableJson(after.input[field])) changes.push({ kind: "field", field });
  }
  // The parts' own fields (name, cap, criterion) are those of their nodes, compared above; a cap is the part's points.
  return { changes, bindingsAffected: affected };
}

/** Chinese names of the top-level fields, as the 方案信息 sheet heads them. */
const FIELD_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  id: { zh: "方案编号", en: "scheme id" },
  title: { zh: "名称", en: "title" },
  shortTitle: { zh: "简称", en: "short title" },
  source: { zh: "来源", en: "source" },
  unitLabel: { zh: "单位名称列", en: "unit column" },
  precision: { zh: "精度", en: "precision" },
  totalPoints: { zh: "满分", en: "total points" },
  aggregation: { zh: "汇总方式", en: "aggregation" },
  vetoes: { zh: "一票否决", en: "vetoes" },
  vetoGrade: { zh: "否决等第", en: "veto grade" },
  grades: { zh: "等级划分", en: "grades" },
  sections: { zh: "不计分部分", en: "sections without points" },
  notes: { zh: "说明", en: "notes" },
};

function named(n: NodeSide): string {
  return `${n.id} ${n.name}`;
}

/** One line per change, in both languages: "2.4 建立评价制度：分值 2 → 3". */
export function describeSchemeChange(change: SchemeChange): { zh: string; en: string } {
  switch (change.kind) {
    case "added":
      return { zh: `新增 ${named(change.after)}`, en: `added ${named(change.after)}` };
    case "removed":
      return { zh: `删除 ${named(change.before)}`, en: `removed ${named(change.before)}` };
    case "field": {
      const name = FIELD_NAMES[change.field] ?? { zh: change.field, en: change.field };
      return { zh: `方案信息：${name.zh}已修改`, en: `scheme information: ${name.en} changed` };
    }
    case "changed": {
      const { before: a, after: b } = change;
      const zh: string[] = [];
      const en: string[] = [];
      for (const kind of change.changes) {
        if (kind === "renamed") {
          zh.push(`名称“${a.name}”→“${b.name}”`);
          en.push(`name “${a.name}” → “${b.name}”`);
        } else if (kind === "moved") {
          zh.push(a.id === b.id ? "移到其他上级指标下" : `编号 ${a.id} → ${b.id}`);
          en.push(a.id === b.id ? "moved under another parent" : `id ${a.id} → ${b.id}`);
        } else if (kind === "points") {
          zh.push(`分值 ${a.points ?? "—"} → ${b.points ?? "—"}`);
          en.push(`points ${a.points ?? "—"} → ${b.points ?? "—"}`);
        } else {
          zh.push("评分规则已修改");
          en.push("rule changed");
        }
      }
      return { zh: `${named(a)}：${zh.join("；")}`, en: `${named(a)}: ${en.join("; ")}` };
    }
  }
}
