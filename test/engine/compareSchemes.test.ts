/**
 * Two years under two schemes: [000]'s 2021 table (年度重点工作任务 7, 基础评价 30, 专项评价 48, 成效评价 15, 附加评价 5)
 * against a 2023 table scored with changning-2023 (test/fixtures/year2023.ts, whose comment works every figure out).
 */
import { BlockOverride, compare, Comparison, evaluate, pairBlocks } from "../../src/engine";
import { scheme000, units000 } from "../fixtures/doc000";
import { scheme2023, units2023 } from "../fixtures/year2023";

function comparison(blocks: BlockOverride[] = [], progress: "total" | "rank" = "total"): Comparison {
  const c = compare(evaluate(scheme000(), units000()), evaluate(scheme2023(), units2023()), { blocks, progress });
  if (!c.ok) throw new Error(c.error.zh);
  return c.value;
}

const pct = (d: { times(n: number): { toFixed(n: number): string } } | null | undefined) =>
  d == null ? null : d.times(100).toFixed(2);
const show = (d: { toFixed(n: number): string } | null | undefined) => (d == null ? null : d.toFixed(2));

describe("blocks of 2021 and 2023 paired", () => {
  test("by name: 年度重点工作任务 and 成效评价, both by 得分率 (7 → 25, 15 → 10); the rest on their side only", () => {
    const c = comparison();
    expect(c.columns.map((col) => [col.name, col.beforeName, col.pairedBy, col.byRate])).toEqual([
      ["年度重点工作任务", "年度重点工作任务", "name", true],
      ["工作保障与管理", null, null, false],
      ["困难群众基本生活保障", null, null, false],
      ["专项救助", null, null, false],
      ["成效评价", "成效评价", "name", true],
      ["加分项", null, null, false],
      ["扣分项", null, null, false],
      ["基础评价", "基础评价", null, false],
      ["专项评价", "专项评价", null, false],
      ["附加评价", "附加评价", null, false],
    ]);
    expect(c.columns.slice(7).every((col) => col.id === null && col.node === null)).toBe(true);
  });

  test("by hand: 基础评价 = 工作保障与管理 (30 → 25, by 得分率), 附加评价 = 加分项 (5 and 5, raw)", () => {
    const c = comparison([
      { before: "基础评价", after: "工作保障与管理" },
      { before: "附加评价", after: "加分项" },
    ]);
    const col = (name: string) => c.columns.find((x) => x.name === name)!;
    expect([col("工作保障与管理").beforeName, col("工作保障与管理").pairedBy, col("工作保障与管理").byRate]).toEqual([
      "基础评价",
      "override",
      true,
    ]);
    expect([col("加分项").beforeName, col("加分项").byRate]).toEqual(["附加评价", false]);
    expect(c.columns.filter((x) => x.id === null).map((x) => x.name)).toEqual(["专项评价"]);
  });

  test("a block said to have no counterpart is not paired by its name", () => {
    const c = comparison([{ before: "成效评价", after: null }]);
    expect(c.columns.find((x) => x.name === "成效评价" && x.id !== null)!.beforeId).toBeNull();
    expect(c.columns.filter((x) => x.id === null).map((x) => x.name)).toContain("成效评价");
  });

  test("a mapping naming a block that is not there is refused, naming the blocks there are", () => {
    const r = pairBlocks(scheme000(), scheme2023(), [{ before: "基础工作", after: "工作保障与管理" }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.zh).toContain("前表方案没有一级指标“基础工作”（有：年度重点工作任务、基础评价");
    const twice = pairBlocks(scheme000(), scheme2023(), [
      { before: "基础评价", after: "工作保障与管理" },
      { before: "专项评价", after: "工作保障与管理" },
    ]);
    expect(twice.ok || twice.error.zh).toBe("一级指标“工作保障与管理”在指定的对应中出现了两次");
  });
});

describe("2021 against 2023, unit by unit", () => {
  const c = comparison([{ before: "基础评价", after: "工作保障与管理" }]);
  const unit = (name: string) => c.units.find((u) => u.name === name)!;

  test("the ten 街镇 are matched by name: 新泾 ↔ 新泾镇, 程桥 ↔ 程家桥街道, 仙霞 ↔ 仙霞新村街道 …", () => {
    expect(c.units).toHaveLength(10);
    expect(c.onlyBefore).toEqual([]);
    expect(c.onlyAfter).toEqual([]);
    expect(unit("新泾镇").match!.beforeName).toBe("新泾");
    expect(unit("程家桥街道").match!.beforeName).toBe("程桥");
    expect(unit("仙霞新村街道").match!.beforeName).toBe("仙霞");
    expect(unit("北新泾街道").match!.beforeName).toBe("北新泾");
  });

  test("新泾 年度重点工作任务: 6.70 of 7 is 95.71%, 25 of 25 is 100%, +4.29 points of 得分率, beside the raw scores", () => {
    const x = unit("新泾镇").columns[0]!;
    expect([show(x.before), show(x.after), x.change]).toEqual(["6.70", "25.00", null]);
    expect([pct(x.rate?.before), pct(x.rate?.after), pct(x.rate?.change)]).toEqual(["95.71", "100.00", "4.29"]);
  });

  test("得分率 is exact until shown: 仙霞 5.20 of 7 (74.2857…%) to 24.50 of 25 (98%) rises by 23.71", () => {
    const x = unit("仙霞新村街道").columns[0]!;
    expect(x.rate!.before!.times(7).toFixed(10)).toBe("5.2000000000");
    expect(pct(x.rate?.change)).toBe("23.71");
  });

  test("基础评价 (30) → 工作保障与管理 (25) by 得分率: 江苏 29.33 of 30 = 97.77%, 25 of 25", () => {
    const x = unit("江苏路街道").columns[1]!;
    expect([pct(x.rate?.before), pct(x.rate?.after)]).toEqual(["97.77", "100.00"]);
  });

  test("a block of one side has no change: 困难群众基本生活保障 after, 专项评价 before", () => {
    const xj = unit("新泾镇");
    const after = c.columns.findIndex((x) => x.name === "困难群众基本生活保障");
    const before = c.columns.findIndex((x) => x.name === "专项评价");
    expect([show(xj.columns[after]!.before), show(xj.columns[after]!.after), xj.columns[after]!.change]).toEqual([
      null,
      "25.00",
      null,
    ]);
    expect([show(xj.columns[before]!.before), xj.columns[before]!.after, xj.columns[before]!.change]).toEqual([
      "47.40",
      null,
      null,
    ]);
  });

  test("总分 100+5 against 100+5−5: compared as it is (新泾 103.05 → 104.00) and by rank, and said to differ", () => {
    expect(c.schemesDiffer).toBe(true);
    expect(c.scale).toEqual({ before: "100+5", after: "100+5−5", differs: true });
    expect([show(unit("新泾镇").total.before), show(unit("新泾镇").total.after)]).toEqual(["103.05", "104.00"]);
    expect(unit("周家桥街道").rank).toEqual({ before: 8, after: 3, change: 5 });
    expect(unit("北新泾街道").rank).toEqual({ before: 5, after: 10, change: -5 });
  });

  test("progress by rank: 周家桥 +5, 天山 +3, then 新华 and 仙霞 +1 each (ties included)", () => {
    const byRank = comparison([], "rank");
    expect(byRank.improved.map((u) => [u.name, u.rank.change])).toEqual([
      ["周家桥街道", 5],
      ["天山路街道", 3],
      ["新华路街道", 1],
      ["仙霞新村街道", 1],
    ]);
  });

  test("one scheme on both sides pairs by id, compares raw and says the schemes agree", () => {
    const same = compare(evaluate(scheme000(), units000()), evaluate(scheme000(), units000()));
    if (!same.ok) throw new Error(same.error.zh);
    expect(same.value.schemesDiffer).toBe(false);
    expect(same.value.scale.differs).toBe(false);
    expect(same.value.columns.map((x) => [x.pairedBy, x.byRate])).toEqual(Array(5).fill(["id", false]));
    expect(same.value.units[0]!.columns[0]!.rate).toBeUndefined();
  });
});
