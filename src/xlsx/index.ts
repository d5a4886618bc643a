/**
 * The .xlsx file format on bytes: the zip container, an XML scanner, reading a workbook's sheets and cells, and
 * patching result sheets into it. No file system and nothing from Node: bytes in, bytes out, and an XlsxError with
 * a Chinese message for every file it refuses.
 */
export { InflateLimitError, type Codec } from "./codec";
export { XlsxError } from "./errors";
export {
  hasMarker,
  openXlsx,
  readSheetCells,
  readSheetTable,
  sheetNamed,
  worksheets,
  type SheetEntry,
  type XlsxFile,
} from "./read";
export {
  holdsMacros,
  markerRange,
  patchWorkbook,
  worksheetXml,
  type PatchOptions,
  type PatchReport,
  type ResultSheet,
  type SheetMark,
} from "./patch";
export { cellRef, fileFormula, fileText, storedText } from "./text";
