/**
 * Round 11 (issue 11 part 1): traditional characters read as simplified, 减 as a deduction verb, “-1分” after a failing,
 * a requirement followed by its points, one occurrence added (“有一篇加1分”) under its cap, and the guards beside them
 * (three or more listed things before one amount, a note that doubles the points). Scores are worked out by hand from
 * each sentence's own words.
 */
import { normalise, recognise, Recognition } from "../../../src/engine";
import { simplified } from "../../../src/engine/recognise/normalise";
import { reasonOf, score } from "./probeHelpers";

/** What a recognition says back and scores, for comparing a traditional clause with its simplified twin. */
function reading(r: Recognition, inputs: unknown[], points: number, part: "base" | "penalty" | "bonus" = "base") {
  if (r.status === "manual") return { reason: r.reason };
  return { sentence: r.sentence, scores: inputs.map((i) => score(r, i, points, part)) };
}

describe("traditional characters of the scoring vocabulary are read as simplified", () => {
  test("the fold turns the scoring words into simplified ones, and leaves the rest as it is", () => {
    expect(simplified("每少一項完成任務扣0.5分")).toBe("每少一项完成任务扣0.5分");
    expect(simplified("無計劃或總結各扣1.5分")).toBe("无计划或总结各扣1.5分");
    expect(simplified("不少於4次,缺1次會議記錄")).toBe("不少于4次,缺1次会议记录");
    expect(simplified("達到50%以上得0.5分")).toBe("达到50%以上得0.5分");
    expect(simplified("違規處理不當並減少報時內過應當確認員數類實際")).toBe(
      "违规处理不当并减少报时内过应当确认员数类实际",
    );
    // simplified text, digits, Latin and punctuation pass through
    expect(simplified("未建立台帐扣2分；ABC（1）")).toBe("未建立台帐扣2分；ABC（1）");
  });

  test("characters that are simplified characters of their own keep their form", () => {
    // 乾坤, 显著, 覆盖, 藉口, 瞭望, 伙/夥 (both in simplified use): folding them would change a simplified text
    expect(simplified("乾著覆藉瞭夥葯蒐袷")).toBe("乾著覆藉瞭夥葯蒐袷");
  });

  test("the fold is one step: no simplified form is itself folded again", () => {
    const all = Array.from({ length: 0x9fff - 0x4e00 + 1 }, (_, i) => String.fromCharCode(0x4e00 + i)).join("");
    const once = simplified(all);
    expect(simplified(once)).toBe(once);
    // a few hundred characters, each to one other
    const changed = [...all].filter((ch, i) => once[i] !== ch).length;
    expect(changed).toBeGreaterThan(500);
    expect(changed).toBeLessThan(1000);
  });

  test("normalise folds after full-width folding, so every reader sees simplified text", () => {
    expect(normalise("每少一項完成任務扣０．５分")).toBe("每少1项完成任务扣0.5分");
  });

  test("a traditional clause drafts exactly as its simplified twin", () => {
    const pairs: Array<[string, string, number, unknown[]]> = [
      [
        "未完成市內工業園區定向培訓扣1分,未完成創業培訓任務數扣0.5分。",
        "未完成市内工业园区定向培训扣1分,未完成创业培训任务数扣0.5分。",
        1.5,
        [
          { "1": "是", "2": "否" },
          { "1": "是", "2": "是" },
        ],
      ],
      ["不及時上報每次扣2分", "不及时上报每次扣2分", 4, [0, 1, 3]],
      [
        "1、早稻完成分配任務95%以上的記12分,每少1個百分點扣1分。",
        "1、早稻完成分配任务95%以上的记12分,每少1个百分点扣1分。",
        12,
        ["95%", "94.5%", "83%"],
      ],
    ];
    for (const [traditional, simple, points, inputs] of pairs) {
      const t = recognise(traditional, points);
      expect(t.status).toBe("draft");
      expect(reading(t, inputs, points)).toEqual(reading(recognise(simple, points), inputs, points));
    }
    // the words of the row are folded too: 每少一項 counted against the items its context lists, or declined alike
    const context = "(1)完成城鎮新增就業任務數;城鎮就業率達94.5%;完成新增轉移農村勞動力任務數";
    expect(reading(recognise("每少一項完成任務扣0.5分。", 1.5, "base", { context }), [0, 1, 3], 1.5)).toEqual(
      reading(recognise("每少一项完成任务扣0.5分。", 1.5, "base", { context: simplified(context) }), [0, 1, 3], 1.5),
    );
  });

  test("the drafted sentence is simplified; a veto keeps the clerk's words", () => {
    const r = recognise("不及時上報每次扣2分", 4);
    expect(r.status === "draft" && r.sentence).toContain("不及时上报");
    const veto = recognise("發生重大責任事故的，實行一票否決", 0);
    expect(veto.status === "draft" && veto.rule).toEqual({ kind: "veto", text: "發生重大責任事故的，實行一票否決" });
  });
});

