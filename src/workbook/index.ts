/** Host-neutral sheet work: what to read, and the grids to write. Used by the Excel shell and the workbook command. */
export * from "./grid";
export * from "./formulaText";
export * from "./scoreTable";
export * from "./inputSheet";
export * from "./headers";
export * from "./inputTable";
export * from "./workingPaper";
export * from "./comparison";
export * from "./indicatorTable";
export * from "./readBack";
export * from "./bonusDetail";
export * from "./scoreTableRead";
export * from "./reportedHeaders";
export * from "./resultSheets";
export * from "./inputErrors";
export * from "./auditTable";
