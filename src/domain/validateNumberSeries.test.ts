import type { Issue, NumberSeries } from "./records";
import { validateNumberSeries } from "./validateNumberSeries";

const series = (overrides: Partial<NumberSeries> = {}): NumberSeries => ({
  code: "CAMP",
  startingNo: "CP0001",
  lastNoUsed: "",
  manualNos: true,
  ...overrides,
});
const brief = (issues: Issue[]) => issues.map((i) => [i.row, i.field, i.code]);

describe("[§1] number series", () => {
  test("a valid series, used or unused, has no issues", () => {
    expect(validateNumberSeries([series(), series({ code: "C2", lastNoUsed: "CP0042" })], "en")).toEqual([]);
  });

  test("NUMBER_SERIES_NO_DIGITS: startingNo must contain a digit (a blank one has none)", () => {
    const issues = validateNumberSeries([series({ startingNo: "CAMP" }), series({ code: "C2", startingNo: "" })], "en");
    expect(brief(issues)).toEqual([
      [0, "startingNo", "NUMBER_SERIES_NO_DIGITS"],
      [1, "startingNo", "NUMBER_SERIES_NO_DIGITS"],
    ]);
  });

  test("NUMBER_SERIES_NO_DIGITS: lastNoUsed, when set, must contain a digit", () => {
    expect(brief(validateNumberSeries([series({ lastNoUsed: "CPX" })], "en"))).toEqual([
      [0, "lastNoUsed", "NUMBER_SERIES_NO_DIGITS"],
    ]);
  });

  test("KEY_REQUIRED, CODE_TOO_LONG on numbers over 20, DUPLICATE_KEY", () => {
    const issues = validateNumberSeries(
      [series({ code: "" }), series({ startingNo: `CP${"0".repeat(19)}` }), series({ code: "camp" })],
      "en",
    );
    expect(brief(issues)).toEqual([
      [0, "code", "KEY_REQUIRED"],
      [1, "startingNo", "CODE_TOO_LONG"],
      [1, "code", "DUPLICATE_KEY"],
      [2, "code", "DUPLICATE_KEY"],
    ]);
  });
});
