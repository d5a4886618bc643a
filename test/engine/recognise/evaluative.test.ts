/**
 * Words that judge how work was done or what it led to (不主动, 不彻底, 处置不当, 混乱, 推进缓慢, 群众反映强烈, 造成不良影响,
 * 情节严重, 敷衍, 走过场, 重视不够, 明显缺陷 …) with nothing to count: the Conventions label such a condition `manual`, so a
 * draft of it would be wrong on an unseen set. Before round 16 each of these drafted as a yes/no deduction. Legal
 * categories (较大事故, 重大事故) are facts and still draft. Scores worked by hand from each sentence's words.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("a judged manner or effect is declined, naming the word", () => {
  test.each([
    ["工作不主动、不及时上报的扣1分", "不主动"],
    ["隐患整改不彻底的扣1分", "不彻底"],
    ["突发事件处置不当的扣2分", "不当"],
    ["措施不得力的扣2分", "不得力"],
    ["档案管理混乱的扣2分", "混乱"],
    ["项目推进缓慢的扣1分", "缓慢"],
    ["群众反映强烈的扣2分", "反映强烈"],
    ["在社会上造成不良影响的扣4分", "不良影响"],
    ["情节严重的扣4分", "情节严重"],
    ["宣传发动不广泛的扣1分", "不广泛"],
    ["工作敷衍塞责的扣2分", "敷衍"],
    ["民主评议走过场的扣1分", "走过场"],
    ["领导不重视，未列入议程的扣1分", "不重视"],
    ["台账内容不充实的扣1分", "不充实"],
    ["材料存在明显错误的扣1分", "明显错误"],
    ["出现因工作失职造成严重后果的，该项不得分", "严重后果"],
  ])("%s", (text, word) => {
    const r = recognise(text, 4, "base");
    expect(r.status).toBe("manual");
    expect(reasonOf(r)).toContain(word);
  });

  test("in a count term too: “每发现一处清理不彻底扣1分”", () => {
    expect(recognise("每发现一处清理不彻底的扣1分，扣完为止。", 4).status).toBe("manual");
  });
});

describe("扣除该项全部分数 takes all the points, as 不得分 does", () => {
  test("“未建立台账的，扣除该项全部分数”", () => {
    const r = recognise("未建立台账的，扣除该项全部分数", 4);
    expect([score(r, "是", 4), score(r, "否", 4)]).toEqual(["0", "4"]);
  });
});

describe("a deduction from the total score is not this item's", () => {
  test("“每发现一例，在总分中扣除1分” on a base item is declined", () => {
    expect(reasonOf(recognise("每发现一例，在总分中扣除1分", 4))).toContain("扣在总分上");
  });

  test("in the penalty part it is the part's own deduction", () => {
    expect(recognise("每发现一例，在总分中扣除1分", 4, "penalty").status).toBe("draft");
  });
});

describe("facts beside those words still draft", () => {
  test("an accident of a legal category (较大事故) is a fact: all the points", () => {
    const r = recognise("发生较大安全事故的，不得分。", 4);
    expect(score(r, "是", 4)).toBe("0");
    expect(score(r, "否", 4)).toBe("4");
  });

  test("a plain failing with a count: “每发现1例未按时上报扣0.5分”", () => {
    const r = recognise("每发现1例未按时上报的，扣0.5分，扣完为止。", 2);
    expect(score(r, 3, 2)).toBe("0.5");
  });
});
