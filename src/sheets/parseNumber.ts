/**
 * Reading a number cell. Excel gives a number for a numeric cell and a string for text.
 *
 * Text accepted: digits with an optional sign (+, -, −), spaces anywhere (also non-breaking and thin
 * spaces, which some locales use to group thousands), and `.`/`,` as decimal mark or thousands separator:
 * - both present: the last one is the decimal mark (`1.234,50` and `1,234.50` read the same in both languages);
 * - one separator occurring more than once: thousands (`1,234,567`, `1.234.567`);
 * - one separator once: it groups thousands only if it is the language's own thousands separator and is
 *   followed by exactly three digits, otherwise it is the decimal mark. So the ambiguous `1,234` is 1234 in
 *   English and 1.234 in Danish, `1.234` is 1.234 in English and 1234 in Danish, and `12,5`/`12.5` are 12.5 in both.
 * Blank text is 0. Letters, currency signs and percent signs are refused (never stripped and guessed at).
 */
import type { Lang } from "../domain";
import type { CellValue } from "../workbook";
import type { NumberFailure } from "./cellMessages";

export type NumberResult = { ok: true; value: number } | { ok: false; reason: NumberFailure };

const PLAIN_INTEGER = /^-?\d+$/;
const PLAIN_DOT_DECIMAL = /^-?\d+\.\d+$/;
const PLAIN_COMMA_DECIMAL = /^-?\d+,\d+$/;
const ONLY_NUMBER_CHARS = /^[+\-\u2212]?[\d.,]*$/;
const HAS_DIGIT = /\d/;
const LETTER = /\p{L}/u;
const THOUSANDS: Record<Lang, string> = { en: ",", da: "." };

const fail = (reason: NumberFailure): NumberResult => ({ ok: false, reason });

/** A number cell as a finite number (0 when blank), or why it is not one. */
export function parseNumber(value: CellValue, lang: Lang): NumberResult {
  // value - value is 0 exactly for finite numbers (NaN and ±Infinity give NaN); no global lookup (cellCodec).
  if (typeof value === "number") return value - value === 0 ? { ok: true, value } : fail("notNumber");
  if (typeof value === "boolean") return fail("notNumber");
  // Fast paths for pasted bulk text: "12", "-3.5" in English and "-3,5" in Danish (each language's own
  // decimal mark; the other mark may group thousands: "1.234" in Danish, "1,234" in English).
  if (PLAIN_INTEGER.test(value) || (lang === "en" && PLAIN_DOT_DECIMAL.test(value))) {
    return { ok: true, value: +value || 0 }; // || 0: no -0
  }
  if (lang === "da" && PLAIN_COMMA_DECIMAL.test(value)) return { ok: true, value: +value.replace(",", ".") || 0 };
  const t = value.replace(/\s+/g, "");
  if (t === "") return { ok: true, value: 0 };
  if (!ONLY_NUMBER_CHARS.test(t)) return fail(LETTER.test(t) ? "letters" : "notNumber");
  if (!HAS_DIGIT.test(t)) return fail("notNumber");
  const negative = t[0] === "-" || t[0] === "\u2212";
  const body = /^[+\-\u2212]/.test(t) ? t.slice(1) : t;
  const split = splitSeparators(body, lang);
  if (!split) return fail("notNumber");
  const n = +`${split.whole || "0"}.${split.fraction || "0"}`;
  if (n - n !== 0) return fail("notNumber");
  return { ok: true, value: negative && n !== 0 ? -n : n };
}

/** Digits before and after the decimal mark, thousands separators removed; null if the grouping is malformed. */
function splitSeparators(body: string, lang: Lang): { whole: string; fraction: string } | null {
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  let decimal: string | null = null;
  let group: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) {
    decimal = lastDot > lastComma ? "." : ",";
    group = decimal === "." ? "," : ".";
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? "." : ",";
    const once = body.indexOf(sep) === body.lastIndexOf(sep);
    const groupsThousands = sep === THOUSANDS[lang] && /^\d{1,3}[.,]\d{3}$/.test(body);
    if (once && !groupsThousands) decimal = sep;
    else group = sep;
  }
  const cut = decimal === null ? -1 : body.lastIndexOf(decimal);
  const wholeText = cut < 0 ? body : body.slice(0, cut);
  const fraction = cut < 0 ? "" : body.slice(cut + 1);
  if (!/^\d*$/.test(fraction)) return null;
  if (group === null) return /^\d*$/.test(wholeText) ? { whole: wholeText, fraction } : null;
  const grouped = group === "." ? /^\d{1,3}(?:\.\d{3})*$/ : /^\d{1,3}(?:,\d{3})*$/;
  return grouped.test(wholeText) ? { whole: wholeText.split(group).join(""), fraction } : null;
}
