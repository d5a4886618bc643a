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

const DIGITS = "[0-9０-９]+(?:[.．][0-9０-９]+)?";
/**
 * Where one described item ends and the next begins: at ；; 。 or a line break; and after an item's points, at a
 * comma or 、 ("任务0.5分，区级表彰1分"), which clerks type between items as often, or at the next item's ordinal
 * ("①任务0.5分②区级表彰1分").
 */
const ITEM_BREAK = new RegExp(
  `[；;。\\n\\r]+|(?<=${DIGITS}\\s*分)\\s*(?:[，,、]|(?=[①-⑳]|[（(]\\s*[0-9０-９]+\\s*[)）]))`,
  "u",
);
/** An item's points at its end: "0.5分", "得0.5分", "加 0.5 分", with the description before them. */
const ENDS_IN_POINTS = new RegExp(`^(.*?)\\s*(?:得|加)?\\s*([+\\-−－]?${DIGITS})\\s*分\\s*$`, "su");
/** A leading ordinal labels an item and is never points: "1、", "1.", "（1）", "①", "一、". */
const ORDINAL =
  /^\s*(?:[0-9０-９]+\s*(?:、|[.．](?![0-9０-９]))|[（(]\s*[0-9０-９]+\s*[)）]|[①-⑳]|[一二三四五六七八九十]+\s*、)\s*/u;
/** The line the 附加得分表 adds under claims above the cap ("（申报合计6分，附加评价最高5分）"): not an item. */
const CAP_NOTE = /^[ \t]*[（(]申报合计[^\n]*最高[^\n]*分[)）][ \t]*$/gmu;
/** A description that starts with bare points, as in "0.5、区级表彰1分". */
const LEADING_BARE = /^[+-]?(\d+(\.\d*)?|\.\d+)分?\s*[、,，+＋]/;
const TRAILING_PUNCTUATION = /[\s。.；;，,、：:]+$/u;

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
  for (const raw of text.replace(CAP_NOTE, "").split(ITEM_BREAK)) {
    const trimmed = raw.trim();
    if (trimmed === "") continue;
    const labelled = ORDINAL.test(trimmed);
    const piece = trimmed.replace(ORDINAL, "");
    if (piece === "") continue;
    const index = claims.length;
    const match = ENDS_IN_POINTS.exec(piece);
    const description = match ? (match[1] as string).replace(TRAILING_PUNCTUATION, "") : undefined;
    if (match && description === "" && pending !== undefined && !labelled) {
      // "……。得0.5分": the points of the description before them.
      const n = points(match[2] as string, index);
      if (!n.ok) return n;
      claims.push({ item: pending, points: n.value });
      pending = undefined;
      continue;
    }
    if (pending !== undefined) return withoutPoints(pending, index);
    if (BARE_POINTS.test(normalizeText(piece)) || description === "") return mixed(piece, index);
    if (LEADING_BARE.test(normalizeText(piece))) return mixed(piece.split(/[、,，+＋]/)[0] as string, index);
    if (!match) {
      pending = piece.replace(TRAILING_PUNCTUATION, "");
      continue;
    }
    const n = points(match[2] as string, index);
    if (!n.ok) return n;
    claims.push({ item: description as string, points: n.value });
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
