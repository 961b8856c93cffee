import fc from "fast-check";
import { incrementNo, manualNoIssue, nextNoFromSeries } from "./numberSeries";
import { DomainError, type NumberSeries } from "./records";

const series = (overrides: Partial<NumberSeries> = {}): NumberSeries => ({
  code: "CAMP",
  startingNo: "CP0001",
  lastNoUsed: "",
  manualNos: false,
  ...overrides,
});

describe("[§1] incrementNo counts up the last run of digits, as BC does", () => {
  test.each([
    ["CP0001", "CP0002"],
    ["CP0009", "CP0010"],
    ["CP9999", "CP10000"],
    ["A1B099", "A1B100"],
    ["99", "100"],
    ["0", "1"],
    ["2026-001-X", "2026-002-X"],
    ["X9Y", "X10Y"],
    ["C123456789012345678", "C123456789012345679"],
    ["N99999999999999999999", "N100000000000000000000"],
  ])("%s → %s", (no, next) => {
    expect(incrementNo(no)).toBe(next);
  });

  test("a number without digits throws NUMBER_SERIES_NO_DIGITS", () => {
    expect(() => incrementNo("CAMP")).toThrow(DomainError);
    expect(() => incrementNo("")).toThrow(expect.objectContaining({ code: "NUMBER_SERIES_NO_DIGITS" }));
  });

  test("the numeric value of the last digit run goes up by exactly one, and the prefix is kept", () => {
    fc.assert(
      fc.property(fc.constantFrom("CP", "A1B", "X-"), fc.integer({ min: 0, max: 999_999 }), fc.nat(6), (p, n, w) => {
        const next = incrementNo(p + String(n).padStart(w, "0"));
        expect(next.startsWith(p)).toBe(true);
        expect(Number(next.slice(p.length))).toBe(n + 1);
        expect(next.length - p.length).toBe(Math.max(w, String(n + 1).length));
      }),
      { numRuns: 300 },
    );
  });
});

describe("[§1] nextNoFromSeries", () => {
  test("an unused series gives its starting no. and records it as last used", () => {
    const { no, series: updated } = nextNoFromSeries(series(), new Set());
    expect(no).toBe("CP0001");
    expect(updated).toEqual(series({ lastNoUsed: "CP0001" }));
  });

  test("a used series gives the number after lastNoUsed", () => {
    expect(nextNoFromSeries(series({ lastNoUsed: "CP0009" }), new Set()).no).toBe("CP0010");
  });

  test("numbers already taken are skipped", () => {
    const result = nextNoFromSeries(series({ lastNoUsed: "CP0001" }), new Set(["CP0002", "CP0003", "CP0005"]));
    expect(result.no).toBe("CP0004");
    expect(result.series.lastNoUsed).toBe("CP0004");
    expect(nextNoFromSeries(series(), new Set(["CP0001"])).no).toBe("CP0002");
  });

  test("the input series is not modified", () => {
    const original = series({ lastNoUsed: "CP0002" });
    nextNoFromSeries(original, new Set());
    expect(original.lastNoUsed).toBe("CP0002");
  });

  test("a series without digits throws NUMBER_SERIES_NO_DIGITS", () => {
    expect(() => nextNoFromSeries(series({ startingNo: "CAMP" }), new Set())).toThrow(
      expect.objectContaining({ code: "NUMBER_SERIES_NO_DIGITS" }),
    );
  });
});

describe("[§1.1] manual numbers only when the series allows them", () => {
  test("MANUAL_NO_NOT_ALLOWED error when manualNos is false", () => {
    const issue = manualNoIssue(3, "no", series(), "en");
    expect(issue).toMatchObject({ row: 3, field: "no", code: "MANUAL_NO_NOT_ALLOWED", severity: "error" });
    expect(issue?.message).toContain("CAMP");
  });

  test("no issue when manualNos is true", () => {
    expect(manualNoIssue(3, "no", series({ manualNos: true }), "da")).toBeNull();
  });
});
