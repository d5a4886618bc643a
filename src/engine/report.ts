/**
 * The results paragraph of a 通报, drafted the way [000] writes it: the overall average, how many units fall in each
 * grade band, the top three overall, per block its top three (ties included), its average against its full points
 * and its full marks, and — with a comparison — the units that improved most. Every number comes from the scores;
 * unit names are the table's own.
 */
import type { Comparison, Progress } from "./compare";
import { Decimal, fixed, plain } from "./decimal";
import type { Evaluation } from "./evaluate";
import { rankEq, topN } from "./ranking";
import type { SchemePart } from "./rules";
import { columnValues, summarize, TOTAL } from "./summary";

export interface ReportOptions {
  /** The comparison with an earlier sheet, for the units that improved most. */
  comparison?: Comparison;
  /** Whose average it is: 全区 (default), 全镇, 全市. */
  area?: string;
  /** What a unit is called in a sentence: default from the scheme's unit label (所属街镇 → 街镇). */
  unitNoun?: string;
  /** What the comparison is against: 与上一年度相比 (default); with `earlier`, 与<earlier>相比. */
  since?: string;
  /** What the earlier side of the comparison is called ("2020年"). */
  earlier?: string;
  /** How many places "排名前三" lists (ties included); default 3. */
  top?: number;
}

/** A unit's place in a column. */
export interface PlacedUnit {
  name: string;
  rank: number;
  value: Decimal;
}

export interface BlockFacts {
  id: string;
  name: string;
  part: SchemePart;
  /** Full points (the cap for the bonus and penalty parts). */
  points: Decimal;
  average: Decimal | null;
  /** Ranked `top` or better, ties included; for the penalty part, the units with a deduction, largest first. */
  top: PlacedUnit[];
  /** Units scoring the full points (none for the penalty part). */
  fullMarks: string[];
}

export interface GradeCount {
  label: string;
  /** The band's inclusive lower bound, when it has one. */
  min?: Decimal;
  count: number;
  /** The grade a veto gives. */
  veto: boolean;
}

export interface ReportFacts {
  /** Units in the table, and those whose inputs are not complete (no 总分, so not counted). */
  units: number;
  incomplete: string[];
  average: Decimal | null;
  grades: GradeCount[];
  top: PlacedUnit[];
  blocks: BlockFacts[];
  /** With a comparison: the units that improved most, with the rise of 总分 and the places gained in 排名. */
  improved: { name: string; change: Decimal; places: number | null }[];
  /** What the improvement was measured by (the comparison's choice). */
  progress: Progress;
}

export interface ReportDraft {
  facts: ReportFacts;
  text: string;
}

const NUMERALS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

function numeral(n: number): string {
  return NUMERALS[n] ?? String(n);
}

