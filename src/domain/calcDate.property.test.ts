/**
 * Properties of calcDate (domain-rules.md §7, bc-reference.md §10.2). The oracle for weekdays and day
 * distances is the UTC `Date` arithmetic of the JS engine, independent of the code under test and of TZ.
 */
import fc from "fast-check";
import { calcDate, isValidDateFormula } from "./calcDate";
import { DomainError } from "./records";

const RUNS = { numRuns: 300 };
const DAY_MS = 86_400_000;

/** Epoch day → ISO via UTC, so the generated dates do not depend on the time zone the tests run in. */
const isoFromDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayFromIso = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const weekday = (iso: string): number => ((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
const dayOf = (iso: string): number => Number(iso.slice(8, 10));
const monthIndex = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const isLastDayOfMonth = (iso: string): boolean => isoFromDay(dayFromIso(iso) + 1).endsWith("-01");

const anyDate = fc.integer({ min: dayFromIso("1900-01-01"), max: dayFromIso("2199-12-31") }).map(isoFromDay);

function expectSyntaxError(formula: string, base = "2023-05-17"): void {
  let thrown: unknown;
  try {
    calcDate(formula, base);
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(DomainError);
  expect((thrown as DomainError).code).toBe("DATE_FORMULA_SYNTAX");
}

describe("[§7] current-period terms", () => {
  test("-CM ≤ base ≤ CM, -CM is the 1st and CM the last day of the base's month", () => {
    fc.assert(
      fc.property(anyDate, (base) => {
        const start = calcDate("-CM", base);
        const end = calcDate("CM", base);
        expect(start <= base && base <= end).toBe(true);
        expect(start).toBe(`${base.slice(0, 7)}-01`);
        expect(end.slice(0, 7)).toBe(base.slice(0, 7));
        expect(isLastDayOfMonth(end)).toBe(true);
      }),
      RUNS,
    );
  });

  test("CW is the Sunday and -CW the Monday of the base's ISO week (within 6 days)", () => {
    fc.assert(
      fc.property(anyDate, (base) => {
        const sunday = calcDate("CW", base);
        const monday = calcDate("-CW", base);
        expect(weekday(sunday)).toBe(7);
        expect(weekday(monday)).toBe(1);
        const ahead = dayFromIso(sunday) - dayFromIso(base);
        const behind = dayFromIso(base) - dayFromIso(monday);
        expect(ahead >= 0 && ahead <= 6 && behind >= 0 && behind <= 6).toBe(true);
      }),
      RUNS,
    );
  });

  test("CQ is the last day of the base's calendar quarter, -CQ its first day", () => {
    fc.assert(
      fc.property(anyDate, (base) => {
        const end = calcDate("CQ", base);
        const start = calcDate("-CQ", base);
        expect([3, 6, 9, 12]).toContain(Number(end.slice(5, 7)));
        expect(isLastDayOfMonth(end)).toBe(true);
        expect([1, 4, 7, 10]).toContain(Number(start.slice(5, 7)));
        expect(dayOf(start)).toBe(1);
        expect(start <= base && base <= end && end.slice(0, 4) === base.slice(0, 4)).toBe(true);
        expect(monthIndex(end) - monthIndex(start)).toBe(2);
      }),
      RUNS,
    );
  });

  test("CY is Dec 31 and -CY Jan 1 of the base's year; CD changes nothing", () => {
    fc.assert(
      fc.property(anyDate, (base) => {
        expect(calcDate("CY", base)).toBe(`${base.slice(0, 4)}-12-31`);
        expect(calcDate("-CY", base)).toBe(`${base.slice(0, 4)}-01-01`);
        expect(calcDate("CD", base)).toBe(base);
      }),
      RUNS,
    );
  });
});

describe("[§7] offsets", () => {
  test("nD then -nD returns the base, and nD moves exactly n days", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 9999 }), (base, n) => {
        const later = calcDate(`${n}D`, base);
        expect(dayFromIso(later) - dayFromIso(base)).toBe(n);
        expect(calcDate(`-${n}D`, later)).toBe(base);
      }),
      RUNS,
    );
  });

  test("nW moves exactly 7n days", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -50, max: 50 }), (base, n) => {
        const formula = n < 0 ? `${n}W` : `+${n}W`;
        expect(dayFromIso(calcDate(formula, base)) - dayFromIso(base)).toBe(7 * n);
      }),
      RUNS,
    );
  });

  test("1M lands in the next month on the same day, or clamps to that month's last day", () => {
    fc.assert(
      fc.property(anyDate, (base) => {
        const next = calcDate("1M", base);
        expect(monthIndex(next)).toBe(monthIndex(base) + 1);
        const sameDay = dayOf(next) === dayOf(base);
        const clamped = dayOf(next) < dayOf(base) && isLastDayOfMonth(next);
        expect(sameDay || clamped).toBe(true);
      }),
      RUNS,
    );
  });

  test("nQ equals 3n months and nY equals 12n months", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 20 }), (base, n) => {
        expect(calcDate(`${n}Q`, base)).toBe(calcDate(`${3 * n}M`, base));
        expect(calcDate(`-${n}Y`, base)).toBe(calcDate(`-${12 * n}M`, base));
      }),
      RUNS,
    );
  });
});

