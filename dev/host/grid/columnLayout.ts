/** Horizontal layout of the shown columns: hidden ones left out, widths from Excel's points (Range.format.columnWidth). */

/** Pixels per point at 96 dpi: Excel's `format.columnWidth` is in points. */
export const PX_PER_POINT = 96 / 72;
export const MIN_COLUMN_PX = 40;
/** Excel's default 8.43 characters, used when the width is unknown. */
export const DEFAULT_COLUMN_PX = 64;

export interface ColumnSlot {
  col: number;
  /** Left edge in pixels from the first shown column. */
  left: number;
  width: number;
}

/** A column width in pixels from Excel's points (never narrower than `MIN_COLUMN_PX`). */
export function columnPixels(points: number): number {
  if (!Number.isFinite(points) || points <= 0) return DEFAULT_COLUMN_PX;
  return Math.max(MIN_COLUMN_PX, Math.round(points * PX_PER_POINT));
}

/** Slots for columns 0..colCount-1 that are not hidden, laid out left to right. */
export function columnSlots(
  colCount: number,
  isHidden: (col: number) => boolean,
  widthPoints: (col: number) => number,
): ColumnSlot[] {
  const slots: ColumnSlot[] = [];
  let left = 0;
  for (let col = 0; col < colCount; col++) {
    if (isHidden(col)) continue;
    const width = columnPixels(widthPoints(col));
    slots.push({ col, left, width });
    left += width;
  }
  return slots;
}

/** Total pixel width of the slots. */
export function slotsWidth(slots: readonly ColumnSlot[]): number {
  const last = slots[slots.length - 1];
  return last === undefined ? 0 : last.left + last.width;
}
