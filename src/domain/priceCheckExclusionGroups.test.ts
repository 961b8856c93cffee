import { groupExclusions } from "./priceCheckExclusionGroups";
import type { ExcludedLine } from "./priceCheckTypes";

const ex = (rowId: string, reason: ExcludedLine["reason"], kind: ExcludedLine["kind"], code = "CP1"): ExcludedLine => ({
  kind,
  rowId,
  source: { kind: "campaign", code },
  reason,
  params: {},
});

describe("lines that did not apply", () => {
  test("[PN7] are grouped by reason in a fixed order, each group sorted: prices first, then source, then row id", () => {
    const lines = [
      ex("d9", "OTHER_UNIT", "discount"),
      ex("p3", "OUT_OF_DATES", "price", "CP2"),
      ex("p2", "OUT_OF_DATES", "price"),
      ex("d1", "OUT_OF_DATES", "discount"),
      ex("p1", "OUT_OF_DATES", "price"),
      ex("p7", "OTHER_UNIT", "price"),
    ];
    expect(groupExclusions(lines).map((g) => [g.reason, g.lines.map((l) => l.rowId)])).toEqual([
      ["OUT_OF_DATES", ["p1", "p2", "p3", "d1"]],
      ["OTHER_UNIT", ["p7", "d9"]],
    ]);
  });
});
