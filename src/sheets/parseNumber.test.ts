import type { Lang } from "../domain";
import type { CellValue } from "../workbook";
import { parseNumber } from "./parseNumber";

const LANGS: Lang[] = ["en", "da"];

const BOTH: [CellValue, number][] = [
  [12, 12],
  [12.5, 12.5],
  [-3, -3],
  ["12", 12],
  [" 12 ", 12],
  ["\u00a012\u00a0", 12],
  ["12.5", 12.5],
  ["12,5", 12.5],
  ["-12,5", -12.5],
  ["\u22123", -3],
  ["+4", 4],
  [".5", 0.5],
  [",5", 0.5],
  ["1.234,50", 1234.5],
  ["1,234.50", 1234.5],
  ["1 234,50", 1234.5],
  ["1\u00a0234.50", 1234.5],
  ["1\u202f234\u202f567", 1234567],
  ["1,234,567", 1234567],
  ["1.234.567", 1234567],
  ["1.234.567,89", 1234567.89],
  ["12345,678", 12345.678],
  ["", 0],
  ["  ", 0],
];

// The ambiguous single separator followed by three digits groups thousands only in its own language.
const AMBIGUOUS: [string, { en: number; da: number }][] = [
  ["1,234", { en: 1234, da: 1.234 }],
  ["1.234", { en: 1.234, da: 1234 }],
  ["-1.234", { en: -1.234, da: -1234 }],
];

const REJECTED: [CellValue, string][] = [
  ["abc", "letters"],
  ["12 kr", "letters"],
  ["1e5", "letters"],
  ["ti", "letters"],
  ["$12", "notNumber"],
  ["12%", "notNumber"],
  ["1,2,3", "notNumber"],
  ["1.2.3", "notNumber"],
  ["1,23.4", "notNumber"],
  ["1.23,4", "notNumber"],
  ["-", "notNumber"],
  [".", "notNumber"],
  ["1-2", "notNumber"],
  [true, "notNumber"],
  [NaN, "notNumber"],
  [Infinity, "notNumber"],
];

describe.each(LANGS)("parseNumber (%s)", (lang) => {
  test.each(BOTH)("accepts %p as %p", (cell, n) => {
    expect(parseNumber(cell, lang)).toEqual({ ok: true, value: n });
  });

  test.each(AMBIGUOUS)("reads ambiguous %p by the language's thousands separator", (cell, expected) => {
    expect(parseNumber(cell, lang)).toEqual({ ok: true, value: expected[lang] });
  });

  test.each(REJECTED)("rejects %p (%s)", (cell, reason) => {
    expect(parseNumber(cell, lang)).toEqual({ ok: false, reason });
  });
});
