/**
 * The Office.js shell behind the task pane: the `ExcelShell` interface over an Excel host (real or fake). Scoring,
 * the result sheets, 复核, 对比 and the 指标体系 sheets are imported when first used: the pane's first screen reads the workbook's state
 * only, and in the add-in each of them is a chunk of its own (issue 13 §5).
 */
import {
  bindReported,
  bindSelection,
  confirmBinding,
  extendBinding,
  generateInputSheet,
  proposeBinding,
  workbookState,
} from "./binding";
import { ExcelHost } from "./host";
import type { RunSettings } from "./run";
import type { ExcelShell } from "./shell";

const run = () => import(/* webpackChunkName: "excel-run" */ "./run");
const resultSheets = () => import(/* webpackChunkName: "excel-result" */ "./indicatorSheet");
const audit = () => import(/* webpackChunkName: "excel-audit" */ "./audit");
const comparison = () => import(/* webpackChunkName: "excel-compare" */ "./comparisonSheet");
const drafting = () => import(/* webpackChunkName: "excel-draft" */ "./draftRules");
const schemeSheets = () => import(/* webpackChunkName: "excel-scheme-sheets" */ "./schemeSheets");

export function createExcelShell(host: ExcelHost, defaults: Pick<RunSettings, "maxRequestBytes"> = {}): ExcelShell {
  return {
    state: () => workbookState(host),
    generateInputSheet: (scheme, unitNames) => generateInputSheet(host, scheme, unitNames),
    bindSelection: (scheme, key) => bindSelection(host, scheme, key),
    proposeBinding: (scheme) => proposeBinding(host, scheme),
    confirmBinding: (scheme, proposal) => confirmBinding(host, scheme, proposal),
    run: async (options = {}) => (await run()).evaluateAndWrite(host, { ...defaults, ...options }),
    writeIndicatorTable: async (result, unitIndex, options) =>
      (await resultSheets()).writeIndicatorTable(host, result, unitIndex, options),
    writeWorkingPaper: async (result, unitIndex, options) =>
      (await resultSheets()).writeWorkingPaper(host, result, unitIndex, options),
    extendBinding: (units) => extendBinding(host, units),
    bindReported: (scheme, id) => bindReported(host, scheme, id),
    audit: async () => (await audit()).auditWorkbook(host),
    clearHighlights: async () => (await audit()).clearHighlights(host),
    writeAuditTable: async (result, options) => (await resultSheets()).writeAuditTable(host, result, options),
    compareSheets: async (scheme, before, after, overrides, progress, schemes) =>
      (await comparison()).compareSheets(host, scheme, before, after, overrides, progress, schemes),
    writeComparison: async (compared, options) => (await comparison()).writeComparison(host, compared, options),
    draftRules: async (drafter, options) => (await drafting()).draftRules(host, drafter, options),
    writeSchemeSheets: async (input) => (await schemeSheets()).writeSchemeSheets(host, input),
    readSchemeSheets: async (builtin) => (await schemeSheets()).readSchemeFromSheets(host, builtin),
    storeScheme: async (scheme, keep) => (await schemeSheets()).storeScheme(host, scheme, keep),
    selectCell: (at) =>
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(at.sheet);
        sheet.activate();
        sheet.getRange(at.address).select();
        await context.sync();
      }),
  };
}
