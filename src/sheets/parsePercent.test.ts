import type { Lang } from "../domain";
import type { CellValue } from "../workbook";
import { formatShowsPercent, parsePercent } from "./parsePercent";

const LANGS: Lang[] = ["en", "da"];

// [cell, the cell's number format, percent points] — the same in both languages.
const BOTH: [CellValue, string, number][] = [
  ["15", "", 15],
  ["12,5", "", 12.5],
  ["12.5", "", 12.5],
  ["1.234,50", "", 1234.5],
  ["1,234.50", "", 1234.5],
  ["15 %", "", 15],
  ["15%", "", 15],
  ["12,5 %", "", 12.5],
  ["12.5%", "", 12.5],
  [" 7,25 % ", "", 7.25],
  ["15\u00a0%", "", 15],
  ["-2,5%", "", -2.5],
  ["", "", 0],
  ["  ", "", 0],
  [15, "", 15],
  [15, "0.00", 15],
  [12.5, "General", 12.5],
  [0.15, "", 0.15],
  [0.15, "0%", 15],
  [0.125, "0.00%", 12.5],
  [0.155, "0.0%", 15.5],
  [0.07, "0.00 %", 7],
  [1, "0%", 100],
  [0, "0%", 0],
  [0.15, '0.00" %"', 0.15],
  [0.15, "0.00\\%", 0.15],
  [0.15, "[Red]0.00%", 15],
  // A %-formatted cell typed as text is text: the format does not scale it.
  ["15", "0%", 15],
  ["15 %", "0%", 15],
];

// The ambiguous single separator followed by three digits groups thousands only in its own language.
const AMBIGUOUS: [string, { en: number; da: number }][] = [
  ["1,234 %", { en: 1234, da: 1.234 }],
  ["1.234%", { en: 1.234, da: 1234 }],
];

const REJECTED: [CellValue, string][] = [
  ["%", "notNumber"],
  [" % ", "notNumber"],
  ["15%%", "notNumber"],
  ["%15", "notNumber"],
  ["15 % 3", "notNumber"],
  ["abc", "letters"],
  ["15 pct", "letters"],
  ["ti %", "letters"],
  ["1,2,3 %", "notNumber"],
  [true, "notNumber"],
  [NaN, "notNumber"],
  [Infinity, "notNumber"],
];

describe.each(LANGS)("parsePercent (%s)", (lang) => {
  test.each(BOTH)("reads %p (format %p) as %p", (cell, format, value) => {
    expect(parsePercent(cell, lang, format)).toEqual({ ok: true, value });
  });

  test.each(AMBIGUOUS)("reads ambiguous %p by the language's thousands separator", (cell, expected) => {
    expect(parsePercent(cell, lang)).toEqual({ ok: true, value: expected[lang] });
  });

  test.each(REJECTED)("rejects %p (%s)", (cell, reason) => {
    expect(parsePercent(cell, lang, "0%")).toEqual({ ok: false, reason });
  });
});

test.each<[string, boolean]>([
  ["0%", true],
  ["0.00%", true],
  ["#,##0.0 %", true],
  ["0%;-0%", true],
  ["General", false],
  ["0.00", false],
  ["", false],
  ['0.00" %"', false],
  ["0.00\\%", false],
  ["0.00_%", false],
  ["[$%-406]0.00", false],
])("number format %p shows a fraction as a percentage: %p", (format, shows) => {
  expect(formatShowsPercent(format)).toBe(shows);
});
