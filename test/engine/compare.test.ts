import { compare, Comparison, evaluate } from "../../src/engine";
import { scheme000 } from "../fixtures/doc000";
import { earlierYear, laterYear } from "../fixtures/years000";

function comparison(overrides: Parameters<typeof compare>[2] = {}): Comparison {
  const scheme = scheme000();
  const c = compare(evaluate(scheme, earlierYear()), evaluate(scheme, laterYear()), overrides);
  if (!c.ok) throw new Error(c.error.zh);
  return c.value;
}

const show = (d: { toFixed(n: number): string } | null) => (d === null ? null : d.toFixed(2));

describe("two years of [000]'s table, with renamed units and one unit missing from each side", () => {
  const c = comparison();

  test("the right matches are made, each saying how", () => {
    const matches = Object.fromEntries(c.units.map((u) => [u.name, [u.match!.beforeName, u.match!.method]]));
    expect(matches).toEqual({
      新泾镇: ["新泾", "suffix"],
      江苏路街道: ["江苏", "suffix"],
      "华\u3000阳": ["华阳", "normalized"],
      天山: ["天山", "exact"],
      北新泾: ["北新泾", "exact"],
      虹桥: ["虹桥", "exact"],
      周家桥街道: ["周桥", "abbreviation"],
      新华: ["新华", "exact"],
    });
    expect(c.ambiguous).toEqual([]);
  });

  test("units in one sheet only are listed: 仙霞 before, 程桥 after", () => {
    expect(c.onlyBefore.map((u) => u.name)).toEqual(["仙霞"]);
    expect(c.onlyAfter.map((u) => u.name)).toEqual(["程桥"]);
    expect(show(c.onlyAfter[0]!.total.change)).toBeNull();
  });

  test("matched units in the later sheet's order by 总分", () => {
    expect(c.units.map((u) => u.name)).toEqual([
      "新泾镇",
      "江苏路街道",
      "华\u3000阳",
      "天山",
      "北新泾",
      "虹桥",
      "周家桥街道",
      "新华",
    ]);
  });

  test("per unit the change in each block and in 总分: 江苏 基础评价 +2.00, 总分 100.78 → 102.78", () => {
    const js = c.units[1]!;
    expect(js.columns.map((x) => show(x.change))).toEqual(["0.00", "2.00", "0.00", "0.00", "0.00"]);
    expect([show(js.total.before), show(js.total.after), show(js.total.change)]).toEqual(["100.78", "102.78", "2.00"]);
    const xh = c.units.find((u) => u.name === "新华")!;
    expect(show(xh.columns[4]!.change)).toBe("-0.50");
    expect(show(xh.total.change)).toBe("-0.50");
  });

  test("rank changes: 江苏 4th → 2nd (+2), 北新泾 3rd → 5th (−2), 周桥 7th → 8th as 程桥 enters", () => {
    const rank = (name: string) => c.units.find((u) => u.name === name)!.rank;
    expect(rank("江苏路街道")).toEqual({ before: 4, after: 2, change: 2 });
    expect(rank("北新泾")).toEqual({ before: 3, after: 5, change: -2 });
    expect(rank("周家桥街道")).toEqual({ before: 7, after: 8, change: -1 });
  });

  test("the units that improved most are marked: 江苏 +2.00, 天山 +1.50, 周桥 +1.00", () => {
    expect(c.improved.map((u) => [u.name, show(u.total.change)])).toEqual([
      ["江苏路街道", "2.00"],
      ["天山", "1.50"],
      ["周家桥街道", "1.00"],
    ]);
    expect(c.units.filter((u) => u.improvedMost).map((u) => u.name)).toEqual(["江苏路街道", "天山", "周家桥街道"]);
  });

  test("only rises count as improvement: with one to mark and nobody rising, nobody is marked", () => {
    const scheme = scheme000();
    const same = compare(evaluate(scheme, laterYear()), evaluate(scheme, laterYear()), { improved: 1 });
    expect(same.ok && same.value.improved).toEqual([]);
  });

  test("an override corrects a match, and a bad one is refused", () => {
    // Say the 新华 of the earlier sheet were another unit: declared without counterpart, both sides list it.
    const fixed = comparison({ overrides: [{ before: "新华", after: null }] });
    expect(fixed.onlyBefore.map((u) => u.name)).toEqual(["新华", "仙霞"]);
    expect(fixed.onlyAfter.map((u) => u.name)).toEqual(["程桥", "新华"]);
    const scheme = scheme000();
    const bad = compare(evaluate(scheme, earlierYear()), evaluate(scheme, laterYear()), {
      overrides: [{ before: "长宁", after: "新华" }],
    });
    expect(bad.ok).toBe(false);
  });
});
