/**
 * Round 8's wording classes (docs/recogniser.md, “How it reads”): a requirement's points and its per-case deduction in a
 * closing bracket (“…(30分,发现一座扣1分)”, bracketTerms.ts), per-unit awards with their total in a bracket (“(1个0.5分,
 * 共3分)”, bracketTerms.ts), and checkbox options of a scanned form (“口开立 5 口未开立 0”, checkbox.ts). No clause of
 * these shapes was found outside the development set and the reserved sectors, so they are covered here only. Each read
 * in general, with the near-misses that must stay manual. Scores are worked by hand from each clause's own words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("a requirement's points and its per-case deduction in a closing bracket", () => {
  test("“(1)在清明节前平毁…坟头(30分,发现一座扣1分)”: per 座, floored at 0; the date is words", () => {
    const r = recognise("(1)在清明节前平毁辖区内所有坚固性坟头(30分,发现一座扣1分)", 30);
    expect(r.status).toBe("draft");
    if (r.status === "draft") expect(r.rule.kind).toBe("perCaseDeduction");
    // the input is the number of 坟头 found: 30 − 1 × n, never below 0
    expect([0, 1, 3, 30, 40].map((n) => score(r, n, 30))).toEqual(["30", "29", "27", "0", "0"]);
  });

  test("“(10分，每发现一例扣2分)”, “(5分,缺一项扣1分)”, a dated requirement, 每发现一处 and 发现一起", () => {
    const each = recognise("加强日常巡查(10分，每发现一例扣2分)", 10);
    expect([0, 2, 5, 6].map((n) => score(each, n, 10))).toEqual(["10", "6", "0", "0"]);
    const missing = recognise("建立健全工作台账(5分,缺一项扣1分)", 5);
    expect([0, 2, 5].map((n) => score(missing, n, 5))).toEqual(["5", "3", "0"]);
    const dated = recognise("在3月31日前完成辖区内违法建筑拆除(10分,每发现一处扣2分)", 10);
    expect([1, 4].map((n) => score(dated, n, 10))).toEqual(["8", "2"]);
    const dated2 = recognise("2023年底前完成辖区内违法建筑拆除(10分,每发现一处扣2分,扣完为止)", 10);
    expect([1, 6].map((n) => score(dated2, n, 10))).toEqual(["8", "0"]);
    const events = recognise("道路两侧无乱堆乱放(6分,发现一起扣1.5分)", 6);
    expect([1, 2, 5].map((n) => score(events, n, 6))).toEqual(["4.5", "3", "0"]);
    // 加强, 减少, 不得发生 in the requirement score nothing
    const must = recognise("不得发生安全事故(10分,发现一起扣5分)", 10);
    expect([0, 1, 2].map((n) => score(must, n, 10))).toEqual(["10", "5", "0"]);
  });

  test("a bracket whose points are not the 分值 declines (it used to draft ignoring them)", () => {
    expect(reasonOf(recognise("(10分，每发现一例扣2分)", 5))).toContain("括号中的10分");
    expect(reasonOf(recognise("加强日常巡查(8分,发现一处扣1分)", 10))).toContain("不一致");
  });

  test("near-misses decline: a number in the requirement, a scoring word beside it, an amount above the 分值", () => {
    // 1次 a quarter: is the input the meetings held or those missing?
    expect(recognise("每季度召开1次会议(5分,缺一次扣1分)", 5).status).toBe("manual");
    expect(reasonOf(recognise("全年开展4次巡查(5分,缺一次扣1分)", 5))).toContain("数量要求");
    expect(reasonOf(recognise("入户核查率达到95%(5分,发现一户扣1分)", 5))).toContain("数量要求");
    expect(recognise("酌情开展巡查(10分,发现一处扣2分)", 10).status).toBe("manual");
    expect(reasonOf(recognise("开展巡查(10分,发现一处扣12分)", 10))).toContain("不相称");
    // a range of points, or a cap the bracket adds: not this shape, and not drafted
    expect(recognise("开展巡查(10分,每发现一例扣2至5分)", 10).status).toBe("manual");
    expect(recognise("开展巡查(10分,每发现一例扣2分,最多扣5分)", 10).status).toBe("manual");
    // no unit counted: once or per case?
    expect(recognise("开展巡查(10分,发现问题扣2分)", 10).status).toBe("manual");
  });
});

describe("per-unit awards with their total in a bracket", () => {
  test("“(1个0.5分,共3分)” and “(每个0.5分，共3分)”: a count that awards, capped at the total (= the 分值)", () => {
    for (const text of [
      "报送工作信息(1个0.5分,共3分)",
      "报送工作信息(每个0.5分，共3分)",
      "报送工作信息(1个0.5分,共计3分)",
    ]) {
      const r = recognise(text, 3);
      expect([text, r.status]).toEqual([text, "draft"]);
      expect([0, 1, 4, 6, 9].map((n) => score(r, n, 3))).toEqual(["0", "0.5", "2", "3", "3"]);
    }
    const pieces = recognise("在市级以上媒体发表宣传稿件(每篇1分,共4分)", 4);
    expect([2, 5].map((n) => score(pieces, n, 4))).toEqual(["2", "4"]);
  });

  test("“每个X…(每个1分,共7分)”: the 每 before the bracket names the unit counted", () => {
    const r = recognise("每个失败点描述准确且给出有效优化方案（每个1分，共7分）", 7);
    expect(r.status).toBe("draft");
    expect([0, 3, 7, 9].map((n) => score(r, n, 7))).toEqual(["0", "3", "7", "7"]);
    // 各 after 每个X: per X
    const each = recognise("每个特性解释清晰准确（各1分，共4分）", 4);
    expect([0, 3, 4, 6].map((n) => score(each, n, 4))).toEqual(["0", "3", "4", "4"]);
    // 各 with no unit named before it: per what?
    expect(recognise("优缺点分析合理（各1分，共3分）", 3).status).toBe("manual");
    // another unit before than in the bracket: not read
    expect(recognise("每项制度健全(每个1分,共3分)", 3).status).toBe("manual");
  });

  test("a count in the requirement, or a deduction beside the award in the bracket, declines", () => {
    // below 3, does each still score?
    expect(reasonOf(recognise("说出3个以上主要特点（每个1分，共5分）", 5))).toContain("数量要求");
    // it used to be drafted as a deduction per condition
    const mixed = recognise("约束条件（每个1分，共7分，前三个条件单位错误总共扣1分）", 7);
    expect(reasonOf(mixed)).toContain("得分与扣分并存");
    expect(recognise("报送信息(1个0.5分,共3分,迟报一次扣0.5分)", 3).status).toBe("manual");
  });

  test("a total other than the 分值, a negative before the bracket, a per-unit amount above the 分值 decline", () => {
    expect(reasonOf(recognise("报送工作信息(1个0.5分,共4分)", 3))).toContain("共4分");
    expect(reasonOf(recognise("未报送工作信息(每个0.5分,共3分)", 3))).toContain("否定");
    expect(reasonOf(recognise("报送工作信息(每个4分,共3分)", 3))).toContain("不相称");
  });
});

describe("checkbox options of a scanned form", () => {
  test("“口开立 5 口未开立 0”: a yes/no, 是 = the first option as worded", () => {
    const r = recognise("口开立 5 口未开立 0", 5);
    expect(r.status).toBe("draft");
    if (r.status === "draft") expect(r.rule).toMatchObject({ kind: "allOrNothing", sense: "condition" });
    expect(["是", "否"].map((x) => score(r, x, 5))).toEqual(["5", "0"]);
    // written without spaces, with □ or ☐, with 分
    for (const text of ["口开立5口未开立0", "□开立 5 □未开立 0", "☐开立5分 ☐未开立0分"]) {
      expect([text, score(recognise(text, 5), "是", 5)]).toEqual([text, "5"]);
    }
  });

  test("有X / 无X and 没有X; the first option the one that loses the points; a second option worth part", () => {
    const had = recognise("□有专职档案管理人员 4 □无专职档案管理人员 0", 4);
    expect(["是", "否"].map((x) => score(had, x, 4))).toEqual(["4", "0"]);
    const event = recognise("口发生安全事故 0 口未发生安全事故 5", 5);
    if (event.status === "draft") expect(event.rule).toMatchObject({ kind: "allOrNothing", sense: "failure" });
    // 是 = a 安全事故 happened
    expect(["是", "否"].map((x) => score(event, x, 5))).toEqual(["0", "5"]);
    const rungs = recognise("□有应急预案 3 □没有应急预案 1", 3);
    expect(rungs.status).toBe("draft");
    expect(["是", "否", "有应急预案", "没有应急预案"].map((x) => score(rungs, x, 3))).toEqual(["3", "1", "3", "1"]);
  });

  test("options that are not a yes/no pair, numbers and comparisons, points off the 分值 decline", () => {
    // 以上 / 以下 both holding 20 with no (含) to settle it: the tiers overlap (tiers of an area are read, numeric.ts)
    const area = recognise("□有20平米以上独立办公用房10 □有20平米以下独立办公用房5", 10);
    expect(reasonOf(area)).toContain("重叠");
    expect(reasonOf(recognise("□不小于注册资金 5 □小于注册资金 0", 5))).toContain("比较");
    expect(reasonOf(recognise("口市级 5 口县级 3", 5))).toContain("是与否");
    expect(reasonOf(recognise("口优 5 口良 3 口差 0", 5))).toContain("3个");
    expect(reasonOf(recognise("口开立 3 口未开立 0", 5))).toContain("不一致");
    expect(recognise("□开立 5 □未开立 5", 5).status).toBe("manual");
    expect(recognise("口开立 5 口未开立 0", 5, "penalty").status).toBe("manual");
    // 口腔 is a word, not a box: read (and declined) as any other text
    expect(reasonOf(recognise("口腔科 5 口腔门诊 3", 5))).not.toContain("是与否");
  });
});
