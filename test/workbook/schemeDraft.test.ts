import { evaluate, loadScheme, recognise, SchemeInput } from "../../src/engine";
import {
  cellAddress,
  draftSchemeSheets,
  readSchemeSheets,
  recogniserDrafter,
  SCHEME_SHEET_NAMES,
  SheetCell,
} from "../../src/workbook";
import type { Drafter } from "../../src/workbook";
import { fakeDrafter, JUDGEMENT, PARTIAL, PER_CASE, THRESHOLD } from "../fixtures/fakeDrafter";
import { apply, cellsOf, col, get, Matrix, problems, rowOf, set } from "./sheetCells";

const NODES = SCHEME_SHEET_NAMES.nodes;
const ROWS = SCHEME_SHEET_NAMES.rows;

/** A small scheme as a clerk starts it: names, points and 评分标准, no rules. */
function unruled(): SchemeInput {
  return {
    id: "draft-test",
    title: "起草测试",
    totalPoints: 6,
    blocks: [
      {
        name: "工作保障",
        points: 4,
        children: [
          { name: "规范审核确认", points: 2, criterion: `${PER_CASE}。` },
          { name: "继续教育培训", points: 2, criterion: `${THRESHOLD}。` },
        ],
      },
      { name: "工作创新", points: 2, criterion: JUDGEMENT },
    ],
  } as unknown as SchemeInput;
}

function confirm(cells: Record<string, Matrix>, ...ids: string[]): void {
  for (const id of ids) set(cells, id, "状态", "已确认");
}

