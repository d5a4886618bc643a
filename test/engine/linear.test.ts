/**
 * The engine's work in linear time gives what the pairwise and per-unit definitions give: name matching by keys
 * against trying every pair, ties in a 通报 listed in one pass, sentences written on demand against those written
 * during scoring, and interned values against fresh ones. (test/scale runs the commands on 130,000 units.)
 */
import fc from "fast-check";
import {
  coreName,
  draftReport,
  evaluate,
  explainUnit,
  loadScheme,
  MatchMethod,
  matchNames,
  NameAmbiguity,
  NameMatch,
  NameMatching,
  normalizeName,
} from "../../src/engine";
import { builtinScheme } from "../../src/schemes";
import { syntheticUnits } from "../../scripts/bench/synthetic";
import { TWO_LEAVES } from "../fixtures/twoLeaves";

/** "周桥" abbreviates "周家桥", as names.ts defines it. */
function abbreviates(short: string, long: string): boolean {
  const s = [...short];
  const l = [...long];
  if (s.length < 2 || s.length >= l.length || s[0] !== l[0]) return false;
  let j = 0;
  for (const ch of l) if (ch === s[j]) j++;
  return j === s.length;
}

/** The tiers as names.ts defined them before it looked candidates up by key: a relation tried on every pair. */
const TIERS: { method: MatchMethod; relate(b: string, a: string): string | undefined }[] = [
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

/** The matching as it was, every pair of free names tried at every tier (no overrides). */
function pairwise(before: readonly string[], after: readonly string[]): NameMatching {
  const matches: NameMatch[] = [];
  const ambiguous: NameAmbiguity[] = [];
  const freeBefore = new Set(before.map((_, i) => i));
  const freeAfter = new Set(after.map((_, i) => i));
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
  return {
    matches: matches.sort((x, y) => x.after - y.after),
    onlyBefore: before.map((_, i) => i).filter((i) => !matchedBefore.has(i) && !inAmbiguity("before", i)),
    onlyAfter: after.map((_, i) => i).filter((i) => !matchedAfter.has(i) && !inAmbiguity("after", i)),
    ambiguous,
  };
}

/** Names from a few characters and the suffixes, so that every tier, and ambiguity, comes up often. */
const nameArb = fc
  .tuple(
    fc.constantFrom("新", "周"),
    fc.array(fc.constantFrom("泾", "家", "桥", "新", " ", "\u3000", "Ａ"), { maxLength: 4 }),
    fc.constantFrom("", "", "街道", "路街道", "镇", "街道办事处"),
  )
  .map(([first, rest, suffix]) => first + rest.join("") + suffix);

describe("names matched by key give what trying every pair gave", () => {
  test("on random sheets of look-alike names (exact, normalised, suffix, abbreviation, ambiguous)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(nameArb, { maxLength: 12 }),
        fc.uniqueArray(nameArb, { maxLength: 12 }),
        (before, after) => {
          const keyed = matchNames(before, after);
          expect(keyed.ok).toBe(true);
          if (keyed.ok) expect(keyed.value).toEqual(pairwise(before, after));
        },
      ),
      { numRuns: 1000 },
    );
  });

  test("100,000 names a side: the same names, half with 街道 added, a few renamed", () => {
    const n = 100_000;
    const after = Array.from({ length: n }, (_, i) => `单位${i}`);
    const before = after.map((name, i) => (i >= n - 10 ? `其他${i}` : i % 2 === 0 ? `${name}街道` : name));
    const m = matchNames(before, after);
    if (!m.ok) throw new Error(m.error.zh);
    const methods = new Map<string, number>();
    for (const x of m.value.matches) methods.set(x.method, (methods.get(x.method) ?? 0) + 1);
    expect(Object.fromEntries(methods)).toEqual({ exact: (n - 10) / 2, suffix: (n - 10) / 2 });
    expect(m.value.matches[0]).toMatchObject({
      beforeName: "单位0街道",
      afterName: "单位0",
      detail: "单位0街道去掉“街道”后相同",
    });
    const renamed = Array.from({ length: 10 }, (_, i) => n - 10 + i);
    expect(m.value.onlyBefore).toEqual(renamed);
    expect(m.value.onlyAfter).toEqual(renamed);
  });
});

describe("a 通报 with tens of thousands of units tied", () => {
  const loaded = loadScheme(TWO_LEAVES);
  if (!loaded.ok) throw new Error("the scheme does not load");
  const n = 30_000;
  // Every unit full marks in 甲; in 乙 two units ahead, then everyone else tied third.
  const units = Array.from({ length: n }, (_, i) => ({
    name: `单位${i + 1}`,
    values: { A1: 50, B1: i === 5 ? 50 : i === 9 ? 49 : 10 },
  }));
  const { facts, text } = draftReport(evaluate(loaded.scheme, units));

  test("all tied first in 甲: every name once, the tie marked after the last", () => {
    const a = facts.blocks[0]!;
    expect(a.top).toHaveLength(n);
    expect(a.top.every((p) => p.rank === 1)).toBe(true);
    expect(text).toContain(`在甲部分，排名前三的是单位1、单位2、单位3、`);
    expect(text).toContain(`单位${n - 1}和单位${n}（并列第一），`);
    expect(text.match(/（并列第一）/g)).toHaveLength(1);
    expect(text).toContain("各街镇均得到满分");
  });

  test("乙: first and second alone, then the rest tied third, marked once", () => {
    const b = facts.blocks[1]!;
    expect(b.top.slice(0, 3).map((p) => [p.name, p.rank])).toEqual([
      ["单位6", 1],
      ["单位10", 2],
      ["单位1", 3],
    ]);
    expect(b.top).toHaveLength(n);
    expect(text).toContain(`在乙部分，排名前三的是单位6、单位10、单位1、`);
    expect(text).toContain(`和单位${n}（并列第三）`);
    expect(text.match(/（并列第三）/g)).toHaveLength(2);
  });
});

describe("sentences written on demand and interned values", () => {
  const loaded = loadScheme(builtinScheme("changning-2023"));
  if (!loaded.ok) throw new Error("changning-2023 does not load");
  const scheme = loaded.scheme;
  const inputs = syntheticUnits(scheme, 300);

  test("explainUnit writes the sentences evaluate writes while scoring", () => {
    const explained = evaluate(scheme, inputs);
    const bare = evaluate(scheme, inputs, { explain: false });
    expect(bare.units[0]!.explanations.size).toBe(0);
    bare.units.forEach((unit, i) => {
      expect(Object.fromEntries(explainUnit(scheme, inputs[i]!, unit))).toEqual(
        Object.fromEntries(explained.units[i]!.explanations),
      );
    });
  });

  test("equal scores share one value, and every score and subtotal equals the one computed without sharing", () => {
    const e = evaluate(scheme, inputs, { explain: false });
    const again = evaluate(scheme, inputs.slice(0, 1), { explain: false });
    const [first, second] = [e.units[0]!, e.units[1]!];
    const shared = [...first.scores].filter(([id, s]) => second.scores.get(id)?.equals(s));
    expect(shared.length).toBeGreaterThan(0);
    for (const [id, s] of shared) expect(second.scores.get(id)).toBe(s);
    for (const [id, s] of first.scores) expect(s.equals(again.units[0]!.scores.get(id)!)).toBe(true);
    for (const [id, s] of first.subtotals) expect(s.equals(again.units[0]!.subtotals.get(id)!)).toBe(true);
    expect(first.total?.equals(again.units[0]!.total!)).toBe(true);
  });
});
