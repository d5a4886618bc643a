/**
 * Pairing the blocks (一级指标) of two schemes for a comparison of two 得分表: under one scheme by id; across two
 * schemes by name after normalising, or by the supervisor's mapping (基础评价 = 工作保障与管理). A pair whose points
 * differ (年度重点工作任务 7 in 2021, 25 in 2023) is compared by 得分率; a block without a counterpart is shown on its
 * side only. Also the scale of each scheme's 总分 (100 + 5, 100 + 5 − 5), which says whether totals compare as like.
 */
import { plain } from "./decimal";
import { normalizeName } from "./names";
import { fail, ok, Parsed } from "./result";
import type { Scheme, SchemeNode } from "./scheme";

/**
 * A pairing given by hand, by block names: these two blocks are the same; or, with `null` on one side, this block
 * has no counterpart and must not be paired by its name.
 */
export type BlockOverride = { before: string; after: string | null } | { before: null; after: string };

/** How two blocks were paired. */
export type BlockPairing = "id" | "name" | "override";

/** A column of the comparison: a block of either sheet, with its counterpart in the other when it has one. */
export interface ComparedColumn {
  /** The later sheet's block id, or null for a block of the earlier sheet only. */
  id: string | null;
  /** The later sheet's name of the block (the earlier sheet's for a block found there only). */
  name: string;
  /** The earlier sheet's block id, or null when it has none. */
  beforeId: string | null;
  beforeName: string | null;
  /** The later sheet's block, or null. */
  node: SchemeNode | null;
  beforeNode: SchemeNode | null;
  /** How the pair was made; null for a block of one sheet only. */
  pairedBy: BlockPairing | null;
  /** Paired, with different points: compared by 得分率 (score ÷ points) beside the raw scores. */
  byRate: boolean;
}

/** "100+5−5": a scheme's base points, its bonus cap and its penalty cap, as a 总分 is made of them. */
export function scaleOf(scheme: Scheme): string {
  const bonus = scheme.bonus ? `+${plain(scheme.bonus.cap)}` : "";
  const penalty = scheme.penalty ? `−${plain(scheme.penalty.cap)}` : "";
  return `${plain(scheme.basePoints)}${bonus}${penalty}`;
}

/** Names a block by what the user typed, after normalising; a name shared by two blocks is not a name. */
function byName(scheme: Scheme, name: string): SchemeNode | undefined {
  const named = scheme.columns.filter((c) => normalizeName(c.name) === normalizeName(name));
  return named.length === 1 ? named[0] : undefined;
}

/** Checks the overrides: every name a block of its side, no block named twice. */
function checkOverrides(
  before: Scheme,
  after: Scheme,
  overrides: readonly BlockOverride[],
): Parsed<{ pairs: [SchemeNode, SchemeNode][]; alone: Set<SchemeNode> }> {
  const pairs: [SchemeNode, SchemeNode][] = [];
  const alone = new Set<SchemeNode>();
  const seen = new Set<SchemeNode>();
  for (const o of overrides) {
    const b = o.before === null ? null : byName(before, o.before);
    const a = o.after === null ? null : byName(after, o.after);
    if (b === undefined) {
      const known = before.columns.map((c) => c.name).join("、");
      return fail(
        "unknown-block",
        `指定的一级指标对应中，前表方案没有一级指标“${o.before}”（有：${known}）`,
        `the earlier scheme has no block “${o.before}” (it has: ${known})`,
      );
    }
    if (a === undefined) {
      const known = after.columns.map((c) => c.name).join("、");
      return fail(
        "unknown-block",
        `指定的一级指标对应中，后表方案没有一级指标“${o.after}”（有：${known}）`,
        `the later scheme has no block “${o.after}” (it has: ${known})`,
      );
    }
    for (const node of [b, a]) {
      if (node === null) continue;
      if (seen.has(node)) {
        return fail(
          "block-twice",
          `一级指标“${node.name}”在指定的对应中出现了两次`,
          `the block “${node.name}” is given twice`,
        );
      }
      seen.add(node);
    }
    if (b && a) pairs.push([b, a]);
    else alone.add((b ?? a) as SchemeNode);
  }
  return ok({ pairs, alone });
}

/**
 * The compared columns: the later scheme's blocks in order, each with its counterpart, then the earlier scheme's
 * blocks left without one, in their order.
 */
export function pairBlocks(
  before: Scheme,
  after: Scheme,
  overrides: readonly BlockOverride[] = [],
): Parsed<ComparedColumn[]> {
  const checked = checkOverrides(before, after, overrides);
  if (!checked.ok) return checked;
  const { pairs, alone } = checked.value;
  const same = before.id === after.id;
  const given = new Map(pairs.map(([b, a]) => [a, b]));
  const taken = new Set<SchemeNode>([...pairs.map(([b]) => b), ...alone]);
  const free = (b: SchemeNode | undefined) => (b !== undefined && !taken.has(b) ? b : undefined);

  const columns = after.columns.map((a): ComparedColumn => {
    let b = given.get(a);
    let pairedBy: BlockPairing | null = b ? "override" : null;
    if (!b && !alone.has(a)) {
      b = same ? free(before.columns.find((x) => x.id === a.id)) : free(byName(before, a.name));
      // A name shared by two of the later blocks names neither.
      if (b && !same && byName(after, b.name) !== a) b = undefined;
      if (b) pairedBy = same ? "id" : "name";
    }
    if (b) taken.add(b);
    return {
      id: a.id,
      name: a.name,
      beforeId: b?.id ?? null,
      beforeName: b?.name ?? null,
      node: a,
      beforeNode: b ?? null,
      pairedBy,
      byRate: b !== undefined && !b.points.equals(a.points),
    };
  });
  for (const b of before.columns) {
    if (columns.some((c) => c.beforeNode === b)) continue;
    columns.push({
      id: null,
      name: b.name,
      beforeId: b.id,
      beforeName: b.name,
      node: null,
      beforeNode: b,
      pairedBy: null,
      byRate: false,
    });
  }
  return ok(columns);
}
