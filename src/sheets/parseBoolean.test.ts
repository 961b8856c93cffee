import type { Lang } from "../domain";
import type { CellValue } from "../workbook";
import { parseBoolean } from "./parseBoolean";

const ACCEPTED: [CellValue, boolean][] = [
  [true, true],
  [false, false],
  ["TRUE", true],
  ["false", false],
  ["SAND", true],
  ["falsk", false],
  ["Yes", true],
  ["no", false],
  ["Ja", true],
  ["NEJ", false],
  [1, true],
  [0, false],
  ["1", true],
  ["0", false],
  ["x", true],
  [" X ", true],
  ["", false],
  ["  ", false],
];

const REJECTED: CellValue[] = ["maybe", "y", "2", 2, -1, 0.5, "xx"];

describe.each<Lang>(["en", "da"])("parseBoolean (%s)", (lang) => {
  test.each(ACCEPTED)("accepts %p as %p", (cell, value) => {
    expect(parseBoolean(cell, lang)).toEqual({ ok: true, value });
  });

  test.each(REJECTED)("rejects %p", (cell) => {
    expect(parseBoolean(cell, lang)).toEqual({ ok: false, reason: "notBoolean" });
  });
});
