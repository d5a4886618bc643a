/**
 * Evaluate and write: one sync reads every bound range and the previous 得分表; the engine scores; if nothing is
 * wrong, one more sync writes the 得分表 in place and reads back what Excel computed (more syncs only when the
 * write is larger than one request may be).
 */
import { evaluate, Evaluation, loadScheme } from "../engine";
import {
  BONUS_SHEET_NAME,
  BONUS_TABLE_MARKER,
  Grid,
  groupWorded,
  locateInputErrors,
  resultSheets,
  SCORE_SHEET_NAME,
  SCORE_TABLE_MARKER,
  formulaDifferences,
} from "../workbook";
import { localAddress } from "./address";
import { collectUnits, queueBoundReads } from "./boundInputs";
import { syncParts } from "./gridWriter";
import { ExcelHost } from "./host";
import { message } from "./messages";
import { readRegistry, Registry, UNITS_KEY, writeRegistry } from "./registry";
import { checkRegion, queueRegionRead, queueRegionWrite, recordOf, RegionPlace, removableRegion } from "./region";
import type { ReadBackDifference, RunOptions, RunOutcome } from "./shell";

export const SCORE_TABLE = "score";
/** [000] 附件2 beside the 得分表, with the same marker as `jixiao score`'s. */
export const BONUS_TABLE = "bonus";
/** The same marker and sheet name as `jixiao score`, so either recognises the 得分表 the other wrote. */
export const SCORE_MARKER = SCORE_TABLE_MARKER;
export const SCORE_SHEET = SCORE_SHEET_NAME;

export const NOT_BOUND = message(
  "not-bound",
  "还没有绑定输入：请先在“录入”中生成录入表或绑定区域",
  "no inputs are bound yet: generate an input sheet or bind ranges first",
);

/** The message for names the bindings relied on that are gone. */
export function bindingsLost(keys: readonly string[]) {
  return {
    kind: "bindingsLost" as const,
    keys: [...keys],
    message: message(
      "bindings-lost",
      `以下输入的绑定名称已被删除或失效，请重新绑定：${keys.join("、")}`,
      `the names binding these inputs were deleted or broken; bind them again: ${keys.join(", ")}`,
    ),
  };
}

/** Engine input errors located at their cells, in both languages (the name the review step imports). */
export { locateInputErrors as locatedErrors } from "../workbook";

/** A cell as the problem list groups by it: "输入!C3". */
export const cellKey = (at: { sheet: string; address: string }): string => `${at.sheet}!${at.address}`;

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
export async function brokenNames(context: Excel.RequestContext, registry: Registry): Promise<Set<string>> {
  const names = context.workbook.names.load("items/name,items/type");
  await context.sync();
  const ok = new Set(names.items.filter((n) => n.type === "Range").map((n) => n.name.toLowerCase()));
  const wanted = [
    ...Object.values(registry.bindings),
    ...Object.values(registry.reported),
    ...Object.values(registry.tables).map((t) => t.name),
  ];
  return new Set(wanted.filter((n) => !ok.has(n.toLowerCase())).map((n) => n.toLowerCase()));
}

