/**
 * Listed items (issue 11): a count term whose clause names what it counts carries `items`, so a count above the list
 * is an error naming the term, and the boundary examples stop at the number of items. Golden numbers from the clauses'
 * own words: 太仓 2017 [003] 1.3 and 1.9, the 浙江 综治 细则 (test/fixtures/clauses/listed-items.json), the 2013 卫生监督
 * 协管 考评表 1.2.
 */
import { probe, recognise, RuleInput, SchemePart } from "../../../src/engine";

type Terms = Array<{ kind: string; label: string; items?: number }>;

function drafted(text: string, points: number, part: SchemePart = "base") {
  const r = recognise(text, points, part);
  if (r.status !== "draft") throw new Error(`not drafted: ${JSON.stringify(r)}`);
  return { r, terms: (r.rule as RuleInput & { terms: Terms }).terms };
}

function scored(text: string, points: number, inputs: unknown[], part: SchemePart = "base"): string[] {
  const { r } = drafted(text, points, part);
  return inputs.map((input) => {
    const s = probe(r, input, points, part);
    return "score" in s ? s.score : `error: ${s.error}`;
  });
}

const TAICANG_1_3 =
  "三项政策，未贯彻落实每项扣1分；没有转换、换证的，每例扣0.1分，符合特困人员供养、重残单独纳入低保、扣除就业等条件的未落实政策的，发现1例扣0.2分。";
const TAICANG_1_9 =
  "每次上报晚1个工作日扣0.1分，数据不符合要求每次扣0.1分。年审报告、救助工作绩效自评价、年终工作总结未上报的，每例扣0.5分。";
const ZJ_10_2 = "医疗纠纷人民调解员配备、医疗责任保险（医疗责任风险金）制度及相关经费未按要求落实到位的，每项扣2分";

describe("a count term carries the number of items its clause lists", () => {
  test("太仓 1.3 “三项政策”: 3 on the first term only; a fourth policy is refused, not deducted", () => {
    const { terms } = drafted(TAICANG_1_3, 5);
    expect(terms.map((t) => t.items)).toEqual([3, undefined, undefined]);
    // 2 policies not carried out, 5 cards not changed, none of the third: 5 − 2 − 0.5 = 2.5.
    expect(
      scored(TAICANG_1_3, 5, [
        { "1": 2, "2": 5, "3": 0 },
        { "1": 3, "2": 0, "3": 0 },
      ]),
    ).toEqual(["2.50", "2.00"]);
    expect(scored(TAICANG_1_3, 5, [{ "1": 4, "2": 0, "3": 0 }])).toEqual([
      "error: 填写了 4 项，但“3项政策未贯彻落实”只列了 3 项",
    ]);
  });

  test("太仓 1.9: three reports named (年审报告、…自评价、年终工作总结未上报): 3 on that term, not on the per-time terms", () => {
    const { terms } = drafted(TAICANG_1_9, 3);
    expect(terms.map((t) => t.items)).toEqual([undefined, undefined, 3]);
    // All three reports missing: 3 × 0.5 = 1.5 off 3.
    expect(scored(TAICANG_1_9, 3, [{ "1": 0, "2": 0, "3": 3 }])).toEqual(["1.50"]);
  });

  test("浙江 10.2 “X、Y及Z未按要求落实到位的，每项扣2分”: 3 items, at most 6 points taken", () => {
    const { terms } = drafted(ZJ_10_2, 30, "penalty");
    expect(terms[0]?.items).toBe(3);
    expect(scored(ZJ_10_2, 30, [0, 3, 4], "penalty")).toEqual([
      "0.00",
      "-6.00",
      `error: 填写了 4 项，但“${terms[0]?.label}”只列了 3 项`,
    ]);
  });

  test("浙江 50.1 “…首问责任制、工作例会、情况报告、督查督办、值班制度不落实的，每项扣1分”: 5 items", () => {
    const text = "乡镇（街道）综治工作中心首问责任制、工作例会、情况报告、督查督办、值班制度不落实的，每项扣1分";
    expect(drafted(text, 100, "penalty").terms[0]?.items).toBe(5);
  });

  test("卫生监督协管 1.2 “无年度工作计划、半年度总结和年度总结的，每一项扣1分”: 3 items", () => {
    const text = "无卫生监督协管年度工作计划、半年度总结和年度总结的，每一项扣1分。";
    expect(drafted(text, 3).terms[0]?.items).toBe(3);
  });

  test("items enumerated ①②③ before “每项扣…”, none scored on its own: 3", () => {
    // Worded as 虹桥 A12's list [004] with a per-item deduction.
    const text =
      "①项目是否按照规定的程序申请设立；②审批文件、材料是否符合相关要求；③事前是否已经过必要的可行性研究。未做到的，每项扣1分。";
    expect(drafted(text, 3).terms[0]?.items).toBe(3);
  });
});

describe("where the words leave the list open, no items: any count is taken, as before", () => {
  test.each([
    [
      "“等” closes nothing (浙江 50.3)",
      "安全防范、交通防范、消防安全、禁毒等法制宣传教育工作措施不落实的，每项扣2分",
      100,
      "penalty",
    ],
    [
      "“等” before “每缺一项” (仓储物流 3.1.1)",
      "无该项制度的，不得分；制度中职责、流程、范围、检查等内容，每缺一项扣1分。",
      3,
      "base",
    ],
    ["actions listed, counted per case (太仓 1.3's second term)", "没有转换、换证的，每例扣0.1分", 2, "base"],
    ["reports of a period come more than once a year", "季度报告、年度总结未上报的，每例扣0.5分", 2, "base"],
    ["a list that qualifies what is counted", "低保、特困人员档案不全的，每项扣0.1分", 2, "base"],
    ["two numbers of items", "三项制度、两个台账未建立的，每项扣1分", 5, "base"],
    [
      "a bare list before “每缺一项”: the items of each archive, not the archives",
      "低保、特困、临时救助档案每缺一项扣0.1分",
      2,
      "base",
    ],
  ] as const)("%s", (_why, text, points, part) => {
    expect(drafted(text, points, part).terms.map((t) => t.items)).toEqual([undefined]);
  });

  test("a number that bounds (少于3项) is a target, not a list", () => {
    const { terms } = drafted("开展专项检查少于3项的，每少一项扣1分", 3);
    expect(terms).toEqual([expect.objectContaining({ kind: "below", target: 3 })]);
  });
});

describe("the boundary examples stop at the number of items", () => {
  test("浙江 10.2: 0, 1 and all 3 items, nothing beyond", () => {
    const { r } = drafted(ZJ_10_2, 30, "penalty");
    expect(r.examples.map((e) => [e.input, e.score, e.note])).toEqual([
      [0, "0.00", "未发生"],
      [1, "-2.00", "1项"],
      [3, "-6.00", "所列3项全部（最多3项）"],
    ]);
  });

  test("太仓 1.3: the first term's examples end at 3 policies (2 points left), the others run to the floor", () => {
    const { r } = drafted(TAICANG_1_3, 5);
    const first = r.examples.filter((e) => {
      const input = e.input as Record<string, number>;
      return input["2"] === 0 && input["3"] === 0;
    });
    expect(first.map((e) => [(e.input as Record<string, number>)["1"], e.score])).toEqual([
      [0, "5.00"],
      [1, "4.00"],
      [3, "2.00"],
    ]);
  });
});
