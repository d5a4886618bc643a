/**
 * Each rule family declares how its parameters sit in the 指标体系 workbook (RuleFamily.sheet). The declaration is
 * typed over the parameters a scheme file writes, so one left out does not compile; and at run time each family
 * declares exactly its schema's parameters, and no column name means two things.
 */
import { z } from "zod";
import { families } from "../../../src/engine";
import { defineFamily } from "../../../src/engine/rules/family";
import { SCHEME_COLUMNS } from "../../../src/workbook/schemeColumns";
import { NODE_COLUMNS, ROW_COLUMNS } from "../../../src/workbook/schemeLayout";

describe("the families' sheet declarations", () => {
  test("a family whose declaration leaves out a parameter does not compile", () => {
    const params = z.strictObject({ kind: z.literal("probe"), a: z.number(), b: z.string().optional() });
    const probe = defineFamily<z.output<typeof params>, number, z.input<typeof params>>({
      kind: "probe",
      title: "探针",
      usableIn: ["base"],
      params,
      // @ts-expect-error b is not declared
      sheet: { a: { zh: "甲", en: "a", type: "number" } },
      compile: () => {
        throw new Error("not scored");
      },
    });
    const wrongType = defineFamily<z.output<typeof params>, number, z.input<typeof params>>({
      kind: "probe",
      title: "探针",
      usableIn: ["base"],
      params,
      // @ts-expect-error a number cannot be declared as text
      sheet: { a: { zh: "甲", en: "a", type: "text" }, b: { zh: "乙", en: "b", type: "text" } },
      compile: () => {
        throw new Error("not scored");
      },
    });
    expect([probe.kind, wrongType.kind]).toEqual(["probe", "probe"]);
  });

  test.each(families.map((f) => [f.kind, f] as const))("%s declares exactly its schema's parameters", (_k, family) => {
    const shape = (family.params as unknown as z.ZodObject).shape;
    const declared = Object.keys(family.sheet).sort();
    expect(declared).toEqual(
      Object.keys(shape)
        .filter((k) => k !== "kind")
        .sort(),
    );
  });

  test("no parameter column or row column takes the name of a sheet's own column", () => {
    const fixed = Object.values(NODE_COLUMNS).map((c) => c.zh);
    for (const column of SCHEME_COLUMNS.params) expect(fixed).not.toContain(column.zh);
    for (const column of SCHEME_COLUMNS.rowColumns) {
      expect([ROW_COLUMNS.owner.zh, ROW_COLUMNS.kind.zh, ROW_COLUMNS.name.zh]).not.toContain(column.zh);
    }
  });
});
