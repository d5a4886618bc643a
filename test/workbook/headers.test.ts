/**
 * A count column says it wants a count, a yes/no column says which answer means what, a rate column says percent:
 * in the generated 录入表 and wherever the header is shown. Headers of templates made before (without the words)
 * still bind.
 */
import changning2023 from "../../src/schemes/changning-2023.json";
import taicang2017 from "../../src/schemes/taicang-2017.json";
import { InputColumn, inputColumns, loadScheme, Scheme } from "../../src/engine";
import { inputSheetGrid, matchHeaders } from "../../src/workbook";

function load(json: unknown): Scheme {
  const loaded = loadScheme(json);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scheme;
}

const cn2023 = inputColumns(load(changning2023));
const tc2017 = inputColumns(load(taicang2017));
const header = (columns: InputColumn[], key: string) => columns.find((c) => c.key === key)?.header;

describe("headers carry what to type, in the clause's words", () => {
  test("[001] 2.3.1 “每发现1例违反流程的，扣0.5分”: the noun and 例", () => {
    expect(header(cn2023, "2.3.1")).toBe("2.3.1 规范审核确认工作（违反流程，例）");
  });
  test("[001] 2.8.2 建立健全财务管理制度 (yes = the condition holds): 是/否", () => {
    expect(header(cn2023, "2.8.2")).toBe("2.8.2 建立健全财务管理制度（是/否）");
  });
  test("[001] 3.6.3 超期率: a rate column says %", () => {
    expect(header(cn2023, "3.6.3/1")).toBe("3.6.3 在规定时限内完成核对业务处理：民政救助类业务超期率（%）");
  });
  test("[003] 1.7 工作经费: the clause's condition is what 是 means", () => {
    expect(header(tc2017, "1.7")).toBe("1.7 工作经费（工作经费未列入财政预算或得不到保障，是/否）");
  });
  test("[003] 1.3 三项政策 counts 项, 1.8 少录入 counts 月次, 2.1 推迟 counts 月", () => {
    expect(header(tc2017, "1.3/1")).toBe("1.3 政策落实：三项政策未贯彻落实（项）");
    expect(header(tc2017, "1.8/1")).toBe("1.8 信息数据：少录入、少上报（月次）");
    expect(header(tc2017, "2.1")).toBe("2.1 保障标准（推迟，月）");
  });
  test("a veto column: 是/否", () => {
    expect(header(tc2017, "veto.1")).toMatch(/^veto\.1 一票否决：.*（是\/否）$/);
  });
  test("the generated 录入表 writes these headers", () => {
    const sheet = inputSheetGrid(load(changning2023), ["新泾"]);
    const row = sheet.grid.cells[sheet.headerRow]!.map((c) => c.value);
    expect(row).toContain("2.3.1 规范审核确认工作（违反流程，例）");
    expect(row).toContain("2.8.2 建立健全财务管理制度（是/否）");
  });
});

describe("headers of templates made before the words were added still bind", () => {
  test("“1.3 政策落实：没有转换、换证” (old) and “…（例）” (new) name the same input", () => {
    const old = matchHeaders(tc2017, ["镇", "1.3 政策落实：没有转换、换证"]);
    const now = matchHeaders(tc2017, ["镇", "1.3 政策落实：没有转换、换证（例）"]);
    expect(old.matches.map((m) => m.column.key)).toEqual(["1.3/2"]);
    expect(now.matches.map((m) => m.column.key)).toEqual(["1.3/2"]);
  });
  test("“1.10 档案管理：不及时整理” and “…（是/否）”", () => {
    const both = [
      matchHeaders(tc2017, ["1.10 档案管理：不及时整理"]),
      matchHeaders(tc2017, ["1.10 档案管理：不及时整理（是/否）"]),
    ];
    expect(both.map((m) => m.matches.map((x) => [x.column.key, x.by]))).toEqual([
      [["1.10/1", "header"]],
      [["1.10/1", "header"]],
    ]);
  });
});
