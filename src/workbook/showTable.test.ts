import { firstEmptyRow } from "./showTable";

describe("the first empty row of a table", () => {
  test("the row below the body when its last row is used", () => {
    expect(firstEmptyRow([["A"], ["B"]], 0)).toBe(2);
  });

  test("the first of the blank rows at the end of the body (a new table's one blank row is row 0)", () => {
    expect(firstEmptyRow([[""]], 0)).toBe(0);
    expect(
      firstEmptyRow(
        [
          ["A", ""],
          ["", ""],
          ["", ""],
        ],
        40,
      ),
    ).toBe(41);
    expect(
      firstEmptyRow(
        [
          ["", ""],
          ["B", ""],
          ["", ""],
        ],
        0,
      ),
    ).toBe(2);
  });
});
