import { loadScheme, SchemeInput, showScheme } from "../../../src/engine";
import { readSchemeSheets, schemeSheetGrids, SchemeSheetCells } from "../../../src/workbook/schemeSheets";
import { leaf } from "../../helpers";

/** 社区养老服务站星级评定标准 3.8 (6分): “未听取服务对象及家属对服务质量的评价不得分；参与者人数不足10%扣3分”. */
const ylz = {
  kind: "perCaseDeduction" as const,
  terms: [
    { kind: "flag" as const, label: "未听取服务对象及家属对服务质量的评价", points: 6 },
    {
      kind: "bound" as const,
      label: "参与者人数比率",
      input: "rate" as const,
      bound: 0.1,
      side: "below" as const,
      points: 3,
    },
  ],
};

/** 岳阳县 2015 低保动态管理 (2分): “入户率100%计0.5分,按规定时间申报计0.5分,…” */
const yyx = {
  kind: "perCaseAward" as const,
  terms: [
    {
      kind: "bound" as const,
      label: "入户率",
      input: "rate" as const,
      bound: 1,
      side: "atLeast" as const,
      points: 0.5,
    },
    { kind: "flag" as const, label: "按规定时间申报", points: 0.5 },
    { kind: "flag" as const, label: "低保对象有进有出", points: 0.5 },
    { kind: "flag" as const, label: "来信来访登记齐全并及时处理", points: 0.5 },
  ],
};

describe("bound: 参与者人数不足10%扣3分 (不足 leaves the bound out)", () => {
  test("at 10% nothing is taken; just under it 3; the leaf's floor holds with the other term", () => {
    expect(leaf(ylz, 6).score({ "1": "否", "2": "10%" })).toBe("6.00");
    expect(leaf(ylz, 6).score({ "1": "否", "2": "9.99%" })).toBe("3.00");
    expect(leaf(ylz, 6).score({ "1": "否", "2": "50%" })).toBe("6.00");
    expect(leaf(ylz, 6).score({ "1": "是", "2": "50%" })).toBe("0.00");
    expect(leaf(ylz, 6).score({ "1": "是", "2": "5%" })).toBe("0.00");
  });
  test("its input is a rate; its sentences in canonical Chinese", () => {
    expect(leaf(ylz, 6).compiled.slots[1]).toEqual({ key: "2", label: "参与者人数比率", kind: "rate" });
    expect(leaf(ylz, 6).compiled.describe()).toContain("参与者人数比率低于10%扣3分");
    expect(leaf(ylz, 6).run({ "1": "否", "2": "9%" }).sentence).toContain("参与者人数比率9%，扣3分");
    expect(leaf(ylz, 6).run({ "1": "否", "2": "10%" }).sentence).toContain("参与者人数比率10%，不扣分");
    expect(leaf(ylz, 6).problem({ "1": "否", "2": "很多" })).not.toBe("ok");
  });
});

describe("bound: 是/否 typed instead of the rate says whether it lies on its side", () => {
  test("是 (参与者人数不足10%) takes the 3, 否 none; the sentence names the bound", () => {
    expect(leaf(ylz, 6).score({ "1": "否", "2": "是" })).toBe("3.00");
    expect(leaf(ylz, 6).score({ "1": "否", "2": "否" })).toBe("6.00");
    expect(leaf(ylz, 6).run({ "1": "否", "2": "是" }).sentence).toContain("参与者人数比率低于10%：是，扣3分");
  });
  test("in an award clause 是 gives the points", () => {
    expect(leaf(yyx, 2).score({ "1": "是", "2": "否", "3": "否", "4": "否" })).toBe("0.50");
  });
});

describe("bound: 入户率100%计0.5分 (at least the bound, given in an award clause)", () => {
  test("100% gives the 0.5; 99.9% does not; the awards sum to the leaf's points", () => {
    expect(leaf(yyx, 2).score({ "1": "100%", "2": "是", "3": "是", "4": "是" })).toBe("2.00");
    expect(leaf(yyx, 2).score({ "1": "99%", "2": "是", "3": "是", "4": "是" })).toBe("1.50");
    expect(leaf(yyx, 2).score({ "1": "99.9%", "2": "否", "3": "是", "4": "否" })).toBe("0.50");
    expect(leaf(yyx, 2).score({ "1": "80%", "2": "否", "3": "否", "4": "否" })).toBe("0.00");
  });
  test("its sentences", () => {
    expect(leaf(yyx, 2).compiled.describe()).toContain("入户率不低于100%得0.5分");
    expect(leaf(yyx, 2).run({ "1": "100%", "2": "否", "3": "否", "4": "否" }).sentence).toContain(
      "入户率100%，得0.5分",
    );
  });
});

