/** Virtual scrolling arithmetic: which rows to render, and where to scroll to reveal a cell. */

export interface RowRange {
  /** First row to render. */
  first: number;
  /** One past the last row to render. */
  end: number;
}

/**
 * Rows intersecting the viewport, widened by `overscan` rows each side so fast scrolling shows no gaps.
 * `scrollTop` and `viewportHeight` are in pixels of the row area (the sticky header excluded).
 */
export function visibleRows(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = 5,
): RowRange {
  const top = Math.max(0, scrollTop);
  const firstVisible = Math.floor(top / rowHeight);
  const endVisible = Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight);
  const first = Math.min(rowCount, Math.max(0, firstVisible - overscan));
  const end = Math.min(rowCount, endVisible + overscan);
  return { first, end: Math.max(first, end) };
}

/**
 * The scroll offset that shows the span [start, start + size) whole inside a viewport of `viewport` pixels,
 * moving as little as possible (unchanged when already visible). Works for either axis; offsets exclude
 * the sticky header or row-number column.
 */
export function revealOffset(start: number, size: number, scroll: number, viewport: number): number {
  if (start < scroll) return start;
  if (start + size > scroll + viewport) return Math.max(0, Math.min(start, start + size - viewport));
  return scroll;
}
