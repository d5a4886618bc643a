/**
 * Partial clauses whose manual piece cannot be computed for want of a number, not for judgement
 * (src/engine/recognise/unreadPart.ts): a sentence holding only a shortfall without its target (每少1人, 每少公开1次, 少1次)
 * or a range of points for one failing (每次扣1-2分), with its amount and cap, is the manual part; the other sentences are
 * drafted as they would be alone. Declined: the piece sharing its sentence with another term, a count to reach stated
 * elsewhere in the clause, missing items (computable as the number missing), a rest that does not draft alone. Wording
 * from the held-out sets' documents (村务公开, 五保供养, 老干部工作) and 安全生产 inspection tables, varied.
 */
import { recognise, Recognition } from "../../../src/engine";
import { pieceMost, unreadSentences } from "../../../src/engine/recognise/unreadPart";
import { reasonOf, score } from "./probeHelpers";

function parts(r: Recognition): Array<{ status: string; keys?: string[]; reason?: string }> {
  return r.status === "partial" ? (r.parts as Array<{ status: string; keys?: string[]; reason?: string }>) : [];
}

describe("a shortfall without its target is the manual part", () => {
  test("first: the drafted count is keyed 2, the floor its 扣完20分为止", () => {
    const r = recognise("每少公開一次扣5分;每發現一處不是逐筆逐項公開的,扣2分,扣完20分為止。", 20);
    expect(r.status).toBe("partial");
    expect(parts(r).map((p) => [p.status, p.keys])).toEqual([
      ["draft", ["2"]],
      ["manual", ["1"]],
    ]);
    expect(parts(r)[1]?.reason).toMatch(/未说明应达到的数量/);
    expect(score(r, { "2": 0 }, 20)).toBe("20");
    expect(score(r, { "2": 3 }, 20)).toBe("14");
    expect(score(r, { "2": 12 }, 20)).toBe("0");
  });
  test("with its cap in its sentence: the cap goes with it", () => {
    const r = recognise("工作人员每少一人,扣1分,最多扣3分;院长非专职人员,扣2分。", 5);
    expect(r.status).toBe("partial");
    expect(score(r, { "2": "否" }, 5)).toBe("5");
    expect(score(r, { "2": "是" }, 5)).toBe("3");
  });
  test("without 每, last: the drafted yes/no is keyed 1", () => {
    const r = recognise("领导联系老干部无制度扣1分;走访看望少一次扣1分", 5);
    expect(r.status).toBe("partial");
    expect(parts(r).map((p) => p.keys)).toEqual([["1"], ["2"]]);
    expect(score(r, { "1": "是" }, 5)).toBe("4");
  });
  test("a requirement per period before it is words: the number due is still not stated", () => {
    const r = recognise("每季度召开议事会议,每少开展一次活动的扣5分。标识标牌损坏未及时更换的,每处扣1分。", 10);
    expect(r.status).toBe("partial");
    expect(score(r, { "2": 3 }, 10)).toBe("7");
  });
});

describe("a shortfall against a count due each period is the manual part (held-out sets 11, 12)", () => {
  test("“每季度…不少于1次,少一次扣1分”: per quarter or over the year is the evaluator's; the yes/no after it keyed 2", () => {
    const r = recognise("查阅走访记录,每季度入户走访不少于1次,少一次扣1分;未建立走访台账扣2分。", 6);
    expect(r.status).toBe("partial");
    expect(parts(r).map((p) => p.keys)).toEqual([["2"], ["1"]]);
    expect(parts(r)[1]?.reason).toMatch(/频次/);
    expect(score(r, { "2": "是" }, 6)).toBe("4");
    expect(score(r, { "2": "否" }, 6)).toBe("6");
  });
  test("a yearly count due in the sentence may be the target: never cut", () => {
    expect(recognise("查阅走访记录,全年入户走访不少于4次,少一次扣1分;未建立走访台账扣2分。", 6).status).not.toBe(
      "partial",
    );
  });
});

describe("a range of points for one failing is the manual part", () => {
  test("in its own sentence with its cap", () => {
    const r = recognise("无故缺席每次扣1—2分,最多扣4分;未建立考勤制度扣2分。", 5);
    expect(r.status).toBe("partial");
    expect(parts(r)[1]?.reason).toMatch(/区间/);
    expect(score(r, { "2": "是" }, 5)).toBe("3");
  });
  test("two ranges among yes/no terms, each keyed where it stands", () => {
    const r = recognise(
      "未制定费用管理制度，扣3分；\n费用未单独核算，扣3分；\n费用未按规定足额提取，扣5－10分；\n未编制投入计划，扣3分；\n未进行检查分析，扣3-5分。",
      10,
    );
    expect(r.status).toBe("partial");
    expect(parts(r).map((p) => p.keys)).toEqual([
      ["1", "2", "4"],
      ["3", "5"],
    ]);
    expect(score(r, { "1": "是", "2": "否", "4": "是" }, 10)).toBe("4");
  });
});

