/**
 * Items listed only in the context (issue 11): a count of missing or failed items whose list is the row's 考核内容, not
 * the clause. Clauses from test/fixtures/clauses (round6-context.json: 郁南 镇街污水处理厂 运营考核, a 卫生院 护理人员
 * 考核表; listed-items.json: 仓储物流 3.1.3). The number of items is the documents' own: (1)–(4), 1.–8.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { probe, recognise, RuleInput } from "../../../src/engine";
import { contextListCount } from "../../../src/engine/recognise/contextItems";
import type { Clause } from "./judge";

const DIR = join(__dirname, "..", "..", "fixtures", "clauses");
const clauses = ["round6-context.json", "listed-items.json"].flatMap(
  (f) => JSON.parse(readFileSync(join(DIR, f), "utf8")) as Clause[],
);

function clause(id: string): Clause & { points: number; context: string } {
  const found = clauses.find((c) => c.id === id);
  if (!found?.context || found.points === undefined) throw new Error(`no clause ${id} with a context`);
  return found as Clause & { points: number; context: string };
}

type Terms = Array<{ kind: string; label: string; items?: number }>;

function drafted(text: string, points: number, context?: string) {
  const r = recognise(text, points, "base", context === undefined ? {} : { context });
  if (r.status !== "draft") throw new Error(`not drafted: ${JSON.stringify(r)}`);
  return { r, terms: (r.rule as RuleInput & { terms: Terms }).terms };
}

describe("a count term carries the items its context lists", () => {
  test("郁南 安全管理 “有一项不达要求扣1分” beside (1)–(4): items 4, a fifth is refused, the examples stop at 4", () => {
    const c = clause("r6ctx-yunan-015");
    const { r, terms } = drafted(c.text, c.points, c.context);
    expect(terms.map((t) => t.items)).toEqual([4]);
    // 4 points: 1 item short keeps 3, all four take all 4; five items is not a count the context allows.
    expect(probe(r, 1, c.points)).toEqual({ score: "3.00" });
    expect(probe(r, 4, c.points)).toEqual({ score: "0.00" });
    expect(probe(r, 5, c.points)).toEqual({ error: expect.stringContaining("4") });
    expect(Math.max(...r.examples.map((e) => Number(e.input)))).toBe(4);
    // Without its context no item is listed anywhere: what one 项 is, the words do not say (held-out set 104).
    expect(recognise(c.text, c.points).status).toBe("manual");
  });

  test("仓储物流 3.1.3 “每缺一个方面扣1分” beside “包含以下方面的…：1.…8.”: items 8 on that term only", () => {
    const c = clause("ccwl-3.1.3");
    const { terms } = drafted(c.text, c.points, c.context);
    expect(terms.map((t) => [t.kind, t.items])).toEqual([
      ["flag", undefined],
      ["count", 8],
      ["count", undefined],
      ["count", undefined],
    ]);
  });

  test("a context whose list is not the clause's for certain gives none", () => {
    // A 、-list outside the enumeration (the 台帐 before three records), 包括不限于, …等护理, no list at all.
    for (const id of ["r6ctx-yunan-005", "r6ctx-yunan-006", "r6ctx-yunan-004", "r6ctx-huli-12", "r6ctx-huli-7"]) {
      const c = clause(id);
      expect([id, drafted(c.text, c.points, c.context).terms.map((t) => t.items)]).toEqual([id, [undefined]]);
    }
  });

  test("the clause must refer to the list: one segment counting missing or failed items, nothing unscored before it", () => {
    const listed = "建立健全以下制度：①值班制度；②巡查制度；③报告制度。";
    expect(drafted("每缺少一项扣0.5分", 2, listed).terms.map((t) => t.items)).toEqual([3]);
    // Each item of what? Not a missing item.
    expect(drafted("未按计划实施的，每一项扣1分", 3, listed).terms.map((t) => t.items)).toEqual([undefined]);
    // Words without points before the count may be the clause's own list.
    expect(drafted("台账资料。每缺少一项扣0.5分", 2, listed).terms.map((t) => t.items)).toEqual([undefined]);
    // The segment that refers to the list is read as a yes/no; the count beside it counts something else.
    expect(
      drafted("有一项不达要求的，不得分；未按计划实施的，每一项扣1分", 4, listed).terms.map((t) => t.items),
    ).toEqual([undefined, undefined]);
    // Two counts that could each mean the list: neither.
    expect(drafted("缺少一项扣0.5分；有一项不符合扣1分", 3, listed).terms.map((t) => t.items)).toEqual([
      undefined,
      undefined,
    ]);
    // The clause's own list is the clause's (checklist.ts): a context of four does not change its three.
    const four = "(1)甲；(2)乙；(3)丙；(4)丁。";
    expect(drafted("无工作计划、半年度总结和年度总结的，每一项扣1分", 3, four).terms.map((t) => t.items)).toEqual([3]);
    expect(drafted("值班、巡查和报告制度，每缺一项扣1分", 3, four).terms.map((t) => t.items)).toEqual([undefined]);
  });
});

describe("how many items a context lists", () => {
  test.each([
    ["①值班制度；②巡查制度；③报告制度。", 3],
    ["包括以下四项：(1)甲；(2)乙；(3)丙；(4)丁。", 4],
    ["考评内容：1.甲。2.乙。3.丙。", 3],
    ["建立值班、巡查和报告三项制度", 3],
    ["每月对出水COD、BOD5、SS、总磷、氨氮五项指标进行化验", 5],
  ])("%s → %d", (context, count) => {
    expect(contextListCount(context)).toBe(count);
  });

  test.each([
    // A 、-list without its number may name kinds whose items are counted one by one.
    "12.配备足够急诊急救器械、药品，做到五定，有交接记录。",
    // The row's own number is not a list.
    "6.认真执行护理操作常规，做好基础护理。",
    // Open.
    "包括但不限于：(1)甲；(2)乙；(3)丙。",
    "制定安全生产、职业卫生、环境保护、自然灾害等应急预案",
    // A number that disagrees, two enumerations, a list restarted.
    "包括以下四项：(1)甲；(2)乙；(3)丙。",
    "(1)甲；(2)乙。1.丙。2.丁。",
    "(1)甲；(2)乙；(1)丙；(2)丁。",
    // A 、-list after the last item's ；: outside the enumeration.
    "(1)甲；(2)乙；配备器械、药品。",
    // Two 、-lists.
    "建立值班、巡查三项制度，配备器械、药品",
  ])("%s → none", (context) => {
    expect(contextListCount(context)).toBeUndefined();
  });
});
