/**
 * "①…；②…。符合所有条件，得满分；一项不符合，扣除权重分的50%，扣完为止" [004 A11]: the items the clause enumerates, and
 * what one failed item costs. Read only when the whole clause is the list and that sentence, nothing else.
 */
import { dec, HUNDRED } from "../decimal";
import type { RuleInput } from "../rules";
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
