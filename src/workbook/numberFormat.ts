/**
 * What a cell's number format says its number is, as a clerk reads the cell: a percentage (85%), a date or time, an
 * amount of money, text (@), or a plain number. Read from the format code as Excel's Range.numberFormat hands it over
 * and as styles.xml stores a custom format; the .xlsx reader maps built-in format ids (`builtinFormatKind`).
 */

/** 百分比 / 日期 / 货币 / 文本 / 常规或数值. */
export type FormatKind = "percent" | "date" | "currency" | "text" | "number";

/** The kind of the number format of a sheet cell holding a number, at a 0-based row and column. */
export type CellFormats = (row: number, col: number) => FormatKind;

/** No format says anything: every number is a plain number. */
export const PLAIN_FORMATS: CellFormats = () => "number";

const MONEY = /[$¥￥€£₩元]/;
const DATE_PART = /[yYmMdDhHsS]/;
const DIGIT = /[0#?]/;
/** [h], [mm], [ss]: elapsed time. */
const ELAPSED = /^(h+|m+|s+)$/i;
/** [$¥-804]: a currency sign with a locale; [$-804] is a locale alone. */
const CURRENCY_TAG = /^\$[^-]/;

/**
 * The kind of a format code, from its first section (the one a positive number uses). Quoted text, escaped and
 * padding characters and bracketed tags are not format letters: `0"分"` is a number, `[Red]0.00` too. "General" and
 * "G/通用格式" hold no letter of a date.
 */
export function formatKind(code: string): FormatKind {
  let percent = false;
  let date = false;
  let currency = false;
  let text = false;
  let digits = false;
  const skipTo = (close: string, from: number) => {
    const end = code.indexOf(close, from);
    return end < 0 ? code.length : end;
  };
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    if (ch === ";") break;
    if (ch === '"') {
      const end = skipTo('"', i + 1);
      if (MONEY.test(code.slice(i + 1, end))) currency = true;
      i = end;
    } else if (ch === "[") {
      const end = skipTo("]", i + 1);
      const tag = code.slice(i + 1, end);
      if (CURRENCY_TAG.test(tag)) currency = true;
      if (ELAPSED.test(tag)) date = true;
      i = end;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      if (ch === "\\" && MONEY.test(code[i + 1] ?? "")) currency = true;
      i++;
    } else if (ch === "%") percent = true;
    else if (ch === "@") text = true;
    else if (DIGIT.test(ch)) digits = true;
    else if (MONEY.test(ch)) currency = true;
    else if (DATE_PART.test(ch)) date = true;
  }
  if (date) return "date";
  if (percent) return "percent";
  if (currency) return "currency";
  if (text && !digits) return "text";
  return "number";
}
