import { formatKind } from "../../src/workbook";
import { builtinFormatKind } from "../../src/xlsx/numberFormats";

describe("what a number format says a number is", () => {
  test.each([
    ["General", "number"],
    ["G/通用格式", "number"],
    ["0.00", "number"],
    ["#,##0.00_ ", "number"],
    ['0"分"', "number"],
    ["[Red]0.00;[Blue]-0.00", "number"],
    ["0.00E+00", "number"],
    ["0%", "percent"],
    ["0.00%", "percent"],
    ['0.0"%"', "number"],
    ["yyyy/m/d", "date"],
    ['yyyy"年"m"月"d"日"', "date"],
    ["[$-804]yyyy年m月d日", "date"],
    ["h:mm AM/PM", "date"],
    ["[h]:mm", "date"],
    ["¥#,##0.00", "currency"],
    ['"¥"#,##0.00', "currency"],
    ["[$¥-804]#,##0.00", "currency"],
    ['#,##0.00"元"', "currency"],
    ["$#,##0_);($#,##0)", "currency"],
    ["@", "text"],
    ["0;-0;0;@", "number"],
  ])("%s is %s", (code, kind) => expect(formatKind(code)).toBe(kind));

  test("built-in ids: 9 and 10 percent, 14 and the zh-CN 31 dates, 44 currency, 49 text, 2 a number", () => {
    expect([9, 10, 14, 31, 44, 49, 2, 0].map(builtinFormatKind)).toEqual([
      "percent",
      "percent",
      "date",
      "date",
      "currency",
      "text",
      "number",
      "number",
    ]);
  });
});
