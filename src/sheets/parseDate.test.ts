import type { Lang } from "../domain";
import type { CellValue } from "../workbook";
import { parseDate } from "./parseDate";

const LANGS: Lang[] = ["en", "da"];

// Forms that read the same in both languages.
const BOTH: [CellValue, string][] = [
  [46082, "2026-03-01"],
  [46082.75, "2026-03-01"],
  ["2026-03-01", "2026-03-01"],
  ["2026-3-1", "2026-03-01"],
  ["  2026-03-01 ", "2026-03-01"],
  ["2026-03-01T10:30:00", "2026-03-01"],
  ["2026-03-01 10:30", "2026-03-01"],
  ["2026/03/01", "2026-03-01"],
  ["01-03-2026", "2026-03-01"],
  ["1-3-2026", "2026-03-01"],
  ["01.03.2026", "2026-03-01"],
  ["1.3.2026", "2026-03-01"],
  ["1. 3. 2026", "2026-03-01"],
  ["01-03-26", "2026-03-01"],
  ["01-03-49", "2049-03-01"],
  ["01-03-50", "1950-03-01"],
  ["01.03.99", "1999-03-01"],
  ["1 March 2026", "2026-03-01"],
  ["March 1, 2026", "2026-03-01"],
  ["MARCH 1 2026", "2026-03-01"],
  ["1st March 2026", "2026-03-01"],
  ["Mar 1st, 2026", "2026-03-01"],
  ["1 mar 2026", "2026-03-01"],
  ["1-Mar-2026", "2026-03-01"],
  ["1-mar-26", "2026-03-01"],
  ["1. marts 2026", "2026-03-01"],
  ["1. maj 2026", "2026-05-01"],
  ["1 May 2026", "2026-05-01"],
  ["1 okt 2026", "2026-10-01"],
  ["1 Oct 2026", "2026-10-01"],
  ["1 sept 2026", "2026-09-01"],
  ["1.\u00a0december\u00a02026", "2026-12-01"],
  ["29-02-2024", "2024-02-29"],
  ["", ""],
  ["   ", ""],
];

// Slashes follow the language: Danish day first, English month first.
const SLASHED: [string, { en: string; da: string }][] = [
  ["1/3/2026", { en: "2026-01-03", da: "2026-03-01" }],
  ["3/1/2026", { en: "2026-03-01", da: "2026-01-03" }],
  ["01/03/26", { en: "2026-01-03", da: "2026-03-01" }],
];

const REJECTED: [CellValue, string][] = [
  ["abc", "notDate"],
  ["31-02-2026", "noSuchDay"],
  ["29-02-2025", "noSuchDay"],
  ["2026-02-30", "noSuchDay"],
  ["0-3-2026", "noSuchDay"],
  ["31 April 2026", "noSuchDay"],
  ["2026-13-01", "notDate"],
  ["01-13-2026", "notDate"],
  ["1 Smarch 2026", "notDate"],
  ["March 2026", "notDate"],
  ["01-03-202", "notDate"],
  ["1/2/3/4", "notDate"],
  ["46082", "notDate"],
  [true, "notDate"],
  [NaN, "notDate"],
  [0, "numberOutOfRange"],
  [-5, "numberOutOfRange"],
  [2958466, "numberOutOfRange"],
  [60, "noSuchDay"],
  ["1752-12-31", "outOfRange"],
  ["10000-01-01", "notDate"],
];

describe.each(LANGS)("parseDate (%s)", (lang) => {
  test.each(BOTH)("accepts %p as %s", (cell, iso) => {
    expect(parseDate(cell, lang)).toEqual({ ok: true, value: iso });
  });

  test.each(SLASHED)("reads slashed %p by the language's order", (cell, expected) => {
    expect(parseDate(cell, lang)).toEqual({ ok: true, value: expected[lang] });
  });

  test.each(REJECTED)("rejects %p (%s), never rolling over", (cell, reason) => {
    expect(parseDate(cell, lang)).toEqual({ ok: false, reason });
  });
});

test("a month-first slashed date with day > 12 is rejected in Danish, accepted in English", () => {
  expect(parseDate("12/31/2026", "en")).toEqual({ ok: true, value: "2026-12-31" });
  expect(parseDate("12/31/2026", "da")).toEqual({ ok: false, reason: "notDate" });
});
