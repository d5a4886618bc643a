/**
 * Judgement pieces the partial cut missed (issue 11 part 1, round 13; src/engine/recognise/judgedPiece.ts): a judged middle
 * rung between an award and a zero (h5-xdc-1.6C), a whole sentence of judgement with points of its own beside a rest that
 * states its share (tzqj-1, r9-wyph-1), a one-time deduction for a graded state (mkdd-6.2), and what stays declined beside
 * them: a judged failing with nothing else stated, a rest of deductions whose base is open, a quality of a team or person
 * (不团结, 不民主, 没有威信), an absence beside a lesser failing of the same act. Wording varied from those documents'.
 */
import { probe, recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("a judged middle rung: the award and the zero drafted as levels, the judged rung the evaluator's", () => {
  const text = "B、完成镇下达的征订任务记4分,未完成的酌情扣分,未征订不记分。";
  test("the two stated rungs score as written; the judged rung is not one of them", () => {
    const r = recognise(text, 4);
    expect(r.status).toBe("partial");
    if (r.status !== "partial") return;
    expect(r.parts.map((p) => [p.status, p.points])).toEqual([
      ["draft", 4],
      ["manual", 4],
    ]);
    expect(r.parts[0]?.rule).toEqual({
      kind: "levels",
      levels: [
        { label: "完成镇下达的征订任务", points: 4 },
        { label: "未征订", points: 0 },
      ],
    });
    expect(score(r, "完成镇下达的征订任务", 4)).toBe("4");
    expect(score(r, "未征订", 4)).toBe("0");
    expect("error" in probe(r, "未完成", 4)).toBe(true);
    expect(r.sentence).toContain("“未完成”的由评价人判断（0～4分）");
  });
  test("declined: the judged failing alone, with nothing else stated", () => {
    expect(reasonOf(recognise("完成征订任务得4分,否则视情扣分。", 4))).toContain("视情");
  });
  test("declined: a judged rung that is not the award's negation (主体单一 of 多元化)", () => {
    expect(recognise("参与主体多元化的,得4分,主体单一的,酌情扣分,无主体参与不得分。", 4).status).toBe("manual");
  });
  test("declined: the award not all the points, the rungs in another order, a bonus part", () => {
    expect(recognise("完成征订任务记3分,未完成的酌情扣分,未征订不记分。", 4).status).toBe("manual");
    expect(recognise("未征订不记分,完成征订任务记4分,未完成的酌情扣分。", 4).status).toBe("manual");
    expect(recognise("完成征订任务记4分,未完成的酌情扣分,未征订不记分。", 4, "bonus").status).toBe("manual");
  });
  test("declined: a number in a rung (a threshold the rungs do not cover)", () => {
    expect(recognise("完成征订任务100份记4分,未完成的酌情扣分,未征订不记分。", 4).status).toBe("manual");
  });
});

describe("a whole sentence of judgement with points of its own: the rest drafted on the share it states", () => {
  test("a judged ladder of 好/差 beside a yes/no award making up the rest", () => {
    const r = recognise("组织发动群众好的计2.5分,差的扣1分;建立工作台账的,计2.5分,否则不得分。", 5);
    expect(r.status).toBe("partial");
    if (r.status !== "partial") return;
    expect(r.parts.map((p) => [p.status, p.points, p.keys])).toEqual([
      ["draft", 2.5, ["2"]],
      ["manual", 2.5, ["1"]],
    ]);
    expect(score(r, { "2": "是" }, 5)).toBe("2.5");
    expect(score(r, { "2": "否" }, 5)).toBe("0");
    // the whole leaf: the judged sentence a share the evaluator gives, beside the drafted award
    expect(r.rule).toMatchObject({ kind: "perCaseAward", terms: [{ kind: "judged", points: 2.5 }, { kind: "flag" }] });
  });
  test("the judged sentence's points are its highest rung, not the rungs added", () => {
    const r = recognise("宣传氛围好的得3分,一般的得2分,差的得1分;建立工作台账的,得2分,否则不得分。", 5);
    expect(r.status).toBe("partial");
    if (r.status !== "partial") return;
    expect(r.parts.map((p) => [p.status, p.points])).toEqual([
      ["draft", 2],
      ["manual", 3],
    ]);
    expect(score(r, { "2": "是" }, 5)).toBe("2");
  });
  test("a judged award in a bracket after it, the rest written 得分N分", () => {
    const r = recognise("1.有综治工作领导小组,得分2分(未建立不得分);班子团结、战斗力强,得4分(由考评组视情量分)。", 6);
    expect(r.status).toBe("partial");
    expect(score(r, { "1": "是" }, 6)).toBe("2");
    expect(score(r, { "1": "否" }, 6)).toBe("0");
  });
  test("declined: the rest deducts only (from all the points, or from what the judged sentence leaves?)", () => {
    expect(recognise("组织发动群众好的计2.5分,差的扣1分;每发现1例违规扣0.5分。", 5).status).toBe("manual");
  });
  test("declined: the rest's awards do not make up what the judged sentence leaves", () => {
    expect(recognise("组织发动群众好的计2.5分,差的扣1分;建立工作台账的,计2分,否则不得分。", 5).status).toBe("manual");
  });
  test("declined: a number in the judged sentence besides its points (a measure of its own?)", () => {
    expect(recognise("开展2次宣传,效果好的得2分,差的不得分;建立工作台账的,得3分,否则不得分。", 5).status).toBe(
      "manual",
    );
  });
  test("declined: the judged rungs beside a computable piece in the same sentence", () => {
    expect(recognise("组织发动群众好的计2.5分,建立工作台账的计2.5分,否则不得分。", 5).status).toBe("manual");
  });
});

describe("a one-time deduction for a graded state is the manual part, as a degree is", () => {
  test("环境卫生差 beside a count: the count drafted on all the points, keyed 1", () => {
    const r = recognise("台账、图表杂乱无章,一项扣0.5分;办公环境卫生差扣0.5分", 2);
    expect(r.status).toBe("partial");
    if (r.status !== "partial") return;
    expect(r.parts.map((p) => [p.status, p.keys])).toEqual([
      ["draft", ["1"]],
      ["manual", ["2"]],
    ]);
    expect(score(r, { "1": 0 }, 2)).toBe("2");
    expect(score(r, { "1": 3 }, 2)).toBe("0.5");
    expect(score(r, { "1": 5 }, 2)).toBe("0");
  });
  test("not a grade: 差错 is a noun; 开展不好 stays declined", () => {
    expect(recognise("出现差错扣0.5分;资料不全扣1分。", 2).status).toBe("manual");
    expect(
      recognise("未开展评星定级工作的扣3分;晋位升级工作开展不好的扣4分;星级管理没实行一年一评的扣3分。", 10).status,
    ).toBe("manual");
  });
  test("a graded state alone is declined (nothing computable)", () => {
    expect(recognise("环境卫生差扣0.2分。", 1).status).toBe("manual");
  });
});

describe("declined: a quality of a team or person, an absence beside a lesser failing of the same act", () => {
  test("不团结, 不民主, 没有威信 are the evaluator's", () => {
    expect(reasonOf(recognise("班子成员不团结的扣1分,未制定年度工作计划的扣1分。", 2))).toContain("不团结");
    expect(reasonOf(recognise("书记作风不民主的扣1分,在群众中没有威信的扣2分。", 3))).toContain("不民主");
  });
  test("未能归档 also fails to cooperate in archiving: added or replacing is open", () => {
    expect(reasonOf(recognise("未能归档的扣20分,不能配合整理归档的扣5分。", 25))).toContain("累加还是只扣其一");
  });
});
