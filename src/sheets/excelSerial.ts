/**
 * Excel's 1900 date system: serial 1 = 1900-01-01. Excel also counts the day 1900-02-29, which never
 * existed (a Lotus 1-2-3 compatibility bug), as serial 60; so from 1900-03-01 on a serial is one more
 * than a plain day count. Serial 60 is not a calendar date: serialToIso(60) is null.
 */
import { formatIsoDate, fromDayNumber } from "../domain";
import type { IsoDate } from "../domain";

const DAY_MS = 86_400_000;
/** Day 0 for serials ≥ 61: 1899-12-30 (the usual base that absorbs the fake leap day). */
const BASE_MS = Date.UTC(1899, 11, 30);
export const MIN_SERIAL = 1;
/** 9999-12-31, the last day Excel can show. */
export const MAX_SERIAL = 2_958_465;
const FAKE_LEAP_DAY = 60;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Serial of a real calendar day, or NaN if the year/month/day is not one Excel can hold. */
export function ymdToSerial(year: number, month: number, day: number): number {
  if (!isRealDay(year, month, day) || year < 1900 || year > 9999) return NaN;
  const serial = (Date.UTC(year, month - 1, day) - BASE_MS) / DAY_MS;
  // Before the fake 1900-02-29 the plain day count is one too high.
  return serial <= FAKE_LEAP_DAY ? serial - 1 : serial;
}

/** Excel serial of an ISO date (`YYYY-MM-DD`); NaN for "" or anything that is not a real day 1900–9999. */
export function isoToSerial(iso: IsoDate): number {
  // Bulk writes format the same few dates over and over (a campaign's 100k lines share two).
  const known = serialCache.get(iso);
  if (known !== undefined) return known;
  const m = ISO_RE.exec(iso);
  const serial = m ? ymdToSerial(Number(m[1]), Number(m[2]), Number(m[3])) : NaN;
  if (serialCache.size >= SERIAL_CACHE_MAX) serialCache.clear();
  serialCache.set(iso, serial);
  return serial;
}

const SERIAL_CACHE_MAX = 4096;
const serialCache = new Map<string, number>();

/** ISO date of the day a serial falls on (fractions = time of day, dropped); null outside 1..2958465 or for 60. */
export function serialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < MIN_SERIAL || day > MAX_SERIAL || day === FAKE_LEAP_DAY) return null;
  const held = isoOfDay.get(day);
  if (held !== undefined) return held;
  const plain = day < FAKE_LEAP_DAY ? day + 1 : day;
  const iso = formatIsoDate(fromDayNumber(plain - UNIX_EPOCH_SERIAL));
  if (isoOfDay.size < HELD_DAYS) isoOfDay.set(day, iso);
  return iso;
}

/** Days already written as text: a paste's dates repeat, so 500k rows share a few strings instead of 1M copies. */
const isoOfDay = new Map<number, IsoDate>();
const HELD_DAYS = 8192;

/** Serial (plain day count) of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** True when the day exists in the proleptic Gregorian calendar (no rolling over of 31-02). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` from parts already known to be a real day. */
export function toIso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}
