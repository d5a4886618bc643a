/**
 * "被苏州市局以上部门通报表彰的创新项目，部、省、市分别按每例1.5分、1分、0.5分奖励，同一项目依最高分统计。总分不超过
 * 3分" [003]: per project the highest award it received, summed, capped. The input lists projects, each with the
 * levels it was recognised at: [["省","市"],["部"]], or in a cell "省,市;部" (projects split by ";", levels by ",").
 */
import { z } from "zod";
import { normalizeText, splitList } from "../cell";
import { Decimal, dec, maxDec, minDec, sum, ZERO } from "../decimal";
import { fail, ok, Parsed } from "../result";
import { defineFamily } from "./family";
import { CAP, ROW_NAME, ROW_POINTS } from "./columns";
import { joinClauses, points, scoreClause } from "./words";

const params = z.strictObject({
  kind: z.literal("highestPerProject"),
  awards: z.array(z.strictObject({ level: z.string().min(1), points: z.number().positive() })).min(1),
  /** Defaults to the leaf's points. */
  cap: z.number().positive().optional(),
});

const PROJECT_SEPARATORS = /[;；\n]+/;
const LEVEL_SEPARATORS = /[,，、]+/;

export const highestPerProject = defineFamily<z.output<typeof params>, string[][], z.input<typeof params>>({
  kind: "highestPerProject",
  title: "同一项目依最高分",
  sheet: {
    awards: {
      type: "rows",
      kind: { zh: "表彰级别", en: "award level", fields: { level: ROW_NAME, points: ROW_POINTS } },
    },
    cap: CAP,
  },
  usableIn: ["base", "bonus"],
  params,
  compile(rule, leaf) {
    const award = new Map(rule.awards.map((a) => [normalizeText(a.level), dec(a.points)]));
    const names = rule.awards.map((a) => a.level).join("、");
    const cap = rule.cap === undefined ? leaf.points : dec(rule.cap);
    const best = (levels: string[]): Decimal => levels.reduce((m, l) => maxDec(m, award.get(l) ?? ZERO), ZERO);
    const total = (projects: string[][]) => sum(projects.map(best));

    function parse(raw: unknown): Parsed<string[][]> {
      let projects: unknown[];
      if (Array.isArray(raw)) projects = raw;
      else if (typeof raw === "string") projects = splitList(raw, PROJECT_SEPARATORS);
      else
        return fail("not-projects", `应列出各项目获得的表彰级别（${names}）`, `list each project's levels (${names})`);
      const out: string[][] = [];
      for (let i = 0; i < projects.length; i++) {
        const p = projects[i];
        const levels = Array.isArray(p)
          ? p.map((l) => (typeof l === "string" ? normalizeText(l) : ""))
          : typeof p === "string"
            ? splitList(p, LEVEL_SEPARATORS)
            : [];
        const unknown = levels.find((l) => !award.has(l));
        if (unknown !== undefined || levels.length === 0) {
          return fail(
            "unknown-level",
            `第${i + 1}个项目的级别“${unknown ?? ""}”不是可选级别：${names}`,
            `project ${i + 1}: “${unknown ?? ""}” is not one of ${names}`,
            String(i + 1),
          );
        }
        out.push(levels);
      }
      return ok(out);
    }

    return {
      slots: [{ key: "", label: `${leaf.name}（各项目表彰级别，项目间以“;”分隔）`, kind: "projects" }],
      parse,
      evaluate: (projects) => minDec(cap, total(projects)),
      explain(projects, score) {
        if (projects.length === 0) return `无表彰项目，${scoreClause(score)}`;
        const each = projects.map((levels, i) => `项目${i + 1}（${levels.join("、")}）按最高计${points(best(levels))}`);
        const raw = total(projects);
        const capped = raw.greaterThan(cap) ? `总分不超过${points(cap)}` : "";
        return joinClauses([...each, `合计${points(raw)}`, capped, scoreClause(score)]);
      },
      describe: () =>
        `${rule.awards.map((a) => `${a.level}${points(dec(a.points))}`).join("、")}，同一项目依最高分统计，总分不超过${points(cap)}`,
    };
  },
});
