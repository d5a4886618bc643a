import { leaf } from "../../helpers";

describe("manual: 视情给分 — the evaluator's score, within [0, P]", () => {
  const rule = { kind: "manual" as const };
  test("a score within the points is kept", () => {
    expect(leaf(rule, 5).score("4.5")).toBe("4.50");
  });
  test("a score above the points or below 0 is refused", () => {
    expect(leaf(rule, 5).problem(6)).toBe("out-of-bounds");
    expect(leaf(rule, 5).problem(-1)).toBe("out-of-bounds");
  });
  test("in a penalty part the score is a deduction between −P and 0", () => {
    expect(leaf(rule, 5, { part: "penalty" }).score(-2)).toBe("-2.00");
    expect(leaf(rule, 5, { part: "penalty" }).problem(2)).toBe("out-of-bounds");
  });
});

describe("all-or-nothing: …的，得1分，否则不得分 [001]; 未建立扣2分 [003]", () => {
  test("yes answers an award clause as written: the condition holds, full points", () => {
    const l = leaf({ kind: "allOrNothing", sense: "condition" }, 1);
    expect(l.score("是")).toBe("1.00");
    expect(l.score("否")).toBe("0.00");
  });
  test("yes answers a failure clause as written: 工作经费未列入财政预算 happened, the 2 points are lost", () => {
    const l = leaf({ kind: "allOrNothing", sense: "failure" }, 2);
    expect(l.score("是")).toBe("0.00");
    expect(l.score("否")).toBe("2.00");
  });
});

describe("checklist: 符合所有条件得满分；一项不符合，扣权重分的34%，扣完为止 [004]", () => {
  const a12 = {
    kind: "checklist" as const,
    items: ["按照规定的程序申请设立", "审批文件、材料符合相关要求", "事前经过必要的可行性研究…"],
    per: { share: 0.34 },
  };
  test("no item failed: full points", () => {
    expect(leaf(a12, 4).score(0)).toBe("4.00");
  });
  test("one failed item takes 34% of 4 = 1.36", () => {
    expect(leaf(a12, 4).score(1)).toBe("2.64");
  });
  test("three failed items take 102%: the floor is 0", () => {
    expect(leaf(a12, 4).score(3)).toBe("0.00");
  });
  test("item by item (yes = 符合): ① and ③ failing is two failures, named in the sentence", () => {
    const run = leaf(a12, 4).run({ 1: "否", 2: "是", 3: "否" });
    expect(run.score).toBe("1.28");
    expect(run.sentence).toContain("（①、③）");
  });
  test("more failures than items is an error", () => {
    expect(leaf(a12, 4).problem(4)).toBe("too-many-failed");
  });
  test("三项政策，未贯彻落实每项扣1分 [003]: a point value per item", () => {
    expect(leaf({ kind: "checklist", items: ["特困", "重残", "就业成本"], per: { points: 1 } }, 5).score(2)).toBe(
      "3.00",
    );
  });
});

