/**
 * Matching the units of two 得分表 by name, tolerating the variants real sheets contain: 江苏 / 江苏路街道, 周桥 /
 * 周家桥街道, "华 阳" with a space, full-width characters. Every match says how it was made so a wrong one can be
 * corrected; a unit is never matched twice, and a name with more than one candidate is left for the user, not guessed
 * (北新泾 is not 新泾).
 */
import { normalizeText } from "./cell";
import { fail, ok, Parsed } from "./result";

/** How two names were matched, from the surest to the loosest. */
export type MatchMethod = "override" | "exact" | "normalized" | "suffix" | "abbreviation";

export interface NameMatch {
  /** Positions in the two lists. */
  before: number;
  after: number;
  beforeName: string;
  afterName: string;
  method: MatchMethod;
  /** How, in words: "江苏路街道去掉“路街道”". */
  detail: string;
}

/** A name with more than one candidate on the other side at the same level of looseness: left unmatched. */
export interface NameAmbiguity {
  side: "before" | "after";
  index: number;
  name: string;
  candidates: string[];
  method: MatchMethod;
}

export interface NameMatching {
  matches: NameMatch[];
  /** Positions of names found on one side only (ambiguous names are listed in `ambiguous` instead). */
  onlyBefore: number[];
  onlyAfter: number[];
  ambiguous: NameAmbiguity[];
}

/**
 * A correction by hand: these two names are the same unit; or, with `null` on one side, this name has no
 * counterpart and must not be matched.
 */
export type NameOverride = { before: string; after: string | null } | { before: null; after: string };

/** Endings of unit names that carry no identity, longest first so 路街道 is dropped before 街道. */
export const NAME_SUFFIXES = ["街道办事处", "人民政府", "路街道", "镇政府", "街道", "镇", "乡"] as const;

export function normalizeName(name: string): string {
  return normalizeText(name);
}

/** The name without its suffix ("江苏路街道" → 江苏, "新泾镇" → 新泾), and the suffix dropped. */
export function coreName(name: string): { core: string; suffix: string } {
  const text = normalizeName(name);
  for (const suffix of NAME_SUFFIXES) {
    // Keep at least two characters: a one-character core would match far too much.
    if (text.endsWith(suffix) && text.length - suffix.length >= 2) {
      return { core: text.slice(0, -suffix.length), suffix };
    }
  }
  return { core: text, suffix: "" };
}

/** "周桥" abbreviates "周家桥": same first character, every character in order, and shorter. */
function abbreviates(short: string, long: string): boolean {
  const s = [...short];
  const l = [...long];
  if (s.length < 2 || s.length >= l.length || s[0] !== l[0]) return false;
  let j = 0;
  for (const ch of l) if (ch === s[j]) j++;
  return j === s.length;
}

interface Tier {
  method: MatchMethod;
  /** Whether the names match at this tier, and how (in words). */
  relate(before: string, after: string): string | undefined;
}

const TIERS: Tier[] = [
  { method: "exact", relate: (b, a) => (b === a ? "名称相同" : undefined) },
  {
    method: "normalized",
    relate: (b, a) => (normalizeName(b) === normalizeName(a) ? "去掉空格、全角字符转半角后相同" : undefined),
  },
  {
    method: "suffix",
    relate(b, a) {
      const cb = coreName(b);
      const ca = coreName(a);
      if (cb.core !== ca.core || (cb.suffix === "" && ca.suffix === "")) return undefined;
      const dropped = [cb, ca]
        .map((c, i) => (c.suffix === "" ? "" : `${normalizeName(i === 0 ? b : a)}去掉“${c.suffix}”`))
        .filter((t) => t !== "");
      return `${dropped.join("，")}后相同`;
    },
  },
  {
    method: "abbreviation",
    relate(b, a) {
      const cb = coreName(b).core;
      const ca = coreName(a).core;
      if (abbreviates(cb, ca)) return `${normalizeName(b)}是${normalizeName(a)}的简称`;
      if (abbreviates(ca, cb)) return `${normalizeName(a)}是${normalizeName(b)}的简称`;
      return undefined;
    },
  },
];

