/**
 * Calendar-day arithmetic on ISO `YYYY-MM-DD` strings with plain integers: no `Date`, so the result never
 * depends on the machine's time zone or daylight-saving rules. Day numbers count days since 1970-01-01.
 * Supported years are 0001–9999, the range of a Business Central date.
 */

export interface CivilDate {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0);
}

const ZERO = 48; // "0"
const DASH = 45; // "-"

function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Parses a real calendar date `YYYY-MM-DD`; anything else (including `2026-02-29`) gives null. Hand-rolled for speed. */
export function parseIsoDate(s: string): CivilDate | null {
  if (s.length !== 10 || s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH) return null;
  const y = digitsAt(s, 0, 4);
  const m = digitsAt(s, 5, 7);
  const d = digitsAt(s, 8, 10);
  if (y < MIN_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

/** True for a real calendar date `YYYY-MM-DD` (2024-02-29 yes, 2026-02-29 no). */
export function isIsoDate(s: string): boolean {
  return parseIsoDate(s) !== null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function formatIsoDate(c: CivilDate): string {
  return `${pad(c.y, 4)}-${pad(c.m, 2)}-${pad(c.d, 2)}`;
}

// Days from civil and back: the era-based algorithm of H. Hinnant ("chrono-compatible low-level date
// algorithms"), exact for the proleptic Gregorian calendar.
export function dayNumber(c: CivilDate): number {
  const y = c.m <= 2 ? c.y - 1 : c.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (c.m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + c.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday, Monday = 1 … Sunday = 7 (1970-01-01, day 0, was a Thursday). */
export function isoWeekday(c: CivilDate): number {
  const n = dayNumber(c);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function addDays(c: CivilDate, days: number): CivilDate {
  return fromDayNumber(dayNumber(c) + days);
}

/** Adds months keeping the day, clamped to the target month's last day (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(c: CivilDate, months: number): CivilDate {
  const index = c.y * 12 + (c.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(c.d, daysInMonth(y, m)) };
}

export function isInSupportedRange(c: CivilDate): boolean {
  return c.y >= MIN_YEAR && c.y <= MAX_YEAR;
}
