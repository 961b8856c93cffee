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
