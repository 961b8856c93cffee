/**
 * Entry nos. of logged segments, campaign entries and interactions (docs/spec/interaction-rules.md IR2): BC numbers
 * them last + 1; here they count up from a number series, so two copies of a workbook that both logged are told
 * apart like campaign numbers (a number another copy holds is a conflict, sync-rules M7). Numbers already taken
 * are skipped; no number is ever reused.
 */
import { DomainError, type NumberSeries } from "./records";

/** The numbers `count` new entries get, and the series with lastNoUsed advanced past them. */
export function takeEntryNos(
  series: NumberSeries,
  count: number,
  taken: ReadonlySet<number> = new Set(),
): { nos: number[]; series: NumberSeries } {
  const last = series.lastNoUsed.trim() === "" ? Number(series.startingNo) - 1 : Number(series.lastNoUsed);
  if (!Number.isSafeInteger(last) || last < -1) {
    throw new DomainError("NUMBER_SERIES_NO_DIGITS", `Number series ${series.code} does not count whole numbers.`);
  }
  const nos: number[] = [];
  let no = last;
  while (nos.length < count) {
    no++;
    if (!taken.has(no)) nos.push(no);
  }
  return { nos, series: count === 0 ? series : { ...series, lastNoUsed: String(no) } };
}
