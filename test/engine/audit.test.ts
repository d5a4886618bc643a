import { readFileSync } from "fs";
import { join } from "path";
import { audit, describeAuditError, loadScheme, ReportedUnit, Scheme } from "../../src/engine";
import { scheme000, TABLE_000, units000 } from "../fixtures/doc000";

const fixtures = join(__dirname, "..", "fixtures");

function hongqiao(): Scheme {
  const loaded = loadScheme(JSON.parse(readFileSync(join(fixtures, "hongqiao-cd.scheme.json"), "utf8")));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.scheme;
}

/** 虹桥镇's raw figures with the scores [004] 表3-2 publishes for C11–C34, D11, D13, D14, D21, D22 and C, D2. */
function published(): ReportedUnit {
  const file = JSON.parse(readFileSync(join(fixtures, "hongqiao-cd.reported.json"), "utf8"));
  return file.units[0];
}

const show = (d: { toFixed(n: number): string } | undefined | null) => (d ? d.toFixed(2) : d);

describe("虹桥 [004]: the published scores recomputed from their own figures", () => {
  const scheme = hongqiao();
  const result = audit(scheme, [published()]);

  test("no input errors; every reported score is compared", () => {
    expect(result.errors).toEqual([]);
    expect(result.checked).toBe(22);
  });

  test("D14 published 2.1 is listed: 81% is 14 points short of 95%, 4 − 14 × 5% × 4 = 1.20", () => {
    // [004] 附件4 writes "得30%权重分，故该项指标得分为2.1分": 30% of 4 is 1.2; 2.1 is 30% of D21's 7 points.
    const d14 = result.findings.find((f) => f.id === "D14");
    expect(d14).toBeDefined();
    expect(d14!.unit).toBe("虹桥镇");
    expect(d14!.name).toBe("各类社会救助政策及政策变更知晓率");
    expect(show(d14!.reported)).toBe("2.10");
    expect(show(d14!.computed)).toBe("1.20");
    expect(show(d14!.difference)).toBe("0.90");
    expect(d14!.rule).toContain("每降低1%扣权重分的5%");
    expect(d14!.criterion).toContain("调查问卷计算结果达到95%以上，得4分");
    expect(d14!.explanation).toContain("较95%降低14个百分点");
    expect(d14!.explanation).toContain("得30%权重分");
    expect(d14!.explanation).toContain("故该项指标得分为1.2分");
  });

  test("only D14 differs: D11 2.35, D21 3.68, C11 1.63, C 29.27 and D2 6.68 follow from their rules", () => {
    expect(result.findings.map((f) => f.id)).toEqual(["D14"]);
  });

  test("a reported value that matches at the scheme's precision is not listed (1.6272 is 1.63)", () => {
    const unit = published();
    unit.reported = { C11: 1.6272, C12: "1.84分", C13: "２．８０", C: "29.27" };
    const r = audit(scheme, [unit]);
    expect(r.errors).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(r.checked).toBe(4);
  });

  test("a cell given by the caller is carried to the finding", () => {
    const unit = { ...published(), reported: { D14: 2.1 }, cells: { D14: "表3-2!H27" } };
    expect(audit(scheme, [unit]).findings[0]!.cell).toBe("表3-2!H27");
  });
});

