/**
 * Number series as BC's IncStr uses them (domain-rules.md §1, bc-reference.md §1.3): the last run of digits
 * is counted up, zero padding is kept, and the run grows by one digit when it overflows.
 */
import { normalizeCode } from "./codes";
import { makeIssue } from "./messages";
import { DomainError, type Issue, type Lang, type NumberSeries } from "./records";

const ZERO = 48;
const NINE = 57;

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= ZERO && c <= NINE;
}

/** True when the text holds at least one digit, i.e. it can be counted up. */
export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDigitAt(s, i)) return true;
  return false;
}

/** CP0009 → CP0010, CP9999 → CP10000, A1B099 → A1B100. Throws DomainError NUMBER_SERIES_NO_DIGITS without a digit. */
export function incrementNo(no: string): string {
  let end = no.length - 1;
  while (end >= 0 && !isDigitAt(no, end)) end--;
  if (end < 0) throw new DomainError("NUMBER_SERIES_NO_DIGITS", `"${no}" has no digits to count up.`);
  let start = end;
  while (start > 0 && isDigitAt(no, start - 1)) start--;

  // Digit-by-digit carry, so runs longer than Number.MAX_SAFE_INTEGER still count correctly.
  const digits = no.slice(start, end + 1).split("");
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") digits[i--] = "0";
  if (i < 0) digits.unshift("1");
  else digits[i] = String(Number(digits[i]) + 1);
  const run = digits.join("");
  return no.slice(0, start) + run + no.slice(end + 1);
}

/**
 * The next free number: startingNo when the series is unused (lastNoUsed ""), else the number after
 * lastNoUsed; numbers in `taken` (normalised) are skipped. Returns the number and the series with lastNoUsed
 * advanced. Throws DomainError NUMBER_SERIES_NO_DIGITS when the series has nothing to count up (validate
 * the series with validateNumberSeries first). The number may outgrow Code20; campaign validation reports it.
 */
export function nextNoFromSeries(
  series: NumberSeries,
  taken: ReadonlySet<string>,
): { no: string; series: NumberSeries } {
  const last = normalizeCode(series.lastNoUsed);
  let no = last === "" ? normalizeCode(series.startingNo) : incrementNo(last);
  if (!hasDigit(no)) {
    throw new DomainError("NUMBER_SERIES_NO_DIGITS", `Number series ${series.code} has a starting no. without digits.`);
  }
  while (taken.has(no)) no = incrementNo(no);
  return { no, series: { ...series, lastNoUsed: no } };
}

/** MANUAL_NO_NOT_ALLOWED (error) when the user typed a number but the series does not allow manual numbers. */
export function manualNoIssue(row: number, field: string, series: NumberSeries, lang: Lang): Issue | null {
  if (series.manualNos) return null;
  return makeIssue(row, field, "MANUAL_NO_NOT_ALLOWED", "error", { series: series.code, field }, lang);
}