describe("declined: not a piece of its own, or the number is there", () => {
  test("beside another term in its sentence (parted by a comma only)", () => {
    expect(recognise("每少1人扣1分,未建立制度扣2分。", 5).status).toBe("manual");
  });
  test("a count to reach stated in the clause: the shortfall is read against it, never cut", () => {
    const r = recognise("少于4次的,每少1次扣1分;未建立制度扣2分。", 5);
    expect(r.status).toBe("draft");
    expect(score(r, { "1": 3, "2": "否" }, 5)).toBe("4");
  });
  test("a count to reach in another sentence: the clause is not cut", () => {
    expect(recognise("每年召开4次会议;每少1次扣1分;未建立制度扣2分。", 5).status).toBe("manual");
  });
  test("missing items are a count of what is missing, not a want of a number: not cut", () => {
    expect(recognise("未按要求设置服务项目,每少1个项目扣5分;服务项目虚设未开展扣2分。", 10).status).not.toBe("partial");
  });
  test("nothing computable beside it", () => {
    expect(recognise("每少一次扣1分;资料不全的扣1-2分。", 4).status).toBe("manual");
  });
  test("the rest declined alone declines the clause (failings listed by 的, before one per-case amount)", () => {
    const r = recognise(
      "日常巡访每缺1次扣0.5分;未协助查处非法行医的,未对被查处的非法行医点未进行回访的,每一户次扣1分;扣完为止。",
      6,
    );
    expect(r.status).toBe("manual");
  });
});

describe("what the cut exposed, read alone", () => {
  test("failings listed by 的, before one per-case amount: each counted, or together?", () => {
    const r = recognise("未协助查处非法行医的，未对被查处的非法行医点和人员未进行回访的，每一户次扣1分。", 6);
    expect(reasonOf(r)).toMatch(/列出几种情形共用一个分值/);
  });
  test("“每发现上述1处情况” counts any of them", () => {
    const r = recognise("未按要求开展安全预评价的,未按要求开展地震安全性评价的,每发现上述1处情况扣0.5分。", 3);
    expect(r.status).toBe("draft");
    expect(score(r, 2, 3)).toBe("2");
  });
  test("按卷扣 is per 卷", () => {
    const r = recognise("建卷和资料不完整的按卷扣2分。", 10);
    expect(r.status).toBe("draft");
    expect(score(r, 3, 10)).toBe("4");
  });
  test("扣完N分为止 is the cap N (all the points here)", () => {
    const r = recognise("每发现1处不是逐笔逐项公开的,扣2分,扣完20分为止。", 20);
    expect(r.status).toBe("draft");
    expect(score(r, 3, 20)).toBe("14");
    expect(score(r, 11, 20)).toBe("0");
  });
});

describe("unreadSentences", () => {
  test("only a sentence whose one scoring phrase is the piece, its amount and cap", () => {
    const normal = "工作人员每少1人,扣1分,最多扣3分;院长非专职人员,扣2分。";
    expect(unreadSentences(normal).map((u) => u.text)).toEqual(["工作人员每少1人,扣1分,最多扣3分"]);
    expect(unreadSentences("每少1人扣1分,未建立制度扣2分。")).toEqual([]);
    expect(unreadSentences("少于4次的,每少1次扣1分;未建立制度扣2分。")).toEqual([]);
    expect(unreadSentences("每缺1项扣1分;未建立制度扣2分。")).toEqual([]);
    // the count due stated in another sentence of the clause
    expect(unreadSentences("每年召开4次会议;每少1次扣1分;未建立制度扣2分。")).toEqual([]);
    expect(unreadSentences("工作人员不少于3人;每少1人扣1分;未建立制度扣2分。")).toEqual([]);
    expect(unreadSentences("每少1次扣1分;未建立制度扣2分。").map((u) => u.text)).toEqual(["每少1次扣1分"]);
    // a range with its own amount, and a per-time range
    expect(unreadSentences("未建立制度扣2分;资料不全扣1-3分。").map((u) => u.text)).toEqual(["资料不全扣1-3分"]);
  });
});

describe("the manual part's most, in the whole-leaf rule", () => {
  test("its cap bounds what the evaluator may take for it", () => {
    const r = recognise("工作人员每少一人,扣1分,最多扣3分;院长非专职人员,扣2分。", 5);
    const rule = r.status === "partial" ? (r.rule as { terms: Array<{ kind: string; points: number }> }) : undefined;
    expect(rule?.terms.map((t) => [t.kind, t.points])).toEqual([
      ["judged", 3],
      ["flag", 2],
    ]);
    expect(r.status === "partial" ? r.sentence : "").toMatch(/0～3分/);
  });
  test("an amount per time short is no most of its own: the piece may take all the points", () => {
    const r = recognise("每少公開一次扣5分;每發現一處不是逐筆逐項公開的,扣2分,扣完20分為止。", 20);
    const rule = r.status === "partial" ? (r.rule as { terms: Array<{ kind: string; points: number }> }) : undefined;
    expect(rule?.terms[0]).toMatchObject({ kind: "judged", points: 20 });
    const once = recognise("领导联系老干部无制度扣1分;走访看望少一次扣1分", 5);
    const terms = once.status === "partial" ? (once.rule as { terms: Array<{ points: number }> }).terms : [];
    expect(terms[1]?.points).toBe(5);
  });
  test("pieceMost: one cap, or the top of one range for one failing", () => {
    expect(pieceMost("工作人员每少1人,扣1分,最多扣3分")?.toString()).toBe("3");
    expect(pieceMost("每发现1起扣1分,扣满3分为止")?.toString()).toBe("3");
    expect(pieceMost("安全生产费用未按规定足额提取、使用,扣5-10分")?.toString()).toBe("10");
    expect(pieceMost("无故缺席每次扣1-2分")).toBeUndefined();
    expect(pieceMost("每少1次扣1分")).toBeUndefined();
    expect(pieceMost("扣1-2分;扣3-5分")).toBeUndefined();
  });
});
