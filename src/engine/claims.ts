/**
 * The items a unit claims for a bonus (附加评价 of [000] 附件2), as a clerk types them in one cell: either bare points
 * ("1、0.5", "1,0.5", "1+0.5") or items with their descriptions ("承接市级调研任务0.5分；区级表彰1分", and the tool's own
 * 附加得分表 text "1、承接市级调研任务。得0.5分"). The grammar is written down in docs/ids-and-inputs.md.
 */
import { isBlank, normalizeText, parseNumber, splitList } from "./cell";
import { Decimal } from "./decimal";
import { fail, ok, Parsed } from "./result";
import { isPlainObject } from "./rules/parts";

/** One item claimed: its description when the clerk wrote one, and its points. */
export interface Claim {
  item?: string;
  points: Decimal;
}

/** Separators of a list of bare points (today's grammar, kept). */
const BARE_SEPARATORS = /[、,，;；+＋\n\r]+/;
/** A bare point value: "0.5", "0.5分", full-width or spaced. */
const BARE_POINTS = /^[+-]?(\d+(\.\d*)?|\.\d+)分?$/;

/** A leading ordinal labels an item and is never points: "1、", "1.", "（1）", "①", "一、". */
const ORDINAL =
  /^\s*(?:[0-9０-９]+\s*(?:、|[.．](?![0-9０-９]))|[（(]\s*[0-9０-９]+\s*[)）]|[①-⑳]|[一二三四五六七八九十]+\s*、)\s*/u;
/** The ordinal that starts the next item, right after an item's points: "①", "（2）". */
const NEXT_ORDINAL = /[①-⑳]|[（(]\s*[0-9０-９]+\s*[)）]/y;
/** A description that starts with bare points, as in "0.5、区级表彰1分". */
const LEADING_BARE = /^[+-]?(\d+(\.\d*)?|\.\d+)分?\s*[、,，+＋]/;

// The scans below go character by character, never backtracking: a cell holds up to 32,767 characters of anything.
const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && /[0-9０-９]/.test(ch);
const PUNCTUATION = new Set([..."。.；;，,、：:"]);

/** `text` without the punctuation and spaces at its end ("承接市级调研任务。" → "承接市级调研任务"). */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (isSpace(text[end - 1]) || PUNCTUATION.has(text[end - 1] as string))) end--;
  return text.slice(0, end);
}

/** The points an item ends with ("0.5分", "得0.5分", "加 0.5 分") and the description before them. */
function endingPoints(piece: string): { description: string; number: string } | undefined {
  let i = piece.length;
  while (i > 0 && isSpace(piece[i - 1])) i--;
  if (piece[i - 1] !== "分") return undefined;
  i--;
  while (i > 0 && isSpace(piece[i - 1])) i--;
  const numberEnd = i;
  while (i > 0 && isDigit(piece[i - 1])) i--;
  if (i === numberEnd) return undefined;
  if (i > 1 && (piece[i - 1] === "." || piece[i - 1] === "．") && isDigit(piece[i - 2])) {
    i--;
    while (i > 0 && isDigit(piece[i - 1])) i--;
  }
  if (i > 0 && "+-−－".includes(piece[i - 1] as string)) i--;
  const numberStart = i;
  while (i > 0 && isSpace(piece[i - 1])) i--;
  if (i > 0 && (piece[i - 1] === "得" || piece[i - 1] === "加")) i--;
  return { description: trimEnd(piece.slice(0, i)), number: piece.slice(numberStart, numberEnd) };
}

/** The line the 附加得分表 adds under claims above the cap ("（申报合计6分，附加评价最高5分）"): not an item. */
function isCapNote(line: string): boolean {
  const t = line.trim();
  return /^[（(]申报合计/.test(t) && /[)）]$/.test(t) && t.includes("最高");
}

/**
 * The pieces of a cell of described items. Items end at ；; 。 or a line break; and after an item's points at a
 * comma or 、 ("任务0.5分，区级表彰1分"), which clerks type between items as often, or at the next item's ordinal
 * ("①任务0.5分②区级表彰1分").
 */
function itemPieces(text: string): string[] {
  const pieces: string[] = [];
  const lines = text.split("\n").filter((line) => !isCapNote(line));
  for (const part of lines.join("\n").split(/[；;。\n\r]+/)) {
    let start = 0;
    for (let at = part.indexOf("分"); at !== -1; at = part.indexOf("分", at + 1)) {
      let before = at;
      while (before > start && isSpace(part[before - 1])) before--;
      if (before <= start || !isDigit(part[before - 1])) continue;
      let next = at + 1;
      while (next < part.length && isSpace(part[next])) next++;
      NEXT_ORDINAL.lastIndex = next;
      if ("，,、".includes(part[next] ?? "x")) {
        pieces.push(part.slice(start, at + 1));
        start = next + 1;
      } else if (NEXT_ORDINAL.test(part)) {
        pieces.push(part.slice(start, at + 1));
        start = next;
      }
    }
    pieces.push(part.slice(start));
  }
  return pieces;
}

