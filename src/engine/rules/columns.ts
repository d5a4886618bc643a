/**
 * Columns of the 指标体系 sheet that several families share: one name, one meaning. A column that means something
 * else in another family gets a name of its own (a floor's 下限含本数 against a band's 档含下限值).
 */
export const QUESTION = { zh: "录入提问", en: "question", type: "text" } as const;
export const FLOOR = { zh: "下限", en: "floor", type: "rate" } as const;
export const FLOOR_INCLUSIVE = { zh: "下限含本数", en: "floor inclusive", type: "yesNo" } as const;
/** The rate from which a rate rule gives full points (比率达标 `target`, 比率计分 `full`). */
export const TARGET = { zh: "达标值", en: "target", type: "rate" } as const;
export const CAP = { zh: "封顶", en: "cap", type: "number" } as const;
export const ROW_NAME = { zh: "名称", en: "label", type: "text" } as const;
export const ROW_POINTS = { zh: "分值", en: "points", type: "number" } as const;
