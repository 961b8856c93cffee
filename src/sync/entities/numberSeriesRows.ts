/**
 * Number series as the engine uses them: the stored row of a series, or the default series (not stored until it
 * is first used: docs/spec/document-layout.md), and the row a commit stores once numbers were taken from it.
 */
import { defaultSeriesFor, nextNoFromSeries } from "../../domain";
import type { NumberSeries } from "../../domain";
import type { RowMeta, StoredRow, SyncStore } from "../../store";
import { toStoredRow } from "./storedRows";

/** The series of that code as stored, else its default with no row yet (row id ""), else undefined. */
export async function seriesRow(store: SyncStore, code: string): Promise<StoredRow<"numberSeries"> | undefined> {
  const stored = await store.getNumberSeries(code);
  if (stored) return stored;
  const series = defaultSeriesFor(code);
  return series ? { ...series, rowId: "", rowVersion: 0, rowHash: "" } : undefined;
}

/** The series row after numbering (`next` from nextNoFromSeries), as a unit of work stores it. */
export function advancedSeries(
  row: StoredRow<"numberSeries">,
  next: NumberSeries,
  newId: () => string,
): StoredRow<"numberSeries"> {
  // nextNoFromSeries spreads its input: a stored row's metadata rides along and is dropped here.
  const { rowId: _i, rowVersion: _v, rowHash: _h, rowOrigin: _o, ...series } = next as NumberSeries & Partial<RowMeta>;
  return toStoredRow("numberSeries", series, row.rowId || newId(), row.rowVersion + 1);
}

/**
 * Numbers handed out one by one from a series, each past every no. in `taken` (which grows with them): Assign
 * Activity's tasks (TK13), a stage's tasks (TK20), a recurring task's next one (TK7). `series()` is the series after
 * the numbers handed out so far.
 */
export function seriesCounter(
  row: NumberSeries,
  taken: Set<string>,
): { nextNo: () => string; series: () => NumberSeries } {
  let series = row;
  return {
    nextNo: () => {
      const next = nextNoFromSeries(series, taken);
      series = next.series;
      taken.add(next.no);
      return next.no;
    },
    series: () => series,
  };
}
