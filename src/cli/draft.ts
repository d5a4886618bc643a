/**
 * `jixiao scheme draft --text <评分标准> --points <分值> [--context <文字>]`: the recogniser's draft of one clause (or
 * why it declined), reading a target the clause relies on from --context (the row's 工作要求),
 * its boundary examples, and the score of each `--probe` under the drafted rule. With `--sheet <in.xlsx> --out
 * <out.xlsx>` instead, every row of an 指标体系 workbook whose rule is empty is drafted (draftSheet.ts).
 */
import type { Command } from "commander";
import { probe, recognise, Recognition, SchemePart } from "../engine";
import type { Drafter } from "../workbook";
import type { Output } from "./commands";
import { draftSheetCommand } from "./draftSheet";
import { UserError } from "./io";

export interface DraftOptions {
  text?: string;
  points?: string;
  context?: string;
  sheet?: string;
  out?: string;
  part?: string;
  probe?: string[];
  json?: boolean;
}

const PARTS: readonly SchemePart[] = ["base", "bonus", "penalty"];
const STATUS: Record<Recognition["status"], string> = { draft: "草稿", partial: "部分草稿", manual: "人工" };

/** A probe as typed: a JSON value if it parses as one (3, {"1":1}), else the text itself (85%, 是). */
export function probeValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

/** One clause (--text, --points) or a whole workbook (--sheet, --out): never both, never half of either. */
async function draftAction(options: DraftOptions, io: Output, drafter: Drafter): Promise<void> {
  const clause = options.text !== undefined || options.points !== undefined;
  const sheet = options.sheet !== undefined || options.out !== undefined;
  if (clause && sheet)
    throw new UserError("--text/--points 起草一条评分标准，--sheet/--out 起草整个工作簿：请只用其中一组");
  if (sheet) {
    if (options.sheet === undefined || options.out === undefined) {
      throw new UserError("起草工作簿需要同时给出 --sheet <in.xlsx> 和 --out <out.xlsx>");
    }
    if (options.probe !== undefined || options.part !== undefined || options.context !== undefined || options.json) {
      throw new UserError("--part、--context、--probe 和 --json 只用于 --text 起草一条评分标准");
    }
    await draftSheetCommand({ sheet: options.sheet, out: options.out }, io, drafter);
    return;
  }
  if (options.text === undefined || options.points === undefined) {
    throw new UserError("请给出 --text <评分标准> 和 --points <分值>，或 --sheet <in.xlsx> --out <out.xlsx>");
  }
  draftCommand({ ...options, text: options.text, points: options.points }, io);
}

export function draftCommand(options: DraftOptions & { text: string; points: string }, io: Output): void {
  const part = (options.part ?? "base") as SchemePart;
  if (!PARTS.includes(part)) throw new UserError(`--part 应为 base、bonus 或 penalty，而不是“${options.part}”`);
  if (!/^\d+(\.\d+)?$/.test(options.points.trim())) {
    throw new UserError(`--points 应为不小于 0 的分值，而不是“${options.points}”`);
  }
  const points = options.points.trim();
  const result = recognise(
    options.text,
    points,
    part,
    options.context === undefined ? {} : { context: options.context },
  );
  const scores = (options.probe ?? []).map((text) => {
    const input = probeValue(text);
    return { input, ...probe(result, input, points, part) };
  });
  if (options.json) {
    io.out(
      JSON.stringify(
        {
          status: result.status,
          rule: result.status === "draft" ? result.rule : result.status === "partial" ? (result.rule ?? null) : null,
          ...(result.status === "partial" ? { parts: result.parts } : {}),
          ...(result.status !== "draft" ? { reason: result.reason } : {}),
          sentence: result.status === "manual" ? "" : result.sentence,
          examples: result.status === "manual" ? [] : result.examples,
          scores,
        },
        null,
        2,
      ),
    );
    return;
  }
  const lines = [`状态：${STATUS[result.status]}`];
  if (result.status === "manual") lines.push(`原因：${result.reason}`);
  else {
    if (result.status === "draft") lines.push(`规则：${JSON.stringify(result.rule)}`);
    else {
      for (const p of result.parts) {
        lines.push(
          p.status === "draft"
            ? `可计算部分（${p.points}分）：${JSON.stringify(p.rule)}`
            : `人工部分（${p.points}分）：${p.reason ?? ""}`,
        );
      }
      if (result.rule !== undefined) lines.push(`整项规则（人工部分为人工评定条款）：${JSON.stringify(result.rule)}`);
    }
    lines.push(`规则说明：${result.sentence}`, "边界示例：");
    for (const e of result.examples) lines.push(`  ${show(e.input)} → ${e.score}（${e.note}）`);
  }
  if (scores.length > 0) {
    lines.push("试算：");
    for (const s of scores) lines.push(`  ${show(s.input)} → ${"score" in s ? s.score : `无法计分：${s.error}`}`);
  }
  io.out(lines.join("\n"));
}

export function registerDraft(scheme: Command, io: Output, drafter: Drafter): void {
  scheme
    .command("draft")
    .description("按评分标准起草规则：给出草稿及边界示例，需要判断或表述不明时说明原因")
    .option("--text <评分标准>", "评分标准原文")
    .option("--points <分值>", "该项分值")
    .option("--sheet <in.xlsx>", "指标体系工作簿：起草其中规则为空的各行（不修改此文件）")
    .option("--out <out.xlsx>", "输出工作簿（不覆盖已有文件）")
    .option("--context <文字>", "同一行其他栏中该条款所依据的文字（如工作要求“一年不少于4次”）")
    .option("--part <base|bonus|penalty>", "所属部分：base 基本指标（默认）、bonus 加分项、penalty 扣分项")
    .option("--probe <value>", '试算的输入（JSON 或文本，如 3、85%、是、{"1":1}）；可重复', collect)
    .option("--json", "以 JSON 输出")
    .action((options: DraftOptions) => draftAction(options, io, drafter));
}
