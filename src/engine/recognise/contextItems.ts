/**
 * Items listed only in the row's context. “有一项不达要求扣1分” beside a 工作要求 “(1)岗位人员有必要的安全保护措施；(2)有
 * 安全警示牌；(3)…；(4)…” counts the four things the context enumerates; “每缺一个方面扣1分” beside “包含以下方面的…使用
 * 计划：1.…8.…” the eight 方面. The count term then carries them as its `items` (checklist.ts), read only where the
 * context holds exactly one closed list and the clause's one term counting missing or failed items refers to it.
 * Anything less certain is ignored: the term takes any count, as before.
 */
import type { RuleInput } from "../rules";
import type { TermParams } from "../rules/terms";
import { Segment, segments } from "./checklist";
import { normalise } from "./normalise";
import { OPEN_LIST } from "./statementTypes";

type CountTerm = Extract<TermParams, { kind: "count" }>;

/** ①…⑳, folded to (1)…(20) before the normal form drops them. */
const CIRCLED = /[\u2460-\u2473]/g;

function circled(text: string): string {
  return text.replace(CIRCLED, (c) => `(${c.charCodeAt(0) - 0x2460 + 1})`);
}

interface Enumeration {
  count: number;
  /** Where the first marker starts and the last item ends in the normal text. */
  from: number;
  to: number;
}

/** The markers of one form numbered 1, 2 … n in order, once; a single one is the row's own number, not a list. */
function run(markers: readonly RegExpMatchArray[]): { from: number; last: number; count: number } | "none" | undefined {
  if (markers.length < 2) return "none";
  if (markers.some((m, i) => Number(m[1]) !== i + 1)) return undefined;
  const first = markers[0] as RegExpMatchArray;
  const last = markers[markers.length - 1] as RegExpMatchArray;
  return { from: first.index ?? 0, last: last.index ?? 0, count: markers.length };
}

/**
 * The context's enumeration, (1)(2)(3) or 1.…2.…3. at the start of a sentence, the last item running to its 。 or ；
 * (or the end): undefined where there is none, "ambiguous" where there are two forms or the numbers restart.
 */
function enumeration(normal: string): Enumeration | undefined | "ambiguous" {
  const bracketed = run([...normal.matchAll(/\((\d{1,2})\)/g)]);
  const dotted = run([...normal.matchAll(/(?<=^|[。;:])(\d{1,2})[.、](?!\d)/g)]);
  if (bracketed === undefined || dotted === undefined) return "ambiguous";
  if (bracketed !== "none" && dotted !== "none") return "ambiguous";
  const found = bracketed !== "none" ? bracketed : dotted !== "none" ? dotted : undefined;
  if (!found) return undefined;
  const end = normal.slice(found.last).search(/[。;]/);
  return { count: found.count, from: found.from, to: end < 0 ? normal.length : found.last + end };
}

/** A number of items the context states: 以下四项, 三个方面, X、Y、Z三类. */
const STATED = /(\d+)(?:项|个方面|个环节|类|种)/g;

/**
 * How many items the context lists, or undefined: an enumeration with no 、-list outside it (“建立电气、仪表、机械设备台帐，
 * 维护、维修记录包括：(1)…(3)…” lists two things, the 台帐 and the records); or, without one, a single 、-list whose
 * number the context states (“X、Y和Z三项”): a bare 、-list may name kinds (“配备足够急诊急救器械、药品”) whose missing
 * items are counted one by one. A number stated beside an enumeration must agree with it. A list left open (等, 不限于)
 * gives none.
 */
export function contextListCount(context: string): number | undefined {
  const normal = normalise(circled(context));
  const listed = enumeration(normal);
  if (listed === "ambiguous") return undefined;
  const outside = listed ? normal.slice(0, listed.from) + normal.slice(listed.to) : normal;
  // 等 inside an enumerated item (“库存材料、设备、备件等库存记录”) opens the item, not the list.
  if (OPEN_LIST.test(outside)) return undefined;
  const pieces = outside.split(/[,;。:]/).filter((p) => p.includes("、"));
  const stated = [...normal.matchAll(STATED)].map((m) => Number(m[1]));
  if (new Set(stated).size > 1) return undefined;
  let count: number | undefined;
  if (listed) {
    if (pieces.length > 0) return undefined;
    count = listed.count;
  } else {
    const [piece] = pieces;
    if (pieces.length !== 1 || piece === undefined || stated.length === 0) return undefined;
    const parts = piece.replace(STATED, "").split("、");
    const last = (parts.pop() as string).split(/和|及|与|或/);
    count = [...parts, ...last].filter((e) => e !== "").length;
  }
  if (stated.some((n) => n !== count)) return undefined;
  return count >= 2 ? count : undefined;
}

