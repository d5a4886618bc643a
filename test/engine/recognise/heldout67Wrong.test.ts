/**
 * Held-out sets 67–69's wrong drafts (first measurement at d6079fc: 29 of 77 computable drafted exactly, 7 wrong), closed
 * in general (labelChecks/, guards.ts, heldOutPieces.ts; docs/recogniser.md 102); wording varied from the documents'.
 * Beside them, points per thing in a bracket and “积分上限为N分” are read (normalise.ts, closing.ts).
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("wrong drafts closed", () => {
  test("为 written for 未 before 按月 (“无故为按月足额缴纳扣5分/人次”) is declined as a slip", () => {
    expect(reasonOf(recognise("无故为按月足额缴纳扣5分/人次", 5, "penalty"))).toContain("之误");
  });

  test("places missing from a list left open with 等 (“等候厅、会议室…等区域内有禁烟标识,10分;缺1处扣2分”)", () => {
    const text = "所属区域的等候厅、会议室、厕所、走廊等区域内有禁烟标识,10分;缺1处扣2分;";
    expect(reasonOf(recognise(text, 10))).toContain("等");
    // items missing from such a list stay counted (h41-sihua-14)
    const items = recognise("在校园显著位置设置守则、行为规范、两图等版面。(缺一项扣1分,扣完为止)", 4);
    expect(score(items, 2, 4)).toBe("2");
  });

  test("烟味 counted per place is weighed", () => {
    expect(recognise("发现1处工作场所有烟味扣2分,扣完为止", 5).status).toBe("manual");
  });

  test("a bare 违反 after several requirements (“务必…,不得…,严禁…;须…。违反者扣5分”) is declined", () => {
    const text = "竞赛结束时,务必保存设备配置,不得拆除硬件的连接,严禁设置密码;须断开空气开关。违反者扣5分。";
    expect(reasonOf(recognise(text, 5, "penalty"))).toContain("违反");
  });

  test("残旧 among the failings of an award is weighed", () => {
    expect(recognise("附有专用标识的,得1分;没有标识、错误标识、破损残旧的不得分。", 1).status).toBe("manual");
  });
});

describe("points per thing in a bracket, and 积分上限", () => {
  test("“抓取正确(1分/个,共6个方块)” is 1 point each up to the item's points", () => {
    const r = recognise("抓取正确(1分/个,共6个方块)", 6);
    expect(score(r, 4, 6)).toBe("4");
    expect(score(r, 9, 6)).toBe("6");
  });

  test("“积分上限为15分” caps the awards", () => {
    const r = recognise("每发表1篇文章得2分,积分上限为15分", 15);
    expect(score(r, 9, 15)).toBe("15");
  });
});