describe("bound: each side at the bound and just past it, rates and numbers", () => {
  const one = (side: "below" | "atMost" | "atLeast" | "above", input: "rate" | "number", bound: number) => ({
    kind: "perCaseDeduction" as const,
    terms: [
      { kind: "bound" as const, label: "指标", input, bound, side, points: 1 },
      { kind: "count" as const, label: "发现问题", per: 1 },
    ],
  });
  test("低于 and 高于 leave the bound out; 不高于 and 不低于 take it in", () => {
    expect(leaf(one("below", "rate", 0.9), 3).score({ "1": "90%", "2": 0 })).toBe("3.00");
    expect(leaf(one("below", "rate", 0.9), 3).score({ "1": "89.99%", "2": 0 })).toBe("2.00");
    expect(leaf(one("atMost", "rate", 0.9), 3).score({ "1": "90%", "2": 0 })).toBe("2.00");
    expect(leaf(one("atMost", "rate", 0.9), 3).score({ "1": "90.01%", "2": 0 })).toBe("3.00");
    expect(leaf(one("atLeast", "rate", 0.9), 3).score({ "1": "90%", "2": 0 })).toBe("2.00");
    expect(leaf(one("atLeast", "rate", 0.9), 3).score({ "1": "89.99%", "2": 0 })).toBe("3.00");
    expect(leaf(one("above", "rate", 0.9), 3).score({ "1": "90%", "2": 0 })).toBe("3.00");
    expect(leaf(one("above", "rate", 0.9), 3).score({ "1": "90.01%", "2": 0 })).toBe("2.00");
  });
  test("a number bound: 超过3天扣1分; exact decimals; the leaf's floor", () => {
    const rule = one("above", "number", 3);
    expect(leaf(rule, 3).compiled.slots[0]?.kind).toBe("number");
    expect(leaf(rule, 3).score({ "1": 3, "2": 0 })).toBe("3.00");
    expect(leaf(rule, 3).score({ "1": "3.01", "2": 0 })).toBe("2.00");
    expect(leaf(rule, 3).score({ "1": 10, "2": 5 })).toBe("0.00");
    expect(leaf(rule, 3).compiled.describe()).toContain("指标高于3扣1分");
    expect(leaf(rule, 3).run({ "1": 4, "2": 0 }).sentence).toContain("指标4，扣1分");
  });
  test("an award's cap: the leaf's points bound the sum", () => {
    const rule = {
      kind: "perCaseAward" as const,
      terms: [
        {
          kind: "bound" as const,
          label: "达标率",
          input: "rate" as const,
          bound: 0.9,
          side: "atLeast" as const,
          points: 2,
        },
        { kind: "count" as const, label: "创新做法", per: 1 },
      ],
    };
    expect(leaf(rule, 2).score({ "1": "95%", "2": 2 })).toBe("2.00");
    expect(leaf(rule, 2).score({ "1": "85%", "2": 1 })).toBe("1.00");
  });
  test("the schema refuses a side or an input it does not know", () => {
    const bad = { kind: "perCaseDeduction", terms: [{ ...ylz.terms[1], side: "near" }] };
    expect(() => leaf(bad as never, 6)).toThrow();
    const badInput = { kind: "perCaseDeduction", terms: [{ ...ylz.terms[1], input: "count" }] };
    expect(() => leaf(badInput as never, 6)).toThrow();
  });
});

describe("a bound term round-trips through the 指标体系 workbook", () => {
  const scheme: SchemeInput = {
    id: "bound-2026",
    title: "界限条款",
    unitLabel: "单位",
    totalPoints: 8,
    blocks: [
      {
        name: "服务",
        points: 8,
        children: [
          { name: "听取评价", points: 6, rule: ylz },
          { name: "低保动态管理", points: 2, rule: yyx },
        ],
      },
    ],
  };
  function show(input: unknown): string {
    const l = loadScheme(input);
    if (!l.ok) throw new Error(JSON.stringify(l.problems));
    return showScheme(l.scheme);
  }
  test("written as rows of 界限条款 with its drop-downs, read back the same", () => {
    const cells: SchemeSheetCells = {};
    for (const { sheet, grid } of schemeSheetGrids(scheme)) cells[sheet] = grid.cells.map((r) => r.map((c) => c.value));
    const rows = Object.values(cells).flat();
    expect(rows.some((r) => r.includes("界限条款") && r.includes("低于") && r.includes("比率"))).toBe(true);
    expect(rows.some((r) => r.includes("界限条款") && r.includes("不低于"))).toBe(true);
    const read = readSchemeSheets(cells);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(show(read.scheme)).toBe(show(scheme));
  });
});