describe("a count required, each one short deducted, written 缺 and with its record (“不少于4次,缺1次會議記錄扣1分”)", () => {
  test("the count held against the target, traditional or simplified", () => {
    for (const text of ["不少于4次,缺1次會議記錄扣1分", "不少于4次,缺1次会议记录扣1分", "不少于4次,少1次扣1分"]) {
      const r = recognise(text, 4);
      expect([5, 4, 3, 1, 0].map((n) => score(r, n, 4))).toEqual(["4", "4", "3", "1", "0"]);
    }
  });

  test("a target per period stays declined", () => {
    expect(reasonOf(recognise("每月不少于1次,缺1次会议记录扣1分", 4))).not.toBe("");
  });
});

describe("减 before points deducts as 扣; 减少, 减免, 减灾, 递减 keep their meaning", () => {
  test("“每人次减2.5分,最高减5分” scores as its 扣 twin", () => {
    const text = "严重违纪或违法犯罪的,每人次减2.5分,最高减5分。";
    const r = recognise(text, 6, "penalty");
    expect([0, 1, 2, 3].map((n) => score(r, n, 6, "penalty"))).toEqual(["0", "-2.5", "-5", "-5"]);
    expect(reading(r, [0, 1, 3], 6, "penalty")).toEqual(
      reading(recognise(text.replace(/减/g, "扣"), 6, "penalty"), [0, 1, 3], 6, "penalty"),
    );
  });

  test("“每人次” counts person-times: the sentence says 每人次, not “…的次每人”", () => {
    const r = recognise("严重违纪或违法犯罪的,每人次减2.5分,最高减5分。", 6, "penalty");
    expect(r.status === "draft" && r.sentence).toContain("严重违纪或违法犯罪每人次扣2.5分");
    // “每少1人次” of those absent, as “每少1人/次”
    const absent = recognise("无故不参加统一组织的活动每少1人次扣1分", 5);
    expect([0, 2].map((n) => score(absent, n, 5))).toEqual(["5", "3"]);
  });

  test("“减完为止” is 扣完为止", () => {
    const r = recognise("不报送或不按时报送的每次减0.5分,减完为止。", 1);
    expect([0, 1, 2, 5].map((n) => score(r, n, 1))).toEqual(["1", "0.5", "0", "0"]);
  });

  test("words with 减 in them are left alone", () => {
    expect(normalise("防灾减灾工作未开展的扣2分")).toBe("防灾减灾工作未开展的扣2分");
    expect(normalise("减免费用未公示的扣1分")).toBe("减免费用未公示的扣1分");
    expect(normalise("发案数比上年减少1起得1分")).toBe("发案数比上年减少1起得1分");
    expect(normalise("第一名得40分,每递减一名,减2分")).toBe("第1名得40分,每递减1名,扣2分");
    expect(normalise("每增减1%,加减1分")).toBe("每增减1%,加减1分");
    const r = recognise("防灾减灾工作未开展的扣2分", 3);
    expect([score(r, "是", 3), score(r, "否", 3)]).toEqual(["1", "3"]);
  });
});

describe("“-1分” after a failing is a deduction", () => {
  test("“换届程序不规范-1分,有拉票贿选等问题-2”: two yes/no terms, floored at 0", () => {
    const r = recognise("换届程序不规范-1分,有拉票贿选等问题-2", 2);
    const cases = [
      ["否", "否"],
      ["是", "否"],
      ["否", "是"],
      ["是", "是"],
    ].map(([a, b]) => score(r, { "1": a, "2": b }, 2));
    expect(cases).toEqual(["2", "1", "0", "0"]);
  });

  test("ranges, years and formulas keep their minus", () => {
    expect(normalise("扣5-10分")).toBe("扣5-10分");
    expect(normalise("2020-2021年度未完成的扣1分")).toBe("2020-2021年度未完成的扣1分");
    expect(normalise("得分=70×实际达标率-63")).toBe("得分=70×实际达标率-63");
    expect(reasonOf(recognise("扣5-10分", 100, "penalty"))).toContain("区间");
  });
});

