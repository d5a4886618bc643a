/**
 * Whatever a clerk types — numbers, text with spaces or full-width digits, percents, booleans, blanks, Excel error
 * values, huge and negative numbers, stray objects — every rule family gives either a score within its bounds or a
 * clear error. Never NaN, never an exception.
 */
import fc from "fast-check";
import { dec, familyOf, RuleInput, SchemePart } from "../../src/engine";

const excelErrors = ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"];
const words = [
  "是",
  "否",
  "有",
  "无",
  "符合",
  "不符合",
  "√",
  "×",
  "较好",
  "一般",
  "较差",
  "好",
  "省",
  "市",
  "部",
  "TRUE",
  "yes",
];

const fullWidth = (s: string) => s.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(1e300, -1e300, 1e20, -0, 0.1 + 0.2, Number.MAX_SAFE_INTEGER + 2),
  fc.boolean(),
  fc.constantFrom(null, undefined, "", "   ", "\u3000"),
  fc.constantFrom(...excelErrors),
  fc.constantFrom(...words),
  fc.float({ min: 0, max: 2, noNaN: true }).map((f) => `${(f * 100).toPrecision(4)}%`),
  fc.integer({ min: 0, max: 200 }).map((n) => ` ${n} `),
  fc.integer({ min: 0, max: 200 }).map((n) => fullWidth(`${n}%`)),
  fc.integer({ min: 0, max: 20 }).map((n) => `${n}例`),
  fc.string({ maxLength: 6 }),
);

const composite: fc.Arbitrary<unknown> = fc.oneof(
  cell,
  fc.array(cell, { maxLength: 6 }),
  fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }),
  fc.record({ actual: cell, planned: cell }),
  fc.dictionary(fc.constantFrom("1", "2", "3", "4", "5", "x"), cell, { maxKeys: 5 }),
);

const survey = {
  kind: "survey" as const,
  options: [
    { label: "非常满意", weight: 1 },
    { label: "比较满意", weight: 0.75 },
    { label: "一般", weight: 0.5 },
    { label: "较不满意", weight: 0.25 },
    { label: "不太满意", weight: 0 },
  ],
};

/** One rule of every family, as the documents write them, with its points and part. */
const rules: [string, RuleInput, number, SchemePart][] = [
  ["manual", { kind: "manual" }, 5, "base"],
  ["manual (penalty part)", { kind: "manual" }, 5, "penalty"],
  ["allOrNothing", { kind: "allOrNothing", sense: "failure" }, 2, "base"],
  ["checklist", { kind: "checklist", items: ["a", "b", "c"], per: { share: 0.34 } }, 4, "base"],
  [
    "perCaseDeduction",
    {
      kind: "perCaseDeduction",
      terms: [
        { kind: "count", label: "违反流程", per: 0.5 },
        { kind: "flag", label: "年审没有落实", points: 2 },
        { kind: "shortfall", label: "入户调查率", target: 1, per: 0.1 },
      ],
    },
    4,
    "base",
  ],
  [
    "perCaseDeduction (one term)",
    { kind: "perCaseDeduction", terms: [{ kind: "count", label: "x", per: 0.2 }] },
    2,
    "base",
  ],
  [
    "perCaseAward",
    {
      kind: "perCaseAward",
      terms: [
        { kind: "flag", label: "a", points: 0.5 },
        { kind: "count", label: "b", per: 0.1, cap: 0.5 },
        { kind: "count", label: "c", per: 0.2, deduct: true },
      ],
    },
    1,
    "base",
  ],
  [
    "rateProportional",
    { kind: "rateProportional", floor: 0.6, measure: { kind: "ratio", actual: "实际", planned: "计划" } },
    2,
    "base",
  ],
  [
    "rateThreshold",
    { kind: "rateThreshold", target: 0.95, per: { share: 0.05 }, floor: 0.7, floorInclusive: true, measure: survey },
    7,
    "base",
  ],
  ["rateThreshold (points)", { kind: "rateThreshold", target: 1, per: { points: 0.1 } }, 4, "base"],
  [
    "rateStepped",
    {
      kind: "rateStepped",
      partialStep: "counts",
      items: [
        { label: "a", points: 0.5, threshold: 0.1, step: 0.1, per: 0.1 },
        { label: "b", points: 0.5, threshold: 0.05, step: 0.01, per: 0.1 },
      ],
    },
    1,
    "base",
  ],
  ["threshold", { kind: "threshold", op: ">", value: 0.8 }, 1, "base"],
  [
    "levels",
    { kind: "levels", levels: [{ label: "较好" }, { label: "一般", points: 2 }, { label: "较差", points: 0 }] },
    3,
    "base",
  ],
  [
    "bands",
    {
      kind: "bands",
      input: "count",
      bands: [
        { min: 2, points: 1 },
        { min: 1, points: 0.5 },
      ],
    },
    1,
    "base",
  ],
  ["cappedSum", { kind: "cappedSum" }, 5, "bonus"],
  [
    "highestPerProject",
    {
      kind: "highestPerProject",
      awards: [
        { level: "部", points: 1.5 },
        { level: "省", points: 1 },
        { level: "市", points: 0.5 },
      ],
    },
    3,
    "bonus",
  ],
  [
    "penalty",
    {
      kind: "penalty",
      terms: [
        { kind: "count", label: "通报", per: 2 },
        { kind: "flag", label: "死亡", points: 3 },
      ],
    },
    5,
    "penalty",
  ],
];

describe.each(rules)("%s: any input gives a bounded score or a clear error", (_name, rule, points, part) => {
  const family = familyOf(rule.kind)!;
  const compiled = family.compile(family.params.parse(rule), {
    id: "x",
    name: "本项",
    points: dec(points),
    part,
    precision: 2,
  });
  const [min, max] = part === "penalty" ? [-points, 0] : [0, points];

  test("never NaN, never an exception", () => {
    fc.assert(
      fc.property(composite, (raw) => {
        const parsed = compiled.parse(raw);
        if (!parsed.ok) return parsed.error.zh.length > 0 && parsed.error.en.length > 0 && parsed.error.code.length > 0;
        const score = compiled.evaluate(parsed.value).toDecimalPlaces(2);
        const n = score.toNumber();
        const sentence = compiled.explain(parsed.value, score);
        return Number.isFinite(n) && n >= min && n <= max && sentence.length > 0 && !sentence.includes("NaN");
      }),
      { numRuns: 500 },
    );
  });
});
