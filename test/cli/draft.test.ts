import { run } from "./workbooks";

describe("jixiao scheme draft", () => {
  test("a draft with its examples and the probes scored, as JSON", async () => {
    const r = await run([
      "scheme",
      "draft",
      "--text",
      "每发现1例违反流程的，扣0.5分，扣完为止",
      "--points",
      "2",
      "--probe",
      "3",
      "--probe",
      "x",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.status).toBe("draft");
    expect(out.rule).toEqual({ kind: "perCaseDeduction", terms: [{ kind: "count", label: "违反流程", per: 0.5 }] });
    expect(out.sentence).toBe("违反流程每例扣0.5分，扣完为止（本项2分）");
    // 2 − 3 × 0.5 = 0.5; "x" is not a count
    expect(out.scores[0]).toEqual({ input: 3, score: "0.50" });
    expect(out.scores[1].input).toBe("x");
    expect(out.scores[1].error).toContain("不是次数或例数");
    expect(out.examples[1]).toEqual({ input: 1, score: "1.50", note: "1例" });
  });

  test("a probe that is text, a rate and an object; a penalty part", async () => {
    const r = await run([
      "scheme",
      "draft",
      "--text",
      "出现重大责任事故一次扣10分；出现一般责任事故一次扣5分",
      "--points",
      "20",
      "--part",
      "penalty",
      "--probe",
      '{"1":1,"2":1}',
      "--json",
    ]);
    expect(JSON.parse(r.stdout).scores).toEqual([{ input: { "1": 1, "2": 1 }, score: "-15.00" }]);
  });

  test("manual with its reason, in text", async () => {
    const r = await run(["scheme", "draft", "--text", "视情扣分", "--points", "2", "--probe", "85%"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "状态：人工\n原因：“视情”需要评价人判断\n试算：\n  85% → 无法计分：此条款需人工评分：“视情”需要评价人判断\n",
    );
  });

  test("--context gives the target a clause relies on; without it the clause is declined", async () => {
    // 卫生监督协管 5.3: "巡查未达到规定次数的，每缺1次扣1分" under 工作要求 "全年不少于4次", 3 points: 3 held → 2.
    const args = ["scheme", "draft", "--text", "巡查未达到规定次数的，每缺1次扣1分，扣完为止。", "--points", "3"];
    const r = await run([
      ...args,
      "--context",
      "开展对传染病防控工作的日常巡查，全年不少于4次。",
      "--probe",
      "3",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.status).toBe("draft");
    expect(out.rule.terms[0]).toMatchObject({ kind: "below", target: 4, per: 1 });
    expect(out.scores).toEqual([{ input: 3, score: "2.00" }]);
    const without = JSON.parse((await run([...args, "--json"])).stdout);
    expect(without.status).toBe("manual");
    expect(without.reason).toContain("未说明应达到的数量");
  });

  test("a bad --part or --points is a user error", async () => {
    expect((await run(["scheme", "draft", "--text", "x", "--points", "2", "--part", "extra"])).code).toBe(1);
    expect((await run(["scheme", "draft", "--text", "x", "--points", "两分"])).code).toBe(1);
  });
});
