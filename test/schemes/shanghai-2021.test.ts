import schemeJson from "../../src/schemes/shanghai-2021.json";
import { evaluate, fixed, loadScheme, Scheme, SchemeInput } from "../../src/engine";

function load(input: unknown): Scheme {
  const loaded = loadScheme(input);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scheme;
}

const scheme = load(schemeJson);
const items = scheme.leaves;

/** Every item at 80, except 1.1 at 100 and 7.1 at 49. */
function scores(): Record<string, number> {
  const values: Record<string, number> = Object.fromEntries(items.map((l) => [l.id, 80]));
  values["1.1"] = 100;
  values["7.1"] = 49;
  return values;
}

describe("shanghai-2021: the 项目表 of [002]", () => {
  test("7 work systems with 4 / 5 / 4 / 5 / 4 / 8 / 1 items, 31 in all", () => {
    expect(scheme.blocks.map((b) => [b.name, b.children.length])).toEqual([
      ["着力推进社会救助体系", 4],
      ["不断完善社会福利体系", 5],
      ["创新推进社区治理体系", 4],
      ["进一步完善社会组织服务管理体系", 5],
      ["提升优化社会服务体系", 4],
      ["全面加强综合能力建设", 8],
      ["扎实做好疫情防控工作", 1],
    ]);
    // The text: 22 重点业务 items in 5 systems, 8 综合能力 items, and 疫情防控 单列1项 — 31, not the "30" once asked for.
    expect(items).toHaveLength(31);
    expect(scheme.blocks.slice(0, 5).flatMap((b) => b.children)).toHaveLength(22);
  });
  test("each work system's count matches its heading (4项 …)", () => {
    for (const b of scheme.blocks) expect(b.input.meta?.["项数"]).toBe(`${b.children.length}项`);
  });
  test("every item has its 主评单位 where the document gives one; the two blank cells are noted, not filled", () => {
    const unit = (id: string) => scheme.nodes.get(id)!.input.meta?.["主评单位"];
    const missing = items.filter((l) => unit(l.id) === undefined).map((l) => l.id);
    expect(missing).toEqual(["1.2", "2.1"]);
    for (const id of missing) expect(scheme.nodes.get(id)!.input.note).toContain("主评单位一栏为空");
    expect(["1.1", "1.3", "1.4", "2.2", "3.1", "4.1", "5.2", "6.1", "6.8"].map(unit)).toEqual([
      "救助处",
      "慈善处",
      "计财处 福彩中心",
      "养老处",
      "基政处",
      "登记处（协调处）",
      "婚管处",
      "办公室",
      "社区服务中心",
    ]);
  });
  test("every item has its 评估参考要点; 6.3 keeps the three points the text still has", () => {
    for (const l of items) expect(l.input.meta?.["评估参考要点"]?.length).toBeGreaterThan(0);
    expect(scheme.nodes.get("1.1")!.input.meta?.["评估参考要点"]).toHaveLength(7);
    expect(scheme.nodes.get("3.2")!.input.meta?.["评估参考要点"]).toHaveLength(10);
    expect(scheme.nodes.get("6.3")!.input.meta?.["评估参考要点"]).toHaveLength(3);
  });
  test("no points: items are scored 0–100 with equal default weights, labelled as such", () => {
    expect(scheme.aggregation).toMatchObject({ kind: "weightedMean", scale: 100 });
    expect(scheme.input.aggregation.kind === "weightedMean" && scheme.input.aggregation.note).toContain("默认");
    expect(items.every((l) => l.input.weight === 1 && l.rule?.params.kind === "manual")).toBe(true);
    const e = evaluate(scheme, [{ name: "某区", values: { ...scores(), "1.1": 101 } }]);
    expect(e.errors.map((x) => [x.id, x.problem.code])).toEqual([["1.1", "out-of-bounds"]]);
  });
  test("精神文明创建, 亮点工作 and 存在问题 are kept as text, not scored", () => {
    expect(scheme.sections.map((s) => s.name)).toEqual([
      "精神文明创建情况",
      "民政特色亮点工作",
      "民政工作中存在的问题",
    ]);
    expect(scheme.sections[0]!.items).toEqual(["殡葬", "婚姻", "养老"]);
  });
});

describe("shanghai-2021: weighted means", () => {
  test("equal weights give the plain mean: (29 × 80 + 100 + 49) ÷ 31 = 79.645… → 79.65", () => {
    const u = evaluate(scheme, [{ name: "某区", values: scores() }]).units[0]!;
    expect(fixed(u.total!, 2)).toBe("79.65");
    // Work systems: 1 is (100 + 3 × 80) ÷ 4 = 85; 7 is its one item.
    expect(["1", "2", "7"].map((id) => fixed(u.columns.get(id)!, 2))).toEqual(["85.00", "80.00", "49.00"]);
  });
  test("weight 2 on item 1.1: (2 × 100 + 29 × 80 + 49) ÷ 32 = 80.28125 → 80.28; system 1 (200 + 240) ÷ 5 = 88", () => {
    const input = structuredClone(schemeJson) as SchemeInput;
    input.blocks[0]!.children![0]!.weight = 2;
    const u = evaluate(load(input), [{ name: "某区", values: scores() }]).units[0]!;
    expect(fixed(u.total!, 2)).toBe("80.28");
    expect(fixed(u.columns.get("1")!, 2)).toBe("88.00");
  });
  test("ranks run from the highest total down (从高分到低分)", () => {
    const low = { ...scores(), "7.1": 0 };
    const e = evaluate(scheme, [
      { name: "甲区", values: low },
      { name: "乙区", values: scores() },
    ]);
    expect(e.units.map((u) => [u.name, u.rank])).toEqual([
      ["甲区", 2],
      ["乙区", 1],
    ]);
  });
});