describe("起草规则 on the 指标体系 sheet", () => {
  test("every leaf without a rule is drafted: 草稿 with the rule, its terms in 档次与要素 and its examples; 人工 with the reason", () => {
    const cells = cellsOf(unruled());
    const result = draftSchemeSheets(cells, fakeDrafter);
    expect(result.problems).toEqual([]);
    expect(result.drafted.map((d) => [d.id, d.state])).toEqual([
      ["1.1", "draft"],
      ["1.2", "draft"],
      ["2", "manual"],
    ]);
    const after = apply(cells, result.updates);
    expect(get(after, "1.1", "规则")).toBe("按例扣分");
    expect(get(after, "1.1", "状态")).toBe("草稿");
    expect(get(after, "1.1", "起草说明")).toBe("每发现1例违反流程扣0.5分，扣完为止");
    expect(get(after, "1.1", "边界示例")).toBe("0例 → 2分\n3例 → 0.5分\n4例 → 0分");
    expect(after[ROWS]?.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([["1.1", "计数条款", "违反流程"]]);
    expect(get(after, "1.2", "规则")).toBe("达标得分");
    expect(get(after, "1.2", "比较方式")).toBe("高于");
    expect(get(after, "1.2", "达标线")).toBe(0.8);
    expect(get(after, "1.2", "边界示例")).toBe("80% → 0分\n81% → 2分");
    expect(get(after, "2", "规则")).toBe("视情给分");
    expect(get(after, "2", "状态")).toBe("人工");
    expect(get(after, "2", "起草说明")).toBe("“视情给分”需要评价人判断");
  });

  test("a read refuses the rows still 草稿 at their 状态 cells; once confirmed, the scheme scores two units", () => {
    const cells = cellsOf(unruled());
    const after = apply(cells, draftSchemeSheets(cells, fakeDrafter).updates);
    const status = cellAddress(rowOf(after, "1.1"), col(after, NODES, "状态"));
    const status2 = cellAddress(rowOf(after, "1.2"), col(after, NODES, "状态"));
    expect(problems(after)).toEqual([
      `指标体系!${status}：编号 1.1 的规则仍是草稿：请核对规则和边界示例，无误后把状态改为“已确认”`,
      `指标体系!${status2}：编号 1.2 的规则仍是草稿：请核对规则和边界示例，无误后把状态改为“已确认”`,
    ]);
    confirm(after, "1.1", "1.2");
    const read = readSchemeSheets(after);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const loaded = loadScheme(read.scheme);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    // 新泾: 3 violations take 1.5 of 2; 85% is above 80%; 1.5 given by judgement. 虹桥: 4 violations take all 2;
    // 80% is not above 80%; 2 given.
    const evaluation = evaluate(loaded.scheme, [
      { name: "新泾", values: { "1.1": 3, "1.2": "85%", "2": 1.5 } },
      { name: "虹桥", values: { "1.1": 4, "1.2": "80%", "2": 2 } },
    ]);
    expect(evaluation.errors).toEqual([]);
    expect(evaluation.units.map((u) => u.total?.toString())).toEqual(["4", "2"]);
    expect(evaluation.units[0]?.scores.get("1.1")?.toString()).toBe("0.5");
  });

  test("a partial draft is 草稿 with the rest named in 起草说明", () => {
    const input = unruled();
    (input.blocks[0]?.children?.[0] as { criterion: string }).criterion = PARTIAL;
    const cells = cellsOf(input);
    const result = draftSchemeSheets(cells, fakeDrafter, { rows: [rowOf(cells, "1.1")] });
    expect(result.drafted).toEqual([expect.objectContaining({ id: "1.1", state: "draft", partial: true })]);
    const after = apply(cells, result.updates);
    expect(get(after, "1.1", "规则")).toBe("按例扣分");
    expect(get(after, "1.1", "起草说明")).toBe(
      "每发现1例违反流程扣0.5分，扣完为止。其余部分需人工判断：“工作不细致的酌情扣分”需要评价人判断",
    );
    // Only the chosen row.
    expect(get(after, "1.2", "规则")).toBeNull();
  });

  test("the recogniser drafts a clause with a judgement part whole: its terms and a 人工评定条款 the evaluator scores", () => {
    const input = unruled();
    (input.blocks[0]?.children?.[0] as { criterion: string }).criterion =
      "资料不全的，酌情扣分；未建立台账的，扣2分；每发现1例错误扣0.5分。";
    const cells = cellsOf(input);
    const result = draftSchemeSheets(cells, recogniserDrafter, { rows: [rowOf(cells, "1.1")] });
    expect(result.drafted).toEqual([expect.objectContaining({ id: "1.1", state: "draft", partial: true })]);
    const after = apply(cells, result.updates);
    expect(get(after, "1.1", "规则")).toBe("按例扣分");
    expect(get(after, "1.1", "起草说明")).toBe(
      "资料不全，评价人酌情扣分（0～2分）；未建立台账扣2分；错误每例扣0.5分，扣完为止（本项2分）。" +
        "人工评定条款由评价人录入时填写：“酌情”需要评价人判断",
    );
    expect(after[ROWS]?.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ["1.1", "人工评定条款", "资料不全"],
      ["1.1", "是否条款", "未建立台账"],
      ["1.1", "计数条款", "错误"],
    ]);
    confirm(after, "1.1");
    set(after, "1.2", "规则", "视情给分");
    set(after, "1.2", "状态", "已确认");
    set(after, "2", "规则", "视情给分");
    set(after, "2", "状态", "已确认");
    const read = readSchemeSheets(after);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const loaded = loadScheme(read.scheme);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    // By the clause on 2 points: no 台账 takes 2, so 1 error and the evaluator's 0.5 find nothing left (0); with the
    // 台账, the evaluator's 0.5 for 资料不全 and 1 error at 0.5 leave 1.
    const evaluation = evaluate(loaded.scheme, [
      { name: "新泾", values: { "1.1": { 1: 0.5, 2: "是", 3: 1 }, "1.2": 2, "2": 2 } },
      { name: "虹桥", values: { "1.1": { 1: 0.5, 2: "否", 3: 1 }, "1.2": 2, "2": 2 } },
    ]);
    expect(evaluation.errors).toEqual([]);
    expect(evaluation.units.map((u) => u.scores.get("1.1")?.toString())).toEqual(["0", "1"]);
  });

  test("what the clerk typed is not drafted over: listed, and drafted over only when asked", () => {
    const cells = cellsOf(unruled());
    set(cells, "1.2", "下限", "60%");
    const first = draftSchemeSheets(cells, fakeDrafter);
    expect(first.typed.map((t) => t.id)).toEqual(["1.2"]);
    expect(first.drafted.map((d) => d.id)).toEqual(["1.1", "2"]);
    expect(first.updates.some((u) => u.row === rowOf(cells, "1.2"))).toBe(false);

    const again = draftSchemeSheets(cells, fakeDrafter, { rows: [rowOf(cells, "1.2")], redraft: true });
    const after = apply(cells, again.updates);
    expect(get(after, "1.2", "规则")).toBe("达标得分");
    expect(get(after, "1.2", "下限")).toBeNull();
  });

  test("a chosen row with a rule is listed; redrafted, its old rows of 档次与要素 are rewritten in place", () => {
    const input = unruled();
    const leaf = input.blocks[0]?.children?.[0] as { rule?: unknown };
    leaf.rule = {
      kind: "perCaseDeduction",
      terms: [
        { kind: "count", label: "甲", per: 1 },
        { kind: "count", label: "乙", per: 1 },
      ],
    };
    const cells = cellsOf(input);
    const row = rowOf(cells, "1.1");
    expect(draftSchemeSheets(cells, fakeDrafter, { rows: [row] }).typed.map((t) => t.id)).toEqual(["1.1"]);
    const after = apply(cells, draftSchemeSheets(cells, fakeDrafter, { rows: [row], redraft: true }).updates);
    const kept = (after[ROWS] ?? []).slice(1).filter((r) => r.some((c) => c !== null && c !== ""));
    expect(kept.map((r) => [r[0], r[1], r[2]])).toEqual([["1.1", "计数条款", "违反流程"]]);
  });

  test("a 编号 carried down to a row of 档次与要素 stays when the row it came from is rewritten", () => {
    const input = unruled();
    const leaf = input.blocks[0]?.children?.[0] as unknown as Record<string, unknown>;
    leaf.rule = { kind: "perCaseDeduction", terms: [{ kind: "count", label: "甲", per: 1 }] };
    leaf.meta = { 主评单位: "救助处" };
    const cells = cellsOf(input);
    // The 信息 row is written first; move it under the term and leave its 编号 to be carried down.
    const rows = cells[ROWS] as Matrix;
    const [info, term] = [rows[1] as SheetCell[], rows[2] as SheetCell[]];
    expect(info[1]).toBe("信息");
    rows[1] = term;
    rows[2] = [null, ...info.slice(1)];
    set(cells, "1.1", "评分标准", JUDGEMENT);
    const after = apply(
      cells,
      draftSchemeSheets(cells, fakeDrafter, { rows: [rowOf(cells, "1.1")], redraft: true }).updates,
    );
    expect(after[ROWS]?.[2]?.slice(0, 2)).toEqual(["1.1", "信息"]);
    set(after, "1.2", "规则", "视情给分");
    set(after, "2", "规则", "视情给分");
    const read = readSchemeSheets(after);
    if (!read.ok) throw new Error(problems(after).join("\n"));
    expect(read.scheme.blocks[0]?.children?.[0]).toMatchObject({
      meta: { 主评单位: "救助处" },
      rule: { kind: "manual" },
    });
  });

  test("a confirmed row whose 评分标准 changes is read as 草稿, and 起草规则 marks it so", () => {
    const cells = cellsOf(unruled());
    const after = apply(cells, draftSchemeSheets(cells, fakeDrafter).updates);
    confirm(after, "1.1", "1.2");
    expect(problems(after)).toEqual([]);
    // Spaces and full-width forms are no change.
    set(after, "1.1", "评分标准", `${PER_CASE}。 `);
    expect(problems(after)).toEqual([]);
    set(after, "1.1", "评分标准", "每发现1例违反流程的，扣1分，扣完为止。");
    const at = cellAddress(rowOf(after, "1.1"), col(after, NODES, "状态"));
    expect(problems(after)).toEqual([
      `指标体系!${at}：编号 1.1 的评分标准、分值或指标解释（本行或上级行）在起草或确认后改过，规则视为草稿：请再次起草规则（本行改回草稿），核对后再确认`,
    ]);
    const result = draftSchemeSheets(after, fakeDrafter);
    expect(result.reopened.map((r) => r.id)).toEqual(["1.1"]);
    expect(result.drafted).toEqual([]);
    const reopened = apply(after, result.updates);
    expect(get(reopened, "1.1", "状态")).toBe("草稿");
    expect(get(reopened, "1.1", "规则")).toBe("按例扣分");
    confirm(reopened, "1.1");
    expect(problems(reopened)).toEqual([]);
  });

  test("rows without 评分标准 or 分值 are listed, not drafted", () => {
    const input = unruled();
    delete (input.blocks[1] as { criterion?: string }).criterion;
    const cells = cellsOf(input);
    set(cells, "1.2", "分值", null);
    const result = draftSchemeSheets(cells, fakeDrafter);
    expect(result.blank.map((b) => [b.id, b.reason])).toEqual([
      ["1.2", "points"],
      ["2", "criterion"],
    ]);
  });

  test("a workbook without the drafting columns or 档次与要素 gets them added", () => {
    const cells = cellsOf(unruled());
    const keep = (cells[NODES]?.[0] ?? []).map((h, c) => [h, c] as const);
    const drop = new Set(["状态", "起草说明", "边界示例", "标准校验码"]);
    const cols = keep.filter(([h]) => !drop.has(String(h))).map(([, c]) => c);
    const old: Record<string, Matrix> = {
      [NODES]: (cells[NODES] ?? []).map((r) => cols.map((c) => r[c] ?? null)),
      [SCHEME_SHEET_NAMES.info]: cells[SCHEME_SHEET_NAMES.info] as Matrix,
    };
    const after = apply(old, draftSchemeSheets(old, fakeDrafter).updates);
    expect((after[NODES]?.[0] ?? []).slice(cols.length)).toEqual(["状态", "起草说明", "边界示例", "标准校验码"]);
    expect(after[ROWS]?.[0]?.slice(0, 3)).toEqual(["编号", "类型", "名称"]);
    confirm(after, "1.1", "1.2");
    expect(problems(after)).toEqual([]);
  });

  test("exported schemes are written 已确认; a sheet without 指标体系 is refused", () => {
    const input = unruled();
    (input.blocks[1] as { rule?: unknown }).rule = { kind: "manual" };
    const cells = cellsOf(input);
    expect(get(cells, "2", "状态")).toBe("已确认");
    expect(get(cells, "1.1", "状态")).toBeNull();
    expect(draftSchemeSheets({}, fakeDrafter).problems.map((p) => p.message.zh)).toEqual(["缺少工作表“指标体系”"]);
  });
});

