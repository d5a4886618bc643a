/**
 * A criterion with its own points, or a one-time deduction in its own sentence, that alone would be declined for a manner
 * without a measure (严格, 全面, 全方位 …, guards.ts MANNER) or a weighed degree (无明显改善 …, guards.ts DEGREE) is the
 * manual part of a partial draft; the rest is read as if it stood alone, keyed by position among the clause's pieces
 * (src/engine/recognise/partial.ts, unmeasuredPartial; held-out set 9's h9-lsez-2.x, h9-szcl-1/-4, h9-xzwb-2.2). Wording
 * varied from those documents' (留守儿童之家, 社区残疾人工作, 五保供养).
 */
import { recognise } from "../../../src/engine";
import { score } from "./probeHelpers";

describe("a criterion judged for its manner is the manual part, the other criteria drafted on what its points leave", () => {
  test("the judged criterion last: the drafted one keyed 1, on its own point", () => {
    const r = recognise("结合本地实际制定社区矫正实施细则(1分);严格按照实施细则开展矫正工作(1分)。", 2);
    expect(r.status).toBe("partial");
    if (r.status !== "partial") return;
    expect(r.parts.map((p) => [p.status, p.points, p.keys])).toEqual([
      ["draft", 1, ["1"]],
      ["manual", 1, ["2"]],
    ]);
    expect(score(r, { "1": "是" }, 2)).toBe("1");
    expect(score(r, { "1": "否" }, 2)).toBe("0");
  });
  test("the judged criterion first of three: the others keyed 2 and 3", () => {
    const r = recognise(
      "1、助残工作全方位纳入社区发展规划;(2分)2、设立社区助残服务站;(1分)3、配备专职助残委员;(1分)",
      4,
    );
    expect(r.status).toBe("partial");
    expect(score(r, { "2": "是", "3": "否" }, 4)).toBe("1");
    expect(score(r, { "2": "是", "3": "是" }, 4)).toBe("2");
    expect(score(r, { "2": "否", "3": "否" }, 4)).toBe("0");
  });
  test("the judged criterion between two: keys 1 and 3", () => {
    const r = recognise("建立帮扶工作台账(1分);全面落实各项帮扶政策(2分);设立帮扶服务窗口(1.5分)", 4.5);
    expect(r.status).toBe("partial");
    expect(score(r, { "1": "是", "3": "否" }, 4.5)).toBe("1");
    expect(score(r, { "1": "是", "3": "是" }, 4.5)).toBe("2.5");
  });
});

describe("a one-time deduction for a weighed degree is the manual part, the rest drafted on all the points", () => {
  test("无明显提高 after a count: the count keyed 1", () => {
    const r = recognise("每缺1份供养档案扣0.5分;供养对象生活水平无明显提高的扣1分。", 3);
    expect(r.status).toBe("partial");
    if (r.status !== "partial") return;
    expect(r.parts.map((p) => [p.status, p.keys])).toEqual([
      ["draft", ["1"]],
      ["manual", ["2"]],
    ]);
    expect(score(r, { "1": 0 }, 3)).toBe("3");
    expect(score(r, { "1": 2 }, 3)).toBe("2");
    expect(score(r, { "1": 9 }, 3)).toBe("0");
  });
  test("the degree first: the yes/no after it keyed 2", () => {
    const r = recognise("敬老院环境无明显改善的扣2分;未建立院务公开制度的扣1分。", 4);
    expect(r.status).toBe("partial");
    expect(score(r, { "2": "是" }, 4)).toBe("3");
    expect(score(r, { "2": "否" }, 4)).toBe("4");
  });
});

