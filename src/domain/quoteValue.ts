/**
 * A person's value as a message quotes it (PS5): at most ~30 characters, so a 1,000-character paste gives a
 * status cell a person can read. A longer value shows its start, "…" and its length.
 */
import type { Lang } from "./records";

/** Values up to this many characters are quoted whole. */
export const QUOTE_MAX = 30;
const SHOWN = 24;

export function quoteValue(value: string, lang: Lang): string {
  if (value.length <= QUOTE_MAX) return value;
  const chars = Array.from(value); // a surrogate pair is one character, never cut in half
  if (chars.length <= QUOTE_MAX) return value;
  return `${chars.slice(0, SHOWN).join("")}… (${chars.length} ${lang === "da" ? "tegn" : "characters"})`;
}
