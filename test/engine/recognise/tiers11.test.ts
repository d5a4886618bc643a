/**
 * Round 11 (issue 11 part 1): tiers of how many listed conditions are met, one occurrence and its award in a bonus
 * part, and the 分值 said again in the clause's words — each read in its one shape, with the contrasts that stay
 * declined. Scores are worked out by hand from each sentence's own words.
 */
import { recognise } from "../../../src/engine";
import { dec } from "../../../src/engine/decimal";
import { restatedPointsInWords } from "../../../src/engine/recognise/sentenceHeading";
import { reasonOf, score } from "./probeHelpers";

describe("tiers of how many listed conditions are met (listedMet.ts)", () => {
  const three =
    "全部符合以下条件:有专人负责日常事务、有会员登记资料、建立了党组织,得3分;符合两项条件,得2分;符合一项条件,得1分。";

  test("the input is the number met: 3 → 3, 2 → 2, 1 → 1, none → 0", () => {
    const r = recognise(three, 3);
    expect([0, 1, 2, 3].map((n) => score(r, n, 3))).toEqual(["0", "1", "2", "3"]);
  });

  test("two conditions, the one tier below worth 2 of 3; one holding a number of its own is still one condition", () => {
    const r = recognise("全部符合以下条件:有独立账户、净资产超过3万元,得3分;符合一项条件,得2分。", 3);
    expect([0, 1, 2].map((n) => score(r, n, 3))).toEqual(["0", "2", "3"]);
  });

  test("a closing tier for none is read where it gives 0", () => {
    const r = recognise(
      "同时满足下列条件:有章程、有名册、有印章,得6分;满足2项,得4分;满足1项,得2分;均不满足的,不得分。",
      6,
    );
    expect([0, 1, 2, 3].map((n) => score(r, n, 6))).toEqual(["0", "2", "4", "6"]);
  });

  test("a list whose length does not match the tiers is declined (a condition holding its own 、)", () => {
    const r = recognise("全部符合以下条件:有办公场所、办公设备、建立网站,得3分;符合一项条件,得1分。", 3);
    expect(reasonOf(r)).toMatch(/符合2项条件时的得分未说明/);
  });

  test("“以下3项条件” beside a list of 4 is declined", () => {
    const r = recognise(
      "全部符合以下3项条件:有章程、有名册、有印章、有账户,得4分;符合3项,得3分;符合2项,得2分;符合1项,得1分。",
      4,
    );
    expect(reasonOf(r)).toMatch(/不一致/);
  });

  test("an open list (等) is declined", () => {
    const r = recognise("全部符合以下条件:有章程、有名册等,得3分;符合一项条件,得1分。", 3);
    expect(reasonOf(r)).toMatch(/项数不能确定/);
  });

  test("all met worth other than the 分值, or a lower tier worth as much as a higher one, is declined", () => {
    expect(reasonOf(recognise(three, 4))).toMatch(/不一致/);
    const flat = "全部符合以下条件:有章程、有名册、有印章,得3分;符合两项条件,得1分;符合一项条件,得1分。";
    expect(reasonOf(recognise(flat, 3))).toMatch(/不高于/);
  });

  test("in a bonus part it is declined", () => {
    expect(reasonOf(recognise(three, 3, "bonus"))).toMatch(/加分项或扣分项/);
  });
});

describe("one occurrence and its award in a bonus part (oneEachAward.ts)", () => {
  test("“受到国家表彰的,一次加3分,…” with the part's cap in the context: a count term per level, capped", () => {
    const r = recognise("受到国家表彰的,一次加3分,受到省级表彰的,一次加2分,受到市级表彰的,一次加1分。", 10, "bonus", {
      context: "因工作突出受到上级表彰的。（加分考核累计不得超过10分）",
    });
    expect([
      score(r, { "1": 1, "2": 0, "3": 0 }, 10, "bonus"),
      score(r, { "1": 0, "2": 2, "3": 1 }, 10, "bonus"),
      score(r, { "1": 3, "2": 1, "3": 0 }, 10, "bonus"),
    ]).toEqual(["3", "5", "10"]);
  });

  test("“有一篇加1分” with a cap in its words: per article", () => {
    const r = recognise("有一篇加1分,最多加3分。", 3, "bonus");
    expect([0, 2, 5].map((n) => score(r, n, 3, "bonus"))).toEqual(["0", "2", "3"]);
  });

  test("without a cap in its words or context it is declined as any uncapped bonus is", () => {
    expect(reasonOf(recognise("有一篇加1分。以刊载发表文章为依据。", 10, "bonus"))).toMatch(/加分上限/);
  });

  test("得 with a one may be a tier (“有一项得1分” on 2 points: one or more, or each?), and is declined", () => {
    expect(reasonOf(recognise("有一项得1分。", 2))).not.toBe("");
  });

  test("加 with a one adds per occurrence; a cap in its words says it repeats (“获得1项国家专利的加2分,最多加4分”)", () => {
    const r = recognise("获得1项国家专利的加2分,最多加4分。", 4, "bonus");
    expect([0, 1, 2, 3].map((n) => score(r, n, 4, "bonus"))).toEqual(["0", "2", "4", "4"]);
  });
});

