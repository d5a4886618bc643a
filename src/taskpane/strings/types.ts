/** Every string the task pane shows, one module per language with this shape. */
export interface Strings {
  lang: "zh-CN" | "en-US";
  appTitle: string;
  steps: { scheme: string; input: string; run: string; result: string; audit: string; compare: string; report: string };
  /** The heading (h2) of each step's panel. */
  headings: {
    scheme: string;
    input: string;
    run: string;
    result: string;
    audit: string;
    compare: string;
    report: string;
  };
  common: {
    cancel: string;
    /** A long action's spinner: what it is doing ("正在生成录入表…"), from its button's text. */
    working: (action: string) => string;
    /** Shown while a step's code is fetched, the first time it is opened. */
    loading: string;
    unexpected: (detail: string) => string;
  };
  scheme: {
    builtin: string;
    choose: string;
    noBuiltin: string;
    openFile: string;
    /** The button that opens the file picker. */
    pickFile: string;
    fileOpened: (name: string) => string;
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
  /** 方案: authoring a scheme in the 指标体系 sheets, reading it back, saving it as a file. */
  sheets: {
    title: string;
    hint: string;
    /** The picker of what 新建方案 copies. */
    base: string;
    blank: string;
    currentBase: (title: string) => string;
    create: string;
    created: (sheets: string) => string;
    read: string;
    /** The problems of a read, `count` of them; a click on a cell selects it. */
    problems: (count: number) => string;
    moreProblems: (count: number) => string;
    stored: (title: string) => string;
    /** A read that changed nothing in the scheme the workbook held. */
    unchanged: string;
    changes: string;
    affected: (count: number) => string;
    affectedHint: string;
    /** After an affected binding whose input is gone from the scheme. */
    cannotKeep: string;
    /** After an affected reported score's node. */
    reported: string;
    keep: string;
    remove: string;
    kept: (count: number) => string;
    removed: (count: number) => string;
    save: string;
    saved: (file: string) => string;
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
    /** Column headers of the binding list: the input, where it is bound, the button. */
    boundAt: string;
    action: string;
    /** The third column of the proposal: how a header was matched. */
    matchedByHeader: string;
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
    reportedProposal: string;
    reportedConflicts: string;
    registryProblem: string;
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
    bonusWritten: (address: string) => string;
    /** Cells read with a warning (a number stored as text). */
    warnings: (count: number) => string;
    /** Rows that are not units (合计, 注：…). */
    notUnits: (count: number) => string;
    /** The button that binds the unit names (and the inputs beside them) down to the units found under them. */
    extendBinding: (units: string) => string;
    /** Title over the indicators not entered, each named "华阳 · 1 年度重点工作任务：未填写". */
    incomplete: string;
    notEntered: string;
    /** How many more indicators not entered are not listed. */
    moreIncomplete: (n: number) => string;
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
    writePaper: string;
    paperWritten: (address: string) => string;
  };
  audit: {
    needBindings: string;
    reportedTitle: string;
    reportedHint: string;
    node: string;
    total: string;
    pickNode: string;
    bindReported: string;
    reportedBound: (label: string) => string;
    noReported: string;
    start: string;
    clear: string;
    cleared: (count: number) => string;
    summary: (units: number, checked: number, differing: number) => string;
    indicator: string;
    rule: string;
    explanation: string;
    cell: string;
    /** One finding in the short list: reported, then what the rule gives. */
    finding: (reported: string, computed: string) => string;
    findings: string;
    writeTable: string;
    /** The button that binds the unit names (and the inputs beside them) down to the units found under them. */
    extendBinding: (units: string) => string;
    tableWritten: (address: string) => string;
    partsAddUp: (sum: string) => string;
    unchecked: string;
    /** The indicators without input, named as the document names them ("1 年度重点工作任务"). */
    missing: (indicators: string) => string;
    /** 待定: inputs the document leaves to the evaluator, listed apart from the differences. */
    pending: string;
    /** Subtotals waiting for such an input. */
    waiting: (indicators: string) => string;
  };
  compare: {
    hint: string;
    before: string;
    after: string;
    pick: string;
    needScheme: string;
    start: string;
    matches: string;
    afterName: string;
    beforeName: string;
    how: string;
    action: string;
    unmatch: string;
    onlyBefore: string;
    onlyAfter: string;
    pairWith: string;
    pair: string;
    ambiguous: (name: string, candidates: string) => string;
    improved: string;
    /** The labels of the two sides, as the 对比表, its chart and the 通报 name them. */
    labelBefore: string;
    labelAfter: string;
    labelHint: string;
    /** What 进步较大 is measured by. */
    progress: string;
    byTotal: string;
    byRank: string;
    places: (n: number) => string;
    none: string;
    overrides: (count: number) => string;
    resetOverrides: string;
    write: string;
    written: (address: string) => string;
    /** Each sheet's scheme: chosen, or recognised from its 得分表. */
    schemeBefore: string;
    schemeAfter: string;
    autoScheme: string;
    schemeOf: (side: string, title: string, how: string) => string;
    foundBy: { chosen: string; marker: string; title: string; header: string };
    /** Blocks of two schemes paired like the units. */
    blocks: string;
    afterBlock: string;
    beforeBlock: string;
    byRate: (before: string, after: string) => string;
    byScore: string;
    blocksOnlyBefore: string;
    blocksOnlyAfter: string;
    pairBlockWith: string;
    scales: (before: string, after: string) => string;
    blockOverrides: (count: number) => string;
    resetBlocks: string;
  };
  report: {
    none: string;
    from: (source: string) => string;
    fromRun: string;
    withComparison: (before: string, after: string) => string;
    text: string;
    copy: string;
    copied: string;
    copyFailed: string;
  };
  /** 起草规则 (in 方案): drafting rules of the 指标体系 sheet from their 评分标准. */
  draft: {
    /** Opens 起草规则 (its code comes on demand). */
    open: string;
    title: string;
    hint: string;
    selected: string;
    all: string;
    failed: string;
    /** The rows drafted, each with its state (草稿 / 人工) and note. */
    draftedTitle: string;
    states: { draft: string; manual: string };
    /** A drafted row's state and 起草说明, after its 编号 and 名称. */
    rowNote: (state: string, note: string) => string;
    typedTitle: (count: number) => string;
    redraft: (count: number) => string;
    confirmTitle: string;
    confirmBody: (rows: string) => string;
    confirmRedraft: string;
    blankTitle: string;
    reopenedTitle: string;
  };
}
