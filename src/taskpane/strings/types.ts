/** Every string the task pane shows, one module per language with this shape. */
export interface Strings {
  lang: "zh-CN" | "en-US";
  appTitle: string;
  steps: { scheme: string; input: string; run: string; result: string };
  common: { cancel: string; busy: string; unexpected: (detail: string) => string };
  scheme: {
    builtin: string;
    choose: string;
    noBuiltin: string;
    openFile: string;
    problems: string;
    /** Where a problem about the file as a whole is. */
    wholeFile: string;
    current: (title: string) => string;
    boundTo: (title: string) => string;
    points: (points: string) => string;
    cap: (points: string) => string;
    none: string;
    vetoes: string;
  };
  input: {
    needScheme: string;
    generateTitle: string;
    unitNames: string;
    unitNamesHint: string;
    generate: string;
    generated: (sheet: string, count: number) => string;
    noNotes: string;
    bindTitle: string;
    bindHint: string;
    unitsInput: string;
    bind: string;
    bound: (header: string) => string;
    notBound: string;
    otherScheme: (title: string) => string;
    autoTitle: string;
    autoHint: string;
    propose: string;
    proposal: string;
    header: string;
    boundInput: string;
    matchedBy: Record<"key" | "header" | "id-prefix" | "name", string>;
    unmatched: string;
    conflicts: string;
    missing: string;
    confirm: string;
    confirmed: (count: number) => string;
  };
  run: {
    start: string;
    stages: Record<"read" | "evaluate" | "write" | "done", string>;
    written: (address: string) => string;
    errors: (count: number) => string;
    errorsHint: string;
    handEditsTitle: string;
    handEdits: (cells: string) => string;
    resized: string;
    overwrite: string;
    blocked: (cells: string) => string;
    differences: string;
    difference: (at: string, what: string, expected: string, actual: string) => string;
    noDifferences: string;
    schemeProblems: string;
  };
  result: {
    none: string;
    unit: string;
    total: string;
    rank: string;
    grade: string;
    incomplete: string;
    details: (unit: string) => string;
    indicator: string;
    score: string;
    explanation: string;
    missing: string;
    writeIndicator: string;
    indicatorWritten: (address: string) => string;
  };
}
