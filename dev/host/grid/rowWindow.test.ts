import fc from "fast-check";
import { revealOffset, visibleRows } from "./rowWindow";

describe("virtual row window", () => {
  it("starts at row 0 at the top and covers the viewport plus overscan", () => {
    expect(visibleRows(0, 220, 22, 100_000, 5)).toEqual({ first: 0, end: 15 });
  });

  it("follows the scroll position deep into a large table", () => {
    const r = visibleRows(22 * 50_000, 440, 22, 100_000, 5);
    expect(r).toEqual({ first: 49_995, end: 50_025 });
  });

  it("never goes past the last row", () => {
    expect(visibleRows(22 * 99_990, 440, 22, 100_000, 5).end).toBe(100_000);
    expect(visibleRows(0, 440, 22, 3, 5)).toEqual({ first: 0, end: 3 });
  });

  it("always includes every row that intersects the viewport", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (scrollTop, viewport, rowCount) => {
          const { first, end } = visibleRows(scrollTop, viewport, 22, rowCount, 0);
          for (let row = Math.max(0, first - 2); row < rowCount; row++) {
            const intersects = row * 22 < scrollTop + viewport && (row + 1) * 22 > scrollTop;
            if (intersects && (row < first || row >= end)) return false;
            if (row > end + 2) break;
          }
          return end - first <= Math.ceil(viewport / 22) + 1;
        },
      ),
    );
  });
});

describe("scrolling a cell into view", () => {
  it("leaves the scroll alone when the cell is already visible", () => {
    expect(revealOffset(110, 22, 100, 200)).toBe(100);
  });

  it("scrolls up to a cell above the viewport", () => {
    expect(revealOffset(44, 22, 100, 200)).toBe(44);
  });

  it("scrolls down just enough to show a cell below the viewport", () => {
    expect(revealOffset(22 * 500, 22, 0, 200)).toBe(22 * 501 - 200);
  });

  it("after revealing, the whole span lies inside the viewport", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 22, max: 2000 }),
        (start, scroll, viewport) => {
          const s = revealOffset(start, 22, scroll, viewport);
          return start >= s && start + 22 <= s + viewport;
        },
      ),
    );
  });
});
