/**
 * Items a clause lists. "①…；②…。符合所有条件，得满分；一项不符合，扣除权重分的50%，扣完为止" [004 A11]: the items the
 * clause enumerates, and what one failed item costs, read only when the whole clause is the list and that sentence,
 * nothing else. "三项政策，未贯彻落实每项扣1分" [003 1.3]: a count term's `items`, the most it can count
 * (`withListedItems`).
 */
import { dec, HUNDRED } from "../decimal";
import type { RuleInput } from "../rules";
import type { TermParams } from "../rules/terms";
import { normalise } from "./normalise";
import { NUM } from "./statements";

const MARKERS = /[\u2460-\u2473]/;
const RULE = new RegExp(
  `^(?:符合所有条件|全部符合|均符合|以上全部符合|以上均符合)(?:的)?,?(?:得满分|得100%(?:的)?权重分);` +
    `(?:每有|有)?(?:1|每)项(?:不符合|不满足|未达到|未做到)(?:的)?,?扣(?:除)?(?:该项)?(?:权重分的(${NUM})%|(${NUM})%(?:的)?权重分|(${NUM})分)` +
    `(?:,扣完为止)?[。;]?$`,
);

export function readChecklist(text: string): RuleInput | undefined {
  if (!MARKERS.test(text)) return undefined;
  const pieces = text.split(MARKERS);
  if ((pieces[0] ?? "").trim() !== "") return undefined;
  const items = pieces.slice(1).map((p) => p.trim());
  const last = items.pop();
  if (last === undefined) return undefined;
  // The last item runs to its 。 (or its ； where the scoring sentence follows at once); what follows is the scoring
  // sentence.
  const opens = /[。；;]\s*(?=符合所有条件|全部符合|均符合|以上全部符合|以上均符合)/.exec(last);
  const end = opens ? opens.index : last.indexOf("。");
  if (end < 0) return undefined;
  items.push(last.slice(0, end));
  const tail = normalise(last.slice(end + 1));
  const m = RULE.exec(tail);
  if (!m) return undefined;
  const list = items.map((i) => i.replace(/[；;。，,\s]+$/, "")).filter((i) => i !== "");
  if (list.length !== items.length || list.length === 0) return undefined;
  const per =
    m[1] !== undefined || m[2] !== undefined
      ? {
          share: dec((m[1] ?? m[2]) as string)
            .dividedBy(HUNDRED)
            .toNumber(),
        }
      : { points: dec(m[3] as string).toNumber() };
  return { kind: "checklist", items: list, per };
}

// ---------------------------------------------------------------------------------------------------------------
// Listed items: what a count term counts is one of the items the clause names

type CountTerm = Extract<TermParams, { kind: "count" }>;

/**
 * The measure words an item count is written in (三项政策, 两个方面); 户、人 count people, and 条、件、份 are more often
 * quantities (上报信息6条) than lists.
 */
const LISTING = /(\d+)(项|个|类|种)(?!工作日|月|%|(?:及|或)?(?:以上|以下|以内|之内))/g;
/** What makes a number a bound, a step or a quantity done, not a count of listed items (少于3项, 每3项, 完成3项). */
const NOT_LISTING = /(?:少于|不少于|不足|不满|低于|超过|多于|达到|至少|未达到|完成|每|第|近|前|后|≥|≤|>|<)$/;
const RESULT = /\d+(?:\.\d+)?分|不得分|满分|扣完为止/;
/** Documents a unit submits or adopts once: a list of them (“年审报告、…、年终工作总结未上报的，每例扣0.5分”) bounds the count. */
const DOCUMENT = /(?:报告|总结|自评价|自评|计划|方案|规划|制度|办法|预案|细则)$/;
/** Documents of a period (月报告, 季度总结) come more than once a year. */
const PERIODIC = /月|季|周|旬|日|期|次|批/;
const ABSENT_VERB = "(?:上报|报送|提交|制定|编制|建立|印发|出台|落实)";

export interface Segment {
  /** Where the segment starts in the normal text. */
  at: number;
  text: string;
}

/** Sentences split on 。；：, pieces on ，; a piece without a result waits for the next, as the statements are read. */
export function segments(normal: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  let pending: Segment | undefined;
  for (const [i, ch] of [...normal, "。"].entries()) {
    if (!/[。;:\n,]/.test(ch)) continue;
    const piece = normal.slice(start, i);
    const joined: Segment = pending
      ? { at: pending.at, text: normal.slice(pending.at, i) }
      : { at: start, text: piece };
    if (RESULT.test(piece)) {
      out.push(joined);
      pending = undefined;
    } else pending = ch === "," ? joined : undefined;
    start = i + 1;
  }
  return out;
}

/** The items of a closed list (X、Y和Z): undefined where it is open (等) or not a list. */
function listItems(list: string): string[] | undefined {
  if (/等/.test(list) || !/、/.test(list)) return undefined;
  const parts = list.split("、");
  const last = (parts.pop() as string).split(/和|及|与|或/);
  const items = [...parts, ...last].map((p) => p.trim());
  return items.every((i) => /^[\u4e00-\u9fa5()]{2,30}$/.test(i)) ? items : undefined;
}

