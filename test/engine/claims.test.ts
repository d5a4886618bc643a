/**
 * Bonus items typed in a cell (docs/ids-and-inputs.md, “Items claimed in a cell”): bare points as before, or items
 * with their descriptions as [000] 附件2 lists them; a cell that mixes the two, or an item without points, is refused
 * and the error names the item (the shells add the sheet and cell).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { evaluate, loadScheme, parseClaims, parseClaimText, Scheme } from "../../src/engine";
import { builtinScheme } from "../../src/schemes";
import { bonusDetailGrid } from "../../src/workbook";

/** The items read, as [description or "", points as exact text]; or the error's part and Chinese message. */
function read(text: string): [string, string][] {
  const parsed = parseClaimText(text);
  if (!parsed.ok) throw new Error(`refused: ${parsed.error.zh}`);
  return parsed.value.map((c) => [c.item ?? "", c.points.toString()]);
}

function refusal(text: string): { part?: string; zh: string } {
  const parsed = parseClaimText(text);
  if (parsed.ok) throw new Error(`read as ${JSON.stringify(parsed.value)}`);
  return { part: parsed.error.part, zh: parsed.error.zh };
}

describe("an item is a description ending in its points", () => {
  test("承接市级调研任务0.5分；区级表彰1分 is two items with their descriptions", () => {
    expect(read("承接市级调研任务0.5分；区级表彰1分")).toEqual([
      ["承接市级调研任务", "0.5"],
      ["区级表彰", "1"],
    ]);
  });

  test("the points may be written 0.5分, 得0.5分 or 加0.5分, spaced or full-width", () => {
    expect(read("承接市级调研任务得0.5分；区级表彰加1分；媒体报道 得 2.2 分；协办活动０．５分")).toEqual([
      ["承接市级调研任务", "0.5"],
      ["区级表彰", "1"],
      ["媒体报道", "2.2"],
      ["协办活动", "0.5"],
    ]);
  });

  test("items are separated by ；, ;, 。 or a line break", () => {
    const expected = [
      ["甲", "1"],
      ["乙", "0.5"],
    ];
    for (const separator of ["；", ";", "。", "\n", "\r\n"]) expect(read(`甲1分${separator}乙0.5分`)).toEqual(expected);
  });

  test("numbers inside a description are not its points: 案例2个、明星2名，共4项。得 0.8 分", () => {
    expect(read("荣获首届长宁区“十佳”社区救助顾问优秀案例2个、“十佳”顾问明星2名，共4项。得 0.8 分")).toEqual([
      ["荣获首届长宁区“十佳”社区救助顾问优秀案例2个、“十佳”顾问明星2名，共4项", "0.8"],
    ]);
    expect(read("承接“社区云+精准帮扶”区级试点工作，成效显著。得 1 分。")).toEqual([
      ["承接“社区云+精准帮扶”区级试点工作，成效显著", "1"],
    ]);
  });

  test("points are exact decimals: 0.1分 + 0.2分 are 0.3 exactly", () => {
    const parsed = parseClaimText("甲0.1分；乙0.2分");
    expect(parsed.ok && parsed.value[0]!.points.plus(parsed.value[1]!.points).toString()).toBe("0.3");
  });
});

describe("a leading ordinal labels an item and is never points", () => {
  test.each([
    ["1、甲0.5分\n2、乙1分"],
    ["（1）甲0.5分（2）乙1分"],
    ["(1)甲0.5分；(2)乙1分"],
    ["①甲0.5分②乙1分"],
    ["一、甲0.5分\n二、乙1分"],
    ["1.甲0.5分\n2.乙1分"],
  ])("%j", (text) => {
    expect(read(text)).toEqual([
      ["甲", "0.5"],
      ["乙", "1"],
    ]);
  });

  test("an ordinal followed by points only is not an item with a description: 1、区级表彰1分\\n2、0.5分 is refused", () => {
    expect(refusal("1、区级表彰1分\n2、0.5分")).toEqual({
      part: "2",
      zh: expect.stringContaining("“0.5分”只有分值、没有内容"),
    });
  });
});

