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
  return coreOf(normalizeName(name));
}

/** The core of a name already normalised. */
function coreOf(text: string): { core: string; suffix: string } {
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

/** A name with its normal form and its core, worked out once per matching rather than once per pair. */
interface Name {
  text: string;
  normal: string;
  core: string;
  suffix: string;
}

function nameOf(text: string): Name {
  const normal = normalizeName(text);
  return { text, normal, ...coreOf(normal) };
}

/** The names of one side, each read on first use. */
class Names {
  private readonly read: (Name | undefined)[];
  constructor(readonly texts: readonly string[]) {
    this.read = new Array<Name | undefined>(texts.length);
  }
  at(i: number): Name {
    return (this.read[i] ??= nameOf(this.texts[i] as string));
  }
}

interface Tier {
  method: MatchMethod;
  /** Whether the names match at this tier, and how (in words). */
  relate(before: Name, after: Name): string | undefined;
  /**
   * A key two names share whenever `relate` holds for them (the exact, normalised and suffix tiers are equalities of
   * a key), so candidates are looked up instead of every pair being tried; absent for the abbreviation tier.
   */
  key?: (name: Name) => string;
}

const TIERS: Tier[] = [
  { method: "exact", relate: (b, a) => (b.text === a.text ? "名称相同" : undefined), key: (n) => n.text },
  {
    method: "normalized",
    relate: (b, a) => (b.normal === a.normal ? "去掉空格、全角字符转半角后相同" : undefined),
    key: (n) => n.normal,
  },
  {
    method: "suffix",
    relate(b, a) {
      if (b.core !== a.core || (b.suffix === "" && a.suffix === "")) return undefined;
      const dropped = [b, a].filter((n) => n.suffix !== "").map((n) => `${n.normal}去掉“${n.suffix}”`);
      return `${dropped.join("，")}后相同`;
    },
    key: (n) => n.core,
  },
  {
    method: "abbreviation",
    relate(b, a) {
      if (abbreviates(b.core, a.core)) return `${b.normal}是${a.normal}的简称`;
      if (abbreviates(a.core, b.core)) return `${a.normal}是${b.normal}的简称`;
      return undefined;
    },
  },
];

/** Positions of names grouped by a key, each group in ascending order. */
function groupBy<T>(positions: Iterable<number>, key: (position: number) => T): Map<T, number[]> {
  const groups = new Map<T, number[]>();
  for (const i of positions) {
    const k = key(i);
    const group = groups.get(k);
    if (group) group.push(i);
    else groups.set(k, [i]);
  }
  return groups;
}

/**
 * Pairs [short, long] of positions where the core of a short name abbreviates that of a long one. The longer cores
 * are indexed by their first character paired with each later character; a short core is tried only against the
 * smallest of its buckets, so names that share no characters are never compared.
 */
function abbreviationPairs(
  shorts: Names,
  shortFree: Iterable<number>,
  longs: Names,
  longFree: Iterable<number>,
): [number, number][] {
  const buckets = new Map<string, number[]>();
  for (const l of longFree) {
    const chars = [...longs.at(l).core];
    const first = chars[0];
    if (first === undefined) continue;
    for (const c of new Set(chars.slice(1))) {
      const key = `${first}\u0000${c}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(l);
      else buckets.set(key, [l]);
    }
  }
  const pairs: [number, number][] = [];
  for (const s of shortFree) {
    const core = shorts.at(s).core;
    const chars = [...core];
    if (chars.length < 2) continue;
    let smallest: number[] | undefined;
    for (const c of new Set(chars.slice(1))) {
      const bucket = buckets.get(`${chars[0]}\u0000${c}`);
      if (!bucket) {
        smallest = undefined;
        break;
      }
      if (!smallest || bucket.length < smallest.length) smallest = bucket;
    }
    for (const l of smallest ?? []) if (abbreviates(core, longs.at(l).core)) pairs.push([s, l]);
  }
  return pairs;
}

/**
 * For each free name before (in order), its candidates among the free names after (in order) at one tier, with how
 * each pair relates: the same as trying `relate` on every pair, without trying every pair.
 */
function tierCandidates(
  tier: Tier,
  before: Names,
  after: Names,
  freeBefore: ReadonlySet<number>,
  freeAfter: ReadonlySet<number>,
): Map<number, { a: number; how: string }[]> {
  const found = new Map<number, number[]>();
  if (tier.key) {
    const key = tier.key;
    const groups = groupBy(freeAfter, (a) => key(after.at(a)));
    for (const b of freeBefore) {
      const group = groups.get(key(before.at(b)));
      if (group) found.set(b, group);
    }
  } else {
    const add = (b: number, a: number) => {
      const list = found.get(b);
      if (list) list.push(a);
      else found.set(b, [a]);
    };
    for (const [b, a] of abbreviationPairs(before, freeBefore, after, freeAfter)) add(b, a);
    for (const [a, b] of abbreviationPairs(after, freeAfter, before, freeBefore)) add(b, a);
    for (const list of found.values()) list.sort((x, y) => x - y);
  }
  const candidates = new Map<number, { a: number; how: string }[]>();
  for (const b of freeBefore) {
    const list: { a: number; how: string }[] = [];
    for (const a of found.get(b) ?? []) {
      const how = tier.relate(before.at(b), after.at(a));
      if (how !== undefined) list.push({ a, how });
    }
    if (list.length > 0) candidates.set(b, list);
  }
  return candidates;
}

/** Finds a name in a list: exactly, else after normalisation when that gives one. */
function finder(names: Names): (name: string) => number | undefined {
  let exact: Map<string, number> | undefined;
  let normal: Map<string, number[]> | undefined;
  return (name) => {
    if (!exact) {
      exact = new Map();
      for (let i = names.texts.length - 1; i >= 0; i--) exact.set(names.texts[i] as string, i);
      normal = groupBy(names.texts.keys(), (i) => names.at(i).normal);
    }
    const found = exact.get(name);
    if (found !== undefined) return found;
    const same = normal?.get(normalizeName(name)) ?? [];
    return same.length === 1 ? same[0] : undefined;
  };
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
  const freeBefore = new Set(before.keys());
  const freeAfter = new Set(after.keys());
  const beforeNames = new Names(before);
  const afterNames = new Names(after);
  const findBefore = finder(beforeNames);
  const findAfter = finder(afterNames);

  for (const o of overrides) {
    const b = o.before === null ? null : findBefore(o.before);
    const a = o.after === null ? null : findAfter(o.after);
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
    if (freeBefore.size === 0 || freeAfter.size === 0) break;
    const candidates = tierCandidates(tier, beforeNames, afterNames, freeBefore, freeAfter);
    const reverse = new Map<number, number[]>();
    for (const [b, list] of candidates) {
      for (const { a } of list) {
        const back = reverse.get(a);
        if (back) back.push(b);
        else reverse.set(a, [b]);
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

  const settled = {
    before: new Set([
      ...matches.map((m) => m.before),
      ...ambiguous.filter((x) => x.side === "before").map((x) => x.index),
    ]),
    after: new Set([
      ...matches.map((m) => m.after),
      ...ambiguous.filter((x) => x.side === "after").map((x) => x.index),
    ]),
  };
  return ok({
    matches: matches.sort((x, y) => x.after - y.after),
    onlyBefore: [...before.keys()].filter((i) => !settled.before.has(i)),
    onlyAfter: [...after.keys()].filter((i) => !settled.after.has(i)),
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
