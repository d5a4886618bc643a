/**
 * The drafted rule compiled by the real engine, and the boundary examples it computes: at the threshold, just past it,
 * at the floor, over the cap. A clerk confirms a draft by its behaviour, not by its parameters.
 */
import { dec, Decimal, fixed, HUNDRED, percent, roundHalfUp, ZERO } from "../decimal";
import { CompiledRule, familyOf, RuleInput, SchemePart } from "../rules";
import type { AllTermParams } from "../rules/terms";

export interface Example {
  input: unknown;
  /** The leaf's score, at two decimals ("1.50"; a penalty leaf's is negative). */
  score: string;
  /** Which boundary the input shows: 达标线, 刚过界, 扣完为止 … */
  note: string;
}

export type Compiled = { ok: true; compiled: CompiledRule } | { ok: false; problems: string[] };

const PRECISION = 2;

/** Compiles a rule for a one-leaf scheme of `points` in `part`, with the family's own checks. */
export function compileRule(rule: RuleInput, points: Decimal, part: SchemePart, name = "本项"): Compiled {
  const family = familyOf(rule.kind);
  if (!family) return { ok: false, problems: [`未知的规则 ${rule.kind}`] };
  if (!family.usableIn.includes(part)) return { ok: false, problems: [`${rule.kind} 规则不能用于此部分`] };
  const parsed = family.params.safeParse(rule);
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`) };
  const leaf = { id: "x", name, points, part, precision: PRECISION };
  const problems = family.check?.(parsed.data, leaf) ?? [];
  if (problems.length > 0) return { ok: false, problems: problems.map((p) => p.message) };
  return { ok: true, compiled: family.compile(parsed.data, leaf) };
}

/** The score of one raw input, rounded to two decimals (or exact, unrounded), or why it is not a valid input. */
export function scoreOf(compiled: CompiledRule, raw: unknown, exact = false): { score: string } | { error: string } {
  const parsed = compiled.parse(raw);
  if (!parsed.ok) return { error: parsed.error.zh };
  const value = compiled.evaluate(parsed.value);
  return { score: exact ? value.toString() : fixed(roundHalfUp(value, PRECISION), PRECISION) };
}

const rate = (r: Decimal) => percent(r.lessThan(ZERO) ? ZERO : r, 4);
const BP = dec("0.0001");

/** A bound term's value just off its side (at rest) and the nearest value on it (the points move). */
function boundSides(term: Extract<AllTermParams, { kind: "bound" }>): [unknown, unknown] {
  const b = dec(term.bound);
  const step = term.input === "rate" ? BP : dec("0.01");
  const show = (v: Decimal) => (term.input === "rate" ? rate(v) : v.toNumber());
  if (term.side === "below") return [show(b), show(b.minus(step))];
  if (term.side === "atMost") return [show(b.plus(step)), show(b)];
  if (term.side === "atLeast") return [show(b.minus(step)), show(b)];
  return [show(b), show(b.plus(step))];
}

/** Inputs worth showing for one term, with the others at rest. */
function termProbes(term: AllTermParams, P: Decimal): Array<[unknown, string]> {
  const reach = (per: number, cap?: number) => {
    const bound = cap !== undefined && dec(cap).lessThan(P) ? dec(cap) : P;
    return per === 0 ? ZERO : bound.dividedBy(per).ceil();
  };
  switch (term.kind) {
    case "count": {
      const n = reach(term.per, term.cap);
      // Listed items: the count stops at their number (more is refused), whatever the points would allow.
      if (term.items !== undefined && n.greaterThanOrEqualTo(term.items)) {
        return [
          [0, "未发生"],
          [1, "1" + (term.unit ?? "项")],
          [term.items, `所列${term.items}项全部（最多${term.items}项）`],
        ];
      }
      return [
        [0, "未发生"],
        [1, "1" + (term.unit ?? "例")],
        [n.toNumber(), term.cap !== undefined ? "达到上限" : "扣完为止/达到本项分值"],
        [n.plus(1).toNumber(), "超过上限"],
      ];
    }
    case "bound": {
      const [rest, holds] = boundSides(term);
      return [
        [rest, "界限另一侧"],
        [holds, term.side === "atLeast" || term.side === "atMost" ? "恰在界限" : "刚过界限"],
      ];
    }
    case "flag":
      return [
        ["否", "未发生"],
        ["是", "发生"],
      ];
    case "judged":
      // The evaluator's part: nothing, or all of its points.
      return [
        [0, "评价人评定部分填0"],
        [term.points, `评价人评定部分填满${term.points}分`],
      ];
    case "below": {
      const n = reach(term.per, term.cap);
      const floor = dec(term.target).minus(n);
      return [
        [term.target, "达到要求次数"],
        [term.target - 1, "少1" + (term.unit ?? "次")],
        [floor.lessThan(0) ? 0 : floor.toNumber(), "扣完为止"],
        [0, "1次也没有"],
      ];
    }
    case "rank": {
      const n = reach(term.per, term.cap);
      return [
        [1, "第1名"],
        [2, "第2名"],
        [n.plus(1).toNumber(), term.cap !== undefined ? "达到上限" : "扣完为止"],
        [n.plus(2).toNumber(), "再后1位"],
      ];
    }
    case "shortfall": {
      const t = dec(term.target);
      const span = reach(term.per, term.cap).isZero()
        ? ZERO
        : (term.cap !== undefined && dec(term.cap).lessThan(P) ? dec(term.cap) : P)
            .dividedBy(term.per)
            .dividedBy(HUNDRED);
      return [
        [rate(t), "达标线"],
        [rate(t.minus(BP)), "刚低于达标线"],
        [rate(t.minus(dec("0.01"))), "低1个百分点"],
        [rate(t.minus(span)), "扣完为止"],
      ];
    }
    case "excess": {
      const l = dec(term.limit);
      const span = (term.cap !== undefined && dec(term.cap).lessThan(P) ? dec(term.cap) : P)
        .dividedBy(term.per)
        .dividedBy(HUNDRED);
      return [
        [rate(l), "控制线"],
        [rate(l.plus(BP)), "刚超过控制线"],
        [rate(l.plus(dec("0.01"))), "超过1个百分点"],
        [rate(l.plus(span)), "扣完为止"],
      ];
    }
  }
}

function atRest(term: AllTermParams): unknown {
  switch (term.kind) {
    case "judged":
      return 0;
    case "count":
      return 0;
    case "flag":
      return "否";
    case "bound":
      return boundSides(term)[0];
    case "below":
      return term.target;
    case "rank":
      return 1;
    case "shortfall":
      return rate(dec(term.target));
    case "excess":
      return rate(dec(term.limit));
  }
}

function probesOf(rule: RuleInput, P: Decimal): Array<[unknown, string]> {
  switch (rule.kind) {
    case "perCaseDeduction":
    case "perCaseAward":
    case "penalty": {
      const terms = rule.terms as AllTermParams[];
      if (terms.length === 1) return termProbes(terms[0] as AllTermParams, P);
      const rest = Object.fromEntries(terms.map((t, i) => [String(i + 1), atRest(t)]));
      const out: Array<[unknown, string]> = [[rest, "均未发生"]];
      terms.forEach((t, i) => {
        for (const [v, note] of termProbes(t, P).slice(1))
          out.push([{ ...rest, [String(i + 1)]: v }, `第${i + 1}项${note}`]);
      });
      return out;
    }
    case "checklist": {
      const n = rule.items.length;
      return Array.from({ length: n + 1 }, (_, i): [unknown, string] => [i, i === 0 ? "全部符合" : `${i}项不符合`]);
    }
    case "allOrNothing":
      return [
        ["是", "是"],
        ["否", "否"],
      ];
    case "threshold": {
      const v = dec(rule.value);
      return [
        [rate(v), "界限本身"],
        [rate(v.plus(BP)), "刚高于界限"],
        [rate(v.minus(BP)), "刚低于界限"],
      ];
    }
    case "rateThreshold": {
      const t = dec(rule.target);
      const out: Array<[unknown, string]> = [
        ["100%", "全部达到"],
        [rate(t), "满分线"],
        [rate(t.minus(BP)), "刚低于满分线"],
        [rate(t.minus(dec("0.01"))), "低1个百分点"],
      ];
      if (rule.floor !== undefined) {
        const f = dec(rule.floor);
        out.push([rate(f.plus(BP)), "刚高于不得分线"], [rate(f), "不得分线"], [rate(f.minus(BP)), "刚低于不得分线"]);
      }
      out.push(["0%", "为零"]);
      return out;
    }
    case "rateProportional": {
      // P × the rate: full, half, over the cap, and where full points or the floor begin
      const cap = dec(rule.cap ?? 1);
      const out: Array<[unknown, string]> = [
        [rate(cap), "达到上限"],
        [rate(cap.plus(dec("0.2"))), "超过上限（按上限计）"],
        ["50%", "一半"],
      ];
      if (rule.full !== undefined) {
        const f = dec(rule.full);
        out.push([rate(f), "满分线"], [rate(f.minus(BP)), "刚低于满分线"]);
      }
      if (rule.floor !== undefined && rule.floor > 0) {
        const f = dec(rule.floor);
        out.push([rate(f), "下限"], [rate(f.minus(BP)), "刚低于下限"]);
      }
      out.push(["0%", "为零"]);
      return out;
    }
    case "bands": {
      const step = rule.input === "rate" ? BP : rule.input === "count" ? dec(1) : dec("0.01");
      const show = (v: Decimal): unknown => (rule.input === "rate" ? rate(v) : v.toNumber());
      const values = new Map<string, [unknown, string]>();
      for (const b of rule.bands) {
        for (const [bound, side] of [
          [b.min, "下限"],
          [b.max, "上限"],
        ] as const) {
          if (bound === undefined) continue;
          const v = dec(bound);
          for (const [x, note] of [
            [v.minus(step), `${side}之下`],
            [v, side],
            [v.plus(step), `${side}之上`],
          ] as const) {
            if (x.lessThan(ZERO)) continue;
            const key = x.toString();
            if (!values.has(key)) values.set(key, [show(x), note]);
          }
        }
      }
      return [...values.entries()].sort((a, b) => dec(a[0]).comparedTo(dec(b[0]))).map(([, v]) => v);
    }
    case "levels":
      // each level the rule names, in its order (an unnamed level is refused, not shown)
      return rule.levels.map((l) => [l.label, "等次"] as [unknown, string]);
    default:
      return [];
  }
}

export function examplesOf(rule: RuleInput, compiled: CompiledRule, P: Decimal): Example[] {
  const out: Example[] = [];
  const seen = new Set<string>();
  for (const [input, note] of probesOf(rule, P)) {
    const key = JSON.stringify(input);
    if (seen.has(key)) continue;
    seen.add(key);
    const scored = scoreOf(compiled, input);
    if ("score" in scored) out.push({ input, score: scored.score, note });
  }
  return out;
}
