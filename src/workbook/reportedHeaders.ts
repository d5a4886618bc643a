/**
 * Automatic binding of reported scores (复核): which header cells name a score a sheet reports rather than an input.
 * "总分" (or 合计) is the total; a header naming an indicator with children, a block or a part ("A1", "A1 项目立项",
 * "基础评价" where it is not an input) is that node's reported subtotal; a leaf's reported score needs a word saying
 * so after it ("D12得分", "D12 上级考核情况 得分", "上级考核情况（报送）"), since "D12" alone is its input. A header that
 * names an input exactly stays an input.
 */
import { InputColumn, inputColumns, normalizeText, Scheme, SchemeNode, TOTAL } from "../engine";
import { matchHeaders } from "./headers";

export interface ReportedHeaderMatch {
  /** Position of the header cell in the row. */
  index: number;
  header: string;
  /** Node id, or "total". */
  id: string;
  /** The node's name as the scheme writes it ("总分" for the total). */
  name: string;
}

export interface ReportedHeaderSplit {
  /** The headers with those naming reported scores blanked, for `matchHeaders`. */
  inputHeaders: unknown[];
  reported: ReportedHeaderMatch[];
  /** Reported scores named by more than one header: none of those headers is used. */
  conflicts: { id: string; indexes: number[] }[];
}

const TOTAL_WORDS = new Set(["总分", "合计", "总计", "total"]);
const SCORE_WORD = /^(.*?)[\s:：]*(?:报送得分|得分|分数|[(（]报送[)）]|报送)$/u;

function norm(text: string): string {
  return normalizeText(text).toLowerCase();
}

/** The node a text names: by id, by "id name", or by a name only one node has. */
function nodeNamed(scheme: Scheme, core: string): SchemeNode | undefined {
  const byId = new Map([...scheme.nodes.values()].map((n) => [norm(n.id), n]));
  const direct = byId.get(core) ?? [...scheme.nodes.values()].find((n) => norm(`${n.id}${n.name}`) === core);
  if (direct) return direct;
  const named = [...scheme.nodes.values()].filter((n) => norm(n.name) === core);
  return named.length === 1 ? named[0] : undefined;
}

function isExactInput(columns: readonly InputColumn[], header: string): boolean {
  const m = matchHeaders(columns, [header]).matches[0];
  return m !== undefined && m.by !== "id-prefix";
}

export function splitReportedHeaders(scheme: Scheme, headers: readonly unknown[]): ReportedHeaderSplit {
  const columns = inputColumns(scheme);
  const found: ReportedHeaderMatch[] = [];
  headers.forEach((raw, index) => {
    if (typeof raw !== "string" || raw.trim() === "" || isExactInput(columns, raw)) return;
    const text = norm(raw);
    if (TOTAL_WORDS.has(text)) {
      found.push({ index, header: raw, id: TOTAL, name: "总分" });
      return;
    }
    const suffixed = SCORE_WORD.exec(text);
    const core = suffixed?.[1] ?? text;
    if (core === "") return;
    if (suffixed && TOTAL_WORDS.has(core)) {
      found.push({ index, header: raw, id: TOTAL, name: "总分" });
      return;
    }
    const node = nodeNamed(scheme, core);
    // A leaf's bare id or name is its input; only a word after it makes the column its reported score.
    if (!node || (node.rule && !suffixed)) return;
    found.push({ index, header: raw, id: node.id, name: node.name });
  });
  const byId = new Map<string, ReportedHeaderMatch[]>();
  for (const m of found) byId.set(m.id, [...(byId.get(m.id) ?? []), m]);
  const conflicts = [...byId.entries()]
    .filter(([, ms]) => ms.length > 1)
    .map(([id, ms]) => ({ id, indexes: ms.map((m) => m.index) }));
  const conflicted = new Set(conflicts.map((c) => c.id));
  const taken = new Set(found.map((m) => m.index));
  return {
    inputHeaders: headers.map((h, i) => (taken.has(i) ? null : h)),
    reported: found.filter((m) => !conflicted.has(m.id)),
    conflicts,
  };
}
