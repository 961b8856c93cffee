/**
 * Number formats read along with a table's values (`readTable`'s `formatColumns`): which columns, the ranges that
 * load them for one chunk, and collecting the loaded grids per column.
 */
import { jsonBytes } from "./excelSession";
import type { ReadTableOptions } from "./workbookPort";

export type FormatColumnsOption = NonNullable<ReadTableOptions["formatColumns"]>;

/** A run of adjacent table columns, loaded as one range. */
export interface ColumnSpan {
  col: number;
  count: number;
}

/** Loaded formats per table column, body row by body row. */
export type FormatColumns = Map<number, string[]>;

/** Rough JSON size of one number-format cell ("General" plus quotes and comma), to size a chunk before measuring. */
export const FORMAT_CELL_BYTES = 12;

/** Runs of adjacent columns, so contiguous format columns are one range each: [3, 4, 7] → (3, 2), (7, 1). */
export function columnSpans(columns: readonly number[]): ColumnSpan[] {
  const sorted = [...new Set(columns)].filter((c) => Number.isInteger(c) && c >= 0).sort((a, b) => a - b);
  const spans: ColumnSpan[] = [];
  for (const col of sorted) {
    const last = spans[spans.length - 1];
    if (last && last.col + last.count === col) last.count += 1;
    else spans.push({ col, count: 1 });
  }
  return spans;
}

export function spanColumns(spans: readonly ColumnSpan[]): number[] {
  return spans.flatMap(({ col, count }) => Array.from({ length: count }, (_, k) => col + k));
}

/**
 * Columns to load with the first chunk: the list given, or — when they depend on the header, which arrives with
 * that same chunk — those the header seen last time gives; `null` when no header is known yet.
 */
export function plannedSpans(option: FormatColumnsOption | undefined, knownHeader?: string[]): ColumnSpan[] | null {
  if (option === undefined) return [];
  if (typeof option !== "function") return columnSpans(option);
  return knownHeader === undefined ? null : columnSpans(option(knownHeader));
}

/** Queue `numberFormat` loads of `spans` for body rows [start, start + size), placed from the header. */
export function queueFormatLoads(
  table: Excel.Table,
  spans: readonly ColumnSpan[],
  start: number,
  size: number,
): { span: ColumnSpan; range: Excel.Range }[] {
  return spans.map((span) => ({
    span,
    range: table
      .getHeaderRowRange()
      .getCell(0, span.col)
      .getOffsetRange(1 + start, 0)
      .getResizedRange(size - 1, span.count - 1)
      .load("numberFormat"),
  }));
}

/** Append the first `rows` rows of loaded span grids to `formats`; returns their JSON bytes. */
export function collectSpans(
  loads: readonly { span: ColumnSpan; range: Excel.Range }[],
  rows: number,
  formats: FormatColumns,
): number {
  let bytes = 0;
  for (const { span, range } of loads) {
    const grid = range.numberFormat.slice(0, rows);
    bytes += jsonBytes(grid);
    for (let k = 0; k < span.count; k += 1) appendColumn(formats, span.col + k, grid, k);
  }
  return bytes;
}

/** Append column `offset` of a format grid to `formats[col]`. */
export function appendColumn(formats: FormatColumns, col: number, grid: readonly unknown[][], offset: number): void {
  let list = formats.get(col);
  if (list === undefined) {
    list = [];
    formats.set(col, list);
  }
  for (const row of grid) list.push(String(row[offset] ?? "General"));
}
