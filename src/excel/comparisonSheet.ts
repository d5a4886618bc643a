/**
 * Comparing two 得分表 of the workbook (two years, or two districts under one scheme): the user picks two sheets
 * holding a 得分表 — written by the add-in or by `jixiao score`, or laid out the same way — and one sync reads both;
 * nothing is written until the user asks for the 对比表, which goes to a sheet of its own with a clustered column
 * chart of both sheets' 总分, rewritten in place (chart included) the next time.
 */
import { compare, loadScheme, NameOverride, Progress, Scheme } from "../engine";
import {
  COMPARISON_SUFFIX,
  comparisonGrid,
  comparisonLabels,
  GridArea,
  readScoreTable,
  recogniseScoreTable,
  SheetCell,
  SheetScheme,
  titleAbove,
} from "../workbook";
import { localAddress, parseAddress, quoteSheet } from "./address";
import { syncParts } from "./gridWriter";
import { ExcelHost } from "./host";
import { message, Message } from "./messages";
import { readRegistry, Registry, writeRegistry } from "./registry";
import { checkRegion, queueRegionRead, queueRegionWrite, recordOf } from "./region";
import type { CompareSchemes, Outcome, SheetComparison, WriteOutcome } from "./shell";

export const COMPARISON_TABLE = "comparison";
export const COMPARISON_MARKER = "jixiao_comparison";
export const COMPARISON_SHEET = COMPARISON_SUFFIX;
export const COMPARISON_CHART = "jixiao_comparison_chart";

/** A used range's values placed at their sheet positions (rows and columns before it empty). */
function sheetRows(range: Excel.Range): SheetCell[][] {
  const area = parseAddress(range.address);
  if (!area) return [];
  const rows: SheetCell[][] = Array.from({ length: area.row }, () => []);
  for (const line of range.values) {
    rows.push([...Array.from({ length: area.col }, () => null), ...(line as SheetCell[])]);
  }
  return rows;
}

/** The scheme of the add-in's own 得分表 and the sheet it is on, if the workbook holds one. */
function markedScoreTable(names: Excel.NamedItemCollection, registry: Registry) {
  // The table id run.ts records its 得分表 under (binding.ts reads it the same way, without loading the run).
  const record = registry.tables["score"];
  if (!record || registry.scheme === undefined) return undefined;
  const name = names.items.find((n) => n.name.toLowerCase() === record.name.toLowerCase());
  const sheet =
    name && name.type === "Range" ? parseAddress(name.value.replace(/^=/, "").replace(/\$/g, ""))?.sheet : undefined;
  const loaded = loadScheme(registry.scheme);
  return sheet !== undefined && loaded.ok ? { sheet, scheme: loaded.scheme } : undefined;
}

export async function compareSheets(
  host: ExcelHost,
  scheme: Scheme,
  before: string,
  after: string,
  overrides: readonly NameOverride[] = [],
  progress: Progress = "total",
  schemes: CompareSchemes = {},
): Promise<Outcome<SheetComparison>> {
  if (before.toLowerCase() === after.toLowerCase()) {
    return {
      ok: false,
      message: message("same-sheet", "请选择两张不同的工作表", "pick two different sheets"),
    };
  }
  const registry = readRegistry(host.settings);
  return host.run(async (context): Promise<Outcome<SheetComparison>> => {
    const sheets = context.workbook.worksheets.load("items/name");
    const names = schemes.candidates ? context.workbook.names.load("items/name,items/type,items/value") : undefined;
    await context.sync();
    const missing = [before, after].find((name) => !sheets.items.some((s) => s.name === name));
    if (missing !== undefined) {
      return {
        ok: false,
        message: message("no-sheet", `工作簿中没有工作表“${missing}”`, `the workbook has no sheet “${missing}”`),
      };
    }
    const ranges = [before, after].map((name) =>
      context.workbook.worksheets.getItem(name).getUsedRange(true).load("address,values"),
    );
    await context.sync();
    const rows = ranges.map((range) => sheetRows(range));
    const marked = names && markedScoreTable(names, registry);
    const sides = [
      { name: before, chosen: schemes.before },
      { name: after, chosen: schemes.after },
    ];
    const read = sides.map(({ name, chosen }, i): { name: string; found?: SheetScheme; problem?: Message } => {
      const sheetRows = rows[i]!;
      if (!chosen && schemes.candidates) {
        const marker = marked?.sheet.toLowerCase() === name.toLowerCase() ? marked.scheme : undefined;
        const found = recogniseScoreTable(sheetRows, [scheme, ...schemes.candidates], marker);
        if (found) return { name, found };
        return {
          name,
          problem: message(
            "scheme-unknown",
            `工作表“${name}”不能作为得分表读取：表头与已知方案的得分表都不相符，请为它选择方案，或检查表头（应有单位名称、各一级指标和总分列）`,
            `the sheet “${name}” cannot be read as a 得分表 of any known scheme: choose its scheme, or check its header`,
          ),
        };
      }
      const used = chosen ?? scheme;
      const r = readScoreTable(used, sheetRows);
      if (r.ok) return { name, found: { scheme: used, by: "chosen", table: r.table } };
      const lines = r.problems.map(
        (p) => `${quoteSheet(name)}!${localAddress({ row: p.row, col: p.col, rows: 1, cols: 1 })}：${p.message}`,
      );
      return {
        name,
        problem: message(
          "not-a-score-table",
          `工作表“${name}”不能作为得分表读取：${lines.join("；")}`,
          `the sheet “${name}” cannot be read as a 得分表 of this scheme: ${lines.join("; ")}`,
        ),
      };
    });
    const failed = read.find((x) => x.problem);
    if (failed?.problem) return { ok: false, message: failed.problem };
    const [b, a] = read.map((x) => x.found);
    if (!b || !a) throw new Error("bug: a read failed without problems");
    const compared = compare(b.table.evaluation, a.table.evaluation, {
      overrides,
      progress,
      ...(schemes.blocks ? { blocks: schemes.blocks } : {}),
    });
    if (!compared.ok) return { ok: false, message: message(compared.error.code, compared.error.zh, compared.error.en) };
    const side = (sheet: string, found: SheetScheme, i: number) => {
      const title = titleAbove(rows[i]!, found.table.headerRow);
      return title === undefined ? { sheet } : { sheet, title };
    };
    const labels = comparisonLabels(side(before, b, 0), side(after, a, 1));
    return {
      ok: true,
      value: {
        comparison: compared.value,
        before,
        after,
        labels,
        schemes: { before: { scheme: b.scheme, by: b.by }, after: { scheme: a.scheme, by: a.by } },
      },
    };
  });
}

