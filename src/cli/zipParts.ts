/**
 * The part names inside an .xlsx (a zip), read from its central directory, so the workbook command can tell which
 * parts exceljs will not carry over (charts, pivot tables, macros…) before it replaces a file that holds them.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** The names of the entries of a zip archive, or undefined when the bytes are not one. */
export function zipEntryNames(bytes: Buffer): string[] | undefined {
  // The end record is at most 22 bytes plus a 65535-byte comment from the end.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    names.push(bytes.toString("utf8", at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Parts exceljs reads and writes back, and parts that are rebuilt or only describe a printer. */
const KEPT = [
  /^\[Content_Types\]\.xml$/,
  /^_rels\/\.rels$/,
  /^docProps\/(app|core)\.xml$/,
  /^docProps\/thumbnail\.\w+$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/(sharedStrings|styles|calcChain)\.xml$/,
  /^xl\/theme\/[^/]+$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/media\/[^/]+$/,
  /^xl\/drawings\/(_rels\/)?(drawing\d+\.xml(\.rels)?|vmlDrawing\d+\.vml(\.rels)?)$/,
  /^xl\/comments\d+\.xml$/,
  /^xl\/tables\/[^/]+$/,
  /^xl\/printerSettings\/[^/]+$/,
];

/** What a user calls the content behind a part the tool cannot carry over. */
const KINDS: [RegExp, string][] = [
  [/^xl\/(charts|chartsheets)\//, "图表"],
  [/^xl\/(pivotTables|pivotCache)\//, "数据透视表"],
  [/^xl\/vbaProject\.bin$/, "宏"],
  [/^xl\/externalLinks\//, "外部链接"],
  [/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//, "切片器"],
  [/^xl\/(threadedComments|persons)\//, "新式批注"],
  [/^xl\/richData\//, "单元格中的图片"],
  [/^xl\/(connections\.xml|queryTables\/)/, "数据连接"],
  [/^xl\/(macrosheets|dialogsheets)\//, "宏表"],
  [/^xl\/(webextensions|ctrlProps|activeX)\//, "控件和加载项设置"],
  [/^docProps\/custom\.xml$/, "自定义文档属性"],
  [/^customXml\//, "自定义 XML"],
];

/** The kinds of content in the archive that a write through exceljs would drop ("图表", "宏"…), each once. */
export function contentNotKept(names: readonly string[]): string[] {
  const kinds = new Set<string>();
  for (const name of names) {
    if (name.endsWith("/") || KEPT.some((re) => re.test(name))) continue;
    kinds.add(KINDS.find(([re]) => re.test(name))?.[1] ?? `其他内容（${name}）`);
  }
  return [...kinds];
}