export async function evaluateAndWrite(host: ExcelHost, options: RunSettings = {}): Promise<RunOutcome> {
  const registry = readRegistry(host.settings);
  const progress = options.onProgress ?? (() => undefined);
  if (registry.scheme === undefined || registry.bindings[UNITS_KEY] === undefined) {
    return { kind: "notBound", message: NOT_BOUND };
  }
  const loaded = loadScheme(registry.scheme);
  if (!loaded.ok) return { kind: "schemeProblems", problems: loaded.problems };
  const scheme = loaded.scheme;

  const outcome = await host.run(async (context): Promise<RunOutcome | "retry"> => {
    progress({ stage: "read", fraction: 0 });
    const reads = queueBoundReads(context, registry);
    const region = queueRegionRead(context, registry.tables[SCORE_TABLE]);
    const bonusRegion = queueRegionRead(context, registry.tables[BONUS_TABLE]);
    try {
      await context.sync();
    } catch (error) {
      const broken = await brokenNames(context, registry);
      const lost = Object.entries(registry.bindings).filter(([, name]) => broken.has(name.toLowerCase()));
      if (lost.length > 0) return bindingsLost(lost.map(([key]) => key));
      // The 得分表 or 附加得分表 (or its sheet) was deleted: forget it and write a new one.
      const gone = [SCORE_TABLE, BONUS_TABLE].filter((id) => {
        const table = registry.tables[id];
        return table !== undefined && broken.has(table.name.toLowerCase());
      });
      for (const id of gone) delete registry.tables[id];
      if (gone.length > 0) return "retry";
      throw error;
    }

    progress({ stage: "evaluate", fraction: 0.3 });
    const collected = collectUnits(scheme, reads);
    // Every problem of the run at once: the reading's (a repeated unit, a unit below the binding) and the engine's
    // (“二十九”, 未填写).
    const evaluation: Evaluation = evaluate(scheme, collected.units);
    if (collected.problems.length > 0 || evaluation.errors.length > 0) {
      const located = locateInputErrors(evaluation, evaluation.errors, (e) => collected.locate(e));
      const problems = groupWorded([...collected.problems, ...located], cellKey);
      const { extendTo } = collected;
      return { kind: "inputErrors", problems, ...(extendTo !== undefined ? { extendTo } : {}) };
    }

    const { score: table, bonus } = resultSheets(
      evaluation,
      collected.units.map((u) => u.values),
    );
    const check = checkRegion(region, table.grid, SCORE_SHEET, options.overwrite === true);
    if (check.kind !== "ok") return check;
    const bonusCheck = bonus && checkRegion(bonusRegion, bonus.grid, BONUS_SHEET_NAME, options.overwrite === true);
    if (bonusCheck && bonusCheck.kind !== "ok") return bonusCheck;
    const budget = options.maxRequestBytes !== undefined ? { maxRequestBytes: options.maxRequestBytes } : {};
    const write = queueRegionWrite(context, region, check.place, table.grid, SCORE_MARKER, {
      comments: false,
      activate: true,
      ...budget,
    });
    const bonusWrite =
      bonus && bonusCheck?.kind === "ok"
        ? queueRegionWrite(context, bonusRegion, bonusCheck.place, bonus.grid, BONUS_TABLE_MARKER, {
            comments: false,
            ...budget,
          })
        : undefined;
    // Nobody claimed a bonus item this time: the 附加得分表 of an earlier run would list claims the 得分表 no longer
    // has. It goes with its sheet when untouched and alone there (as `jixiao score` removes it); edited, it stays.
    const staleBonus = bonus ? undefined : removableRegion(bonusRegion);
    // The 附加得分表's first part rides with the 得分表's last, so a run still takes two syncs.
    const parts = [...write.parts];
    if (staleBonus !== undefined) {
      const first = parts[0];
      parts[0] = () => {
        context.workbook.names.getItem(BONUS_TABLE_MARKER).delete();
        context.workbook.worksheets.getItem(staleBonus).delete();
        first?.();
      };
    }
    if (bonusWrite) {
      const last = parts.length - 1;
      const ownLast = parts[last];
      const bonusFirst = bonusWrite.parts[0];
      parts[last] = () => {
        ownLast?.();
        bonusFirst?.();
      };
      parts.push(...bonusWrite.parts.slice(1));
    }
    let written: Excel.Range | undefined;
    let bonusWritten: Excel.Range | undefined;
    progress({ stage: "write", fraction: 0.5 });
    await syncParts(
      context,
      parts,
      () => {
        written = write.readBack();
        bonusWritten = bonusWrite?.readBack();
      },
      (done, total) => progress({ stage: "write", fraction: 0.5 + (0.45 * done) / total }),
    );
    if (!written) throw new Error("bug: nothing read back");
    registry.tables[SCORE_TABLE] = recordOf(SCORE_MARKER, written, check.place.area);
    if (bonusWritten && bonusCheck?.kind === "ok") {
      registry.tables[BONUS_TABLE] = recordOf(BONUS_TABLE_MARKER, bonusWritten, bonusCheck.place.area);
    }
    if (staleBonus !== undefined) delete registry.tables[BONUS_TABLE];
    const differences = readBackDifferences(table.grid, check.place, check.place.sheet, written.values);
    progress({ stage: "done", fraction: 1 });
    return {
      kind: "written",
      result: {
        evaluation,
        order: table.rowUnits,
        units: collected.units,
        table: { sheet: check.place.sheet, address: localAddress(check.place.area) },
        ...(bonusCheck?.kind === "ok"
          ? { bonusTable: { sheet: bonusCheck.place.sheet, address: localAddress(bonusCheck.place.area) } }
          : {}),
        differences,
        warnings: collected.warnings,
        notUnits: collected.notUnits,
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
