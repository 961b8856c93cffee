import { addressRects, overlaps } from "./a1Address";

describe("addresses of change events", () => {
  test("cells, blocks, whole rows and columns, several areas and sheet names", () => {
    expect(addressRects("B3")).toEqual([{ row: 2, col: 1, rows: 1, cols: 1 }]);
    expect(addressRects("Sheet1!$A$2:C4")).toEqual([{ row: 1, col: 0, rows: 3, cols: 3 }]);
    expect(addressRects("5:7")).toEqual([{ row: 4, col: 0, rows: 3, cols: 16_384 }]);
    expect(addressRects("C:D")).toEqual([{ row: 0, col: 2, rows: 1_048_576, cols: 2 }]);
    expect(addressRects("A1:B2, D4")).toHaveLength(2);
    expect(addressRects("not an address")).toEqual([]);
  });

  test("overlap of two rectangles", () => {
    const table = { row: 0, col: 0, rows: 4, cols: 3 };
    expect(overlaps({ row: 3, col: 2, rows: 1, cols: 1 }, table)).toBe(true);
    expect(overlaps({ row: 4, col: 0, rows: 1, cols: 1 }, table)).toBe(false);
  });
});
