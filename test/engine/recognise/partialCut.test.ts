/**
 * Partial clauses whose judgement piece the whole-clause path could not set aside (src/engine/recognise/partial.ts):
 * each judgement piece (or a term stepped coarser than one percentage point) is the manual part, the rest is read
 * alone; the clause declines when the rest does not draft alone, when the judgement may be the failing of an award
 * left in the rest, or when a judged piece holds points the judgement does not govern whole. Wording from the
 * development set's documents (卫生监督协管, 重庆 人社, 村平安创建), varied.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("a coarse step is the manual term, the rest drafted as if alone", () => {
  test("the coarse term first: the drafted count is keyed 2", () => {
    const r = recognise(
      "巡查未达到规定户次数，每下降2%扣0.5分，最高扣10分。巡查指导记录每缺1份扣0.1分，最高扣5分。",
      15,
    );
    expect(r.status).toBe("partial");
    expect(score(r, { "2": 0 }, 15)).toBe("15");
    expect(score(r, { "2": 10 }, 15)).toBe("14");
    expect(score(r, { "2": 80 }, 15)).toBe("10");
  });
  test("the coarse term last: the drafted count is keyed 1", () => {
    const r = recognise("许可证持证，每缺1户扣1分；人员持证率每下降5%扣0.5分，扣完为止。", 4);
    expect(r.status).toBe("partial");
    expect(score(r, { "1": 3 }, 4)).toBe("1");
    expect(score(r, { "1": 6 }, 4)).toBe("0");
  });
  test("an award whose failing is the coarse step goes with it, a share of its own points", () => {
    const r = recognise(
      "(1)完成全年参保目标任务得1.2分;未完成目标任务数,每低于5个百分点,扣0.1分。(2)养老金按时足额发放得0.3分;未按时足额发放,不得分。",
      1.5,
    );
    expect(r.status).toBe("partial");
    expect(score(r, { "2": "是" }, 1.5)).toBe("0.3");
    expect(score(r, { "2": "否" }, 1.5)).toBe("0");
  });
  test("a coarse step with its base award (≤10%,得0.5分) is one manual term of those points", () => {
    const r = recognise(
      "民政救助类退回率≦5%,得0.5分,每增加1%,扣0.1分,扣完为止；住房保障类退回率≦10％，得0.5分，每增加2%，扣0.1分，扣完为止。",
      1,
    );
    expect(r.status).toBe("partial");
    expect(score(r, { "1": "5%" }, 1)).toBe("0.5");
    expect(score(r, { "1": "7%" }, 1)).toBe("0.3");
    expect(score(r, { "1": "12%" }, 1)).toBe("0");
  });
  test("a coarse step beside another term in its sentence is not cut", () => {
    expect(recognise("人员持证率每下降5%扣0.5分，每缺1户扣1分，扣完为止。", 4).status).toBe("manual");
  });
  test("a step of one point or finer is no judgement: nothing is cut", () => {
    expect(recognise("许可证持证，每缺1户扣1分；人员持证率每下降1%扣0.5分，扣完为止。", 4).status).not.toBe("partial");
  });
});

describe("a judgement in a bracket after an award's points governs them whole", () => {
  test("the rest drafted on what the judged points leave", () => {
    const r = recognise("建立平安创建领导组织的,得2分,否则不得分;班子团结、凝聚力强,得6分(由检查考评组视情量分)。", 8);
    expect(r.status).toBe("partial");
    expect(score(r, { "1": "是" }, 8)).toBe("2");
    expect(score(r, { "1": "否" }, 8)).toBe("0");
  });
  test("without the bracket the award is computable and the clause stays declined", () => {
    expect(recognise("建立领导组织的,得2分,否则不得分;班子团结得6分,不团结的酌情扣分。", 8).status).toBe("manual");
  });
});

describe("a fixed amount beside judgement words, and 按比例 said with what it is of", () => {
  test("酌情 with a fixed amount (“建立不规范酌情各扣1分”) is a stated amount lost: declined (wrongClasses class 2)", () => {
    expect(recognise("统计工作制度和统计人员工作职责缺一项扣1分,建立不规范酌情各扣1分。", 2).status).toBe("manual");
  });
  test("a grade with its amount (“开展不好的扣4分”) stays a definite result: declined", () => {
    expect(recognise("未开展评星定级工作的扣3分;晋位升级工作开展不好的扣4分。", 10).status).toBe("manual");
  });
  test("“按其未完成比例扣分” is the manual term, the count before it drafted", () => {
    const r = recognise(
      "未严格限制、淘汰落后技术的,每发生一起扣1分,扣满3分为止。未完成培训目标任务的,按其未完成比例扣分,扣满3分为止。",
      6,
    );
    expect(r.status).toBe("partial");
    expect(score(r, { "1": 2 }, 6)).toBe("4");
    expect(score(r, { "1": 5 }, 6)).toBe("3");
  });
});

describe("what stays declined", () => {
  test("the judgement may be the failing of an award left in the rest (措施单一的，酌情扣分)", () => {
    const r = recognise("建立预警发现、需求评估、服务转介等具体措施的，得1分；措施单一的，酌情扣分。", 1);
    expect(r.status).toBe("manual");
    expect(reasonOf(r)).toMatch(/酌情/);
  });
  test("an award beside a range for the partly failing (得5分;范围不全的扣1-3分;未开展…不得分)", () => {
    expect(
      recognise("学习范围包括社区两委负责人的得5分;范围不全的扣1-3分;未开展学习宣传活动的不得分。", 5).status,
    ).toBe("manual");
  });
  test("a judged piece holding an award the judgement does not govern whole (…得3分,未达到…按比例得分)", () => {
    expect(
      recognise("实行信用承诺制度并上网公示得1分；查询对象超过100家以上得3分，未达到100家的，按比例得分。", 4).status,
    ).toBe("manual");
  });
  test("a judgement word that scores nothing is a word of the requirement, not a piece to cut", () => {
    expect(recognise("酌情开展巡查(10分,发现一处扣2分)", 10).status).toBe("manual");
  });
  test("a count with no subject of its own beside other terms (每发现一次扣5分) declines, drafted whole or as the rest", () => {
    expect(recognise("没有实行大宗材料招投标扣30分,每发现一次扣5分", 30).status).toBe("manual");
    expect(
      recognise("没有实行大宗材料招投标扣30分,每发现一次扣5分,没有按招投标文件要求严格执行每发现一次扣2-4分", 30)
        .status,
    ).toBe("manual");
    // alone, the count is the clause's own
    expect(score(recognise("没有定期发布价格控制信息每发现一次扣4分", 10), 2, 10)).toBe("2");
  });
  test("a rest the ordinary readers cannot read alone declines the clause, nothing dropped into the manual part", () => {
    // “每少1次督导” has no target of its own: the rest alone is declined, so is the clause
    expect(recognise("每少一次督导扣1分，资料不齐全酌情扣分。", 4).status).toBe("manual");
  });
});
