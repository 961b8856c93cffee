/**
 * Every worked example #1–#39 of bc-reference.md §10.3, transcribed from the reference (base date with its
 * weekday as printed there, formula, expected result). #40 is Date2DWY, not CALCDATE.
 */
import { calcDate } from "./calcDate";
import { isoWeekday, parseIsoDate } from "./civilDate";

const WEEKDAY: Readonly<Record<string, number>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

// [#, base date, weekday of base, formula, result]
const EXAMPLES: ReadonlyArray<readonly [number, string, string, string, string]> = [
  [1, "1996-05-21", "Tue", "CQ+1M-10D", "1996-07-20"],
  [2, "1996-05-21", "Tue", "-WD2", "1996-05-14"],
  [3, "1996-05-21", "Tue", "CM+30D", "1996-06-30"],
  [4, "2022-04-20", "Wed", "CM", "2022-04-30"],
  [5, "2022-04-20", "Wed", "-CM", "2022-04-01"],
  [6, "2022-04-20", "Wed", "1M", "2022-05-20"],
  [7, "2022-04-20", "Wed", "1M+CM", "2022-05-31"],
  [8, "2022-04-20", "Wed", "CM+D25", "2022-05-25"],
  [9, "2022-04-20", "Wed", "CM+45D", "2022-06-14"],
  [10, "2022-04-20", "Wed", "7D", "2022-04-27"],
  [11, "2022-04-20", "Wed", "D7", "2022-05-07"],
  [12, "2022-04-20", "Wed", "D25", "2022-04-25"],
  [13, "2022-04-20", "Wed", "-D10", "2022-04-10"],
  [14, "2022-04-20", "Wed", "WD1", "2022-04-25"],
  [15, "2022-04-20", "Wed", "WD6", "2022-04-23"],
  [16, "2022-04-20", "Wed", "1Q+1M+CM", "2022-08-31"],
  [17, "2022-04-20", "Wed", "1Y-CY", "2023-01-01"],
  [18, "2022-04-20", "Wed", "CY+1D", "2023-01-01"],
  [19, "2022-04-20", "Wed", "CW", "2022-04-24"],
  [20, "2022-01-30", "Sun", "1M", "2022-02-28"],
  [21, "2024-02-29", "Thu", "1D+1M-1D", "2024-03-31"],
  [22, "2023-01-31", "Tue", "1M", "2023-02-28"],
  [23, "2024-01-31", "Wed", "1M", "2024-02-29"],
  [24, "2023-03-31", "Fri", "-1M", "2023-02-28"],
  [25, "2024-02-29", "Thu", "1Y", "2025-02-28"],
  [26, "2023-04-10", "Mon", "CM+1M", "2023-05-30"],
  [27, "2023-11-30", "Thu", "CM+1M", "2023-12-30"],
  [28, "2023-05-17", "Wed", "-CW", "2023-05-15"],
  [29, "2023-05-21", "Sun", "CW", "2023-05-21"],
  [30, "2023-05-17", "Wed", "CW+1D", "2023-05-22"],
  [31, "2023-05-17", "Wed", "-1Y+CW", "2022-05-22"],
  [32, "2023-05-17", "Wed", "-CQ", "2023-04-01"],
  [33, "2023-05-17", "Wed", "-CY", "2023-01-01"],
  [34, "2023-05-17", "Wed", "WD3", "2023-05-24"],
  [35, "2023-05-10", "Wed", "D10", "2023-06-10"],
  [36, "2023-05-17", "Wed", "CM+1D-1M", "2023-05-01"],
  [37, "2023-05-17", "Wed", "CW+1D-1W", "2023-05-15"],
  [38, "2023-12-15", "Fri", "CM+10D", "2024-01-10"],
  [39, "2023-05-17", "Wed", "1W-1D", "2023-05-23"],
];

describe("[§10.3] calcDate reproduces the reference's worked examples", () => {
  test.each(EXAMPLES)("#%i: %s (%s) %s → %s", (_n, base, _weekday, formula, expected) => {
    expect(calcDate(formula, base)).toBe(expected);
  });

  test.each(EXAMPLES)("#%i: base %s is a %s", (_n, base, weekday) => {
    const parsed = parseIsoDate(base);
    expect(parsed).not.toBeNull();
    if (parsed !== null) expect(isoWeekday(parsed)).toBe(WEEKDAY[weekday]);
  });

  test("the table holds all 39 CALCDATE examples", () => {
    expect(EXAMPLES.map(([n]) => n)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
  });
});