describe("a requirement followed by its points", () => {
  test("alone it is the evaluator's: nothing says whether it is all or nothing (clause README conventions)", () => {
    expect(reasonOf(recognise("1.逐级签订综治责任书,1分。", 1))).not.toBe("");
    expect(reasonOf(recognise("4.坚持重大节假日值班制度,安排专人在岗值班,领导带班备勤,0.5分。", 0.5))).not.toBe("");
    expect(reasonOf(recognise("1.逐级签订综治责任书,1分。", 1, "bonus"))).not.toBe("");
  });

  test("the deductions after it are read from its points (“…,1分。不报送的每次减0.5分,…减完为止”)", () => {
    const r = recognise(
      "2.定期组织召开例会,及时报送研判报告或会议纪要,1分。不报送或不按时报送的每次减0.5分,对重大涉稳信息迟报、漏报、瞒报的每例减1分,减完为止。",
      1,
    );
    expect(score(r, { "1": 0, "2": 0 }, 1)).toBe("1");
    expect(score(r, { "1": 1, "2": 0 }, 1)).toBe("0.5");
    expect(score(r, { "1": 1, "2": 1 }, 1)).toBe("0");
  });

  test("words of the requirement that hold a scoring character (加强, 计划, 记录, 得到) do not stop it", () => {
    const r = recognise(
      "3.加强值班管理,制定年度工作计划,会议记录完整并得到落实,1分。未落实的每次扣0.5分,扣完为止。",
      1,
    );
    expect([0, 1, 2].map((n) => score(r, n, 1))).toEqual(["1", "0.5", "0"]);
    expect(reasonOf(recognise("加1分,1分。", 1))).not.toBe("");
  });

  test("a manner without a measure or a judgement word declines", () => {
    expect(
      reasonOf(recognise("3.敏感时期认真摸排辖区重点人员并落实稳控责任,0.5分。未落实的每次扣0.5分。", 0.5)),
    ).not.toBe("");
    expect(reasonOf(recognise("履行职责好的,1分。", 1))).not.toBe("");
  });

  test("a failing before the points, or a penalty part, is not a requirement met (the points may be taken away)", () => {
    expect(reasonOf(recognise("未建立工作台账,1分。每缺一项扣0.5分。", 1))).not.toBe("");
    expect(reasonOf(recognise("严重违纪,2分。", 6, "penalty"))).not.toBe("");
  });

  test("points beyond the 分值, or several criteria with their own points, are not one requirement", () => {
    expect(reasonOf(recognise("逐级签订综治责任书,3分。未签订的扣3分。", 2))).not.toBe("");
    // criteria each with its points are criteria.ts's: two yes/no terms adding up to the 分值
    const r = recognise("机构健全,2分;有办公场地,1分。", 3);
    expect(score(r, { "1": "是", "2": "否" }, 3)).toBe("2");
  });
});

describe("one occurrence added: “有一篇加1分”, “一次加3分”", () => {
  test("with its cap in the clause (“但累计不超过2分”): the count, capped", () => {
    const r = recognise("有一篇加0.1分,但累计不超过2分。以信息登载为依据。", 2, "bonus");
    expect([0, 1, 15, 20, 30].map((n) => score(r, n, 2, "bonus"))).toEqual(["0", "0.1", "1.5", "2", "2"]);
  });

  test("three levels each counted, capped by the context's one cap equal to the 分值", () => {
    const text =
      "受到国家表彰的,一次加3分,受到省(部)级表彰的,一次加2分,受到市(厅)级表彰的,一次加1分。以表彰决定为依据。";
    const r = recognise(text, 10, "bonus", { context: "受到上级表彰的。（加分考核累计不得超过10分）" });
    expect(score(r, { "1": 1, "2": 1, "3": 1 }, 10, "bonus")).toBe("6");
    expect(score(r, { "1": 2, "2": 1, "3": 2 }, 10, "bonus")).toBe("10");
    expect(score(r, { "1": 3, "2": 0, "3": 0 }, 10, "bonus")).toBe("9");
  });

  test("without a cap stated, a per-occurrence bonus is declined (the 分值 may not bound it)", () => {
    expect(reasonOf(recognise("有一篇加1分。以刊载发表文章为依据。", 10, "bonus"))).toContain("加分上限");
  });

  test("得 with one is not read per occurrence (“有1项得1分” may be a threshold)", () => {
    expect(reasonOf(recognise("有1项得1分", 3))).not.toBe("");
  });
});

describe("guards", () => {
  test("a failing over three or more listed things before one amount below the points: per thing or once is open", () => {
    expect(reasonOf(recognise("未建立创业指导中心、孵化和培训示范基地扣0.5分", 2.5))).toContain("几样事物");
    // two things are labelled once (h6-mlxc-1.3)
    const two = recognise("未按照要求配备保洁人员、清运人员的扣3分,保洁人员、清运人员责任区域不明确的扣2分。", 5);
    expect(score(two, { "1": "是", "2": "否" }, 5)).toBe("2");
  });

  test("a note that doubles the deductions for some units declines the clause", () => {
    const context = "上报反馈报告。备注：仅有市、区两级政府列督事项的部门和单位,考核扣分分值加倍。";
    expect(reasonOf(recognise("未上报每件扣10分", 100, "penalty", { context }))).toContain("加倍");
    const r = recognise("未上报每件扣10分", 100, "penalty", { context: "上报反馈报告。" });
    expect(score(r, 2, 100, "penalty")).toBe("-20");
  });

  test("bare bracketed points beside 充分 or 综合示范 are criteria; 综合评定 still declines", () => {
    const r = recognise("充分发挥统筹作用。主要负责同志牵头(1),制定了综合示范工作方案且得到落实(1)", 2);
    expect(score(r, { "1": "是", "2": "否" }, 2)).toBe("1");
    expect(reasonOf(recognise("主要负责同志牵头(1),综合评定工作成效(1)", 2))).not.toBe("");
  });
});
