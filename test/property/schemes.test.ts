/**
 * Random schemes: every valid one loads and evaluates whatever the inputs; every broken one is refused with a path
 * that points into the file.
 */
import fc from "fast-check";
import { evaluate, inputColumns, loadScheme, NodeInput, SchemeInput } from "../../src/engine";

/** Leaves with whole or half points and a rule that fits any points. */
const leafRule = fc.constantFrom<NodeInput["rule"]>(
  { kind: "manual" },
  { kind: "allOrNothing" },
  { kind: "checklist", items: ["①", "②"], per: { share: 0.5 } },
  { kind: "perCaseDeduction", terms: [{ kind: "count", label: "每例", per: 0.5 }] },
  { kind: "rateProportional", floor: 0.6 },
  { kind: "rateThreshold", target: 0.95, per: { share: 0.05 }, floor: 0.75 },
  { kind: "threshold", op: ">", value: 0.8 },
);

const leaf: fc.Arbitrary<NodeInput> = fc
  .record({ halves: fc.integer({ min: 1, max: 20 }), rule: leafRule, name: fc.string({ minLength: 1, maxLength: 6 }) })
  .map(({ halves, rule, name }) => ({ name, points: halves / 2, rule }));

/** A node whose points are the sum of its children's, to any depth. */
const node: fc.Arbitrary<NodeInput> = fc.letrec<{ node: NodeInput }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc
      .record({
        children: fc.array(tie("node"), { minLength: 1, maxLength: 4 }),
        name: fc.string({ minLength: 1, maxLength: 6 }),
      })
      .map(({ children, name }) => ({ name, points: children.reduce((s, c) => s + (c.points ?? 0), 0), children })),
  ),
})).node;

const scheme: fc.Arbitrary<SchemeInput> = fc
  .record({ blocks: fc.array(node, { minLength: 1, maxLength: 5 }), bonusCap: fc.integer({ min: 1, max: 5 }) })
  .map(({ blocks, bonusCap }) => ({
    id: "random",
    title: "随机方案",
    totalPoints: blocks.reduce((sum, b) => sum + (b.points ?? 0), 0),
    blocks,
    bonus: { name: "加分项", cap: bonusCap, rule: { kind: "cappedSum" } },
  }));

const anyCell = fc.oneof(
  fc.integer({ min: -3, max: 10 }),
  fc.constantFrom("是", "否", "81.36%", "", null, "#N/A", "0.5"),
);

describe("random schemes", () => {
  test("every valid scheme loads and evaluates: each unit is complete, or incomplete with its missing ids, or in error", () => {
    fc.assert(
      fc.property(
        scheme,
        fc.array(fc.array(anyCell, { minLength: 40, maxLength: 40 }), { minLength: 1, maxLength: 4 }),
        (s, rows) => {
          const loaded = loadScheme(s);
          if (!loaded.ok) return false;
          const columns = inputColumns(loaded.scheme);
          const units = rows.map((row, u) => ({
            name: `单位${u}`,
            values: Object.fromEntries(columns.map((c, i) => [c.id, row[i % row.length]])),
          }));
          const e = evaluate(loaded.scheme, units);
          return e.units.every((unit) => {
            const inError = e.errors.some((x) => x.unitIndex === unit.index);
            if (unit.total === null) return inError || unit.missing.length > 0;
            const n = unit.total.toNumber();
            return !inError && Number.isFinite(n) && n >= 0 && n <= loaded.scheme.basePoints.toNumber() + s.bonus!.cap;
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  test("a broken scheme is refused with a path into the file", () => {
    const breakages: [string, (s: SchemeInput) => void][] = [
      [
        "a block's points off by one",
        (s) => void ((s.blocks[0] as NodeInput).points = ((s.blocks[0] as NodeInput).points ?? 0) + 1),
      ],
      ["a rule of an unknown kind", (s) => void ((s.blocks[0] as NodeInput).rule = { kind: "guess" } as never)],
      ["points written as text", (s) => void ((s.blocks[0] as { points: unknown }).points = "5")],
      ["a name left empty", (s) => void ((s.blocks[0] as NodeInput).name = "")],
      ["an unknown field", (s) => void ((s.blocks[0] as unknown as Record<string, unknown>).pionts = 1)],
    ];
    fc.assert(
      fc.property(scheme, fc.constantFrom(...breakages), (s, [, breakIt]) => {
        const broken = structuredClone(s);
        breakIt(broken);
        const loaded = loadScheme(broken);
        return !loaded.ok && loaded.problems.every((p) => p.path.startsWith("blocks[0]") || p.path === "blocks");
      }),
      { numRuns: 300 },
    );
  });
});
