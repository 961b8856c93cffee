import fc from "fast-check";
import { addMonths, dayNumber, formatIsoDate, fromDayNumber, isIsoDate, isoWeekday, parseIsoDate } from "./civilDate";

const DAY_MS = 86_400_000;
const utcIso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

describe("[§1] isIsoDate accepts real calendar dates YYYY-MM-DD only", () => {
  test.each([
    ["2024-02-29", true],
    ["2026-02-29", false],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2023-04-30", true],
    ["2023-04-31", false],
    ["2023-13-01", false],
    ["2023-00-10", false],
    ["2023-01-00", false],
    ["0000-01-01", false],
    ["0001-01-01", true],
    ["9999-12-31", true],
    ["2023-1-01", false],
    ["2023/01/01", false],
    [" 2023-01-01", false],
    ["2023-01-01T00:00", false],
    ["2023-0a-01", false],
    ["", false],
  ])("%p → %p", (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });
});

describe("civil-day arithmetic agrees with UTC Date arithmetic (any time zone)", () => {
  test("day numbers, ISO formatting and weekdays round-trip against Date.UTC", () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (day) => {
        const iso = utcIso(day);
        const civil = fromDayNumber(day);
        expect(formatIsoDate(civil)).toBe(iso);
        expect(dayNumber(civil)).toBe(day);
        expect(parseIsoDate(iso)).toEqual(civil);
        expect(isoWeekday(civil)).toBe(((new Date(day * DAY_MS).getUTCDay() + 6) % 7) + 1);
      }),
      { numRuns: 500 },
    );
  });

  test("addMonths clamps to the last day of the target month", () => {
    expect(formatIsoDate(addMonths({ y: 2023, m: 1, d: 31 }, 1))).toBe("2023-02-28");
    expect(formatIsoDate(addMonths({ y: 2023, m: 12, d: 15 }, 1))).toBe("2024-01-15");
    expect(formatIsoDate(addMonths({ y: 2024, m: 3, d: 31 }, -13))).toBe("2023-02-28");
  });
});
