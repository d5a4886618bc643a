import { matchNames, NameMatching, NameOverride } from "../../src/engine";

function match(before: string[], after: string[], overrides: NameOverride[] = []): NameMatching {
  const m = matchNames(before, after, overrides);
  if (!m.ok) throw new Error(m.error.zh);
  return m.value;
}

const pairs = (m: NameMatching) => m.matches.map((x) => [x.beforeName, x.afterName, x.method]);

describe("units matched by name across two 得分表, every match saying how it was made", () => {
  test("[000]'s short names against the 通报's full names: suffixes dropped, abbreviations recognised", () => {
    const m = match(
      ["新泾", "江苏", "华阳", "天山", "北新泾", "周桥", "程桥"],
      ["江苏路街道", "新泾镇", "周家桥街道", "北新泾街道", "华阳路街道", "天山路街道", "程家桥街道"],
    );
    expect(pairs(m)).toEqual([
      ["江苏", "江苏路街道", "suffix"],
      ["新泾", "新泾镇", "suffix"],
      ["周桥", "周家桥街道", "abbreviation"],
      ["北新泾", "北新泾街道", "suffix"],
      ["华阳", "华阳路街道", "suffix"],
      ["天山", "天山路街道", "suffix"],
      ["程桥", "程家桥街道", "abbreviation"],
    ]);
    expect(m.matches[0]!.detail).toBe("江苏路街道去掉“路街道”后相同");
    expect(m.matches[2]!.detail).toBe("周桥是周家桥街道的简称");
    expect([m.onlyBefore, m.onlyAfter, m.ambiguous]).toEqual([[], [], []]);
  });

  test('附件2\'s "华 阳" and a full-width space (U+3000) match 华阳 after normalisation', () => {
    const m = match(["华阳", "新泾"], ["新 泾", "华\u3000阳"]);
    expect(pairs(m)).toEqual([
      ["新泾", "新 泾", "normalized"],
      ["华阳", "华\u3000阳", "normalized"],
    ]);
  });

  test("北新泾 is not taken for 新泾: with 新泾 absent, both are listed as found in one sheet only", () => {
    const m = match(["新泾", "天山"], ["北新泾街道", "天山路街道"]);
    expect(pairs(m)).toEqual([["天山", "天山路街道", "suffix"]]);
    expect(m.onlyBefore).toEqual([0]);
    expect(m.onlyAfter).toEqual([0]);
  });

  test("an exact match is made before a looser one can claim the name", () => {
    const m = match(["新泾", "北新泾"], ["北新泾", "新泾镇"]);
    expect(pairs(m)).toEqual([
      ["北新泾", "北新泾", "exact"],
      ["新泾", "新泾镇", "suffix"],
    ]);
  });

  test("two candidates are not guessed: 新华 against 新华路街道 and 新华镇", () => {
    const m = match(["新华", "仙霞"], ["新华路街道", "新华镇", "仙霞"]);
    expect(pairs(m)).toEqual([["仙霞", "仙霞", "exact"]]);
    expect(m.ambiguous.map((a) => [a.side, a.name, a.candidates])).toEqual([
      ["before", "新华", ["新华路街道", "新华镇"]],
      ["after", "新华路街道", ["新华"]],
      ["after", "新华镇", ["新华"]],
    ]);
    expect([m.onlyBefore, m.onlyAfter]).toEqual([[], []]);
  });

  test("no unit is matched twice: two names that normalise alike on one side are both left to the user", () => {
    const m = match(["华阳", "华 阳"], ["华阳路街道"]);
    expect(m.matches).toEqual([]);
    expect(m.ambiguous.map((a) => a.name)).toEqual(["华阳", "华 阳", "华阳路街道"]);
  });

  test("overrides correct the matching: a pair given by hand, and a name declared to have no counterpart", () => {
    const m = match(
      ["虹桥", "新华", "仙霞"],
      ["虹桥街道", "新华路街道", "新华镇", "仙霞新村街道"],
      [
        { before: "虹桥", after: null },
        { before: "新华", after: "新华路街道" },
      ],
    );
    expect(pairs(m)).toEqual([
      ["新华", "新华路街道", "override"],
      ["仙霞", "仙霞新村街道", "abbreviation"],
    ]);
    expect(m.onlyBefore).toEqual([0]);
    expect(m.onlyAfter).toEqual([0, 2]);
  });

  test("an override naming a unit that is not there, or a unit twice, is refused", () => {
    expect(matchNames(["新泾"], ["新泾镇"], [{ before: "新径", after: "新泾镇" }])).toMatchObject({
      ok: false,
      error: { code: "unknown-name" },
    });
    const twice = matchNames(
      ["新泾", "北新泾"],
      ["新泾镇"],
      [
        { before: "新泾", after: "新泾镇" },
        { before: "北新泾", after: "新泾镇" },
      ],
    );
    expect(twice).toMatchObject({ ok: false, error: { code: "name-twice" } });
  });
});
