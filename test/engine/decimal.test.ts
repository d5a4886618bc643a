import { average, dec, fixed, percent, plain, roundHalfUp } from "../../src/engine";

describe("rounding is decimal half-up, as the documents print", () => {
  test("7 × 52.5% = 3.675 rounds to 3.68 [004 D21] (binary floats give 3.67)", () => {
    expect((3.675).toFixed(2)).toBe("3.67"); // the trap the engine must avoid
    expect(fixed(roundHalfUp(dec(7).times(dec("0.525")), 2), 2)).toBe("3.68");
  });

  test("1.005 rounds to 1.01", () => {
    expect(fixed(roundHalfUp(dec("1.005"), 2), 2)).toBe("1.01");
  });

  test("2 × 81.36% = 1.6272 rounds to 1.63 [004 C11]", () => {
    expect(fixed(roundHalfUp(dec(2).times(dec("0.8136")), 2), 2)).toBe("1.63");
  });

  test("基础评价 average 277.85 ÷ 10 = 27.785 rounds to 27.79 [000]", () => {
    const column = [29.35, 29.33, 29.04, 29.13, 29.15, 28.18, 27.97, 26.66, 24.1, 24.94].map((n) => dec(n));
    expect(fixed(average(column, 2)!, 2)).toBe("27.79");
  });

  test("总分 average 977.15 ÷ 10 = 97.715 rounds to 97.72 [000]", () => {
    const totals = [103.05, 102.78, 102.04, 101.58, 101.1, 97.08, 96.37, 95.51, 89.6, 88.04].map((n) => dec(n));
    expect(fixed(average(totals, 2)!, 2)).toBe("97.72");
  });

  test("sentences write numbers as evaluators do: 2.8, 3, 81.36%, 85.5%", () => {
    expect(plain(dec("2.80"))).toBe("2.8");
    expect(plain(dec("3.00"))).toBe("3");
    expect(percent(dec(358).dividedBy(440))).toBe("81.36%");
    expect(percent(dec("0.855"))).toBe("85.5%");
  });
});
