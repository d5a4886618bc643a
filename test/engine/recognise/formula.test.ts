/**
 * Score formulas and rate slopes (src/engine/recognise/formula.ts): “得分=完成率×分值”, “按完成比例得分”, “完成100%的得20分，
 * 每减少1个百分点扣1分”, “达到80%得3分，每提高1个百分点加0.2分，最高5分”, awards per point above a limit. Scores are
 * worked by hand from each clause's own words; what needs judgement or leaves a reading open stays manual.
 */
import { probe, recognise, Recognition } from "../../../src/engine";
import type { SchemePart } from "../../../src/engine";

const scores = (r: Recognition, inputs: unknown[], points: number, part: SchemePart = "base"): string[] =>
  inputs.map((input) => {
    const got = probe(r, input, points, part, true);
    if ("error" in got) throw new Error(got.error);
    return got.score;
  });

const reason = (r: Recognition): string => (r.status === "manual" ? r.reason : "");

describe("a formula for the score: P × the rate, never above P", () => {
  test("“得分值=年度建设任务完成率(超过100%以100%计算)×20” on 20: 80% scores 16, 120% counts as 100%", () => {
    const r = recognise("得分值=年度建设任务完成率(超过100%以100%计算)×20", 20);
    expect(r.status === "draft" && r.rule).toEqual({ kind: "rateProportional" });
    expect(scores(r, ["80%", "100%", "120%", "0%"], 20)).toEqual(["16", "20", "20", "0"]);
  });

  test("without the note on 100%, the leaf still stops at its points (招商引资 “…×50,最高得50分”)", () => {
    const r = recognise("得分值=建设质量合格率×20", 20);
    expect(scores(r, ["95%", "110%"], 20)).toEqual(["19", "20"]);
    const s = recognise(
      "省域外签约项目投资额分值=当年省域外签约项目投资额/当年省域外签约项目目标任务金额×50,最高得50分。",
      50,
    );
    expect(scores(s, ["37.5%", "125%"], 50)).toEqual(["18.75", "50"]);
  });

  test("the coefficient may be the word for the points, a quotient, or said as “按…计算”", () => {
    expect(scores(recognise("得分=完成率×分值", 5), ["60%"], 5)).toEqual(["3"]);
    expect(scores(recognise("得分=实际完成数/计划数×5", 5), ["60%"], 5)).toEqual(["3"]);
    expect(scores(recognise("按完成率×10分计算", 10), ["45%"], 10)).toEqual(["4.5"]);
  });

  test("full points from 100% and the formula below it (南昌 “…达到100%,得10分,低于100%,得分=任务完成率×10分”)", () => {
    const r = recognise("重点(精品)工程完成率达到100%,得10分,低于100%,得分=任务完成率×10分", 10);
    expect(scores(r, ["100%", "85%", "120%"], 10)).toEqual(["10", "8.5", "10"]);
  });

  test("南昌 “造林成活率达95%,得10分,低于95%,得分=造林成活率×10分”: 95% scores 10, 94% scores 9.4", () => {
    const r = recognise("造林成活率达95%,得10分,低于95%,得分=造林成活率×10分。", 10);
    expect(r.status === "draft" && r.rule).toEqual({ kind: "rateProportional", full: 0.95 });
    expect(scores(r, ["95%", "96%", "94%", "80%"], 10)).toEqual(["10", "10", "9.4", "8"]);
  });

  test("declined: a coefficient other than the points, several parts, a lower-is-better rate", () => {
    expect(reason(recognise("得分=完成率×10", 20))).toContain("系数10与本项分值20分不一致");
    expect(reason(recognise("结项得分=目标成果70%+推广价值*30%。", 10))).toContain("由几项合成");
    expect(recognise("得分=(1-差错率)×10", 10).status).toBe("manual");
    expect(recognise("得分值=完成率×20,最高得25分", 20).status).toBe("manual");
  });
});

