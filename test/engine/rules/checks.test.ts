/**
 * What a scheme author gets wrong in a rule's parameters, caught by the rule's own family when the scheme loads: each
 * problem names the path inside the file and the leaf. scheme.ts only asks the family.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { dec, families, familiesUsableIn, familyOf, loadScheme, NodeInput, SchemeInput } from "../../../src/engine";

/** One 3-point block scored by `rule`, beside a 7-point manual block; bonus and penalty parts as given. */
function schemeWith(rule: NodeInput["rule"], parts: Pick<SchemeInput, "bonus" | "penalty"> = {}): SchemeInput {
  return {
    id: "checks",
    title: "规则检查",
    totalPoints: 10,
    blocks: [
      { name: "工作保障", points: 7, rule: { kind: "manual" } },
      { name: "规范工作流程", points: 3, rule },
    ],
    ...parts,
  };
}

function problems(scheme: SchemeInput) {
  const loaded = loadScheme(scheme);
  return loaded.ok ? [] : loaded.problems;
}

const countPenalty: NodeInput["rule"] = { kind: "penalty", terms: [{ kind: "count", label: "通报", per: 2 }] };

describe("rateStepped: rates whose points do not add up to the clause's", () => {
  const rates = (first: number, second: number): NodeInput["rule"] => ({
    kind: "rateStepped",
    partialStep: "counts",
    items: [
      { label: "民政救助类业务超期率", points: first, threshold: 0.1, step: 0.1, per: 0.1 },
      { label: "住房保障类业务超期率", points: second, threshold: 0.1, step: 0.1, per: 0.1 },
    ],
  });

  test("0.5 + 0.5 under a 3-point clause is refused at rule.items, naming the clause", () => {
    expect(problems(schemeWith(rates(0.5, 0.5)))).toEqual([
      { path: "blocks[1].rule.items", node: "2 规范工作流程", message: "各比率分值合计 1，与本项分值 3 不符" },
    ]);
  });
  test("1.5 + 1.5 under the same clause loads", () => {
    expect(problems(schemeWith(rates(1.5, 1.5)))).toEqual([]);
  });
  test("the family itself says where inside the rule", () => {
    const family = familyOf("rateStepped")!;
    const rule = family.params.parse(rates(0.5, 0.5));
    const leaf = { id: "2", name: "规范工作流程", points: dec(3), part: "base" as const, precision: 2 };
    expect(family.check?.(rule, leaf)).toEqual([{ path: "items", message: "各比率分值合计 1，与本项分值 3 不符" }]);
  });
});

describe("levels: a level worth more than the item", () => {
  test("一般 worth 4 under a 3-point item is refused at its points", () => {
    const rule: NodeInput["rule"] = {
      kind: "levels",
      levels: [{ label: "较好" }, { label: "一般", points: 4 }, { label: "较差", points: 0 }],
    };
    expect(problems(schemeWith(rule))).toEqual([
      {
        path: "blocks[1].rule.levels[1].points",
        node: "2 规范工作流程",
        message: "等级“一般”的分值 4 超过本项分值 3",
      },
    ]);
  });
  test("a level without points takes the item's full points, and one worth exactly them is fine", () => {
    const rule: NodeInput["rule"] = { kind: "levels", levels: [{ label: "较好" }, { label: "一般", points: 3 }] };
    expect(problems(schemeWith(rule))).toEqual([]);
  });
});

describe("penalty: a deduction rule outside the 扣分项", () => {
  test("in a base block", () => {
    expect(problems(schemeWith(countPenalty))).toEqual([
      { path: "blocks[1].rule.kind", node: "2 规范工作流程", message: "penalty 规则只能用于扣分项" },
    ]);
  });
  test("in the 加分项", () => {
    const bonus = { name: "加分项", cap: 5, children: [{ name: "工作创新", rule: countPenalty }] };
    expect(problems(schemeWith({ kind: "manual" }, { bonus }))).toEqual([
      { path: "bonus.children[0].rule.kind", node: "3.1 工作创新", message: "penalty 规则只能用于扣分项" },
    ]);
  });
});

describe("扣分项: a rule that scores instead of deducting", () => {
  const penaltyPart = (rule: NodeInput["rule"]) => ({
    penalty: { name: "扣分项", cap: 5, children: [{ name: "安全管理", rule }] },
  });
  test("a rateThreshold in the 扣分项 is refused, naming the rules it may use", () => {
    const rule: NodeInput["rule"] = { kind: "rateThreshold", target: 0.95, per: { share: 0.05 }, floor: 0.75 };
    expect(problems(schemeWith({ kind: "manual" }, penaltyPart(rule)))).toEqual([
      {
        path: "penalty.children[0].rule.kind",
        node: "3.1 安全管理",
        message: "扣分项中的指标应使用 penalty 或 manual 规则，而不是 rateThreshold",
      },
    ]);
  });
  test("penalty and manual (视情扣分) load there", () => {
    expect(problems(schemeWith({ kind: "manual" }, penaltyPart(countPenalty)))).toEqual([]);
    expect(problems(schemeWith({ kind: "manual" }, penaltyPart({ kind: "manual" })))).toEqual([]);
  });
});

describe("every family declares itself", () => {
  test.each(families.map((f) => [f.kind, f] as const))(
    "%s: a Chinese title and the parts it may be used in",
    (_, f) => {
      expect(f.title).toMatch(/^[\p{Script=Han}]+$/u);
      expect(f.usableIn.length).toBeGreaterThan(0);
    },
  );
  test("a 扣分项 leaf may use penalty, then manual; the 加分项 any family but penalty", () => {
    expect(familiesUsableIn("penalty").map((f) => f.kind)).toEqual(["penalty", "manual"]);
    expect(familiesUsableIn("bonus").map((f) => f.kind)).not.toContain("penalty");
    expect(familiesUsableIn("bonus")).toHaveLength(families.length - 1);
  });
  test("scheme.ts asks the families and names none of them", () => {
    const source = readFileSync(join(__dirname, "../../../src/engine/scheme.ts"), "utf8");
    expect(source).not.toMatch(/rule\.kind\s*===/);
    // "penalty" is also the name of a part, which scheme.ts does know.
    for (const f of families.filter((f) => f.kind !== "penalty")) expect(source).not.toContain(`"${f.kind}"`);
  });
});
