import { loadScheme, sum } from "../../src/engine";
import { main } from "../../src/cli";
import { builtinCatalogue, builtinSchemes } from "../../src/schemes";

async function schemesJson(): Promise<{ id: string; basePoints: number | null }[]> {
  let out = "";
  const code = await main(["schemes", "--json"], { out: (s) => (out += s) });
  expect(code).toBe(0);
  return JSON.parse(out);
}

describe("the built-in catalogue", () => {
  test("jixiao schemes --json lists every built-in scheme", async () => {
    const listed = await schemesJson();
    expect(listed.map((s) => s.id)).toEqual(builtinSchemes.map((s) => s.id));
    // One per source document ([000]–[004]).
    expect(listed.map((s) => s.id).sort()).toEqual([
      "changning-2021",
      "changning-2023",
      "hongqiao-2023",
      "shanghai-2021",
      "taicang-2017",
    ]);
  });

  test.each(builtinSchemes.map((s) => [s.id, s] as const))(
    "%s loads, and every parent's points equal the sum of its children's",
    (_id, input) => {
      const loaded = loadScheme(input);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems, null, 1));
      const scheme = loaded.scheme;
      if (scheme.aggregation.kind === "sum") {
        expect(scheme.basePoints.toString()).toBe("100");
        for (const node of scheme.nodes.values()) {
          if (node.children.length === 0 || !node.ownPoints || node.children.some((c) => !c.ownPoints)) continue;
          expect(sum(node.children.map((c) => c.points)).equals(node.points)).toBe(true);
        }
      }
    },
  );
});

describe("the task pane's picker: the catalogue that loads each scheme file when chosen", () => {
  test("lists every built-in scheme in order, by its short title, and loads that very file", async () => {
    expect(builtinCatalogue.map((e) => [e.id, e.label])).toEqual(
      builtinSchemes.map((s) => [s.id, s.shortTitle ?? s.title]),
    );
    for (const entry of builtinCatalogue) {
      expect(await entry.load()).toEqual(builtinSchemes.find((s) => s.id === entry.id));
    }
  });
});
