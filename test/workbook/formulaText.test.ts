import { formulaText, listSource, sheetReference } from "../../src/workbook";
import { evaluateFormula } from "../../tools/fake-excel/formula";

const computed = (formula: string) =>
  evaluateFormula(
    formula,
    () => null,
    () => [],
  );

describe("text inside what Excel parses is spelled so that it stays that text", () => {
  test.each(["优秀", 'A"&UPPER("pwned")&"', '"', '""', "", "=1+1", "a'b"])(
    "formulaText(%j) is a string literal Excel computes back to the text",
    (text) => {
      const literal = formulaText(text);
      expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
      expect(computed(`=${literal}`)).toBe(text);
      expect(computed(`=IF(1>0,${literal},"")`)).toBe(text);
    },
  );

  test("a text longer than Excel's 255-character literal is joined from pieces", () => {
    const text = `${"甲".repeat(300)}"${"乙".repeat(300)}`;
    const literal = formulaText(text);
    expect(literal.split('"&"')).toHaveLength(3);
    expect(computed(`=${literal}`)).toBe(text);
  });

  test("sheetReference quotes a sheet name unless it is a plain word that no cell address could be", () => {
    expect(sheetReference("输入")).toBe("输入");
    expect(sheetReference("得分表_2")).toBe("得分表_2");
    for (const name of ["my sheet", "2021得分表", "A1", "R1C1", "R", "c", "TRUE", "=1+1", "a-b"]) {
      expect(sheetReference(name)).toBe(`'${name}'`);
    }
    expect(sheetReference("O'Brien")).toBe("'O''Brien'");
  });

  test("listSource: a drop-down's answers, unless one holds a comma or quote or the list would read as a formula", () => {
    expect(listSource(["有", "无"])).toBe("有,无");
    expect(listSource(["=1+1", "否"])).toBeUndefined();
    expect(listSource([" =A1"])).toBeUndefined();
    expect(listSource(["是", "=1+1"])).toBe("是,=1+1");
    expect(listSource(["a,b"])).toBeUndefined();
    expect(listSource(['a"b'])).toBeUndefined();
    expect(listSource(["x".repeat(256)])).toBeUndefined();
    expect(listSource([])).toBeUndefined();
  });
});
