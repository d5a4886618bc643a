/**
 * The results paragraph of a 通报, drafted the way [000] writes it: the overall average, how many units fall in each
 * grade band, the top three overall, per block its top three (ties included), its average against its full points
 * and its full marks, and — with a comparison — the units that improved most. Against a year scored under another
 * scheme it says so, and speaks of 得分率 for a block whose points changed and of rank beside a 总分 of another scale.
 * Every number comes from the scores; unit names are the table's own.
 */
import type { Comparison, Progress } from "./compare";
import { Decimal, fixed, percent, plain } from "./decimal";
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

/** A block compared by 得分率 with its counterpart in the earlier sheet (their points differ). */
export interface BlockRateFacts {
  /** The later sheet's block id. */
  id: string;
  beforeName: string;
  beforePoints: Decimal;
  /** 得分率 of each sheet's block average (average ÷ points). */
  before: Decimal | null;
  after: Decimal | null;
  /** The units whose 得分率 rose most, `top` or better by the rise (ties included). */
  rising: string[];
}

/** What the draft says of a comparison with an earlier sheet scored under another scheme. */
export interface SchemeChangeFacts {
  beforeTitle: string;
  afterTitle: string;
  /** The two 总分 scales ("100+5", "100+5−5") when they differ. */
  scale?: { before: string; after: string };
  rates: BlockRateFacts[];
  /** Blocks without a counterpart, by side. */
  onlyBefore: string[];
  onlyAfter: string[];
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
  /** With a comparison against another scheme: what changed and what is compared by 得分率. */
  schemeChange?: SchemeChangeFacts;
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
  const facts: ReportFacts = {
    units: evaluation.units.length,
    incomplete: evaluation.units.filter((u) => u.total === null).map((u) => u.name),
    average: summary.total.average,
    grades,
    top: placesIn(evaluation, TOTAL, n),
    blocks,
    improved,
    progress: options.comparison?.progress ?? "total",
  };
  const change = options.comparison && schemeChangeFacts(options.comparison, n);
  if (change) facts.schemeChange = change;
  return facts;
}

/** A comparison across two schemes: the blocks compared by 得分率, with each side's average rate and who rose most. */
function schemeChangeFacts(c: Comparison, n: number): SchemeChangeFacts | undefined {
  if (!c.schemesDiffer) return undefined;
  const before = summarize(c.before);
  const after = summarize(c.after);
  const averageRate = (summary: typeof before, id: string) => summary.columns.find((x) => x.id === id)?.rate ?? null;
  const rates = c.columns.flatMap((col, k): BlockRateFacts[] => {
    if (!col.byRate || col.id === null || col.beforeId === null || !col.beforeNode) return [];
    const rises = c.units.map((u) => {
      const rise = u.columns[k]?.rate?.change ?? null;
      return rise !== null && rise.greaterThan(0) ? rise : null;
    });
    return [
      {
        id: col.id,
        beforeName: col.beforeName ?? col.name,
        beforePoints: col.beforeNode.points,
        before: averageRate(before, col.beforeId),
        after: averageRate(after, col.id),
        rising: topN(rises, n).map((i) => c.units[i]?.name ?? ""),
      },
    ];
  });
  const facts: SchemeChangeFacts = {
    beforeTitle: c.before.scheme.title,
    afterTitle: c.after.scheme.title,
    rates,
    onlyBefore: c.columns.filter((col) => !col.node).map((col) => col.name),
    onlyAfter: c.columns.filter((col) => !col.beforeNode).map((col) => col.name),
  };
  if (c.scale.differs) facts.scale = { before: c.scale.before, after: c.scale.after };
  return facts;
}

/** "由90.86%提高到96.4%", "由100%降低到98%", "保持在100%" */
function rateMove(before: Decimal, after: Decimal): string {
  const cmp = after.comparedTo(before);
  if (cmp === 0) return `保持在${percent(after)}`;
  return `由${percent(before)}${cmp > 0 ? "提高到" : "降低到"}${percent(after)}`;
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
  const change = facts.schemeChange;
  const earlier = options.earlier ?? "上一年度";
  if (change) sentences.push(schemeSentence(change, earlier));
  if (facts.improved.length > 0) {
    // [000] does not say what 进步较大 is measured by: the draft says which measure was used.
    const each = facts.improved.length > 1 ? "分别" : "";
    const places = `${each}上升${facts.improved.map((u) => u.places ?? 0).join("、")}位`;
    let measure =
      facts.progress === "rank"
        ? `按排名上升位次，${places}`
        : `按总分提高幅度，${each}提高${facts.improved.map((u) => score(u.change)).join("、")}分`;
    // Totals of different scales: the rise of 总分 is given with the places gained, as the comparison reads it.
    if (change?.scale && facts.progress === "total") measure += `，排名${places}`;
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
    const rate = change?.rates.find((r) => r.id === b.id);
    if (rate) clauses.push(rateClause(rate, b, earlier));
    return [clauses.join("，")];
  });
  if (parts.length > 0) sentences.push(`从分项评价结果看，${parts.join("；")}。`);
  if (facts.incomplete.length > 0) {
    sentences.push(`（${listNames(facts.incomplete)}的指标尚未填写完整，未计入总分、等第和排名的统计。）`);
  }
  return { facts, text: sentences.join("") };
}

/** The two years used different schemes: which, how 总分 differs, and how the years are compared therefore. */
function schemeSentence(change: SchemeChangeFacts, earlier: string): string {
  const parts = [
    `本年度与${earlier}采用的评价方案不同（${earlier}为${change.beforeTitle}，本年度为${change.afterTitle}）`,
  ];
  if (change.scale) {
    parts.push(
      `总分构成不同（${earlier}${change.scale.before}分，本年度${change.scale.after}分），总分的比较请结合排名变化`,
    );
  }
  if (change.rates.length > 0) parts.push("满分调整的分项按得分率（得分÷满分）比较");
  const alone = [
    ...(change.onlyBefore.length > 0 ? [`${earlier}的${listNames(change.onlyBefore)}`] : []),
    ...(change.onlyAfter.length > 0 ? [`本年度的${listNames(change.onlyAfter)}`] : []),
  ];
  if (alone.length > 0) parts.push(`${alone.join("，以及")}在另一年度没有对应分项，不作比较`);
  return `${parts.join("；")}。`;
}

/** "与上一年度的基础评价（满分30分）相比，全区平均得分率由92.63%提高到99.4%，得分率提高较多的是…" */
function rateClause(rate: BlockRateFacts, block: BlockFacts, earlier: string): string {
  const name = rate.beforeName === block.name ? "" : `的${rate.beforeName}`;
  const clauses = [`与${earlier}${name}（满分${plain(rate.beforePoints)}分）相比`];
  if (rate.before !== null && rate.after !== null) clauses.push(`全区平均得分率${rateMove(rate.before, rate.after)}`);
  if (rate.rising.length > 0) clauses.push(`得分率提高较多的是${listNames(rate.rising)}`);
  return clauses.join("，");
}
