import { columnPixels, columnSlots, MIN_COLUMN_PX, slotsWidth } from "./columnLayout";

describe("column layout", () => {
  it("converts Excel points to pixels at 96 dpi", () => {
    expect(columnPixels(48)).toBe(64);
    expect(columnPixels(150)).toBe(200);
  });

  it("never makes a column narrower than the minimum", () => {
    expect(columnPixels(1)).toBe(MIN_COLUMN_PX);
    expect(columnPixels(0)).toBeGreaterThanOrEqual(MIN_COLUMN_PX);
  });

  it("leaves hidden columns out and lays the rest side by side", () => {
    const widths = [60, 90, 120, 150];
    const slots = columnSlots(
      4,
      (c) => c === 1,
      (c) => widths[c] ?? 0,
    );
    expect(slots.map((s) => s.col)).toEqual([0, 2, 3]);
    expect(slots.map((s) => s.left)).toEqual([0, 80, 80 + 160]);
    expect(slotsWidth(slots)).toBe(80 + 160 + 200);
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
