/**
 * Honours and adoptions side by side (“获得省级表彰的加2分，市级表彰的加1分”): per honour or once, each level added or the
 * highest alone, the words do not say — declined, not drafted as two yes/no that add up. A level standing for a whole
 * condition after a per-time award (“每获得一次市级表彰加1分，省级加2分”) may borrow its 每: open too.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("honours at several levels", () => {
  test("two levels, each its own award, no 每 and no rule between them", () => {
    const r = recognise("获得省级表彰的加2分，市级表彰的加1分", 3, "bonus");
    expect(reasonOf(r)).toContain("取最高");
  });

  test("two meetings hosted at two levels", () => {
    expect(recognise("承办全市现场会的加1分，承办全省现场会的加2分", 3, "bonus").status).toBe("manual");
  });

  test("experience spread at two levels", () => {
    expect(recognise("工作经验在全省推广的加2分，在全市推广的加1分", 3, "bonus").status).toBe("manual");
  });

  test("“省级加2分” after “每获得一次市级表彰加1分” may borrow the 每", () => {
    const r = recognise("每获得一次市级表彰加1分，省级加2分，最高加3分", 3, "bonus");
    expect(reasonOf(r)).toContain("承前省略");
  });
});

describe("what still drafts", () => {
  test("the unit promoting a technique is its own act, not an honour: left to the other readers", () => {
    expect(reasonOf(recognise("推广测土配方施肥技术得1分，推广绿肥生产得1分。", 2))).not.toContain("取最高");
  });

  test("each counted per time with a cap: 0.5 a city adoption, 1 a provincial one, at most 3", () => {
    const r = recognise("信息被市委采用一篇加0.5分，被省委采用一篇加1分，加分不超过3分", 3, "bonus");
    expect(score(r, { "1": 2, "2": 1 }, 3, "bonus")).toBe("2");
    expect(score(r, { "1": 4, "2": 3 }, 3, "bonus")).toBe("3");
  });

  test("one honour taking all the points", () => {
    const r = recognise("受到省级以上表彰的加3分", 3, "bonus");
    expect(score(r, "是", 3, "bonus")).toBe("3");
    expect(score(r, "否", 3, "bonus")).toBe("0");
  });
});
