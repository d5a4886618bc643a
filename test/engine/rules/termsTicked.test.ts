/**
 * A count of listed items typed as the items one by one (held-out set 57's 档案工作评估表: “档案室配有计算机、复印机、…,
 * 每项计1分”): 是/否 keyed "1", "2" … in the order listed count the 是 (docs/ids-and-inputs.md).
 */
import { compileTerms } from "../../../src/engine/rules/terms";

const listed = compileTerms([{ kind: "count", label: "配有的设备", per: 1, unit: "项", items: 3 }], "award");
const open = compileTerms([{ kind: "count", label: "缺少的台账", per: 0.5, unit: "项" }], "deduct");
const cases = compileTerms([{ kind: "count", label: "迟报", per: 1, unit: "次" }], "deduct");

function value(parsed: ReturnType<typeof listed.parse>): string {
  if (!parsed.ok) throw new Error(parsed.error.zh);
  return String(parsed.value[0]);
}

describe("a count of listed items, ticked", () => {
  test("the 是 answers are the count; the number itself is still taken", () => {
    expect(value(listed.parse({ "1": "是", "2": "否", "3": "是" }))).toBe("2");
    expect(value(listed.parse({ "1": "有", "2": "有", "3": "有" }))).toBe("3");
    expect(value(listed.parse(2))).toBe("2");
  });

  test("as many keys as the clause lists, each answered 是 or 否", () => {
    const short = listed.parse({ "1": "是", "2": "否" });
    expect(short.ok ? "" : short.error.zh).toContain("列了 3 项，逐项填写了 2 项");
    const blank = listed.parse({ "1": "是", "2": "", "3": "否" });
    expect(blank.ok).toBe(false);
    const notYesNo = listed.parse({ "1": "是", "2": 3, "3": "否" });
    expect(notYesNo.ok).toBe(false);
  });

  test("items the clause does not number are ticked as they come; a count of cases (次) is never ticked", () => {
    expect(value(open.parse({ "1": "是", "2": "是" }))).toBe("2");
    expect(cases.parse({ "1": "是", "2": "是" }).ok).toBe(false);
  });
});

describe("persons counted item by item (“每人每项扣5分”, held-out set 64)", () => {
  const perItem = compileTerms([{ kind: "count", label: "留长发长胡须每项", per: 5, unit: "人" }], "penalty");
  test("the persons of each item are added; the total is still taken", () => {
    expect(value(perItem.parse({ "1": 1, "2": 2 }))).toBe("3");
    expect(value(perItem.parse(3))).toBe("3");
    expect(perItem.parse({ "1": 1, "2": "很多" }).ok).toBe(false);
    // persons are counted, never ticked: 是 could be one person or several
    expect(perItem.parse({ "1": "是", "2": "否" }).ok).toBe(false);
  });
});
