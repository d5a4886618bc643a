/** The names, columns and words of the three sheets of the 指标体系 workbook, shared by writing and reading. */
import { META_KINDS, SCHEME_COLUMNS, SheetColumn, sheetFamilies, TEXT_ROW_FIELD } from "./schemeColumns";

export const SCHEME_SHEET_NAMES = { nodes: "指标体系", rows: "档次与要素", info: "方案信息" } as const;

/** The fixed columns of 指标体系, before the rule's parameters. */
export const NODE_COLUMNS = {
  id: { zh: "编号", en: "id", type: "text" },
  level: { zh: "层级", en: "level", type: "choice" },
  name: { zh: "名称", en: "name", type: "text" },
  points: { zh: "分值", en: "points", type: "number" },
  weight: { zh: "权重", en: "weight", type: "number" },
  criterion: { zh: "评分标准", en: "criterion", type: "text" },
  note: { zh: "说明", en: "note", type: "text" },
  explanation: { zh: "指标解释", en: "explanation", type: "text" },
  evidence: { zh: "证据来源", en: "evidence", type: "text" },
  rule: { zh: "规则", en: "rule", type: "choice" },
} as const satisfies Record<string, SheetColumn>;
export type NodeColumnKey = keyof typeof NODE_COLUMNS;

/**
 * The columns of a drafted row (起草规则, issue 11), after 规则: its state, what the drafter said (the rule in words,
 * or why it needs a person) and the rule's boundary examples ("3例 → 0.5分", one a line).
 */
export const DRAFT_COLUMNS = {
  status: { zh: "状态", en: "state", type: "choice" },
  note: { zh: "起草说明", en: "drafting note", type: "text" },
  examples: { zh: "边界示例", en: "boundary examples", type: "text" },
} as const satisfies Record<string, SheetColumn>;

/** 状态: drafted and not yet checked, left to a person's judgement, checked by the clerk. */
export const DRAFT_STATES = { draft: "草稿", manual: "人工", confirmed: "已确认" } as const;
export type DraftState = keyof typeof DRAFT_STATES;

/**
 * The last column of 指标体系: a short check code of what the row's rule was drafted from (评分标准, 分值, 指标解释
 * and the parent's; draftStatus.ts) when it was drafted or exported, so that a confirmed row whose basis changed since
 * is found on read. Narrow; not for typing.
 */
export const CRITERION_CHECK_COLUMN = {
  zh: "标准校验码",
  en: "criterion check",
  type: "text",
} as const satisfies SheetColumn;

export function statusColumn(): SheetColumn {
  return { ...DRAFT_COLUMNS.status, choices: Object.values(DRAFT_STATES) };
}

/** Columns written only when the scheme uses them (an empty workbook has them all). */
export const OPTIONAL_NODE_COLUMNS: readonly NodeColumnKey[] = ["weight", "explanation", "evidence"];

/** 层级: a depth under a block, or the part a row opens. */
export const PART_LEVELS = { bonus: "加分项", penalty: "扣分项" } as const;
export const LEVEL_CHOICES = ["1", "2", "3", "4", "5", PART_LEVELS.bonus, PART_LEVELS.penalty];

/** The fixed columns of 档次与要素: the owner's 编号, the row's kind, its 名称. */
export const ROW_COLUMNS = {
  owner: { zh: "编号", en: "id", type: "text" },
  kind: { zh: "类型", en: "kind", type: "choice" },
  name: TEXT_ROW_FIELD,
} as const;

/** The columns of 方案信息. */
export const INFO_COLUMNS = {
  field: { zh: "项目", en: "field" },
  name: { zh: "名称", en: "name" },
  value: { zh: "内容", en: "value" },
  note: { zh: "说明", en: "note" },
} as const;

/** The fields of 方案信息 by the word in its 项目 column. */
export const INFO_FIELDS = {
  id: "方案编号",
  title: "名称",
  shortTitle: "简称",
  source: "来源",
  unitLabel: "单位名称列",
  precision: "精度",
  totalPoints: "满分",
  aggregation: "汇总方式",
  scale: "汇总分制",
  aggregationNote: "汇总说明",
  veto: "一票否决",
  vetoGrade: "否决等第",
  grade: "等级划分",
  section: "无分值部分",
  sectionItem: "无分值部分条目",
  note: "备注",
} as const;
export const AGGREGATIONS = { sum: "求和", weightedMean: "加权平均" } as const;

export function ruleColumn(): SheetColumn {
  return { ...NODE_COLUMNS.rule, choices: sheetFamilies.map((f) => f.title) };
}

export function rowKindColumn(): SheetColumn {
  return {
    ...ROW_COLUMNS.kind,
    choices: [...SCHEME_COLUMNS.rowKinds.keys(), META_KINDS.text.zh, META_KINDS.item.zh],
  };
}

export function levelColumn(): SheetColumn {
  return { ...NODE_COLUMNS.level, choices: LEVEL_CHOICES };
}
