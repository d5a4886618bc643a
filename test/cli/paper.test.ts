import ExcelJS from "exceljs";
import { join } from "path";
import { writeFileSync } from "fs";
import { run, tempDir } from "./workbooks";

const input = join(__dirname, "..", "fixtures", "hongqiao-2023.input.json");

describe("jixiao paper: the 工作底稿 of a unit as a workbook", () => {
  test("[004]'s D14 with its input, its computation sentence and the rule's score; the block summary", async () => {
    const out = join(tempDir(), "底稿.xlsx");
    const r = await run(["paper", "--scheme", "hongqiao-2023", "--input", input, "--out", out]);
    expect(r.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["虹桥镇工作底稿", "虹桥镇得分情况"]);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const d14 = rows.find((row) => String(row[2]).startsWith("D14"))!;
    expect(d14.join("|")).toContain("各类社会救助政策及政策变更知晓率81%");
    expect(d14).toContain(1.2);
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