/**
 * The context of a clause on the sheet (issue 11): a row's 指标解释, then its parent row's. 太仓 2017 2.4 入户调查
 * (seeds/003) states its target in its own 评价内容 (“入户调查率达到100%”); the 2013 卫生监督协管 考评表 6.2 states
 * one 工作要求 (“报告的协管信息线索一年不少于6条”) over its clauses, a parent row on the sheet.
 */
const RUHU = {
  criterion:
    "发现不经调查直接给予救助的，每例扣0.5分；镇（区）入户调查率每降低1%扣0.1分，未对基层干部近亲属享受低保进行备案登记的扣1分。",
  explanation:
    "无不经入户调查直接纳入救助范围的现象；镇（区）对新增低保对象入户调查率达到100%，对基层干部近亲属享受低保进行备案登记，并单独建立台账。",
};
const XIANSUO = {
  criterion: "报告的协管信息线索每少一条扣2分，最高扣12分；",
  requirement: "工作要求：…报告的协管信息线索一年不少于6条。",
};

function withRequirements(): SchemeInput {
  return {
    id: "draft-context",
    title: "起草依据测试",
    totalPoints: 16,
    blocks: [
      {
        name: "救助实施",
        points: 4,
        explanation: "规范救助实施",
        children: [
          {
            name: "入户调查",
            points: 4,
            criterion: RUHU.criterion,
            explanation: RUHU.explanation,
            evidence: "档案资料，不少于10户",
            note: "入户调查率以100%为准，按实际降低的百分点连续计算：96.5%扣0.35分。",
          },
        ],
      },
      {
        name: "协管服务",
        points: 12,
        explanation: "组织对社区卫生服务站项目工作的定期督导和考核，一年不少于4次。",
        children: [
          {
            name: "协管信息报告",
            points: 12,
            explanation: XIANSUO.requirement,
            children: [{ name: "报告线索", points: 12, criterion: XIANSUO.criterion }],
          },
        ],
      },
    ],
  } as unknown as SchemeInput;
}