describe("the points times the completion rate, where the clause names what is completed", () => {
  test("池州 “完成年度目标任务的,满分;未完成的,按完成比例得分” on 22: half done scores 11", () => {
    const r = recognise("完成年度目标任务的,满分;未完成的,按完成比例得分。", 22);
    expect(scores(r, ["100%", "50%", "130%"], 22)).toEqual(["22", "11", "22"]);
  });

  test("“按完成比例计算得分,满分为止” drafts only where the row's 指标解释 defines the rate", () => {
    const context = "一般公共预算支出实际完成率=本年一般公共预算支出完成数*100%/本年一般公共预算支出年初预算数";
    const r = recognise("按完成比例计算得分,满分为止.", 20, "base", { context });
    expect(scores(r, ["90%", "110%"], 20)).toEqual(["18", "20"]);
    expect(reason(recognise("按完成比例计算得分,满分为止.", 20))).toContain("未写完成量的目标数");
  });

  test("“满分为止” is a bound, never “得满分”: after a basis the reader does not know, declined", () => {
    // The statement reader alone drafted this as all or nothing (是 = 满分).
    const r = recognise("二者择其一进行考核,按完成比例计算得分,满分为止.", 20);
    expect(reason(r)).toContain("二者择其一");
    expect(reason(recognise("每报送1篇信息加0.5分，满分为止", 3, "bonus"))).toContain("满分为止");
  });

  test("a floor beside the proportion is kept: “…按完成比例得分，完成率低于60%的不得分” (the statement reader dropped the proportion)", () => {
    const r = recognise("完成任务的得满分，未完成的按完成比例得分，完成率低于60%的不得分", 10);
    expect(r.status === "draft" && r.rule).toEqual({ kind: "rateProportional", floor: 0.6, floorInclusive: false });
    expect(scores(r, ["100%", "60%", "59%"], 10)).toEqual(["10", "6", "0"]);
  });

  test("“根据项目实际到位资金占计划的比重计算得分”: the plan is the base", () => {
    const r = recognise("根据项目实际到位资金占计划的比重计算得分", 5);
    expect(scores(r, ["60%", "105%"], 5)).toEqual(["3", "5"]);
  });

  test("“按比例得分” without saying of what stays the evaluator's", () => {
    expect(recognise("按比例得分", 5).status).toBe("manual");
    expect(recognise("完成年度目标任务的，得满分；未完成的按比例得分", 5).status).toBe("manual");
    expect(recognise("继续推动水库水环境综合整治，基本实现人放天养，按完成比例得分（5分）；", 5).status).toBe("manual");
  });
});

describe("a slope down from a full-score target", () => {
  test("“计划建设内容完成100%的得20分,每减少1个百分点扣1分,扣完20分为止”", () => {
    const r = recognise("计划建设内容完成100%的得20分,每减少1个百分点扣1分,扣完20分为止。", 20);
    expect(r.status === "draft" && r.rule).toEqual({ kind: "rateThreshold", target: 1, per: { points: 1 } });
    expect(scores(r, ["100%", "101%", "95%", "70%"], 20)).toEqual(["20", "20", "15", "0"]);
  });

  test("“少一个百分点扣1分，直至扣完为止” without 每 is per point (林业绿化 “全面完成新造林面积得总分值”)", () => {
    const r = recognise(
      "重点新建和完善本村河道、路道和农田林网绿化，全面完成新造林面积得总分值，少一个百分点扣1分，直至扣完为止。",
      30,
    );
    expect(scores(r, ["100%", "95%", "80%", "60%"], 30)).toEqual(["30", "25", "10", "0"]);
    expect(scores(recognise("林权改制率100%得总分值,少一个百分点扣1分,直至扣完为止。", 40), ["61%"], 40)).toEqual([
      "1",
    ]);
  });

  test("“完成率达到100%得满分，每低1个百分点扣0.5分”, and a floor below which nothing is scored", () => {
    expect(scores(recognise("完成率达到100%得满分，每低1个百分点扣0.5分", 10), ["90%"], 10)).toEqual(["5"]);
    const r = recognise("完成率达到100%得满分，每低1个百分点扣0.5分，低于90%不得分", 10);
    expect(scores(r, ["90%", "89.9%"], 10)).toEqual(["5", "0"]);
  });

  test("a cap on what the slope takes: “最多扣5分”, “最低得5分” keep the rest of the points", () => {
    const r = recognise("完成率达到100%得10分，每降低1个百分点扣1分，最多扣5分", 10);
    expect(r.status === "draft" && r.rule).toEqual({
      kind: "perCaseDeduction",
      terms: [{ kind: "shortfall", label: "完成率", target: 1, per: 1, cap: 5 }],
    });
    expect(scores(r, ["100%", "97%", "90%", "40%"], 10)).toEqual(["10", "7", "5", "5"]);
    const s = recognise("完成率达到100%得满分，每低1个百分点扣0.5分，最低得5分", 10);
    expect(scores(s, ["96%", "80%"], 10)).toEqual(["8", "5"]);
    // a slope whose target is in the row's context, with a cap: the statement reader drafted it without the cap
    const t = recognise("入户调查率每降低1%扣0.1分，最多扣0.5分", 2, "base", { context: "入户调查率达到100%" });
    expect(reason(t)).toContain("扣分上限");
  });

  test("declined: a coarse step, a floor of other points than the leaf's, a second rate", () => {
    expect(reason(recognise("到位率100%得5分，每降低10%扣1分", 5))).toContain("按整档计分");
    expect(reason(recognise("计划建设内容完成100%的得20分,每减少1个百分点扣1分,扣完10分为止", 20))).toContain(
      "扣完10分为止",
    );
    expect(recognise("完成率100%得10分，合格率每降低1个百分点扣1分", 10).status).toBe("manual");
    // without 每 and without “直至扣完为止”, “降低1%扣1分” may be a threshold: not read as a slope
    expect(recognise("完成率100%得满分，降低1%扣1分", 10).status).toBe("manual");
  });
});

