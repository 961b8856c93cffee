import fc from "fast-check";
import { serialToIso } from "./excelDate";

const DAY_MS = 86_400_000;

describe("Excel serial dates (1900 system, with the 1900 leap-year bug)", () => {
  it("serial 1 is 1900-01-01 and serial 59 is 1900-02-28", () => {
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(59)).toBe("1900-02-28");
  });

  it("serial 60 is the fictitious 1900-02-29 and serial 61 is 1900-03-01", () => {
    expect(serialToIso(60)).toBe("1900-02-29");
    expect(serialToIso(61)).toBe("1900-03-01");
  });

  it("matches well-known modern serials", () => {
    expect(serialToIso(36_526)).toBe("2000-01-01");
    expect(serialToIso(45_292)).toBe("2024-01-01");
    expect(serialToIso(2_958_465)).toBe("9999-12-31");
  });

  it("ignores the time-of-day fraction", () => {
    expect(serialToIso(45_292.75)).toBe("2024-01-01");
  });

  it("shows no date for negative serials or serials past 9999-12-31", () => {
    expect(serialToIso(-1)).toBeNull();
    expect(serialToIso(2_958_466)).toBeNull();
    expect(serialToIso(Number.NaN)).toBeNull();
  });

  it("advances one calendar day per serial after the fake leap day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_464 }), (serial) => {
        const a = Date.parse(serialToIso(serial) ?? "");
        const b = Date.parse(serialToIso(serial + 1) ?? "");
        return b - a === DAY_MS;
      }),
    );
  });
});
