/**
 * Dates in the pane as the person's language writes them (rule PN14), the same order the messages use (PS10):
 * 2026-05-01 in English, 01-05-2026 in Danish. Typed text is read like a date cell (any common form), so the card's
 * date fields accept what the sheets accept.
 */
import type { IsoDate, Lang } from "../domain";
import { parseDate } from "../sheets";

/** The order the language writes dates in, as a hint next to a date field. */
export const DATE_PATTERN: Record<Lang, string> = { en: "YYYY-MM-DD", da: "DD-MM-ÅÅÅÅ" };

export function displayDate(iso: IsoDate | "", lang: Lang): string {
  if (iso === "" || lang === "en") return iso;
  return iso.split("-").reverse().join("-");
}

/** Typed text as an ISO date, "" for blank, or null when it is no date. */
export function readTypedDate(text: string, lang: Lang): IsoDate | "" | null {
  const result = parseDate(text, lang);
  return result.ok ? result.value : null;
}

/** The calendar's day for an ISO date (local midnight: the picker shows local days). */
export function isoToDay(iso: IsoDate | ""): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
}

export function dayToIso(day: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(day.getFullYear()).padStart(4, "0")}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}` as IsoDate;
}

/** Month and weekday names for the calendar, from the platform's own locale data (no locale files in the bundle). */
export function calendarNames(lang: Lang) {
  const locale = lang === "da" ? "da-DK" : "en-US";
  const month = (style: "long" | "short") => (i: number) =>
    new Intl.DateTimeFormat(locale, { month: style }).format(new Date(2026, i, 1)).replace(/\.$/, "");
  // 2026-03-01 is a Sunday: the calendar's days run Sunday first.
  const day = (style: "long" | "short") => (i: number) =>
    new Intl.DateTimeFormat(locale, { weekday: style }).format(new Date(2026, 2, 1 + i)).replace(/\.$/, "");
  const twelve = [...Array(12).keys()];
  const seven = [...Array(7).keys()];
  return {
    months: twelve.map(month("long")),
    shortMonths: twelve.map(month("short")),
    days: seven.map(day("long")),
    shortDays: seven.map((i) => day("short")(i).slice(0, 2)),
  };
}
