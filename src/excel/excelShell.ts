/** The Office.js shell behind the task pane: the `ExcelShell` interface over an Excel host (real or fake). */
import { auditWorkbook, clearHighlights } from "./audit";
import {
  bindReported,
  bindSelection,
  confirmBinding,
  extendBinding,
  generateInputSheet,
  proposeBinding,
  workbookState,
} from "./binding";
import { compareSheets, writeComparison } from "./comparisonSheet";
import { ExcelHost } from "./host";
import { writeAuditTable, writeIndicatorTable, writeWorkingPaper } from "./indicatorSheet";
import { evaluateAndWrite, RunSettings } from "./run";
import type { ExcelShell } from "./shell";

export function createExcelShell(host: ExcelHost, defaults: Pick<RunSettings, "maxRequestBytes"> = {}): ExcelShell {
  return {
    state: () => workbookState(host),
    generateInputSheet: (scheme, unitNames) => generateInputSheet(host, scheme, unitNames),
    bindSelection: (scheme, key) => bindSelection(host, scheme, key),
    proposeBinding: (scheme) => proposeBinding(host, scheme),
    confirmBinding: (scheme, proposal) => confirmBinding(host, scheme, proposal),
    run: (options = {}) => evaluateAndWrite(host, { ...defaults, ...options }),
    extendBinding: (units) => extendBinding(host, units),
    writeIndicatorTable: (result, unitIndex, options) => writeIndicatorTable(host, result, unitIndex, options),
    writeWorkingPaper: (result, unitIndex, options) => writeWorkingPaper(host, result, unitIndex, options),
    bindReported: (scheme, id) => bindReported(host, scheme, id),
    audit: () => auditWorkbook(host),
    clearHighlights: () => clearHighlights(host),
    writeAuditTable: (result, options) => writeAuditTable(host, result, options),
    compareSheets: (scheme, before, after, overrides) => compareSheets(host, scheme, before, after, overrides),
    writeComparison: (compared, options) => writeComparison(host, compared, options),
    selectCell: (at) =>
      host.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(at.sheet);
        sheet.activate();
        sheet.getRange(at.address).select();
        await context.sync();
      }),
  };
}