describe("the tool's own 附加得分表 text reads back to the same items", () => {
  const units: { name: string; values: Record<string, unknown> }[] = JSON.parse(
    readFileSync(join(__dirname, "..", "fixtures", "changning-2021.input.json"), "utf8"),
  ).units;
  const loaded = loadScheme(builtinScheme("changning-2021"));
  if (!loaded.ok) throw new Error("changning-2021 does not load");
  const scheme: Scheme = loaded.scheme;

  test("1、承接市级调研任务。得0.5分", () => {
    expect(read("1、承接市级调研任务。得0.5分")).toEqual([["承接市级调研任务", "0.5"]]);
    expect(read("承接市级调研任务。得0.5分")).toEqual([["承接市级调研任务", "0.5"]]);
  });

  test("every 街镇 of [000] 附件2: the cell the 附加得分表 writes gives back its items", () => {
    const evaluation = evaluate(scheme, units);
    const detail = bonusDetailGrid(
      evaluation,
      units.map((u) => u.values),
    )!;
    for (const [r, unitIndex] of detail.rowUnits.entries()) {
      const text = String(detail.grid.cells[detail.firstDataRow + r]![2]!.value);
      const claimed = (units[unitIndex]!.values["5"] as { item: string; points: number }[]).map((c) => [
        c.item,
        String(c.points),
      ]);
      expect(read(text)).toEqual(claimed);
    }
  });

  test("the line under claims above the cap is not an item", () => {
    expect(read("1、甲。得3分\n2、乙。得2.5分\n（申报合计5.5分，附加评价最高5分）")).toEqual([
      ["甲", "3"],
      ["乙", "2.5"],
    ]);
  });
});

describe("bare numbers keep today's separators", () => {
  test.each([["1、0.5"], ["1,0.5"], ["1，0.5"], ["1+0.5"], ["1;0.5"], ["1\n0.5"], ["1分、0.5分"]])("%j", (text) => {
    expect(read(text)).toEqual([
      ["", "1"],
      ["", "0.5"],
    ]);
  });

  test("江苏 typed as numbers: 0.8、0.5、0.5、0.6、2", () => {
    expect(read("0.8、0.5、0.5、0.6、2").map(([, p]) => p)).toEqual(["0.8", "0.5", "0.5", "0.6", "2"]);
  });

  test("a number and a JSON list as before", () => {
    const one = parseClaims(0.5);
    expect(one.ok && one.value.map((c) => c.points.toString())).toEqual(["0.5"]);
    const list = parseClaims([1, { item: "承接市级调研任务", points: 0.5 }]);
    expect(list.ok && list.value.map((c) => [c.item, c.points.toString()])).toEqual([
      [undefined, "1"],
      ["承接市级调研任务", "0.5"],
    ]);
  });
});

describe("refused, naming the item", () => {
  test("bare numbers mixed with described items, either way round", () => {
    expect(refusal("区级表彰1分；0.5")).toEqual({ part: "2", zh: expect.stringContaining("“0.5”只有分值、没有内容") });
    expect(refusal("0.5、区级表彰1分")).toEqual({ part: "1", zh: expect.stringContaining("“0.5”只有分值、没有内容") });
    expect(refusal("得0.5分")).toEqual({ part: "1", zh: expect.stringContaining("不可混写") });
  });

  test("a description without points, even when a later item has some", () => {
    expect(refusal("区级表彰；市级调研0.5分")).toEqual({
      part: "1",
      zh: expect.stringContaining("“区级表彰” 不是数值，也没有写分值"),
    });
    expect(refusal("市级调研0.5分；区级表彰")).toEqual({ part: "2", zh: expect.stringContaining("“区级表彰”") });
  });

  test("negative points", () => {
    expect(refusal("区级表彰-1分")).toEqual({ part: "1", zh: "第1项分值不能为负数" });
    expect(refusal("1、-0.5")).toEqual({ part: "2", zh: "第2项分值不能为负数" });
  });

  test("an Excel error value in the cell is named as one", () => {
    expect(refusal("#N/A").zh).toBe("单元格是错误值 #N/A，请先修正公式或数据");
  });

  // A linear scan, not a backtracking regex: a quadratic parser would not finish these within jest's timeout.
  test("a cell of 32,767 characters of anything is read or refused, never thrown on", () => {
    const hostile = [
      "1".repeat(32_000) + "x",
      " ".repeat(32_000) + "x",
      `${"1 ".repeat(16_000)}`,
      "1分 ".repeat(10_000),
    ];
    for (const text of hostile) expect(() => parseClaimText(text)).not.toThrow();
  });

  test("a description is text, kept as typed: one starting with = is not a formula to the parser", () => {
    expect(read('=HYPERLINK("x")0.5分')).toEqual([['=HYPERLINK("x")', "0.5"]]);
  });
});