describe("起草规则 reads what a clause relies on: the row's 指标解释, then its parent's", () => {
  test("each clause goes to the drafter with its row's 指标解释 and its parent's; not 说明, 证据来源 or rows further up", () => {
    const seen = new Map<string, string | undefined>();
    const recording: Drafter = (clause) => {
      seen.set(clause.text, clause.context);
      return fakeDrafter(clause);
    };
    draftSchemeSheets(cellsOf(withRequirements()), recording);
    expect(seen.get(RUHU.criterion)).toBe(`${RUHU.explanation}；规范救助实施`);
    expect(seen.get(XIANSUO.criterion)).toBe(XIANSUO.requirement);
  });

  test("a sheet row drafts as `jixiao scheme draft --context` does, and scores what the document gives", () => {
    const input = withRequirements();
    const cells = cellsOf(input);
    const result = draftSchemeSheets(cells, recogniserDrafter);
    expect(result.drafted.map((d) => [d.id, d.state])).toEqual([
      ["1.1", "draft"],
      ["2.1.1", "draft"],
    ]);
    const after = apply(cells, result.updates);
    confirm(after, "1.1", "2.1.1");
    const read = readSchemeSheets(after);
    if (!read.ok) throw new Error(problems(after).join("\n"));
    const rules = [read.scheme.blocks[0]?.children?.[0], read.scheme.blocks[1]?.children?.[0]?.children?.[0]].map(
      (n) => n?.rule,
    );
    const withContext = (text: string, points: number, context: string) => {
      const r = recognise(text, points, "base", { context });
      return r.status === "draft" ? r.rule : r.status;
    };
    expect(rules).toEqual([
      withContext(RUHU.criterion, 4, RUHU.explanation),
      withContext(XIANSUO.criterion, 12, XIANSUO.requirement),
    ]);
    const loaded = loadScheme(read.scheme);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    // 入户调查: 1 case without a visit (−0.5), 95% against 100% (5 points × 0.1 = −0.5), 备案 done: 4 − 1 = 3.
    // 报告线索: 4 of the 6 required, 2 short at 2 points each: 12 − 4 = 8; 6 reported keep all 12.
    const evaluation = evaluate(loaded.scheme, [
      { name: "新泾", values: { "1.1": { "1": 1, "2": "95%", "3": "否" }, "2.1.1": 4 } },
      { name: "虹桥", values: { "1.1": { "1": 0, "2": "100%", "3": "否" }, "2.1.1": 6 } },
    ]);
    expect(evaluation.errors).toEqual([]);
    expect(evaluation.units.map((u) => [u.scores.get("1.1")?.toString(), u.scores.get("2.1.1")?.toString()])).toEqual([
      ["3", "8"],
      ["4", "12"],
    ]);
  });

  test("without the 工作要求 the same clauses are 人工; with two targets among the row's and its parent's, neither is read", () => {
    const bare = withRequirements() as unknown as { blocks: Array<Record<string, unknown>> };
    const strip = (node: Record<string, unknown>): void => {
      delete node.explanation;
      for (const child of (node.children ?? []) as Array<Record<string, unknown>>) strip(child);
    };
    bare.blocks.forEach(strip);
    const declined = draftSchemeSheets(cellsOf(bare as unknown as SchemeInput), recogniserDrafter);
    expect(declined.drafted.map((d) => [d.id, d.state])).toEqual([
      ["1.1", "manual"],
      ["2.1.1", "manual"],
    ]);

    const two = withRequirements() as unknown as {
      blocks: Array<{ children: Array<{ children: Array<Record<string, unknown>> }> }>;
    };
    (two.blocks[1]?.children[0]?.children[0] as Record<string, unknown>).explanation = "报告线索不少于8条";
    const result = draftSchemeSheets(cellsOf(two as unknown as SchemeInput), recogniserDrafter);
    expect(result.drafted.find((d) => d.id === "2.1.1")?.state).toBe("manual");
  });
});

