import { leaf } from "../../helpers";

describe("below: 每季度召开1次联席会议，全年少于4次的，每少一次扣0.5分 (the input is the meetings held)", () => {
  const rule = {
    kind: "perCaseDeduction" as const,
    terms: [{ kind: "below" as const, label: "召开联席会议", target: 4, per: 0.5 }],
  };
  test("4 or more held: nothing taken; 3 held: 0.5; none held: 2", () => {
    expect(leaf(rule, 2).score(4)).toBe("2.00");
    expect(leaf(rule, 2).score(6)).toBe("2.00");
    expect(leaf(rule, 2).score(3)).toBe("1.50");
    expect(leaf(rule, 2).score(0)).toBe("0.00");
  });
  test("a count, not a rate, in 次; the sentences say so", () => {
    expect(leaf(rule, 2).compiled.slots).toEqual([{ key: "", label: "召开联席会议", kind: "count", measure: "次" }]);
    expect(leaf(rule, 2).compiled.describe()).toBe("召开联席会议少于4次的，每少1次扣0.5分，扣完为止（本项2分）");
    expect(leaf(rule, 2).run(3).sentence).toBe("召开联席会议3次，扣0.5分，共扣0.5分，本项2分，故该项指标得分为1.5分");
    expect(leaf(rule, 2).problem(1.5)).not.toBe("ok");
  });
  test("inside a multi-term clause: 少于4次每少一次扣0.5分；发现问题1例扣1分", () => {
    const two = {
      kind: "perCaseDeduction" as const,
      terms: [rule.terms[0]!, { kind: "count" as const, label: "发现问题", per: 1 }],
    };
    // 3 held: 0.5; 1 case: 1; 3 − 1.5 = 1.5
    expect(leaf(two, 3).score({ "1": 3, "2": 1 })).toBe("1.50");
    expect(leaf(two, 3).score({ "1": 5, "2": 0 })).toBe("3.00");
  });
  test("in a penalty leaf it takes points away, within the leaf's points", () => {
    const pen = { kind: "penalty" as const, terms: rule.terms };
    expect(leaf(pen, 1, { part: "penalty" }).score(2)).toBe("-1.00");
    expect(leaf(pen, 1, { part: "penalty" }).score(4)).toBe("0.00");
  });
});

describe("excess: 差错率控制在2%以内，每超过一个百分点扣0.5分 (higher is worse)", () => {
  const rule = {
    kind: "perCaseDeduction" as const,
    terms: [{ kind: "excess" as const, label: "差错率", limit: 0.02, per: 0.5 }],
  };
  test("at the limit nothing is taken; each point above it costs 0.5, continuously", () => {
    expect(leaf(rule, 2).score("2%")).toBe("2.00");
    expect(leaf(rule, 2).score("3%")).toBe("1.50");
    expect(leaf(rule, 2).score("3.5%")).toBe("1.25");
    expect(leaf(rule, 2).score("10%")).toBe("0.00");
  });
  test("its sentences", () => {
    expect(leaf(rule, 2).compiled.describe()).toBe("差错率超过2%的，每超过1个百分点扣0.5分，扣完为止（本项2分）");
    expect(leaf(rule, 2).compiled.slots[0]?.kind).toBe("rate");
    expect(leaf(rule, 2).run("3%").sentence).toBe("差错率3%，扣0.5分，共扣0.5分，本项2分，故该项指标得分为1.5分");
  });
  test("a cap the document writes: 最多扣1分", () => {
    const capped = { kind: "perCaseDeduction" as const, terms: [{ ...rule.terms[0]!, cap: 1 }] };
    expect(leaf(capped, 2).score("10%")).toBe("1.00");
  });
});

describe("signed excess: 与上年相比，每上升一个百分点扣2分 (the input is the change; a fall costs nothing)", () => {
  const rule = {
    kind: "penalty" as const,
    terms: [{ kind: "excess" as const, label: "案件总量较上年上升幅度", limit: 0, per: 2, signed: true }],
  };
  test("a rise of 3% takes 6; a fall of 5% (“-5%”, -0.05) takes nothing; the leaf's points bound it", () => {
    expect(leaf(rule, 30, { part: "penalty" }).score("3%")).toBe("-6.00");
    expect(leaf(rule, 30, { part: "penalty" }).score("-5%")).toBe("0.00");
    expect(leaf(rule, 30, { part: "penalty" }).score(-0.05)).toBe("0.00");
    expect(leaf(rule, 30, { part: "penalty" }).score("20%")).toBe("-30.00");
  });
  test("without signed a negative rate is refused", () => {
    const unsigned = { kind: "penalty" as const, terms: [{ ...rule.terms[0]!, signed: undefined }] };
    expect(leaf(unsigned, 30, { part: "penalty" }).problem("-5%")).not.toBe("ok");
  });
});