export async function writeComparison(
  host: ExcelHost,
  compared: SheetComparison,
  options: { overwrite?: boolean } = {},
): Promise<WriteOutcome> {
  const registry = readRegistry(host.settings);
  const record = registry.tables[COMPARISON_TABLE];
  const sheet = comparisonGrid(compared.comparison, { labels: compared.labels });
  const grid = sheet.grid;

  const outcome = await host.run(async (context): Promise<WriteOutcome | "retry"> => {
    const read = queueRegionRead(context, record);
    const charts = read.marker?.worksheet.charts.load("items/name");
    try {
      await context.sync();
    } catch (error) {
      // The 对比表's name or sheet was deleted: forget it and write a new one.
      if (record) return "retry";
      throw error;
    }
    const check = checkRegion(read, grid, COMPARISON_SHEET, options.overwrite === true);
    if (check.kind !== "ok") return check;
    const { place } = check;
    const write = queueRegionWrite(context, read, place, grid, COMPARISON_MARKER, { comments: false, activate: true });
    const chartNames = new Set((charts?.items ?? []).map((c) => c.name));
    let chartName = record?.chart ?? COMPARISON_CHART;
    if (!record?.chart) for (let i = 2; chartNames.has(chartName); i++) chartName = `${COMPARISON_CHART}_${i}`;
    let written: Excel.Range | undefined;
    await syncParts(context, write.parts, () => {
      written = write.readBack();
      const target = context.workbook.worksheets.getItem(place.sheet);
      const at = (a: GridArea) =>
        target.getRange(localAddress({ ...a, row: a.row + place.area.row, col: a.col + place.area.col }));
      // The previous run's chart goes; a chart the user made stays.
      if (record?.chart && chartNames.has(record.chart)) target.charts.getItem(record.chart).delete();
      const [first, second] = sheet.chart.series;
      if (!first || !second) throw new Error("bug: the comparison has two series");
      const chart = target.charts.add(
        "ColumnClustered",
        at({ ...first.area, cols: second.area.col - first.area.col + 1 }),
        "Columns",
      );
      chart.name = chartName;
      chart.title.text = sheet.chart.title;
      sheet.chart.series.forEach((s, i) => {
        const series = chart.series.getItemAt(i);
        series.name = s.name;
        series.setXAxisValues(at(sheet.chart.categories));
      });
      const below = place.area.row + grid.cells.length + 1;
      chart.setPosition(
        localAddress({ row: below, col: place.area.col, rows: 1, cols: 1 }),
        localAddress({ row: below + 18, col: place.area.col + 9, rows: 1, cols: 1 }),
      );
    });
    if (!written) throw new Error("bug: nothing read back");
    registry.tables[COMPARISON_TABLE] = { ...recordOf(COMPARISON_MARKER, written, place.area), chart: chartName };
    return { kind: "written", table: { sheet: place.sheet, address: localAddress(place.area) } };
  });
  if (outcome === "retry") {
    delete registry.tables[COMPARISON_TABLE];
    await writeRegistry(host.settings, registry);
    return writeComparison(host, compared, options);
  }
  if (outcome.kind === "written") await writeRegistry(host.settings, registry);
  return outcome;
}
