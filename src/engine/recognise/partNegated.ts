/**
 * Two defences against a wrong draft found by round 10's mini blind set (docs/recogniser.md, 错误起草的防线 21–22):
 *
 * - an award for several requirements joined (且, 并, 同时) beside a 不得分 that names a failing of its own (“纳入…且有
 *   专题部署，得4分，没有纳入且没有专题部署的不得分”, “及时修编并组织实施的，得5分，未修编的不得分”): the cases between
 *   (纳入 without 专题部署, 修编 but not carried out) are neither rung, so reading the pair as all or nothing is a choice;
 * - a clause that opens on what is above it (“以上投入须有凭证，没有凭证不得分”) and only takes points away: the items it
 *   takes them from are outside the clause, so a yes/no on its own points is not what the words say.
 */
import { Statement } from "./statements";

/** Requirements joined in one condition: “X且Y”, “X并Y”, “X，同时Y”. 合并/兼并/并列 are words, not joints. */
const JOINED = /且|(?<![合兼吞归])并(?![列网购])|同时/;

/** A 不得分 condition that is the award's plain negation: 否则, 没有的, 未达到的 … with no object of its own. */
const GENERIC =
  /^(?:否则|反之|其他|其余|没有|无|没|未|不|未做到|没有做到|做不到|未达到|达不到|不符合|不符合要求|未完成|不达标|未落实|未按要求)$/;

export function partNegated(statements: readonly Statement[]): string | undefined {
  const plains = statements.filter((s) => s.kind === "plain");
  if (plains.length !== statements.length || plains.length !== 2) return undefined;
  const [award, zero] = plains as [Extract<Statement, { kind: "plain" }>, Extract<Statement, { kind: "plain" }>];
  if (award.result.kind !== "award" || zero.result.kind !== "zero") return undefined;
  const joined = (award.raw ?? award.cond).split(JOINED).filter((p) => p.replace(/[,，、的]/g, "") !== "");
  if (joined.length < 2) return undefined;
  const z = (zero.raw ?? zero.cond).replace(/^[,，]+|[,，]+$/g, "").replace(/的$/, "");
  if (z === "" || GENERIC.test(z)) return undefined;
  const a = (award.raw ?? award.cond).replace(/[,，的]+$/, "");
  return `得分要同时满足“${a}”，不得分只写了“${z}”：两者之间的情形（只满足其中一部分）得几分，条文未说明，请人工设定规则`;
}

/** “以上投入须有凭证…”, “上述工作未…”: the clause's subject is written above it. */
const ABOVE = /^(?:\d+[.、．])?(?:以上|上述|前述|上列|前款)/;

export function aboveItems(normal: string, statements: readonly Statement[]): string | undefined {
  if (!ABOVE.test(normal)) return undefined;
  const takesOnly = statements.every(
    (s) => s.kind === "plain" && (s.result.kind === "zero" || s.result.kind === "deduct"),
  );
  if (!takesOnly || statements.length === 0) return undefined;
  return `“${normal.slice(0, 6)}…”指的是本条以外的各项：不得分（扣分）落在哪一项、部分不符合时如何计分，条文未说明，请人工设定规则`;
}
