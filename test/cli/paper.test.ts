import ExcelJS from "exceljs";
import { join } from "path";
import { existsSync, writeFileSync } from "fs";
import { run, tempDir } from "./workbooks";

const input = join(__dirname, "..", "fixtures", "hongqiao-2023.input.json");

describe("jixiao paper: the 工作底稿 of a unit as a workbook", () => {
  test("[004]'s D14 with its input, its computation sentence and the rule's score; the block summary", async () => {
    const out = join(tempDir(), "底稿.xlsx");
    const r = await run([
      "paper",
      ...["--scheme", "hongqiao-2023", "--input", input, "--out", out],
      ...["--choose", "D12:良好=较好"],
    ]);
    expect(r.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["虹桥镇工作底稿", "虹桥镇得分情况"]);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const d14 = rows.find((row) => String(row[2]).startsWith("D14"))!;
    expect(d14.join("|")).toContain("各类社会救助政策及政策变更知晓率81%");
    expect(d14).toContain(1.2);
    const d12 = rows.find((row) => String(row[2]).startsWith("D12"))!;
    expect(d12.join("|")).toContain("填写“良好”，评价人认定按“较好”计");
  });

  test("[004]'s D12 “良好”, which the document leaves open, is asked about until the evaluator chooses", async () => {
    const out = join(tempDir(), "底稿.xlsx");
    const r = await run(["paper", "--scheme", "hongqiao-2023", "--input", input, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("虹桥镇 · D12 上级考核情况：“良好”：文件未定义此档次，请选择按“较好”或“一般”计分");
    expect(r.stderr).toContain("--choose D12:<文件中的答案>=<档次>");
    expect(existsSync(out)).toBe(false);
    const wrong = await run([
      "paper",
      "--scheme",
      "hongqiao-2023",
      "--input",
      input,
      "--out",
      out,
      "--choose",
      "D12:良好=较差",
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("D12：“良好”只能选择按“较好”或“一般”计分，不能按“较差”");
  });

  test("an existing file is never overwritten", async () => {
    const out = join(tempDir(), "已有.xlsx");
    writeFileSync(out, "keep me");
    const r = await run(["paper", "--scheme", "hongqiao-2023", "--input", input, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("已存在");
  });

  test("an unknown unit is named with the units there are", async () => {
    const out = join(tempDir(), "x.xlsx");
    const r = await run(["paper", "--scheme", "hongqiao-2023", "--input", input, "--out", out, "--unit", "新泾"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("虹桥镇");
  });
});
