/**
 * Several requirements before one award, without “否则不得分” (held-out set 7's wrong draft, h7-jsfa-1.1): where the
 * points are as many as the requirements or more, a unit meeting some of them may get nothing or a share per
 * requirement, and the clause does not say. Fewer points than requirements, 否则, or requirements joined by 并/且 leave
 * the award all or nothing.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("several requirements, one award", () => {
  test("four requirements for 8 points, no 否则: declined, naming the open share", () => {
    const r = recognise("配齐配全村计生专干,落实了村级干部包干责任,健全各种制度,召开会议有记录且内容齐全计8分;", 8);
    expect(reasonOf(r)).toContain("列出4项要求、共8分");
  });

  test("two requirements for 4 points: declined as well", () => {
    const r = recognise("各行政村要将基本农田设立保护标志牌,落实地块、面积、四至范围,得4分。", 4);
    expect(reasonOf(r)).toContain("只做到其中几项时");
  });

  test("with 否则不得分 the award is all or nothing", () => {
    const r = recognise("配齐村计生专干,落实包干责任,健全各种制度,召开会议有记录,计8分,否则不得分。", 8);
    expect([score(r, "是", 8), score(r, "否", 8)]).toEqual(["8", "0"]);
  });

  test("fewer points than requirements is open too (held-out set 12): “做到年初有计划,平时有检查,年终有总结的得1分”", () => {
    const r = recognise("2.制定创建平安工作方案和标准,做到年初有工作计划,平时有检查督促,年终有总结的得1分。", 1);
    expect(reasonOf(r)).toContain("只做到其中几项");
  });

  test("requirements joined by 并 are one: “方案已编制,并经…核准,得2分”", () => {
    const r = recognise("基本农田示范区建设方案已编制,并经省国土资源厅核准,得2分。", 2);
    expect([score(r, "是", 2), score(r, "否", 2)]).toEqual(["2", "0"]);
  });
});
