/**
 * The scheme model (指标体系): a tree of blocks → indicators → clauses, a capped bonus part (加分项) and penalty part
 * (扣分项), veto conditions (一票否决), grade bands (等第) and a precision. A scheme file is JSON; `loadScheme` checks
 * it against the schema below, gives every node its id, checks that children's points add up to their parent's and
 * binds every leaf to its rule family. Every problem names its path inside the file.
 */
import { z } from "zod";
import { Decimal, dec, sum, ZERO } from "./decimal";
import { familiesUsableIn, familyOf, PART_NAMES, RuleInput, RuleParams, ruleSchema } from "./rules";
import type { CompiledRule, LeafContext, RuleFamily, SchemePart } from "./rules";

// ---------------------------------------------------------------------------------------------------------------
// The file format

/** A node as a scheme file writes it (R = the rule as written) or once checked (R = the rule with defaults). */
export interface NodeOf<R> {
  /** The document's own code (虹桥: A, A1, A11); without one the id is the dotted position. */
  code?: string;
  name: string;
  /** 分值/权重. Required in the base part; in a bonus or penalty part a leaf without points is bounded by the cap. */
  points?: number;
  /** Weight in a weighted-mean scheme (default 1). */
  weight?: number;
  /** 评分细则 / 评价标准 in the document's words. */
  criterion?: string;
  /** 指标解释 */
  explanation?: string;
  /** 证据来源 */
  evidence?: string;
  /** The reading chosen where the document is ambiguous or contradicts itself, for the evaluator to see. */
  note?: string;
  /** Further document fields (主评单位, 评估参考要点 …). */
  meta?: Record<string, string | string[]>;
  rule?: R;
  children?: NodeOf<R>[];
}
export type NodeInput = NodeOf<RuleInput>;
export type NodeParsed = NodeOf<RuleParams>;

const text = z.string().min(1);

const nodeSchema: z.ZodType<NodeParsed, NodeInput> = z.lazy(() =>
  z.strictObject({
    code: z
      .string()
      // The document's code (A11) or a dotted number kept as the id when rows move (2.3.1).
      .regex(
        /^([A-Za-z][A-Za-z0-9]*|[0-9]+(\.[0-9]+)*)$/,
        "code 应为字母开头的字母数字（如 A11）或以点分隔的数字（如 2.3.1）",
      )
      .optional(),
    name: text,
    points: z.number().min(0).optional(),
    weight: z.number().positive().optional(),
    criterion: z.string().optional(),
    explanation: z.string().optional(),
    evidence: z.string().optional(),
    note: z.string().optional(),
    meta: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
    rule: ruleSchema.optional(),
    children: z.array(nodeSchema).min(1).optional(),
  }),
);

const partSchema = z.strictObject({
  name: text,
  /** The most the part can add (bonus) or take away (penalty). */
  cap: z.number().positive(),
  criterion: z.string().optional(),
  note: z.string().optional(),
  /** The part's items; or, when it is scored as one (附加评价 entered per unit), its rule. */
  children: z.array(nodeSchema).min(1).optional(),
  rule: ruleSchema.optional(),
});

export const schemeSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "id 只能由小写字母、数字和连字符组成"),
  title: text,
  /** Short name for lists ("长宁 2023"). */
  shortTitle: z.string().optional(),
  /** Where the scheme comes from (document title, number, date). */
  source: z.string().optional(),
  /** Header of the unit column ("所属街镇"). */
  unitLabel: z.string().default("单位"),
  /** Decimals of every score (2 in every document here). */
  precision: z.number().int().min(0).max(6).default(2),
  /** The base points the blocks must add up to (usually 100). */
  totalPoints: z.number().positive().optional(),
  /**
   * How blocks combine. "sum" adds points. "weightedMean": the document gives no points; each leaf is scored on
   * `scale` and the total is the weighted mean of the leaves (weights from `weight`, default equal).
   */
  aggregation: z
    .discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("sum") }),
      z.strictObject({ kind: z.literal("weightedMean"), scale: z.number().positive(), note: text }),
    ])
    .default({ kind: "sum" }),
  blocks: z.array(nodeSchema).min(1),
  bonus: partSchema.optional(),
  penalty: partSchema.optional(),
  vetoes: z.array(z.strictObject({ text, note: z.string().optional() })).default([]),
  /** The grade a veto gives (不合格). */
  vetoGrade: z.string().default("不合格"),
  /** Grade bands, highest first; `min` is inclusive ("90分（含）以上"); a band without `min` takes the rest. */
  grades: z.array(z.strictObject({ label: text, min: z.number().optional() })).default([]),
  /** Further parts of the document that carry no points (精神文明, 亮点工作…), kept for the task pane. */
  sections: z.array(z.strictObject({ name: text, text: z.string(), items: z.array(z.string()).optional() })).optional(),
  notes: z.array(z.string()).default([]),
});

