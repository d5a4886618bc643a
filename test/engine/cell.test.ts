import { isBlank, parseCount, parseRate, parseScore, parseYesNo } from "../../src/engine";

const value = <T>(p: { ok: true; value: T } | { ok: false }) => (p.ok ? p.value : undefined);
const code = (p: { ok: boolean; error?: { code: string } }) => (p.ok ? "ok" : p.error?.code);

describe("cell values as Excel hands them over [rules.md §4]", () => {
  test('a rate as 0.8136, 81.36%, "81.36%" or full-width ８１．３６％ is the same rate', () => {
    for (const raw of [0.8136, "81.36%", " 81.36 % ", "８１．３６％", "0.8136"]) {
      expect(value(parseRate(raw))?.toString()).toBe("0.8136");
    }
  });

  test("a rate above 1 typed without % is refused, not guessed as a percentage", () => {
    expect(code(parseRate(81.36))).toBe("ambiguous-rate");
    expect(code(parseRate("81.36"))).toBe("ambiguous-rate");
    expect(value(parseRate("100.5%"))?.toString()).toBe("1.005");
  });

  test("a percent-formatted cell arrives as its number and keeps Excel's 15 digits", () => {
    expect(value(parseRate(0.1 + 0.2))?.toString()).toBe("0.3");
  });

  test("negative rates, text and Excel error values are errors that say so", () => {
    expect(code(parseRate(-0.1))).toBe("negative-rate");
    expect(code(parseRate("较好"))).toBe("not-a-number");
    expect(code(parseRate("#DIV/0!"))).toBe("excel-error");
    expect(code(parseRate("#N/A"))).toBe("excel-error");
  });

  test("yes/no accepts 是/否, 有/无, 符合/不符合, √/×, TRUE/FALSE, 1/0", () => {
    for (const yes of ["是", "有", "符合", "√", true, "TRUE", "true", 1, "1", " 是 "])
      expect(value(parseYesNo(yes))).toBe(true);
    for (const no of ["否", "无", "不符合", "×", false, "FALSE", 0, "0"]) expect(value(parseYesNo(no))).toBe(false);
    expect(code(parseYesNo("也许"))).toBe("not-yes-no");
    expect(code(parseYesNo(2))).toBe("not-yes-no");
  });

  test("a count is a whole number ≥ 0, written plainly, full-width or with its measure word", () => {
    expect(value(parseCount("３"))?.toString()).toBe("3");
    expect(value(parseCount("3例"))?.toString()).toBe("3");
    expect(value(parseCount(2))?.toString()).toBe("2");
    expect(code(parseCount(1.5))).toBe("not-a-count");
    expect(code(parseCount(-1))).toBe("not-a-count");
    expect(code(parseCount("三"))).toBe("not-a-number");
  });

  test("a score typed by hand may carry 分; thousands separators only when grouped correctly", () => {
    expect(value(parseScore("3.5分"))?.toString()).toBe("3.5");
    expect(value(parseScore("1,234.5"))?.toString()).toBe("1234.5");
    expect(code(parseScore("1,23"))).toBe("not-a-number");
    expect(code(parseScore("1e3"))).toBe("not-a-number");
    expect(code(parseScore(Number.NaN))).toBe("not-finite");
  });

  test("blank cells are blank, whatever spaces they hold", () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank("  \u3000")).toBe(true);
    expect(isBlank(0)).toBe(false);
  });
});
