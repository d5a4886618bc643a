/** Namespaces, content types and the XML declaration of the parts the patcher writes. */
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPE = `${REL_NS}/`;
export const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
export const WORKSHEET_CT = `${CT}worksheet+xml`;
export const STYLES_CT = `${CT}styles+xml`;
/** The workbook's content type in an .xlsx and in an .xlsm: a template (.xltx, .xltm) is written as a workbook. */
export const WORKBOOK_CT = `${CT}sheet.main+xml`;
export const MACRO_WORKBOOK_CT = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
export const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