describe("subtotals and totals: the rule's sum, and whether the sheet's own parts add up", () => {
  const scheme = hongqiao();

  test("D2 typed as 6.86 beside D21 3.68 and D22 3: listed, and the reported parts add up to 6.68", () => {
    const unit = { ...published(), reported: { D21: 3.68, D22: 3, D2: 6.86 } };
    const [d2] = audit(scheme, [unit]).findings;
    expect(d2!.id).toBe("D2");
    expect(show(d2!.computed)).toBe("6.68");
    expect(show(d2!.reportedParts)).toBe("6.68");
    expect(d2!.rule).toBe("下级指标（D21+D22）得分合计");
    expect(d2!.explanation).toBe("D21 救助对象满意度 3.68 + D22 管理者满意度 3 = 6.68");
  });

  test("a leaf's slip carries into its subtotal, whose reported parts then add up to the reported value", () => {
    // C11 typed as 1.36 (instead of 1.63) and C1 as the sheet's own sum 9.00.
    const unit = { ...published(), reported: { C11: 1.36, C12: 1.84, C13: 2.8, C14: 3, C1: 9 } };
    const findings = audit(scheme, [unit]).findings;
    expect(findings.map((f) => [f.id, show(f.reported), show(f.computed), show(f.reportedParts)])).toEqual([
      ["C11", "1.36", "1.63", undefined],
      ["C1", "9.00", "9.27", "9.00"],
    ]);
  });

  test("[000] 附件1: every published block score and 总分 follows from its row (60 values, no finding)", () => {
    const units = units000().map((u, i) => {
      const [, a, b, c, d, e] = TABLE_000[i]!;
      const total = [103.05, 102.78, 102.04, 101.58, 101.1, 97.08, 96.37, 95.51, 89.6, 88.04][i];
      return { ...u, reported: { "1": a, "2": b, "3": c, "4": d, "5": e, total } };
    });
    const r = audit(scheme000(), units);
    expect(r.errors).toEqual([]);
    expect(r.checked).toBe(60);
    expect(r.findings).toEqual([]);
  });

  test("a 总分 that does not add up is listed with the addition", () => {
    const [xinjing] = units000();
    const r = audit(scheme000(), [{ ...xinjing!, reported: { total: 103.5 } }]);
    expect(r.findings.map((f) => [f.id, f.name, show(f.computed)])).toEqual([["total", "总分", "103.05"]]);
    expect(r.findings[0]!.explanation).toBe(
      "年度重点工作任务 6.7 + 基础评价 29.35 + 专项评价 47.4 + 成效评价 14.6 + 附加评价 5 = 103.05",
    );
  });
});

describe("what cannot be checked, and what cannot be read", () => {
  const scheme = hongqiao();

  test("a reported value that cannot be read is an error naming unit, id and cell", () => {
    const unit = { ...published(), reported: { D14: "#N/A", D21: "三点六八" }, cells: { D14: "得分表!H7" } };
    const r = audit(scheme, [unit]);
    expect(r.errors.map((e) => [e.unit, e.id, e.source, e.cell])).toEqual([
      ["虹桥镇", "D14", "reported", "得分表!H7"],
      ["虹桥镇", "D21", "reported", undefined],
    ]);
    expect(describeAuditError(scheme, r.errors[0]!)).toBe(
      "虹桥镇 · D14 各类社会救助政策及政策变更知晓率（报送得分，单元格 得分表!H7）：报送得分无法读取：单元格是错误值 #N/A，请先修正公式或数据",
    );
  });

  test("a reported id the scheme does not have is an error", () => {
    const r = audit(scheme, [{ ...published(), reported: { D99: 1 } }]);
    expect(r.errors.map((e) => [e.id, e.problem.code])).toEqual([["D99", "unknown-id"]]);
  });

  test("a blank reported cell is not a report", () => {
    const r = audit(scheme, [{ ...published(), reported: { D14: "", D21: null } }]);
    expect([r.errors, r.findings, r.checked]).toEqual([[], [], 0]);
  });

  test("a reported score whose inputs are missing is set aside as unchecked, naming the missing inputs", () => {
    const unit = published();
    delete unit.values["D21"];
    unit.reported = { D21: 3.68, D2: 6.68, D22: 3 };
    const r = audit(scheme, [unit]);
    expect(r.unchecked.map((u) => [u.id, u.missing])).toEqual([
      ["D21", ["D21"]],
      ["D2", ["D21"]],
    ]);
    expect(r.findings).toEqual([]);
    expect(r.checked).toBe(1);
  });

  test("a bad input is an input error, and its score is neither listed nor unchecked", () => {
    const unit = { ...published(), reported: { D14: 2.1 } };
    unit.values = { ...unit.values, D14: "八成" };
    const r = audit(scheme, [unit]);
    expect(r.errors.map((e) => [e.id, e.source])).toEqual([["D14", "input"]]);
    expect([r.findings, r.unchecked]).toEqual([[], []]);
  });
});
