/** The Office.js shell: all code that talks to Excel lives in this folder, behind the `ExcelShell` interface. */
export * from "./shell";
export { createExcelShell } from "./excelShell";
export { officeHost } from "./host";
export type { ExcelHost } from "./host";
export { UNITS_KEY } from "./registry";
export { MORE_PROBLEMS, PROBLEMS_SHOWN } from "../workbook";
