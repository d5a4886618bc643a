import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { evaluate, fixed, loadScheme } from "../src/engine";

/** The JSON blocks of a Markdown file, in order. */
function jsonBlocks(file: string): unknown[] {
  const text = readFileSync(join(__dirname, "..", "docs", file), "utf8");
  return [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] as string));
}

describe("docs/scheme-format.md: its complete small example loads and scores as the text says", () => {
  const [schemeJson, inputJson] = jsonBlocks("scheme-format.md");
  const loaded = loadScheme(schemeJson);

  test("the example scheme loads, with the ids the text lists", () => {
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.scheme.leaves.map((l) => l.id)).toEqual(["1.1.1", "1.1.2", "1.2", "2", "3.1", "4.1"]);
  });
  test("the example input scores: 1.5 + 2 + 2 + 2 (survey 85%) + bonus 1.5 = 9.00, 优秀", () => {
    if (!loaded.ok) throw new Error("scheme did not load");
    const units = (inputJson as { units: { name: string; values: Record<string, unknown> }[] }).units;
    const e = evaluate(loaded.scheme, units);
    expect(e.errors).toEqual([]);
    expect(fixed(e.units[0]!.total!, 2)).toBe("9.00");
    expect(e.units[0]!.grade).toBe("优秀");
  });
});

describe("docs/使用说明.md: the guide for clerks and evaluators", () => {
  const docs = join(__dirname, "..", "docs");
  const guide = readFileSync(join(docs, "使用说明.md"), "utf8");
  const images = [...guide.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1] as string);

  test("every screenshot it shows is in the repository", () => {
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(existsSync(join(docs, image))).toBe(true);
  });

  test("a screenshot for every tab of the pane, taken at 320 px", () => {
    for (const step of ["方案", "录入", "计算", "结果", "复核", "对比", "通报"]) {
      expect(images.some((i) => new RegExp(`/320-\\d\\d-${step}`).test(i))).toBe(true);
    }
  });

  test("the README opens with a Chinese paragraph pointing to it", () => {
    const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
    const opening = readme.slice(0, readme.indexOf("```"));
    expect(opening).toContain("(docs/使用说明.md)");
  });
});