/** Finds a name in a list: exactly, else after normalisation when that gives one. */
function find(names: readonly string[], name: string): number | undefined {
  const exact = names.indexOf(name);
  if (exact >= 0) return exact;
  const key = normalizeName(name);
  const found = names.flatMap((n, i) => (normalizeName(n) === key ? [i] : []));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Matches `before` names to `after` names. Overrides apply first; then, tier by tier (exact, normalised, without
 * suffix, abbreviation), a pair is made only when each name is the other's single candidate among the names still
 * unmatched. A name with several candidates is recorded as ambiguous and takes no part in looser tiers.
 */
export function matchNames(
  before: readonly string[],
  after: readonly string[],
  overrides: readonly NameOverride[] = [],
): Parsed<NameMatching> {
  const matches: NameMatch[] = [];
  const ambiguous: NameAmbiguity[] = [];
  const freeBefore = new Set(before.map((_, i) => i));
  const freeAfter = new Set(after.map((_, i) => i));

  for (const o of overrides) {
    const b = o.before === null ? null : find(before, o.before);
    const a = o.after === null ? null : find(after, o.after);
    if (b === undefined) {
      return fail("unknown-name", `指定的对应关系中，前表没有单位“${o.before}”`, `no unit “${o.before}” before`);
    }
    if (a === undefined) {
      return fail("unknown-name", `指定的对应关系中，后表没有单位“${o.after}”`, `no unit “${o.after}” after`);
    }
    if ((b !== null && !freeBefore.has(b)) || (a !== null && !freeAfter.has(a))) {
      const name = b !== null && !freeBefore.has(b) ? o.before : o.after;
      return fail("name-twice", `单位“${name}”在指定的对应关系中出现了两次`, `“${name}” is given twice`);
    }
    if (b !== null) freeBefore.delete(b);
    if (a !== null) freeAfter.delete(a);
    // A name given without a counterpart simply leaves the free lists and ends up on one side only.
    if (b !== null && a !== null) {
      matches.push({
        before: b,
        after: a,
        beforeName: before[b] as string,
        afterName: after[a] as string,
        method: "override",
        detail: "人工指定",
      });
    }
  }

  for (const tier of TIERS) {
    const candidates = new Map<number, { a: number; how: string }[]>();
    const reverse = new Map<number, number[]>();
    for (const b of freeBefore) {
      for (const a of freeAfter) {
        const how = tier.relate(before[b] as string, after[a] as string);
        if (how === undefined) continue;
        candidates.set(b, [...(candidates.get(b) ?? []), { a, how }]);
        reverse.set(a, [...(reverse.get(a) ?? []), b]);
      }
    }
    const made: [number, number][] = [];
    for (const [b, list] of candidates) {
      const only = list.length === 1 ? list[0] : undefined;
      if (only && reverse.get(only.a)?.length === 1) {
        made.push([b, only.a]);
        matches.push({
          before: b,
          after: only.a,
          beforeName: before[b] as string,
          afterName: after[only.a] as string,
          method: tier.method,
          detail: only.how,
        });
      }
    }
    for (const [b, a] of made) {
      freeBefore.delete(b);
      freeAfter.delete(a);
    }
    // A name with several candidates, and every candidate of it, is not guessed here or in a looser tier.
    const unsure = { before: new Set<number>(), after: new Set<number>() };
    for (const [b, list] of candidates) {
      if (!freeBefore.has(b) || list.length < 2) continue;
      unsure.before.add(b);
      for (const c of list) unsure.after.add(c.a);
    }
    for (const [a, list] of reverse) {
      if (!freeAfter.has(a) || list.length < 2) continue;
      unsure.after.add(a);
      for (const b of list) unsure.before.add(b);
    }
    for (const b of unsure.before) {
      const names = (candidates.get(b) ?? []).map((c) => after[c.a] as string);
      ambiguous.push({ side: "before", index: b, name: before[b] as string, candidates: names, method: tier.method });
      freeBefore.delete(b);
    }
    for (const a of unsure.after) {
      const names = (reverse.get(a) ?? []).map((b) => before[b] as string);
      ambiguous.push({ side: "after", index: a, name: after[a] as string, candidates: names, method: tier.method });
      freeAfter.delete(a);
    }
  }

  const inAmbiguity = (side: "before" | "after", i: number) => ambiguous.some((x) => x.side === side && x.index === i);
  const matchedBefore = new Set(matches.map((m) => m.before));
  const matchedAfter = new Set(matches.map((m) => m.after));
  return ok({
    matches: matches.sort((x, y) => x.after - y.after),
    onlyBefore: before.map((_, i) => i).filter((i) => !matchedBefore.has(i) && !inAmbiguity("before", i)),
    onlyAfter: after.map((_, i) => i).filter((i) => !matchedAfter.has(i) && !inAmbiguity("after", i)),
    ambiguous,
  });
}

const METHOD_WORDS: Record<MatchMethod, string> = {
  override: "人工指定",
  exact: "名称相同",
  normalized: "规范化后相同",
  suffix: "去掉后缀后相同",
  abbreviation: "简称",
};

/** The method in a word or two, for a column of the comparison sheet. */
export function matchMethodName(method: MatchMethod): string {
  return METHOD_WORDS[method];
}
