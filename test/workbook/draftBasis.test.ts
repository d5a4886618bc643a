/**
 * 标准校验码 covers what a row's rule was drafted from (issue 11): its 评分标准, 分值 and part, its 指标解释 and its parent
 * row's. A confirmed row goes back to 草稿 when any of them changes; a code written by the previous version (the
 * 评分标准 alone, `c…`) still holds while its 评分标准 does, and 起草规则 rewrites it as the whole basis's code (`d…`).
 */
import { SchemeInput } from "../../src/engine";
import { builtinSchemes } from "../../src/schemes";
import {
  cellAddress,
  draftSchemeSheets,
  recogniserDrafter,
  SCHEME_SHEET_NAMES,
  SchemeSheetCells,
  SheetCell,
} from "../../src/workbook";
import { basisCheck, criterionCheck, DraftBasis, rowState } from "../../src/workbook/draftStatus";
import { fakeDrafter, PER_CASE, THRESHOLD } from "../fixtures/fakeDrafter";
import { apply, cellsOf, col, get, Matrix, problems, rowOf, set } from "./sheetCells";

const NODES = SCHEME_SHEET_NAMES.nodes;

const BASIS: DraftBasis = {
  criterion: `${PER_CASE}。`,
  points: 2,
  part: "base",
  explanation: "审核确认工作符合规定流程",
  parentExplanation: "规范工作流程，全年不少于4次检查",
};

