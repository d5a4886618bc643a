import schemeJson from "../../src/schemes/changning-2021.json";
import fixture from "../fixtures/changning-2021.input.json";
import { AVERAGES_000, ORDER_000, TABLE_000 } from "../fixtures/doc000";
import { dec, evaluate, fixed, loadScheme, Scheme, summarize, topUnits } from "../../src/engine";
import { scoreTableGrid } from "../../src/workbook";

function load(): Scheme {
  const loaded = loadScheme(schemeJson);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scheme;
}

const scheme = load();
const evaluation = evaluate(scheme, fixture.units);
const summary = summarize(evaluation);
const show = (d: Parameters<typeof fixed>[0] | null) => (d === null ? null : fixed(d, 2));

/** [000] 附件1's 总分 column, in its row order. */
const TOTALS_000 = ["103.05", "102.78", "102.04", "101.58", "101.10", "97.08", "96.37", "95.51", "89.60", "88.04"];

describe("changning-2021: the parts of the [000] 通报", () => {
  test("four blocks entered per 街镇 — 7 + 30 + 48 + 15 = 100 — and 附加评价 capped at 5", () => {
    expect(scheme.blocks.map((b) => [b.id, b.name, b.points.toNumber(), b.rule?.params.kind])).toEqual([
      ["1", "年度重点工作任务", 7, "manual"],
      ["2", "基础评价", 30, "manual"],
      ["3", "专项评价", 48, "manual"],
      ["4", "成效评价", 15, "manual"],
    ]);
    expect(scheme.basePoints.toNumber()).toBe(100);
    expect([scheme.bonus?.id, scheme.bonus?.name, scheme.bonus?.cap.toNumber()]).toEqual(["5", "附加评价", 5]);
    expect(scheme.bonus?.rule?.params.kind).toBe("cappedSum");
  });
  test("the score sheet reads as 附件1: title, 所属街镇 and the five parts", () => {
    const cells = scoreTableGrid(evaluation).grid.cells;
    expect(cells[0]![0]!.value).toBe("2021 年度各街镇社会救助工作绩效评价得分表");
    expect(cells[1]!.slice(0, 7).map((c) => c.value)).toEqual([
      "所属街镇",
      "年度重点工作任务",
      "基础评价",
      "专项评价",
      "成效评价",
      "附加评价",
      "总分",
    ]);
  });
  test("a block score above its points is refused (年度重点工作任务 7.5 > 7)", () => {
    const e = evaluate(scheme, [{ name: "新泾", values: { ...fixture.units[0]!.values, 1: 7.5 } }]);
    expect(e.errors.map((x) => [x.unit, x.id, x.problem.code])).toEqual([["新泾", "1", "out-of-bounds"]]);
  });
  test("附加评价 items beyond 5 are capped at 5", () => {
    const e = evaluate(scheme, [{ name: "甲", values: { 1: 7, 2: 30, 3: 48, 4: 15, 5: [2, 2, 1.5] } }]);
    expect(show(e.units[0]!.bonus)).toBe("5.00");
    expect(show(e.units[0]!.total)).toBe("105.00");
  });
});

describe("changning-2021: the ten 街镇 of 附件1 with the items of 附件2", () => {
  test("no input errors, names as 附件1 writes them", () => {
    expect(evaluation.errors).toEqual([]);
    expect(evaluation.units.map((u) => u.name)).toEqual(TABLE_000.map((r) => r[0]));
  });
  test("the fixture's block scores are 附件1's", () => {
    for (const [i, [name, a, b, c, d]] of TABLE_000.entries()) {
      const u = evaluation.units[i]!;
      expect([name, ...["1", "2", "3", "4"].map((id) => u.columns.get(id)!.toNumber())]).toEqual([name, a, b, c, d]);
    }
  });
  test("the items of 附件2 add up to each unit's 附加评价 as 附件1 prints it", () => {
    expect(evaluation.units.map((u) => [u.name, show(u.bonus)])).toEqual(
      TABLE_000.map(([name, , , , , bonus]) => [name, fixed(dec(bonus), 2)]),
    );
  });
  test("every 总分 is 附件1's", () => {
    expect(evaluation.units.map((u) => show(u.total))).toEqual(TOTALS_000);
  });
  test("the published 平均分 row: 6.36 / 27.79 / 45.93 / 14.59 / 3.05 / 97.72", () => {
    // The 通报's text says 成效评价 averaged "14.58"; 附件1's own column sums to 145.90, so 14.59: a narrative slip.
    expect([...summary.columns.map((c) => show(c.average)), show(summary.total.average)]).toEqual(AVERAGES_000);
  });
  test("the published order by 总分", () => {
    const order = [...evaluation.units].sort((a, b) => a.rank! - b.rank!).map((u) => u.name);
    expect(order).toEqual(ORDER_000);
  });
  test("8 优秀 (95 and above) and 2 良好 (85 and above), as the 通报 says", () => {
    expect(summary.grades).toEqual([
      { label: "优秀", count: 8 },
      { label: "良好", count: 2 },
    ]);
  });
  test("the 通报's top three and full marks follow from the table", () => {
    const top = (id: string) => topUnits(evaluation, id, 3).map((u) => u.name);
    expect(top("total")).toEqual(["新泾", "江苏", "华阳"]);
    expect(top("2")).toEqual(["新泾", "江苏", "北新泾"]);
    expect(top("3")).toEqual(["江苏", "新泾", "北新泾"]);
    // 江苏 and 新华 tie at 14.85; the 通报 names 新华, 江苏 and 周桥.
    expect(top("4")).toEqual(["江苏", "新华", "周桥"]);
    expect(summary.columns[0]!.fullMarks).toEqual(["华阳", "北新泾"]);
    expect(summary.columns[4]!.fullMarks).toEqual(["新泾", "华阳"]);
  });
});
