import { columnPixels, columnSlots, MIN_COLUMN_PX, PX_PER_CHAR, slotsWidth } from "./columnLayout";

describe("column layout", () => {
  it("converts character widths at about 7 px per character", () => {
    expect(columnPixels(20)).toBe(20 * PX_PER_CHAR);
  });

  it("never makes a column narrower than the minimum", () => {
    expect(columnPixels(1)).toBe(MIN_COLUMN_PX);
    expect(columnPixels(0)).toBeGreaterThanOrEqual(MIN_COLUMN_PX);
  });

  it("leaves hidden columns out and lays the rest side by side", () => {
    const widths = [10, 20, 30, 40];
    const slots = columnSlots(
      4,
      (c) => c === 1,
      (c) => widths[c] ?? 0,
    );
    expect(slots.map((s) => s.col)).toEqual([0, 2, 3]);
    expect(slots.map((s) => s.left)).toEqual([0, 70, 70 + 210]);
    expect(slotsWidth(slots)).toBe(70 + 210 + 280);
  });

  it("has zero width when every column is hidden", () => {
    expect(
      slotsWidth(
        columnSlots(
          3,
          () => true,
          () => 10,
        ),
      ),
    ).toBe(0);
  });
});
