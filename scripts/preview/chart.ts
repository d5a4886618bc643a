/**
 * The preview's drawing of a chart the add-in made (tools/fake-excel records its type, title, series and the ranges
 * behind them): a simple SVG of the series over the categories, read from the cells as they are now, so 写入对比表's
 * 总分 chart can be seen in the preview. Columns for every chart type; the point is to see what is charted.
 */
import type { GridArea } from "../../src/workbook";
import type { FakeChart, FakeSheet, FakeWorkbook } from "../../tools/fake-excel";

const WIDTH = 520;
const HEIGHT = 280;
const PLOT = { left: 44, right: 12, top: 36, bottom: 64 };
const COLOURS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000"];
const SVG = "http://www.w3.org/2000/svg";

/** The cells of a one-row or one-column range, in order. */
function cellsOf(area: GridArea): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let r = area.row; r < area.row + area.rows; r++)
    for (let c = area.col; c < area.col + area.cols; c++) {
      out.push({ row: r, col: c });
    }
  return out;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>) {
  const e = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, String(value));
  return e;
}

/** A chart's series as numbers over its categories, as Excel would plot them (text and empty cells plot as 0). */
export function chartData(book: FakeWorkbook, sheet: FakeSheet, chart: FakeChart) {
  const shown = (at: { row: number; col: number }) => book.valueAt(sheet, at.row, at.col);
  const axis = chart.series[0]?.xAxis;
  const categories = axis ? cellsOf(axis).map((at) => String(shown(at) ?? "")) : [];
  const series = chart.series.map((s) => ({
    name: s.name,
    values: cellsOf(s.values).map((at) => {
      const v = shown(at);
      return typeof v === "number" ? v : 0;
    }),
  }));
  return { categories, series };
}

/** The chart as a figure: its title, clustered columns with a zero line, category names and a legend. */
export function drawChart(book: FakeWorkbook, sheet: FakeSheet, chart: FakeChart): HTMLElement {
  const { categories, series } = chartData(book, sheet, chart);
  const figure = document.createElement("figure");
  figure.className = "chart";
  figure.dataset.chart = chart.name;
  const root = svg("svg", { width: WIDTH, height: HEIGHT, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img" });
  root.setAttribute("aria-label", chart.title ?? chart.name);
  const title = svg("text", { x: WIDTH / 2, y: 20, "text-anchor": "middle", class: "chart-title" });
  title.textContent = chart.title ?? "";
  root.append(title);

  const values = series.flatMap((s) => s.values);
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  const span = top - bottom || 1;
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const y = (v: number) => PLOT.top + ((top - v) / span) * plotHeight;
  const count = Math.max(1, categories.length, ...series.map((s) => s.values.length));
  const band = plotWidth / count;
  const bar = (band * 0.8) / Math.max(1, series.length);

  root.append(svg("line", { x1: PLOT.left, x2: WIDTH - PLOT.right, y1: y(0), y2: y(0), stroke: "#8a8886" }));
  const scale = svg("text", { x: PLOT.left - 4, y: y(top) + 4, "text-anchor": "end", "font-size": 10 });
  scale.textContent = String(Number(top.toPrecision(6)));
  root.append(scale);
  series.forEach((s, i) => {
    s.values.forEach((v, j) => {
      const rect = svg("rect", {
        x: PLOT.left + j * band + band * 0.1 + i * bar,
        y: Math.min(y(v), y(0)),
        width: Math.max(1, bar - 1),
        height: Math.abs(y(v) - y(0)),
        fill: COLOURS[i % COLOURS.length] ?? "#4472C4",
        "data-series": s.name,
        "data-category": categories[j] ?? "",
      });
      const tip = svg("title", {});
      tip.textContent = `${s.name} · ${categories[j] ?? ""}: ${v}`;
      rect.append(tip);
      root.append(rect);
    });
  });
  categories.forEach((name, j) => {
    const x = PLOT.left + (j + 0.5) * band;
    const label = svg("text", {
      x,
      y: HEIGHT - PLOT.bottom + 12,
      "font-size": 10,
      "text-anchor": "end",
      transform: `rotate(-40 ${x} ${HEIGHT - PLOT.bottom + 12})`,
    });
    label.textContent = name;
    root.append(label);
  });
  series.forEach((s, i) => {
    const x = PLOT.left + i * 140;
    root.append(svg("rect", { x, y: HEIGHT - 14, width: 10, height: 10, fill: COLOURS[i % COLOURS.length] ?? "" }));
    const name = svg("text", { x: x + 14, y: HEIGHT - 5, "font-size": 11, class: "legend" });
    name.textContent = s.name;
    root.append(name);
  });
  figure.append(root);
  return figure;
}