/**
 * What a segment counts where it counts missing or failed items of a list it does not name itself: 项 for “缺少一项扣1
 * 分”, “每缺一项”, “有一项不达要求”; 个 for “每缺一个方面” (the noun, 方面, must then be the context's: “以下方面”).
 * Not “未按计划实施的，每一项” (each item of what?), nor a segment with its own list (、).
 */
function listUnit(segment: string, context: string): "项" | "个" | undefined {
  if (/、/.test(segment)) return undefined;
  if (/(?:缺少?|缺失|漏|少)了?1项|(?:有|每)?1项(?:不|未|没有)/.test(segment)) return "项";
  const noun = /(?:缺少?|缺失|漏|少)了?1个([\u4e00-\u9fa5]{2})/.exec(segment)?.[1];
  return noun !== undefined && normalise(context).includes(`以下${noun}`) ? "个" : undefined;
}

/**
 * Whether the segment can only mean the context's list: nothing before it in the clause but whole statements (a list of
 * requirements without points, “填写项目齐全，内容规范，书写字迹工整清晰，有一项不符合扣1分”, is the clause's own), and
 * at most a condition (“计划内容缺失的，”) before its count.
 */
function standsAlone(normal: string, segment: Segment): boolean {
  const bare = (t: string) => t.replace(/[,;。:\n]/g, "");
  const before = normal.slice(0, segment.at);
  if (
    bare(before) !==
    segments(before)
      .map((s) => bare(s.text))
      .join("")
  )
    return false;
  const pieces = segment.text.split(",");
  return pieces.length === 1 || (pieces.length === 2 && (pieces[0] as string).endsWith("的"));
}

/**
 * The rule with `items` on its one count term whose missing or failed items the context lists (see above); the rule
 * unchanged where the context lists none for certain, or where no segment of the clause, or more than one, refers to
 * a list, or the term it belongs to cannot be told.
 */
export function withContextItems(rule: RuleInput, text: string, context: string | undefined): RuleInput {
  if (context === undefined) return rule;
  if (rule.kind !== "perCaseDeduction" && rule.kind !== "perCaseAward" && rule.kind !== "penalty") return rule;
  const normal = normalise(circled(text));
  // A clause with its own enumeration lists its own items (checklist.ts).
  if (/\(\d{1,2}\)/.test(normal)) return rule;
  const referring = segments(normal).flatMap((s) => {
    const unit = listUnit(s.text, context);
    return unit === undefined ? [] : [{ segment: s, unit }];
  });
  const [only] = referring;
  if (only === undefined || referring.length !== 1 || !standsAlone(normal, only.segment)) return rule;
  const terms = rule.terms as TermParams[];
  const counts = terms.flatMap((t, i) => (t.kind === "count" && (t.unit ?? "例") === only.unit ? [i] : []));
  // The term of that segment: the one whose label the segment holds, or the rule's only term.
  const named = counts.filter((i) => {
    const label = (terms[i] as CountTerm).label.replace(/（缺少的.+数）$/, "");
    return label.length >= 2 && only.segment.text.replace(/[,:;。、]/g, "").includes(label);
  });
  const at = named.length === 1 ? named[0] : terms.length === 1 && counts.length === 1 ? counts[0] : undefined;
  if (at === undefined || (terms[at] as CountTerm).items !== undefined) return rule;
  const count = contextListCount(context);
  if (count === undefined) return rule;
  const out = terms.map((t, i) => (i === at ? { ...(t as CountTerm), items: count } : t));
  return { ...rule, terms: out } as RuleInput;
}
