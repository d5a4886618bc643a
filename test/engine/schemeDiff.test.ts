import { describeSchemeChange, diffSchemes, loadScheme, Scheme, SchemeInput } from "../../src/engine";

/** A small scheme of the 长宁 2023 shape: a block with an indicator of two clauses, a block scored as one. */
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
  };
}

function load(input: SchemeInput): Scheme {
  const loaded = loadScheme(input);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scheme;
}

function lines(before: SchemeInput, after: SchemeInput): string[] {
  return diffSchemes(load(before), load(after)).changes.map((c) => describeSchemeChange(c).zh);
}

type Node = NonNullable<SchemeInput["blocks"][number]["children"]>[number];
const block1 = (s: SchemeInput) => s.blocks[0] as Node & { children: Node[] };
const clauses = (s: SchemeInput) => (block1(s).children[1] as Node & { children: Node[] }).children;

describe("what changed when the 指标体系 is read again", () => {
  it("finds nothing when nothing changed", () => {
    const diff = diffSchemes(load(small()), load(small()));
    expect(diff.changes).toEqual([]);
    expect(diff.bindingsAffected).toEqual([]);
  });

  it("names a changed 分值 and a changed rule; a changed rule puts the leaf's bindings in question", () => {
    const after = small();
    clauses(after)[0] = {
      name: "规范审核确认工作",
      points: 2,
      rule: { kind: "perCaseDeduction", terms: [{ kind: "count", label: "违反流程", per: 1 }] },
    };
    after.blocks[1] = { name: "成效评价", points: 5, rule: { kind: "manual" } };
    after.totalPoints = 11;
    expect(lines(small(), after)).toEqual([
      "1.2.1 规范审核确认工作：评分规则已修改",
      "2 成效评价：分值 4 → 5",
      "方案信息：满分已修改",
    ]);
    expect(diffSchemes(load(small()), load(after)).bindingsAffected).toEqual(["1.2.1"]);
  });

  it("a row inserted above shifts dotted 编号: the nodes below are paired by 名称 and reported as renumbered", () => {
    const after = small();
    block1(after).children.splice(0, 1, { name: "组织保障", points: 1, rule: { kind: "manual" } });
    block1(after).children.splice(1, 0, { name: "人员保障", points: 1, rule: { kind: "manual" } });
    const diff = diffSchemes(load(small()), load(after));
    expect(diff.changes.map((c) => describeSchemeChange(c).zh)).toEqual([
      "1.1 组织保障：分值 2 → 1",
      "1.2 规范工作流程：编号 1.2 → 1.3",
      "1.2.1 规范审核确认工作：编号 1.2.1 → 1.3.1",
      "1.2.2 档案管理规范：编号 1.2.2 → 1.3.2",
      "新增 1.2 人员保障",
    ]);
    // Input files and bindings are keyed by 编号: the renumbered leaves' bindings need the clerk's word.
    expect(diff.bindingsAffected).toEqual(["1.2.1", "1.2.2"]);
  });

  it("a new name at the same 编号 is a rename; a row deleted is removed", () => {
    const after = small();
    clauses(after)[1] = { name: "档案管理规范完整", points: 2, rule: { kind: "allOrNothing", sense: "condition" } };
    after.blocks[1] = {
      name: "成效评价",
      points: 4,
      children: [{ name: "满意度", points: 4, rule: { kind: "manual" } }],
    };
    const diff = diffSchemes(load(small()), load(after));
    expect(diff.changes.map((c) => describeSchemeChange(c).zh)).toEqual([
      "1.2.2 档案管理规范：名称“档案管理规范”→“档案管理规范完整”",
      "2 成效评价：评分规则已修改",
      "新增 2.1 满意度",
    ]);
    // A renamed leaf keeps its 编号 and rule: its binding still means the same input. 成效评价 is no longer a leaf.
    expect(diff.bindingsAffected).toEqual(["2"]);
    const removed = small();
    block1(removed).children.splice(0, 1);
    (block1(removed) as { points: number }).points = 4;
    removed.totalPoints = 8;
    const gone = diffSchemes(load(small()), load(removed));
    expect(gone.changes.map((c) => describeSchemeChange(c).zh)).toContain("删除 1.1 组织保障");
    expect(gone.bindingsAffected).toContain("1.1");
  });

  it("of two rows with the same name, the one whose 编号 is gone is the one removed", () => {
    const before = small();
    block1(before).children.push({ name: "报送工作材料", points: 1, rule: { kind: "manual" } });
    (block1(before) as { points: number }).points = 7;
    before.blocks[1] = {
      name: "成效评价",
      points: 4,
      children: [
        { name: "报送工作材料", points: 1, rule: { kind: "manual" } },
        { name: "满意度", points: 3, rule: { kind: "manual" } },
      ],
    };
    before.totalPoints = 11;
    const after = structuredClone(before);
    // 1.3 报送工作材料 is deleted; 2.1 报送工作材料 keeps its 编号 and is not taken for a move of 1.3.
    block1(after).children.pop();
    (block1(after) as { points: number }).points = 6;
    after.totalPoints = 10;
    const diff = diffSchemes(load(before), load(after));
    expect(diff.changes.map((c) => describeSchemeChange(c).zh)).toEqual([
      "1 工作保障与管理：分值 7 → 6",
      "删除 1.3 报送工作材料",
      "方案信息：满分已修改",
    ]);
  });
});
