/**
 * A failing written bare in a penalty part, its amount only in the 分值 column (src/engine/recognise/bareFailing.ts;
 * held-out set 110's 港口经营 list and set 25's 信用赋分 list, labelled yes/no of the points). Wording varied.
 */
import { recognise } from "../../../src/engine";
import { score } from "./probeHelpers";

describe("“变更经营范围未办理许可手续的;” on 10 in a penalty part", () => {
  test("a yes/no taking the item's points", () => {
    const r = recognise("变更经营地址未办理备案手续的;", 10, "penalty");
    expect([score(r, "是", 10, "penalty"), score(r, "否", 10, "penalty")]).toEqual(["-10", "0"]);
  });

  test("the context naming the same amount: still read", () => {
    const context = "评分标准：驾驶员有所列情形之一的,扣20分";
    const r = recognise("发生交通事故致人死亡且负主要责任的。", 20, "penalty", { context });
    expect(score(r, "是", 20, "penalty")).toBe("-20");
  });
});

describe("what stays declined", () => {
  test("a context with an amount per case or another amount", () => {
    expect(recognise("未办理备案手续的;", 10, "penalty", { context: "每起扣2分" }).status).toBe("manual");
    expect(recognise("未办理备案手续的;", 10, "penalty", { context: "有所列情形之一的,扣5分" }).status).toBe("manual");
  });

  test("a failing weighed, as it would be with its amount written", () => {
    expect(recognise("未认真填写信息系统并及时更新的;", 2, "penalty").status).toBe("manual");
  });

  test("a transaction taken on, which recurs one by one", () => {
    expect(recognise("接受未如实提供货物信息的委托人作业委托的;", 10, "penalty").status).toBe("manual");
  });

  test("a requirement with only its points in a base part: the Conventions leave it open", () => {
    expect(recognise("有博物馆章程", 5).status).toBe("manual");
  });
});