export type SchemeInput = z.input<typeof schemeSchema>;
type SchemeParsed = z.output<typeof schemeSchema>;

// ---------------------------------------------------------------------------------------------------------------
// The loaded model

export interface SchemeNode {
  id: string;
  code?: string;
  name: string;
  /** P; for a leaf in a bonus/penalty part without points, the bound it inherits. */
  points: Decimal;
  /** Whether `points` was written in the file (false when inherited from a cap). */
  ownPoints: boolean;
  weight: Decimal;
  part: SchemePart;
  depth: number;
  parent?: SchemeNode;
  children: SchemeNode[];
  input: NodeParsed;
  /** Path of the node inside the scheme file, as error messages name it ("blocks[1].children[2]"). */
  path: string;
  /** Present on leaves. */
  rule?: { params: RuleParams; compiled: CompiledRule };
}

export interface Veto {
  id: string;
  text: string;
  note?: string;
}

export interface GradeBand {
  label: string;
  min?: Decimal;
}

export interface Scheme {
  id: string;
  title: string;
  shortTitle: string;
  source?: string;
  unitLabel: string;
  precision: number;
  aggregation: SchemeParsed["aggregation"];
  /** The base blocks (一级指标). */
  blocks: SchemeNode[];
  bonus?: SchemeNode & { cap: Decimal };
  penalty?: SchemeNode & { cap: Decimal };
  /** Blocks, then bonus, then penalty: the columns of a 得分表. */
  columns: SchemeNode[];
  vetoes: Veto[];
  vetoGrade: string;
  grades: GradeBand[];
  /** Sum of the base blocks' points (100). */
  basePoints: Decimal;
  /** Every leaf, in document order. */
  leaves: SchemeNode[];
  nodes: Map<string, SchemeNode>;
  sections: NonNullable<SchemeParsed["sections"]>;
  notes: string[];
  /** The validated file, for writing it back out. */
  input: SchemeParsed;
}

export interface SchemeProblem {
  /** Where in the file ("blocks[1].children[2].points"), or "" for the file as a whole. */
  path: string;
  /** The node concerned, as the document names it ("2.3 规范工作流程"), when there is one. */
  node?: string;
  message: string;
}

