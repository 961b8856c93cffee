import { addDays, format } from "date-fns";
import fc from "fast-check";
import { isoToSerial, serialToIso } from "./excelSerial";

// Anchors from Excel itself: =DATE(…) shown as a number.
const ANCHORS: [number, string][] = [
  [1, "1900-01-01"],
  [59, "1900-02-28"],
  [61, "1900-03-01"],
  [45000, "2023-03-15"],
  [46082, "2026-03-01"],
  [2958465, "9999-12-31"],
];

describe("Excel 1900 date system", () => {
  test.each(ANCHORS)("serial %d is %s and back", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  test("serial 60 is Excel's fake 1900-02-29, which is no calendar date", () => {
    expect(serialToIso(60)).toBeNull();
    expect(isoToSerial("1900-02-29")).toBeNaN();
  });

  test("a fraction is a time of day: the day is kept", () => {
    expect(serialToIso(45000.99)).toBe("2023-03-15");
  });

  test.each([0, -1, 2958466, NaN, Infinity])("serial %p is out of range", (serial) => {
    expect(serialToIso(serial)).toBeNull();
  });

  test.each(["", "2026-02-31", "1899-12-31", "2026-3-1", "abc"])("isoToSerial(%p) is NaN", (iso) => {
    expect(isoToSerial(iso)).toBeNaN();
  });

  test("every serial after the fake leap day is one calendar day after the previous (date-fns as oracle)", () => {
    const anchor = new Date(2023, 2, 15); // serial 45000
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const expected = format(addDays(anchor, serial - 45000), "yyyy-MM-dd");
        expect(serialToIso(serial)).toBe(expected);
        expect(isoToSerial(expected)).toBe(serial);
      }),
    );
  });
});
