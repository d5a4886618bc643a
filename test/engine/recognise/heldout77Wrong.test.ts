/**
 * Held-out sets 77–79's wrong drafts (first measurement at ee46e85: 40 of 100 computable drafted exactly, 8 wrong — set
 * 77 none), closed in general (judgements.ts `REFERENCE`, labelChecks/counts.ts `openClassCounted`, guards.ts `MANNER`,
 * contextTargets.ts, normalise.ts `PINYIN`; docs/recogniser.md 106); wording varied from the documents'.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("what the evaluator weighs", () => {
  test("records named as a reference for the score (“…应以有关审查、整改记录为评分参考”)", () => {
    const text = "说明:未能建立相关制度或具体办法的,不得分;考察该项制度施行情况,应以有关讨论记录为评分参考。";
    expect(reasonOf(recognise(text, 5))).toContain("参考");
  });

  test("a case of a class opened with 等 (“…等不正当竞争行为的,每起扣5分”)", () => {
    expect(reasonOf(recognise("有跨区域执业等不正当竞争行为的,每起扣5分;", 10, "penalty"))).toContain("等");
    expect(reasonOf(recognise("助理人员有以他人名义办证等情况的,每起扣5分。", 5, "penalty"))).toContain("等");
  });

  test("cases of a list left open with no class after it are still counted, as the development labels read them", () => {
    const r = recognise("错保、漏保或重复保等，每例扣0.5分。", 4);
    expect(score(r, 3, 4)).toBe("2.5");
  });

  test("a duty done 有效 (“未有效执行或落实卫生制度的,扣4分”) is weighed; without it, a yes/no", () => {
    expect(reasonOf(recognise("6.未有效执行或落实卫生制度的,扣4分", 5, "penalty"))).toContain("有效");
    expect(score(recognise("6.未执行卫生制度的,扣4分", 5, "penalty"), "是", 5, "penalty")).toBe("-4");
  });
});

describe("read since", () => {
  test("a list marker before a shortfall against the row's yearly target (“2、质量自查少一次扣2.5分”)", () => {
    const r = recognise("2、质量自查少一次扣2.5分;未及时上报整改情况的,一次扣1分;", 5, "penalty", {
      context: "考核标准 2、每年至少开展两次质量自查,认真整改质量问题;(5分)",
    });
    expect(score(r, { "1": 2, "2": 0 }, 5, "penalty")).toBe("0");
    expect(score(r, { "1": 1, "2": 1 }, 5, "penalty")).toBe("-3.5");
  });

  test("a page's pinyin glossed after its characters is dropped (“執(zhí)行”)", () => {
    const r = recognise("未有效執(zhí)行衛(wèi)生制度的,扣4分", 5, "penalty");
    expect(reasonOf(r)).toContain("有效");
    const plain = recognise("未執(zhí)行衛(wèi)生制度的,扣4分", 5, "penalty");
    expect(JSON.stringify(plain)).not.toContain("zhí");
  });

  test("“本项最高限分6分” caps awards per occasion; a cap in a sentence of its own caps the clause's awards", () => {
    const r = recognise("组织专题活动,每组织一次得3分,本项最高限分6分。", 6);
    expect(score(r, 1, 6)).toBe("3");
    expect(score(r, 3, 6)).toBe("6");
    const patents = recognise("通过市级专利示范企业认定每家得2分,发明专利授权每件0.5分。本项最高5分。", 5);
    expect(score(patents, { "1": 1, "2": 2 }, 5)).toBe("3");
    expect(score(patents, { "1": 2, "2": 4 }, 5)).toBe("5");
  });

  test("“每开工1个项目1分,最多10分”: the act, one unit of what it counts, and its points", () => {
    const r = recognise("新开工项目每开工一个项目1分,最多10分。", 10);
    expect(score(r, 4, 10)).toBe("4");
    expect(score(r, 12, 10)).toBe("10");
  });
});

describe("read since: an amount in a cell of its own after the failing (“…;扣4分。”)", () => {
  test("a semicolon between a failing and its amount parts nothing", () => {
    const r = recognise("无独立消毒剂存放场所;扣4分。 消毒剂存放容器不密闭;扣4分。", 4, "penalty");
    expect(score(r, { "1": "是", "2": "否" }, 4, "penalty")).toBe("-4");
    expect(score(r, { "1": "否", "2": "否" }, 4, "penalty")).toBe("0");
  });

  test("a piece holding an amount of its own keeps its semicolon", () => {
    expect(recognise("设立的档案内容不全,每缺一项扣0.25分;扣1分。", 4, "penalty").status).toBe("manual");
  });
});