export type SchemeLoad = { ok: true; scheme: Scheme } | { ok: false; problems: SchemeProblem[] };

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Keys that could reach Object.prototype have no business in a scheme file. */
function forbiddenKeys(value: unknown, path: PropertyKey[] = []): SchemeProblem[] {
  if (typeof value !== "object" || value === null) return [];
  const problems: SchemeProblem[] = [];
  const entries: [PropertyKey, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.keys(value).map((k) => [k, (value as Record<string, unknown>)[k]]);
  for (const [key, child] of entries) {
    if (typeof key === "string" && FORBIDDEN_KEYS.has(key)) {
      problems.push({ path: formatPath([...path, key]), message: `不允许的键名“${key}”` });
    } else problems.push(...forbiddenKeys(child, [...path, key]));
  }
  return problems;
}

function label(node: SchemeNode): string {
  return `${node.id} ${node.name}`;
}

/** Why a family may not score a leaf of this part, or undefined when it may. */
function misplacedRule(family: RuleFamily, part: SchemePart): string | undefined {
  if (family.usableIn.includes(part)) return undefined;
  const [only] = family.usableIn;
  if (only !== undefined && family.usableIn.length === 1) return `${family.kind} 规则只能用于${PART_NAMES[only]}`;
  const usable = familiesUsableIn(part).map((f) => f.kind);
  return `${PART_NAMES[part]}中的指标应使用 ${usable.join(" 或 ")} 规则，而不是 ${family.kind}`;
}

const zhCN = z.locales.zhCN().localeError;

/** Chinese messages for schema problems; an unknown kind lists the kinds there are. */
function schemaMessage(issue: Parameters<typeof zhCN>[0]): ReturnType<typeof zhCN> {
  if (issue.code === "invalid_union" && "discriminator" in issue && Array.isArray(issue.options)) {
    return `未知的 ${String(issue.discriminator)}，可选：${issue.options.map(String).join("、")}`;
  }
  return zhCN(issue);
}

/** Reads a scheme from parsed JSON. Never throws on bad input: every problem comes back with its path. */
export function loadScheme(json: unknown): SchemeLoad {
  const forbidden = forbiddenKeys(json);
  if (forbidden.length > 0) return { ok: false, problems: forbidden };
  const parsed = schemeSchema.safeParse(json, { error: schemaMessage });
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  return build(parsed.data);
}

/** Reads a scheme from the text of a file. */
export function parseScheme(source: string): SchemeLoad {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    return { ok: false, problems: [{ path: "", message: `不是有效的 JSON：${(e as Error).message}` }] };
  }
  return loadScheme(json);
}

