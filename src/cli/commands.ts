/** The commands of `jixiao`: each reads files, calls the engine and prints; no scoring happens here. */
import {
  evaluate,
  Evaluation,
  evaluationTotalsJson,
  explainUnit,
  fixed,
  loadScheme,
  summarize,
  UnitInput,
  UnitResult,
  unitToJson,
} from "../engine";
import { builtinSchemes } from "../schemes";
import { locateInputErrors } from "../workbook";
import { choiceHint, readInputFile, shownProblems, resolveScheme, runChoices, toUnitInputs, UserError } from "./io";
import { LazyArray, writeJson } from "./json";
import { renderTable, tableLines } from "./table";

export interface Output {
  out(text: string): void;
}

export function schemesCommand(options: { json?: boolean }, io: Output): void {
  const rows = builtinSchemes.map((input) => {
    const loaded = loadScheme(input);
    if (!loaded.ok) throw new Error(`built-in scheme ${input.id} does not load`);
    const s = loaded.scheme;
    return {
      id: s.id,
      title: s.title,
      basePoints: s.aggregation.kind === "sum" ? s.basePoints.toNumber() : null,
      bonusCap: s.bonus ? s.bonus.cap.toNumber() : null,
      penaltyCap: s.penalty ? s.penalty.cap.toNumber() : null,
      leaves: s.leaves.length,
      vetoes: s.vetoes.length,
    };
  });
  if (options.json) {
    io.out(JSON.stringify(rows, null, 2));
    return;
  }
  const show = (n: number | null) => (n === null ? "—" : String(n));
  io.out(
    renderTable(
      ["编号", "方案", "基本分", "加分上限", "扣分上限", "末级指标"],
      rows.map((r) => [r.id, r.title, show(r.basePoints), show(r.bonusCap), show(r.penaltyCap), String(r.leaves)]),
      new Set([2, 3, 4, 5]),
    ),
  );
}

/** Units best first; units without a total keep their input order at the end. */
export function byTotal(units: readonly UnitResult[]): UnitResult[] {
  return [...units].sort((a, b) => {
    if (a.total === null || b.total === null) return a.total === null ? (b.total === null ? a.index - b.index : 1) : -1;
    return b.total.comparedTo(a.total) || a.index - b.index;
  });
}

/** The 得分表 as lines of text: the table best first, its 平均分 row, then the incomplete and vetoed units. */
export function scoreTableLines(evaluation: Evaluation): string[] {
  const { scheme } = evaluation;
  const p = scheme.precision;
  const show = (d: { toString(): string } | null | undefined) =>
    d === null || d === undefined ? "" : fixed(d as never, p);
  const summary = summarize(evaluation);
  const header = [scheme.unitLabel, ...scheme.columns.map((c) => c.name), "总分", "排名", "等第"];
  const rows = byTotal(evaluation.units).map((u) => [
    u.name,
    ...scheme.columns.map((c) => show(u.columns.get(c.id))),
    show(u.total),
    u.rank === null ? "" : String(u.rank),
    u.grade ?? "",
  ]);
  rows.push(["平均分", ...summary.columns.map((c) => show(c.average)), show(summary.total.average), "", ""]);
  const numeric = new Set(Array.from({ length: scheme.columns.length + 2 }, (_, i) => i + 1));
  const lines = [`${scheme.title} 得分表`, "", ...tableLines(header, rows, numeric)];
  const incomplete = evaluation.units.filter((u) => u.missing.length > 0);
  if (incomplete.length > 0) {
    lines.push("", "以下单位有未填写的指标，总分、排名和等第暂不计算：");
    for (const u of incomplete) {
      for (const id of u.missing) lines.push(`  ${u.name} · ${id} ${scheme.nodes.get(id)?.name ?? ""}：未填写`);
    }
  }
  const vetoText = new Map(scheme.vetoes.map((v) => [v.id, v.text]));
  for (const u of evaluation.units.filter((x) => x.vetoed)) {
    const texts = u.vetoes.map((id) => vetoText.get(id) ?? id);
    lines.push(`${u.name}：一票否决（${texts.join("；")}），等第为${scheme.vetoGrade}`);
  }
  return lines;
}

export function scoreTableText(evaluation: Evaluation): string {
  return scoreTableLines(evaluation).join("\n");
}

export function evaluateCommand(
  options: { scheme: string; input: string; json?: boolean; strict?: boolean; choose?: string[] },
  io: Output,
): void {
  const scheme = resolveScheme(options.scheme);
  const file = readInputFile(options.input);
  const choices = runChoices(scheme, options.choose, file.choices);
  const inputs = toUnitInputs(file.units);
  // Scored without the per-leaf sentences: --json writes each unit's as it prints the unit.
  const evaluation = evaluate(scheme, inputs, { strict: options.strict === true, explain: false, choices });
  if (evaluation.errors.length > 0) {
    const lines = locateInputErrors(evaluation, evaluation.errors, () => undefined).map((e) => e.message.zh);
    throw new UserError(
      [`输入有 ${lines.length} 处错误，未计算：`, ...shownProblems(lines), ...choiceHint(evaluation.errors)].join("\n"),
    );
  }
  if (!options.json) {
    for (const line of scoreTableLines(evaluation)) io.out(line);
    return;
  }
  const { units } = evaluation;
  writeJson(io, {
    scheme: scheme.id,
    units: new LazyArray(units.length, (i) => {
      const unit = units[i] as UnitResult;
      return unitToJson(evaluation, unit, explainUnit(scheme, inputs[unit.index] as UnitInput, unit, choices));
    }),
    ...evaluationTotalsJson(evaluation),
  });
}
