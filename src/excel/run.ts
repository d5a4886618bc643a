/**
 * Evaluate and write: one sync reads every bound range and the previous 得分表; the engine scores; if nothing is
 * wrong, one more sync writes the 得分表 in place and reads back what Excel computed (more syncs only when the
 * write is larger than one request may be).
 */
import { describeInputError, evaluate, Evaluation, loadScheme } from "../engine";
import { Grid, SCORE_SHEET_NAME, SCORE_TABLE_MARKER, formulaDifferences, scoreTableGrid } from "../workbook";
import { localAddress } from "./address";
import { collectUnits, queueBoundReads } from "./boundInputs";
import { syncParts } from "./gridWriter";
import { ExcelHost } from "./host";
import { message } from "./messages";
import { readRegistry, Registry, UNITS_KEY, writeRegistry } from "./registry";
import { checkRegion, queueRegionRead, queueRegionWrite, recordOf, RegionPlace } from "./region";
import type { ReadBackDifference, RunOptions, RunOutcome } from "./shell";

export const SCORE_TABLE = "score";
/** The same marker and sheet name as `jixiao score`, so either recognises the 得分表 the other wrote. */
export const SCORE_MARKER = SCORE_TABLE_MARKER;
export const SCORE_SHEET = SCORE_SHEET_NAME;

export interface RunSettings extends RunOptions {
  /** The request budget (tests lower it to exercise split writes). */
  maxRequestBytes?: number;
}

/** Differences between what Excel computed in the grid's formula cells and the engine's values. */
export function readBackDifferences(
  grid: Grid,
  place: RegionPlace,
  sheet: string,
  computed: unknown[][],
): ReadBackDifference[] {
  return formulaDifferences(grid, computed).map((d) => ({
    at: {
      sheet,
      address: localAddress({ row: place.area.row + d.row, col: place.area.col + d.col, rows: 1, cols: 1 }),
    },
    unit: String(grid.cells[d.row]?.[0]?.value ?? ""),
    column: String(grid.cells[1]?.[d.col]?.value ?? ""),
    expected: d.expected,
    actual: d.actual,
  }));
}

/** After a failed read: which of the registry's names are gone or point at a deleted sheet. */
async function brokenNames(context: Excel.RequestContext, registry: Registry): Promise<Set<string>> {
  const names = context.workbook.names.load("items/name,items/type");
  await context.sync();
  const ok = new Set(names.items.filter((n) => n.type === "Range").map((n) => n.name.toLowerCase()));
  const wanted = [...Object.values(registry.bindings), ...Object.values(registry.tables).map((t) => t.name)];
  return new Set(wanted.filter((n) => !ok.has(n.toLowerCase())).map((n) => n.toLowerCase()));
}

export async function evaluateAndWrite(host: ExcelHost, options: RunSettings = {}): Promise<RunOutcome> {
  const registry = readRegistry(host.settings);
  const progress = options.onProgress ?? (() => undefined);
  if (registry.scheme === undefined || registry.bindings[UNITS_KEY] === undefined) {
    return {
      kind: "notBound",
      message: message(
        "not-bound",
        "还没有绑定输入：请先在“录入”中生成录入表或绑定区域",
        "no inputs are bound yet: generate an input sheet or bind ranges first",
      ),
    };
  }
  const loaded = loadScheme(registry.scheme);
  if (!loaded.ok) return { kind: "schemeProblems", problems: loaded.problems };
  const scheme = loaded.scheme;

  const outcome = await host.run(async (context): Promise<RunOutcome | "retry"> => {
    progress({ stage: "read", fraction: 0 });
    const reads = queueBoundReads(context, registry);
    const region = queueRegionRead(context, registry.tables[SCORE_TABLE]);
    try {
      await context.sync();
    } catch (error) {
      const broken = await brokenNames(context, registry);
      const lost = Object.entries(registry.bindings).filter(([, name]) => broken.has(name.toLowerCase()));
      if (lost.length > 0) {
        const keys = lost.map(([key]) => key);
        return {
          kind: "bindingsLost",
          keys,
          message: message(
            "bindings-lost",
            `以下输入的绑定名称已被删除或失效，请重新绑定：${keys.join("、")}`,
            `the names binding these inputs were deleted or broken; bind them again: ${keys.join(", ")}`,
          ),
        };
      }
      const table = registry.tables[SCORE_TABLE];
      if (table && broken.has(table.name.toLowerCase())) {
        // The 得分表 (or its sheet) was deleted: forget it and write a new one.
        delete registry.tables[SCORE_TABLE];
        return "retry";
      }
      throw error;
    }

    progress({ stage: "evaluate", fraction: 0.3 });
    const collected = collectUnits(scheme, reads);
    if (collected.problems.length > 0) return { kind: "inputErrors", problems: collected.problems };
    const evaluation: Evaluation = evaluate(scheme, collected.units);
    if (evaluation.errors.length > 0) {
      return {
        kind: "inputErrors",
        problems: evaluation.errors.map((e) => {
          const at = collected.locate(e);
          const part = e.part !== undefined && e.part !== "" ? `/${e.part}` : "";
          return {
            ...(at ? { at } : {}),
            unit: e.unit,
            key: `${e.id}${part}`,
            message: {
              code: e.problem.code,
              zh: describeInputError(evaluation, e),
              en: `${e.unit} · ${e.id}${part}: ${e.problem.en}`,
            },
          };
        }),
      };
    }

    const table = scoreTableGrid(evaluation);
    const check = checkRegion(region, table.grid, SCORE_SHEET, options.overwrite === true);
    if (check.kind !== "ok") return check;
    const write = queueRegionWrite(context, region, check.place, table.grid, SCORE_MARKER, {
      comments: false,
      activate: true,
      ...(options.maxRequestBytes !== undefined ? { maxRequestBytes: options.maxRequestBytes } : {}),
    });
    let written: Excel.Range | undefined;
    progress({ stage: "write", fraction: 0.5 });
    await syncParts(
      context,
      write.parts,
      () => {
        written = write.readBack();
      },
      (done, total) => progress({ stage: "write", fraction: 0.5 + (0.45 * done) / total }),
    );
    if (!written) throw new Error("bug: nothing read back");
    registry.tables[SCORE_TABLE] = recordOf(SCORE_MARKER, written, check.place.area);
    const differences = readBackDifferences(table.grid, check.place, check.place.sheet, written.values);
    progress({ stage: "done", fraction: 1 });
    return {
      kind: "written",
      result: {
        evaluation,
        order: table.rowUnits,
        units: collected.units,
        table: { sheet: check.place.sheet, address: localAddress(check.place.area) },
        differences,
      },
    };
  });

  if (outcome === "retry") {
    await writeRegistry(host.settings, registry);
    return evaluateAndWrite(host, options);
  }
  if (outcome.kind === "written") await writeRegistry(host.settings, registry);
  return outcome;
}