describe("[§7] next weekday and next day-of-month", () => {
  test("WDn lands on weekday n strictly after the base, within 7 days; -WDn strictly before", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 7 }), (base, n) => {
        const next = calcDate(`WD${n}`, base);
        const ahead = dayFromIso(next) - dayFromIso(base);
        expect(weekday(next)).toBe(n);
        expect(ahead >= 1 && ahead <= 7).toBe(true);
        const previous = calcDate(`-WD${n}`, base);
        const behind = dayFromIso(base) - dayFromIso(previous);
        expect(weekday(previous)).toBe(n);
        expect(behind >= 1 && behind <= 7).toBe(true);
      }),
      RUNS,
    );
  });

  test("Dn lands strictly after the base on day n, or on a month's last day when the month is shorter", () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 31 }), (base, n) => {
        const next = calcDate(`D${n}`, base);
        expect(next > base).toBe(true);
        expect(monthIndex(next) - monthIndex(base)).toBeLessThanOrEqual(1);
        expect(dayOf(next) === n || (dayOf(next) < n && isLastDayOfMonth(next))).toBe(true);
        const previous = calcDate(`-D${n}`, base);
        expect(previous < base).toBe(true);
        expect(monthIndex(base) - monthIndex(previous)).toBeLessThanOrEqual(1);
        expect(dayOf(previous) === n || (dayOf(previous) < n && isLastDayOfMonth(previous))).toBe(true);
      }),
      RUNS,
    );
  });

  test("D31 in April clamps to April 30 (reference §10.2: NOT FOUND, our choice)", () => {
    expect(calcDate("D31", "2023-04-29")).toBe("2023-04-30");
    expect(calcDate("D31", "2023-04-30")).toBe("2023-05-31");
    expect(calcDate("D30", "2023-02-10")).toBe("2023-02-28");
    expect(calcDate("-D31", "2023-04-30")).toBe("2023-03-31");
  });
});

const unit = fc.constantFrom("D", "W", "M", "Q", "Y");
const term = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 99 }), unit).map(([n, u]) => `${n}${u}`),
  unit.map((u) => `C${u}`),
  fc.integer({ min: 1, max: 7 }).map((n) => `WD${n}`),
  fc.integer({ min: 1, max: 31 }).map((n) => `D${n}`),
);
const formula = fc
  .tuple(fc.constantFrom("", "-", "+"), term, fc.array(fc.tuple(fc.constantFrom("+", "-"), term), { maxLength: 3 }))
  .map(([sign, first, rest]) => sign + first + rest.map(([s, t]) => s + t).join(""));

describe("[§7] notation", () => {
  test("lower case and <…> brackets give the same date as the plain formula", () => {
    fc.assert(
      fc.property(anyDate, formula, (base, f) => {
        const plain = calcDate(f, base);
        expect(isValidDateFormula(f)).toBe(true);
        expect(calcDate(f.toLowerCase(), base)).toBe(plain);
        expect(calcDate(`<${f}>`, base)).toBe(plain);
        expect(calcDate(`<${f.toLowerCase()}>`, base)).toBe(plain);
      }),
      RUNS,
    );
  });

  test("terms apply left to right: CM+1M differs from 1M+CM", () => {
    expect(calcDate("CM+1M", "2023-04-10")).not.toBe(calcDate("1M+CM", "2023-04-10"));
  });

  test("an empty formula (a step without one) keeps the base date", () => {
    expect(calcDate("", "2023-05-17")).toBe("2023-05-17");
    expect(calcDate("<>", "2023-05-17")).toBe("2023-05-17");
  });
});

describe("[§7] malformed formulas → DATE_FORMULA_SYNTAX, never a wrong date", () => {
  const garbage = [
    "1X",
    "D",
    "+",
    "-",
    "CZ",
    "WD8",
    "WD0",
    "D32",
    "D0",
    "10000D",
    "1WD",
    "W2",
    "M1",
    "Q1",
    "Y1",
    "1M1D",
    "CWD1",
    "1D+",
    "<1D",
    "1D>",
    "<<1D>>",
    "C",
    "++1D",
    "1.5D",
    "WD",
    "1D+-1D",
  ];
  test.each(garbage)("%s is rejected", (f) => {
    expectSyntaxError(f);
    expect(isValidDateFormula(f)).toBe(false);
  });

  test.each(["2026-02-29", "2023-5-17", "", "17-05-2023", "2023-05-17T00:00"])("base date %p is rejected", (b) => {
    expectSyntaxError("1D", b);
  });

  test("a result outside 0001..9999 is DATE_OUT_OF_RANGE", () => {
    expect(() => calcDate("1D", "9999-12-31")).toThrow(expect.objectContaining({ code: "DATE_OUT_OF_RANGE" }));
  });
});
