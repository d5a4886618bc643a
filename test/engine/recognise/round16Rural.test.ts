/**
 * Round 16 (农业农村, 河长制): the wrong drafts of test/fixtures/clauses/round16-rural.json's first run, closed in general
 * (docs/recogniser.md, guards 60 and 61). An award for an effort of extent (加强, 加大…力度, 充分, 逐步, 推广 …) drafted
 * as a yes/no, and yes/no awards adding up to less than the item's points drafted as if the rest could never be earned.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("an award for an effort of extent is the evaluator's (guard 60)", () => {
  test.each([
    [
      "1.建立非法挤占水域岸线用地台帐，得1分。2.加强河道管理，维护河流水域秩序，加大执法力度，严厉打击非法侵占水域岸线行为，得3分。3.不上报、不制止每出现一例扣2分",
      4,
      "加强",
    ],
    [
      "1.加大河流、水库保洁力度，落实河长、巡查员、保洁人员管理责任、确保保洁常态化，得2分。2.河长制工作专项经费不得挪作它用，得1分",
      3,
      "加大",
    ],
    [
      '1.充分利用各类媒体开展河长制公益宣传，营造全社会合力推进河长制工作的良好氛围，得2分。2.开展生态文明建设"进园区、进校区、进企业、进农村"宣传活动，得2分。3.配合开展中小学生河库保护管理教育知识进校园活动，增强中小学生的河库保护及涉水安全意识，得3分。',
      7,
      "充分",
    ],
    [
      "1.协助县级责任单位依法取缔“十小”企业，得3分。2.协助协助县级责任单位逐步完善工业聚集区污水集中处理设施（含管网）建设，得2分",
      5,
      "逐步",
    ],
    [
      "1.推广生物农药和高效低残留化学农药安全科学使用技术，得1.5分。2.推广测土配方施肥技术，恢复绿肥生产，水肥一体化技术应用，得1.5分.",
      3,
      "推广",
    ],
    [
      "1.完善森林资源管理监督检查机制，得1分。2.推进生态公益林和水源涵养林建设，得1分。3.对非法侵占林地、破坏湿地和野生动物资源等违法犯罪行为进行调查处理，得1分",
      3,
      "完善",
    ],
  ] as const)("“%s” is declined", (text, points, word) => {
    expect(reasonOf(recognise(text, points))).toContain(`“${word}”是努力的程度`);
  });

  test("the same criteria with the effort set aside are yes/no awards", () => {
    const r = recognise(
      "1.建立入河排污口台帐，得1分。2.对非法设置入河排污口督促整改或依法协同有关单位取缔，得3分。",
      4,
    );
    expect([
      score(r, { "1": "是", "2": "是" }, 4),
      score(r, { "1": "否", "2": "是" }, 4),
      score(r, { "1": "是", "2": "否" }, 4),
    ]).toEqual(["4", "3", "1"]);
  });

  test("a failing or a count names its own measure: “未按要求推进…扣4分”, “加强河道管理，…出现1例未处理扣2分”", () => {
    const failing = recognise("未按要求推进隐患排查治理体系建设,扣4分。", 4, "penalty");
    expect([score(failing, "是", 4, "penalty"), score(failing, "否", 4, "penalty")]).toEqual(["-4", "0"]);
    const count = recognise("加强河道管理，加大执法力度，严厉打击非法侵占水域岸线行为，出现1例未处理扣2分", 5);
    expect([score(count, 0, 5), score(count, 2, 5), score(count, 3, 5)]).toEqual(["5", "1", "0"]);
  });

  test("criteria with their points in brackets or after a comma: the same effort declined", () => {
    expect(reasonOf(recognise("1.加大河流、水库保洁力度(2分);2.建立非法采砂台帐(1分)", 3))).toContain(
      "“加大”是努力的程度",
    );
    expect(reasonOf(recognise("1、加大河流保洁力度，2分；2、建立非法采砂台帐，1分。", 3))).toContain(
      "“加大”是努力的程度",
    );
  });

  test("a heading run into the first criterion is not the criterion (h3-qhds-1.1)", () => {
    const r = recognise(
      "建立示范县负责同志牵头、多部门参与的工作协调机制, 充分发挥政府统筹协调的作用,提高政府服务水平。示 范县主要负责同志牵头(1),制定了科学严谨的综合示 范工作方案,提出合理的工作目标、时间节点,且工作 方案得到基本落实(1)",
      2,
    );
    expect([score(r, { "1": "是", "2": "否" }, 2), score(r, { "1": "是", "2": "是" }, 2)]).toEqual(["1", "2"]);
  });

  test("a quality said of a thing is no effort: “项目资金设立依据是否充分。有批准文件: 2 分;没有批准文件: 0 分。”", () => {
    const r = recognise("项目资金设立依据是否充分。有批准文件: 2 分;没有批准文件: 0 分。", 2);
    expect([score(r, "是", 2), score(r, "否", 2)]).toEqual(["2", "0"]);
  });
});

describe("yes/no awards adding up to less than the item's points (guard 61)", () => {
  test("two awards of 1分 under 3分: the missing point is not said", () => {
    expect(reasonOf(recognise("1.建立非法采砂台帐，得1分。2.成立乡镇护渔队，得1分。", 3))).toContain("少于本项分值3分");
  });

  test("the same awards making up the points are read", () => {
    const r = recognise("1.建立非法采砂台帐，得1分。2.成立乡镇护渔队，得1分。", 2);
    expect([score(r, { "1": "是", "2": "是" }, 2), score(r, { "1": "否", "2": "是" }, 2)]).toEqual(["2", "1"]);
  });

  test("in a bonus part the points are a cap: the awards need not make it up", () => {
    const r = recognise("1.建立非法采砂台帐，得1分。2.成立乡镇护渔队，得1分。", 3, "bonus");
    expect(score(r, { "1": "是", "2": "是" }, 3, "bonus")).toBe("2");
  });
});

describe("a note of how the item is checked, ending the clause, is not scored (round 16)", () => {
  test("“…扣完为止(实地查看)” (r9-czws-4) is read as “…扣完为止”", () => {
    const r = recognise("(4)路面整洁卫生,无暴露垃圾、污水,得10分;发现一处扣2分,扣完为止(实地查看)", 10);
    expect([score(r, 0, 10), score(r, 1, 10), score(r, 3, 10), score(r, 6, 10)]).toEqual(["10", "8", "4", "0"]);
  });

  test("“以该项分数扣完为止,考核方式采用进村入户,其他村电话回访” (r16b-hlfy-2)", () => {
    const r = recognise(
      "猪、牛、羊免疫密度均须达到100%,免疫密度为实免个体数/应免个体数X100斩一个 乡镇摸排两个村,每个村5户,每一户不符合扣除0.1分,以该项分数扣完为止,考核方式采 用进村入户,其他村电话回访。",
      10,
    );
    expect([score(r, 0, 10), score(r, 3, 10), score(r, 120, 10)]).toEqual(["10", "9.7", "0"]);
  });

  test("a bracket or a 考核方式 piece that holds points is kept, and still scores", () => {
    expect(reasonOf(recognise("发现一处扣2分,扣完为止(实地查看,每处另扣1分)", 10))).not.toBe("");
    expect(score(recognise("资料齐全得5分,考核方式:每缺一项扣1分", 5), 2, 5)).toBe("3");
  });
});
