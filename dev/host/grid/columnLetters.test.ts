import fc from "fast-check";
import { cellAddress, columnIndex, columnLetters } from "./columnLetters";

describe("column letters follow Excel's naming", () => {
  it("names the first, last single-letter and first double-letter columns", () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(columnLetters)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA"]);
  });

  it("names the boundaries between letter counts and Excel's last column", () => {
    expect(columnLetters(701)).toBe("ZZ");
    expect(columnLetters(702)).toBe("AAA");
    expect(columnLetters(16_383)).toBe("XFD");
  });

  it("round-trips every column through its letters", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000 }), (col) => columnIndex(columnLetters(col)) === col));
  });

  it("orders columns of equal letter count alphabetically", () => {
    fc.assert(fc.property(fc.integer({ min: 26, max: 700 }), (col) => columnLetters(col) < columnLetters(col + 1)));
  });

  it("writes A1 addresses with 1-based row numbers", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(cellAddress(99_999, 27)).toBe("AB100000");
  });
});