describe("higher is better: a slope above a tier, awards above a limit", () => {
  test("“达到80%得3分，每提高1个百分点加0.2分，最高5分；低于80%不得分” on 5: 80% → 3, 85% → 4, 90% and above → 5", () => {
    const r = recognise("达到80%得3分，每提高1个百分点加0.2分，最高5分；低于80%不得分", 5);
    expect(r.status).toBe("draft");
    expect(scores(r, ["79.9%", "80%", "85%", "90%", "99%"], 5)).toEqual(["0", "3", "4", "5", "5"]);
    const s = recognise("达到80%的得3分，每提高1个百分点加0.2分，加满5分为止；低于80%的不得分", 5);
    expect(scores(s, ["80%", "85%", "95%"], 5)).toEqual(["3", "4", "5"]);
  });

  test("a tier without what lies below it, or with a top other than the points, is declined", () => {
    expect(reason(recognise("达到80%得3分，每提高1个百分点加0.2分，最高5分", 5))).toContain("低于80%如何计分未说明");
    expect(recognise("达到80%得3分，每提高1个百分点加0.2分，最高6分；低于80%不得分", 5).status).toBe("manual");
    // “超过80%” leaves 80% itself between the tier and “低于80%不得分”
    expect(recognise("超过80%得3分，每提高1个百分点加0.2分，最高5分；低于80%不得分", 5).status).toBe("manual");
    // 2 points at 0.3 a point do not reach the points at a rate a rule can hold exactly
    expect(recognise("达到80%得3分，每提高1个百分点加0.3分，最高5分；低于80%不得分", 5).status).toBe("manual");
  });

  test("“超过100%的部分，每提高1个百分点加0.5分，最高加3分” in a bonus part of 5: an award per point above 100%", () => {
    const r = recognise("超过100%的部分，每提高1个百分点加0.5分，最高加3分", 5, "bonus");
    expect(r.status === "draft" && r.rule).toEqual({
      kind: "perCaseAward",
      terms: [{ kind: "excess", label: "比率", limit: 1, per: 0.5, cap: 3 }],
    });
    expect(scores(r, ["100%", "103%", "120%"], 5, "bonus")).toEqual(["0", "1.5", "3"]);
  });

  test("“超额完成的，每超过1个百分点加0.5分，最高加2分” in a bonus part: above 100% of the task", () => {
    const r = recognise("超额完成的，每超过1个百分点加0.5分，最高加2分", 2, "bonus");
    expect(scores(r, ["100%", "102%", "110%"], 2, "bonus")).toEqual(["0", "1", "2"]);
    // in a base part the award would come on top of the task's own points
    expect(recognise("超额完成的，每超过1个百分点加0.5分，最高加2分", 2).status).toBe("manual");
  });

  test("awards above full points, or from no stated start, are declined", () => {
    expect(recognise("完成任务得满分，每超过1个百分点加1分", 10).status).toBe("manual");
    expect(recognise("每提高1个百分点加0.5分，最高加3分", 3, "bonus").status).toBe("manual");
    expect(recognise("完成率100%得满分，超过100%的，每超过1个百分点加0.5分", 10).status).toBe("manual");
  });
});