describe("per-case deduction: 每发现1例违反流程的，扣0.5分，扣完为止 [001]", () => {
  const rule = { kind: "perCaseDeduction" as const, terms: [{ kind: "count" as const, label: "违反流程", per: 0.5 }] };
  test("3 cases take 1.5 of 2", () => {
    expect(leaf(rule, 2).score(3)).toBe("0.50");
  });
  test("扣完为止: 5 cases leave 0", () => {
    expect(leaf(rule, 2).score(5)).toBe("0.00");
  });
  test("a count that is not a whole number is refused", () => {
    expect(leaf(rule, 2).problem("1.5")).toBe("not-a-count");
  });
  test("several counted terms and a fixed deduction: 动态管理 [003]", () => {
    // 动态管理不到位的每例扣0.1分；不在人员享受保障超过6个月的每1例扣0.5分；年审没有落实扣2分 (4分)
    const rule3 = {
      kind: "perCaseDeduction" as const,
      terms: [
        { kind: "count" as const, label: "动态管理不到位", per: 0.1 },
        { kind: "count" as const, label: "不在人员享受保障超过6个月", per: 0.5 },
        { kind: "flag" as const, label: "年审没有落实", points: 2 },
      ],
    };
    expect(leaf(rule3, 4).score({ 1: 3, 2: 1, 3: "是" })).toBe("1.20");
    expect(leaf(rule3, 4).score({ 1: 0, 2: 0, 3: "否" })).toBe("4.00");
  });
  test("one term left blank is an error naming that term, not a guess of 0", () => {
    const rule2 = {
      kind: "perCaseDeduction" as const,
      terms: [
        { kind: "count" as const, label: "a", per: 0.1 },
        { kind: "count" as const, label: "b", per: 0.1 },
      ],
    };
    const parsed = leaf(rule2, 1).compiled.parse({ 1: 2, 2: "" });
    expect(!parsed.ok && parsed.error.part).toBe("2");
  });
  test("每次上报晚1个工作日扣0.1分 [003]: 12 late days take 1.2 of 3", () => {
    const late = { kind: "perCaseDeduction" as const, terms: [{ kind: "count" as const, label: "上报晚", per: 0.1 }] };
    expect(leaf(late, 3).score("12")).toBe("1.80");
  });
});

describe("per-case award: 每报一例得0.1分，封顶0.5分 [001]", () => {
  const rule = {
    kind: "perCaseAward" as const,
    terms: [{ kind: "count" as const, label: "上报综合帮扶优秀案例", per: 0.1, cap: 0.5 }],
  };
  test("3 cases give 0.3", () => {
    expect(leaf(rule, 0.5).score(3)).toBe("0.30");
  });
  test("8 cases are capped at 0.5", () => {
    expect(leaf(rule, 2).score(8)).toBe("0.50");
  });
  test("awards and a deduction in one clause: 流浪乞讨人员救助 [001]", () => {
    // 及时发现…上报的，得0.5分；落实属地责任…的，得0.5分；救助不到位，每发现1例扣0.2分，扣完为止（1分）
    const mixed = {
      kind: "perCaseAward" as const,
      terms: [
        { kind: "flag" as const, label: "及时发现并上报、转送", points: 0.5 },
        { kind: "flag" as const, label: "及时接收、安置本辖区流浪乞讨人员", points: 0.5 },
        { kind: "count" as const, label: "救助不到位", per: 0.2, deduct: true },
      ],
    };
    expect(leaf(mixed, 1).score({ 1: "是", 2: "是", 3: 1 })).toBe("0.80");
    expect(leaf(mixed, 1).score({ 1: "否", 2: "否", 3: 2 })).toBe("0.00");
  });
});

describe("penalty part: 发现或点名通报1例扣2分；造成人员死亡的，扣3分 [001]", () => {
  const rule = {
    kind: "penalty" as const,
    terms: [
      { kind: "count" as const, label: "造成人身伤害", per: 1 },
      { kind: "count" as const, label: "造成人员死亡", per: 3 },
    ],
  };
  test("one injury and one death take 4", () => {
    expect(leaf(rule, 5, { part: "penalty" }).score({ 1: 1, 2: 1 })).toBe("-4.00");
  });
  test("a leaf never takes more than its cap", () => {
    expect(leaf(rule, 5, { part: "penalty" }).score({ 1: 0, 2: 3 })).toBe("-5.00");
  });
});

describe("a counted term says its rule in the unit it counts", () => {
  test("“缺1人次扣1分” reads back 每人次, not 每例; an item count 每项; the default 每例", () => {
    const rule = {
      kind: "penalty" as const,
      terms: [
        { kind: "count" as const, label: "会议缺席", unit: "人次", per: 1 },
        { kind: "count" as const, label: "制度未制定", items: 3, per: 0.5 },
        { kind: "count" as const, label: "发现不经调查直接给予救助", per: 0.5 },
      ],
    };
    expect(leaf(rule, 5, { part: "penalty" }).compiled.describe()).toBe(
      "会议缺席每人次扣1分；制度未制定每项扣0.5分（共3项）；发现不经调查直接给予救助每例扣0.5分（本项最多扣5分）",
    );
  });
});