describe("a one-time deduction for the manner of a failed act is the manual part (held-out sets 11, 12)", () => {
  test("“未认真开展…的扣2分” beside a yes/no: the yes/no keyed 1, drafted on all the points", () => {
    const r = recognise("未建立核查台账的扣1分;未认真开展入户核查的扣2分。", 3);
    expect(r.status).toBe("partial");
    if (r.status !== "partial") return;
    expect(r.parts.map((p) => [p.status, p.keys])).toEqual([
      ["draft", ["1"]],
      ["manual", ["2"]],
    ]);
    expect(score(r, { "1": "是" }, 3)).toBe("2");
    expect(score(r, { "1": "否" }, 3)).toBe("3");
  });
  test("“未开展多种形式…的扣1分” first: the yes/no after it keyed 2", () => {
    const r = recognise("未开展多种形式政策宣传的扣1分;未公开救助对象名单扣1分。", 2);
    expect(r.status).toBe("partial");
    expect(score(r, { "2": "是" }, 2)).toBe("1");
    expect(score(r, { "2": "否" }, 2)).toBe("2");
  });
  test("“…不到位扣1分,” ending at a comma is a piece of its own: the count after it keyed 2", () => {
    const r = recognise("队伍建设不到位扣1分,救助台账无登记、无复核、无归档,每项扣0.5分。", 3);
    expect(r.status).toBe("partial");
    if (r.status !== "partial") return;
    expect(r.parts.map((p) => [p.status, p.keys])).toEqual([
      ["draft", ["2"]],
      ["manual", ["1"]],
    ]);
    expect(score(r, { "2": 0 }, 3)).toBe("3");
    expect(score(r, { "2": 2 }, 3)).toBe("2");
    expect(score(r, { "2": 3 }, 3)).toBe("1.5");
  });
});

describe("near-misses stay declined", () => {
  const declined = (text: string, points: number): void => expect(recognise(text, points).status).not.toBe("partial");
  test("a manner with its measure in the criterion is read by the number, never cut", () => {
    declined("严格执行例会制度每月不少于1次(1分);建立会议台账(1分)", 2);
  });
  test("a quality said of the act (“全面、合理”) was labelled a yes/no: not cut", () => {
    declined("补助因素选择全面、合理(1分);分配办法经集体研究(1分)", 2);
  });
  test("a criterion holding a computable requirement beside the manner is not cut whole", () => {
    declined("支部工作制度健全,经常组织活动(1分);党员无违纪问题(1分)", 2);
  });
  test("an ambiguity elsewhere (迟报 without 每: once or per case) declines the whole clause", () => {
    declined("迟报统计报表扣1分;统计工作质量无明显提高的扣2分。", 4);
  });
  test("an ambiguity across the pieces (其中: within, on top or instead) declines the whole clause", () => {
    declined("未建立供养档案的扣2分;其中档案管理水平无明显提高的扣1分。", 4);
  });
  test("a degree counted per case is no one-time deduction: not cut", () => {
    declined("每发现1处整改效果不明显扣1分;未建立整改台账的扣1分。", 3);
  });
  test("a manner further into a failing (“未进行…全面总结”, labelled a yes/no in lybz-5.2) is not cut", () => {
    declined("未建立救助台账的扣1分;未进行救助工作全面总结的扣2分。", 3);
  });
  test("a judged head before a comma is cut only where every piece after it is a term (扣完为止 is none)", () => {
    declined("组织不到位扣2分,每缺一项扣1分,扣完为止。", 3);
  });
  test("a manner or a failing word alone: nothing left to draft", () => {
    declined("未认真开展入户核查的扣2分。", 3);
    declined("队伍建设不到位扣1分。", 1);
  });
  test("every criterion judged: nothing left to draft", () => {
    declined("严格执行管理办法(1分);全面落实补助政策(1分)", 2);
  });
});

describe("a judged piece that states its amount takes no more than it", () => {
  test("“…无明显改善的扣2分” beside a count on 4 points: the evaluator takes 0 to 2, not the whole 4", () => {
    const r = recognise("有1户五保危房户或无房户扣1分;居住条件、敬老院环境无明显改善的扣2分。", 4);
    expect(r.status).toBe("partial");
    const terms =
      r.status === "partial" ? ((r.rule as { terms?: { kind: string; points?: number }[] }).terms ?? []) : [];
    expect(terms.find((t) => t.kind === "judged")?.points).toBe(2);
  });
});