describe("起草规则 writes a count term's listed items", () => {
  test("太仓 1.3 “三项政策”: 列举项数 3 in 档次与要素, and the confirmed scheme refuses a fourth policy", () => {
    const input = unruled();
    const leaf = input.blocks[0]?.children?.[0] as { criterion: string; points: number };
    leaf.criterion =
      "三项政策，未贯彻落实每项扣1分；没有转换、换证的，每例扣0.1分，符合特困人员供养、重残单独纳入低保、扣除就业等条件的未落实政策的，发现1例扣0.2分。";
    const cells = cellsOf(input);
    const after = apply(cells, draftSchemeSheets(cells, recogniserDrafter, { rows: [rowOf(cells, "1.1")] }).updates);
    const rows = after[ROWS] ?? [];
    const items = (rows[0] ?? []).indexOf("列举项数");
    expect(rows.slice(1).map((r) => [r[0], r[2], r[items] ?? null])).toEqual([
      ["1.1", "3项政策未贯彻落实", 3],
      ["1.1", "没有转换换证", null],
      ["1.1", "符合特困人员供养重残单独纳入低保扣除就业等条件的未落实政策的发现", null],
    ]);
    confirm(after, "1.1");
    set(after, "1.2", "规则", "视情给分");
    set(after, "2", "规则", "视情给分");
    const read = readSchemeSheets(after);
    if (!read.ok) throw new Error(problems(after).join("\n"));
    const loaded = loadScheme(read.scheme);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    // 1 policy and 5 cards on 2 points: 2 − 1 − 0.5 = 0.5; 4 policies is not a count the clause allows.
    const evaluation = evaluate(loaded.scheme, [
      { name: "新泾", values: { "1.1": { "1": 1, "2": 5, "3": 0 }, "1.2": 2, "2": 2 } },
      { name: "虹桥", values: { "1.1": { "1": 4, "2": 0, "3": 0 }, "1.2": 2, "2": 2 } },
    ]);
    expect(evaluation.units[0]?.scores.get("1.1")?.toString()).toBe("0.5");
    expect(evaluation.errors.map((e) => [e.unit, e.id, e.problem.code])).toEqual([["虹桥", "1.1", "too-many-items"]]);
  });
});