/** The number of items a count term's own words list before its 每, or undefined where they list none for certain. */
function itemsOfHead(head: string, unit: string): number | undefined {
  const found: number[] = [];
  // 三项政策, 以下三个方面: an explicit number of items in the term's own unit.
  const numbers = [...head.matchAll(LISTING)].filter(
    (m) => !NOT_LISTING.test(head.slice(0, m.index)) && !/\.\d*$/.test(head.slice(0, m.index)),
  );
  if (numbers.length > 1) return undefined;
  const [number] = numbers;
  if (number) {
    if (number[2] !== unit) return undefined;
    const n = Number(number[1]);
    // X、Y、Z三项: the list and the number must agree.
    const list = /([^,;。]*)$/.exec(head.slice(0, number.index))?.[1] ?? "";
    const named = listItems(list);
    if (named !== undefined && named.length !== n) return undefined;
    found.push(n);
  }
  // 无X、Y和Z的 / X、Y、Z未上报的: the term counts the listed things that are missing.
  const body = head.replace(/(?:的)?,?$/, "");
  const absent =
    new RegExp(`^(?:无|没有|缺少?|未${ABSENT_VERB})(.+)$`).exec(body) ??
    new RegExp(`^(.+?)(?:未|没有|不)(?:按时|按要求|及时)?${ABSENT_VERB}(?:到位)?$`).exec(body);
  const named = absent ? listItems(absent[1] as string) : undefined;
  if (named !== undefined) {
    const documents = named.every((i) => DOCUMENT.test(i) && !PERIODIC.test(i));
    // Per item (每项) each listed thing is one; per case (每例) only where each is a document submitted once.
    if (unit === "项" || (unit === "例" && documents)) found.push(named.length);
  }
  const n = found[0];
  return n !== undefined && n >= 2 && found.every((f) => f === n) ? n : undefined;
}

/** ①…②…③ (or (1)…(2)…(3)) before the term's 每, the items scoring nothing themselves: how many are enumerated. */
function enumerated(region: string): number | undefined {
  const markers = [...region.matchAll(/\((\d{1,2})\)/g)];
  const last = markers[markers.length - 1];
  if (!last || markers.length < 2 || markers.some((m, i) => Number(m[1]) !== i + 1)) return undefined;
  // The items run to the end of the last one's sentence; a restatement after it (“满足全部三项条件，得满分”) scores none.
  const end = region.slice(last.index).search(/[。;]/);
  const items = region.slice(markers[0]?.index, end < 0 ? undefined : (last.index ?? 0) + end);
  return RESULT.test(items) ? undefined : markers.length;
}

/**
 * The rule with `items` on each count term whose clause lists what it counts: “三项政策，未贯彻落实每项扣1分” (3), “无
 * 工作计划、半年度总结和年度总结的，每一项扣1分” (3), “年审报告、救助工作绩效自评价、年终工作总结未上报的，每例扣0.5分”
 * (3 documents), or items enumerated ①②③ before “每项扣…”. A count above it is then an error, not a deduction beyond
 * what the clause lists. Where the words leave it open (a list closed by 等, two numbers, a number that bounds), no
 * `items` is set: the draft then takes any count, as before.
 */
export function withListedItems(rule: RuleInput, text: string): RuleInput {
  if (rule.kind !== "perCaseDeduction" && rule.kind !== "perCaseAward" && rule.kind !== "penalty") return rule;
  const normal = normalise(text.replace(/[\u2460-\u2473]/g, (c) => `(${c.charCodeAt(0) - 0x2460 + 1})`));
  const parts = segments(normal);
  const terms = rule.terms as TermParams[];
  const perItem = terms.filter((t) => t.kind === "count" && (t.unit ?? "例") === "项").length;
  let changed = false;
  const out = terms.map((term): TermParams => {
    if (term.kind !== "count" || term.items !== undefined) return term;
    const label = term.label.replace(/（缺少的.+数）$/, "");
    const holding = parts.filter((s) => s.text.replace(/[,:;。、]/g, "").includes(label));
    if (label.length < 2 || holding.length !== 1) return term;
    const segment = holding[0] as Segment;
    const at = segment.text.indexOf("每");
    if (at < 0) return term;
    const unit = term.unit ?? "例";
    const fromHead = itemsOfHead(segment.text.slice(0, at), unit);
    const fromList = unit === "项" && perItem === 1 ? enumerated(normal.slice(0, segment.at + at)) : undefined;
    const items = fromHead ?? fromList;
    if (items === undefined || (fromHead !== undefined && fromList !== undefined && fromHead !== fromList)) return term;
    changed = true;
    return { ...(term as CountTerm), items };
  });
  return changed ? ({ ...rule, terms: out } as RuleInput) : rule;
}
