/**
 * [000] 附件2, the 附加得分表, from the built-in changning-2021 and the items each 街镇 claimed: 分值 is the 附加评价
 * the rule gives, and the items listed are the ones the rule read and added up.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { evaluate, loadScheme, Scheme, UnitInput } from "../../src/engine";
import { builtinScheme } from "../../src/schemes";
import { bonusDetailGrid, claimedItems } from "../../src/workbook";
import { scheme000 } from "../fixtures/doc000";

function builtin(id: string): Scheme {
  const loaded = loadScheme(builtinScheme(id));
  if (!loaded.ok) throw new Error(id);
  return loaded.scheme;
}

const units: UnitInput[] = JSON.parse(
  readFileSync(join(__dirname, "..", "fixtures", "changning-2021.input.json"), "utf8"),
).units;
const evaluation = evaluate(builtin("changning-2021"), units);
const detail = bonusDetailGrid(
  evaluation,
  units.map((u) => u.values),
)!;
const rows = detail.grid.cells;
const row = (name: string) => rows.find((r) => r[0]!.value === name)!;

describe("[000] 附件2 from the ten 街镇's claimed items", () => {
  test("title, and the header 所属街镇 | 分值 | 附加评价申报内容", () => {
    expect(evaluation.errors).toEqual([]);
    expect(rows[0]![0]!.value).toBe("2021 年度各街镇社会救助工作绩效评价附加得分表");
    expect(rows[1]!.map((c) => c.value)).toEqual(["所属街镇", "分值", "附加评价申报内容"]);
    expect(rows).toHaveLength(12);
  });

  test("华阳 5 with its four items, each with its points, one per line", () => {
    const [, value, content] = row("华阳");
    expect(value!.value).toBe(5);
    const lines = String(content!.value).split("\n");
    expect(lines).toEqual([
      "1、承接“社区云+精准帮扶”区级试点工作，成效显著。得1分",
      "2、承接民政部领导、市级调研任务。得1.2分",
      "3、荣获首届长宁区“十佳”社区救助顾问优秀案例2个、“十佳”顾问明星2名，共4项。得0.8分",
      "4、各大媒体刊登报道社会救助工作经验做法：中国社会报、学习强国、新闻综合、上海民政、民生一网通节目、上海长宁。得2分",
    ]);
    expect(content!.wrap).toBe(true);
  });

  test("新泾 5 with five items, the last 2.2", () => {
    const [, value, content] = row("新泾");
    expect(value!.value).toBe(5);
    const lines = String(content!.value).split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[4]).toMatch(/^5、各大媒体刊登报道.*上海民政。得2\.2分$/);
  });

  test("仙霞 1.1 with two items (0.5 and 0.6); 周桥's single item is written without a number", () => {
    const [, value, content] = row("仙霞");
    expect(value!.value).toBe(1.1);
    expect(String(content!.value).split("\n")).toEqual([
      "1、承接市政府“为民办实事”项目。得0.5分",
      "2、学习强国、新华社、上海民政报道社会救助工作经验做法，部分篇幅。得0.6分",
    ]);
    expect(row("周桥")[2]!.value).toBe(
      "新华社、东方卫视、第一财经宣传报道社会救助工作及未成年人关爱保护工作的经验做法。得2分",
    );
  });

  test("rows by 分值, highest first, as 附件2 orders them", () => {
    // 附件2 puts 华阳 before 新泾 and 周桥 before 虹桥 at equal 分值; equals here keep the input order instead.
    expect(rows.slice(2).map((r) => r[1]!.value)).toEqual([5, 5, 4.4, 3.8, 3.4, 2.2, 2, 2, 1.6, 1.1]);
    expect(rows.slice(2).map((r) => r[0]!.value)).toEqual([
      "新泾",
      "华阳",
      "江苏",
      "天山",
      "北新泾",
      "程桥",
      "虹桥",
      "周桥",
      "新华",
      "仙霞",
    ]);
  });

  test("items are the rule's own reading of the input: a cell of numbers lists the leaf's name with each number", () => {
    const typed = evaluate(builtin("changning-2021"), [{ name: "仙霞", values: { "5": "0.5、0.6" } }]);
    expect(claimedItems(typed, 0, { "5": "0.5、0.6" }).map((c) => [c.item, c.points.toString()])).toEqual([
      ["附加评价", "0.5"],
      ["附加评价", "0.6"],
    ]);
  });

  test("claims above the cap are listed in full, with a line saying the cap applied", () => {
    const values = {
      "5": [
        { item: "甲", points: 3 },
        { item: "乙", points: 2.5 },
      ],
    };
    const capped = evaluate(builtin("changning-2021"), [{ name: "甲镇", values }]);
    const cells = bonusDetailGrid(capped, [values])!.grid.cells;
    expect(cells[2]![1]!.value).toBe(5);
    expect(cells[2]![2]!.value).toBe("1、甲。得3分\n2、乙。得2.5分\n（申报合计5.5分，附加评价最高5分）");
  });

  test("no sheet when no unit claimed anything, or when the bonus is not scored from claimed items", () => {
    const none = units.map((u) => ({ ...u, values: { ...u.values, "5": "" } }));
    expect(
      bonusDetailGrid(
        evaluate(builtin("changning-2021"), none),
        none.map((u) => u.values),
      ),
    ).toBeUndefined();
    const hongqiao = evaluate(builtin("hongqiao-2023"), []);
    expect(bonusDetailGrid(hongqiao, [])).toBeUndefined();
    // [000]'s own blocks as the test scheme writes them: its 附加评价 is also claimed items (cappedSum).
    const typed = evaluate(scheme000(), [{ name: "新泾", values: { "5": 5 } }]);
    expect(bonusDetailGrid(typed, [{ "5": 5 }])!.grid.cells[2]![2]!.value).toBe("附加评价。得5分");
  });
});