/** "A、B和C" */
function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join("、")}和${names[names.length - 1]}`;
}

/** "江苏、新华（并列第一）和周桥": ties marked after the last unit sharing the place. */
function listPlaces(placed: readonly PlacedUnit[]): string {
  // Units sharing a place are next to each other (best first): a run longer than one is a tie.
  const items: string[] = [];
  let runStart = 0;
  placed.forEach((p, i) => {
    if (i > 0 && placed[i - 1]?.rank !== p.rank) runStart = i;
    const last = placed[i + 1]?.rank !== p.rank;
    items.push(i > runStart && last ? `${p.name}（并列第${numeral(p.rank)}）` : p.name);
  });
  return listNames(items);
}

function placesIn(evaluation: Evaluation, id: string, n: number): PlacedUnit[] {
  const values = columnValues(evaluation, id);
  const ranks = rankEq(values);
  return topN(values, n).map((i) => ({
    name: evaluation.units[i]?.name ?? "",
    rank: ranks[i] ?? 0,
    value: values[i] as Decimal,
  }));
}

export function reportFacts(evaluation: Evaluation, options: ReportOptions = {}): ReportFacts {
  const { scheme } = evaluation;
  const n = options.top ?? 3;
  const summary = summarize(evaluation);
  const bands = new Map(scheme.grades.map((g) => [g.label, g.min]));
  const grades = summary.grades.map((g): GradeCount => {
    const min = bands.get(g.label);
    const veto = !bands.has(g.label) && g.label === scheme.vetoGrade;
    return min === undefined ? { label: g.label, count: g.count, veto } : { label: g.label, min, count: g.count, veto };
  });
  const blocks = scheme.columns.map((column, i): BlockFacts => {
    const s = summary.columns[i];
    let top: PlacedUnit[];
    if (column.part === "penalty") {
      top = evaluation.units
        .map((u) => ({ name: u.name, rank: 0, value: u.columns.get(column.id) ?? null }))
        .filter((p): p is PlacedUnit => p.value !== null && p.value.isNegative())
        .sort((a, b) => a.value.comparedTo(b.value));
    } else top = placesIn(evaluation, column.id, n);
    return {
      id: column.id,
      name: column.name,
      part: column.part,
      points: column.points,
      average: s?.average ?? null,
      top,
      fullMarks: s?.fullMarks ?? [],
    };
  });
  const improved = (options.comparison?.improved ?? []).flatMap((u) =>
    u.total.change === null ? [] : [{ name: u.name, change: u.total.change, places: u.rank.change }],
  );
  return {
    units: evaluation.units.length,
    incomplete: evaluation.units.filter((u) => u.total === null).map((u) => u.name),
    average: summary.total.average,
    grades,
    top: placesIn(evaluation, TOTAL, n),
    blocks,
    improved,
    progress: options.comparison?.progress ?? "total",
  };
}

/** The results paragraph of a 通报, with the facts it states. */
export function draftReport(evaluation: Evaluation, options: ReportOptions = {}): ReportDraft {
  const facts = reportFacts(evaluation, options);
  const p = evaluation.scheme.precision;
  const area = options.area ?? "全区";
  const noun = options.unitNoun ?? (evaluation.scheme.unitLabel.replace(/^所属/, "") || "单位");
  const since = options.since ?? (options.earlier !== undefined ? `与${options.earlier}相比` : "与上一年度相比");
  const topWord = `排名前${numeral(options.top ?? 3)}`;
  const score = (d: Decimal) => fixed(d, p);
  const sentences: string[] = [];

  if (facts.average !== null) {
    const bands = facts.grades
      .filter((g) => g.count > 0)
      .map((g) => {
        if (g.veto) return `${g.count}个${noun}因一票否决评定为${g.label}`;
        if (g.min !== undefined) return `${g.count}个${noun}总分在${plain(g.min)}分以上，达到${g.label}`;
        return `${g.count}个${noun}为${g.label}`;
      });
    sentences.push(
      `${area}平均得分达到${score(facts.average)}分${bands.length > 0 ? `，有${bands.join("；")}` : ""}。`,
    );
  }
  if (facts.top.length > 0) sentences.push(`其中，总体评价${topWord}的是${listPlaces(facts.top)}。`);
  if (facts.improved.length > 0) {
    // [000] does not say what 进步较大 is measured by: the draft says which measure was used.
    const each = facts.improved.length > 1 ? "分别" : "";
    const measure =
      facts.progress === "rank"
        ? `按排名上升位次，${each}上升${facts.improved.map((u) => u.places ?? 0).join("、")}位`
        : `按总分提高幅度，${each}提高${facts.improved.map((u) => score(u.change)).join("、")}分`;
    sentences.push(`在总体评价中，${listNames(facts.improved.map((u) => u.name))}${since}进步较大（${measure}）。`);
  }

  const parts = facts.blocks.flatMap((b) => {
    if (b.part === "penalty") {
      const deducted = b.top.map((u) => `${u.name}（扣${plain(u.value.negated())}分）`);
      return [`在${b.name}部分，${deducted.length > 0 ? `${listNames(deducted)}被扣分` : `没有${noun}被扣分`}`];
    }
    if (b.average === null) return [];
    const clauses = [`在${b.name}部分，${topWord}的是${listPlaces(b.top)}`];
    clauses.push(`${area}平均分达到${score(b.average)}分（满分${plain(b.points)}分）`);
    if (b.fullMarks.length > 0) {
      const all = b.fullMarks.length === facts.units;
      clauses.push(all ? `各${noun}均得到满分` : `${listNames(b.fullMarks)}得到满分`);
    }
    return [clauses.join("，")];
  });
  if (parts.length > 0) sentences.push(`从分项评价结果看，${parts.join("；")}。`);
  if (facts.incomplete.length > 0) {
    sentences.push(`（${listNames(facts.incomplete)}的指标尚未填写完整，未计入总分、等第和排名的统计。）`);
  }
  return { facts, text: sentences.join("") };
}
