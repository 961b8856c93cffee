/**
 * Column widths: the sim (like `Range.format.columnWidth`) keeps points; a file's `<col width>` counts characters of
 * the default font's widest digit, padding included (ECMA-376 Part 1, §18.3.1.13):
 *
 *   width  = Truncate((pixels / MDW) * 256) / 256            (writing)
 *   pixels = Truncate(((256 * width + Truncate(128 / MDW)) / 256) * MDW)   (reading)
 *
 * with MDW = 7 px (Calibri 11, the default font of the files ExcelJS writes, at 96 dpi) and 1 px = 0.75 pt.
 * Rounding: points are first rounded to whole pixels (multiples of 0.75 pt), as Excel itself shows widths; a
 * whole-pixel width survives write → read exactly (the reading formula undoes the writing truncation for every
 * pixel count), any other width comes back as the nearest multiple of 0.75 pt. The standard width (8.43
 * characters) is 64 px = 48 pt, the sim's `STANDARD_WIDTH`, written as 9.140625.
 */
const MAX_DIGIT_WIDTH_PX = 7;
const POINTS_PER_PIXEL = 0.75;

export function pointsToFileWidth(points: number): number {
  const pixels = Math.max(0, Math.round(points / POINTS_PER_PIXEL));
  return Math.trunc((pixels / MAX_DIGIT_WIDTH_PX) * 256) / 256;
}

export function fileWidthToPoints(width: number): number {
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / MAX_DIGIT_WIDTH_PX)) / 256) * MAX_DIGIT_WIDTH_PX);
  return Math.max(0, pixels) * POINTS_PER_PIXEL;
}
