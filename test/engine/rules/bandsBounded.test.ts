import { dec, familyOf, loadScheme } from "../../../src/engine";
import { leaf } from "../../helpers";

const context = { id: "x", name: "本项", points: dec(2), part: "base" as const, precision: 2 };

function problems(rule: unknown, points = 2): string[] {
  const family = familyOf("bands")!;
  return family.check!(family.params.parse(rule), { ...context, points: dec(points) }).map(
    (p) => `${p.path} ${p.message}`,
  );
}

describe("bands bounded above: 0-10%（含）计2分；10-20%（含）计1分；大于30%不得分 (lower is better)", () => {
  const rule = {
    kind: "bands" as const,
    input: "rate" as const,
    bands: [
      { min: 0, max: 0.1, points: 2 },
      { min: 0.1, inclusive: false, max: 0.2, points: 1 },
      { min: 0.3, inclusive: false, points: 0 },
    ],
  };
  test("10% itself is in the first band (（含）), just past it the second", () => {
    expect(leaf(rule, 2).score("0%")).toBe("2.00");
    expect(leaf(rule, 2).score("10%")).toBe("2.00");
    expect(leaf(rule, 2).score("10.01%")).toBe("1.00");
    expect(leaf(rule, 2).score("20%")).toBe("1.00");
  });
  test("above 20% no band gives points; 大于30% gives none either", () => {
    expect(leaf(rule, 2).score("25%")).toBe("0.00");
    expect(leaf(rule, 2).score("35%")).toBe("0.00");
  });
  test("the sentences name the band with its bounds", () => {
    expect(leaf(rule, 2).compiled.describe()).toBe(
      "0%（含）至10%（含）得2分；10%（不含）至20%（含）得1分；30%（不含）以上得0分；否则不得分",
    );
    expect(leaf(rule, 2).run("15%").sentence).toBe("本项15%，属“10%（不含）至20%（含）”档，故该项指标得分为1分");
    expect(leaf(rule, 2).run("25%").sentence).toBe("本项25%，未落入任何得分档，故该项指标得分为0分");
  });
  test("no overlap: the rule checks clean", () => {
    expect(problems(rule)).toEqual([]);
  });
});

describe("bands without upper bounds keep their staircase meaning: 2名（含）以上得1分；1名得0.5分 [001]", () => {
  const rule = {
    kind: "bands" as const,
    input: "count" as const,
    bands: [
      { min: 2, points: 1 },
      { min: 1, points: 0.5 },
    ],
  };
  test("each band stops where the next one up starts, so they do not overlap", () => {
    expect(problems(rule, 1)).toEqual([]);
    expect(leaf(rule, 1).score(1)).toBe("0.50");
    expect(leaf(rule, 1).score(5)).toBe("1.00");
    expect(leaf(rule, 1).compiled.describe()).toBe("2（含）以上得1分；1（含）至2（不含）得0.5分；否则不得分");
    // With its unit the sentence reads as the document does.
    expect(leaf({ ...rule, unit: "名" }, 1).compiled.describe()).toBe(
      "2名（含）以上得1分；1名（含）至2名（不含）得0.5分；否则不得分",
    );
  });
  test("the order the bands are listed in does not matter", () => {
    const reversed = { ...rule, bands: [...rule.bands].reverse() };
    for (const v of [0, 1, 2, 3]) expect(leaf(reversed, 1).score(v)).toBe(leaf(rule, 1).score(v));
  });
});

describe("bands refuse what makes the result depend on order", () => {
  test("two bands sharing a minimum", () => {
    const rule = {
      kind: "bands",
      input: "count",
      bands: [
        { min: 2, points: 1 },
        { min: 2, points: 0.5 },
      ],
    };
    expect(problems(rule, 1)).toEqual(["bands[1] 与第 1 档重叠：同一数值落在两档，得分将取决于排列顺序"]);
  });
  test("80%-90% beside 85% or more: 88% would lie in both", () => {
    const rule = {
      kind: "bands",
      input: "rate",
      bands: [
        { min: 0.8, max: 0.9, points: 1 },
        { min: 0.85, max: 1, points: 2 },
      ],
    };
    expect(problems(rule)).toEqual(["bands[1] 与第 1 档重叠：同一数值落在两档，得分将取决于排列顺序"]);
  });
  test("80%-90%（含） beside 90% or more (含) share the point 90%; 90%（不含） does not", () => {
    const shared = {
      kind: "bands",
      input: "rate",
      bands: [
        { min: 0.8, max: 0.9, points: 1 },
        { min: 0.9, points: 2 },
      ],
    };
    // The open band starts at 90% (含) and the bounded one ends there (含): both hold 90%.
    expect(problems(shared)).toHaveLength(1);
    const apart = {
      ...shared,
      bands: [
        { min: 0.8, max: 0.9, maxInclusive: false, points: 1 },
        { min: 0.9, points: 2 },
      ],
    };
    expect(problems(apart)).toEqual([]);
  });
  test("a band above the leaf's points, and an empty band", () => {
    const rule = {
      kind: "bands",
      input: "number",
      bands: [
        { min: 90, points: 3 },
        { min: 5, max: 1, points: 1 },
      ],
    };
    expect(problems(rule)).toEqual([
      "bands[0].points 此档得分 3 高于本项分值 2",
      "bands[1] 下限高于上限，此档不含任何数值",
    ]);
  });
  test("a scheme file with overlapping bands does not load, naming the rule's path", () => {
    const loaded = loadScheme({
      id: "t",
      title: "t",
      blocks: [
        {
          name: "满意度",
          points: 2,
          rule: {
            kind: "bands",
            input: "number",
            bands: [
              { min: 90, points: 2 },
              { min: 90, points: 1 },
            ],
          },
        },
      ],
    });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems.map((p) => p.path).join(" ")).toContain("bands[1]");
  });
});