describe("the 分值 said again in the clause's words (sentenceHeading.ts)", () => {
  test("“X计P分。” before yes/no awards adding up to P", () => {
    const r = recognise(
      "社会救助办公场所建设计2分。有组织领导计0.5分,有宣传窗计0.5分,有公开栏计0.5分,有电脑设备计0.5分。",
      2,
    );
    expect(score(r, { "1": "是", "2": "否", "3": "是", "4": "是" }, 2)).toBe("1.5");
  });

  test("“X计P分。” before deductions and a 不计分 that takes all the points", () => {
    const r = recognise("农村五保供养工作计2分。核定不准造成漏保的每人次扣0.5分,有弄虚作假现象的该项不计分。", 2);
    expect([
      score(r, { "1": 1, "2": "否" }, 2),
      score(r, { "1": 5, "2": "否" }, 2),
      score(r, { "1": 0, "2": "是" }, 2),
    ]).toEqual(["1.5", "0", "0"]);
  });

  test("not where the rest awards all the points again (several requirements, one award: left to the guards)", () => {
    const r = recognise("医疗救助工作计2分。对象准确、发放及时、手续齐全计2分。", 2);
    expect(reasonOf(r)).not.toBe("");
  });

  test("a heading worth other than the 分值, or a name that is a condition, is kept", () => {
    expect(reasonOf(recognise("农村五保供养工作计3分。核定不准的每人次扣0.5分。", 2))).not.toBe("");
    const kept = "按时报送报表计2分。每迟报一次扣0.5分。";
    expect(restatedPointsInWords(kept, dec(2))).toBe(kept);
    expect(restatedPointsInWords("报表报送工作计2分。每迟报一次扣0.5分。", dec(2))).toBe("每迟报一次扣0.5分。");
  });

  test("“共计P分,扣完为止” after a per-case deduction is the floor, beside a 此项不得分", () => {
    const r = recognise("发现乱堆乱放的,每发现一处扣1分,共计5分,扣完为止。村庄有露天焚烧现象,此项不得分。", 5);
    expect([
      score(r, { "1": 2, "2": "否" }, 5),
      score(r, { "1": 7, "2": "否" }, 5),
      score(r, { "1": 0, "2": "是" }, 5),
    ]).toEqual(["3", "0", "0"]);
  });

  test("“共计N分” other than the 分值 is left as it is (and declined)", () => {
    const r = recognise("发现乱堆乱放的,每发现一处扣1分,共计4分,扣完为止。", 5);
    expect(reasonOf(r)).not.toBe("");
  });
});

describe("items listed before a bracket of their points each (bracketEachItem.ts)", () => {
  test("“X、Y、Z(3分,每项1分)”: the number of items met, at 1 each", () => {
    const r = recognise("2、有固定办公地点、学会办事机构、专(兼)职干部(3分,每项1分)", 3);
    expect([0, 2, 3].map((n) => score(r, n, 3))).toEqual(["0", "2", "3"]);
  });

  test("items parted by ; with an 或 inside one: two items at 2 each", () => {
    const r = recognise("3、建立会员登记档案或会员数据库;发展新会员(4分,每项2分)", 4);
    expect([0, 1, 2].map((n) => score(r, n, 4))).toEqual(["0", "2", "4"]);
  });

  test("a count above the items listed is refused, not capped quietly", () => {
    const r = recognise("有健全的理事会、常务理事会(2分,每项1分)", 2);
    expect(() => score(r, 3, 2)).toThrow();
  });

  test("a comma inside an item leaves open which pieces make one item: left to the other readers (declined)", () => {
    expect(reasonOf(recognise("2、规章制度健全,档案齐全;财务管理规范(4分,每项2分)", 4))).not.toBe("");
  });

  test("items times each other than the 分值, or the bracket off the 分值, is declined", () => {
    expect(reasonOf(recognise("有章程、有名册、有印章(3分,每项2分)", 3))).toMatch(/不相合/);
    expect(reasonOf(recognise("有章程、有名册、有印章(3分,每项1分)", 4))).toMatch(/不相合/);
  });

  test("an open list (等) or an item that fails is not read so", () => {
    expect(reasonOf(recognise("有章程、名册等(2分,每项1分)", 2))).not.toBe("");
    expect(reasonOf(recognise("未建立章程、名册(2分,每项1分)", 2))).not.toBe("");
  });
});
