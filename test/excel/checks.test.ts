/**
 * Nothing misread in silence, in the add-in on the fake Excel host: a count above the items a clause lists is named
 * by its cell, and a long list of problems is grouped by cell, the first 50 then the count of the rest.
 */
import { inputColumns, loadScheme, Scheme } from "../../src/engine";
import { createExcelShell, ExcelShell } from "../../src/excel";
import { builtinScheme } from "../../src/schemes";
import { put } from "../../tools/fake-excel/cells";
import { FakeExcel } from "../../tools/fake-excel";
import { HEADER_000, scheme000, TABLE_000 } from "../fixtures/doc000";

function builtin(id: string): Scheme {
  const loaded = loadScheme(builtinScheme(id));
  if (!loaded.ok) throw new Error(id);
  return loaded.scheme;
}

async function bindByHeader(shell: ExcelShell, scheme: Scheme) {
  const proposal = await shell.proposeBinding(scheme);
  if (!proposal.ok) throw new Error(proposal.message.zh);
  const confirmed = await shell.confirmBinding(scheme, proposal.value);
  if (!confirmed.ok) throw new Error(confirmed.message.zh);
}

describe("[003] 1.3 “三项政策，未贯彻落实每项扣1分” in the add-in", () => {
  const scheme = builtin("taicang-2017");

  /** A 镇 where nothing is found but `policies` of the 三项政策 not carried out, under the generated headers. */
  function sheet(fake: FakeExcel, policies: number) {
    const columns = inputColumns(scheme);
    const value = (key: string, kind: string): unknown =>
      key === "1.3/1" ? policies : key.startsWith("4.") ? null : kind === "yesNo" ? "否" : kind === "rate" ? 1 : 0;
    put(fake.book, "录入", "A1", [
      ["镇（区、街道）", ...columns.map((c) => c.header)],
      ["城厢镇", ...columns.map((c) => value(c.key, c.kind))],
    ]);
    fake.book.selection = { sheet: "录入", area: { row: 0, col: 0, rows: 1, cols: columns.length + 1 } };
  }

  test("4 is an error at its cell, in the header's words, and nothing is written", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    sheet(fake, 4);
    await bindByHeader(shell, scheme);
    const outcome = await shell.run();
    if (outcome.kind !== "inputErrors") throw new Error(outcome.kind);
    expect(outcome.problems.map((p) => [p.at, p.message.zh])).toEqual([
      [
        { sheet: "录入", address: "F2" },
        "城厢镇 · 1.3 政策落实：三项政策未贯彻落实（项）：填写了 4 项，但“三项政策未贯彻落实”只列了 3 项",
      ],
    ]);
    expect(fake.book.sheet("得分表")).toBeUndefined();
  });

  test("3 scores 5 − 3 = 2", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    sheet(fake, 3);
    await bindByHeader(shell, scheme);
    const outcome = await shell.run();
    if (outcome.kind !== "written") throw new Error(outcome.kind);
    expect(outcome.result.evaluation.units[0]!.scores.get("1.3")!.toString()).toBe("2");
  });
});

describe("the binding list says what to type, for headers old and new", () => {
  test("a 录入表 made before (“1.3 政策落实：没有转换、换证”) binds, and the list shows “…（例）”", async () => {
    const scheme = builtin("taicang-2017");
    const columns = inputColumns(scheme);
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    put(fake.book, "录入", "A1", [
      ["镇（区、街道）", ...columns.map((c) => c.plainHeader)],
      ["城厢镇", ...columns.map(() => null)],
    ]);
    fake.book.selection = { sheet: "录入", area: { row: 0, col: 0, rows: 1, cols: columns.length + 1 } };
    const proposal = await shell.proposeBinding(scheme);
    if (!proposal.ok) throw new Error(proposal.message.zh);
    expect(proposal.value.missing).toEqual([]);
    const shown = new Map(proposal.value.matches.map((m) => [m.key, [m.header, m.label]]));
    expect(shown.get("1.3/2")).toEqual(["1.3 政策落实：没有转换、换证", "1.3 政策落实：没有转换、换证（例）"]);
    expect(shown.get("1.7")).toEqual(["1.7 工作经费", "1.7 工作经费（工作经费未列入财政预算或得不到保障，是/否）"]);
    expect(shown.get("2.4/2")).toEqual(["2.4 入户调查：镇（区）入户调查率", "2.4 入户调查：镇（区）入户调查率（%）"]);
  });
});

describe("a long list of problems in the add-in", () => {
  test("60 bad cells: the first 50, then one line counting the other 10", async () => {
    const fake = new FakeExcel();
    const shell = createExcelShell(fake.host);
    const rows: unknown[][] = TABLE_000.map(([name]) => [name, "x", "x", "x", "x", "x"]);
    for (let i = 0; i < 10; i++) rows.push([`新单位${i + 1}`, "x", 29, 47, 14, 1]);
    put(fake.book, "输入", "A1", [HEADER_000, ...rows]);
    fake.book.selection = { sheet: "输入", area: { row: 0, col: 0, rows: 1, cols: 6 } };
    await bindByHeader(shell, scheme000());
    const outcome = await shell.run();
    if (outcome.kind !== "inputErrors") throw new Error(outcome.kind);
    expect(outcome.problems).toHaveLength(51);
    expect(outcome.problems[0]!.at).toEqual({ sheet: "输入", address: "B2" });
    expect(outcome.problems[50]).toEqual({
      message: {
        code: "more-problems",
        zh: "……另有 10 处问题未列出，请先改正以上各处后再运行",
        en: "… 10 more cells with problems are not listed: correct the ones above, then run again",
      },
    });
  });
});
