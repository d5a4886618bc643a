/**
 * Readings drawn from the spent held-out sets' remaining declines (sets 39–87, after their first measurement): wording
 * that recurs across documents and that the labels agree on. Wording varied from the documents'.
 */
import { recognise } from "../../../src/engine";
import { score } from "./probeHelpers";

describe("the floor said as the item reaching nothing", () => {
  test("“直至本项不得分” ends per-case deductions as 扣完为止 does", () => {
    const r = recognise("台帐与原始记录不一致的,每一笔扣2分,直至本项不得分。", 20);
    expect(r.status).toBe("draft");
    expect(score(r, 0, 20)).toBe("20");
    expect(score(r, 3, 20)).toBe("14");
    expect(score(r, 10, 20)).toBe("0");
    expect(score(r, 12, 20)).toBe("0");
  });

  test("“直至该项分数扣完为止” is the same floor, named by 该项", () => {
    const r = recognise("每发现有一笔资金坐支扣 2 分,直至该项分数扣完为止。", 10);
    expect(r.status).toBe("draft");
    expect(score(r, 2, 10)).toBe("6");
    expect(score(r, 6, 10)).toBe("0");
  });
});

describe("points per occasion in a closing bracket, with their total", () => {
  test("“(每次1分,总分4分)” after what is counted", () => {
    const r = recognise("组织团员开展志愿服务(社区、校园)。(每次1分,总分4分)", 4);
    expect(r.status).toBe("draft");
    expect(score(r, 0, 4)).toBe("0");
    expect(score(r, 3, 4)).toBe("3");
    expect(score(r, 6, 4)).toBe("4");
  });

  test("“(每次会议0.5分,总分3分)”: 会议 named after the measure word", () => {
    const r = recognise("支部按月召开工作例会。(每次会议0.5分,总分3分)", 3);
    expect(r.status).toBe("draft");
    expect(score(r, 4, 3)).toBe("2");
    expect(score(r, 7, 3)).toBe("3");
  });
});

describe("a heading whose name holds 参加", () => {
  test("“参加…会议12分。(每参加1次加1分,至12分止)”: 参加 is to attend, not points added", () => {
    const r = recognise("參加在職訓練或相關業務會議12分。(年度內每參加1次加1分,至12分止)", 12);
    expect(r.status).toBe("draft");
    expect(score(r, 0, 12)).toBe("0");
    expect(score(r, 5, 12)).toBe("5");
    expect(score(r, 15, 12)).toBe("12");
  });

  test("a heading that names a condition (“未参加培训4分”) is still not dropped", () => {
    expect(recognise("未参加培训4分。每缺1次扣1分", 4).status).toBe("manual");
  });
});

describe("read since, from held-out sets 104–115's declines", () => {
  test("“有4分, 没有的扣4分”: the yes/no of having it", () => {
    const r = recognise("有4分, 没有的扣4分", 4);
    expect(score(r, "是", 4)).toBe("4");
    expect(score(r, "否", 4)).toBe("0");
  });

  test("a cap said with 上限: “最高上限10分”", () => {
    const r = recognise("辅导学生取得专业证照，甲级加1分/人，乙级加0.5分/人，最高上限3分。", 3, "bonus");
    expect(score(r, { "1": 2, "2": 1 }, 3, "bonus")).toBe("2.5");
    expect(score(r, { "1": 4, "2": 0 }, 3, "bonus")).toBe("3");
  });

  test("subjects counted per 科目 (“未依规定缴交课程大纲，每科目扣1分”)", () => {
    const r = recognise("未依规定缴交课程大纲，每科目扣1分。", 10, "penalty");
    expect(score(r, 3, 10, "penalty")).toBe("-3");
  });
});

describe("one occurrence after a comma, what is counted named after its measure word", () => {
  test("“账物卡不符,一种物料扣2分”, “未按时立卷归档的,有1卷扣2分”: each one costs the amount", () => {
    const kinds = recognise("抽查账物卡不符,一种物料扣2分", 30, "penalty");
    expect(score(kinds, 3, 30, "penalty")).toBe("-6");
    const files = recognise("未按时立卷归档的,有1卷扣2分。", 15, "penalty");
    expect(score(files, 2, 15, "penalty")).toBe("-4");
  });

  test("a time after the one is no count (“未完成任务,1个月扣2分”)", () => {
    expect(recognise("未完成任务,1个月扣2分", 10).status).toBe("manual");
  });
});
