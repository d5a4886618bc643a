/**
 * A per-count bonus with no cap in its words (issue 11): the engine would cap it at the item's 分值, but a bonus item's
 * 分值 is often the section's points, and whether it bounds the item the text does not say. Clauses of the 浙江 综治
 * 细则 (test/fixtures/clauses/zhejiang-zongzhi.json) and the 2013 卫生监督协管 考评表 6.2.3.
 */
import { probe, recognise } from "../../../src/engine";
import { UNCAPPED_BONUS } from "../../../src/engine/recognise/bonusCap";

/** 浙江 综治 65.2, a 10-point 加分项 whose heading states “加分累计不超过10分”. */
const ZJ_65_2 = "在《中央综治动态》上刊发的，每次加0.5分";
const ZJ_BONUS = "加分项目。同一项目按照分值高的加分，不重复加分，加分累计不超过10分";

describe("an uncapped per-count bonus is declined unless a cap of its 分值 is stated", () => {
  test("no cap in the clause or its context: declined with the reason", () => {
    expect(recognise(ZJ_65_2, 10, "bonus")).toEqual({ status: "manual", reason: UNCAPPED_BONUS });
    expect(UNCAPPED_BONUS).toBe("条文未写加分上限：是否以本项分值为上限，请人工确认");
  });

  test("the context states the 分值 as the cap: drafted; 20 publications reach the 10 points", () => {
    const r = recognise(ZJ_65_2, 10, "bonus", { context: ZJ_BONUS });
    expect(r.status).toBe("draft");
    expect(probe(r, 3, 10, "bonus")).toEqual({ score: "1.50" });
    expect(probe(r, 25, 10, "bonus")).toEqual({ score: "10.00" });
    // A cap other than the 分值 is not the item's: which binds is left open.
    expect(recognise(ZJ_65_2, 10, "bonus", { context: "加分累计不超过5分" })).toEqual({
      status: "manual",
      reason: UNCAPPED_BONUS,
    });
    // Two caps: neither is read.
    expect(recognise(ZJ_65_2, 10, "bonus", { context: "加分累计不超过10分；最高加5分" }).status).toBe("manual");
  });

  test("the clause states its cap: 最高奖励5分 (卫生监督协管 6.2.3), 加满为止, 加分至本项分值为止", () => {
    expect(recognise("报告的线索中，认定为价值较高的线索，每一条奖励0.5分，最高奖励5分。", 5, "bonus").status).toBe(
      "draft",
    );
    expect(recognise(`${ZJ_65_2}，加满为止`, 10, "bonus").status).toBe("draft");
    expect(recognise(`${ZJ_65_2}，加分至本项分值为止`, 10, "bonus").status).toBe("draft");
    // A cap below the 分值 bounds its own term; the other stays open.
    expect(recognise(`${ZJ_65_2}，最多加2分；在省级刊物刊发的，每次加0.2分`, 10, "bonus")).toEqual({
      status: "manual",
      reason: UNCAPPED_BONUS,
    });
  });

  test("the 分值 is a cap the scheme states (an item drafted on its part's cap): drafted", () => {
    expect(recognise(ZJ_65_2, 10, "bonus", { pointsAreCap: true }).status).toBe("draft");
  });

  test("not a bonus part, or not per count: as before", () => {
    // A base leaf never scores above its points: its 分值 is its own.
    expect(recognise("每报一例得0.1分", 2, "base").status).toBe("draft");
    // Per-count deductions stop at 0, the documents' 扣完为止.
    expect(recognise("每发现1例违反流程的，扣0.5分", 2, "base").status).toBe("draft");
    // A single award is the item's points.
    expect(recognise("破案率达100%的，加15分", 15, "bonus").status).toBe("draft");
  });
});
