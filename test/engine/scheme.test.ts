import { loadScheme, parseScheme, SchemeInput } from "../../src/engine";

function small(): SchemeInput {
  return {
    id: "small",
    title: "小方案",
    totalPoints: 10,
    blocks: [
      {
        name: "工作保障与管理",
        points: 6,
        children: [
          { name: "组织保障", points: 2, rule: { kind: "manual" } },
          {
            name: "规范工作流程",
            points: 4,
            children: [
              {
                name: "规范审核确认工作",
                points: 2,
                rule: { kind: "perCaseDeduction", terms: [{ kind: "count", label: "违反流程", per: 0.5 }] },
              },
              { name: "档案管理规范", points: 2, rule: { kind: "allOrNothing", sense: "condition" } },
            ],
          },
        ],
      },
      { name: "成效评价", points: 4, rule: { kind: "manual" } },
    ],
    bonus: { name: "加分项", cap: 5, children: [{ name: "工作创新", points: 5, rule: { kind: "manual" } }] },
    penalty: {
      name: "扣分项",
      cap: 5,
      children: [{ name: "安全管理", rule: { kind: "penalty", terms: [{ kind: "count", label: "通报", per: 2 }] } }],
    },
    vetoes: [{ text: "发生刑事违法案件" }],
  };
}

function problems(json: unknown) {
  const loaded = loadScheme(json);
  return loaded.ok ? [] : loaded.problems;
}

describe("ids: dotted positions in document order; bonus and penalty take the next block numbers", () => {
  const loaded = loadScheme(small());
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const scheme = loaded.scheme;

  test("2.3.1-style ids for blocks, indicators and clauses", () => {
    expect(scheme.leaves.map((l) => l.id)).toEqual(["1.1", "1.2.1", "1.2.2", "2", "3.1", "4.1"]);
    expect(scheme.nodes.get("1.2")?.name).toBe("规范工作流程");
  });
  test("the bonus part is block 3, the penalty part block 4; vetoes are veto.1 …", () => {
    expect(scheme.bonus?.id).toBe("3");
    expect(scheme.penalty?.id).toBe("4");
    expect(scheme.vetoes.map((v) => v.id)).toEqual(["veto.1"]);
  });
  test("a penalty leaf without points is bounded by the part's cap", () => {
    expect(scheme.nodes.get("4.1")?.points.toString()).toBe("5");
  });
  test("the document's own codes are the ids where it has them", () => {
    const coded = small();
    coded.blocks[1] = { code: "D", name: "效益", points: 4, rule: { kind: "manual" } };
    const l = loadScheme(coded);
    expect(l.ok && l.scheme.blocks.map((b) => b.id)).toEqual(["1", "D"]);
  });
});

describe("a malformed scheme names the path inside it", () => {
  test("a misspelt rule parameter", () => {
    const s = small() as unknown as { blocks: { children: { children: { rule: Record<string, unknown> }[] }[] }[] };
    s.blocks[0]!.children[1]!.children[0]!.rule = {
      kind: "perCaseDeduction",
      terms: [{ kind: "count", label: "x", pre: 0.5 }],
    };
    const p = problems(s);
    expect(p.length).toBeGreaterThan(0);
    expect(p[0]?.path).toMatch(/^blocks\[0\]\.children\[1\]\.children\[0\]\.rule\.terms\[0\]/);
  });
  test("an unknown rule kind", () => {
    const s = small() as unknown as { blocks: { rule?: unknown }[] };
    s.blocks[1]!.rule = { kind: "guess" };
    expect(problems(s)[0]?.path).toBe("blocks[1].rule.kind");
  });
  test("points written as text", () => {
    const s = small() as unknown as { blocks: { points: unknown }[] };
    s.blocks[1]!.points = "4";
    expect(problems(s)[0]?.path).toBe("blocks[1].points");
  });
  test("not JSON at all", () => {
    const loaded = parseScheme("{ id: ");
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems[0]?.message).toMatch(/JSON/);
  });
  test("a leaf without a rule, and a node with both a rule and children", () => {
    const s = small();
    delete (s.blocks[1] as { rule?: unknown }).rule;
    expect(problems(s)[0]).toMatchObject({ path: "blocks[1]", node: "2 成效评价" });
  });
  test("keys that reach Object.prototype are rejected", () => {
    const p = problems(JSON.parse('{"id":"x","title":"t","blocks":[],"__proto__":{"polluted":1}}'));
    expect(p[0]?.path).toBe("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("children's points must add up to their parent's", () => {
  test("a clause whose points do not add up names the indicator", () => {
    const s = small();
    const flow = (s.blocks[0] as { children: { points: number }[] }).children[1]!;
    flow.points = 5;
    const p = problems(s);
    expect(p.some((x) => x.node === "1.2 规范工作流程" && /合计 4/.test(x.message))).toBe(true);
  });
  test("blocks that do not add up to the stated total", () => {
    const s = { ...small(), totalPoints: 100 };
    expect(problems(s).some((x) => x.path === "blocks" && /10/.test(x.message))).toBe(true);
  });
  test("the slip of [001] 最低生活保障 clause 1 (得3分 …（2分）) cannot be loaded as 3 under a 6-point indicator of 2+1+1+2", () => {
    const s = small();
    s.blocks[0] = {
      name: "困难群众基本生活保障",
      points: 6,
      children: [
        {
          name: "最低生活保障",
          points: 6,
          children: [
            { name: "1", points: 3, rule: { kind: "manual" } },
            { name: "2", points: 1, rule: { kind: "manual" } },
            { name: "3", points: 1, rule: { kind: "manual" } },
            { name: "4", points: 2, rule: { kind: "manual" } },
          ],
        },
      ],
    };
    expect(problems(s).some((x) => x.node === "1.1 最低生活保障")).toBe(true);
  });
});
