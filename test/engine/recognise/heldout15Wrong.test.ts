/**
 * Held-out sets 15–18's wrong drafts (first measurement after round 16: 62 of 116 computable drafted exactly, 22 wrong),
 * each closed in general; wording varied from the documents', near-misses still read. Scores from the words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("a veto named, not imposed", () => {
  test("“被县“一票否决”的村…处罚到位情况” is no veto of this clause", () => {
    const r = recognise("特别被县“一票否决”的村居委会行政处罚到位情况,任何一项未落实到位不计分。", 2);
    expect(r.status).toBe("manual");
  });

  test("“实行“一票否决”” is this clause's veto", () => {
    const r = recognise("街镇发生刑事违法案件的，实行“一票否决”。", 0);
    expect(r.status === "draft" && r.rule.kind).toBe("veto");
  });
});

describe("points left in a condition, awards above the points", () => {
  test("“采用1篇,得 基本分 15分,每增加1篇加20分”", () => {
    expect(recognise("(1)国家级用稿(15分)。采用 1篇,得 基本分 15分,每增加 1 篇加 20 分。", 15).status).toBe("manual");
  });

  test("“配备…系统(2'),…(4',少一项扣 1 分)”", () => {
    const r = recognise("配备远程会商系统(2'),配备实时水雨情、卫星云图等决策支持系统(4',少一项扣 1 分)。", 6);
    expect(r.status).toBe("manual");
  });

  test("“每开展1次加3分” on 2 points", () => {
    expect(reasonOf(recognise("自主策划专题宣传活动,每开展1次加3分。", 2))).toContain("超过本项分值");
  });

  test("an award per unit within the points still drafts", () => {
    expect(score(recognise("自主策划专题宣传活动,每开展1次加1分。", 2), 5, 2)).toBe("2");
  });
});

describe("an amount per unit written after it", () => {
  test("“加0.2分/家,累计不超过1分”: 3 家 → 0.6, 7 → 1", () => {
    const r = recognise("新增限上企业,加0.2分/家,累计不超过1分。", 1, "bonus");
    expect([score(r, 3, 1, "bonus"), score(r, 7, 1, "bonus")]).toEqual(["0.6", "1"]);
  });

  test("a unit not read is declined, never dropped", () => {
    expect(recognise("新增企业加0.2分/单位", 1, "bonus").status).toBe("manual");
  });
});

describe("words that change the reading", () => {
  test("为 where 未 is meant (“责任为落实到部门”)", () => {
    expect(reasonOf(recognise("制定了工作方案,但责任为落实到部门的,扣2分。", 3))).toContain("之误");
  });

  test("作为, 认定为 … are words", () => {
    expect(recognise("未将社会救助作为重点工作的扣1分。", 3).status).toBe("draft");
  });

  test("two bounds joined by 或 (“5%或8%以内”)", () => {
    expect(reasonOf(recognise("非正常户率在5%或8%以内得满分,每超1%扣0.1分,扣完为止。", 1))).toContain("两个界限");
  });

  test("a growth rate may be below 0", () => {
    const r = recognise("未完成8%增长任务的,每低于目标数一个百分点扣2分。", 100);
    expect(r.status).toBe("manual");
  });

  test("an exemption in brackets (“无协同单位的，此处不失分”)", () => {
    expect(reasonOf(recognise("满足要求，得1分（无协同单位的专业基地，此处不失分）", 1))).toContain("另有计分");
  });

  test("an open list rewarded (“开展文物保护、非遗申报等工作的得1分”)", () => {
    expect(reasonOf(recognise("开展文物保护、非遗申报等工作的得1分。", 1))).toContain("开放");
  });
});

describe("lapses and judged words", () => {
  test("“一次未反馈的扣2分，反馈不及时的扣1分”: the second per time or once", () => {
    expect(recognise("对公司发出的信息，一次未反馈的扣2分，反馈不及时的扣1分，扣完为止", 4).status).toBe("manual");
  });

  test("“…会议纪要或记录,少一次扣5分”: a shortfall, not a count from 0", () => {
    expect(recognise("查阅乡镇长办公会的会议纪要或记录,少一次扣5分。", 10).status).toBe("manual");
  });

  test.each([
    ["诚信经营得5分，不诚信经营得0分", 5],
    ["灯饰、字幕损毁,显示不够完整的,扣20分", 100],
    ["不按时报送资料的、报送质量差的有一次扣1分。", 20],
    ["吊挂有碍市容的杂物的,扣20分。", 100],
  ] as const)("%s", (text, points) => {
    expect(recognise(text, points).status).toBe("manual");
  });
});

describe("a line break after a result ends the sentence (held-out set 17's table cells)", () => {
  test("“符合标准，得满分\\n不达标准，不得分” is all or nothing", () => {
    const r = recognise("符合标准，得满分\n不达标准，不得分", 3);
    expect([score(r, "是", 3), score(r, "否", 3)]).toEqual(["3", "0"]);
  });

  test("“科室齐全，得满分\\n缺1个科室，不得分”: one missing takes all — a count or a yes/no, declined", () => {
    expect(recognise("科室齐全，得满分\n缺1个科室，不得分", 2).status).toBe("manual");
  });
});

describe("read since held-out set 18", () => {
  test("“(1)征管工作情况调度会每少召开一次扣0.1分” against “全年召开征管调度会不少于6次”: the count held", () => {
    const r = recognise("(1)征管工作情况调度会每少召开一次扣0.1分;", 1, "base", {
      context: "落实征管调度会制度,全年召开征管调度会不少于6次。",
    });
    expect([score(r, 6, 1), score(r, 5, 1), score(r, 0, 1)]).toEqual(["1", "0.9", "0.4"]);
  });

  test("“开展宣传工作,满分2分。…”: the item's name and its 分值 as a heading", () => {
    const r = recognise("开展宣传工作,满分2分。每发现1处未张贴宣传标语扣0.5分,扣完为止。", 2);
    expect(score(r, 3, 2)).toBe("0.5");
  });
});