function build(input: SchemeParsed): SchemeLoad {
  const problems: SchemeProblem[] = [];
  const nodes = new Map<string, SchemeNode>();
  const leaves: SchemeNode[] = [];
  const weighted = input.aggregation.kind === "weightedMean";
  const scale = input.aggregation.kind === "weightedMean" ? dec(input.aggregation.scale) : ZERO;

  function makeNode(
    raw: NodeParsed,
    id: string,
    path: string,
    part: SchemePart,
    depth: number,
    parent: SchemeNode | undefined,
    inherited: Decimal | undefined,
  ): SchemeNode {
    const ownPoints = raw.points !== undefined;
    let points: Decimal;
    if (raw.points !== undefined) points = dec(raw.points);
    else if (weighted && part === "base") points = scale;
    else if (inherited !== undefined) points = inherited;
    else {
      points = ZERO;
      problems.push({ path: `${path}.points`, node: `${id} ${raw.name}`, message: "缺少分值（points）" });
    }
    const node: SchemeNode = {
      id,
      name: raw.name,
      points,
      ownPoints,
      weight: dec(raw.weight ?? 1),
      part,
      depth,
      children: [],
      input: raw,
      path,
    };
    if (raw.code !== undefined) node.code = raw.code;
    if (parent) node.parent = parent;
    if (nodes.has(id)) {
      problems.push({ path, node: label(node), message: `编号 ${id} 重复` });
    }
    nodes.set(id, node);

    if (raw.rule && raw.children) {
      problems.push({ path, node: label(node), message: "一个指标不能同时有评分规则（rule）和下级指标（children）" });
    } else if (!raw.rule && !raw.children) {
      problems.push({ path, node: label(node), message: "末级指标缺少评分规则（rule）" });
    }

    if (raw.children) {
      const childBound = part === "base" ? undefined : raw.points !== undefined ? points : inherited;
      raw.children.forEach((child, i) => {
        const childId = child.code ?? `${id}.${i + 1}`;
        node.children.push(makeNode(child, childId, `${path}.children[${i}]`, part, depth + 1, node, childBound));
      });
      checkSum(node);
    } else if (raw.rule) {
      const family = familyOf(raw.rule.kind);
      if (family) {
        const leaf: LeafContext = { id, name: raw.name, points, part, precision: input.precision };
        node.rule = { params: raw.rule, compiled: family.compile(raw.rule, leaf) };
        checkRule(node, family, raw.rule, leaf);
      }
      leaves.push(node);
    }
    return node;
  }

  function checkSum(node: SchemeNode): void {
    if (weighted && node.part === "base") return;
    const children = node.children;
    if (!node.ownPoints || children.some((c) => !c.ownPoints)) return;
    const total = sum(children.map((c) => c.points));
    if (!total.equals(node.points)) {
      problems.push({
        path: node.path,
        node: label(node),
        message: `下级指标分值合计 ${total.toString()}，与本级分值 ${node.points.toString()} 不符`,
      });
    }
  }

  /** The family's own checks, then whether the family may score a leaf of this part at all. */
  function checkRule(node: SchemeNode, family: RuleFamily, rule: RuleParams, leaf: LeafContext): void {
    const rulePath = `${node.path}.rule`;
    for (const p of family.check?.(rule, leaf) ?? []) {
      problems.push({
        path: p.path === "" ? rulePath : `${rulePath}.${p.path}`,
        node: label(node),
        message: p.message,
      });
    }
    const misplaced = misplacedRule(family, node.part);
    if (misplaced) problems.push({ path: `${rulePath}.kind`, node: label(node), message: misplaced });
  }

  const blocks = input.blocks.map((b, i) =>
    makeNode(b, b.code ?? String(i + 1), `blocks[${i}]`, "base", 1, undefined, undefined),
  );
  let next = blocks.length + 1;
  const part = (raw: z.output<typeof partSchema> | undefined, kind: "bonus" | "penalty") => {
    if (!raw) return undefined;
    const cap = dec(raw.cap);
    const asNode: NodeParsed = { name: raw.name, points: raw.cap };
    if (raw.children !== undefined) asNode.children = raw.children;
    if (raw.rule !== undefined) asNode.rule = raw.rule;
    if (raw.criterion !== undefined) asNode.criterion = raw.criterion;
    if (raw.note !== undefined) asNode.note = raw.note;
    const node = makeNode(asNode, String(next++), kind, kind, 1, undefined, cap);
    return Object.assign(node, { cap });
  };
  const bonus = part(input.bonus, "bonus");
  const penalty = part(input.penalty, "penalty");

  const basePoints = sum(blocks.map((b) => b.points));
  if (input.totalPoints !== undefined && !weighted && !basePoints.equals(dec(input.totalPoints))) {
    problems.push({
      path: "blocks",
      message: `一级指标分值合计 ${basePoints.toString()}，与总分 ${input.totalPoints} 不符`,
    });
  }
  const vetoes = input.vetoes.map((v, i) => {
    const veto: Veto = { id: `veto.${i + 1}`, text: v.text };
    if (v.note !== undefined) veto.note = v.note;
    return veto;
  });
  const grades = input.grades.map((g) =>
    g.min === undefined ? { label: g.label } : { label: g.label, min: dec(g.min) },
  );
  for (let i = 1; i < grades.length; i++) {
    const prev = grades[i - 1]?.min;
    const cur = grades[i]?.min;
    if (prev === undefined || (cur !== undefined && !cur.lessThan(prev))) {
      problems.push({ path: `grades[${i}]`, message: "等第应从高到低排列，只有最后一档可以不写下限（min）" });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const columns = [...blocks, ...(bonus ? [bonus] : []), ...(penalty ? [penalty] : [])];
  const scheme: Scheme = {
    id: input.id,
    title: input.title,
    shortTitle: input.shortTitle ?? input.title,
    unitLabel: input.unitLabel,
    precision: input.precision,
    aggregation: input.aggregation,
    blocks,
    columns,
    vetoes,
    vetoGrade: input.vetoGrade,
    grades,
    basePoints: weighted ? scale : basePoints,
    leaves,
    nodes,
    sections: input.sections ?? [],
    notes: input.notes,
    input,
  };
  if (input.source !== undefined) scheme.source = input.source;
  if (bonus) scheme.bonus = bonus;
  if (penalty) scheme.penalty = penalty;
  return { ok: true, scheme };
}

/** Every leaf under a node (the node itself when it is a leaf). */
export function leavesOf(node: SchemeNode): SchemeNode[] {
  if (node.children.length === 0) return [node];
  return node.children.flatMap(leavesOf);
}

/** One line per problem, for the command line and error panels. */
export function describeProblems(problems: readonly SchemeProblem[]): string {
  return problems
    .map((p) => `${p.path === "" ? "（文件）" : p.path}${p.node ? `（${p.node}）` : ""}：${p.message}`)
    .join("\n");
}
