/**
 * A yearly target with its verb between the bound and the number (“全年至少开展4次，每少一次扣1分”, “年内至少召开4次会议，
 * 少一次扣1分”): the count held against it, as “全年不少于4次” reads (round 16). And a wrong draft found beside it:
 * “每年至少召开2次会议，每次不少于2小时，少一次扣1分” counted “…少1次” from 0, 每次 qualifying each meeting taken as the
 * per-case 每. Scores worked from the words: P − 1 per meeting short of the target, not below 0.
 */
import { recognise } from "../../../src/engine";
import { reasonOf, score } from "./probeHelpers";

describe("至少 + verb + N次 over the year", () => {
  test.each([
    "全年至少开展4次，每少一次扣1分",
    "每年至少组织4次培训，每少一次扣1分",
    "年内至少召开4次会议，少一次扣1分",
  ])("%s: the count held against 4", (text) => {
    const r = recognise(text, 4);
    expect(score(r, 4, 4)).toBe("4");
    expect(score(r, 6, 4)).toBe("4");
    expect(score(r, 3, 4)).toBe("3");
    expect(score(r, 0, 4)).toBe("0");
  });

  test("a target per month stays open", () => {
    expect(recognise("至少每月开展1次，每少一次扣1分", 4).status).toBe("manual");
  });
});

describe("每次 qualifying each meeting is not a count", () => {
  test("“每年至少召开2次会议，每次不少于2小时，少一次扣1分” is declined, not counted from 0", () => {
    const r = recognise("每年至少召开2次会议，每次不少于2小时，少一次扣1分", 4);
    expect(reasonOf(r)).toContain("少1次");
  });

  test("“至少开展2次，每次扣1分”: the bound is the count's start", () => {
    expect(reasonOf(recognise("至少开展2次，每次扣1分", 4))).toContain("计数的起点或界限");
  });
});
