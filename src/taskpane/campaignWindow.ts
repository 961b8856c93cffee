/** The date window a campaign's price and discount lines take, in words. */
import type { Lang } from "../domain";
import { t } from "./i18n";

/** A blank date is open-ended (domain-rules §3). Dates are shown as stored (ISO), like the card's fields. */
export function campaignWindowText(lang: Lang, start: string, end: string): string {
  if (start && end) return t(lang, "windowBoth", { start, end });
  if (start) return t(lang, "windowFrom", { start });
  if (end) return t(lang, "windowUntil", { end });
  return t(lang, "windowOpen");
}
