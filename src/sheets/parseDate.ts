/**
 * Reading a date cell. Excel gives a serial number for a real date cell and a string for text.
 *
 * Accepted (case-insensitive, stray spaces ignored), in both languages unless noted:
 * - Excel serials 1..2958465; a fraction (time of day) is dropped.
 * - ISO `2026-03-01`, `2026-3-1` (a trailing time `T10:00`/` 10:00:00` is dropped), `2026/03/01`, `2026.03.01`.
 * - Day first with dashes or dots: `01-03-2026`, `1-3-2026`, `01.03.2026`.
 * - Slashes follow the language: da day first (`1/3/2026` = 1 March), en month first (`3/1/2026` = 1 March).
 * - Two-digit years: 00–49 → 20xx, 50–99 → 19xx.
 * - Month names in English and Danish, full or short: `1 March 2026`, `March 1, 2026`, `1. marts 2026`,
 *   `1-mar-2026`, `1. maj 2026`, `Mar 1st, 2026`.
 * A day that does not exist (31-02-2026, serial 60 = Excel's fake 1900-02-29) is an error, never rolled over.
 * Text dates run from 1753-01-01 (BC's first day) to 9999-12-31; a serial outside Excel's range is no date.
 * Blank text is the empty date "".
 */
import { da } from "date-fns/locale/da";
import { enUS } from "date-fns/locale/en-US";
import type { IsoDate, Lang } from "../domain";
import type { CellValue } from "../workbook";
import { MAX_SERIAL, MIN_SERIAL, isRealDay, serialToIso, toIso } from "./excelSerial";
import type { DateFailure } from "./cellMessages";

export type DateResult = { ok: true; value: IsoDate } | { ok: false; reason: DateFailure };

const ISO_FAST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const YEAR_FIRST = /^(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/;
const NUMERIC = /^(\d{1,2})([-./])(\d{1,2})\2(\d{2}|\d{4})$/;
const DAY_TOKEN = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR_TOKEN = /^(\d{2}|\d{4})$/;

/** Month names of both languages, lower-case without dots: "march", "mar", "marts", "maj", "okt", "sept"… */
const MONTHS: ReadonlyMap<string, number> = buildMonths();

function buildMonths(): Map<string, number> {
  const months = new Map<string, number>();
  for (const locale of [enUS, da]) {
    for (let i = 0; i < 12; i++) {
      for (const width of ["wide", "abbreviated"] as const) {
        months.set(
          locale.localize
            .month(i as 0, { width })
            .toLowerCase()
            .replace(/\./g, ""),
          i + 1,
        );
      }
    }
  }
  months.set("sept", 9);
  return months;
}

const fail = (reason: DateFailure): DateResult => ({ ok: false, reason });

/** BC's dates run from 1753-01-01 to 9999-12-31. */
const BC_FIRST_YEAR = 1753;

/** A date cell as an ISO date ("" when blank), or why it is not one. */
export function parseDate(value: CellValue, lang: Lang): DateResult {
  if (typeof value === "number") return fromSerial(value);
  if (typeof value === "boolean") return fail("notDate");
  // Fast paths for the common untrimmed forms of big pastes: ISO and numeric day-first/slashed.
  const iso = ISO_FAST.exec(value);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const num = NUMERIC.exec(value);
  if (num) return fromNumeric(num, lang);
  return parseDateText(value, lang);
}

function fromSerial(serial: number): DateResult {
  if (!Number.isFinite(serial)) return fail("notDate");
  const day = Math.floor(serial);
  if (day < MIN_SERIAL || day > MAX_SERIAL) return fail("numberOutOfRange");
  const iso = serialToIso(day);
  return iso === null ? fail("noSuchDay") : { ok: true, value: iso };
}

function parseDateText(text: string, lang: Lang): DateResult {
  const t = text.replace(/\s+/g, " ").trim().toLowerCase();
  if (t === "") return { ok: true, value: "" };
  const compact = t.replace(/ ?([-./]) ?/g, "$1");
  const yf = YEAR_FIRST.exec(compact);
  if (yf) return fromParts(Number(yf[1]), Number(yf[3]), Number(yf[4]));
  const num = NUMERIC.exec(compact);
  if (num) return fromNumeric(num, lang);
  return parseWithMonthName(t);
}

/** A NUMERIC match: slashes month first in English, everything else day first. */
function fromNumeric(num: RegExpExecArray, lang: Lang): DateResult {
  const a = Number(num[1]);
  const b = Number(num[3]);
  const monthFirst = num[2] === "/" && lang === "en";
  return fromParts(fullYear(num[4] ?? ""), monthFirst ? a : b, monthFirst ? b : a);
}

/** `1 March 2026`, `March 1, 2026`, `1. marts 2026`, `1-mar-26`. */
function parseWithMonthName(t: string): DateResult {
  const tokens = t
    .replace(/[.,]/g, " ")
    .split(/[\s-]+/)
    .filter((x) => x !== "");
  if (tokens.length !== 3) return fail("notDate");
  const [first = "", second = "", third = ""] = tokens;
  const monthFirst = MONTHS.has(first);
  const month = MONTHS.get(monthFirst ? first : second);
  const dayMatch = DAY_TOKEN.exec(monthFirst ? second : first);
  if (month === undefined || !dayMatch || !YEAR_TOKEN.test(third)) return fail("notDate");
  return fromParts(fullYear(third), month, Number(dayMatch[1]));
}

/** Two-digit years: 00–49 → 2000s, 50–99 → 1900s. */
function fullYear(digits: string): number {
  const y = Number(digits);
  if (digits.length !== 2) return y;
  return y < 50 ? 2000 + y : 1900 + y;
}

function fromParts(year: number, month: number, day: number): DateResult {
  if (!isRealDay(year, month, day)) return fail(month < 1 || month > 12 ? "notDate" : "noSuchDay");
  // BC's range (PS10): a date before 1900 is no Excel date, so it is typed, stored and written back as text.
  if (year < BC_FIRST_YEAR || year > 9999) return fail("outOfRange");
  return { ok: true, value: toIso(year, month, day) };
}