describe("the code of a row's drafting basis", () => {
  test("each field counts: 评分标准, 分值, part, the row's 指标解释, its parent's", () => {
    const code = basisCheck(BASIS);
    expect(code).toMatch(/^d[0-9a-f]{8}$/);
    const changed: DraftBasis[] = [
      { ...BASIS, criterion: "每发现1例违反流程的，扣1分，扣完为止。" },
      { ...BASIS, points: 3 },
      { ...BASIS, part: "penalty" },
      { ...BASIS, explanation: "审核确认工作符合规定流程，全年不少于6次" },
      { ...BASIS, parentExplanation: "规范工作流程" },
    ];
    for (const basis of changed) expect(basisCheck(basis)).not.toBe(code);
    // The same words in another column are another basis: the row's 指标解释 moved up to its parent.
    const { explanation, ...rest } = BASIS;
    expect(basisCheck({ ...rest, parentExplanation: explanation })).not.toBe(basisCheck({ ...rest, explanation }));
  });

  test("spaces, line breaks and full-width forms are no change", () => {
    const spaced: DraftBasis = {
      ...BASIS,
      criterion: ` 每发现１例违反流程的，扣０.５分，\n扣完为止。`,
      explanation: "审核确认工作 符合规定流程",
    };
    expect(basisCheck(spaced)).toBe(basisCheck(BASIS));
  });

  test("a confirmed row with the basis's code: changed when any field changes", () => {
    const code = basisCheck(BASIS);
    expect(rowState("已确认", code, BASIS)).toEqual({ kind: "confirmed", changed: false });
    expect(rowState("已确认", code, { ...BASIS, explanation: "全年不少于6次" })).toEqual({
      kind: "confirmed",
      changed: true,
    });
    expect(rowState("已确认", code, { ...BASIS, points: 4 })).toEqual({ kind: "confirmed", changed: true });
  });

  test("a code of the previous version (评分标准 only) holds while the 评分标准 does, whatever the rest", () => {
    const old = criterionCheck(BASIS.criterion);
    expect(old).toMatch(/^c[0-9a-f]{8}$/);
    expect(rowState("已确认", old, BASIS)).toEqual({ kind: "confirmed", changed: false });
    // It never covered 指标解释 or 分值: a change of those before the code is rewritten cannot be told.
    expect(rowState("已确认", old, { ...BASIS, explanation: undefined, points: 5 })).toEqual({
      kind: "confirmed",
      changed: false,
    });
    expect(rowState("已确认", old, { ...BASIS, criterion: "每发现1例违反流程的，扣1分。" })).toEqual({
      kind: "confirmed",
      changed: true,
    });
    // A code of neither form is a change, as any code that does not match.
    expect(rowState("已确认", "x1234", BASIS)).toEqual({ kind: "confirmed", changed: true });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// On the sheet

/** A small scheme whose leaves read 指标解释 on their own row and on their parent's. */
function scheme(): SchemeInput {
  return {
    id: "basis-test",
    title: "校验码测试",
    totalPoints: 4,
    blocks: [
      {
        name: "工作保障",
        points: 4,
        explanation: BASIS.parentExplanation,
        children: [
          {
            name: "规范审核确认",
            points: 2,
            criterion: `${PER_CASE}。`,
            explanation: BASIS.explanation,
            evidence: "审核台账",
          },
          { name: "继续教育培训", points: 2, criterion: `${THRESHOLD}。` },
        ],
      },
    ],
    bonus: {
      name: "加分项",
      cap: 2,
      children: [{ name: "工作创新", criterion: "视情给分", rule: { kind: "manual" } }],
    },
  } as unknown as SchemeInput;
}

/** The sheets drafted and every draft confirmed, as a clerk leaves them. */
function confirmed(): Record<string, Matrix> {
  const cells = cellsOf(scheme());
  const after = apply(cells, draftSchemeSheets(cells, fakeDrafter).updates);
  for (const id of ["1.1", "1.2"]) set(after, id, "状态", "已确认");
  return after;
}

const changedAt = (cells: SchemeSheetCells, id: string) =>
  `指标体系!${cellAddress(rowOf(cells, id), col(cells, NODES, "状态"))}：编号 ${id} 的评分标准、分值或指标解释（本行或上级行）在起草或确认后改过，规则视为草稿：请再次起草规则（本行改回草稿），核对后再确认`;

describe("标准校验码 on the 指标体系 sheet", () => {
  test("a confirmed row goes back to 草稿 when its 指标解释, its parent's or its 分值 changes", () => {
    expect(problems(confirmed())).toEqual([]);
    // The parent's 指标解释 is also the context of 1.2, which has none of its own.
    const edits: Array<[string, string, SheetCell, string[]]> = [
      ["1.1", "指标解释", "审核确认工作符合规定流程，全年不少于6次", ["1.1"]],
      ["1", "指标解释", "规范工作流程", ["1.1", "1.2"]],
      ["1.1", "分值", 3, ["1.1"]],
    ];
    for (const [id, column, value, reopened] of edits) {
      const cells = confirmed();
      set(cells, id, column, value);
      // 分值 3 under a block of 4 with 2 beside it also breaks the sum; the 状态 cell is named either way.
      expect(problems(cells)).toContain(changedAt(cells, "1.1"));
      const result = draftSchemeSheets(cells, fakeDrafter);
      expect(result.reopened.map((r) => r.id)).toEqual(reopened);
      const after = apply(cells, result.updates);
      expect(get(after, "1.1", "状态")).toBe("草稿");
      expect(get(after, "1.1", "起草说明")).toBe(
        "评分标准、分值或指标解释（本行或上级行）在起草或确认后改过：请核对规则是否仍与之一致，或重新起草本行",
      );
      for (const r of reopened) set(after, r, "状态", "已确认");
      expect(problems(after).filter((p) => p.includes("改过"))).toEqual([]);
    }
  });

  test("说明, 证据来源 and 名称 are not read by 起草规则: changing them is no change", () => {
    const cells = confirmed();
    set(cells, "1.2", "说明", "参训率按全年计");
    set(cells, "1.1", "证据来源", "审核台账及抽查记录");
    set(cells, "1.1", "名称", "规范审核确认工作");
    expect(problems(cells)).toEqual([]);
    expect(draftSchemeSheets(cells, fakeDrafter).reopened).toEqual([]);
  });

  test("a sheet of the previous version (codes of 评分标准 only) reads as before and is not reopened", () => {
    const cells = confirmed();
    const code = col(cells, NODES, "标准校验码");
    for (const row of (cells[NODES] ?? []).slice(1)) {
      if (row[code] === null || row[code] === undefined) continue;
      row[code] = criterionCheck(String(row[col(cells, NODES, "评分标准")] ?? ""));
    }
    expect(get(cells, "1.1", "标准校验码")).toBe(criterionCheck(`${PER_CASE}。`));
    expect(problems(cells)).toEqual([]);

    // 起草规则 leaves the rows confirmed and rewrites their codes as the basis's.
    const result = draftSchemeSheets(cells, fakeDrafter);
    expect(result.reopened).toEqual([]);
    expect(result.drafted).toEqual([]);
    const upgraded = apply(cells, result.updates);
    expect(get(upgraded, "1.1", "状态")).toBe("已确认");
    expect(String(get(upgraded, "1.1", "标准校验码"))).toMatch(/^d[0-9a-f]{8}$/);
    expect(get(upgraded, "1.1", "标准校验码")).toBe(get(confirmed(), "1.1", "标准校验码"));
    expect(problems(upgraded)).toEqual([]);
    // From then on a change of 指标解释 is found.
    set(upgraded, "1.1", "指标解释", "全年不少于6次");
    expect(problems(upgraded)).toEqual([changedAt(upgraded, "1.1")]);

    // An old code whose 评分标准 changed is a change, as it was.
    set(cells, "1.2", "评分标准", "继续教育培训参训率>90%，得2分，否则不得分。");
    expect(problems(cells)).toEqual([changedAt(cells, "1.2")]);
    expect(draftSchemeSheets(cells, fakeDrafter).reopened.map((r) => r.id)).toEqual(["1.2"]);
  });

  test("a bonus item without 分值 is drafted on its part's cap: the cap is part of its basis", () => {
    const cells = confirmed();
    expect(get(cells, "2.1", "状态")).toBe("已确认");
    expect(problems(cells)).toEqual([]);
    set(cells, "2", "分值", 3);
    expect(problems(cells)).toEqual([changedAt(cells, "2.1")]);
  });

  test("every built-in scheme as exported: read without a change, and 起草规则 reopens nothing", () => {
    for (const input of builtinSchemes) {
      const cells = cellsOf(input);
      expect([input.id, problems(cells)]).toEqual([input.id, []]);
      const result = draftSchemeSheets(cells, fakeDrafter);
      expect([input.id, result.reopened]).toEqual([input.id, []]);
    }
  });
});

describe("起草规则 and an uncapped per-count bonus on the sheet", () => {
  /** 浙江 综治 65.2 as a bonus item: with a 分值 of its own (copied from the part), and without one. */
  function bonusScheme(own: boolean): SchemeInput {
    return {
      id: "bonus-cap",
      title: "加分测试",
      totalPoints: 2,
      blocks: [{ name: "工作保障", points: 2, criterion: "视情给分" }],
      bonus: {
        name: "加分项",
        cap: 10,
        children: [
          { name: "经验刊发", ...(own ? { points: 10 } : {}), criterion: "在《中央综治动态》上刊发的，每次加0.5分" },
        ],
      },
    } as unknown as SchemeInput;
  }

  test("an item with its own 分值 and no cap in its words is 人工; one drafted on its part's cap is a draft", () => {
    const withPoints = cellsOf(bonusScheme(true));
    const declined = draftSchemeSheets(withPoints, recogniserDrafter);
    expect(declined.drafted.map((d) => [d.id, d.state, d.note])).toEqual([
      ["1", "manual", "“视情”需要评价人判断"],
      ["2.1", "manual", "条文未写加分上限：是否以本项分值为上限，请人工确认"],
    ]);
    const onCap = cellsOf(bonusScheme(false));
    const drafted = draftSchemeSheets(onCap, recogniserDrafter);
    expect(drafted.drafted.find((d) => d.id === "2.1")?.state).toBe("draft");
  });
});