const HOW = "可只写分值（如 1、0.5），或每项写内容和分值（如 承接市级调研任务0.5分；区级表彰1分），不可混写";

function at(index: number): string {
  return String(index + 1);
}

function mixed(piece: string, index: number): Parsed<never> {
  return fail(
    "mixed-claims",
    `第${index + 1}项“${piece}”只有分值、没有内容：${HOW}`,
    `item ${index + 1} “${piece}” has points but no description: write points only (1、0.5) or every item with its description and points (区级表彰1分；市级调研0.5分), not both`,
    at(index),
  );
}

/** An item's points: a number, zero or more, exact. */
function points(raw: unknown, index: number): Parsed<Decimal> {
  const n = parseNumber(typeof raw === "string" ? normalizeText(raw).replace(/^[−－]/, "-") : raw);
  if (!n.ok) return { ok: false, error: { ...n.error, part: at(index) } };
  if (n.value.isNegative()) {
    return fail("negative", `第${index + 1}项分值不能为负数`, `item ${index + 1} cannot be negative`, at(index));
  }
  return n;
}

/** Bare points, one per piece: "1、1.2、0.8、2". */
function bareClaims(pieces: readonly string[]): Parsed<Claim[]> {
  const claims: Claim[] = [];
  for (const [i, piece] of pieces.entries()) {
    const n = points(piece.replace(/分$/, ""), i);
    if (!n.ok) return n;
    claims.push({ points: n.value });
  }
  return ok(claims);
}

/**
 * Described items: each piece between breaks is "description + points", or a description whose points follow as a
 * piece of their own ("承接市级调研任务。得0.5分", as the 附加得分表 writes it).
 */
function describedClaims(text: string): Parsed<Claim[]> {
  const claims: Claim[] = [];
  /** A description still waiting for its points. */
  let pending: string | undefined;
  for (const raw of itemPieces(text)) {
    const trimmed = raw.trim();
    if (trimmed === "") continue;
    const labelled = ORDINAL.test(trimmed);
    const piece = trimmed.replace(ORDINAL, "");
    if (piece === "") continue;
    const index = claims.length;
    const ending = endingPoints(piece);
    if (ending && ending.description === "" && pending !== undefined && !labelled) {
      // "……。得0.5分": the points of the description before them.
      const n = points(ending.number, index);
      if (!n.ok) return n;
      claims.push({ item: pending, points: n.value });
      pending = undefined;
      continue;
    }
    if (pending !== undefined) return withoutPoints(pending, index);
    if (BARE_POINTS.test(normalizeText(piece)) || ending?.description === "") return mixed(piece, index);
    if (LEADING_BARE.test(normalizeText(piece))) return mixed(piece.split(/[、,，+＋]/)[0] as string, index);
    if (!ending) {
      pending = trimEnd(piece);
      continue;
    }
    const n = points(ending.number, index);
    if (!n.ok) return n;
    claims.push({ item: ending.description, points: n.value });
  }
  if (pending !== undefined) return withoutPoints(pending, claims.length);
  return ok(claims);
}

function withoutPoints(description: string, index: number): Parsed<never> {
  return fail(
    "claim-without-points",
    `“${description}” 不是数值，也没有写分值：${HOW}`,
    `“${description}” is not a number and has no points: write points only (1、0.5) or every item with its description and points (区级表彰1分；市级调研0.5分)`,
    at(index),
  );
}

/** The items claimed in a cell's text: bare points when every piece is a number, otherwise described items. */
export function parseClaimText(text: string): Parsed<Claim[]> {
  const whole = parseNumber(text);
  if (!whole.ok && whole.error.code === "excel-error") return whole;
  const pieces = splitList(text, BARE_SEPARATORS);
  if (pieces.every((p) => BARE_POINTS.test(p))) return bareClaims(pieces);
  return describedClaims(text);
}

/**
 * What a bonus leaf of claimed items reads: a cell's text (parseClaimText), a number for one item, or from a JSON
 * file a list of points or of {"item": "…", "points": 0.5}.
 */
export function parseClaims(raw: unknown): Parsed<Claim[]> {
  if (typeof raw === "string") return parseClaimText(raw);
  const list = Array.isArray(raw) ? raw : [raw];
  const claims: Claim[] = [];
  for (const [i, value] of list.entries()) {
    if (isBlank(value)) continue;
    const record = isPlainObject(value) ? value : undefined;
    const n = points(record ? record.points : value, i);
    if (!n.ok) return n;
    const item = typeof record?.item === "string" ? record.item : undefined;
    claims.push(item === undefined ? { points: n.value } : { item, points: n.value });
  }
  return ok(claims);
}
